"""The patronymic follows the person's sex and the reader's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from evactrack.domain import names
from evactrack.domain.enums import Sex
from evactrack.domain.names import display_name, written_in


@pytest.fixture(autouse=True)
def _english_interface() -> Iterator[None]:
    names.set_language("en")
    yield
    names.set_language("en")


@pytest.mark.parametrize(
    ("sex", "english", "french"),
    [
        (Sex.MALE, "Ahmad s/o Karim", "Ahmad fils de Karim"),
        (Sex.FEMALE, "Ahmad d/o Karim", "Ahmad fille de Karim"),
        (Sex.UNKNOWN, "Ahmad child of Karim", "Ahmad enfant de Karim"),
        (None, "Ahmad child of Karim", "Ahmad enfant de Karim"),
    ],
)
def test_patronymic_by_sex_in_both_languages(sex: Sex | None, english: str, french: str) -> None:
    assert display_name("Ahmad", None, "Karim", sex=sex) == english
    names.set_language("fr")
    assert display_name("Ahmad", None, "Karim", sex=sex) == french


def test_a_woman_is_never_son_of() -> None:
    for language in ("en", "fr"):
        with written_in(language):
            name = display_name("Mariam", None, "Karim", sex=Sex.FEMALE)
        assert "s/o" not in name and "fils" not in name


def test_a_report_language_overrides_the_interface_only_inside() -> None:
    names.set_language("fr")
    with written_in("en"):
        assert display_name("Mariam", None, "Karim", sex=Sex.FEMALE) == "Mariam d/o Karim"
    assert display_name("Mariam", None, "Karim", sex=Sex.FEMALE) == "Mariam fille de Karim"


def test_no_patronymic_when_a_family_name_is_known() -> None:
    assert display_name("Mariam", "Rahimi", "Karim", sex=Sex.FEMALE) == "Mariam Rahimi"
