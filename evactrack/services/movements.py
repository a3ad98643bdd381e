"""Escorted movements: planning, manifests, outcomes at the meeting point, head counts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evactrack.db.models import (
    IdentityDocument,
    ManifestEntry,
    Movement,
    Person,
    Refusal,
    RendezvousPoint,
    StatusChange,
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
from evactrack.services.case_status import (
    apply_transition,
    latest_change_ids,
    moved_on_error,
    take_back,
)
from evactrack.services.context import Context
from evactrack.services.households import household_member_ids
from evactrack.services.persons import SUMMARY_COLUMNS, load_person, summary_of
from evactrack.services.refusals import RefusalInput, add_refusal
from evactrack.services.versions import check_version

# A person may join a movement from these case statuses.
ASSIGNABLE = (CaseStatus.VERIFIED, CaseStatus.REFUSED)
OPEN_MOVEMENTS = (MovementStatus.PLANNED, MovementStatus.ASSEMBLING, MovementStatus.EN_ROUTE)
JOINABLE = (MovementStatus.PLANNED, MovementStatus.ASSEMBLING)
MARKING = (MovementStatus.ASSEMBLING, MovementStatus.EN_ROUTE)
REFUSALS = (ManifestOutcome.REFUSED, ManifestOutcome.TURNED_BACK)


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


class LeftOutReason(StrEnum):
    """Why whole-household assignment left a person behind."""

    NOT_READY = "not_ready"  # not verified or refused
    ON_ANOTHER_MOVEMENT = "on_another_movement"
    NEEDS_COMPANION = "needs_companion"  # cannot travel without someone left behind


@dataclass(frozen=True, slots=True)
class LeftOut:
    person_id: int
    name: str
    reason: LeftOutReason
    status: CaseStatus
    other_id: int | None = None  # the other movement, or the companion left behind


@dataclass(frozen=True, slots=True)
class ManifestStep:
    """One person's part in a manifest change, as an undo history keeps it: their version
    and latest status change right after it, the status change and refusal it recorded."""

    person_id: int
    version: int
    latest_change_id: int | None
    change_id: int | None = None
    refusal_id: int | None = None


@dataclass(frozen=True, slots=True)
class ManifestChange:
    """Persons put on a manifest (``outcome`` None) or given one outcome: one undo step."""

    movement_id: int
    outcome: ManifestOutcome | None
    steps: tuple[ManifestStep, ...]
    refusal: RefusalInput | None = None  # what a refusal is recorded again with on redo

    @property
    def person_ids(self) -> list[int]:
        return [step.person_id for step in self.steps]


@dataclass(frozen=True, slots=True)
class ManifestResult:
    """A manifest change: the movement after it (an assignment's has its head count, not its
    lines: whoever shows the manifest reloads it), the undo step, who was left behind."""

    movement: MovementDetail
    change: ManifestChange
    left_out: tuple[LeftOut, ...] = ()


@dataclass(frozen=True, slots=True)
class Expected:
    """A person as an undo history last left them: a step is taken back only if unchanged."""

    person_id: int
    version: int
    latest_change_id: int | None


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


def _load(session: Session, movement_id: int, *, for_update: bool = False) -> Movement:
    """The movement; ``for_update`` locks its row (PostgreSQL) before its manifest is counted,
    so that caseworkers filling it at once take turns and never exceed its capacity (SQLite's
    write transactions take turns already)."""
    movement = session.get(
        Movement, movement_id, with_for_update=for_update, populate_existing=for_update
    )
    if movement is None:
        raise NotFoundError(f"There is no movement #{movement_id}.")
    return movement


def _load_for_assignment(session: Session, movement_id: int) -> tuple[Movement, str]:
    """The movement locked as :func:`_load` locks it, with its point's name read by the same
    statement (the assignment answers it; every statement is a wait while others write)."""
    found = session.execute(
        select(Movement, RendezvousPoint.name)
        .join(RendezvousPoint, RendezvousPoint.id == Movement.rendezvous_point_id)
        .where(Movement.id == movement_id)
        .with_for_update(of=Movement)
        .execution_options(populate_existing=True)
    ).one_or_none()
    if found is None:
        raise NotFoundError(f"There is no movement #{movement_id}.")
    return found[0], found[1]


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
    return _counted(counts)


def _counted(counts: Mapping[ManifestOutcome | None, int]) -> HeadCount:
    """The head count of a manifest with this many entries of each outcome."""
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


def _detail(
    session: Session,
    movement: Movement,
    with_manifest: bool = True,
    counted: Mapping[ManifestOutcome | None, int] | None = None,
    point: str | None = None,
) -> MovementDetail:
    """The movement with its manifest, or with its head count only (``counted``: the
    entries of each outcome, when the caller knows them; ``point``: its point's name, if
    read already)."""
    if point is None:
        point = session.scalar(
            select(RendezvousPoint.name).where(RendezvousPoint.id == movement.rendezvous_point_id)
        )
    lines: list[ManifestLine] = []
    if with_manifest:
        # Columns, not entities: a manifest is shown after every assignment, and building
        # its persons' objects cost more than the assignment itself.
        rows = session.execute(
            select(
                *SUMMARY_COLUMNS,
                Person.date_of_birth,
                Person.birth_year,
                ManifestEntry.outcome,
            )
            .join(Person, Person.id == ManifestEntry.person_id)
            .where(ManifestEntry.movement_id == movement.id)
            .order_by(Person.household_id.nulls_last(), Person.id)
        ).all()
        documents = _first_documents(session, [row.id for row in rows])
        for row in rows:
            person = summary_of(row)
            born = (
                row.date_of_birth.isoformat()
                if row.date_of_birth
                else (str(row.birth_year) if row.birth_year else None)
            )
            document_type, number = documents.get(person.id, (None, None))
            lines.append(
                ManifestLine(
                    person.id,
                    person.name,
                    person.native_name,
                    born,
                    person.legal_status,
                    person.status,
                    person.household_id,
                    document_type,
                    number,
                    row.outcome,
                )
            )
    return MovementDetail(
        movement.id,
        movement.version,
        movement.name,
        movement.rendezvous_point_id,
        point or "",
        movement.window_start,
        movement.window_end,
        movement.escort_party,
        movement.escort_contact,
        movement.recognition_signal,
        movement.capacity,
        movement.status,
        movement.notes,
        _counted(Counter(line.outcome for line in lines))
        if with_manifest
        else _counted(counted)
        if counted is not None
        else headcount(session, movement.id),
        tuple(lines),
    )


def _first_documents(
    session: Session, person_ids: list[int]
) -> dict[int, tuple[DocumentType, str]]:
    """Each person's first document (type, number), read for these persons only: asked per
    person as a correlated minimum, PostgreSQL may walk every document for each of them."""
    first: dict[int, tuple[DocumentType, str]] = {}
    found = session.execute(
        select(IdentityDocument.person_id, IdentityDocument.doc_type, IdentityDocument.number)
        .where(IdentityDocument.person_id.in_(person_ids))
        .order_by(IdentityDocument.id)
    )
    for person_id, document_type, number in found.tuples():
        first.setdefault(person_id, (document_type, number))
    return first


def create_movement(ctx: Context, data: MovementInput) -> MovementDetail:
    clean = clean_movement(data)
    with ctx.writing() as session:
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
    clean = clean_movement(data)
    with ctx.writing() as session:
        movement = _load(session, movement_id, for_update=True)
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
        shown = list(session.scalars(query))
        # Each point's name and each manifest's outcomes read once for the whole list, not
        # twice a movement.
        points = dict(
            session.execute(select(RendezvousPoint.id, RendezvousPoint.name)).tuples().all()
        )
        counts: dict[int, Counter[ManifestOutcome | None]] = defaultdict(Counter)
        for movement_id, outcome, entries in session.execute(
            select(ManifestEntry.movement_id, ManifestEntry.outcome, func.count())
            .where(ManifestEntry.movement_id.in_([m.id for m in shown]))
            .group_by(ManifestEntry.movement_id, ManifestEntry.outcome)
        ).tuples():
            counts[movement_id][outcome] = entries
        return [
            _detail(
                session,
                m,
                with_manifest=False,
                counted=counts[m.id],
                point=points.get(m.rendezvous_point_id, ""),
            )
            for m in shown
        ]


def assign(
    ctx: Context,
    movement_id: int,
    person_ids: Iterable[int],
    *,
    split_households: bool = False,
) -> ManifestResult:
    """Put persons on a movement's manifest; whole households unless told to split them.

    With whole households, members who cannot go (not ready, on another movement, or
    needing a companion who cannot go) are left out and listed, and the others join.
    Persons already on this manifest are left as they are. Capacity is enforced.
    """
    with ctx.writing() as session:
        movement, point = _load_for_assignment(session, movement_id)
        _check_joinable(movement)
        wanted = list(dict.fromkeys(person_ids))
        if not split_households:
            members = household_member_ids(session, wanted)
            wanted = list(dict.fromkeys(m for pid in wanted for m in members.get(pid, [pid])))
        already = _on_manifest(session, movement_id)
        new_ids = [pid for pid in wanted if pid not in already]
        left_out = [] if split_households else _left_behind(session, new_ids)
        behind = {person.person_id for person in left_out}
        new_ids = [pid for pid in new_ids if pid not in behind]
        _check_travel_dependencies(session, new_ids, {*already, *new_ids})
        _check_capacity(movement, len(already), len(new_ids))
        done = _put_on(session, ctx, movement, new_ids, f"assigned to movement #{movement_id}")
        session.flush()
        change = ManifestChange(movement_id, None, _steps(session, done))
        counts = Counter(already.values())
        counts[None] += len(done)
        detail = _detail(session, movement, with_manifest=False, counted=counts, point=point)
        return ManifestResult(detail, change, tuple(left_out))


def _check_joinable(movement: Movement) -> None:
    if movement.status not in JOINABLE:
        raise ValidationError(
            f"Movement #{movement.id} is {movement.status.value}: persons can only be "
            "added while it is planned or assembling."
        )


def _check_capacity(movement: Movement, already: int, more: int) -> None:
    if already + more > movement.capacity:
        raise CapacityError(
            f"Movement #{movement.id} holds {movement.capacity} persons; it has "
            f"{already} and {more} more were asked for (households included)."
        )


def _on_manifest(session: Session, movement_id: int) -> dict[int, ManifestOutcome | None]:
    """The persons on a manifest and their outcomes (its head count without asking again)."""
    return dict(
        session.execute(
            select(ManifestEntry.person_id, ManifestEntry.outcome).where(
                ManifestEntry.movement_id == movement_id
            )
        )
        .tuples()
        .all()
    )


def _elsewhere(session: Session, person_ids: list[int]) -> dict[int, int]:
    """Persons waiting on an open movement's manifest: person id -> movement id."""
    return dict(
        session.execute(
            select(ManifestEntry.person_id, ManifestEntry.movement_id)
            .join(Movement, Movement.id == ManifestEntry.movement_id)
            .where(
                ManifestEntry.person_id.in_(person_ids),
                ManifestEntry.outcome.is_(None),
                Movement.status.in_(OPEN_MOVEMENTS),
            )
        )
        .tuples()
        .all()
    )


