"""Normalisation, eligibility, time zones and spreadsheet safety: pure rules."""

from __future__ import annotations

from datetime import UTC, datetime

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from evactrack.domain.eligibility import is_eligible
from evactrack.domain.enums import CaseStatus, LegalStatus, Sex
from evactrack.domain.errors import ValidationError
from evactrack.domain.names import alnum_key, clean_text, display_name, fold, is_arabic_script
from evactrack.domain.phones import format_for_display, normalise_phone, search_digits
from evactrack.domain.spreadsheet import neutralise
from evactrack.domain.timezones import format_local, zone


def test_fold_ignores_case_diacritics_and_spacing() -> None:
    assert fold("  Éloïse   MÜLLER ") == "eloise muller"
    assert fold("François") == fold("FRANCOIS")


@pytest.mark.parametrize(
    ("variant", "standard"),
    [("أحمد", "احمد"), ("علي", "علی"), ("كريم", "کریم"), ("فاطمة", "فاطمه"), ("مُحَمَّد", "محمد")],
)
def test_fold_unifies_arabic_letter_variants(variant: str, standard: str) -> None:
    assert fold(variant) == fold(standard)


def test_clean_text_nfc_and_spaces() -> None:
    decomposed = "Jose\u0301"
    assert clean_text(f"  {decomposed}\t Garcia ") == "José Garcia"
    assert clean_text("   ") is None


def test_script_detection_and_display_name() -> None:
    assert is_arabic_script("احمد رحیمی")
    assert not is_arabic_script("Ahmad Rahimi")
    assert display_name("Ahmad", None, "Karim", sex=Sex.MALE) == "Ahmad s/o Karim"
    assert display_name(None, None, None, "احمد") == "احمد"


def test_document_key() -> None:
    assert alnum_key("P 123-456") == alnum_key("p123456") == "p123456"


@pytest.mark.parametrize(
    "raw", ["+93 70 123 4567", "0701234567", "0093701234567", "۰۷۰۱۲۳۴۵۶۷", "(070) 123-4567"]
)
def test_afghan_numbers_to_e164(raw: str) -> None:
    assert normalise_phone(raw, "AF").number == "+93701234567"
    assert normalise_phone(raw, "AF").valid


def test_invalid_number_kept_as_written() -> None:
    result = normalise_phone(" 12-34 ", "AF")
    assert (result.number, result.valid) == ("12-34", False)


@given(st.text(max_size=30))
def test_normalise_phone_never_crashes_and_agrees_with_phonenumbers(raw: str) -> None:
    result = normalise_phone(raw, "AF")
    if result.valid:
        parsed = phonenumbers.parse(result.number, None)
        assert phonenumbers.is_valid_number(parsed)
        assert result.number.startswith("+")


def test_phone_display_and_search_digits() -> None:
    assert format_for_display("+93701234567") == "+93 70 123 4567"
    assert format_for_display("not a number") == "not a number"
    assert search_digits("0701 234 567") == "701234567"


def test_family_member_follows_the_principal() -> None:
    assert is_eligible(LegalStatus.CITIZEN)
    assert is_eligible(LegalStatus.PERMANENT_RESIDENT)
    assert is_eligible(LegalStatus.FAMILY_MEMBER, LegalStatus.CITIZEN)
    assert not is_eligible(LegalStatus.FAMILY_MEMBER, LegalStatus.VISA_APPLICANT)
    assert not is_eligible(LegalStatus.FAMILY_MEMBER, None)
    assert not is_eligible(LegalStatus.VISA_APPLICANT)


def test_times_shown_in_the_operation_zone_beside_the_caseworkers() -> None:
    moment = datetime(2021, 8, 26, 10, 0, tzinfo=UTC)
    assert format_local(moment, "Asia/Kabul") == "2021-08-26 14:30 Asia/Kabul"
    both = format_local(moment, "Asia/Kabul", "Europe/Paris")
    assert both == "2021-08-26 14:30 Asia/Kabul (2021-08-26 12:00 Europe/Paris)"
    assert format_local(moment, "Asia/Kabul", "Asia/Kabul") == "2021-08-26 14:30 Asia/Kabul"
    with pytest.raises(ValidationError, match="Unknown time zone"):
        zone("Mars/Olympus")


@pytest.mark.parametrize("cell", ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised(cell: str) -> None:
    assert neutralise(cell) == "'" + cell
    assert neutralise(cell, phone_list=True) == "'" + cell


def test_phone_lists_and_plain_text_stay() -> None:
    assert neutralise("+93701234567; +12025550143", phone_list=True) == "+93701234567; +12025550143"
    assert neutralise("Ahmad") == "Ahmad"
    assert neutralise("") == ""


def test_labels_and_values() -> None:
    assert LegalStatus.PERMANENT_RESIDENT.value == "permanent_resident"
    assert "green card" in LegalStatus.PERMANENT_RESIDENT.label
    assert CaseStatus.IN_TRANSIT.label == "In transit (escorted)"
    assert CaseStatus.NO_CONTACT.label == "No contact"
