"""The case list's queries, on SQLite and PostgreSQL."""

from __future__ import annotations

import random
import threading
import time
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select, text

from evactrack import demo
from evactrack.db.models import Person
from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    DocumentType,
    LegalStatus,
    VulnerabilityFlag,
    WishesToLeave,
)
from evactrack.domain.errors import IllegalTransitionError, OperationCancelled
from evactrack.domain.timezones import utcnow
from evactrack.services import (
    audit,
    case_status,
    caselist,
    contacts,
    households,
    movements,
    persons,
    stats,
)
from evactrack.services.caselist import CaseQuery
from evactrack.services.context import Context
from evactrack.services.persons import Document
from evactrack.services.search import search_tokens
from tests.factories import make_movement, make_person, make_point
from tests.services.dbstate import with_subplans


def _seed(ctx: Context) -> dict[str, int]:
    zahra = make_person(
        ctx,
        "Zahra",
        "Ahmadi",
        native_name="زهرا احمدی",
        phone="+93 70 123 4567",
        flags=frozenset({VulnerabilityFlag.MEDICAL}),
        wishes_to_leave=WishesToLeave.YES,
        status=CaseStatus.VERIFIED,
    )
    bashir = make_person(
        ctx, "Bashir", "Karimi", legal_status=LegalStatus.VISA_APPLICANT, email="b@example.org"
    )
    amin = make_person(
        ctx, "Amin", "Sultani", legal_status=LegalStatus.FAMILY_MEMBER, status=CaseStatus.VERIFIED
    )
    households.create_household(ctx, zahra.id, [amin.id], name="Ahmadi family")
    point = make_point(ctx)
    movement = make_movement(ctx, point)
    movements.assign(ctx, movement, [zahra.id])  # the household travels together
    contacts.log_attempt(ctx, bashir.id, ContactChannel.PHONE, ContactOutcome.REACHED)
    return {"zahra": zahra.id, "bashir": bashir.id, "amin": amin.id, "movement": movement}


def test_ids_are_sorted_by_each_column_both_ways(ctx: Context) -> None:
    seed = _seed(ctx)
    by_name = caselist.ordered_ids(ctx, CaseQuery())
    assert by_name == [seed["amin"], seed["bashir"], seed["zahra"]]
    assert caselist.ordered_ids(ctx, CaseQuery(descending=True)) == by_name[::-1]
    by_legal = caselist.ordered_ids(ctx, CaseQuery(sort="legal_status"))
    assert by_legal == [seed["zahra"], seed["bashir"], seed["amin"]]
    contacted_first = caselist.ordered_ids(ctx, CaseQuery(sort="last_contact", descending=True))
    assert contacted_first[0] == seed["bashir"]
    by_flags = caselist.ordered_ids(ctx, CaseQuery(sort="flags", descending=True))
    assert by_flags[0] == seed["zahra"]
    by_phone = caselist.ordered_ids(ctx, CaseQuery(sort="phone"))
    assert by_phone[0] == seed["zahra"]  # the one with a phone; those without go last
    for key in caselist.SORT_KEYS:
        assert sorted(caselist.ordered_ids(ctx, CaseQuery(sort=key))) == sorted(by_name)


def test_the_phone_order_is_each_persons_first_number_in_one_pass(ctx: Context) -> None:
    """By each person's smallest number, persons without one last, ties by id; on
    PostgreSQL without a subplan per person (its plan for a correlated minimum walked the
    whole index of numbers for each person: minutes at 100k)."""
    numbers = {"A": ["+93 79 000 0001", "+93 70 000 0009"], "B": ["+93 75 000 0005"],
               "C": [], "D": ["+93 70 000 0009"]}  # fmt: skip
    made = {
        name: persons.create_person(
            ctx,
            persons.PersonInput(
                given_name=name,
                family_name="Sorted",
                phones=tuple(persons.PhoneInput(number) for number in phones),
            ),
        ).id
        for name, phones in numbers.items()
    }
    expected = [made["A"], made["D"], made["B"], made["C"]]
    by_phone, slow = with_subplans(ctx, lambda: caselist.ordered_ids(ctx, CaseQuery(sort="phone")))
    assert by_phone == expected
    assert slow == []
    assert caselist.ordered_ids(ctx, CaseQuery(sort="phone", descending=True)) == [
        made["B"], made["D"], made["A"], made["C"]
    ]  # fmt: skip