def _left_behind(session: Session, person_ids: list[int]) -> list[LeftOut]:
    """The persons of a whole-household assignment who cannot go, and why."""
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(person_ids)))}
    elsewhere = _elsewhere(session, person_ids)

    def left(pid: int, reason: LeftOutReason, other: int | None = None) -> LeftOut:
        p = people[pid]
        name = display_name(p.given_name, p.family_name, p.father_name, p.native_name)
        return LeftOut(pid, name, reason, p.status, other)

    behind: dict[int, LeftOut] = {}
    for pid in person_ids:
        if pid not in people:
            raise NotFoundError(f"There is no person #{pid}.")
        if pid in elsewhere:
            behind[pid] = left(pid, LeftOutReason.ON_ANOTHER_MOVEMENT, elsewhere[pid])
        elif people[pid].status not in ASSIGNABLE:
            behind[pid] = left(pid, LeftOutReason.NOT_READY)
    needs = session.execute(
        select(TravelDependency.person_id, TravelDependency.depends_on_id).where(
            TravelDependency.person_id.in_(person_ids)
        )
    ).all()
    grew = True
    while grew:  # a companion left behind keeps the one who needs them behind too
        grew = False
        for pid, needed in needs:
            if pid not in behind and needed in behind:
                behind[pid] = left(pid, LeftOutReason.NEEDS_COMPANION, needed)
                grew = True
    return [behind[pid] for pid in person_ids if pid in behind]


