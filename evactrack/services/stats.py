"""Counts for the dashboard, the daily report and ``evactrack stats``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from evactrack.db.models import (
    Household,
    Movement,
    Person,
    Refusal,
    StatusChange,
)
from evactrack.domain.enums import (
    ELIGIBLE_LEGAL_STATUSES,
    GONE_STATUSES,
    CaseStatus,
    LegalStatus,
    MovementStatus,
)
from evactrack.domain.timezones import utcnow
from evactrack.services.context import Context
from evactrack.services.persons import FLAG_COLUMNS
from evactrack.services.settings import day_bounds, operation_today

NOT_CONTACTED_HOURS = 48


@dataclass(frozen=True)
class Overview:
    total: int
    by_status: dict[str, int]
    by_legal_status: dict[str, int]
    eligible_remaining: int
    remaining: int
    households: int
    evacuated_today: int
    refusals_today: int
    not_contacted_48h: int
    vulnerable: dict[str, int]
    movements_by_status: dict[str, int]
    day: date

    def as_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["day"] = self.day.isoformat()
        return data


def _eligible_family_members(session: Session) -> int:
    """Family members still here whose household principal is a citizen or permanent resident."""
    principal = aliased(Person)
    return (
        session.scalar(
            select(func.count())
            .select_from(Person)
            .join(Household, Household.id == Person.household_id)
            .join(principal, principal.id == Household.principal_id)
            .where(
                Person.legal_status == LegalStatus.FAMILY_MEMBER,
                Person.status.not_in(list(GONE_STATUSES)),
                principal.legal_status.in_(list(ELIGIBLE_LEGAL_STATUSES)),
            )
        )
        or 0
    )


def overview(ctx: Context, day: date | None = None) -> Overview:
    with ctx.db.reading() as session:
        return read_overview(session, day)


def read_overview(session: Session, day: date | None = None) -> Overview:
    day = day or operation_today(session)
    start, end = day_bounds(session, day)
    by_status = {s.value: 0 for s in CaseStatus}
    by_status.update(
        {
            s.value: n
            for s, n in session.execute(
                select(Person.status, func.count()).group_by(Person.status)
            ).tuples()
        }
    )
    by_legal = {s.value: 0 for s in LegalStatus}
    by_legal.update(
        {
            s.value: n
            for s, n in session.execute(
                select(Person.legal_status, func.count()).group_by(Person.legal_status)
            ).tuples()
        }
    )
    total = sum(by_status.values())
    remaining = total - sum(by_status[s.value] for s in GONE_STATUSES)
    evacuated_today = (
        session.scalar(
            select(func.count(func.distinct(StatusChange.person_id))).where(
                StatusChange.to_status == CaseStatus.EVACUATED,
                StatusChange.changed_at >= start,
                StatusChange.changed_at < end,
            )
        )
        or 0
    )
    refusals_today = (
        session.scalar(
            select(func.count())
            .select_from(Refusal)
            .where(Refusal.occurred_at >= start, Refusal.occurred_at < end)
        )
        or 0
    )
    cutoff = utcnow() - timedelta(hours=NOT_CONTACTED_HOURS)
    # One scan of the persons still here gives the flags, the 48-hour figure and the
    # directly eligible; ``status || ''`` keeps SQLite from a slower walk of the status index.
    still_here = literal_column("persons.status || ''", String).not_in(
        [s.value for s in GONE_STATUSES]
    )
    stale = or_(Person.last_contact_at.is_(None), Person.last_contact_at < cutoff)
    scan = session.execute(
        select(
            *[
                func.coalesce(func.sum(case((getattr(Person, col), 1), else_=0)), 0)
                for col in FLAG_COLUMNS.values()
            ],
            func.coalesce(
                func.sum(case((and_(stale, Person.status != CaseStatus.DECLINED), 1), else_=0)), 0
            ),
            func.coalesce(
                func.sum(
                    case((Person.legal_status.in_(list(ELIGIBLE_LEGAL_STATUSES)), 1), else_=0)
                ),
                0,
            ),
        ).where(still_here)
    ).one()
    flag_counts, not_contacted, directly_eligible = scan[:-2], scan[-2], scan[-1]
    movements = {s.value: 0 for s in MovementStatus}
    movements.update(
        {
            s.value: n
            for s, n in session.execute(
                select(Movement.status, func.count()).group_by(Movement.status)
            ).tuples()
        }
    )
    return Overview(
        total=total,
        by_status=by_status,
        by_legal_status=by_legal,
        eligible_remaining=int(directly_eligible) + _eligible_family_members(session),
        remaining=remaining,
        households=session.scalar(select(func.count()).select_from(Household)) or 0,
        evacuated_today=evacuated_today,
        refusals_today=refusals_today,
        not_contacted_48h=int(not_contacted),
        vulnerable={flag.value: int(n) for flag, n in zip(FLAG_COLUMNS, flag_counts, strict=True)},
        movements_by_status=movements,
        day=day,
    )


def status_counts_at(session: Session, moment: datetime) -> dict[str, int]:
    """Persons by case status as they stood at ``moment`` (from the transition history)."""
    latest = (
        select(StatusChange.person_id, func.max(StatusChange.id).label("last_id"))
        .where(StatusChange.changed_at < moment)
        .group_by(StatusChange.person_id)
        .subquery()
    )
    counts = {s.value: 0 for s in CaseStatus}
    counts.update(
        {
            s.value: n
            for s, n in session.execute(
                select(StatusChange.to_status, func.count())
                .join(latest, latest.c.last_id == StatusChange.id)
                .group_by(StatusChange.to_status)
            ).tuples()
        }
    )
    return counts


def status_counts_on(ctx: Context, day: date) -> dict[str, int]:
    """Persons by case status at the end of a day of the operation's time zone."""
    with ctx.db.reading() as session:
        return status_counts_at(session, day_bounds(session, day)[1])


def remaining_by_day(
    ctx: Context, days: int = 14, last_day: date | None = None
) -> list[tuple[date, int]]:
    """Persons still in the country at the end of each of the last ``days`` days.

    Each transition adds one (arrived or came back), takes one away (gone) or changes
    nothing, so one aggregate query over the history gives every day: no row reaches Python.
    """
    with ctx.db.reading() as session:
        last_day = last_day or operation_today(session)
        first_day = last_day - timedelta(days=days - 1)
        ends = [day_bounds(session, first_day + timedelta(days=i))[1] for i in range(days)]
        gone = list(GONE_STATUSES)

        def here(column: Any) -> Any:
            return case((column.is_(None), 0), (column.in_(gone), 0), else_=1)

        delta = here(StatusChange.to_status) - here(StatusChange.from_status)
        sums = session.execute(
            select(
                *[
                    func.coalesce(
                        func.sum(case((StatusChange.changed_at < end, delta), else_=0)), 0
                    )
                    for end in ends
                ]
            ).where(StatusChange.changed_at < ends[-1])
        ).one()
        return [(first_day + timedelta(days=i), int(n)) for i, n in enumerate(sums)]
