"""Movements: manifests with households and capacity, outcomes, head counts, arrival, abort."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from evactrack import demo
from evactrack.db.models import ManifestEntry, Person, Refusal, StatusChange
from evactrack.domain.enums import (
    CaseStatus,
    DocumentType,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
)
from evactrack.domain.errors import (
    CapacityError,
    IllegalTransitionError,
    NotFoundError,
    ValidationError,
)
from evactrack.domain.timezones import utcnow
from evactrack.services import households, movements, rendezvous
from evactrack.services.context import Context
from evactrack.services.movements import HeadCount, MovementInput
from evactrack.services.persons import Document
from evactrack.services.refusals import RefusalInput
from tests.factories import make_movement, make_person, make_point
from tests.services.dbstate import audit_rows, count, rows, status_rows, with_subplans

S = CaseStatus
O = ManifestOutcome  # noqa: E741
REFUSAL = RefusalInput(RefusalReason.DOCUMENT_NOT_ACCEPTED, refused_by="gate officer")


def _verified(ctx: Context, *names: str) -> list[int]:
    return [make_person(ctx, name, status=S.VERIFIED).id for name in names]


def _statuses(ctx: Context, *person_ids: int) -> list[CaseStatus]:
    found = dict(rows(ctx, select(Person.id, Person.status).where(Person.id.in_(person_ids))))
    return [found[pid] for pid in person_ids]


def _manifest(ctx: Context, movement_id: int) -> dict[int, ManifestOutcome | None]:
    return dict(
        rows(
            ctx,
            select(ManifestEntry.person_id, ManifestEntry.outcome).where(
                ManifestEntry.movement_id == movement_id
            ),
        )
    )


@pytest.fixture
def point(ctx: Context) -> int:
    return make_point(ctx)


@pytest.fixture
def family(ctx: Context) -> list[int]:
    """Principal, spouse and child, all verified."""
    ids = _verified(ctx, "Wali", "Nadia", "Omid")
    households.create_household(ctx, ids[0], ids[1:])
    return ids


# ---------------------------------------------------------------- planning


def test_a_movement_needs_a_sane_window_capacity_and_an_active_point(
    ctx: Context, point: int
) -> None:
    start = utcnow() + timedelta(hours=2)
    with pytest.raises(ValidationError, match="end after it starts"):
        movements.create_movement(ctx, MovementInput(point, start, start, 10))
    with pytest.raises(ValidationError, match="at least 1"):
        movements.create_movement(ctx, MovementInput(point, start, start + timedelta(hours=1), 0))
    rendezvous.set_active(ctx, point, False)
    with pytest.raises(ValidationError, match="not active"):
        movements.create_movement(ctx, MovementInput(point, start, start + timedelta(hours=1), 9))
    assert movements.list_movements(ctx) == []


def test_movements_are_listed_by_window_and_filtered(ctx: Context, point: int) -> None:
    now = utcnow()
    ids = []
    for hours in (30, -10, 5):  # tomorrow, this morning, this afternoon
        start = now + timedelta(hours=hours)
        made = movements.create_movement(
            ctx, MovementInput(point, start, start + timedelta(hours=4), 10, name=f"run {hours}")
        )
        ids.append(made.id)
    tomorrow, morning, afternoon = ids
    movements.set_status(ctx, morning, MovementStatus.ABORTED, "road closed")

    def listed(**filters: Any) -> list[int]:
        return [m.id for m in movements.list_movements(ctx, **filters)]

    assert listed() == [morning, afternoon, tomorrow]
    assert listed(statuses=[MovementStatus.PLANNED]) == [afternoon, tomorrow]
    assert listed(starting_from=now) == [afternoon, tomorrow]  # the morning run has ended
    assert listed(until=now + timedelta(hours=24)) == [morning, afternoon]
    assert movements.get_movement(ctx, tomorrow).label == "run 30"
    assert all(m.manifest == () for m in movements.list_movements(ctx))


def test_assigning_one_member_takes_the_whole_household(
    ctx: Context, point: int, family: list[int]
) -> None:
    loner = _verified(ctx, "Bashir")[0]
    movement = make_movement(ctx, point)

    assigned = movements.assign(ctx, movement, [family[1], loner]).movement
    detail = movements.get_movement(ctx, movement)

    assert set(_manifest(ctx, movement)) == {*family, loner}
    assert [line.person_id for line in detail.manifest] == [*family, loner]
    assert assigned.headcount == detail.headcount
    assert _statuses(ctx, *family, loner) == [S.ASSIGNED] * 4
    last = status_rows(ctx, family[0])[-1]
    assert (last.from_status, last.to_status) == (S.VERIFIED, S.ASSIGNED)
    assert last.reason == f"assigned to movement #{movement}"
    event = audit_rows(ctx, "person", family[2])[-1]
    assert (event.field, event.old_value, event.new_value) == ("movement", None, str(movement))
    assert detail.headcount == HeadCount(4, 0, 0, 0, 0, 0, 4)


def test_the_manifest_shows_each_persons_first_document(ctx: Context, point: int) -> None:
    """The document a guard checks: the first recorded; on PostgreSQL read without a
    subplan per person."""
    papers = {
        "Two papers": (
            Document(DocumentType.PASSPORT, "P-1000001"),
            Document(DocumentType.TAZKIRA, "1401-0000-00001"),
        ),
        "No paper": (),
        "One paper": (Document(DocumentType.GREEN_CARD, "IOE0000000001"),),
    }
    made = [
        make_person(ctx, name, "Papers", status=S.VERIFIED, documents=documents).id
        for name, documents in papers.items()
    ]
    movement = make_movement(ctx, point)
    movements.assign(ctx, movement, made, split_households=True)
    detail, slow = with_subplans(ctx, lambda: movements.get_movement(ctx, movement))
    assert {line.person_id: (line.document_type, line.document_number) for line in
            detail.manifest} == {
        made[0]: (DocumentType.PASSPORT, "P-1000001"),
        made[1]: (None, None),
        made[2]: (DocumentType.GREEN_CARD, "IOE0000000001"),
    }  # fmt: skip
    assert slow == []


def test_a_household_is_split_only_on_purpose(ctx: Context, point: int, family: list[int]) -> None:
    loner = _verified(ctx, "Bashir")[0]
    movement = make_movement(ctx, point)

    assert movements.split_warning(ctx, [family[0], loner]) == {family[0]: family[1:]}
    assert movements.split_warning(ctx, [*family, loner]) == {}

    movements.assign(ctx, movement, [family[0]], split_households=True)

    assert set(_manifest(ctx, movement)) == {family[0]}
    assert _statuses(ctx, *family) == [S.ASSIGNED, S.VERIFIED, S.VERIFIED]


def test_capacity_is_enforced_and_nothing_is_assigned(
    ctx: Context, point: int, family: list[int]
) -> None:
    movement = make_movement(ctx, point, capacity=3)
    loners = _verified(ctx, "Bashir", "Sara")
    movements.assign(ctx, movement, loners)
    changes = count(ctx, StatusChange)

    with pytest.raises(CapacityError, match="holds 3 persons; it has 2 and 3 more"):
        movements.assign(ctx, movement, [family[0]])

    assert set(_manifest(ctx, movement)) == set(loners)
    assert _statuses(ctx, *family) == [S.VERIFIED] * 3
    assert count(ctx, StatusChange) == changes
    detail = movements.get_movement(ctx, movement)
    with pytest.raises(CapacityError, match="already has 2 persons"):
        movements.update_movement(
            ctx,
            movement,
            detail.version,
            MovementInput(point, detail.window_start, detail.window_end, 1),
        )


def test_only_verified_or_refused_persons_and_their_households_are_assigned(
    ctx: Context, point: int, family: list[int]
) -> None:
    movement = make_movement(ctx, point)
    newcomer = make_person(ctx, "Sara").id
    with pytest.raises(ValidationError, match=f"Person #{newcomer} .* is 'new'"):
        movements.assign(ctx, movement, [family[0], newcomer], split_households=True)

    assert _manifest(ctx, movement) == {}
    assert _statuses(ctx, family[0], newcomer) == [S.VERIFIED, S.NEW]

    # Whole households: a member who is not ready is left out with the reason, the rest go.
    movement = make_movement(ctx, point)
    grandmother = make_person(ctx, "Gul", legal_status=LegalStatus.FAMILY_MEMBER).id
    [(household_id,)] = rows(ctx, select(Person.household_id).where(Person.id == family[0]))
    households.add_member(ctx, household_id, grandmother)

    result = movements.assign(ctx, movement, [family[0]])

    assert result.left_out == (
        movements.LeftOut(grandmother, "Gul Rahimi", movements.LeftOutReason.NOT_READY, S.NEW),
    )
    assert set(_manifest(ctx, movement)) == set(family)
    assert _statuses(ctx, *family, grandmother) == [S.ASSIGNED] * 3 + [S.NEW]
    assert result.change.person_ids == family


def test_a_person_on_another_open_movement_is_refused(
    ctx: Context, point: int, family: list[int]
) -> None:
    first, second = make_movement(ctx, point), make_movement(ctx, point)
    movements.assign(ctx, first, [family[0]])

    with pytest.raises(ValidationError, match=f"already on movement #{first}"):
        movements.assign(ctx, second, [family[2]], split_households=True)
    # Whole households: everyone is left out, each with the movement they are on.
    result = movements.assign(ctx, second, [family[2]])

    assert [(p.person_id, p.reason, p.other_id) for p in result.left_out] == [
        (pid, movements.LeftOutReason.ON_ANOTHER_MOVEMENT, first) for pid in family
    ]
    assert result.change.steps == ()
    assert _manifest(ctx, second) == {}
    assert set(_manifest(ctx, first)) == set(family)


def test_removing_a_person_puts_them_back_to_verified(
    ctx: Context, point: int, family: list[int]
) -> None:
    movement = make_movement(ctx, point)
    movements.assign(ctx, movement, family)

    detail = movements.remove_from_movement(ctx, movement, family[2], "fever, travels tomorrow")

    assert set(_manifest(ctx, movement)) == set(family[:2])
    assert detail.headcount.expected == 2
    assert _statuses(ctx, family[2]) == [S.VERIFIED]
    last = status_rows(ctx, family[2])[-1]
    assert (last.from_status, last.to_status, last.reason) == (
        S.ASSIGNED,
        S.VERIFIED,
        "fever, travels tomorrow",
    )
    event = audit_rows(ctx, "person", family[2])[-1]
    assert (event.field, event.old_value, event.new_value) == ("movement", str(movement), None)
    with pytest.raises(NotFoundError, match="not on movement"):
        movements.remove_from_movement(ctx, movement, family[2], "again")


# ---------------------------------------------------------------- at the meeting point


@pytest.fixture
def assembling(ctx: Context, point: int) -> tuple[int, list[int]]:
    """An assembling movement with five persons on its manifest (split on purpose)."""
    people = _verified(ctx, "Ahmad", "Bashir", "Cyrus", "Dawood", "Elaha")
    movement = make_movement(ctx, point)
    movements.assign(ctx, movement, people)
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    return movement, people


def test_outcomes_move_each_person_on(
    ctx: Context, point: int, assembling: tuple[int, list[int]]
) -> None:
    movement, (boarded, no_show, refused, turned_back, pending) = assembling

    movements.record_outcome(ctx, movement, boarded, O.BOARDED)
    movements.record_outcome(ctx, movement, no_show, O.NO_SHOW)
    movements.record_outcome(ctx, movement, refused, O.REFUSED, REFUSAL)
    detail = movements.record_outcome(
        ctx,
        movement,
        turned_back,
        O.TURNED_BACK,
        RefusalInput(RefusalReason.SECURITY_INCIDENT, checkpoint="Checkpoint airport road"),
    )

    # Boarded while the movement assembles: still assigned until it departs.
    assert _statuses(ctx, boarded, no_show, refused, turned_back, pending) == [
        S.ASSIGNED,
        S.VERIFIED,
        S.REFUSED,
        S.REFUSED,
        S.ASSIGNED,
    ]
    assert _manifest(ctx, movement) == {
        boarded: O.BOARDED,
        no_show: O.NO_SHOW,
        refused: O.REFUSED,
        turned_back: O.TURNED_BACK,
        pending: None,
    }
    refusals = {
        r.person_id: tuple(r)[1:]
        for r in rows(
            ctx,
            select(
                Refusal.person_id,
                Refusal.movement_id,
                Refusal.rendezvous_point_id,
                Refusal.checkpoint,
                Refusal.reason,
                Refusal.refused_by,
            ),
        )
    }
    assert refusals == {
        refused: (movement, point, None, RefusalReason.DOCUMENT_NOT_ACCEPTED, "gate officer"),
        turned_back: (
            movement,
            None,
            "Checkpoint airport road",
            RefusalReason.SECURITY_INCIDENT,
            None,
        ),
    }
    assert movements.follow_up_queue(ctx) == [refused, turned_back]
    assert status_rows(ctx, refused)[-1].reason == "refused (document_not_accepted)"
    assert status_rows(ctx, no_show)[-1].reason == f"no show at movement #{movement}"
    event = audit_rows(ctx, "person", boarded)[-1]
    assert (event.field, event.new_value) == (f"movement #{movement} outcome", "boarded")
    assert detail.headcount == HeadCount(
        expected=5, present=3, boarded=1, refused=1, no_show=1, turned_back=1, pending=1
    )


def test_an_assignment_counts_the_outcomes_already_marked(
    ctx: Context, point: int, assembling: tuple[int, list[int]]
) -> None:
    """An assignment answers the head count without reading the manifest again: the same as
    the manifest read afterwards, outcomes marked before it included."""
    movement, (boarded, no_show, *_rest) = assembling
    movements.record_outcome(ctx, movement, boarded, O.BOARDED)
    movements.record_outcome(ctx, movement, no_show, O.NO_SHOW)
    late = _verified(ctx, "Latecomer")

    assigned = movements.assign(ctx, movement, late).movement

    assert assigned.manifest == ()
    assert assigned.headcount == movements.get_movement(ctx, movement).headcount
    assert (assigned.headcount.boarded, assigned.headcount.no_show) == (1, 1)


def test_outcomes_are_refused_when_they_cannot_be_right(
    ctx: Context, point: int, assembling: tuple[int, list[int]]
) -> None:
    movement, people = assembling
    movements.record_outcome(ctx, movement, people[0], O.BOARDED)

    with pytest.raises(ValidationError, match="already has the outcome 'boarded'"):
        movements.record_outcome(ctx, movement, people[0], O.NO_SHOW)
    with pytest.raises(ValidationError, match="needs its details"):
        movements.record_outcome(ctx, movement, people[1], O.REFUSED)
    with pytest.raises(NotFoundError, match="not on movement"):
        movements.record_outcome(ctx, movement, make_person(ctx, "Zia").id, O.BOARDED)
    planned = make_movement(ctx, point)
    movements.assign(ctx, planned, _verified(ctx, "Yama"))
    with pytest.raises(ValidationError, match="assembling or en route"):
        movements.record_outcome(ctx, planned, people[1], O.BOARDED)

    assert _statuses(ctx, people[0], people[1]) == [S.ASSIGNED, S.ASSIGNED]
    assert _manifest(ctx, movement)[people[1]] is None
    assert count(ctx, Refusal) == 0


def test_a_movement_leaves_only_once_every_outcome_is_marked(
    ctx: Context, assembling: tuple[int, list[int]]
) -> None:
    movement, people = assembling
    for person in people[:-1]:
        movements.record_outcome(ctx, movement, person, O.BOARDED)

    with pytest.raises(ValidationError, match="before the movement leaves"):
        movements.set_status(ctx, movement, MovementStatus.EN_ROUTE)
    assert movements.get_movement(ctx, movement).status is MovementStatus.ASSEMBLING

    movements.record_outcome(ctx, movement, people[-1], O.NO_SHOW)
    detail = movements.set_status(ctx, movement, MovementStatus.EN_ROUTE)

    assert detail.status is MovementStatus.EN_ROUTE
    assert detail.headcount == HeadCount(5, 4, 4, 0, 1, 0, 0)
    with pytest.raises(IllegalTransitionError, match="'en_route' to 'planned'"):
        movements.set_status(ctx, movement, MovementStatus.PLANNED)


def test_arrival_brings_the_boarded_to_the_airport_and_then_out(
    ctx: Context, assembling: tuple[int, list[int]]
) -> None:
    movement, (a, b, c, d, e) = assembling
    for person in (a, b, c):
        movements.record_outcome(ctx, movement, person, O.BOARDED)
    movements.record_outcome(ctx, movement, d, O.NO_SHOW)
    movements.record_outcome(ctx, movement, e, O.REFUSED, REFUSAL)
    movements.set_status(ctx, movement, MovementStatus.EN_ROUTE)

    movements.set_status(ctx, movement, MovementStatus.ARRIVED)

    assert _statuses(ctx, a, b, c, d, e) == [S.AT_AIRPORT] * 3 + [S.VERIFIED, S.REFUSED]
    assert status_rows(ctx, a)[-1].reason == f"movement #{movement} arrived"
    with pytest.raises(ValidationError, match=f"#{d} did not board"):
        movements.mark_evacuated(ctx, movement, [a, d])
    assert _statuses(ctx, a) == [S.AT_AIRPORT]  # all or nothing

    movements.mark_evacuated(ctx, movement, [a, b])

    assert _statuses(ctx, a, b, c) == [S.EVACUATED, S.EVACUATED, S.AT_AIRPORT]


def test_abort_needs_a_reason_and_sends_people_back_to_verified(
    ctx: Context, assembling: tuple[int, list[int]]
) -> None:
    movement, (a, b, c, d, e) = assembling
    movements.record_outcome(ctx, movement, a, O.BOARDED)
    movements.record_outcome(ctx, movement, b, O.REFUSED, REFUSAL)
    movements.record_outcome(ctx, movement, c, O.NO_SHOW)

    for reason in (None, "  "):
        with pytest.raises(ValidationError, match="needs a reason"):
            movements.set_status(ctx, movement, MovementStatus.ABORTED, reason)
    assert _statuses(ctx, a, d) == [S.ASSIGNED, S.ASSIGNED]

    detail = movements.set_status(ctx, movement, MovementStatus.ABORTED, "road closed")

    assert detail.status is MovementStatus.ABORTED
    assert "aborted: road closed" in (detail.notes or "")
    assert _statuses(ctx, a, b, c, d, e) == [
        S.VERIFIED,
        S.REFUSED,
        S.VERIFIED,
        S.VERIFIED,
        S.VERIFIED,
    ]
    for person in (a, d, e):
        last = status_rows(ctx, person)[-1]
        assert last.to_status is S.VERIFIED
        assert last.reason == f"movement #{movement} aborted: road closed"
    event = audit_rows(ctx, "movement", movement)[-1]
    assert (event.field, event.old_value, event.new_value) == ("status", "assembling", "aborted")


def test_a_refused_person_goes_on_the_next_movement_and_out(
    ctx: Context, point: int, assembling: tuple[int, list[int]]
) -> None:
    first, people = assembling
    refused = people[0]
    movements.record_outcome(ctx, first, refused, O.REFUSED, REFUSAL)
    assert refused in movements.follow_up_queue(ctx)
    second = make_movement(ctx, point)

    movements.assign(ctx, second, [refused])
    assert refused not in movements.follow_up_queue(ctx)
    movements.set_status(ctx, second, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, second, refused, O.BOARDED)
    movements.set_status(ctx, second, MovementStatus.EN_ROUTE)
    movements.set_status(ctx, second, MovementStatus.ARRIVED)
    movements.mark_evacuated(ctx, second, [refused])

    assert [r.to_status for r in status_rows(ctx, refused)] == [
        S.NEW,
        S.CONTACTED,
        S.VERIFIED,
        S.ASSIGNED,
        S.REFUSED,
        S.ASSIGNED,
        S.IN_TRANSIT,
        S.AT_AIRPORT,
        S.EVACUATED,
    ]
    assert _manifest(ctx, first)[refused] is O.REFUSED
    assert _manifest(ctx, second)[refused] is O.BOARDED


def test_the_list_of_movements_says_what_each_movement_says(ctx: Context) -> None:
    """The list reads points and head counts for all its movements at once: each line still
    names the movement's point and counts its manifest's outcomes as the movement itself."""
    demo.generate(ctx, 150, seed=4)
    listed = movements.list_movements(ctx)
    assert len({m.rendezvous_point for m in listed}) > 1
    assert any(m.headcount.present for m in listed)
    assert any(not m.headcount.expected for m in listed)
    for movement in listed:
        alone = movements.get_movement(ctx, movement.id)
        assert movement == replace(alone, manifest=()), movement.id
