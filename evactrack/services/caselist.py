"""The case list's queries: ordered ids for filters, search and sort; rows for a page of ids;
counts next to each filter value.

The list never loads every person: the GUI keeps the ordered ids (a few hundred kilobytes at
100k persons) and asks for the rows of the page being shown.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, or_, select, true
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from evactrack.db.models import (
    Household,
    ManifestEntry,
    Movement,
    Person,
    PhoneNumber,
    Refusal,
    RendezvousPoint,
    StatusChange,
)
from evactrack.domain.enums import (
    ELIGIBLE_LEGAL_STATUSES,
    GONE_STATUSES,
    CaseStatus,
    LegalStatus,
    VulnerabilityFlag,
    WishesToLeave,
)
from evactrack.domain.errors import OperationCancelled
from evactrack.domain.timezones import utcnow
from evactrack.services.context import Context
from evactrack.services.persons import FLAG_COLUMNS, SUMMARY_COLUMNS, summary_of
from evactrack.services.search import (
    fts_match,
    index_answers,
    index_ids,
    search_condition,
    search_tokens,
)
from evactrack.services.settings import day_bounds, operation_today
from evactrack.services.stats import NOT_CONTACTED_HOURS

# Ids per query when a selection is read in pieces (SQLite's parameter limit is generous,
# PostgreSQL's is not infinite either).
_CHUNK = 1000

SORT_KEYS = (
    "name",
    "native_name",
    "legal_status",
    "status",
    "household",
    "place",
    "last_contact",
    "flags",
    "phone",
)


@dataclass(frozen=True)
class CaseQuery:
    """What the caseworker asked the list to show. Empty sets mean "any"."""

    statuses: frozenset[CaseStatus] = frozenset()
    legal_statuses: frozenset[LegalStatus] = frozenset()
    rendezvous_point_ids: frozenset[int] = frozenset()
    movement_ids: frozenset[int] = frozenset()
    flags: frozenset[VulnerabilityFlag] = frozenset()
    wishes: frozenset[WishesToLeave] = frozenset()
    not_contacted_48h: bool = False
    figure: str = ""  # one of FIGURES: the persons behind a dashboard figure
    search: str = ""
    sort: str = "name"
    descending: bool = False

    def without(self, facet: str) -> CaseQuery:
        """The same query with one facet's filter lifted (for that facet's counts)."""
        empty: Any = {"not_contacted_48h": False, "figure": ""}.get(facet, frozenset())
        return replace(self, **{facet: empty})


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case list."""

    id: int
    name: str
    native_name: str | None
    legal_status: LegalStatus
    status: CaseStatus
    household_id: int | None
    household: str | None
    rendezvous_point: str | None
    movement: str | None  # its name; an unnamed one is "Movement #12" in the interface
    last_contact_at: datetime | None
    flags: frozenset[VulnerabilityFlag]
    wishes_to_leave: WishesToLeave
    # (number as stored: E.164 when valid, whether it is a valid number), in the person's order
    phones: tuple[tuple[str, bool], ...] = ()
    movement_id: int | None = None


@dataclass(frozen=True)
class FilterCounts:
    """For each facet, how many persons each value would show under the other filters."""

    statuses: dict[CaseStatus, int] = field(default_factory=dict)
    legal_statuses: dict[LegalStatus, int] = field(default_factory=dict)
    rendezvous_point_ids: dict[int, int] = field(default_factory=dict)
    movement_ids: dict[int, int] = field(default_factory=dict)
    flags: dict[VulnerabilityFlag, int] = field(default_factory=dict)
    wishes: dict[WishesToLeave, int] = field(default_factory=dict)
    not_contacted_48h: int = 0


@dataclass(frozen=True)
class FilterChoices:
    """The rendezvous points and movements a caseworker can filter by, as (id, name); an
    unnamed movement is named by the interface, in its language."""

    rendezvous_points: list[tuple[int, str]]
    movements: list[tuple[int, str | None]]


# Persons no one needs to reach any more: gone, or staying by their own choice.
NO_CONTACT_NEEDED = frozenset({*GONE_STATUSES, CaseStatus.DECLINED})


