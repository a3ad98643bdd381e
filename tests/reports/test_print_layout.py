"""Printed reports read right on every page: wrapped sentences, continued headings, the
legend of the codes, counted words, the operation's site name."""

from __future__ import annotations

import pytest

from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    RefusalReason,
    Sex,
    VulnerabilityFlag,
)
from evactrack.reports import generate
from evactrack.services import contacts, refusals, settings
from evactrack.services.context import Context
from evactrack.services.refusals import RefusalInput
from tests.factories import make_person, make_point
from tests.reports.pdf_text import all_text, pages_text

FOLLOW_UP = (
    "Call the embassy duty officer before noon and ask whether the tazkira with the "
    "handwritten correction can be accepted at the north checkpoint tomorrow morning"
)
WHERE = "Abbey Gate, second checkpoint behind the canal, beside the sewage ditch"


@pytest.fixture
def crowded(sqlite_ctx: Context) -> Context:
    """North Gate with 70 persons waiting (every fifth one vulnerable), one alone at
    another point, and a refusal whose follow-up is a long sentence."""
    settings.put(sqlite_ctx, settings.SITE_NAME, "Kabul airport cell")
    north = make_point(sqlite_ctx, "North Gate")
    lone = make_point(sqlite_ctx, "South Gate")
    for i in range(70):
        make_person(
            sqlite_ctx,
            f"Waiting{i:02d}",
            "Family",
            rendezvous_point_id=north,
            flags=frozenset({VulnerabilityFlag.DISABILITY}) if i % 5 == 0 else frozenset(),
        )
    make_person(sqlite_ctx, "Alone", "Person", rendezvous_point_id=lone)
    refused = make_person(sqlite_ctx, "Karim", "Refused", status=CaseStatus.VERIFIED)
    refusals.record_refusal(
        sqlite_ctx,
        refused.id,
        RefusalInput(
            RefusalReason.DOCUMENT_NOT_ACCEPTED,
            checkpoint=WHERE,
            refused_by="gate officer",
            follow_up=FOLLOW_UP,
        ),
    )
    return sqlite_ctx


def _words(text: str) -> str:
    return " ".join(text.split())


def test_sentences_wrap_whole_instead_of_being_cut(crowded: Context) -> None:
    text = _words(all_text(generate.daily_report(crowded)))
    assert FOLLOW_UP in text
    assert WHERE in text
    assert "…" not in text


def test_a_section_continued_on_a_new_page_repeats_its_heading(crowded: Context) -> None:
    pages = pages_text(generate.daily_report(crowded))
    holding = [i for i, page in enumerate(pages) if "Waiting" in page]
    assert len(holding) >= 2, "the list runs over several pages"
    first, *later = holding
    assert "Rendezvous point: North Gate (70 persons)" in pages[first]
    for i in later:
        assert "Rendezvous point: North Gate (continued)" in pages[i]
    assert "Rendezvous point: South Gate (1 person)" in "".join(pages)
    assert not any("South Gate (continued)" in page for page in pages)


def test_every_page_with_codes_carries_their_legend(crowded: Context) -> None:
    pages = pages_text(generate.daily_report(crowded))
    legend = "Legend: ! vulnerable · MED Medical · DIS Disability"
    coded = [page for page in pages if "Waiting" in page]
    assert coded and all(legend in page for page in coded)
    assert legend not in pages[0], "the summary page shows no codes"


def test_french_plurals_legend_and_continued_heading(crowded: Context) -> None:
    pages = pages_text(generate.daily_report(crowded, language="fr"))
    text = "".join(pages)
    assert "Point de rendez-vous : South Gate (1 personne)" in text
    assert "North Gate (70 personnes)" in text
    assert "North Gate (suite)" in text
    assert "Légende : ! vulnérable · MÉD Médical · HAND Handicap" in text


def test_plurals_in_the_english_note(sqlite_ctx: Context) -> None:
    make_person(sqlite_ctx, "Only", "One")
    text = _words(all_text(generate.daily_report(sqlite_ctx)))
    assert "1 person, grouped by rendezvous point" in text
    assert "(1 person)" in text and "1 persons" not in text


def test_the_site_name_comes_from_the_operation_settings(sqlite_ctx: Context) -> None:
    make_person(sqlite_ctx, "Only", "One")
    unnamed = pages_text(generate.daily_report(sqlite_ctx))
    assert all("Site:" not in page and "evactrack" not in page for page in unnamed)
    settings.put(sqlite_ctx, settings.SITE_NAME, "Kabul airport cell")
    for pdf in (
        generate.daily_report(sqlite_ctx),
        generate.case_sheet(sqlite_ctx, make_person(sqlite_ctx, "Sara", "Noori").id),
    ):
        assert all("Site: Kabul airport cell" in page for page in pages_text(pdf))


def test_a_french_report_names_a_daughter_fille_de(sqlite_ctx: Context) -> None:
    make_person(sqlite_ctx, "Mariam", None, father_name="Karim", sex=Sex.FEMALE)
    assert "Mariam fille de Karim" in all_text(generate.daily_report(sqlite_ctx, language="fr"))
    assert "Mariam d/o Karim" in all_text(generate.daily_report(sqlite_ctx))


def test_a_case_sheet_section_continued_repeats_its_heading(sqlite_ctx: Context) -> None:
    person = make_person(sqlite_ctx, "Sara", "Noori")
    for i in range(70):
        contacts.log_attempt(
            sqlite_ctx, person.id, ContactChannel.PHONE, ContactOutcome.NO_ANSWER, f"try {i}"
        )
    pages = pages_text(generate.case_sheet(sqlite_ctx, person.id))
    assert len(pages) >= 2
    holding = [i for i, page in enumerate(pages) if "try " in page]
    assert len(holding) >= 2
    assert "Contact log (continued)" not in pages[holding[0]]
    for i in holding[1:]:
        assert "Contact log (continued)" in pages[i]
    last = pages[-1]
    assert "Status history" in "".join(pages) and "Status history (continued)" not in last


def test_a_long_right_to_left_sentence_wraps_whole(sqlite_ctx: Context) -> None:
    words = ["دروازه", "شمالی", "میدان", "هوایی", "کابل", "پشت", "کانال", "آب"] * 4
    refused = make_person(sqlite_ctx, "Karim", "Refused", status=CaseStatus.VERIFIED)
    refusals.record_refusal(
        sqlite_ctx,
        refused.id,
        RefusalInput(
            RefusalReason.NOT_ON_LIST, checkpoint=" ".join(words), refused_by="gate officer"
        ),
    )
    text = all_text(generate.daily_report(sqlite_ctx))
    assert "…" not in text and "..." not in text
    assert text.count("کانال") == 4, "every word printed, none cut"
