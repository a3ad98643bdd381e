"""Undo and redo of status changes, one person's or a bulk change's, through the services."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from evactrack.db.models import AuditEvent
from evactrack.domain.enums import (
    AuditAction,
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    Role,
)
from evactrack.domain.errors import (
    ConflictError,
    IllegalTransitionError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from evactrack.domain.transitions import TRANSITIONS
from evactrack.services import case_status, contacts, persons
from evactrack.services.case_status import StatusStep, TakeBack
from evactrack.services.context import Actor, Context
from tests.conftest import account
from tests.factories import make_person
from tests.services.dbstate import rows, status_rows


def _take(step: StatusStep) -> TakeBack:
    """Undo (or redo) ``step`` as the caseworker who just wrote it."""
    return TakeBack(step.person_id, step.change_id, step.version, step.change_id)


def _status(ctx: Context, person_id: int) -> CaseStatus:
    return persons.get_person(ctx, person_id).status


def test_an_undo_is_a_recorded_and_audited_change_back(ctx: Context) -> None:
    person = make_person(ctx, "Zahra", "Ahmadi", status=CaseStatus.CONTACTED)
    step = case_status.change_status(ctx, person.id, CaseStatus.DEFERRED, "road closed")
    assert (step.from_status, step.to_status) == (CaseStatus.CONTACTED, CaseStatus.DEFERRED)
    assert step.version == person.version + 1

    undone = case_status.undo_status_changes(ctx, [_take(step)])[0]

    assert _status(ctx, person.id) is CaseStatus.CONTACTED
    assert (undone.from_status, undone.to_status) == (CaseStatus.DEFERRED, CaseStatus.CONTACTED)
    assert undone.version == step.version + 1 == persons.get_person(ctx, person.id).version
    last = status_rows(ctx, person.id)[-1]
    assert last.reason == f"undo of the change from 'contacted' to 'deferred' (#{step.change_id})"
    assert last.user_id == ctx.actor.user_id and last.changed_at is not None
    [event] = rows(
        ctx,
        select(AuditEvent.action, AuditEvent.old_value, AuditEvent.new_value, AuditEvent.username)
        .where(AuditEvent.entity_id == person.id, AuditEvent.field == "status")
        .order_by(AuditEvent.id.desc())
        .limit(1),
    )
    assert tuple(event) == (AuditAction.TRANSITION, "deferred", "contacted", "tester")


def test_an_undo_may_go_where_the_table_has_no_way_back(ctx: Context) -> None:
    """``assigned -> in transit`` has no reverse in the table; taking it back is allowed."""
    person = make_person(ctx, "Zahra", status=CaseStatus.VERIFIED)
    case_status.change_status(ctx, person.id, CaseStatus.ASSIGNED)
    step = case_status.change_status(ctx, person.id, CaseStatus.IN_TRANSIT)
    assert CaseStatus.ASSIGNED not in TRANSITIONS[CaseStatus.IN_TRANSIT]
    case_status.undo_status_changes(ctx, [_take(step)])
    assert _status(ctx, person.id) is CaseStatus.ASSIGNED


def test_redo_makes_the_change_again_with_its_reason(ctx: Context) -> None:
    person = make_person(ctx, "Zahra", status=CaseStatus.CONTACTED)
    step = case_status.change_status(ctx, person.id, CaseStatus.DEFERRED, "road closed")
    undone = case_status.undo_status_changes(ctx, [_take(step)])[0]

    [redone] = case_status.redo_status_changes(
        ctx, [TakeBack(person.id, step.change_id, undone.version, undone.change_id)]
    )

    assert _status(ctx, person.id) is CaseStatus.DEFERRED
    assert (redone.from_status, redone.to_status) == (CaseStatus.CONTACTED, CaseStatus.DEFERRED)
    assert status_rows(ctx, person.id)[-1].reason == (
        f"redo of the change from 'contacted' to 'deferred' (#{step.change_id}): road closed"
    )
    # ... and the redone change can be undone in turn.
    case_status.undo_status_changes(ctx, [_take(redone)])
    assert _status(ctx, person.id) is CaseStatus.CONTACTED


def test_an_undo_is_refused_when_a_colleague_changed_the_status(ctx: Context) -> None:
    person = make_person(ctx, "Zahra", "Ahmadi", status=CaseStatus.CONTACTED)
    step = case_status.change_status(ctx, person.id, CaseStatus.VERIFIED)
    colleague = account(ctx, "colleague")
    case_status.change_status(colleague, person.id, CaseStatus.ASSIGNED)
    before = status_rows(ctx, person.id)

    with pytest.raises(ConflictError) as refused:
        case_status.undo_status_changes(ctx, [_take(step)])

    assert str(refused.value) == (
        f"The status change of Zahra Ahmadi (#{person.id}, now 'assigned') cannot be undone: "
        "the case has been changed since, by someone else or by another action. "
        "Nothing was changed."
    )
    assert refused.value.entity_id == person.id
    assert _status(ctx, person.id) is CaseStatus.ASSIGNED
    assert status_rows(ctx, person.id) == before


def test_an_undo_is_refused_when_a_colleague_edited_the_person(ctx: Context) -> None:
    """Same status, but a newer version: the person is not as the caseworker left them."""
    person = make_person(ctx, "Zahra", status=CaseStatus.CONTACTED)
    step = case_status.change_status(ctx, person.id, CaseStatus.VERIFIED)
    colleague = account(ctx, "colleague")
    now = persons.get_person(colleague, person.id)
    persons.update_person(
        colleague, person.id, now.version, persons.PersonInput(given_name="Zahra", notes="x")
    )
    with pytest.raises(ConflictError, match="cannot be undone"):
        case_status.undo_status_changes(ctx, [_take(step)])
    assert _status(ctx, person.id) is CaseStatus.VERIFIED


def test_an_undo_is_refused_after_a_later_status_change_the_version_missed(ctx: Context) -> None:
    """A contact that moves a case on leaves the version alone: the latest change shows it."""
    person = make_person(ctx, "Zahra", status=CaseStatus.CONTACTED)
    step = case_status.change_status(ctx, person.id, CaseStatus.NO_CONTACT)
    contacts.log_attempt(
        account(ctx, "colleague"), person.id, ContactChannel.PHONE, ContactOutcome.REACHED
    )
    assert persons.get_person(ctx, person.id).version == step.version  # unchanged
    with pytest.raises(ConflictError, match="now 'contacted'"):
        case_status.undo_status_changes(ctx, [_take(step)])
    # A caller that knows of a later change than the latest one recorded is refused too.
    step = case_status.change_status(ctx, person.id, CaseStatus.NO_CONTACT)
    stale = TakeBack(person.id, step.change_id, step.version, step.change_id - 1)
    with pytest.raises(ConflictError):
        case_status.undo_status_changes(ctx, [stale])
    assert _status(ctx, person.id) is CaseStatus.NO_CONTACT


def test_a_redo_is_refused_when_the_person_moved_on_after_the_undo(ctx: Context) -> None:
    person = make_person(ctx, "Zahra", status=CaseStatus.CONTACTED)
    step = case_status.change_status(ctx, person.id, CaseStatus.DEFERRED, "road closed")
    undone = case_status.undo_status_changes(ctx, [_take(step)])[0]
    case_status.change_status(account(ctx, "colleague"), person.id, CaseStatus.VERIFIED)
    with pytest.raises(ConflictError, match="cannot be redone"):
        case_status.redo_status_changes(
            ctx, [TakeBack(person.id, step.change_id, undone.version, undone.change_id)]
        )
    assert _status(ctx, person.id) is CaseStatus.VERIFIED


def test_a_creation_and_a_strangers_change_cannot_be_undone(ctx: Context) -> None:
    zahra = make_person(ctx, "Zahra")
    amin = make_person(ctx, "Amin")
    [(creation_id, _person_id)] = rows(
        ctx,
        select(persons.StatusChange.id, persons.StatusChange.person_id).where(
            persons.StatusChange.person_id == zahra.id
        ),
    )
    with pytest.raises(IllegalTransitionError, match="creation of a case cannot be undone"):
        case_status.undo_status_changes(
            ctx, [TakeBack(zahra.id, creation_id, zahra.version, creation_id)]
        )
    step = case_status.change_status(ctx, zahra.id, CaseStatus.CONTACTED)
    with pytest.raises(NotFoundError, match=f"Person #{amin.id} has no status change"):
        case_status.undo_status_changes(ctx, [TakeBack(amin.id, step.change_id, 1, step.change_id)])
    with pytest.raises(ValidationError, match="only one status change"):
        case_status.undo_status_changes(ctx, [_take(step), _take(step)])
    viewer = Context(ctx.db, Actor(None, "reader", Role.VIEWER))
    with pytest.raises(PermissionDeniedError):
        case_status.undo_status_changes(viewer, [_take(step)])
    assert _status(ctx, zahra.id) is CaseStatus.CONTACTED


def test_a_bulk_change_is_undone_and_redone_as_one(ctx: Context) -> None:
    new = make_person(ctx, "Zahra")
    contacted = make_person(ctx, "Bashir", status=CaseStatus.CONTACTED)
    already = make_person(ctx, "Amin", status=CaseStatus.VERIFIED)
    ids = [new.id, contacted.id, already.id]

    steps = case_status.bulk_change_status(ctx, ids, CaseStatus.VERIFIED)

    # Amin was verified already: nothing to record, nothing to undo.
    assert [s.person_id for s in steps] == [new.id, contacted.id]
    assert [s.from_status for s in steps] == [CaseStatus.NEW, CaseStatus.CONTACTED]
    undone = case_status.undo_status_changes(ctx, [_take(s) for s in steps])
    assert [_status(ctx, i) for i in ids] == [
        CaseStatus.NEW,
        CaseStatus.CONTACTED,
        CaseStatus.VERIFIED,
    ]
    redone = case_status.redo_status_changes(
        ctx,
        [
            TakeBack(s.person_id, s.change_id, u.version, u.change_id)
            for s, u in zip(steps, undone, strict=True)
        ],
    )
    assert {_status(ctx, i) for i in ids} == {CaseStatus.VERIFIED}
    assert [r.person_id for r in redone] == [new.id, contacted.id]


def test_a_bulk_undo_is_refused_whole_when_one_person_moved_on(ctx: Context) -> None:
    people = [make_person(ctx, name) for name in ("Zahra", "Bashir", "Amin")]
    steps = case_status.bulk_change_status(ctx, [p.id for p in people], CaseStatus.CONTACTED)
    colleague = account(ctx, "colleague")
    case_status.change_status(colleague, people[1].id, CaseStatus.VERIFIED)
    before = [status_rows(ctx, p.id) for p in people]

    with pytest.raises(ConflictError) as refused:
        case_status.undo_status_changes(ctx, [_take(s) for s in steps])

    assert str(refused.value) == (
        "The status changes of 3 persons cannot be undone: 1 of them have been changed since, "
        f"by someone else or by another action: Bashir Rahimi (#{people[1].id}, now "
        "'verified'). Nothing was changed."
    )
    # Nothing half-undone: the two unchanged persons are still contacted.
    assert [_status(ctx, p.id) for p in people] == [
        CaseStatus.CONTACTED,
        CaseStatus.VERIFIED,
        CaseStatus.CONTACTED,
    ]
    assert [status_rows(ctx, p.id) for p in people] == before


def test_a_refused_bulk_undo_names_ten_and_counts_the_rest(ctx: Context) -> None:
    people = [make_person(ctx, f"Person{i}") for i in range(12)]
    steps = case_status.bulk_change_status(ctx, [p.id for p in people], CaseStatus.CONTACTED)
    colleague = account(ctx, "colleague")
    case_status.bulk_change_status(colleague, [p.id for p in people], CaseStatus.VERIFIED)
    with pytest.raises(ConflictError, match=r"12 of them .* and 2 more\. Nothing was changed\."):
        case_status.undo_status_changes(ctx, [_take(s) for s in steps])


def test_a_bulk_change_counts_each_person_once(ctx: Context) -> None:
    people = [make_person(ctx, "Zahra").id, make_person(ctx, "Amin").id]
    assert len(case_status.bulk_change_status(ctx, [*people, people[0]], CaseStatus.CONTACTED)) == 2
