"""Manifest changes as undo steps: assignment, outcomes and refusals taken back and made again,
and refused when the person has been changed since; whole households that go in part; boarded
while assembling."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from evactrack.db.models import ManifestEntry, Person, Refusal
from evactrack.domain.enums import (
    AuditAction,
    CaseStatus,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
)
from evactrack.domain.errors import ConflictError, OperationCancelled, ValidationError
from evactrack.services import case_status, households, movements, persons, refusals
from evactrack.services.context import Context
from evactrack.services.movements import (
    Expected,
    LeftOutReason,
    ManifestChange,
)
from evactrack.services.refusals import RefusalInput
from tests.factories import make_movement, make_person, make_point
from tests.services.dbstate import audit_rows, count, rows, status_rows

S = CaseStatus
O = ManifestOutcome  # noqa: E741
REFUSAL = RefusalInput(RefusalReason.DOCUMENT_NOT_ACCEPTED, refused_by="gate officer")


def _as_left(change: ManifestChange) -> list[Expected]:
    """The persons as the caseworker who just made ``change`` left them."""
    return [Expected(s.person_id, s.version, s.latest_change_id) for s in change.steps]


def _statuses(ctx: Context, *person_ids: int) -> list[CaseStatus]:
    found = dict(rows(ctx, select(Person.id, Person.status).where(Person.id.in_(person_ids))))
    return [found[pid] for pid in person_ids]


def _manifest(ctx: Context, movement_id: int) -> dict[int, ManifestOutcome | None]:
    query = select(ManifestEntry.person_id, ManifestEntry.outcome).where(
        ManifestEntry.movement_id == movement_id
    )
    return dict(rows(ctx, query))


def _verified(ctx: Context, *names: str) -> list[int]:
    return [make_person(ctx, name, status=S.VERIFIED).id for name in names]


@pytest.fixture
def point(ctx: Context) -> int:
    return make_point(ctx)


@pytest.fixture
def assembling(ctx: Context, point: int) -> tuple[int, list[int]]:
    people = _verified(ctx, "Ahmad", "Bashir", "Cyrus")
    movement = make_movement(ctx, point)
    movements.assign(ctx, movement, people)
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    return movement, people


def test_an_assignment_is_undone_and_redone_as_one_audited_step(ctx: Context, point: int) -> None:
    movement = make_movement(ctx, point)
    a, b = _verified(ctx, "Wali", "Nadia")
    refused = make_person(ctx, "Gul", status=S.VERIFIED).id
    case_status.change_status(ctx, refused, S.REFUSED, "turned back at a checkpoint")
    done = movements.assign(ctx, movement, [a, b, refused], split_households=True).change

    undone = movements.undo_manifest_change(ctx, done, _as_left(done))

    assert _manifest(ctx, movement) == {}
    assert _statuses(ctx, a, b, refused) == [S.VERIFIED, S.VERIFIED, S.REFUSED]
    last = status_rows(ctx, a)[-1]
    assert last.reason.startswith("undo of the change from 'verified' to 'assigned'")
    events = [(e.action, e.field, e.old_value, e.new_value) for e in audit_rows(ctx, "person", a)]
    assert events[-2:] == [
        (AuditAction.UPDATE, "movement", str(movement), None),
        (AuditAction.TRANSITION, "status", "assigned", "verified"),
    ]

    redone = movements.redo_manifest_change(ctx, undone, _as_left(undone))

    assert _manifest(ctx, movement) == {a: None, b: None, refused: None}
    assert _statuses(ctx, a, b, refused) == [S.ASSIGNED] * 3
    assert status_rows(ctx, a)[-1].reason == f"redo of assignment to movement #{movement}"
    # And back again: the redone step is undone like the first.
    movements.undo_manifest_change(ctx, redone, _as_left(redone))
    assert _statuses(ctx, a, b, refused) == [S.VERIFIED, S.VERIFIED, S.REFUSED]


def test_an_assignment_undo_is_refused_when_a_colleague_changed_a_person(
    ctx: Context, point: int
) -> None:
    movement = make_movement(ctx, point)
    a, b = _verified(ctx, "Wali", "Nadia")
    done = movements.assign(ctx, movement, [a, b], split_households=True).change
    detail = persons.get_person(ctx, b)  # a colleague writes a note on the case
    persons.update_person(ctx, b, detail.version, replace(detail.data, notes="call back"))

    with pytest.raises(ConflictError, match="The assignments of 2 persons cannot be undone"):
        movements.undo_manifest_change(ctx, done, _as_left(done))

    assert _manifest(ctx, movement) == {a: None, b: None}
    assert _statuses(ctx, a, b) == [S.ASSIGNED, S.ASSIGNED]


@pytest.mark.parametrize(
    ("outcome", "refusal", "status_after"),
    [
        (O.BOARDED, None, S.ASSIGNED),
        (O.NO_SHOW, None, S.VERIFIED),
        (O.REFUSED, REFUSAL, S.REFUSED),
        (O.TURNED_BACK, REFUSAL, S.REFUSED),
    ],
)
def test_each_outcome_is_undone_and_redone(
    ctx: Context,
    assembling: tuple[int, list[int]],
    outcome: ManifestOutcome,
    refusal: RefusalInput | None,
    status_after: CaseStatus,
) -> None:
    movement, (a, b, c) = assembling
    done = movements.record_outcomes(ctx, movement, [a, b], outcome, refusal).change
    assert _statuses(ctx, a, b) == [status_after] * 2
    refusals_made = count(ctx, Refusal)

    undone = movements.undo_manifest_change(ctx, done, _as_left(done))

    assert _manifest(ctx, movement) == {a: None, b: None, c: None}
    assert _statuses(ctx, a, b) == [S.ASSIGNED, S.ASSIGNED]
    assert count(ctx, Refusal) == 0
    event = audit_rows(ctx, "person", a)
    fields = [(e.field, e.old_value, e.new_value) for e in event]
    assert (f"movement #{movement} outcome", outcome.value, None) in fields
    if refusal is not None:
        assert refusals_made == 2
        assert any(e.action is AuditAction.DELETE and e.field == "refusal" for e in event)

    redone = movements.redo_manifest_change(ctx, undone, _as_left(undone))

    assert _manifest(ctx, movement) == {a: outcome, b: outcome, c: None}
    assert _statuses(ctx, a, b) == [status_after] * 2
    assert count(ctx, Refusal) == (2 if refusal is not None else 0)
    if refusal is not None:
        [made] = refusals.list_refusals(ctx, person_id=a)
        assert (made.reason, made.refused_by, made.movement_id) == (
            REFUSAL.reason,
            "gate officer",
            movement,
        )
    assert [s.person_id for s in redone.steps] == [a, b]


def test_an_outcome_undo_is_refused_once_the_movement_has_departed(
    ctx: Context, assembling: tuple[int, list[int]]
) -> None:
    movement, people = assembling
    done = movements.record_outcomes(ctx, movement, people, O.BOARDED).change
    movements.set_status(ctx, movement, MovementStatus.EN_ROUTE)

    with pytest.raises(ConflictError, match="The outcomes of 3 persons cannot be undone"):
        movements.undo_manifest_change(ctx, done, _as_left(done))
    assert _statuses(ctx, *people) == [S.IN_TRANSIT] * 3


def test_a_refusal_undo_is_refused_when_its_follow_up_was_written_since(
    ctx: Context, assembling: tuple[int, list[int]]
) -> None:
    movement, (a, _b, _c) = assembling
    done = movements.record_outcomes(ctx, movement, [a], O.REFUSED, REFUSAL).change
    [made] = refusals.list_refusals(ctx, person_id=a)
    refusals.update_follow_up(ctx, made.id, made.version, "call the embassy")

    with pytest.raises(ConflictError, match="The outcome of .* cannot be undone"):
        movements.undo_manifest_change(ctx, done, _as_left(done))

    assert count(ctx, Refusal) == 1
    assert _statuses(ctx, a) == [S.REFUSED]


def test_a_redo_is_refused_when_a_colleague_changed_the_person_after_the_undo(
    ctx: Context, assembling: tuple[int, list[int]]
) -> None:
    movement, (a, _b, _c) = assembling
    done = movements.record_outcomes(ctx, movement, [a], O.NO_SHOW).change
    undone = movements.undo_manifest_change(ctx, done, _as_left(done))
    movements.record_outcomes(ctx, movement, [a], O.BOARDED)  # a colleague marks them

    with pytest.raises(ConflictError, match="cannot be redone"):
        movements.redo_manifest_change(ctx, undone, _as_left(undone))

    assert _manifest(ctx, movement)[a] is O.BOARDED


def test_boarded_while_assembling_stays_assigned_until_the_movement_departs(
    ctx: Context, assembling: tuple[int, list[int]]
) -> None:
    movement, (a, b, c) = assembling
    movements.record_outcomes(ctx, movement, [a, b], O.BOARDED)
    movements.record_outcomes(ctx, movement, [c], O.NO_SHOW)
    assert _statuses(ctx, a, b, c) == [S.ASSIGNED, S.ASSIGNED, S.VERIFIED]
    assert _manifest(ctx, movement) == {a: O.BOARDED, b: O.BOARDED, c: O.NO_SHOW}

    movements.set_status(ctx, movement, MovementStatus.EN_ROUTE)

    assert _statuses(ctx, a, b, c) == [S.IN_TRANSIT, S.IN_TRANSIT, S.VERIFIED]
    last = status_rows(ctx, a)[-1]
    assert (last.from_status, last.to_status) == (S.ASSIGNED, S.IN_TRANSIT)
    assert last.reason == f"boarded movement #{movement}, which departed"


def test_whole_households_go_in_part_and_the_others_are_listed_with_the_reason(
    ctx: Context, point: int
) -> None:
    mother, child, uncle = _verified(ctx, "Laila", "Omid", "Farid")
    grandmother = make_person(ctx, "Gul").id  # new: not ready
    households.create_household(ctx, mother, [child, uncle, grandmother])
    households.set_travel_dependency(ctx, child, grandmother)
    other = make_movement(ctx, point)
    movements.assign(ctx, other, [uncle], split_households=True)
    movement = make_movement(ctx, point)

    result = movements.assign(ctx, movement, [mother])

    assert _manifest(ctx, movement) == {mother: None}
    assert [(p.person_id, p.reason, p.other_id) for p in result.left_out] == [
        (child, LeftOutReason.NEEDS_COMPANION, grandmother),
        (uncle, LeftOutReason.ON_ANOTHER_MOVEMENT, other),
        (grandmother, LeftOutReason.NOT_READY, None),
    ]
    assert result.change.person_ids == [mother]
    assert _statuses(ctx, mother, child, grandmother) == [S.ASSIGNED, S.VERIFIED, S.NEW]


def test_one_batch_of_outcomes_is_all_or_nothing(
    ctx: Context, assembling: tuple[int, list[int]]
) -> None:
    movement, (a, b, c) = assembling
    movements.record_outcomes(ctx, movement, [c], O.BOARDED)

    with pytest.raises(ValidationError, match="already has the outcome 'boarded'"):
        movements.record_outcomes(ctx, movement, [a, b, c], O.NO_SHOW)

    assert _manifest(ctx, movement) == {a: None, b: None, c: O.BOARDED}
    assert _statuses(ctx, a, b) == [S.ASSIGNED, S.ASSIGNED]


def test_a_cancelled_batch_changes_no_one(ctx: Context, assembling: tuple[int, list[int]]) -> None:
    movement, people = assembling

    def cancel(done: int, total: int) -> None:
        raise OperationCancelled()

    with pytest.raises(OperationCancelled):
        movements.record_outcomes(ctx, movement, people, O.NO_SHOW, progress=cancel)
    with pytest.raises(OperationCancelled):
        movements.remove_persons(ctx, movement, people, "wrong movement", progress=cancel)

    assert _manifest(ctx, movement) == dict.fromkeys(people)
    assert _statuses(ctx, *people) == [S.ASSIGNED] * 3
