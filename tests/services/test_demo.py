"""Demo data: deterministic, covering every status, and as consistent as real data must be."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from evactrack import demo
from evactrack.db.models import (
    ContactAttempt,
    Household,
    ManifestEntry,
    Movement,
    Person,
    PhoneNumber,
    Refusal,
    StatusChange,
)
from evactrack.domain.enums import (
    CaseStatus,
    ContactOutcome,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
)
from evactrack.domain.phones import NormalisedPhone, normalise_phone
from evactrack.domain.timezones import utcnow
from evactrack.domain.transitions import TRANSITIONS, needs_reason
from evactrack.services import movements, persons, stats
from evactrack.services.context import Context, open_database
from tests.conftest import log_in
from tests.factories import make_movement, make_point
from tests.services.dbstate import count, rows

S, O, M = CaseStatus, ManifestOutcome, MovementStatus  # noqa: E741
PEOPLE = 300

# What a manifest outcome says about the person's case now, and the movement's state.
CONSISTENT: dict[O | None, set[tuple[S, M]]] = {
    None: {(S.ASSIGNED, M.PLANNED), (S.ASSIGNED, M.ASSEMBLING)},
    O.BOARDED: {(S.IN_TRANSIT, M.EN_ROUTE), (S.AT_AIRPORT, M.ARRIVED), (S.EVACUATED, M.ARRIVED)},
    O.NO_SHOW: {(S.VERIFIED, M.ARRIVED)},
    O.REFUSED: {(S.REFUSED, M.ARRIVED)},
    O.TURNED_BACK: {(S.REFUSED, M.ARRIVED)},
}


@pytest.fixture
def generated(ctx: Context) -> demo.DemoResult:
    return demo.generate(ctx, PEOPLE, seed=7)


def _people(ctx: Context) -> list[tuple[str | None, str | None, str | None, S, LegalStatus]]:
    found = rows(
        ctx,
        select(
            Person.given_name,
            Person.family_name,
            Person.native_name,
            Person.status,
            Person.legal_status,
        ).order_by(Person.id),
    )
    return [tuple(r) for r in found]  # type: ignore[misc]


def test_the_same_seed_gives_the_same_people(
    ctx: Context, generated: demo.DemoResult, tmp_path: Path
) -> None:
    other_db = open_database(f"sqlite:///{tmp_path / 'second.sqlite3'}", create=True)
    try:
        other = log_in(other_db)
        assert demo.generate(other, PEOPLE, seed=7) == generated
        assert _people(other) == _people(ctx)
    finally:
        other_db.close()
    different = open_database(f"sqlite:///{tmp_path / 'third.sqlite3'}", create=True)
    try:
        third = log_in(different)
        demo.generate(third, PEOPLE, seed=8)
        assert _people(third) != _people(ctx)
    finally:
        different.close()


def test_every_status_occurs_households_have_principals_and_counts_are_right(
    ctx: Context, generated: demo.DemoResult
) -> None:
    people = _people(ctx)
    assert len(people) == generated.persons == PEOPLE
    assert {p[3] for p in people} == set(CaseStatus)
    assert {p[4] for p in people} == set(LegalStatus)
    assert count(ctx, Household) == generated.households
    assert count(ctx, Movement) == generated.movements
    assert count(ctx, Refusal) == generated.refusals > 0
    assert count(ctx, ContactAttempt) == generated.contact_attempts
    outcomes = {r.outcome for r in rows(ctx, select(ManifestEntry.outcome))}
    assert outcomes == {None, *ManifestOutcome}
    movement_states = {r.status for r in rows(ctx, select(Movement.status))}
    assert {M.PLANNED, M.EN_ROUTE, M.ARRIVED} <= movement_states
    assert any(p[2] for p in people) and any(p[0] for p in people)  # both scripts
    members: dict[int, set[int]] = defaultdict(set)
    for person_id, household_id in rows(ctx, select(Person.id, Person.household_id)):
        members[household_id].add(person_id)
    households = rows(ctx, select(Household.id, Household.principal_id))
    assert len(households) == generated.households
    for household_id, principal_id in households:
        assert principal_id in members[household_id]
    assert max(len(m) for m in members.values()) > 1


def _check_histories(ctx: Context) -> None:
    """Every case history is a chain of allowed steps ending in the person's status."""
    history: dict[int, list[tuple[S | None, S, str | None]]] = defaultdict(list)
    for person_id, old, new, reason in rows(
        ctx,
        select(
            StatusChange.person_id,
            StatusChange.from_status,
            StatusChange.to_status,
            StatusChange.reason,
        ).order_by(StatusChange.changed_at, StatusChange.id),
    ):
        history[person_id].append((old, new, reason))
    current = dict(rows(ctx, select(Person.id, Person.status)))

    assert set(history) == set(current)
    for person_id, steps in history.items():
        assert steps[0][0] is None
        assert steps[-1][1] is current[person_id], person_id
        for (_, before, _), (old, new, reason) in zip(steps, steps[1:], strict=False):
            assert old is before, person_id
            assert new in TRANSITIONS[before], (person_id, before, new)
            assert reason or not needs_reason(before, new), (person_id, before, new)


