"""Column and value mapping: English, French and the common export formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from evactrack.domain.enums import PhoneLabel
from evactrack.domain.errors import ValidationError
from evactrack.importing.mapping import (
    ColumnMapping,
    Target,
    detect_mapping,
    guess_target,
    phone_label,
)

DATA = Path(__file__).parents[1] / "data" / "import"


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Name", Target.FULL_NAME),
        ("Given Name", Target.GIVEN_NAME),
        ("First Name", Target.GIVEN_NAME),
        ("Prénom", Target.GIVEN_NAME),
        ("Family Name", Target.FAMILY_NAME),
        ("Last Name", Target.FAMILY_NAME),
        ("Nom", Target.FAMILY_NAME),
        ("Phone 1 - Value", Target.PHONE),
        ("Mobile Phone", Target.PHONE),
        ("Téléphone", Target.PHONE),
        ("E-mail 1 - Value", Target.EMAIL),
        ("E-mail Address", Target.EMAIL),
        ("Courriel", Target.EMAIL),
        ("Birthday", Target.DATE_OF_BIRTH),
        ("Date de naissance", Target.DATE_OF_BIRTH),
        ("Status", Target.LEGAL_STATUS),
        ("Statut", Target.LEGAL_STATUS),
        ("Passport no.", Target.PASSPORT),
        ("Name (Dari)", Target.NATIVE_NAME),
        ("نام", Target.NATIVE_NAME),
        ("Additional Name", Target.MIDDLE_NAME),
        ("Phone 1 - Type", None),
        ("E-mail 1 - Label", None),
        ("Organization 1 - Name", None),
    ],
)
def test_headers_are_recognised(header: str, target: Target | None) -> None:
    assert guess_target(header) is target


def test_phone_labels_follow_the_header() -> None:
    assert phone_label("Home Phone") is PhoneLabel.HOME
    assert phone_label("Business Phone") is PhoneLabel.WORK
    assert phone_label("WhatsApp") is PhoneLabel.WHATSAPP
    assert phone_label("Phone 1 - Value") is PhoneLabel.MOBILE


def test_outlook_export_maps_every_phone_column() -> None:
    headers = ["First Name", "Last Name", "Mobile Phone", "Home Phone", "Business Phone"]
    mapping = detect_mapping(headers)
    assert [h for h, t in mapping.columns.items() if t is Target.PHONE] == headers[2:]


def test_only_the_first_of_a_single_target_is_taken() -> None:
    mapping = detect_mapping(["Name", "Full name", "Phone"])
    assert mapping.columns == {"Name": Target.FULL_NAME, "Phone": Target.PHONE}


def test_mapping_round_trips_through_json(tmp_path: Path) -> None:
    mapping = ColumnMapping({"Prénom": Target.GIVEN_NAME, "Tél": Target.PHONE})
    path = tmp_path / "m.json"
    mapping.save(path)
    assert ColumnMapping.load(path) == mapping
    assert ColumnMapping.load(DATA / "mapping_fr.json").columns["Téléphone"] is Target.PHONE


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not a JSON file"),
        ("[]", '"columns"'),
        ('{"columns": {"A": "shoe_size"}}', "column 'A': unknown target 'shoe_size'"),
    ],
)
def test_bad_mapping_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ColumnMapping.from_json(text)


def test_check_refuses_absent_columns_repeated_targets_and_lists_without_people() -> None:
    headers = ["Name", "Phone", "Remarks"]
    with pytest.raises(ValidationError, match="not in the file: 'Nom'"):
        ColumnMapping({"Nom": Target.FAMILY_NAME}).check(headers, "f.csv")
    with pytest.raises(ValidationError, match="'Full name' is mapped from several columns"):
        ColumnMapping({"Name": Target.FULL_NAME, "Remarks": Target.FULL_NAME}).check(
            headers, "f.csv"
        )
    with pytest.raises(ValidationError, match="f.csv: no column looks like a name or a phone"):
        ColumnMapping({"Remarks": Target.NOTES}).check(headers, "f.csv")
    ColumnMapping({"Phone": Target.PHONE, "Remarks": Target.NOTES}).check(headers, "f.csv")
