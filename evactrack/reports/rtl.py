"""Right-to-left text: Dari, Pashto and Arabic names shaped by HarfBuzz, in visual order.

reportlab draws code points left to right and shapes nothing by itself, and Unicode has no
presentation forms for Pashto letters such as ځ, ڼ, ږ or ښ, so a letter-by-letter reshaper
leaves them unjoined. Each right-to-left run is therefore shaped with HarfBuzz (through
reportlab's ``shapeStr``, which keeps each glyph's Unicode text, so the PDF stays extractable),
in the shipped Noto Naskh Arabic; python-bidi orders the runs of a line that mixes scripts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bidi import get_display
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from evactrack.reports import fonts

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")


def has_rtl(text: str | None) -> bool:
    return bool(text) and _ARABIC_SCRIPT.search(text or "") is not None


def runs(text: str) -> list[tuple[str, bool]]:
    """The line as drawn, left to right: (text, True) for a right-to-left run, given in
    logical order for the shaper; (text, False) for a left-to-right run, as it is drawn."""
    drawn = str(get_display(text))
    result: list[tuple[str, bool]] = []
    for ch in drawn:
        rtl = _ARABIC_SCRIPT.match(ch) is not None
        if result and (result[-1][1] == rtl or (ch == " " and result[-1][1])):
            result[-1] = (result[-1][0] + ch, result[-1][1])
        else:
            result.append((ch, rtl))
    cleaned: list[tuple[str, bool]] = []
    for part, rtl in result:
        if rtl:
            trailing = part[len(part.rstrip(" ")) :]
            cleaned.append((part.rstrip(" ")[::-1], True))
            if trailing:
                cleaned.append((trailing, False))
        else:
            cleaned.append((part, False))
    return cleaned


def arabic_font(bold: bool = False) -> str:
    return fonts.ARABIC_BOLD if bold else fonts.ARABIC


def latin_font(bold: bool = False) -> str:
    return fonts.LATIN_BOLD if bold else fonts.LATIN


# Glyphs with no code point of their own (the joined forms of ځ, ڼ, ښ...) are drawn through
# private-use codes; this is the text each stands for, so the PDF's ToUnicode map can say it.
_PRIVATE_TEXT: dict[tuple[str, int], str] = {}
_PRIVATE_USE = range(0xE000, 0xF900)


@lru_cache(maxsize=65536)
def shaped(logical: str, font: str, size: float) -> str:
    """A right-to-left run shaped into its glyphs, in visual order."""
    fonts.register_fonts()
    glyphs = shapeStr(logical, font, size, force=True)
    data = getattr(glyphs, "__shapeData__", None)
    if data:
        face = _face_name(font)
        starts = sorted({d.cluster for d in data})
        for ch, d in zip(glyphs, data, strict=True):
            if ord(ch) in _PRIVATE_USE:
                later = [c for c in starts if c > d.cluster]
                _PRIVATE_TEXT[(face, ord(ch))] = logical[d.cluster : later[0] if later else None]
    return glyphs  # type: ignore[no-any-return]


def _face_name(font: str) -> str:
    return bytes(pdfmetrics.getFont(font).face.name).decode("latin-1")


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with each private-use glyph mapped to the letters it shows."""
    cmap = _reportlab_to_unicode_cmap(fontname, subset)
    face = fontname.split("+", 1)[-1]
    for index, code in enumerate(subset):
        text = _PRIVATE_TEXT.get((face, code))
        if text:
            # A ligature stands for several letters; readers (pdfium, hence QtPdf too) reverse
            # a right-to-left run letter by letter after expanding it, so it is given reversed.
            utf16 = text[::-1].encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{utf16}>", 1)
    return str(cmap)


_reportlab_to_unicode_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def fit_rtl(logical: str, font: str, size: float, width: float) -> str:
    """The shaped run, letters dropped from its end (dots in their place) until it fits."""
    text = logical
    glyphs = shaped(text, font, size)
    dots = "…" if ord("…") in fonts.coverage(font) else "..."
    while text and stringWidth(glyphs, font, size) > width:
        text = text[:-1].rstrip()
        glyphs = shaped(text + dots, font, size)
    return glyphs


