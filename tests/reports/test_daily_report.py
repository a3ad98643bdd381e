from datetime import timedelta

import pypdfium2 as pdfium
import pytest

from evactrack.domain.enums import CaseStatus
from evactrack.reports import generate
from evactrack.services import report_data, settings, stats
from evactrack.services.context import Context
from tests.factories import make_person
from tests.reports.pdf_text import all_text, pages_text, rtl_as_extracted
from tests.reports.seed import DARI, EMAIL, FRENCH, PASHTO, seed_operation


def test_daily_report_shows_the_database_counts_and_every_person_to_evacuate(
    ctx: Context,
) -> None:
    seeded = seed_operation(ctx)
    overview = stats.overview(ctx)
    text = all_text(generate.daily_report(ctx))

    assert f"Evacuated today {overview.evacuated_today}" in text
    assert f"Refusals today {overview.refusals_today}" in text
    assert overview.refusals_today == 1
    assert f"{overview.eligible_remaining}\n" in text or f" {overview.eligible_remaining}" in text
    assert f"Total {overview.total} " in text
    assert "4 persons, grouped by rendezvous point" in text
    assert "Rendezvous point: Baron Hotel gate (3 persons)" in text
    assert "Movement #1 Baron Hotel gate" in text and "escort unit 7 Assembling 3 1 1 0 0" in text
    assert "gate officer Document not accepted call the embassy" in text
    for name in ("Abdullah Rahimi", "Zaland Nangyal", " ".join(FRENCH)):
        assert name in text
    for native in (DARI, PASHTO):
        assert rtl_as_extracted(native) in text
    for phone in seeded.phones:
        assert phone in text, "every phone number is printed exactly, leading + kept"
    assert "MED" in text and "CHILD" in text
    assert EMAIL not in text


def test_households_stay_together_even_without_their_own_rendezvous_point(ctx: Context) -> None:
    seeded = seed_operation(ctx)
    data = report_data.daily_report_data(ctx)
    ids = [p.person_id for p in data.to_evacuate]
    assert ids[:3] == [seeded.principal_id, seeded.pashto_id, seeded.pashto_id + 1]
    assert {p.group for p in data.to_evacuate[:3]} == {"Baron Hotel gate"}
    assert data.to_evacuate[3].group == "Wazir Akbar Khan"


def test_declined_and_evacuated_persons_are_not_listed(sqlite_ctx: Context) -> None:
    from evactrack.services import case_status

    stays = make_person(sqlite_ctx, "Omid", "Stays", status=CaseStatus.CONTACTED)
    case_status.change_status(sqlite_ctx, stays.id, CaseStatus.DECLINED, "wants to stay")
    gone = make_person(sqlite_ctx, "Sima", "Gone", status=CaseStatus.CONTACTED)
    case_status.change_status(sqlite_ctx, gone.id, CaseStatus.SELF_EVACUATED, "left by road")
    make_person(sqlite_ctx, "Nadia", "Waiting")
    data = report_data.daily_report_data(sqlite_ctx)
    assert [p.name for p in data.to_evacuate] == ["Nadia Waiting"]
    assert data.declined == 1


def test_change_since_previous_day_comes_from_the_status_history(sqlite_ctx: Context) -> None:
    make_person(sqlite_ctx, "Nadia", "Waiting")
    data = report_data.daily_report_data(sqlite_ctx)
    assert data.by_status["new"] == 1 and data.by_status_previous["new"] == 0
    yesterday = report_data.daily_report_data(sqlite_ctx, data.day - timedelta(days=1))
    assert yesterday.by_status["new"] == 0
    assert "New 1 +1" in all_text(generate.daily_report(sqlite_ctx))


def test_redacted_report_holds_no_full_phone_document_number_or_email(ctx: Context) -> None:
    seeded = seed_operation(ctx)
    text = all_text(generate.daily_report(ctx, redact=True))
    digits = "".join(ch for ch in text if ch.isdigit() or ch == "\n")
    for phone in seeded.phones:
        assert phone not in text
        assert phone.lstrip("+") not in digits
    for number in seeded.document_numbers:
        assert number not in text
    assert EMAIL not in text and "call the embassy" not in text
    assert "Abdullah R." in text and "Rahimi" not in text
    assert "+•••••••••67" in text
    assert "REDACTED" in text and "SENSITIVE" not in text