# A person as a manifest change found them: their status before it, the refusal and the
# status change it recorded (``None``: none, or not known here).
Touched = tuple[Person, CaseStatus, Refusal | None, StatusChange | None]


def _put_on(
    session: Session, ctx: Context, movement: Movement, person_ids: list[int], reason: str
) -> list[Touched]:
    # Locked in one order (no deadlock between two assignments), then read: another
    # caseworker's assignment of these persons is over by now.
    people = {
        pid: load_person(session, pid, for_update=True, details=False) for pid in sorted(person_ids)
    }
    elsewhere = _elsewhere(session, person_ids)
    done: list[Touched] = []
    for pid in person_ids:
        person = people[pid]
        if pid in elsewhere:
            raise ValidationError(
                f"Person #{pid} is already on movement #{elsewhere[pid]}; remove them there first."
            )
        if person.status not in ASSIGNABLE:
            raise ValidationError(
                f"Person #{pid} ({display_name(person.given_name, person.family_name)}) is "
                f"'{person.status.value}': only verified or refused persons can be assigned."
            )
        before = person.status
        session.add(ManifestEntry(movement_id=movement.id, person_id=pid))
        change = apply_transition(session, ctx.actor, person, CaseStatus.ASSIGNED, reason)
        audit.record(
            session, ctx.actor, AuditAction.UPDATE, "person", pid, "movement", None, movement.id
        )
        done.append((person, before, None, change))
    return done