def test_a_row_carries_the_persons_phones_in_their_order(ctx: Context) -> None:
    seed = _seed(ctx)
    [zahra, amin] = caselist.rows(ctx, [seed["zahra"], seed["amin"]])
    assert zahra.phones == (("+93701234567", True),) and amin.phones == ()


def test_filters_combine_and_search_ignores_case_script_and_phone_format(ctx: Context) -> None:
    seed = _seed(ctx)
    assigned = CaseQuery(statuses=frozenset({CaseStatus.ASSIGNED}))
    assert caselist.ordered_ids(ctx, assigned) == [seed["amin"], seed["zahra"]]
    on_movement = CaseQuery(movement_ids=frozenset({seed["movement"]}))
    assert set(caselist.ordered_ids(ctx, on_movement)) == {seed["amin"], seed["zahra"]}
    medical = CaseQuery(flags=frozenset({VulnerabilityFlag.MEDICAL}))
    assert caselist.ordered_ids(ctx, medical) == [seed["zahra"]]
    wishing = CaseQuery(wishes=frozenset({WishesToLeave.YES}))
    assert caselist.ordered_ids(ctx, wishing) == [seed["zahra"]]
    silent = caselist.ordered_ids(ctx, CaseQuery(not_contacted_48h=True))
    assert silent == [seed["amin"], seed["zahra"]]
    assert caselist.ordered_ids(ctx, CaseQuery(search="ZAHRÁ")) == [seed["zahra"]]
    assert caselist.ordered_ids(ctx, CaseQuery(search="احمدی")) == [seed["zahra"]]
    assert caselist.ordered_ids(ctx, CaseQuery(search="0701 234 567")) == [seed["zahra"]]
    assert caselist.ordered_ids(ctx, CaseQuery(search="B@EXAMPLE")) == [seed["bashir"]]
    both = CaseQuery(search="ahmadi", statuses=frozenset({CaseStatus.NEW}))
    assert caselist.ordered_ids(ctx, both) == []


def test_rows_come_back_in_the_order_asked_with_household_and_movement(ctx: Context) -> None:
    seed = _seed(ctx)
    rows = caselist.rows(ctx, [seed["zahra"], seed["bashir"], 999_999])
    assert [r.id for r in rows] == [seed["zahra"], seed["bashir"]]
    zahra, bashir = rows
    assert zahra.name == "Zahra Ahmadi"
    assert zahra.native_name == "زهرا احمدی"
    assert zahra.household == "Ahmadi family"
    assert zahra.rendezvous_point == "Baron Hotel gate"
    assert (zahra.movement, zahra.movement_id) == (None, seed["movement"])  # named by the UI
    assert zahra.flags == {VulnerabilityFlag.MEDICAL}
    assert zahra.last_contact_at is None
    assert bashir.last_contact_at is not None
    assert utcnow() - bashir.last_contact_at < timedelta(minutes=1)
    assert bashir.household is None and bashir.movement is None
    assert caselist.rows(ctx, []) == []