def not_contacted_condition(now: datetime | None = None) -> ColumnElement[bool]:
    """Open cases with no successful contact for 48 hours (as the dashboard counts them)."""
    cutoff = (now or utcnow()) - timedelta(hours=NOT_CONTACTED_HOURS)
    return and_(
        Person.status.not_in(sorted(NO_CONTACT_NEEDED)),
        or_(Person.last_contact_at.is_(None), Person.last_contact_at < cutoff),
    )


def contact_overdue(row: CaseRow, now: datetime) -> bool:
    """The same rule for one row of the list: its last contact is shown as too old."""
    if row.status in NO_CONTACT_NEEDED:
        return False
    last = row.last_contact_at
    return last is None or now - last > timedelta(hours=NOT_CONTACTED_HOURS)


# The dashboard's figures (attributes of stats.Overview) whose persons the list can show.
FIGURES = (
    "eligible_remaining",
    "remaining",
    "evacuated_today",
    "refusals_today",
    "not_contacted_48h",
    "total",
)


def figure_condition(session: Session, figure: str) -> ColumnElement[bool]:
    """The persons counted by one figure of :func:`evactrack.services.stats.read_overview`,
    today in the operation's time zone; a test holds the two to the same numbers."""
    still_here = Person.status.not_in(sorted(GONE_STATUSES))
    if figure == "remaining":
        return still_here
    if figure == "eligible_remaining":
        principal = aliased(Person)
        of_eligible = (
            select(Household.id)
            .join(principal, principal.id == Household.principal_id)
            .where(principal.legal_status.in_(sorted(ELIGIBLE_LEGAL_STATUSES)))
        )
        return and_(
            still_here,
            or_(
                Person.legal_status.in_(sorted(ELIGIBLE_LEGAL_STATUSES)),
                and_(
                    Person.legal_status == LegalStatus.FAMILY_MEMBER,
                    Person.household_id.in_(of_eligible),
                ),
            ),
        )
    if figure == "not_contacted_48h":
        return not_contacted_condition()
    if figure == "total":
        return true()
    start, end = day_bounds(session, operation_today(session))
    if figure == "evacuated_today":
        return Person.id.in_(
            select(StatusChange.person_id).where(
                StatusChange.to_status == CaseStatus.EVACUATED,
                StatusChange.changed_at >= start,
                StatusChange.changed_at < end,
            )
        )
    if figure == "refusals_today":
        return Person.id.in_(
            select(Refusal.person_id).where(Refusal.occurred_at >= start, Refusal.occurred_at < end)
        )
    raise ValueError(f"unknown figure {figure!r}")


