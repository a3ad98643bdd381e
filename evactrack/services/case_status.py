"""Case status: each change checked against the transition table, recorded with who, when
and why, audited; one person's or a selection's at once; undone and redone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evactrack.db.models import Person, StatusChange
from evactrack.domain.enums import AuditAction, CaseStatus
from evactrack.domain.errors import ConflictError, NotFoundError, ValidationError
from evactrack.domain.names import clean_text, display_name
from evactrack.domain.timezones import utcnow
from evactrack.domain.transitions import check_transition, check_undo, restored_status
from evactrack.services import audit
from evactrack.services.context import Actor, Context
from evactrack.services.persons import load_person
from evactrack.services.versions import check_version


@dataclass(frozen=True, slots=True)
class StatusChangeEntry:
    from_status: CaseStatus | None
    to_status: CaseStatus
    reason: str | None
    changed_at: datetime
    user_id: int | None


@dataclass(frozen=True, slots=True)
class StatusStep:
    """One recorded status change and the person's version right after it: what an undo
    history keeps of it."""

    person_id: int
    change_id: int
    from_status: CaseStatus | None
    to_status: CaseStatus
    version: int


@dataclass(frozen=True, slots=True)
class TakeBack:
    """A status change to undo (or an undone one to make again), and the person as the
    caseworker last left them: their version and their latest status change then."""

    person_id: int
    change_id: int
    expected_version: int
    latest_change_id: int


def apply_transition(
    session: Session,
    actor: Actor,
    person: Person,
    target: CaseStatus,
    reason: str | None,
    *,
    at: datetime | None = None,
) -> StatusChange:
    """Check and record one status change inside the caller's transaction."""
    check_transition(person.status, target, reason)
    return _record_status(session, actor, person, target, reason, at)


def _record_status(
    session: Session,
    actor: Actor,
    person: Person,
    target: CaseStatus,
    reason: str | None,
    at: datetime | None = None,
) -> StatusChange:
    """Record a status change already checked: who, when, why, and the audit event."""
    when = at or utcnow()
    change = StatusChange(
        person_id=person.id,
        from_status=person.status,
        to_status=target,
        reason=clean_text(reason),
        changed_at=when,
        user_id=actor.user_id,
    )
    session.add(change)
    audit.record(
        session, actor, AuditAction.TRANSITION, "person", person.id, "status", person.status, target
    )
    person.status = target
    person.updated_at = when
    return change


def change_status(
    ctx: Context,
    person_id: int,
    target: CaseStatus,
    reason: str | None = None,
    expected_version: int | None = None,
) -> StatusStep:
    """One person's status change in its own transaction, answered with the recorded step
    so that it can be undone."""
    with ctx.writing() as session:
        person = load_person(session, person_id, for_update=True, details=False)
        check_version("Person", person_id, expected_version, person.version)
        change = apply_transition(session, ctx.actor, person, target, reason)
        session.flush()
        return step_of(change, person)