def test_counts_for_a_facet_ignore_its_own_filter_but_honour_the_others(ctx: Context) -> None:
    seed = _seed(ctx)
    query = CaseQuery(
        statuses=frozenset({CaseStatus.ASSIGNED}), legal_statuses=frozenset({LegalStatus.CITIZEN})
    )
    counts = caselist.filter_counts(ctx, query)
    # Status counts are among citizens only, whatever status is ticked.
    assert counts.statuses == {CaseStatus.ASSIGNED: 1}
    # Legal-status counts are among assigned persons only.
    assert counts.legal_statuses == {LegalStatus.CITIZEN: 1, LegalStatus.FAMILY_MEMBER: 1}
    assert counts.movement_ids == {seed["movement"]: 1}
    assert counts.flags[VulnerabilityFlag.MEDICAL] == 1
    assert counts.flags[VulnerabilityFlag.ELDERLY] == 0
    assert counts.wishes == {WishesToLeave.YES: 1}
    assert counts.not_contacted_48h == 1
    everyone = caselist.filter_counts(ctx, CaseQuery())
    assert sum(everyone.statuses.values()) == 3
    assert everyone.not_contacted_48h == 2


def test_each_count_is_what_ticking_that_value_alone_would_show(ctx: Context) -> None:
    """The panel's promise, checked against the list itself on varied demo data: a facet's
    count for a value is the number of persons the list shows when that value is the only
    one ticked in that facet, every other filter kept."""
    demo.generate(ctx, 120, seed=5)
    choices = caselist.filter_choices(ctx)
    values = {
        "statuses": list(CaseStatus),
        "legal_statuses": list(LegalStatus),
        "rendezvous_point_ids": [pid for pid, _name in choices.rendezvous_points],
        "movement_ids": [mid for mid, _name in choices.movements],
        "flags": list(VulnerabilityFlag),
        "wishes": list(WishesToLeave),
    }
    rng = random.Random(3)
    a_movement = frozenset(values["movement_ids"][:1])
    queries = [
        CaseQuery(),
        CaseQuery(search="ah"),
        CaseQuery(figure="remaining"),
        # Typed with no other filter: the movements are counted from the index's ids alone.
        CaseQuery(search="ahmad"),
        CaseQuery(search="+93 7"),
        CaseQuery(search="kar", movement_ids=a_movement),
    ]
    for _ in range(9):
        ticked = {
            facet: frozenset(rng.sample(choices_, rng.choice([0, 0, 1, 2])))
            for facet, choices_ in values.items()
        }
        queries.append(
            CaseQuery(
                **ticked,
                not_contacted_48h=rng.random() < 0.3,
                search=rng.choice(["", "", "ahmad", "+93 7", "kar", "ah"]),
            )
        )

    def shown(query: CaseQuery) -> int:
        return len(caselist.ordered_ids(ctx, query))

    for query in queries:
        counts = caselist.filter_counts(ctx, query)
        for facet, facet_values in values.items():
            counted = getattr(counts, facet)
            for value in facet_values:
                alone = replace(query, **{facet: frozenset({value})})
                assert counted.get(value, 0) == shown(alone), (query, facet, value)
        alone = replace(query, not_contacted_48h=True)
        assert counts.not_contacted_48h == shown(alone), query


def test_choices_list_points_and_movements(ctx: Context) -> None:
    seed = _seed(ctx)
    choices = caselist.filter_choices(ctx)
    assert [name for _, name in choices.rendezvous_points] == ["Baron Hotel gate"]
    assert choices.movements == [(seed["movement"], None)]


def test_a_preferred_rendezvous_point_filters_and_counts(ctx: Context) -> None:
    point = make_point(ctx, "Abbey gate")
    person = persons.create_person(
        ctx, persons.PersonInput(given_name="Nadia", rendezvous_point_id=point)
    )
    make_person(ctx, "Other")
    query = CaseQuery(rendezvous_point_ids=frozenset({point}))
    assert caselist.ordered_ids(ctx, query) == [person.id]
    assert caselist.filter_counts(ctx, CaseQuery()).rendezvous_point_ids == {point: 1}
    assert caselist.ordered_ids(ctx, CaseQuery(sort="place"))[0] == person.id