def _conditions(session: Session, query: CaseQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if query.statuses:
        where.append(Person.status.in_(sorted(query.statuses)))
    if query.legal_statuses:
        where.append(Person.legal_status.in_(sorted(query.legal_statuses)))
    if query.rendezvous_point_ids:
        where.append(Person.rendezvous_point_id.in_(sorted(query.rendezvous_point_ids)))
    if query.movement_ids:
        where.append(
            Person.id.in_(
                select(ManifestEntry.person_id).where(
                    ManifestEntry.movement_id.in_(sorted(query.movement_ids))
                )
            )
        )
    if query.flags:
        where.append(or_(*[getattr(Person, FLAG_COLUMNS[f]).is_(True) for f in query.flags]))
    if query.wishes:
        where.append(Person.wishes_to_leave.in_(sorted(query.wishes)))
    if query.not_contacted_48h:
        where.append(not_contacted_condition())
    if query.figure:
        where.append(figure_condition(session, query.figure))
    if query.search.strip():
        condition = search_condition(session, query.search)
        if condition is not None:
            where.append(condition)
    return where


def _enum_order(column: Any, members: Iterable[Any]) -> Any:
    """Sort an enum column in the order of its workflow, not alphabetically by value."""
    return case({m.value: i for i, m in enumerate(members)}, value=column, else_=99)


def _flag_count() -> Any:
    return sum(case((getattr(Person, col).is_(True), 1), else_=0) for col in FLAG_COLUMNS.values())


def _ordered(query: CaseQuery, base: Select[Any]) -> Select[Any]:
    sort = query.sort if query.sort in SORT_KEYS else "name"
    keys: list[Any]
    if sort == "name":
        keys = [
            func.lower(func.coalesce(Person.given_name, Person.family_name, Person.native_name)),
            func.lower(Person.family_name),
        ]
    elif sort == "native_name":
        keys = [Person.native_name]
    elif sort == "legal_status":
        keys = [_enum_order(Person.legal_status, LegalStatus)]
    elif sort == "status":
        keys = [_enum_order(Person.status, CaseStatus)]
    elif sort == "household":
        keys = [Person.household_id]
    elif sort == "place":
        base = base.outerjoin(RendezvousPoint, RendezvousPoint.id == Person.rendezvous_point_id)
        keys = [RendezvousPoint.name]
    elif sort == "last_contact":
        keys = [Person.last_contact_at]
    elif sort == "phone":
        # Each person's first number, found in one pass over the numbers and joined: asked
        # for per person (a correlated min), PostgreSQL may walk the whole index of numbers
        # for every person (minutes at 100k persons).
        first = (
            select(PhoneNumber.person_id, func.min(PhoneNumber.number).label("number"))
            .group_by(PhoneNumber.person_id)
            .subquery()
        )
        base = base.outerjoin(first, first.c.person_id == Person.id)
        keys = [first.c.number]
    else:
        keys = [_flag_count()]
    # Empty values go last whichever way the list is sorted; the id breaks ties stably.
    ordered = [(k.desc() if query.descending else k.asc()).nulls_last() for k in keys]
    tie = Person.id.desc() if query.descending else Person.id.asc()
    return base.order_by(*ordered, tie)


class StaleQuery:
    """Lets another thread stop a list query that a newer keystroke has made stale: SQLite
    is interrupted, PostgreSQL is sent a cancel request; the query raises
    :class:`OperationCancelled` and its session is rolled back as usual."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None
        self.cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            connection = self._connection
            if connection is None:
                return
            if hasattr(connection, "interrupt"):  # sqlite3, and SQLCipher's twin
                connection.interrupt()
            else:  # psycopg: a cancel request, given up on if the server does not answer
                connection.cancel_safe(timeout=2.0)

    @contextmanager
    def running(self, session: Session) -> Iterator[None]:
        """Make the session's database connection stoppable while the block runs."""
        driver = session.connection().connection.driver_connection
        with self._lock:
            if self.cancelled:
                raise OperationCancelled("The query was cancelled.")
            self._connection = driver
        try:
            yield
        except DBAPIError as exc:
            if self.cancelled:
                raise OperationCancelled("The query was cancelled.") from exc
            raise
        finally:
            with self._lock:
                self._connection = None


def _fetch(session: Session, statement: Select[Any], stale: StaleQuery | None) -> Sequence[Any]:
    """Run a query and read the driver's cursor directly: ints and texts need no result
    processing, and skipping it makes 100k ids about three times faster."""
    with stale.running(session) if stale is not None else nullcontext():
        result = session.connection().execute(statement)
        try:
            return result.cursor.fetchall()
        finally:
            result.close()


def _ids(session: Session, statement: Select[Any], stale: StaleQuery | None) -> list[int]:
    return [row[0] for row in _fetch(session, statement, stale)]


def _fts_ids(session: Session, match: str, stale: StaleQuery | None) -> set[int]:
    """Rowids straight from the trigram index. Going through ``persons`` (``id IN (SELECT
    rowid …)``) looked each hit up in the table: four times slower for a query matching a
    few thousand persons. The ids come as one text that the JSON parser turns into ints
    twice as fast as a cursor hands out 100k rows."""
    with stale.running(session) if stale is not None else nullcontext():
        found = session.connection().exec_driver_sql(
            "SELECT group_concat(rowid) FROM person_search WHERE person_search MATCH ?",
            (match,),
        )
        joined = found.scalar()
    return set(json.loads(f"[{joined}]")) if joined else set()


def ordered_ids(ctx: Context, query: CaseQuery, stale: StaleQuery | None = None) -> list[int]:
    """Ids of the persons the list shows, in its order (no row data: that comes per page)."""
    with ctx.db.reading() as session:
        base = select(Person.id).where(*_conditions(session, query))
        return _ids(session, _ordered(query, base), stale)


def matching_ids(ctx: Context, search: str, stale: StaleQuery | None = None) -> set[int] | None:
    """Ids of every person the search text finds, unordered (``None``: no search).

    The list keeps its sorted order and filters it by this set, so a keystroke never
    re-sorts 100k persons.
    """
    tokens = search_tokens(search)
    if not tokens:
        return None
    with ctx.db.reading() as session:
        if index_answers(session, tokens):
            return _fts_ids(session, fts_match(tokens), stale)
        condition = search_condition(session, search)
        if condition is None:
            return None
        return set(_ids(session, select(Person.id).where(condition), stale))


def search_texts(ctx: Context, stale: StaleQuery | None = None) -> dict[int, str]:
    """Every person's search text (what the trigram index holds) by id: the case list's
    own copy, where one more letter typed looks at the previous hits alone."""
    with ctx.db.reading() as session:
        return dict(_fetch(session, select(Person.id, Person.search_text), stale))


def rows(ctx: Context, person_ids: Sequence[int]) -> list[CaseRow]:
    """The list lines of a page of persons, in the order of ``person_ids``."""
    ids = list(person_ids)
    if not ids:
        return []
    with ctx.db.reading() as session:
        people = session.execute(
            select(
                *SUMMARY_COLUMNS,
                Household.name.label("household_name"),
                RendezvousPoint.name.label("point_name"),
                Person.last_contact_at,
                Person.wishes_to_leave,
                *[getattr(Person, col) for col in FLAG_COLUMNS.values()],
            )
            .outerjoin(Household, Household.id == Person.household_id)
            .outerjoin(RendezvousPoint, RendezvousPoint.id == Person.rendezvous_point_id)
            .where(Person.id.in_(ids))
        ).all()
        current_movement: dict[int, tuple[int, str | None, str]] = {}
        for person_id, movement_id, name, point in session.execute(
            select(ManifestEntry.person_id, Movement.id, Movement.name, RendezvousPoint.name)
            .join(Movement, Movement.id == ManifestEntry.movement_id)
            .join(RendezvousPoint, RendezvousPoint.id == Movement.rendezvous_point_id)
            .where(ManifestEntry.person_id.in_(ids))
            .order_by(ManifestEntry.added_at, ManifestEntry.id)
        ):
            current_movement[person_id] = (movement_id, name, point)
        phones: dict[int, list[tuple[str, bool]]] = {}
        for person_id, number, valid in session.execute(
            select(PhoneNumber.person_id, PhoneNumber.number, PhoneNumber.valid)
            .where(PhoneNumber.person_id.in_(ids))
            .order_by(PhoneNumber.person_id, PhoneNumber.position, PhoneNumber.id)
        ).tuples():
            phones.setdefault(person_id, []).append((number, valid))
    by_id: dict[int, CaseRow] = {}
    for r in people:
        movement_id, movement, movement_point = current_movement.get(r.id, (None, None, None))
        summary = summary_of(r)
        by_id[r.id] = CaseRow(
            id=summary.id,
            name=summary.name,
            native_name=summary.native_name,
            legal_status=summary.legal_status,
            status=summary.status,
            household_id=summary.household_id,
            household=r.household_name or (f"#{r.household_id}" if r.household_id else None),
            rendezvous_point=r.point_name or movement_point,
            movement=movement,
            movement_id=movement_id,
            last_contact_at=r.last_contact_at,
            flags=frozenset(f for f, col in FLAG_COLUMNS.items() if getattr(r, col)),
            wishes_to_leave=r.wishes_to_leave,
            phones=tuple(phones.get(r.id, ())),
        )
    return [by_id[i] for i in ids if i in by_id]


def filter_counts(ctx: Context, query: CaseQuery, stale: StaleQuery | None = None) -> FilterCounts:
    """Counts for the filter panel: each facet is counted under every *other* filter.

    The persons that the search and the figure leave are read once, grouped by the value of
    every facet and by whether each filter asked for keeps them (a few thousand groups at
    most); a facet counts the groups that no other filter leaves out. A query per facet
    would find the search's hits again each time. Movements, of which a person may have
    several, are counted by a query of their own."""
    with ctx.db.reading() as session, stale.running(session) if stale else nullcontext():
        on_movements = select(
            ManifestEntry.movement_id, func.count(func.distinct(ManifestEntry.person_id))
        ).group_by(ManifestEntry.movement_id)
        searched = None
        if query.without("movement_ids") == _only(query, "search", "sort", "descending"):
            searched = index_ids(session, query.search)
        if searched is not None:
            # Typing with no other filter ticked: the index's ids are enough, no person's row
            # is read (on an encrypted file, reading them was half of the counts' time).
            on_movements = on_movements.where(ManifestEntry.person_id.in_(searched))
        else:
            on_movements = on_movements.join(Person, Person.id == ManifestEntry.person_id).where(
                *_conditions(session, query.without("movement_ids"))
            )
        movements = dict(session.execute(on_movements).tuples().all())
        filters = [facet for facet in FACETS if query.without(facet) != query]
        values: list[Any] = [
            Person.status,
            Person.legal_status,
            Person.rendezvous_point_id,
            Person.wishes_to_leave,
            case((not_contacted_condition(), True), else_=False),
            *[getattr(Person, column).is_(True) for column in FLAG_COLUMNS.values()],
        ]
        kept_by = [
            case((and_(*_conditions(session, _only(query, facet))), True), else_=False)
            for facet in filters
        ]
        everyone = _conditions(session, _only(query, "figure", "search"))
        shown = select(*values, *kept_by).where(*everyone).subquery()
        grouped = select(func.count(), *shown.c).group_by(*shown.c)
        statuses: dict[CaseStatus, int] = {}
        legal_statuses: dict[LegalStatus, int] = {}
        points: dict[int, int] = {}
        wishes: dict[WishesToLeave, int] = {}
        flags = dict.fromkeys(FLAG_COLUMNS, 0)
        not_contacted = 0
        for persons, status, legal, point, wish, overdue, *rest in session.execute(grouped):
            flagged, kept = rest[: len(FLAG_COLUMNS)], rest[len(FLAG_COLUMNS) :]
            left_out = [facet for facet, keeps in zip(filters, kept, strict=True) if not keeps]
            if len(left_out) > 1:
                continue  # every facet's count has another filter that leaves them out
            counted = set(left_out) or set(FACETS)  # a facet ignores only its own filter
            if "statuses" in counted:
                _add(statuses, status, persons)
            if "legal_statuses" in counted:
                _add(legal_statuses, legal, persons)
            if "rendezvous_point_ids" in counted:
                _add(points, point, persons)
            if "wishes" in counted:
                _add(wishes, wish, persons)
            if "not_contacted_48h" in counted and overdue:
                not_contacted += persons
            if "flags" in counted:
                for flag, on in zip(FLAG_COLUMNS, flagged, strict=True):
                    flags[flag] += persons if on else 0
        return FilterCounts(
            statuses=statuses,
            legal_statuses=legal_statuses,
            rendezvous_point_ids=points,
            movement_ids=movements,
            flags=flags,
            wishes=wishes,
            not_contacted_48h=not_contacted,
        )


# The filters a caseworker can tick in the panel, each counted under the others.
FACETS = (
    "statuses",
    "legal_statuses",
    "rendezvous_point_ids",
    "movement_ids",
    "flags",
    "wishes",
    "not_contacted_48h",
)


def _only(query: CaseQuery, *kept: str) -> CaseQuery:
    """A query with only the ``kept`` filters of ``query``."""
    return CaseQuery(**{name: getattr(query, name) for name in kept})


def _add(counts: dict[Any, int], value: Any, persons: int) -> None:
    if value is not None:
        counts[value] = counts.get(value, 0) + persons


def filter_choices(ctx: Context) -> FilterChoices:
    """Rendezvous points by name and movements by window, for the filter panel."""
    with ctx.db.reading() as session:
        points = [
            (pid, name)
            for pid, name in session.execute(
                select(RendezvousPoint.id, RendezvousPoint.name).order_by(RendezvousPoint.name)
            ).tuples()
        ]
        movements = [
            (mid, name)
            for mid, name in session.execute(
                select(Movement.id, Movement.name).order_by(Movement.window_start, Movement.id)
            ).tuples()
        ]
        return FilterChoices(points, movements)


def statuses_of(ctx: Context, person_ids: Sequence[int]) -> set[CaseStatus]:
    """The case statuses present in a selection (bulk changes offer what all of them allow)."""
    with ctx.db.reading() as session:
        found: set[CaseStatus] = set()
        for start in range(0, len(person_ids), _CHUNK):
            chunk = list(person_ids[start : start + _CHUNK])
            found.update(
                session.scalars(select(Person.status).where(Person.id.in_(chunk)).distinct())
            )
        return found
