"""The plain data the printed reports lay out, gathered in a few queries each.

The reports never query: they receive these dataclasses, so the same data can be checked in
tests and the layout stays free of database code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from evactrack.db.models import Household, Person, PhoneNumber, RendezvousPoint
from evactrack.domain.enums import GONE_STATUSES, CaseStatus, LegalStatus
from evactrack.domain.timezones import utcnow
from evactrack.services import (
    case_status,
    contacts,
    households,
    movements,
    persons,
    refusals,
    settings,
    stats,
)
from evactrack.services.context import Context
from evactrack.services.persons import FLAG_COLUMNS, SUMMARY_COLUMNS, summary_of

# Cases the daily report lists as still to evacuate: not gone, and not staying by choice.
NOT_TO_EVACUATE = frozenset(GONE_STATUSES | {CaseStatus.DECLINED})
CHART_DAYS = 14


@dataclass(frozen=True)
class ReportHeader:
    """What every page's header says about where and when the report was made."""

    site_name: str
    operation_tz: str
    generated_at: datetime
    demo: bool = False  # a demo database's pages say so


@dataclass(frozen=True, slots=True)
class RemainingPerson:
    person_id: int
    name: str
    native_name: str | None
    legal_status: LegalStatus
    status: CaseStatus
    phone: str | None
    last_contact_at: datetime | None
    household_id: int | None
    flags: tuple[str, ...]  # VulnerabilityFlag values
    group: str  # rendezvous point name, else location, else ""
    group_is_point: bool
    phone_valid: bool = True  # False: kept as written, printed marked as not valid


@dataclass(frozen=True)
class DailyReportData:
    header: ReportHeader
    day: date
    by_status: dict[str, int]
    by_status_previous: dict[str, int]
    by_legal_status: dict[str, int]
    by_legal_status_previous: dict[str, int]
    eligible_remaining: int
    evacuated_today: int
    refusals_today: int
    remaining_by_day: list[tuple[date, int]]
    movements: list[movements.MovementDetail]
    refusals: list[refusals.RefusalDetail]
    to_evacuate: list[RemainingPerson]
    declined: int


@dataclass(frozen=True)
class ManifestHousehold:
    household_id: int | None
    name: str | None
    lines: tuple[movements.ManifestLine, ...]


@dataclass(frozen=True)
class ManifestData:
    header: ReportHeader
    movement: movements.MovementDetail
    households: tuple[ManifestHousehold, ...]


@dataclass(frozen=True)
class GateSheetData:
    header: ReportHeader
    movement: movements.MovementDetail
    lines: tuple[movements.ManifestLine, ...]  # by family name, then given name


@dataclass(frozen=True)
class CaseSheetData:
    header: ReportHeader
    person: persons.PersonDetail
    rendezvous_point: str | None
    household: households.HouseholdDetail | None
    contacts: list[contacts.ContactEntry]
    refusals: list[refusals.RefusalDetail]
    status_history: list[case_status.StatusChangeEntry]


def _header(session: Session) -> ReportHeader:
    return ReportHeader(
        settings.read(session, settings.SITE_NAME),
        settings.read(session, settings.OPERATION_TZ),
        utcnow(),
        settings.is_demo(session),
    )


def operation_day(ctx: Context) -> date:
    """Today in the operation's time zone: the day a daily report is for by default."""
    with ctx.db.reading() as session:
        return settings.operation_today(session)


def _legal_counts_at(session: Session, moment: datetime) -> dict[str, int]:
    """Persons registered before ``moment`` by (current) legal status."""
    counts = {s.value: 0 for s in LegalStatus}
    counts.update(
        {
            s.value: n
            for s, n in session.execute(
                select(Person.legal_status, func.count())
                .where(Person.created_at < moment)
                .group_by(Person.legal_status)
            ).tuples()
        }
    )
    return counts


def persons_to_evacuate(session: Session) -> tuple[list[RemainingPerson], int]:
    """Persons still to evacuate, households together, grouped by rendezvous point (else
    location), in one query; and the number of declined cases left out."""
    first_phone, first_phone_valid = (
        select(column)
        .where(PhoneNumber.person_id == Person.id)
        .order_by(PhoneNumber.position, PhoneNumber.id)
        .limit(1)
        .correlate(Person)
        .scalar_subquery()
        for column in (PhoneNumber.number, PhoneNumber.valid)
    )
    rows = session.execute(
        select(
            *SUMMARY_COLUMNS,
            first_phone.label("phone"),
            Person.last_contact_at,
            Person.location,
            RendezvousPoint.name.label("point"),
            first_phone_valid.label("phone_valid"),
            *[getattr(Person, col) for col in FLAG_COLUMNS.values()],
        )
        .outerjoin(RendezvousPoint, RendezvousPoint.id == Person.rendezvous_point_id)
        .where(Person.status.not_in(list(NOT_TO_EVACUATE)))
        .order_by(Person.id)
    )
    people: list[RemainingPerson] = []
    for row in rows:
        summary = summary_of(row)
        people.append(
            RemainingPerson(
                summary.id,
                summary.name,
                summary.native_name,
                summary.legal_status,
                summary.status,
                row.phone,
                row.last_contact_at,
                summary.household_id,
                tuple(flag.value for flag, col in FLAG_COLUMNS.items() if getattr(row, col)),
                row.point or row.location or "",
                row.point is not None,
                row.phone_valid is not False,  # None: no phone at all
            )
        )
    # A household is listed where its first member with a rendezvous point (else its first
    # member) is expected, so that families are never split across groups.
    anchor: dict[int, RemainingPerson] = {}
    for person in people:
        if person.household_id is None:
            continue
        current = anchor.get(person.household_id)
        if current is None or (person.group_is_point and not current.group_is_point):
            anchor[person.household_id] = person

    def key(person: RemainingPerson) -> tuple[bool, str, int, int]:
        lead = anchor.get(person.household_id or -1, person)
        return (not lead.group_is_point, lead.group.casefold(), lead.person_id, person.person_id)

    people.sort(key=key)
    declined = (
        session.scalar(
            select(func.count()).select_from(Person).where(Person.status == CaseStatus.DECLINED)
        )
        or 0
    )
    return [_regroup(p, anchor) for p in people], declined


