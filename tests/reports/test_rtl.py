import pytest

from evactrack.reports import fonts, rtl
from tests.reports.seed import DARI, PASHTO


def test_latin_text_is_left_as_it_is() -> None:
    assert rtl.visual("Hélène Garçon") == "Hélène Garçon"
    assert rtl.font_for("Hélène")[1] == fonts.LATIN


@pytest.mark.parametrize("name", [DARI, PASHTO, "سپوږمۍ", "مریم ۱۴۰۰"])
def test_arabic_script_is_shaped_reordered_and_fully_covered_by_the_shipped_font(
    name: str,
) -> None:
    drawn, font = rtl.font_for(name)
    assert font == fonts.ARABIC
    assert drawn != name
    assert all(ord(ch) in fonts.coverage(fonts.ARABIC) for ch in drawn)


def test_joined_forms_and_the_allah_ligature_are_used() -> None:
    drawn = rtl.visual("عبدالله")
    assert "\ufdf2" in drawn  # ligature of الله
    assert "\ufecb" in drawn  # initial ain


def test_mixed_lines_put_each_run_in_its_own_font() -> None:
    markup = rtl.markup("Abdullah <عبدالله>")
    assert f'<font name="{fonts.ARABIC}">' in markup
    assert "&lt;" in markup and "Abdullah" in markup


def test_fonts_come_from_the_application_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    assert (fonts.fonts_dir() / "OFL.txt").is_file()
    monkeypatch.setenv("EVACTRACK_RESOURCES", "/opt/bundle/resources")
    assert str(fonts.fonts_dir()) == "/opt/bundle/resources/fonts"
