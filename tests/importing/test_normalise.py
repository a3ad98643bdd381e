"""One row → one candidate: names, phones, dates, e-mails, statuses; nothing dropped."""

from __future__ import annotations

from datetime import date

import pytest

from evactrack.domain.enums import DocumentType, LegalStatus, PhoneLabel
from evactrack.importing.mapping import ColumnMapping, Target, detect_mapping
from evactrack.importing.normalise import (
    Candidate,
    DateOrder,
    Issue,
    RowNormaliser,
    parse_date,
    settle_order,
)


def normalise(
    headers: list[str],
    cells: list[str],
    *,
    order: DateOrder = DateOrder.UNSETTLED,
    mapping: ColumnMapping | None = None,
) -> tuple[Candidate | None, list[Issue]]:
    issues: list[Issue] = []
    normaliser = RowNormaliser(
        headers,
        mapping or detect_mapping(headers),
        region="AF",
        default_legal_status=LegalStatus.UNKNOWN,
        date_order=order,
    )
    return normaliser.normalise(2, cells, issues), issues


def test_full_name_is_split_and_arabic_script_goes_to_the_native_name() -> None:
    c, _ = normalise(["Name"], ["  Ahmad   Shah  Rahimi "])
    assert c is not None
    assert (c.given_name, c.family_name, c.native_name) == ("Ahmad Shah", "Rahimi", None)
    c, _ = normalise(["Name"], ["محمد رحیمی"])
    assert c is not None
    assert (c.given_name, c.family_name, c.native_name) == (None, None, "محمد رحیمی")
    c, _ = normalise(["Name"], ["Rahimi, Ahmad"])
    assert c is not None
    assert (c.given_name, c.family_name) == ("Ahmad", "Rahimi")


def test_given_and_family_columns_win_over_the_full_name() -> None:
    headers = ["Name", "Given Name", "Additional Name", "Family Name", "Name (Dari)"]
    c, _ = normalise(headers, ["Laila X Ahmadzai", "Laila", "Gul", "Ahmadzai", "لیلا احمدزی"])
    assert c is not None
    assert (c.given_name, c.family_name, c.native_name) == ("Laila Gul", "Ahmadzai", "لیلا احمدزی")


def test_arabic_in_latin_columns_moves_to_the_native_name() -> None:
    c, _ = normalise(["First Name", "Last Name"], ["محمد", "رحیمی"])
    assert c is not None
    assert (c.given_name, c.family_name, c.native_name) == (None, None, "محمد رحیمی")


def test_several_phones_kept_and_an_invalid_one_flagged_not_dropped() -> None:
    headers = ["Name", "Mobile Phone", "Home Phone"]
    c, issues = normalise(headers, ["A B", "0701234567 ::: 12345", "+93 20 210 1234"])
    assert c is not None
    assert c.phones == [
        ("+93701234567", True, PhoneLabel.MOBILE),
        ("12345", False, PhoneLabel.MOBILE),
        ("+93202101234", True, PhoneLabel.HOME),
    ]
    assert [(i.column, i.rejected) for i in issues] == [("Mobile Phone", False)]


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("pas de téléphone", "it has no digits"),
        ("12ab", "it contains letters"),
        ("0", "it has too few digits"),
        ("123456789012345678", "it has too many digits"),
    ],
)
def test_a_phone_that_cannot_be_a_number_is_a_row_error_kept_in_notes(
    cell: str, reason: str
) -> None:
    headers = ["Name", "Mobile Phone", "Home Phone", "Birthday", "Address"]
    c, issues = normalise(headers, ["Ahmad Rahimi", cell, "0701234567", "1980-03-01", "Kabul"])
    assert c is not None, "the rest of the row is kept"
    assert c.phones == [("+93701234567", True, PhoneLabel.HOME)]
    assert c.notes == [f"Mobile Phone: {cell}"]
    assert (c.given_name, c.family_name, c.date_of_birth, c.location) == (
        "Ahmad",
        "Rahimi",
        date(1980, 3, 1),
        "Kabul",
    )
    assert issues == [
        Issue(2, "Mobile Phone", f"'{cell}' is not a phone number: {reason}; kept in notes")
    ]


def test_a_row_whose_only_phone_is_no_number_and_no_name_is_rejected() -> None:
    c, issues = normalise(["Name", "Phone"], ["", "pas de téléphone"])
    assert c is None
    assert issues[-1] == Issue(2, None, "no name and no phone number", rejected=True)