def _regroup(person: RemainingPerson, anchor: dict[int, RemainingPerson]) -> RemainingPerson:
    lead = anchor.get(person.household_id or -1)
    if lead is None or lead is person:
        return person
    return RemainingPerson(
        person.person_id,
        person.name,
        person.native_name,
        person.legal_status,
        person.status,
        person.phone,
        person.last_contact_at,
        person.household_id,
        person.flags,
        lead.group,
        lead.group_is_point,
        person.phone_valid,
    )


def daily_report_data(ctx: Context, day: date | None = None) -> DailyReportData:
    """Everything the daily status report shows for one day of the operation's time zone."""
    with ctx.db.reading() as session:
        day = day or settings.operation_today(session)
        start, end = settings.day_bounds(session, day)
        previous_end = start
        overview = stats.read_overview(session, day)
        to_evacuate, declined = persons_to_evacuate(session)
        header = _header(session)
        by_status = stats.status_counts_at(session, end)
        by_status_previous = stats.status_counts_at(session, previous_end)
        by_legal = _legal_counts_at(session, end)
        by_legal_previous = _legal_counts_at(session, previous_end)
    return DailyReportData(
        header=header,
        day=day,
        by_status=by_status,
        by_status_previous=by_status_previous,
        by_legal_status=by_legal,
        by_legal_status_previous=by_legal_previous,
        eligible_remaining=overview.eligible_remaining,
        evacuated_today=overview.evacuated_today,
        refusals_today=overview.refusals_today,
        remaining_by_day=stats.remaining_by_day(ctx, CHART_DAYS, day),
        movements=movements.list_movements(ctx, starting_from=start, until=end),
        refusals=refusals.list_refusals(ctx, day=day),
        to_evacuate=to_evacuate,
        declined=declined,
    )


def manifest_data(ctx: Context, movement_id: int) -> ManifestData:
    """A movement and its manifest, household by household (persons alone come last)."""
    movement = movements.get_movement(ctx, movement_id)
    with ctx.db.reading() as session:
        header = _header(session)
        ids = {line.household_id for line in movement.manifest if line.household_id is not None}
        names = dict(
            session.execute(select(Household.id, Household.name).where(Household.id.in_(ids)))
            .tuples()
            .all()
        )
    groups: dict[int | None, list[movements.ManifestLine]] = {}
    for line in movement.manifest:
        groups.setdefault(line.household_id, []).append(line)
    ordered = sorted(groups.items(), key=lambda item: (item[0] is None, item[0] or 0))
    return ManifestData(
        header,
        movement,
        tuple(
            ManifestHousehold(hid, names.get(hid) if hid else None, tuple(lines))
            for hid, lines in ordered
        ),
    )


def gate_sheet_data(ctx: Context, movement_id: int) -> GateSheetData:
    """A movement's manifest in the order a gate finds a name on paper: by family name (those
    without one last)."""
    movement = movements.get_movement(ctx, movement_id)
    with ctx.db.reading() as session:
        header = _header(session)
        ids = [line.person_id for line in movement.manifest]
        names = {
            pid: (family is None, (family or "").casefold(), (given or "").casefold())
            for pid, family, given in session.execute(
                select(Person.id, Person.family_name, Person.given_name).where(Person.id.in_(ids))
            ).tuples()
        }
    lines = sorted(
        movement.manifest,
        key=lambda line: (*names.get(line.person_id, (True, "", "")), line.person_id),
    )
    return GateSheetData(header, movement, tuple(lines))


def case_sheet_data(ctx: Context, person_id: int) -> CaseSheetData:
    """One person with their household, contact log, refusals and status history."""
    person = persons.get_person(ctx, person_id)
    with ctx.db.reading() as session:
        header = _header(session)
        point_id = person.data.rendezvous_point_id
        point = session.get(RendezvousPoint, point_id) if point_id else None
        point_name = point.name if point else None
    return CaseSheetData(
        header,
        person,
        point_name,
        households.get_household(ctx, person.household_id) if person.household_id else None,
        contacts.list_attempts(ctx, person_id),
        refusals.list_refusals(ctx, person_id=person_id),
        case_status.status_history(ctx, person_id),
    )