def _steps(session: Session, touched: list[Touched]) -> tuple[ManifestStep, ...]:
    """The undo history's view of the persons a flushed manifest change touched. A status
    change it recorded is each person's latest (their row is locked): only the others are
    looked up."""
    latest = latest_change_ids(
        session, [person.id for person, _before, _refusal, change in touched if change is None]
    )
    for person, _before, _refusal, change in touched:
        if change is not None:
            latest[person.id] = change.id
    return tuple(
        ManifestStep(
            person.id,
            person.version,
            latest.get(person.id),
            latest.get(person.id) if person.status is not before else None,
            refusal.id if refusal is not None else None,
        )
        for person, before, refusal, _change in touched
    )


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
    """One person off a manifest: see :func:`remove_persons`."""
    return remove_persons(ctx, movement_id, [person_id], reason)


def remove_persons(
    ctx: Context,
    movement_id: int,
    person_ids: Iterable[int],
    reason: str,
    progress: Callable[[int, int], None] | None = None,
) -> MovementDetail:
    """Take persons off a manifest before any outcome, in one transaction: all or none.
    They go back to ``verified``. ``progress`` may raise (on cancel) to change no one."""
    ids = list(dict.fromkeys(person_ids))
    with ctx.writing() as session:
        movement = _load(session, movement_id)
        for done, person_id in enumerate(ids, start=1):
            entry = _entry(session, movement_id, person_id)
            if entry.outcome is not None:
                raise ValidationError(
                    f"Person #{person_id} already has the outcome "
                    f"'{entry.outcome.value}' on this movement."
                )
            person = load_person(session, person_id, for_update=True, details=False)
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
            _advance(session, progress, done, len(ids))
        session.flush()
        return _detail(session, movement)


def _advance(
    session: Session, progress: Callable[[int, int], None] | None, done: int, total: int
) -> None:
    if progress is not None and (done % 50 == 0 or done == total):
        session.flush()
        progress(done, total)


def _entry(session: Session, movement_id: int, person_id: int) -> ManifestEntry:
    entry = session.scalar(
        select(ManifestEntry).where(
            ManifestEntry.movement_id == movement_id, ManifestEntry.person_id == person_id
        )
    )
    if entry is None:
        raise NotFoundError(f"Person #{person_id} is not on movement #{movement_id}.")
    return entry


def record_outcome(
    ctx: Context,
    movement_id: int,
    person_id: int,
    outcome: ManifestOutcome,
    refusal: RefusalInput | None = None,
) -> MovementDetail:
    """One person's outcome: see :func:`record_outcomes`."""
    return record_outcomes(ctx, movement_id, [person_id], outcome, refusal).movement


