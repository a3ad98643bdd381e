"""Message templates: named fields only, rendered as plain text, languages from the record."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest

from evactrack.domain import messages
from evactrack.domain.enums import DocumentType
from evactrack.domain.errors import ValidationError

VALUES = {
    "name": "Ahmad Rahimi",
    "point": "Baron Hotel gate",
    "address": "Street 3, Kabul",
    "window": "05/12/2026 06:00–08:00",
    "signal": "blue scarf",
    "bring": "passport",
    "contact": "+93700000000",
}


@pytest.mark.parametrize("language", messages.LANGUAGES)
def test_every_default_template_renders_every_field(language: str) -> None:
    text = messages.render(messages.DEFAULT_TEMPLATES[language], VALUES)
    for value in VALUES.values():
        assert value in text
    assert "{" not in text and "}" not in text


@pytest.mark.parametrize("language", [messages.DARI, messages.PASHTO])
def test_dari_and_pashto_are_right_to_left_arabic_script(language: str) -> None:
    assert messages.is_right_to_left(language)
    text = messages.DEFAULT_TEMPLATES[language]
    first_strong = next(
        unicodedata.bidirectional(c) for c in text if unicodedata.bidirectional(c) in "LRAL"
    )
    assert first_strong == "AL"  # an Arabic letter starts it: the paragraph is right-to-left
    letters = [c for c in text if c.isalpha() and not c.isascii()]
    assert letters and all("ARABIC" in unicodedata.name(c) for c in letters)


@pytest.mark.parametrize("language", [messages.ENGLISH, messages.FRENCH])
def test_english_and_french_are_left_to_right(language: str) -> None:
    assert not messages.is_right_to_left(language)
    text = messages.DEFAULT_TEMPLATES[language]
    assert not any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


@pytest.mark.parametrize(
    "template",
    [
        "Hello {nom}",
        "Hello {name.__class__}",
        "Hello {name[0]}",
        "Hello {name!r}",
        "Hello {name:>30}",
        "Hello {0}",
        "Hello {}",
    ],
)
def test_an_unknown_field_is_refused_when_the_template_is_checked(template: str) -> None:
    with pytest.raises(ValidationError, match="Unknown field"):
        messages.check_template(template)
    with pytest.raises(ValidationError):
        messages.render(template, VALUES)


@pytest.mark.parametrize("template", ["Hello {name", "Hello name}", "   "])
def test_broken_braces_and_empty_templates_are_refused(template: str) -> None:
    with pytest.raises(ValidationError):
        messages.check_template(template)


def test_values_are_inserted_as_they_are_never_formatted_again() -> None:
    values = dict(VALUES, name="{contact} {name.__class__} {{x}}")
    text = messages.render("Hi {name}; {{braces}} stay", values)
    assert text == "Hi {contact} {name.__class__} {{x}}; {braces} stay"


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        (["Dari"], "fa"),
        (["Pashto", "Dari"], "ps"),
        (["Dari", "English"], "fa"),
        ([" english "], "en"),
        (["Français"], "fr"),
        (["پښتو"], "ps"),
        (["Urdu", "Farsi"], "fa"),
        (["Urdu"], "fr"),
        ([], "fr"),
    ],
)
def test_the_first_known_language_of_the_record_wins(spoken: list[str], expected: str) -> None:
    assert messages.message_language(spoken, default="fr") == expected


def test_documents_are_named_by_type_once_in_the_message_language() -> None:
    types = [DocumentType.TAZKIRA, DocumentType.PASSPORT, DocumentType.PASSPORT]
    assert messages.documents_to_bring("en", types) == "passport, tazkira"
    assert messages.documents_to_bring("fa", types) == "پاسپورت، تذکره"
    assert messages.documents_to_bring("fr", []) == "vos pièces d'identité"


def test_time_window_shows_both_dates_only_across_midnight() -> None:
    start = datetime(2026, 12, 5, 6, 0)
    assert messages.time_window(start, datetime(2026, 12, 5, 8, 30)) == "05/12/2026 06:00–08:30"
    assert (
        messages.time_window(datetime(2026, 12, 5, 23, 0), datetime(2026, 12, 6, 1, 0))
        == "05/12/2026 23:00–06/12/2026 01:00"
    )