def _check_manifests(ctx: Context, generated: demo.DemoResult) -> None:
    """Outcomes, case statuses, movement states and refusals tell one story."""
    entries = rows(
        ctx,
        select(
            ManifestEntry.person_id,
            ManifestEntry.movement_id,
            ManifestEntry.outcome,
            ManifestEntry.waiting,
            Person.status,
            Movement.status.label("movement_status"),
        )
        .join(Person, Person.id == ManifestEntry.person_id)
        .join(Movement, Movement.id == ManifestEntry.movement_id),
    )
    refused_at = {
        (r.person_id, r.movement_id): (r.rendezvous_point_id, r.checkpoint)
        for r in rows(
            ctx,
            select(
                Refusal.person_id,
                Refusal.movement_id,
                Refusal.rendezvous_point_id,
                Refusal.checkpoint,
            ),
        )
    }
    for entry in entries:
        assert (entry.status, entry.movement_status) in CONSISTENT[entry.outcome], entry
        # Only a person still to travel waits on it (the key that keeps them off a second).
        assert entry.waiting is (True if entry.outcome is None else None), entry
        if entry.outcome in (O.REFUSED, O.TURNED_BACK):
            point, checkpoint = refused_at[(entry.person_id, entry.movement_id)]
            assert (point is None) is (entry.outcome is O.TURNED_BACK)
            assert (checkpoint is None) is (entry.outcome is O.REFUSED)
    on_manifest = [e.person_id for e in entries]
    assert len(on_manifest) == len(set(on_manifest))
    travelling = {S.ASSIGNED, S.IN_TRANSIT, S.AT_AIRPORT, S.EVACUATED, S.REFUSED}
    for person_id, status in rows(ctx, select(Person.id, Person.status)):
        assert (status in travelling) <= (person_id in on_manifest), (person_id, status)
    assert len(refused_at) == generated.refusals
    for movement_id, capacity in rows(ctx, select(Movement.id, Movement.capacity)):
        assert [e.movement_id for e in entries].count(movement_id) <= capacity


def test_the_data_is_consistent(ctx: Context, generated: demo.DemoResult) -> None:
    _check_histories(ctx)
    _check_manifests(ctx, generated)
    _check_births(ctx)


def _check_births(ctx: Context) -> None:
    """Nobody is born after their record was made, babies of this year included."""
    born = rows(ctx, select(Person.date_of_birth, Person.created_at))
    assert all(d is None or d <= c.date() for d, c in born)
    assert any(d is not None and d.year == c.year for d, c in born)


def test_the_data_is_consistent_at_any_time_of_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside the daily movement windows too (generation logic: SQLite is enough)."""
    for index, moment in enumerate(("2026-08-26T07:00:00+00:00", "2026-08-26T23:30:00+00:00")):
        monkeypatch.setattr(demo, "utcnow", lambda m=moment: datetime.fromisoformat(m))
        db = open_database(f"sqlite:///{tmp_path / f'{index}.sqlite3'}", create=True)
        try:
            ctx = log_in(db)
            generated = demo.generate(ctx, PEOPLE, seed=7)
            assert {p[3] for p in _people(ctx)} == set(CaseStatus)
            _check_histories(ctx)
            _check_manifests(ctx, generated)
            _check_births(ctx)
        finally:
            db.close()


def test_every_person_ready_to_travel_can_be_assigned(
    ctx: Context, generated: demo.DemoResult
) -> None:
    """Verified and refused persons (a no-show, a refusal at the gate) can go on a new
    movement: nothing in the demo data keeps them waiting on an old one."""
    point = make_point(ctx, "Demo check gate", capacity=None)
    ready = rows(ctx, select(Person.id).where(Person.status.in_((S.VERIFIED, S.REFUSED))))
    assert len(ready) > 20
    movement = make_movement(ctx, point, capacity=len(ready))
    for (person_id,) in ready:
        movements.assign(ctx, movement, [person_id], split_households=True)
    assert count(ctx, ManifestEntry, ManifestEntry.movement_id == movement) == len(ready)


def test_contacts_span_two_weeks_and_phones_are_e164_where_valid(
    ctx: Context, generated: demo.DemoResult
) -> None:
    now = utcnow()
    attempts = rows(
        ctx, select(ContactAttempt.person_id, ContactAttempt.occurred_at, ContactAttempt.outcome)
    )
    times = [a.occurred_at for a in attempts]
    assert now - timedelta(days=demo.DAYS + 1) <= min(times)
    assert max(times) <= now
    assert len({t.date() for t in times}) >= demo.DAYS - 2
    reached: dict[int, list] = defaultdict(list)
    for attempt in attempts:
        if attempt.outcome is ContactOutcome.REACHED:
            reached[attempt.person_id].append(attempt.occurred_at)
    for person_id, last_contact in rows(ctx, select(Person.id, Person.last_contact_at)):
        assert last_contact == max(reached[person_id], default=None), person_id
    assert 0 < stats.overview(ctx).not_contacted_48h < PEOPLE
    phones = rows(ctx, select(PhoneNumber.number, PhoneNumber.valid))
    assert len(phones) >= PEOPLE
    for number, valid in phones:
        if valid:
            assert normalise_phone(number) == NormalisedPhone(number, True), number
        else:
            assert not normalise_phone(number).valid, number


def test_search_text_is_what_the_services_build(ctx: Context, generated: demo.DemoResult) -> None:
    """Otherwise a caseworker's untouched save of a demo person would change it."""
    with ctx.db.reading() as session:
        people = session.scalars(select(Person)).all()
        assert any(p.grandfather_name for p in people)
        assert any(not phone.valid for p in people for phone in p.phones)
        for person in people:
            assert person.search_text == persons._search_text_for(persons.to_input(person))
