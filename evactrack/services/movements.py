"""Escorted movements: planning, manifests, outcomes at the meeting point, head counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from evactrack.db.models import (
    ManifestEntry,
    Movement,
    Person,
    RendezvousPoint,
    TravelDependency,
)
from evactrack.domain.enums import (
    AuditAction,
    CaseStatus,
    DocumentType,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
)
from evactrack.domain.errors import CapacityError, NotFoundError, ValidationError
from evactrack.domain.names import clean_text, display_name
from evactrack.domain.timezones import utcnow
from evactrack.domain.transitions import check_movement_transition
from evactrack.services import audit
from evactrack.services.context import Context
from evactrack.services.households import household_member_ids
from evactrack.services.persons import apply_transition, check_version, load_person
from evactrack.services.refusals import RefusalInput, add_refusal

# A person may join a movement from these case statuses.
ASSIGNABLE = (CaseStatus.VERIFIED, CaseStatus.REFUSED)
OPEN_MOVEMENTS = (MovementStatus.PLANNED, MovementStatus.ASSEMBLING, MovementStatus.EN_ROUTE)


@dataclass(frozen=True)
class MovementInput:
    rendezvous_point_id: int
    window_start: datetime
    window_end: datetime
    capacity: int
    name: str | None = None
    escort_party: str | None = None
    escort_contact: str | None = None
    recognition_signal: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class ManifestLine:
    person_id: int
    name: str
    native_name: str | None
    date_of_birth: str | None  # ISO date or birth year
    legal_status: LegalStatus
    status: CaseStatus
    household_id: int | None
    document_type: DocumentType | None
    document_number: str | None
    outcome: ManifestOutcome | None


@dataclass(frozen=True, slots=True)
class HeadCount:
    expected: int
    present: int  # boarded + refused + turned back: those who came to the meeting point
    boarded: int
    refused: int
    no_show: int
    turned_back: int
    pending: int


@dataclass(frozen=True, slots=True)
class MovementDetail:
    id: int
    version: int
    name: str | None
    rendezvous_point_id: int
    rendezvous_point: str
    window_start: datetime
    window_end: datetime
    escort_party: str | None
    escort_contact: str | None
    recognition_signal: str | None
    capacity: int
    status: MovementStatus
    notes: str | None
    headcount: HeadCount
    manifest: tuple[ManifestLine, ...] = ()

    @property
    def label(self) -> str:
        return self.name or f"Movement #{self.id}"


def _utc(moment: datetime) -> datetime:
    """An aware moment in UTC, as stored; a naive one is left for the database to refuse."""
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment


def clean_movement(data: MovementInput) -> MovementInput:
    """Trim the texts and check the window and capacity; every problem at once, with the
    fields at fault."""
    problems: list[tuple[str, str]] = []
    if data.window_end <= data.window_start:
        problems.append(("The time window must end after it starts.", "window_end"))
    if data.capacity <= 0:
        problems.append(("A movement's capacity must be at least 1.", "capacity"))
    if problems:
        raise ValidationError(
            "\n".join(message for message, _ in problems), tuple(f for _, f in problems)
        )
    # In UTC, as stored: the same moment typed in the operation's zone is no change.
    return MovementInput(
        data.rendezvous_point_id,
        _utc(data.window_start),
        _utc(data.window_end),
        data.capacity,
        clean_text(data.name),
        clean_text(data.escort_party),
        clean_text(data.escort_contact),
        clean_text(data.recognition_signal),
        clean_text(data.notes),
    )


def _load(session: Session, movement_id: int) -> Movement:
    movement = session.get(Movement, movement_id)
    if movement is None:
        raise NotFoundError(f"There is no movement #{movement_id}.")
    return movement


def headcount(session: Session, movement_id: int) -> HeadCount:
    counts: dict[ManifestOutcome | None, int] = dict(
        session.execute(
            select(ManifestEntry.outcome, func.count())
            .where(ManifestEntry.movement_id == movement_id)
            .group_by(ManifestEntry.outcome)
        )
        .tuples()
        .all()
    )
    boarded = counts.get(ManifestOutcome.BOARDED, 0)
    refused = counts.get(ManifestOutcome.REFUSED, 0)
    turned_back = counts.get(ManifestOutcome.TURNED_BACK, 0)
    return HeadCount(
        expected=sum(counts.values()),
        present=boarded + refused + turned_back,
        boarded=boarded,
        refused=refused,
        no_show=counts.get(ManifestOutcome.NO_SHOW, 0),
        turned_back=turned_back,
        pending=counts.get(None, 0),
    )


def _detail(session: Session, movement: Movement, with_manifest: bool = True) -> MovementDetail:
    point = session.get(RendezvousPoint, movement.rendezvous_point_id)
    lines: list[ManifestLine] = []
    if with_manifest:
        rows = session.execute(
            select(ManifestEntry, Person)
            .join(Person, Person.id == ManifestEntry.person_id)
            .where(ManifestEntry.movement_id == movement.id)
            .options(selectinload(Person.documents))
            .order_by(Person.household_id.nulls_last(), Person.id)
        ).all()
        for entry, p in rows:
            doc = p.documents[0] if p.documents else None
            dob = (
                p.date_of_birth.isoformat()
                if p.date_of_birth
                else (str(p.birth_year) if p.birth_year else None)
            )
            lines.append(
                ManifestLine(
                    p.id,
                    display_name(p.given_name, p.family_name, p.father_name, p.native_name),
                    p.native_name,
                    dob,
                    p.legal_status,
                    p.status,
                    p.household_id,
                    doc.doc_type if doc else None,
                    doc.number if doc else None,
                    entry.outcome,
                )
            )
    return MovementDetail(
        movement.id,
        movement.version,
        movement.name,
        movement.rendezvous_point_id,
        point.name if point else "",
        movement.window_start,
        movement.window_end,
        movement.escort_party,
        movement.escort_contact,
        movement.recognition_signal,
        movement.capacity,
        movement.status,
        movement.notes,
        headcount(session, movement.id),
        tuple(lines),
    )


def create_movement(ctx: Context, data: MovementInput) -> MovementDetail:
    ctx.require_write()
    clean = clean_movement(data)
    with ctx.db.transaction() as session:
        point = session.get(RendezvousPoint, clean.rendezvous_point_id)
        if point is None:
            raise NotFoundError(f"There is no rendezvous point #{clean.rendezvous_point_id}.")
        if not point.active:
            raise ValidationError(f"The rendezvous point '{point.name}' is not active.")
        movement = Movement(**clean.__dict__, status=MovementStatus.PLANNED)
        session.add(movement)
        session.flush()
        audit.record(
            session,
            ctx.actor,
            AuditAction.CREATE,
            "movement",
            movement.id,
            new=f"{point.name} {clean.window_start.isoformat()}",
        )
        return _detail(session, movement)


def update_movement(
    ctx: Context, movement_id: int, expected_version: int, data: MovementInput
) -> MovementDetail:
    ctx.require_write()
    clean = clean_movement(data)
    with ctx.db.transaction() as session:
        movement = _load(session, movement_id)
        check_version("Movement", movement_id, expected_version, movement.version)
        expected = headcount(session, movement_id).expected
        if clean.capacity < expected:
            raise CapacityError(
                f"Movement #{movement_id} already has {expected} persons on its manifest; "
                f"the capacity cannot be set to {clean.capacity}."
            )
        before = {k: getattr(movement, k) for k in clean.__dict__}
        if audit.record_changes(
            session, ctx.actor, "movement", movement_id, before, clean.__dict__
        ):
            for key, value in clean.__dict__.items():
                setattr(movement, key, value)
            session.flush()
        return _detail(session, movement)


def get_movement(ctx: Context, movement_id: int) -> MovementDetail:
    with ctx.db.reading() as session:
        return _detail(session, _load(session, movement_id))


def list_movements(
    ctx: Context,
    *,
    statuses: Iterable[MovementStatus] | None = None,
    starting_from: datetime | None = None,
    until: datetime | None = None,
) -> list[MovementDetail]:
    """Movements by window start (manifest lines left out: ask ``get_movement``)."""
    with ctx.db.reading() as session:
        query = select(Movement).order_by(Movement.window_start, Movement.id)
        if statuses is not None:
            query = query.where(Movement.status.in_(list(statuses)))
        if starting_from is not None:
            query = query.where(Movement.window_end >= starting_from)
        if until is not None:
            query = query.where(Movement.window_start < until)
        return [_detail(session, m, with_manifest=False) for m in session.scalars(query)]


def assign(
    ctx: Context,
    movement_id: int,
    person_ids: Iterable[int],
    *,
    split_households: bool = False,
) -> MovementDetail:
    """Put persons on a movement's manifest; whole households unless told to split them.

    Persons already on this manifest are left as they are. Capacity is enforced.
    """
    ctx.require_write()
    with ctx.db.transaction() as session:
        movement = _load(session, movement_id)
        if movement.status not in (MovementStatus.PLANNED, MovementStatus.ASSEMBLING):
            raise ValidationError(
                f"Movement #{movement_id} is {movement.status.value}: persons can only be "
                "added while it is planned or assembling."
            )
        wanted = list(dict.fromkeys(person_ids))
        if not split_households:
            members = household_member_ids(session, wanted)
            wanted = list(dict.fromkeys(m for pid in wanted for m in members.get(pid, [pid])))
        already = set(
            session.scalars(
                select(ManifestEntry.person_id).where(ManifestEntry.movement_id == movement_id)
            )
        )
        new_ids = [pid for pid in wanted if pid not in already]
        _check_travel_dependencies(session, new_ids, already | set(new_ids))
        total = len(already) + len(new_ids)
        if total > movement.capacity:
            raise CapacityError(
                f"Movement #{movement_id} holds {movement.capacity} persons; it has "
                f"{len(already)} and {len(new_ids)} more were asked for (households included)."
            )
        elsewhere = dict(
            session.execute(
                select(ManifestEntry.person_id, ManifestEntry.movement_id)
                .join(Movement, Movement.id == ManifestEntry.movement_id)
                .where(
                    ManifestEntry.person_id.in_(new_ids),
                    ManifestEntry.outcome.is_(None),
                    Movement.status.in_(OPEN_MOVEMENTS),
                )
            )
            .tuples()
            .all()
        )
        for pid in new_ids:
            if pid in elsewhere:
                raise ValidationError(
                    f"Person #{pid} is already on movement #{elsewhere[pid]}; "
                    "remove them there first."
                )
            person = load_person(session, pid, for_update=True)
            if person.status not in ASSIGNABLE:
                raise ValidationError(
                    f"Person #{pid} ({display_name(person.given_name, person.family_name)}) is "
                    f"'{person.status.value}': only verified or refused persons can be assigned."
                )
            session.add(ManifestEntry(movement_id=movement_id, person_id=pid))
            apply_transition(
                session,
                ctx.actor,
                person,
                CaseStatus.ASSIGNED,
                f"assigned to movement #{movement_id}",
            )
            audit.record(
                session, ctx.actor, AuditAction.UPDATE, "person", pid, "movement", None, movement_id
            )
        session.flush()
        return _detail(session, movement)


def _check_travel_dependencies(
    session: Session, person_ids: list[int], travelling: set[int]
) -> None:
    """A person who cannot travel without someone may not go without them, split or not."""
    for person_id, needed in session.execute(
        select(TravelDependency.person_id, TravelDependency.depends_on_id).where(
            TravelDependency.person_id.in_(person_ids)
        )
    ).tuples():
        if needed not in travelling:
            raise ValidationError(
                f"Person #{person_id} cannot travel without person #{needed}: "
                "add them to the same movement."
            )


def split_warning(ctx: Context, person_ids: Iterable[int]) -> dict[int, list[int]]:
    """Households a selection would split: household member ids missing from the selection."""
    chosen = set(person_ids)
    with ctx.db.reading() as session:
        members = household_member_ids(session, chosen)
    return {
        pid: [m for m in group if m not in chosen]
        for pid, group in members.items()
        if any(m not in chosen for m in group)
    }


def remove_from_movement(
    ctx: Context, movement_id: int, person_id: int, reason: str
) -> MovementDetail:
    """Take a person off a manifest before any outcome; they go back to ``verified``."""
    ctx.require_write()
    with ctx.db.transaction() as session:
        movement = _load(session, movement_id)
        entry = session.scalar(
            select(ManifestEntry).where(
                ManifestEntry.movement_id == movement_id, ManifestEntry.person_id == person_id
            )
        )
        if entry is None:
            raise NotFoundError(f"Person #{person_id} is not on movement #{movement_id}.")
        if entry.outcome is not None:
            raise ValidationError(
                f"Person #{person_id} already has the outcome "
                f"'{entry.outcome.value}' on this movement."
            )
        person = load_person(session, person_id, for_update=True)
        session.delete(entry)
        if person.status is CaseStatus.ASSIGNED:
            apply_transition(
                session,
                ctx.actor,
                person,
                CaseStatus.VERIFIED,
                clean_text(reason) or f"removed from movement #{movement_id}",
            )
        audit.record(
            session,
            ctx.actor,
            AuditAction.UPDATE,
            "person",
            person_id,
            "movement",
            movement_id,
            None,
        )
        session.flush()
        return _detail(session, movement)


def record_outcome(
    ctx: Context,
    movement_id: int,
    person_id: int,
    outcome: ManifestOutcome,
    refusal: RefusalInput | None = None,
) -> MovementDetail:
    """Mark what happened to a person at the meeting point; case statuses follow.

    ``boarded`` → in transit; ``no_show`` → back to verified; ``refused`` and
    ``turned_back`` need the refusal's details and put the person in the follow-up queue.
    """
    ctx.require_write()
    with ctx.db.transaction() as session:
        movement = _load(session, movement_id)
        if movement.status not in (MovementStatus.ASSEMBLING, MovementStatus.EN_ROUTE):
            raise ValidationError(
                f"Outcomes are marked while a movement is assembling or en route; "
                f"movement #{movement_id} is {movement.status.value}."
            )
        entry = session.scalar(
            select(ManifestEntry).where(
                ManifestEntry.movement_id == movement_id, ManifestEntry.person_id == person_id
            )
        )
        if entry is None:
            raise NotFoundError(f"Person #{person_id} is not on movement #{movement_id}.")
        if entry.outcome is not None:
            raise ValidationError(
                f"Person #{person_id} already has the outcome '{entry.outcome.value}'."
            )
        person = load_person(session, person_id, for_update=True)
        now = utcnow()
        if outcome is ManifestOutcome.BOARDED:
            apply_transition(
                session,
                ctx.actor,
                person,
                CaseStatus.IN_TRANSIT,
                f"boarded movement #{movement_id}",
                at=now,
            )
        elif outcome is ManifestOutcome.NO_SHOW:
            apply_transition(
                session,
                ctx.actor,
                person,
                CaseStatus.VERIFIED,
                f"no show at movement #{movement_id}",
                at=now,
            )
        else:
            if refusal is None:
                raise ValidationError("A refusal needs its details: where, by whom and why.")
            if refusal.rendezvous_point_id is None and not clean_text(refusal.checkpoint):
                refusal = RefusalInput(
                    **{**refusal.__dict__, "rendezvous_point_id": movement.rendezvous_point_id}
                )
            add_refusal(session, ctx.actor, person, refusal, movement_id=movement_id)
        entry.outcome, entry.outcome_at = outcome, now
        audit.record(
            session,
            ctx.actor,
            AuditAction.UPDATE,
            "person",
            person_id,
            f"movement #{movement_id} outcome",
            None,
            outcome,
        )
        session.flush()
        return _detail(session, movement)


def set_status(
    ctx: Context,
    movement_id: int,
    target: MovementStatus,
    reason: str | None = None,
    expected_version: int | None = None,
) -> MovementDetail:
    """Move a movement along; arrival and abort carry its people with it."""
    ctx.require_write()
    with ctx.db.transaction() as session:
        movement = _load(session, movement_id)
        check_version("Movement", movement_id, expected_version, movement.version)
        check_movement_transition(movement.status, target)
        if target is MovementStatus.ABORTED and not clean_text(reason):
            raise ValidationError("Aborting a movement needs a reason.")
        entries = session.scalars(
            select(ManifestEntry).where(ManifestEntry.movement_id == movement_id)
        ).all()
        if target is MovementStatus.EN_ROUTE and any(e.outcome is None for e in entries):
            raise ValidationError(
                "Mark every person's outcome (boarded, no show, refused, turned back) "
                "before the movement leaves."
            )
        for entry in entries:
            person = load_person(session, entry.person_id, for_update=True)
            if (
                target is MovementStatus.ARRIVED
                and entry.outcome is ManifestOutcome.BOARDED
                and person.status is CaseStatus.IN_TRANSIT
            ):
                apply_transition(
                    session,
                    ctx.actor,
                    person,
                    CaseStatus.AT_AIRPORT,
                    f"movement #{movement_id} arrived",
                )
            elif (
                target is MovementStatus.ABORTED
                and person.status in (CaseStatus.ASSIGNED, CaseStatus.IN_TRANSIT)
                and entry.outcome in (None, ManifestOutcome.BOARDED)
            ):
                apply_transition(
                    session,
                    ctx.actor,
                    person,
                    CaseStatus.VERIFIED,
                    f"movement #{movement_id} aborted: {clean_text(reason)}",
                )
        audit.record(
            session,
            ctx.actor,
            AuditAction.TRANSITION,
            "movement",
            movement_id,
            "status",
            movement.status,
            target,
        )
        if reason:
            movement.notes = "\n".join(
                x for x in (movement.notes, f"{target.value}: {reason}") if x
            )
        movement.status = target
        session.flush()
        return _detail(session, movement)


def follow_up_queue(ctx: Context) -> list[int]:
    """Persons refused or turned back, waiting for their next movement."""
    with ctx.db.reading() as session:
        return list(
            session.scalars(
                select(Person.id).where(Person.status == CaseStatus.REFUSED).order_by(Person.id)
            )
        )


def mark_evacuated(ctx: Context, movement_id: int, person_ids: Iterable[int]) -> MovementDetail:
    """The flight has left: persons who arrived with this movement are ``evacuated``.

    All or nothing: one person not at the airport with this movement changes no one.
    """
    ctx.require_write()
    with ctx.db.transaction() as session:
        movement = _load(session, movement_id)
        if movement.status is not MovementStatus.ARRIVED:
            raise ValidationError(
                f"Movement #{movement_id} is {movement.status.value}: persons are marked "
                "evacuated once it has arrived."
            )
        boarded = set(
            session.scalars(
                select(ManifestEntry.person_id).where(
                    ManifestEntry.movement_id == movement_id,
                    ManifestEntry.outcome == ManifestOutcome.BOARDED,
                )
            )
        )
        for pid in dict.fromkeys(person_ids):
            if pid not in boarded:
                raise ValidationError(f"Person #{pid} did not board movement #{movement_id}.")
            person = load_person(session, pid, for_update=True)
            apply_transition(
                session,
                ctx.actor,
                person,
                CaseStatus.EVACUATED,
                f"evacuated after movement #{movement_id}",
            )
        session.flush()
        return _detail(session, movement)
