import pytest
import qrcode
from qrcode.constants import ERROR_CORRECT_M

from evactrack.domain.errors import NotFoundError
from evactrack.reports import generate
from evactrack.reports.manifest import qr_payload
from evactrack.services import movements, persons
from evactrack.services.context import Context
from evactrack.services.persons import PersonInput, PhoneInput
from tests.factories import make_person
from tests.reports.pdf_text import all_text, pages_text, rtl_as_extracted
from tests.reports.seed import DARI, EMAIL, FRENCH, PASHTO, seed_operation


def test_manifest_lists_the_household_with_documents_boxes_and_total(ctx: Context) -> None:
    seeded = seed_operation(ctx)
    detail = movements.get_movement(ctx, seeded.movement_id)
    pages = pages_text(generate.manifest(ctx, seeded.movement_id))
    text = "\n".join(pages)

    assert "Movement manifest — Movement #1" in text
    assert "Baron Hotel gate" in text and "escort unit 7" in text and "blue scarf" in text
    assert "Household #" in text and "Rahimi (3 persons)" in text
    for name in ("Abdullah Rahimi", "Zaland Nangyal", "Maryam Rahimi"):
        assert name in text
    assert rtl_as_extracted(DARI) in text and rtl_as_extracted(PASHTO) in text
    assert "1980-03-01" in text
    for number in seeded.document_numbers:
        assert number in text
    assert "Boarded Refused" in text
    assert f"Total: {len(detail.manifest)} persons in 1 household — " in text
    for page in pages:
        assert "Escort: name" in page and "signature" in page


@pytest.mark.parametrize("person_id", [1, 123_456, 9_999_999_999])
def test_qr_payload_is_the_person_id_in_the_smallest_code(person_id: int) -> None:
    """Alphanumeric mode keeps the code at 21×21 modules, readable at its printed size."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M)
    code.add_data(qr_payload(person_id))
    code.make(fit=True)
    assert code.version == 1
    assert qr_payload(person_id) == f"EVACTRACK:{person_id}"


def test_redacted_manifest_masks_document_numbers(sqlite_ctx: Context) -> None:
    seeded = seed_operation(sqlite_ctx)
    text = all_text(generate.manifest(sqlite_ctx, seeded.movement_id, redact=True))
    for number in seeded.document_numbers:
        assert number not in text
    assert "•••••••67" in text and "Abdullah R." in text and "REDACTED" in text


def test_manifest_of_an_unknown_movement_is_a_clear_error(sqlite_ctx: Context) -> None:
    with pytest.raises(NotFoundError, match="no movement #42"):
        generate.manifest(sqlite_ctx, 42)


def test_case_sheet_shows_person_household_contacts_refusals_and_history(ctx: Context) -> None:
    seeded = seed_operation(ctx)
    text = all_text(generate.case_sheet(ctx, seeded.pashto_id))
    assert f"Case sheet — Person #{seeded.pashto_id}" in text
    assert "Zaland Nangyal" in text and rtl_as_extracted(PASHTO) in text
    assert "+93799765432" in text and "1400-0101-23456" in text
    assert "Abdullah Rahimi (principal)" in text and "Maryam Rahimi" in text
    assert "Document not accepted" in text and "call the embassy" in text
    assert "Status history" in text and "Assigned to a movement Refused" in text

    french = all_text(generate.case_sheet(ctx, seeded.french_id))
    assert " ".join(FRENCH) in french and EMAIL in french
    assert "Phone Reached" in french and "lives above the bakery" in french


def test_redacted_case_sheet_has_no_email_notes_or_full_numbers(sqlite_ctx: Context) -> None:
    seeded = seed_operation(sqlite_ctx)
    text = all_text(generate.case_sheet(sqlite_ctx, seeded.french_id, redact=True))
    assert EMAIL not in text and "bakery" not in text and "+33612345678" not in text
    assert "Hélène G." in text and "Lefèvre" not in text


def test_case_sheet_of_a_person_alone(sqlite_ctx: Context) -> None:
    person = make_person(sqlite_ctx, "Nadia", "Noori")
    text = all_text(generate.case_sheet(sqlite_ctx, person.id, language="fr"))
    assert "Fiche de cas" in text and "Hors foyer" in text


def test_case_sheet_marks_a_number_that_is_not_valid(sqlite_ctx: Context) -> None:
    person = persons.create_person(
        sqlite_ctx,
        PersonInput(
            given_name="Bashir",
            phones=(PhoneInput("0701234567"), PhoneInput("0799 12 34")),
        ),
    )
    text = all_text(generate.case_sheet(sqlite_ctx, person.id))
    assert "0799 12 34 (not a valid number)" in text
    assert "+93701234567 Mobile" in text, "a valid number is printed as it is, unmarked"
    assert text.count("not a valid number") == 1

    french = all_text(generate.case_sheet(sqlite_ctx, person.id, language="fr"))
    assert "0799 12 34 (numéro non valide)" in french

    redacted = all_text(generate.case_sheet(sqlite_ctx, person.id, redact=True))
    assert "•••• •• 34 (not a valid number)" in redacted and "0799" not in redacted


def test_gate_sheet_lists_the_manifest_by_family_name_with_boxes_and_totals(
    ctx: Context,
) -> None:
    seeded = seed_operation(ctx)
    detail = movements.get_movement(ctx, seeded.movement_id)
    pages = pages_text(generate.gate_sheet(ctx, seeded.movement_id))
    text = "\n".join(pages)

    assert "Gate sheet — Movement #1" in text
    assert "Baron Hotel gate" in text and "blue scarf" in text
    assert "Boarded Refused / turned back" in text
    names = ["Zaland Nangyal", "Abdullah Rahimi", "Maryam Rahimi"]  # by family name
    at = [text.index(name) for name in names]
    assert at == sorted(at)
    assert rtl_as_extracted(DARI) in text and rtl_as_extracted(PASHTO) in text
    for number in seeded.document_numbers:
        assert number in text
    totals = (
        f"{len(detail.manifest)} persons on the manifest, capacity {detail.capacity} — boarded ____"
    )
    for page in pages:
        assert totals in page and "Gate: name" in page


def test_redacted_gate_sheet_masks_names_and_numbers(sqlite_ctx: Context) -> None:
    seeded = seed_operation(sqlite_ctx)
    text = all_text(generate.gate_sheet(sqlite_ctx, seeded.movement_id, redact=True, language="fr"))
    assert "Feuille de porte" in text
    assert "Abdullah Rahimi" not in text
    for number in seeded.document_numbers:
        assert number not in text