def test_matching_ids_is_the_unordered_search(ctx: Context) -> None:
    seed = _seed(ctx)
    assert caselist.matching_ids(ctx, "  ") is None
    assert caselist.matching_ids(ctx, "ahmadi") == {seed["zahra"]}
    assert caselist.matching_ids(ctx, "a") == {seed["zahra"], seed["bashir"], seed["amin"]}
    assert caselist.matching_ids(ctx, "70-123") == {seed["zahra"]}
    assert caselist.matching_ids(ctx, "50%_") == set()


def _seed_many(ctx: Context) -> dict[int, str]:
    """Persons with names in either script, phones, e-mails and documents; their search texts."""
    make_person(ctx, "Zahra", "Ahmadi", native_name="زهرا احمدی", phone="+93 70 123 4567")
    make_person(ctx, "Ahmad", "Karimi", native_name="احمد کریمی", phone="0799 555 123")
    make_person(
        ctx,
        "Mohammad",
        "Ahmadzai",
        email="m.ahmadzai+siv@example.org",
        documents=(Document(DocumentType.PASSPORT, "P-7725866"),),
    )
    make_person(
        ctx,
        "Hosai",
        "Rahimi",
        father_name="Abdullah",
        documents=(Document(DocumentType.A_NUMBER, "A089125053"),),
    )
    make_person(ctx, "Bibi", None, native_name="بی بی", phone="+93 78 477 2536")
    make_person(ctx, "Ali", "Sultani", email="ali_100%@example.org", phone="+49 30 1234567")
    with ctx.db.reading() as session:
        return dict(session.execute(select(Person.id, Person.search_text)).tuples().all())


def _found_by_hand(texts: dict[int, str], typed: str) -> set[int]:
    """What the search means: every token of the query inside the person's search text."""
    tokens = search_tokens(typed)
    return {pid for pid, text in texts.items() if all(t in text for t in tokens)}


TYPED = [
    "ahm",
    "AHMAD",
    "Ahmadí",
    "ahmad kar",
    "ahmadi z",
    "زهر",
    "احمد",
    "احمدی زهرا",
    "+93 70",
    "0799-555",
    "+93 78 477",
    "477 25",
    "p-7725",
    "P7725866",
    "a0891",
    "m.ahmadzai+siv",
    "@example.org",
    "100%",
    "i_1",
    'ahm"ad',
    "abdullah hosai",
    "nobody at all",
]


def test_the_search_read_straight_from_the_index_finds_exactly_the_right_persons(
    ctx: Context,
) -> None:
    """On SQLite the unordered search reads the trigram index alone (no lookup in persons):
    the same persons as the condition on the persons table and as the rule by hand."""
    texts = _seed_many(ctx)
    for typed in TYPED:
        expected = _found_by_hand(texts, typed)
        assert caselist.matching_ids(ctx, typed) == expected, typed
        assert set(caselist.ordered_ids(ctx, CaseQuery(search=typed))) == expected, typed
    assert _found_by_hand(texts, "ahm") and _found_by_hand(texts, "+93 78 477")


def test_the_index_search_agrees_with_the_rule_on_random_pieces_of_text(ctx: Context) -> None:
    texts = _seed_many(ctx)
    rng = random.Random(20260825)
    pieces = list(texts.values())
    from_the_index = 0
    for _ in range(300):
        words = []
        for _ in range(rng.choice((1, 1, 2))):
            text = rng.choice(pieces)
            start = rng.randrange(len(text))
            piece = text[start : start + rng.randint(3, 9)]
            words.append(piece.upper() if rng.random() < 0.3 else piece)
        typed = " ".join(words)
        tokens = search_tokens(typed)
        if not tokens:
            continue
        from_the_index += min(len(t) for t in tokens) >= 3
        assert caselist.matching_ids(ctx, typed) == _found_by_hand(texts, typed), typed
    assert from_the_index > 100


