"""Rendezvous points: where evacuees gather to meet their escort."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from evactrack.db.models import ManifestEntry, Movement, Person, RendezvousPoint
from evactrack.domain.coordinates import stored_coordinate
from evactrack.domain.enums import AuditAction, CaseStatus, MovementStatus
from evactrack.domain.errors import NotFoundError, ValidationError
from evactrack.domain.names import clean_text
from evactrack.services import audit
from evactrack.services.context import Context
from evactrack.services.persons import SUMMARY_COLUMNS, summary_of
from evactrack.services.versions import check_version


@dataclass(frozen=True)
class PointInput:
    name: str
    description: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    capacity: int | None = None


@dataclass(frozen=True, slots=True)
class PointDetail:
    id: int
    version: int
    name: str
    description: str | None
    latitude: float | None
    longitude: float | None
    capacity: int | None
    active: bool
    assigned: int  # persons on open manifests of movements from this point
    preferred: int  # persons whose preferred point it is and who are still to move


@dataclass(frozen=True, slots=True)
class ExpectedPerson:
    """A person expected at a point: on an open movement from it, outcome not yet marked."""

    person_id: int
    name: str
    status: CaseStatus
    movement_id: int
    movement_name: str | None
    window_start: datetime
    window_end: datetime


ACTIVE_MOVEMENTS = (MovementStatus.PLANNED, MovementStatus.ASSEMBLING, MovementStatus.EN_ROUTE)


def clean_point(data: PointInput) -> PointInput:
    """Trim the texts and check the values; every problem at once, with the fields at fault."""
    name = clean_text(data.name)
    problems: list[tuple[str, str]] = []
    if not name:
        problems.append(("A rendezvous point needs a name.", "name"))
    if data.capacity is not None and data.capacity < 0:
        problems.append(("The capacity cannot be negative.", "capacity"))
    if data.latitude is not None and not -90 <= data.latitude <= 90:
        problems.append(("The latitude must be between -90 and 90.", "latitude"))
    if data.longitude is not None and not -180 <= data.longitude <= 180:
        problems.append(("The longitude must be between -180 and 180.", "longitude"))
    if problems:
        raise ValidationError(
            "\n".join(message for message, _ in problems), tuple(f for _, f in problems)
        )
    return PointInput(
        name or "",
        clean_text(data.description),
        stored_coordinate(data.latitude),
        stored_coordinate(data.longitude),
        data.capacity,
    )


def list_points(
    ctx: Context, include_inactive: bool = True, point_id: int | None = None
) -> list[PointDetail]:
    """Points by name with how full they are; ``point_id`` counts for that one point only."""
    with ctx.db.reading() as session:
        assigned = dict(
            session.execute(
                select(Movement.rendezvous_point_id, func.count(ManifestEntry.id))
                .join(ManifestEntry, ManifestEntry.movement_id == Movement.id)
                .where(
                    Movement.status.in_(ACTIVE_MOVEMENTS),
                    ManifestEntry.outcome.is_(None),
                    *([Movement.rendezvous_point_id == point_id] if point_id is not None else []),
                )
                .group_by(Movement.rendezvous_point_id)
            )
            .tuples()
            .all()
        )
        preferred = dict(
            session.execute(
                select(Person.rendezvous_point_id, func.count())
                .where(
                    Person.rendezvous_point_id.is_not(None)
                    if point_id is None
                    else Person.rendezvous_point_id == point_id,
                    Person.status.not_in(
                        [CaseStatus.EVACUATED, CaseStatus.SELF_EVACUATED, CaseStatus.DUPLICATE]
                    ),
                )
                .group_by(Person.rendezvous_point_id)
            )
            .tuples()
            .all()
        )
        query = select(RendezvousPoint).order_by(RendezvousPoint.name)
        if point_id is not None:
            query = query.where(RendezvousPoint.id == point_id)
        if not include_inactive:
            query = query.where(RendezvousPoint.active.is_(True))
        return [
            PointDetail(
                p.id,
                p.version,
                p.name,
                p.description,
                p.latitude,
                p.longitude,
                p.capacity,
                p.active,
                assigned.get(p.id, 0),
                preferred.get(p.id, 0),
            )
            for p in session.scalars(query)
        ]


def expected_at(ctx: Context, point_id: int) -> list[ExpectedPerson]:
    """Who is expected at a point (the ``assigned`` count), by movement window, in one query."""
    with ctx.db.reading() as session:
        rows = session.execute(
            select(
                *SUMMARY_COLUMNS,
                Movement.id.label("movement_id"),
                Movement.name.label("movement_name"),
                Movement.window_start,
                Movement.window_end,
            )
            .join(ManifestEntry, ManifestEntry.person_id == Person.id)
            .join(Movement, Movement.id == ManifestEntry.movement_id)
            .where(
                Movement.rendezvous_point_id == point_id,
                Movement.status.in_(ACTIVE_MOVEMENTS),
                ManifestEntry.outcome.is_(None),
            )
            .order_by(
                Movement.window_start,
                Movement.id,
                Person.household_id.asc().nulls_last(),
                Person.id,
            )
        )
        expected = []
        for row in rows:
            person = summary_of(row)
            expected.append(
                ExpectedPerson(
                    person.id,
                    person.name,
                    person.status,
                    row.movement_id,
                    row.movement_name,
                    row.window_start,
                    row.window_end,
                )
            )
        return expected


def get_point(ctx: Context, point_id: int) -> PointDetail:
    for point in list_points(ctx, point_id=point_id):
        return point
    raise NotFoundError(f"There is no rendezvous point #{point_id}.")


def create_point(ctx: Context, data: PointInput) -> PointDetail:
    clean = clean_point(data)
    try:
        with ctx.writing() as session:
            point = RendezvousPoint(**clean.__dict__)
            session.add(point)
            session.flush()
            audit.record(
                session, ctx.actor, AuditAction.CREATE, "rendezvous_point", point.id, new=clean.name
            )
            point_id = point.id
    except IntegrityError as exc:
        raise ValidationError(f"A rendezvous point named '{clean.name}' already exists.") from exc
    return get_point(ctx, point_id)


def update_point(
    ctx: Context, point_id: int, expected_version: int, data: PointInput
) -> PointDetail:
    clean = clean_point(data)
    try:
        with ctx.writing() as session:
            point = session.get(RendezvousPoint, point_id)
            if point is None:
                raise NotFoundError(f"There is no rendezvous point #{point_id}.")
            check_version("Rendezvous point", point_id, expected_version, point.version)
            before = {k: getattr(point, k) for k in clean.__dict__}
            if audit.record_changes(
                session, ctx.actor, "rendezvous_point", point_id, before, clean.__dict__
            ):
                for key, value in clean.__dict__.items():
                    setattr(point, key, value)
    except IntegrityError as exc:
        raise ValidationError(f"A rendezvous point named '{clean.name}' already exists.") from exc
    return get_point(ctx, point_id)


def set_active(ctx: Context, point_id: int, active: bool) -> PointDetail:
    """Deactivate (or reactivate) a point; it is never deleted, history refers to it."""
    with ctx.writing() as session:
        point = session.get(RendezvousPoint, point_id)
        if point is None:
            raise NotFoundError(f"There is no rendezvous point #{point_id}.")
        if point.active != active:
            audit.record(
                session,
                ctx.actor,
                AuditAction.UPDATE,
                "rendezvous_point",
                point_id,
                "active",
                point.active,
                active,
            )
            point.active = active
    return get_point(ctx, point_id)
