"""Reading generated PDFs back: text per page (pdfium) and names in visual order."""

from __future__ import annotations

import pypdfium2 as pdfium


def pages_text(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [
            document[i].get_textpage().get_text_range().replace("\r\n", "\n")
            for i in range(len(document))
        ]
    finally:
        document.close()


def all_text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def rtl_as_extracted(name: str) -> str:
    """pdfium gives the letters of a right-to-left word in reading order but the words of a
    visual-order line from left to right: the words come back reversed."""
    return " ".join(reversed(name.split()))
