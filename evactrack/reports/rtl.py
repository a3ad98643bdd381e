"""Right-to-left text: Dari, Pashto and Arabic names shaped and put in visual order.

reportlab draws code points left to right without shaping, so Arabic-script text is shaped to
its presentation forms (arabic-reshaper) and reordered (python-bidi) before it is drawn, in the
shipped Noto Naskh Arabic font; the glyphs keep their Unicode meaning, so the text stays
extractable. Latin runs of a mixed line are drawn in the Latin font.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from arabic_reshaper import ArabicReshaper
from bidi import get_display

from evactrack.reports import fonts

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_RESHAPER = ArabicReshaper(configuration={"support_ligatures": True})


def has_rtl(text: str | None) -> bool:
    return bool(text) and _ARABIC_SCRIPT.search(text or "") is not None


def visual(text: str | None) -> str:
    """The text as drawn: Arabic script shaped and reordered, anything else unchanged."""
    if not text:
        return ""
    if not has_rtl(text):
        return text
    return str(get_display(_RESHAPER.reshape(text)))


def runs(drawn: str) -> list[tuple[str, bool]]:
    """Split a visual-order string into (text, is_arabic) runs; spaces stay with their run."""
    result: list[tuple[str, bool]] = []
    for ch in drawn:
        arabic = _ARABIC_SCRIPT.match(ch) is not None
        if result and (result[-1][1] == arabic or ch == " "):
            result[-1] = (result[-1][0] + ch, result[-1][1])
        else:
            result.append((ch, arabic))
    return result


def font_for(text: str | None, bold: bool = False) -> tuple[str, str | None]:
    """(visual text, single font) for a table cell, or font ``None`` when the line mixes
    scripts and must be laid out as a paragraph (see :func:`markup`)."""
    drawn = visual(text)
    if not has_rtl(drawn):
        return drawn, fonts.LATIN_BOLD if bold else fonts.LATIN
    arabic_font = fonts.ARABIC_BOLD if bold else fonts.ARABIC
    covered = fonts.coverage(arabic_font)
    if all(ord(ch) in covered for ch in drawn):
        return drawn, arabic_font
    return drawn, None


def markup(text: str | None, bold: bool = False) -> str:
    """Paragraph markup of a line of any script, each run in a font that has its glyphs."""
    drawn = visual(text)
    if not has_rtl(drawn):
        return escape(drawn)
    arabic_font = fonts.ARABIC_BOLD if bold else fonts.ARABIC
    return "".join(
        f'<font name="{arabic_font}">{escape(part)}</font>' if arabic else escape(part)
        for part, arabic in runs(drawn)
    )