def test_rows_without_name_or_phone_are_rejected() -> None:
    c, issues = normalise(["Name", "Phone", "Notes"], ["", "", "a note"])
    assert c is None
    assert issues == [Issue(2, None, "no name and no phone number", rejected=True)]


def test_email_lower_cased_and_a_bad_one_kept_in_notes() -> None:
    headers = ["Name", "E-mail 1 - Value", "E-mail 2 - Value"]
    c, issues = normalise(headers, ["A B", "Ahmad@Example.ORG", "not-an-email"])
    assert c is not None
    assert c.email == "ahmad@example.org"
    assert c.notes == ["E-mail 2 - Value: not-an-email"]
    assert "not a valid e-mail address" in issues[0].message


@pytest.mark.parametrize(
    ("text", "value", "readings"),
    [
        ("1990-02-13", date(1990, 2, 13), None),
        ("13/02/1990", date(1990, 2, 13), None),
        ("02/13/1990", date(1990, 2, 13), None),
        ("03/04/1990", None, (date(1990, 4, 3), date(1990, 3, 4))),
        ("04/04/1990", date(1990, 4, 4), None),
        ("33000", date(1990, 5, 7), None),
        ("sometime", None, None),
    ],
)
def test_dates(text: str, value: date | None, readings: tuple[date, date] | None) -> None:
    assert parse_date(text) == (value, readings)


def test_ambiguous_date_follows_the_file_or_is_flagged() -> None:
    headers = ["Name", "Birthday"]
    c, _ = normalise(headers, ["A B", "03/04/1990"], order=DateOrder.DAY_FIRST)
    assert c is not None and c.date_of_birth == date(1990, 4, 3)
    c, _ = normalise(headers, ["A B", "03/04/1990"], order=DateOrder.MONTH_FIRST)
    assert c is not None and c.date_of_birth == date(1990, 3, 4)
    c, issues = normalise(headers, ["A B", "03/04/1990"])
    assert c is not None
    assert (c.date_of_birth, c.birth_year) == (None, 1990)
    assert "day/month or month/day" in issues[0].message
    assert settle_order(True, False) is DateOrder.DAY_FIRST
    assert settle_order(True, True) is DateOrder.UNSETTLED


def test_a_birth_date_after_today_or_before_1900_is_kept_in_the_notes() -> None:
    today = date.today()
    tomorrow = date.fromordinal(today.toordinal() + 1)
    for written in (tomorrow.isoformat(), "1899-12-31"):
        c, issues = normalise(["Name", "Birthday"], ["A B", written])
        assert c is not None and c.date_of_birth is None
        assert c.notes == [f"Birthday: {written}"]
        assert "not a plausible date of birth" in issues[0].message
    for written, born in (("1900-01-01", date(1900, 1, 1)), (today.isoformat(), today)):
        c, issues = normalise(["Name", "Birthday"], ["A B", written])
        assert c is not None and (c.date_of_birth, c.birth_year, issues) == (born, born.year, [])
    c, _ = normalise(["Name", "Birthday"], ["A B", f"spring {today.year + 1}"])
    assert c is not None and c.birth_year is None


def test_unknown_status_becomes_unknown_and_is_reported() -> None:
    c, issues = normalise(["Name", "Statut"], ["A B", "Martien"])
    assert c is not None and c.legal_status is LegalStatus.UNKNOWN
    assert issues[0].column == "Statut" and "Martien" in issues[0].message
    assert c.notes == ["Statut: Martien"]


def test_documents_notes_household_and_extra_cells_are_kept() -> None:
    mapping = ColumnMapping(
        {
            "Name": Target.FULL_NAME,
            "Passport": Target.PASSPORT,
            "Family": Target.HOUSEHOLD,
            "Remarks": Target.NOTES,
        }
    )
    headers = ["Name", "Passport", "Family", "Remarks"]
    c, issues = normalise(headers, ["A B", "P 123", "H-7", "needs wheelchair", "stray"],
                          mapping=mapping)  # fmt: skip
    assert c is not None
    assert c.documents == [(DocumentType.PASSPORT, "P 123")]
    assert c.household == "H-7"
    assert c.notes == ["Family: H-7", "needs wheelchair", "Extra cells: stray"]
    assert issues[0].message == "more cells than columns; kept in notes"


def test_a_date_ending_in_digit_like_symbols_is_kept_as_text() -> None:
    """Found by the property test: '²' is a digit to str.isdigit() but not to int()."""
    c, issues = normalise(["Name", "Birthday"], ["A B", "born 199²"])
    assert c is not None and c.birth_year is None
    assert c.notes == ["Birthday: born 199²"] and "is not a date" in issues[0].message
