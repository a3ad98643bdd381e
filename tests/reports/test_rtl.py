from importlib.resources import files
from io import BytesIO

import pypdfium2 as pdfium
import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from evactrack.reports import fonts, rtl
from tests.reports.seed import DARI, PASHTO

PASHTO_JOINING = ["مځکه", "بڼه", "ښکلې ټولنه", "سپوږمۍ"]


def _extract(text: str, bold: bool = False) -> str:
    buffer = BytesIO()
    canvas = Canvas(buffer)
    rtl.draw_line(canvas, 50, 700, rtl.line_parts(text, 14, 500, bold), 14)
    canvas.save()
    document = pdfium.PdfDocument(buffer.getvalue())
    try:
        return document[0].get_textpage().get_text_range().strip()
    finally:
        document.close()


def test_latin_text_is_one_left_to_right_run() -> None:
    assert rtl.runs("Hélène Garçon") == [("Hélène Garçon", False)]
    assert not rtl.has_rtl("Hélène Garçon")


def test_a_mixed_line_is_ordered_left_to_right_with_rtl_runs_in_logical_order() -> None:
    assert rtl.runs("Abdullah عبدالله رحیمی") == [("Abdullah ", False), ("عبدالله رحیمی", True)]
    assert rtl.runs("مریم 1400") == [("1400 ", False), ("مریم", True)]


@pytest.mark.parametrize("word", PASHTO_JOINING)
def test_pashto_letters_take_their_joined_forms(word: str) -> None:
    """Unicode has no presentation forms for ځ ڼ ښ ۍ: only a shaper reaches the font's
    joined glyphs, drawn through private codes instead of the isolated letter."""
    glyphs = rtl.shaped(word, fonts.ARABIC, 12)
    assert any(0xE000 <= ord(ch) < 0xF900 for ch in glyphs)
    covered = fonts.coverage(fonts.ARABIC)
    assert all(ord(ch) in covered or 0xE000 <= ord(ch) < 0xF900 for ch in glyphs)


@pytest.mark.parametrize("name", [DARI, PASHTO, *PASHTO_JOINING])
def test_shaped_names_extract_back_as_their_letters(name: str) -> None:
    assert _extract(name) == name
    assert _extract(name, bold=True) == name


def test_long_right_to_left_text_wraps_and_splits_across_frames() -> None:
    block = rtl.Block(" ".join([DARI] * 40), 10, 12)
    _width, height = block.wrap(200, 1000)
    assert height == 12 * len(block.lines) and len(block.lines) > 5
    first, rest = block.split(200, 36)
    assert first.wrap(200, 36)[1] == 36
    assert rest.wrap(200, 1000)[1] == height - 36


def test_fonts_come_from_the_application_resources() -> None:
    assert (fonts.fonts_dir() / "OFL.txt").is_file()
    assert (fonts.fonts_dir() / "NotoNaskhArabic-Regular.ttf").is_file()
    assert fonts.fonts_dir() == files("evactrack.resources") / "fonts"


def test_a_name_too_long_for_its_column_is_cut_at_its_end_with_dots() -> None:
    name = "محمد عبدالرحمن عبدالرحیم عبدالقادر شینواری"
    glyphs, font = rtl.cell(name, 8, 60)
    assert font == fonts.ARABIC
    assert stringWidth(glyphs, font, 8) <= 60
    assert "..." in glyphs
    assert _extract(name)[:4] == name[:4]