def bulk_change_status(
    ctx: Context,
    person_ids: Sequence[int],
    target: CaseStatus,
    reason: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[StatusStep]:
    """Move every selected person to ``target`` in one transaction: all or none. Answers
    with the steps recorded (persons already in ``target`` have none), so that the whole
    change can be undone as one (:func:`undo_status_changes`).

    ``progress`` may raise (e.g. on cancel) to roll the whole change back.
    """
    ids = list(dict.fromkeys(person_ids))
    with ctx.writing() as session:
        changed = []
        for done, person_id in enumerate(ids, start=1):
            person = load_person(session, person_id, for_update=True, details=False)
            if person.status is not target:
                change = apply_transition(session, ctx.actor, person, target, reason)
                changed.append((change, person))
            if progress is not None and (done % 50 == 0 or done == len(ids)):
                session.flush()
                progress(done, len(ids))
        session.flush()
        return [step_of(change, person) for change, person in changed]


def step_of(change: StatusChange, person: Person) -> StatusStep:
    """A flushed status change as a :class:`StatusStep`."""
    return StatusStep(person.id, change.id, change.from_status, change.to_status, person.version)


def latest_change_ids(session: Session, person_ids: Sequence[int]) -> dict[int, int]:
    """Each person's latest recorded status change (the highest id: backdated changes, such
    as a contact logged afterwards, still count as later)."""
    latest: dict[int, int] = {}
    for start in range(0, len(person_ids), 1000):
        chunk = list(person_ids[start : start + 1000])
        for person_id, change_id in session.execute(
            select(StatusChange.person_id, func.max(StatusChange.id))
            .where(StatusChange.person_id.in_(chunk))
            .group_by(StatusChange.person_id)
        ).tuples():
            latest[person_id] = change_id
    return latest


def undo_status_changes(ctx: Context, takes: Sequence[TakeBack]) -> list[StatusStep]:
    """Take back recorded status changes in one transaction: each person goes back to the
    status before the change, recorded and audited as a change of its own ("undo of ...").

    Allowed outside the transition table (see :func:`check_undo`), and so only while every
    person is exactly as the caseworker left them: still in the status the change set, at
    the version expected, with no status change recorded since. If any person has moved
    on, :class:`ConflictError` names them all and nothing is changed.
    """
    return _take_back(ctx, takes, redo=False)


def redo_status_changes(ctx: Context, takes: Sequence[TakeBack]) -> list[StatusStep]:
    """Make undone status changes again in one transaction, through the transition table and
    with the original reason ("redo of ..."); refused like :func:`undo_status_changes` if any
    person has moved on since the undo."""
    return _take_back(ctx, takes, redo=True)


def _take_back(ctx: Context, takes: Sequence[TakeBack], *, redo: bool) -> list[StatusStep]:
    if len({t.person_id for t in takes}) != len(takes):
        raise ValidationError("Each person can have only one status change undone at a time.")
    with ctx.writing() as session:
        found: list[tuple[TakeBack, Person, StatusChange]] = []
        for take in takes:
            person = load_person(session, take.person_id, for_update=True, details=False)
            change = session.get(StatusChange, take.change_id)
            if change is None or change.person_id != person.id:
                raise NotFoundError(f"Person #{person.id} has no status change #{take.change_id}.")
            found.append((take, person, change))
        # Read once the persons are locked: a status change needs that lock too.
        latest = latest_change_ids(session, [t.person_id for t in takes])
        work: list[tuple[Person, StatusChange, CaseStatus]] = []
        moved_on: list[tuple[TakeBack, Person]] = []
        for take, person, change in found:
            before = restored_status(change.from_status)
            if (
                person.version != take.expected_version
                or latest.get(person.id) != take.latest_change_id
                or person.status is not (before if redo else change.to_status)
            ):
                moved_on.append((take, person))
            else:
                work.append((person, change, before))
        if moved_on:
            raise _moved_on_error(moved_on, len(takes), redo)
        done: list[tuple[Person, StatusChange]] = []
        for person, change, before in work:
            if redo:
                after = change.to_status
                what = f"the change from '{before.value}' to '{after.value}' (#{change.id})"
                reason = f"redo of {what}" + (f": {change.reason}" if change.reason else "")
                done.append((person, apply_transition(session, ctx.actor, person, after, reason)))
            else:
                done.append((person, take_back(session, ctx.actor, person, change)))
        session.flush()
        return [step_of(change, person) for person, change in done]


def take_back(session: Session, actor: Actor, person: Person, change: StatusChange) -> StatusChange:
    """Record the person's return to the status before ``change`` ("undo of ..."), inside
    the caller's transaction, once the caller has checked that nobody moved them on."""
    before = check_undo(person.status, change.from_status, change.to_status)
    what = f"the change from '{before.value}' to '{change.to_status.value}' (#{change.id})"
    return _record_status(session, actor, person, before, f"undo of {what}")


def _moved_on_error(
    moved_on: list[tuple[TakeBack, Person]], total: int, redo: bool
) -> ConflictError:
    take = moved_on[0][0]
    return moved_on_error(
        [p for _take, p in moved_on], total, redo, take.expected_version, "status change"
    )


def moved_on_error(
    moved_on: Sequence[Person], total: int, redo: bool, expected_version: int, what: str
) -> ConflictError:
    """One message naming every person who has moved on (the first ten, and how many more);
    ``what`` names the step in the singular ("status change", "assignment")."""
    verb = "redone" if redo else "undone"
    shown = [
        f"{display_name(p.given_name, p.family_name, p.father_name, p.native_name, p.sex)} "
        f"(#{p.id}, now '{p.status.value}')"
        for p in moved_on[:10]
    ]
    if len(moved_on) > 10:
        shown.append(f"and {len(moved_on) - 10} more")
    if total == 1:
        message = (
            f"The {what} of {shown[0]} cannot be {verb}: the case has been changed "
            "since, by someone else or by another action. Nothing was changed."
        )
    else:
        message = (
            f"The {what}s of {total} persons cannot be {verb}: {len(moved_on)} of them "
            "have been changed since, by someone else or by another action: "
            f"{', '.join(shown)}. Nothing was changed."
        )
    person = moved_on[0]
    return ConflictError("Person", person.id, expected_version, person.version, message)


def status_history(ctx: Context, person_id: int) -> list[StatusChangeEntry]:
    with ctx.db.reading() as session:
        rows = session.scalars(
            select(StatusChange)
            .where(StatusChange.person_id == person_id)
            .order_by(StatusChange.changed_at, StatusChange.id)
        )
        return [
            StatusChangeEntry(r.from_status, r.to_status, r.reason, r.changed_at, r.user_id)
            for r in rows
        ]