def record_outcomes(
    ctx: Context,
    movement_id: int,
    person_ids: Iterable[int],
    outcome: ManifestOutcome,
    refusal: RefusalInput | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ManifestResult:
    """Mark what happened to persons at the meeting point, in one transaction (all or none);
    case statuses follow.

    ``boarded`` → in transit, or still assigned while the movement assembles (it departs
    with them); ``no_show`` → back to verified; ``refused`` and ``turned_back`` need the
    refusal's details and put the person in the follow-up queue. ``progress`` may raise
    (on cancel) to change no one.
    """
    ids = list(dict.fromkeys(person_ids))
    with ctx.writing() as session:
        movement = _load(session, movement_id)
        if outcome in REFUSALS:
            refusal = _refusal_here(movement, refusal)
        done = []
        for count, person_id in enumerate(ids, start=1):
            done.append(_mark(session, ctx, movement, person_id, outcome, refusal))
            _advance(session, progress, count, len(ids))
        session.flush()
        change = ManifestChange(movement_id, outcome, _steps(session, done), refusal)
        return ManifestResult(_detail(session, movement), change)


def _refusal_here(movement: Movement, refusal: RefusalInput | None) -> RefusalInput:
    """The refusal's details, at the movement's rendezvous point unless told where."""
    if refusal is None:
        raise ValidationError("A refusal needs its details: where, by whom and why.")
    if refusal.rendezvous_point_id is None and not clean_text(refusal.checkpoint):
        return RefusalInput(
            **{**refusal.__dict__, "rendezvous_point_id": movement.rendezvous_point_id}
        )
    return refusal


def _check_marking(movement: Movement) -> None:
    if movement.status not in MARKING:
        raise ValidationError(
            f"Outcomes are marked while a movement is assembling or en route; "
            f"movement #{movement.id} is {movement.status.value}."
        )


def _mark(
    session: Session,
    ctx: Context,
    movement: Movement,
    person_id: int,
    outcome: ManifestOutcome,
    refusal: RefusalInput | None,
) -> Touched:
    _check_marking(movement)
    entry = _entry(session, movement.id, person_id)
    if entry.outcome is not None:
        raise ValidationError(
            f"Person #{person_id} already has the outcome '{entry.outcome.value}'."
        )
    person = load_person(session, person_id, for_update=True, details=False)
    before, recorded, change = person.status, None, None
    now = utcnow()
    if outcome is ManifestOutcome.BOARDED:
        if movement.status is MovementStatus.EN_ROUTE:
            change = apply_transition(
                session,
                ctx.actor,
                person,
                CaseStatus.IN_TRANSIT,
                f"boarded movement #{movement.id}",
                at=now,
            )
    elif outcome is ManifestOutcome.NO_SHOW:
        change = apply_transition(
            session,
            ctx.actor,
            person,
            CaseStatus.VERIFIED,
            f"no show at movement #{movement.id}",
            at=now,
        )
    else:
        recorded = add_refusal(
            session, ctx.actor, person, _refusal_here(movement, refusal), movement_id=movement.id
        )
    entry.settle(outcome, now)
    audit.record(
        session,
        ctx.actor,
        AuditAction.UPDATE,
        "person",
        person_id,
        f"movement #{movement.id} outcome",
        None,
        outcome,
    )
    return person, before, recorded, change


def set_status(
    ctx: Context,
    movement_id: int,
    target: MovementStatus,
    reason: str | None = None,
    expected_version: int | None = None,
) -> MovementDetail:
    """Move a movement along; arrival and abort carry its people with it."""
    with ctx.writing() as session:
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
            if target is MovementStatus.ABORTED:
                entry.waiting = entry.waits(entry.outcome, aborted=True)
            person = load_person(session, entry.person_id, for_update=True, details=False)
            if (
                target is MovementStatus.EN_ROUTE
                and entry.outcome is ManifestOutcome.BOARDED
                and person.status is CaseStatus.ASSIGNED
            ):
                apply_transition(
                    session,
                    ctx.actor,
                    person,
                    CaseStatus.IN_TRANSIT,
                    f"boarded movement #{movement_id}, which departed",
                )
            elif (
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
    with ctx.writing() as session:
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
            person = load_person(session, pid, for_update=True, details=False)
            apply_transition(
                session,
                ctx.actor,
                person,
                CaseStatus.EVACUATED,
                f"evacuated after movement #{movement_id}",
            )
        session.flush()
        return _detail(session, movement)


def undo_manifest_change(
    ctx: Context, change: ManifestChange, expected: Sequence[Expected]
) -> ManifestChange:
    """Take back an assignment or an outcome in one transaction, each person's status back
    where it was (recorded as "undo of ...") and a refusal it recorded deleted (audited).

    Only while every person is as the caseworker left them (``expected``) and their entry
    on the manifest is as the change left it; otherwise :class:`ConflictError` names them
    all and nothing is changed. Answers with the persons as the undo left them.
    """
    return _take_back_change(ctx, change, expected, redo=False)


def redo_manifest_change(
    ctx: Context, change: ManifestChange, expected: Sequence[Expected]
) -> ManifestChange:
    """Make an undone assignment or outcome again (the same checks as the first time), when
    no one has changed the persons since the undo; answers with the new change."""
    return _take_back_change(ctx, change, expected, redo=True)


def _take_back_change(
    ctx: Context, change: ManifestChange, expected: Sequence[Expected], *, redo: bool
) -> ManifestChange:
    known = {e.person_id: e for e in expected}
    ids = change.person_ids
    with ctx.writing() as session:
        movement = _load(session, change.movement_id, for_update=True)
        if change.outcome is not None:
            _check_marking(movement)
        people = [load_person(session, pid, for_update=True, details=False) for pid in ids]
        # Read once the persons are locked: a status change needs that lock too.
        latest = latest_change_ids(session, ids)
        entries = {
            e.person_id: e
            for e in session.scalars(
                select(ManifestEntry).where(
                    ManifestEntry.movement_id == movement.id, ManifestEntry.person_id.in_(ids)
                )
            )
        }
        refusals = {
            r.id: r
            for r in session.scalars(
                select(Refusal).where(
                    Refusal.id.in_([s.refusal_id for s in change.steps if s.refusal_id])
                )
            )
        }
        moved_on = [
            person
            for step, person in zip(change.steps, people, strict=True)
            if person.version != known[person.id].version
            or latest.get(person.id) != known[person.id].latest_change_id
            or not _as_left(change, entries.get(person.id), redo)
            or (not redo and step.refusal_id is not None and _refusal_touched(refusals, step))
        ]
        if moved_on:
            what = "assignment" if change.outcome is None else "outcome"
            raise moved_on_error(moved_on, len(ids), redo, known[moved_on[0].id].version, what)
        if redo:
            done = _make_again(session, ctx, movement, change)
        else:
            done = [
                _undo_step(session, ctx, movement, change, step, person, entries[person.id])
                for step, person in zip(change.steps, people, strict=True)
            ]
        session.flush()
        return ManifestChange(
            change.movement_id, change.outcome, _steps(session, done), change.refusal
        )


def _as_left(change: ManifestChange, entry: ManifestEntry | None, redo: bool) -> bool:
    """Is the person's manifest entry as the change (or its undo) left it?"""
    if change.outcome is None:
        return (entry is None) if redo else (entry is not None and entry.outcome is None)
    return entry is not None and entry.outcome is (None if redo else change.outcome)


def _refusal_touched(refusals: dict[int, Refusal], step: ManifestStep) -> bool:
    """A refusal whose follow-up was written since (its version moved on) is kept."""
    refusal = refusals.get(step.refusal_id or 0)
    return refusal is None or refusal.version != 1


def _make_again(
    session: Session, ctx: Context, movement: Movement, change: ManifestChange
) -> list[Touched]:
    ids = change.person_ids
    if change.outcome is None:
        _check_joinable(movement)
        already = _on_manifest(session, movement.id)
        _check_travel_dependencies(session, ids, {*already, *ids})
        _check_capacity(movement, len(already), len(ids))
        return _put_on(
            session, ctx, movement, ids, f"redo of assignment to movement #{movement.id}"
        )
    return [_mark(session, ctx, movement, pid, change.outcome, change.refusal) for pid in ids]


def _undo_step(
    session: Session,
    ctx: Context,
    movement: Movement,
    change: ManifestChange,
    step: ManifestStep,
    person: Person,
    entry: ManifestEntry,
) -> Touched:
    before = person.status
    if change.outcome is None:
        session.delete(entry)
        audit.record(
            session,
            ctx.actor,
            AuditAction.UPDATE,
            "person",
            person.id,
            "movement",
            movement.id,
            None,
        )
    else:
        entry.settle(None, None)
        audit.record(
            session,
            ctx.actor,
            AuditAction.UPDATE,
            "person",
            person.id,
            f"movement #{movement.id} outcome",
            change.outcome,
            None,
        )
    if step.refusal_id is not None:
        refusal = session.get(Refusal, step.refusal_id)
        if refusal is not None:
            audit.record(
                session,
                ctx.actor,
                AuditAction.DELETE,
                "person",
                person.id,
                "refusal",
                f"#{refusal.id} {refusal.reason.value}",
                None,
            )
            session.delete(refusal)
    if step.change_id is not None:
        recorded = session.get(StatusChange, step.change_id)
        if recorded is None or recorded.person_id != person.id:
            raise NotFoundError(f"Person #{person.id} has no status change #{step.change_id}.")
        take_back(session, ctx.actor, person, recorded)
    return person, before, None, None
