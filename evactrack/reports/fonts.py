"""The fonts every report uses, loaded only from the application's own ``resources/fonts``.

Reports must look the same on every machine, so no system font is ever consulted.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from evactrack.config import fonts_dir

LATIN = "EvacSans"
LATIN_BOLD = "EvacSans-Bold"
ARABIC = "EvacNaskh"
ARABIC_BOLD = "EvacNaskh-Bold"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
}


@cache
def register_fonts() -> None:
    """Register the shipped fonts with reportlab once per process."""
    folder = fonts_dir()
    for name, file_name in _FILES.items():
        path = folder / file_name
        if not path.is_file():
            raise FileNotFoundError(f"report font missing: {path}")
        # Only the Arabic fonts go through HarfBuzz: Latin text is drawn as it is.
        pdfmetrics.registerFont(TTFont(name, str(path), shapable=name in (ARABIC, ARABIC_BOLD)))
    for family, regular, bold in ((LATIN, LATIN, LATIN_BOLD), (ARABIC, ARABIC, ARABIC_BOLD)):
        addMapping(family, 0, 0, regular)
        addMapping(family, 1, 0, bold)
        addMapping(family, 0, 1, regular)
        addMapping(family, 1, 1, bold)


@cache
def coverage(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)
