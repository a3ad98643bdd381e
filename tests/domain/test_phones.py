"""Phones that are really phones: what is refused at entry, the likely country, the marker."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evactrack.domain.enums import PhoneProblem
from evactrack.domain.errors import ValidationError
from evactrack.domain.names import digits_only
from evactrack.domain.phones import (
    MAX_NATIONAL_DIGITS,
    MIN_DIGITS,
    CountrySuggestion,
    NotAPhoneNumber,
    check_phone,
    country_name,
    display_with_validity,
    mark_validity,
    normalise_phone,
    phone_problem,
    region_of_country,
    suggest_country,
)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("+93 70 123 4567", True),
        ("0093 70 123 4567", True),
        ("070-123-4567", True),
        ("(070) 123 4567", True),
        ("۰۷۰۱۲۳۴۵۶۷", True),  # Persian digits
        ("٠٧٠ ١٢٣ ٤٥٦٧", True),  # Arabic-Indic digits
        ("\u200e+93 70 123 4567", True),  # a left-to-right mark pasted from a Dari text
        ("+1 (202) 555-0143", True),
        ("+93 70 123 4567 ext. 12", False),  # kept as written, not refused
        ("(202) 555-0143", False),  # valid only with its country code
        ("0799 12 34", False),  # a number, but not a valid one
        ("+93 70 123 4567 (mobile)", True),  # phonenumbers reads a number: it is one
        ("tel 0701234567", True),
        ("شماره ۰۷۰۱۲۳۴۵۶۷", True),
    ],
)
def test_numbers_in_any_format_or_script_are_accepted(text: str, valid: bool) -> None:
    assert phone_problem(text) is None
    check_phone(text)
    assert normalise_phone(text).valid is valid


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("12ab", PhoneProblem.LETTERS),
        ("070 12a 4567", PhoneProblem.LETTERS),
        ("1-800-FLOWERS", PhoneProblem.LETTERS),
        ("tel 07012345", PhoneProblem.LETTERS),
        ("شماره ۰۷۰۱۲۳", PhoneProblem.LETTERS),
        ("pas de téléphone", PhoneProblem.NO_DIGITS),
        ("تلفن ندارد", PhoneProblem.NO_DIGITS),
        ("N/A", PhoneProblem.NO_DIGITS),
        ("--", PhoneProblem.NO_DIGITS),
        ("0", PhoneProblem.TOO_SHORT),
        ("123", PhoneProblem.TOO_SHORT),
        ("۱۲۳۴", PhoneProblem.TOO_SHORT),
        ("+93 1", PhoneProblem.TOO_SHORT),
        ("12345678901234567890", PhoneProblem.TOO_LONG),
        ("+93 70 123 4567 0701234567", PhoneProblem.TOO_LONG),
        ("+999 123 4567", PhoneProblem.UNKNOWN_COUNTRY_CODE),
        ("00999 123 4567", PhoneProblem.UNKNOWN_COUNTRY_CODE),
    ],
)
def test_what_cannot_be_a_number_is_refused_with_the_reason(
    text: str, problem: PhoneProblem
) -> None:
    assert phone_problem(text) is problem
    with pytest.raises(NotAPhoneNumber) as refused:
        check_phone(f"  {text} ")
    assert isinstance(refused.value, ValidationError)
    assert (refused.value.fields, refused.value.text, refused.value.problem) == (
        ("phones",),
        text,
        problem,
    )
    assert str(refused.value) == f"'{text}' is not a phone number: {problem.label}."


@given(st.text(max_size=40))
def test_any_text_gets_an_answer_and_a_valid_number_is_never_refused(text: str) -> None:
    problem = phone_problem(text)
    assert problem is None or isinstance(problem, PhoneProblem)
    if normalise_phone(text.strip()).valid:
        assert problem is None


_DIGIT = st.sampled_from("0123456789" + "۰۱۲۳۴۵۶۷۸۹" + "٠١٢٣٤٥٦٧٨٩")
_SEPARATOR = st.sampled_from(["", " ", "-", ".", "/", "(", ")"])


@given(st.lists(st.tuples(_DIGIT, _SEPARATOR), min_size=MIN_DIGITS, max_size=MAX_NATIONAL_DIGITS))
def test_digits_in_any_script_with_separators_can_always_be_a_number(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(digit + separator for digit, separator in parts)
    if digits_only(text).startswith("00"):
        return  # an international prefix: the country code decides
    assert phone_problem(text) is None


def test_the_refusal_crosses_a_process_whole() -> None:
    """Import workers send their errors through a pipe."""
    error = pickle.loads(pickle.dumps(NotAPhoneNumber("12ab", PhoneProblem.LETTERS)))
    assert (error.text, error.problem, error.fields) == ("12ab", PhoneProblem.LETTERS, ("phones",))


def test_a_number_valid_only_with_a_country_code_suggests_the_first_likely_country() -> None:
    us = CountrySuggestion("US", "+12025550143")
    assert suggest_country("(202) 555-0143", ("AF", "US")) == us
    assert suggest_country("(202) 555-0143", ("US", "DE")) == us, "the operation's country first"
    assert suggest_country("(202) 555-0143", ("DE", "US")) == CountrySuggestion(
        "DE", "+492025550143"
    )
    assert suggest_country("(202) 555-0143", ("AF", None)) is None
    assert suggest_country("(202) 555-0143", ("AF", "XX")) is None, "not a region: ignored"
    assert suggest_country("06 12 34 56 78", ("us", "fr")) == CountrySuggestion(
        "FR", "+33612345678"
    )


def test_no_suggestion_for_a_number_with_its_code_or_for_what_is_no_number() -> None:
    assert suggest_country("+1 202 555 01", ("US",)) is None
    assert suggest_country("0012025550143", ("US",)) is None
    assert suggest_country("12ab", ("US",)) is None


@pytest.mark.parametrize(
    ("nationality", "region"),
    [
        ("US", "US"),
        ("us", "US"),
        ("United States", "US"),
        ("  united states ", "US"),
        ("États-Unis", "US"),
        ("Afghanistan", "AF"),
        ("Allemagne", "DE"),
        ("Afghan", None),
        ("", None),
        (None, None),
    ],
)
def test_a_nationality_names_a_region(nationality: str | None, region: str | None) -> None:
    assert region_of_country(nationality) == region


def test_country_names_in_the_interface_language() -> None:
    assert country_name("US") == "United States"
    assert country_name("DE", "fr") == "Allemagne"
    assert country_name("AF", "xx") == "Afghanistan"


def test_an_invalid_number_is_never_shown_as_if_it_were_callable() -> None:
    assert display_with_validity("+93701234567", True) == "+93 70 123 4567"
    assert display_with_validity("0799 12 34", False) == "0799 12 34 (not a valid number)"
    assert display_with_validity("12ab", False, "numéro non valide") == "12ab (numéro non valide)"
    assert mark_validity("+93701234567", True) == "+93701234567"
    assert mark_validity("•••• •• 34", False, "x") == "•••• •• 34 (x)"
    assert mark_validity("", False) == ""


def test_country_names_come_without_the_geocoding_tables() -> None:
    """Importing phonenumbers' names through their package loads its geocoding tables too:
    about 90 MB of memory for the life of the window, never used."""
    probe = (
        "import sys\n"
        "from evactrack.domain import phones\n"
        "assert phones.region_of_country('États-Unis') == 'US'\n"
        "assert phones.country_name('AF', 'fr') == 'Afghanistan'\n"
        "print(sorted(m for m in sys.modules if m.startswith('phonenumbers.geodata')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout
    assert out.strip() == "[]"