def line_parts(text: str, size: float, width: float, bold: bool = False) -> list[tuple[str, str]]:
    """(drawn text, font) of each run of a line, left to right, cut to ``width``."""
    fonts.register_fonts()
    parts: list[tuple[str, str]] = []
    used = 0.0
    for part, rtl in runs(text):
        font = arabic_font(bold) if rtl else _font_for_ltr(part, bold)
        drawn = fit_rtl(part, font, size, width - used) if rtl else part
        parts.append((drawn, font))
        used += stringWidth(drawn, font, size)
        if used >= width:
            break
    return parts


def draw_line(
    canvas: Canvas, x: float, y: float, parts: list[tuple[str, str]], size: float
) -> None:
    for drawn, font in parts:
        canvas.setFont(font, size)
        canvas.drawString(x, y, drawn)
        x += stringWidth(drawn, font, size)


class Line(Flowable):
    """One line of mixed scripts, each run in its own font, cut to ``width``."""

    def __init__(self, text: str, size: float, width: float, bold: bool = False) -> None:
        super().__init__()
        self.size = size
        self.parts = line_parts(text, size, width, bold)
        self.width = min(sum(stringWidth(d, f, size) for d, f in self.parts), width)
        self.height = size * 1.2

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_line(self.canv, 0, self.size * 0.25, self.parts, self.size)


def _font_for_ltr(part: str, bold: bool) -> str:
    """Latin text and punctuation in the Latin font; Arabic-Indic digits only exist in the
    Arabic one."""
    covered = fonts.coverage(latin_font(bold))
    return latin_font(bold) if all(ord(ch) in covered for ch in part) else arabic_font(bold)


def cell(text: str, size: float, width: float, bold: bool = False) -> tuple[object, str | None]:
    """What a table cell holding right-to-left text draws, and the font it must be set in
    (``None``: the cell holds a :class:`Line` that sets its own fonts)."""
    parts = runs(text)
    if len(parts) == 1 and parts[0][1]:
        font = arabic_font(bold)
        return fit_rtl(parts[0][0], font, size, width), font
    return Line(text, size, width, bold), None


class Block(Flowable):
    """Text of any script wrapped to the frame, each line laid out as :class:`Line` does:
    reportlab's paragraphs cannot order right-to-left runs without a bidi module of its own."""

    def __init__(
        self,
        text: str,
        size: float,
        leading: float,
        bold: bool = False,
        space: tuple[float, float] = (0, 0),
    ) -> None:
        super().__init__()
        self.text, self.size, self.leading, self.bold = text, size, leading, bold
        self.space = space
        self.lines: list[list[tuple[str, str]]] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.lines = []
        current = ""
        for word in self.text.split():
            candidate = f"{current} {word}" if current else word
            parts = line_parts(candidate, self.size, 10**6, self.bold)
            if current and sum(stringWidth(d, f, self.size) for d, f in parts) > available_width:
                self.lines.append(line_parts(current, self.size, available_width, self.bold))
                current = word
            else:
                current = candidate
        if current:
            self.lines.append(line_parts(current, self.size, available_width, self.bold))
        self.width = available_width
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fits = int(available_height // self.leading)
        if fits < 1 or fits >= len(self.lines):
            return []
        return [
            _Fixed(self.lines[:fits], self.size, self.leading),
            _Fixed(self.lines[fits:], self.size, self.leading),
        ]

    def getSpaceBefore(self) -> float:
        return self.space[0]

    def getSpaceAfter(self) -> float:
        return self.space[1]

    def draw(self) -> None:
        for index, parts in enumerate(self.lines):
            y = self.height - (index + 1) * self.leading + (self.leading - self.size) / 2 + 1
            draw_line(self.canv, 0, y, parts, self.size)


class _Fixed(Block):
    """A part of a split :class:`Block`, its lines already broken."""

    def __init__(self, lines: list[list[tuple[str, str]]], size: float, leading: float) -> None:
        super().__init__("", size, leading)
        self.fixed = lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.lines = self.fixed
        self.width, self.height = available_width, len(self.lines) * self.leading
        return self.width, self.height