def test_a_bulk_status_change_is_all_or_nothing_and_audited(ctx: Context) -> None:
    seed = _seed(ctx)
    ids = [seed["bashir"], seed["zahra"]]
    assert caselist.statuses_of(ctx, ids) == {CaseStatus.CONTACTED, CaseStatus.ASSIGNED}
    # Bashir (contacted) may be marked a duplicate; Zahra (assigned) may not: neither changes.
    with pytest.raises(IllegalTransitionError):
        case_status.bulk_change_status(ctx, ids, CaseStatus.DUPLICATE, "same as #1")
    assert persons.get_person(ctx, seed["bashir"]).status is CaseStatus.CONTACTED
    seen: list[tuple[int, int]] = []
    done = case_status.bulk_change_status(
        ctx, ids, CaseStatus.DEFERRED, "road closed", lambda d, t: seen.append((d, t))
    )
    assert len(done) == 2 and seen[-1] == (2, 2)
    assert caselist.statuses_of(ctx, ids) == {CaseStatus.DEFERRED}
    trail = audit.history(ctx, "person", seed["zahra"])
    assert trail[0].field == "status" and trail[0].new_value == "deferred"


def test_a_cancelled_bulk_status_change_changes_nothing(ctx: Context) -> None:
    seed = _seed(ctx)

    def cancel(_done: int, _total: int) -> None:
        raise OperationCancelled("Cancelled: nothing was changed.")

    with pytest.raises(OperationCancelled):
        case_status.bulk_change_status(ctx, [seed["bashir"]], CaseStatus.VERIFIED, None, cancel)
    assert persons.get_person(ctx, seed["bashir"]).status is CaseStatus.CONTACTED


def test_a_stale_query_is_stopped_while_it_runs(ctx: Context) -> None:
    seed = _seed(ctx)
    endless = (
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
        if ctx.db.is_sqlite
        else "SELECT pg_sleep(30)"
    )
    stale = caselist.StaleQuery()
    timer = threading.Timer(0.2, stale.cancel)
    started = time.monotonic()
    timer.start()
    with pytest.raises(OperationCancelled), ctx.db.reading() as session, stale.running(session):
        session.execute(text(endless))
    assert time.monotonic() - started < 10
    timer.join()
    # The connection goes back to the pool fit for the next query.
    assert len(caselist.ordered_ids(ctx, CaseQuery())) == 3
    with pytest.raises(OperationCancelled):
        caselist.matching_ids(ctx, "zahra", stale)  # already cancelled: never runs
    assert caselist.matching_ids(ctx, "zahra", caselist.StaleQuery()) == {seed["zahra"]}


def test_search_texts_are_what_the_index_holds(ctx: Context) -> None:
    for n in range(3):
        make_person(ctx, f"Wahid{n}", "Stanekzai", phone=f"+93 70 555 000{n}")
    texts = caselist.search_texts(ctx)
    with ctx.db.reading() as session:
        stored = dict(session.execute(select(Person.id, Person.search_text)).tuples().all())
    assert texts == stored and len(texts) == 3
    assert all("stanekzai" in t and "9370555000" in t for t in texts.values())


def test_each_dashboard_figure_lists_the_persons_it_counts(ctx: Context) -> None:
    from tests.ui.test_dashboard_view import seed

    seed(ctx)
    overview = stats.overview(ctx)
    shown = {
        figure: len(caselist.ordered_ids(ctx, CaseQuery(figure=figure)))
        for figure in caselist.FIGURES
    }
    assert shown == {figure: getattr(overview, figure) for figure in caselist.FIGURES}
    assert shown["evacuated_today"] == shown["refusals_today"] == 1
    assert shown["eligible_remaining"] == 3
    narrowed = CaseQuery(figure="remaining", legal_statuses=frozenset({LegalStatus.VISA_HOLDER}))
    assert len(caselist.ordered_ids(ctx, narrowed)) == 1
    counts = caselist.filter_counts(ctx, CaseQuery(figure="evacuated_today"))
    assert counts.statuses == {CaseStatus.EVACUATED: 1}
