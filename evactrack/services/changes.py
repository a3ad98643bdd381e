"""The change feed: which records colleagues changed, so that an open window can follow.

Every write leaves audit events (services/audit.py); the feed reads those that came after
the last one it saw, so one path serves both engines, catches up after a lost connection
and sees bulk writes too. What wakes it: on PostgreSQL a ``NOTIFY evactrack,
'<entity>:<id>:<user>'`` sent inside the writing transaction (delivered only on commit;
``psql``'s ``LISTEN evactrack`` shows the same), on SQLite ``PRAGMA data_version``, asked
every second on a connection of its own. Events written by this process are left out: a
window never reacts to its own saves.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ARRAY, ScalarSelect, Text, bindparam, event, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import Pool

from evactrack.db.models import AuditEvent
from evactrack.domain.enums import AuditAction

if TYPE_CHECKING:
    from evactrack.services.context import Database

log = logging.getLogger(__name__)

CHANNEL = "evactrack"
POLL_S = 1.0  # SQLite: how often data_version is asked; PostgreSQL: how often a wait looks up
RETRY_S = (0.5, 1.0, 2.0, 4.0, 5.0)  # waits between attempts to reach a lost server
MANY = 500  # more events than this in one look: each kind of record is reported as a whole
# Reads (views, exports, prints) are audited too; they change nothing anyone shows.
WRITES = frozenset(
    {
        AuditAction.CREATE,
        AuditAction.UPDATE,
        AuditAction.DELETE,
        AuditAction.TRANSITION,
        AuditAction.MERGE,
    }
)
# The audit events this process wrote, per database: not colleagues' changes.
# Keyed by the connection pool: the engine that writes (``db.engine.writing``) is a copy of the
# database's engine with other options, and shares its pool.
_OWN: weakref.WeakKeyDictionary[Pool, set[int]] = weakref.WeakKeyDictionary()
_OWN_LOCK = threading.Lock()  # the write worker adds to them while the feed's thread reads
_PENDING = "evactrack.changes.pending"


@dataclass(frozen=True, slots=True)
class Change:
    """A record a colleague changed; ``entity_id`` ``None``: many records of that kind."""

    entity: str
    entity_id: int | None
    username: str | None


@dataclass(frozen=True, slots=True)
class FeedEvent:
    """What the feed reports: colleagues' changes, and whether the server was just lost
    (``False``) or reached again (``True``); ``None``: nothing new about the connection."""

    changes: tuple[Change, ...] = ()
    connected: bool | None = None


def announce_writes(sessions: sessionmaker[Session]) -> None:
    """Forget, when a transaction of ``sessions`` rolls back, the events it noted as this
    process's own (:func:`note_own`)."""
    event.listen(sessions, "after_commit", _after_commit)
    event.listen(sessions, "after_rollback", _after_rollback)


def notices(session: Session, events: Sequence[Mapping[str, Any]]) -> list[str]:
    """What to tell the listeners of the records the audit ``events`` change: one notice per
    record (beyond ``MANY``, one per kind); none on SQLite, whose readers ask instead."""
    if session.get_bind().engine.dialect.name != "postgresql":
        return []
    written = [
        (e["entity"], e["entity_id"], e["username"]) for e in events if e["action"] in WRITES
    ]
    if len(written) > MANY:
        written = [(entity, None, user) for entity, _id, user in written]
    return sorted({f"{entity}:{i or ''}:{user or ''}" for entity, i, user in written})


def sending(said: list[str]) -> ScalarSelect[int]:
    """An expression that sends the ``notices`` (``NOTIFY``, delivered when the transaction
    commits) wherever a statement evaluates it: they ride on a statement the transaction
    runs anyway, one round trip fewer on every save, however many records."""
    notice = func.unnest(bindparam("notices", said, type_=ARRAY(Text))).column_valued("notice")
    return select(func.count(func.pg_notify(CHANNEL, notice))).scalar_subquery()


def note_own(session: Session, written: Iterable[tuple[int, AuditAction]]) -> None:
    """The audit events (id, action) this transaction has just written (``services.audit``
    tells): this process's own, not colleagues' changes."""
    own = [event_id for event_id, action in written if action in WRITES]
    if not own:
        return
    with _OWN_LOCK:
        _OWN.setdefault(session.get_bind().engine.pool, set()).update(own)
    session.info.setdefault(_PENDING, []).extend(own)


