"""Refusals at rendezvous points and checkpoints, and what is done about each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from evactrack.db.models import Person, Refusal, RendezvousPoint
from evactrack.domain.enums import AuditAction, CaseStatus, RefusalReason
from evactrack.domain.errors import NotFoundError, ValidationError
from evactrack.domain.names import clean_text, display_name
from evactrack.domain.timezones import utcnow
from evactrack.services import audit
from evactrack.services.case_status import apply_transition
from evactrack.services.context import Actor, Context
from evactrack.services.persons import load_person
from evactrack.services.settings import day_bounds
from evactrack.services.versions import check_version


@dataclass(frozen=True)
class RefusalInput:
    reason: RefusalReason
    rendezvous_point_id: int | None = None
    checkpoint: str | None = None
    refused_by: str | None = None
    reason_text: str | None = None
    follow_up: str | None = None
    occurred_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class RefusalDetail:
    id: int
    version: int
    person_id: int
    person_name: str
    native_name: str | None
    movement_id: int | None
    rendezvous_point_id: int | None
    where: str
    occurred_at: datetime
    refused_by: str | None
    reason: RefusalReason
    reason_text: str | None
    follow_up: str | None
    resolution: str | None
    resolved_at: datetime | None


def add_refusal(
    session: Session,
    actor: Actor,
    person: Person,
    data: RefusalInput,
    movement_id: int | None = None,
) -> Refusal:
    """Record a refusal and put the person in the follow-up queue (status ``refused``)."""
    if data.rendezvous_point_id is None and not clean_text(data.checkpoint):
        raise ValidationError("Say where the person was refused: a rendezvous point or checkpoint.")
    refusal = Refusal(
        person_id=person.id,
        movement_id=movement_id,
        rendezvous_point_id=data.rendezvous_point_id,
        checkpoint=clean_text(data.checkpoint),
        occurred_at=data.occurred_at or utcnow(),
        refused_by=clean_text(data.refused_by),
        reason=data.reason,
        reason_text=clean_text(data.reason_text),
        follow_up=clean_text(data.follow_up),
        recorded_by_id=actor.user_id,
    )
    session.add(refusal)
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.CREATE,
        "person",
        person.id,
        "refusal",
        None,
        f"#{refusal.id} {data.reason.value}",
    )
    if person.status is not CaseStatus.REFUSED:
        why = f"refused ({data.reason.value})" + (
            f": {refusal.reason_text}" if refusal.reason_text else ""
        )
        apply_transition(session, actor, person, CaseStatus.REFUSED, why, at=refusal.occurred_at)
    return refusal


def record_refusal(ctx: Context, person_id: int, data: RefusalInput) -> RefusalDetail:
    """A refusal outside any movement's manifest (e.g. at a checkpoint on the way)."""
    with ctx.writing() as session:
        person = load_person(session, person_id, for_update=True, details=False)
        refusal = add_refusal(session, ctx.actor, person, data)
        return _details(session, [refusal])[0]


def update_follow_up(
    ctx: Context,
    refusal_id: int,
    expected_version: int,
    follow_up: str | None,
    resolution: str | None = None,
    resolved: bool = False,
) -> RefusalDetail:
    with ctx.writing() as session:
        refusal = session.get(Refusal, refusal_id)
        if refusal is None:
            raise NotFoundError(f"There is no refusal #{refusal_id}.")
        check_version("Refusal", refusal_id, expected_version, refusal.version)
        after = {
            "follow_up": clean_text(follow_up),
            "resolution": clean_text(resolution),
            "resolved_at": refusal.resolved_at or utcnow() if resolved else None,
        }
        before = {k: getattr(refusal, k) for k in after}
        if audit.record_changes(session, ctx.actor, "refusal", refusal_id, before, after):
            for key, value in after.items():
                setattr(refusal, key, value)
            session.flush()
        return _details(session, [refusal])[0]


def list_refusals(
    ctx: Context,
    *,
    person_id: int | None = None,
    day: date | None = None,
    open_only: bool = False,
    movement_id: int | None = None,
) -> list[RefusalDetail]:
    """Refusals, newest first; ``day`` is a day of the operation's time zone."""
    with ctx.db.reading() as session:
        query = select(Refusal).order_by(Refusal.occurred_at.desc(), Refusal.id.desc())
        if person_id is not None:
            query = query.where(Refusal.person_id == person_id)
        if movement_id is not None:
            query = query.where(Refusal.movement_id == movement_id)
        if open_only:
            query = query.where(Refusal.resolved_at.is_(None))
        if day is not None:
            start, end = day_bounds(session, day)
            query = query.where(Refusal.occurred_at >= start, Refusal.occurred_at < end)
        return _details(session, list(session.scalars(query)))


def _details(session: Session, refusals: list[Refusal]) -> list[RefusalDetail]:
    person_ids = {r.person_id for r in refusals}
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))}
    points = dict(session.execute(select(RendezvousPoint.id, RendezvousPoint.name)).tuples().all())
    result = []
    for r in refusals:
        p = people[r.person_id]
        where = " / ".join(x for x in (points.get(r.rendezvous_point_id or -1), r.checkpoint) if x)
        result.append(
            RefusalDetail(
                r.id,
                r.version,
                r.person_id,
                display_name(p.given_name, p.family_name, p.father_name, p.native_name, p.sex),
                p.native_name,
                r.movement_id,
                r.rendezvous_point_id,
                where,
                r.occurred_at,
                r.refused_by,
                r.reason,
                r.reason_text,
                r.follow_up,
                r.resolution,
                r.resolved_at,
            )
        )
    return result