def test_every_page_has_the_header_and_page_count_grows_with_data(sqlite_ctx: Context) -> None:
    seed_operation(sqlite_ctx)
    settings.put(sqlite_ctx, settings.SITE_NAME, "Kabul airport cell")
    small = pages_text(generate.daily_report(sqlite_ctx))
    for i in range(90):
        make_person(sqlite_ctx, f"Person{i}", "Waiting", phone=f"+9370{i:07d}")
    big = pages_text(generate.daily_report(sqlite_ctx))
    assert len(big) > len(small)
    for number, text in enumerate(big, start=1):
        assert "Daily status report" in text
        assert "SENSITIVE — contains personal data" in text
        assert "Site: Kabul airport cell" in text and "Generated:" in text
        assert f"Page {number} of" in text and f"\n{len(big)}\n" in text
    assert sum("Person" in t and "Waiting" in t for t in big) >= 2


def test_french_labels(sqlite_ctx: Context) -> None:
    seed_operation(sqlite_ctx)
    text = all_text(generate.daily_report(sqlite_ctx, language="fr"))
    assert "Rapport de situation quotidien" in text
    assert "Personnes restant à évacuer" in text and "Page 1 sur" in text
    assert "Hélène Garçon-Lefèvre" in text


def test_unknown_language_is_refused(sqlite_ctx: Context) -> None:
    with pytest.raises(ValueError, match="en or fr"):
        generate.daily_report(sqlite_ctx, language="de")


def test_first_page_renders_to_a_non_blank_image(sqlite_ctx: Context) -> None:
    seed_operation(sqlite_ctx)
    document = pdfium.PdfDocument(generate.daily_report(sqlite_ctx))
    bitmap = document[0].render(scale=0.5, grayscale=True)
    pixels = bytes(bitmap.buffer)
    dark = sum(1 for value in pixels[::7] if value < 128)
    assert dark > 200
    document.close()


def test_progress_reports_every_row_listed(sqlite_ctx: Context) -> None:
    seed_operation(sqlite_ctx)
    heard: list[tuple[int, int]] = []
    generate.daily_report(sqlite_ctx, progress=lambda done, total: heard.append((done, total)))
    assert heard[-1] == (4, 4)


def test_a_number_that_is_not_valid_is_marked_in_the_list_to_evacuate(ctx: Context) -> None:
    make_person(ctx, "Bashir", "Karimi", phone="0799 12 34")
    make_person(ctx, "Laila", "Ahmadzai", phone="0701234567")
    make_person(ctx, "Nadia", "Noori")
    people, _declined = _to_evacuate(ctx)
    assert [(p.name, p.phone, p.phone_valid) for p in people] == [
        ("Bashir Karimi", "0799 12 34", False),
        ("Laila Ahmadzai", "+93701234567", True),
        ("Nadia Noori", None, True),
    ]
    text = all_text(generate.daily_report(ctx))
    assert text.count("(not valid)") == 1
    assert "Bashir Karimi Citizen New 0799 12 34 (not valid)" in text
    assert "Laila Ahmadzai Citizen New +93701234567\n" in text
    french = all_text(generate.daily_report(ctx, language="fr"))
    assert "0799 12 34 (invalide)" in french
    redacted = all_text(generate.daily_report(ctx, redact=True))
    assert "•••• •• 34 (not valid)" in redacted


def test_a_long_invalid_number_keeps_its_mark_whole_in_the_narrow_column(
    sqlite_ctx: Context,
) -> None:
    make_person(sqlite_ctx, "Bashir", "Karimi", phone="(202) 555-0143")
    text = all_text(generate.daily_report(sqlite_ctx))
    assert "Bashir Karimi Citizen New (202) 555-… (not valid)\n" in text


def _to_evacuate(ctx: Context) -> tuple[list[report_data.RemainingPerson], int]:
    with ctx.db.reading() as session:
        return report_data.persons_to_evacuate(session)