def _after_commit(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _after_rollback(session: Session) -> None:
    """Ids of events rolled back are no one's: SQLite gives them to the next writer."""
    ids = session.info.pop(_PENDING, [])
    with _OWN_LOCK:
        _OWN.get(session.get_bind().engine.pool, set()).difference_update(ids)


@dataclass
class Feed:
    """Where a reader of the audit trail is: the last event seen. Events commit in the order
    of their ids: each writer holds the audit chain's head from writing its events to its
    commit (``audit.write_recorded``), so no id below the last one seen can still appear."""

    db: Database
    last: int = 0

    @classmethod
    def from_now(cls, db: Database) -> Feed:
        with db.reading() as session:
            return cls(db, session.scalar(select(func.max(AuditEvent.id))) or 0)

    def read(self) -> tuple[Change, ...]:
        """Colleagues' changes since the last read, each record once."""
        columns = (AuditEvent.id, AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id)
        wanted = AuditEvent.id > self.last
        with self.db.reading() as session:
            rows = session.execute(
                select(*columns, AuditEvent.username)
                .where(wanted)
                .order_by(AuditEvent.id)
                .limit(MANY + 1)
            ).all()
            if len(rows) > MANY:
                top = session.scalar(select(func.max(AuditEvent.id))) or self.last
                kinds = session.execute(
                    select(AuditEvent.entity, AuditEvent.username)
                    .where(wanted, AuditEvent.id <= top, AuditEvent.action.in_(WRITES))
                    .distinct()
                ).all()
                self.last = top
                return tuple(Change(entity, None, user) for entity, user in kinds)
        found = {row.id for row in rows}
        with _OWN_LOCK:
            own = _OWN.get(self.db.engine.pool, set())
            changes = {
                Change(row.entity, row.entity_id, row.username): None
                for row in rows
                if row.action in WRITES and row.id not in own
            }
            own.difference_update(found)
        self.last = max(self.last, *found) if found else self.last
        return tuple(changes)


def watch(db: Database, stop: threading.Event) -> Iterator[FeedEvent]:
    """Colleagues' changes as they are committed, until ``stop`` is set or the database is
    closed; runs on a thread of its own (it waits). On PostgreSQL a lost server is reported
    once, then reached again with growing waits, then reported back with what changed
    meanwhile."""
    feed = Feed.from_now(db)
    if db.is_sqlite:
        yield from _watch_file(db, feed, stop)
    else:
        yield from _watch_server(db, feed, stop)


def _dedicated(db: Database) -> Any:
    """A connection of the feed's own, opened as the engine opens every connection (keys,
    pragmas, server options) but outside its pool: it stays with the feed."""
    connection = db.engine.raw_connection()
    connection.detach()
    return connection


def _errors(db: Database) -> tuple[type[Exception], ...]:
    """What a lost server or a busy file raises, through the engine or from the driver."""
    return (SQLAlchemyError, db.engine.dialect.loaded_dbapi.Error)


def _watch_file(db: Database, feed: Feed, stop: threading.Event) -> Iterator[FeedEvent]:
    """SQLite: ``data_version`` changes when another connection, of this process or of
    another, has committed; the audit trail says what, and whose."""
    errors = _errors(db)
    connection = _dedicated(db)
    try:
        cursor = connection.cursor()

        def version() -> int:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])

        seen = version()
        while not stop.wait(POLL_S) and not db.closed:
            try:
                now = version()
                changes = feed.read() if now != seen else ()
            except errors as exc:  # busy for longer than the timeout: the next look sees it
                log.warning("cannot look for colleagues' changes: %s", type(exc).__name__)
                continue
            seen = now
            if changes:
                yield FeedEvent(changes)
    finally:
        connection.close()


def _watch_server(db: Database, feed: Feed, stop: threading.Event) -> Iterator[FeedEvent]:
    """PostgreSQL: ``LISTEN`` on a connection of its own; each notification wakes a read."""
    lost = _errors(db)
    connection: Any = None
    failures = 0
    try:
        while not stop.is_set() and not db.closed:
            try:
                if connection is None:
                    connection = _dedicated(db)
                    listening = connection.dbapi_connection
                    listening.autocommit = True
                    listening.execute(f"LISTEN {CHANNEL}")
                    if failures:
                        failures = 0
                        yield FeedEvent(feed.read(), connected=True)
                if any(True for _ in listening.notifies(timeout=POLL_S, stop_after=1)):
                    changes = feed.read()
                    if changes:
                        yield FeedEvent(changes)
            except lost:
                log.info("the database server cannot be reached; trying again")
                if connection is not None:
                    with suppress(*lost):
                        connection.close()
                    connection = None
                if not failures:
                    yield FeedEvent(connected=False)
                stop.wait(RETRY_S[min(failures, len(RETRY_S) - 1)])
                failures += 1
    finally:
        if connection is not None:
            connection.close()
