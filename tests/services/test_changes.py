"""The change feed: colleagues' changes are reported, each record once, never this process's
own; on PostgreSQL a NOTIFY names what changed, and only once the transaction commits."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import psycopg
import pytest
from sqlalchemy.engine import make_url

from evactrack.domain.enums import AuditAction
from evactrack.services import audit, changes, persons
from evactrack.services.changes import Change, Feed
from evactrack.services.context import Context, Database, open_database
from tests.conftest import as_user
from tests.factories import make_person


@pytest.fixture
def colleague(db_url: str) -> Iterator[Context]:
    """Another caseworker on the same database, through an engine of their own."""
    database = open_database(db_url)
    yield as_user(database, "colleague")
    database.close()


def _rename(ctx: Context, person_id: int, family: str) -> None:
    detail = persons.get_person(ctx, person_id)
    persons.update_person(ctx, person_id, detail.version, replace(detail.data, family_name=family))


def _rolled_back_write(ctx: Context, person_id: int) -> None:
    """A write whose audit event was flushed, then rolled back by an error."""
    with pytest.raises(RuntimeError), ctx.db.transaction() as session:
        audit.record(session, ctx.actor, AuditAction.UPDATE, "person", person_id, "x", "a", "b")
        session.flush()
        raise RuntimeError("the write fails after its audit event")


def test_colleagues_changes_are_reported_and_own_ones_are_not(
    ctx: Context, colleague: Context
) -> None:
    mine = make_person(ctx, "Zahra", "Ahmadi").id
    feed = Feed.from_now(ctx.db)
    _rename(ctx, mine, "Ahmadi-Karimi")
    theirs = make_person(colleague, "Bashir", "Karimi").id
    _rename(colleague, mine, "Ahmadzai")
    _rename(colleague, mine, "Ahmadzai Khan")  # the same record again: reported once
    assert feed.read() == (
        Change("person", theirs, "colleague"),
        Change("person", mine, "colleague"),
    )
    assert feed.read() == ()
    _rename(ctx, mine, "Ahmadi")
    assert feed.read() == ()


def test_an_own_write_rolled_back_does_not_hide_a_colleagues_next_one(
    ctx: Context, colleague: Context
) -> None:
    """SQLite gives the ids of a rolled-back event to the next writer, here a colleague."""
    person = make_person(ctx).id
    feed = Feed.from_now(ctx.db)
    _rolled_back_write(ctx, person)
    _rename(colleague, person, "Karimi")
    assert feed.read() == (Change("person", person, "colleague"),)


def test_many_changes_are_reported_by_kind(
    ctx: Context, colleague: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import of thousands: the views reload as a whole rather than read each id."""
    monkeypatch.setattr(changes, "MANY", 3)
    feed = Feed.from_now(ctx.db)
    for n in range(5):
        make_person(colleague, f"Person{n}")
    assert feed.read() == (Change("person", None, "colleague"),)
    assert feed.read() == ()


@contextmanager
def _following(db: Database) -> Iterator[tuple[list[changes.FeedEvent], threading.Event]]:
    """The feed of ``db`` on a thread, as the window runs it: what it reported, and an event
    set at each report."""
    stop, reported = threading.Event(), threading.Event()
    seen: list[changes.FeedEvent] = []

    def follow() -> None:
        for event in changes.watch(db, stop):
            seen.append(event)
            reported.set()

    thread = threading.Thread(target=follow)
    thread.start()
    try:
        threading.Event().wait(changes.POLL_S / 2)  # the feed has taken its starting point
        yield seen, reported
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()


def test_watch_reports_a_colleagues_change_as_it_is_committed(
    ctx: Context, colleague: Context
) -> None:
    with _following(ctx.db) as (seen, reported):
        person = make_person(ctx).id  # own write: nothing reported
        threading.Event().wait(2 * changes.POLL_S)
        assert seen == []
        _rename(colleague, person, "Karimi")
        assert reported.wait(10)
    assert seen == [changes.FeedEvent((Change("person", person, "colleague"),))]


@contextmanager
def _slow_and_quick(pg_url: str) -> Iterator[tuple[Context, Context, int, int, Feed]]:
    """Two caseworkers ("slow", "quick") beside a third who made two persons and follows the
    feed from now: the two persons' ids and that feed."""
    databases = [open_database(pg_url) for _ in range(3)]
    try:
        me, slow, quick = (
            as_user(d, n) for d, n in zip(databases, ("me", "slow", "quick"), strict=True)
        )
        first, second = make_person(me).id, make_person(me).id
        yield slow, quick, first, second, Feed.from_now(me.db)
    finally:
        for database in databases:
            database.close()


@pytest.mark.pg
def test_a_colleagues_write_waits_for_an_earlier_one_to_commit(
    pg_url: str, test_passphrase: str
) -> None:
    """PostgreSQL hands out ids when rows are written: the audit chain's head, locked from
    the writing of the events to the commit, makes events commit in the order of their ids,
    so the feed misses none."""
    with _slow_and_quick(pg_url) as (slow, quick, first, second, feed):
        renamed = threading.Event()
        with slow.db.transaction() as session:
            audit.record(session, slow.actor, AuditAction.UPDATE, "person", first, "x", "a", "b")
            audit.write_recorded(session)
            waiting = threading.Thread(
                target=lambda: (_rename(quick, second, "Karimi"), renamed.set())
            )
            waiting.start()
            assert not renamed.wait(1)
            assert feed.read() == ()
        waiting.join(10)
        assert renamed.is_set()
        assert feed.read() == (Change("person", first, "slow"), Change("person", second, "quick"))


@pytest.mark.pg
def test_a_write_still_at_work_does_not_hold_up_a_colleagues(
    pg_url: str, test_passphrase: str
) -> None:
    """Events are written, and the chain's head locked, at the commit only: a colleague's
    save goes through while a long write is still at work, and the feed sees both, each once,
    in the order they committed."""
    with _slow_and_quick(pg_url) as (slow, quick, first, second, feed):
        with slow.db.transaction() as session:
            audit.record(session, slow.actor, AuditAction.UPDATE, "person", first, "x", "a", "b")
            session.flush()
            done = threading.Thread(target=lambda: _rename(quick, second, "Karimi"))
            done.start()
            done.join(10)
            assert not done.is_alive()
            assert feed.read() == (Change("person", second, "quick"),)
        assert feed.read() == (Change("person", first, "slow"),)
        assert audit.verify(slow).intact


@pytest.mark.pg
def test_notify_names_the_change_and_waits_for_the_commit(
    pg_url: str, test_passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(pg_url)
    # A name of this run's own: the channel is the whole database's, which another test run
    # on the same server may be writing to at this moment.
    name = f"colleague-{uuid.uuid4().hex[:8]}"
    try:
        ctx = as_user(db, name)
        first, second, third = (make_person(ctx).id for _ in range(3))
        url = make_url(pg_url).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute(f"LISTEN {changes.CHANNEL}")
            _rolled_back_write(ctx, first)  # nothing is announced
            _rename(ctx, first, "Karimi")
            payloads = [n.payload for n in conn.notifies(timeout=2) if name in n.payload]
            monkeypatch.setattr(changes, "MANY", 1)
            with ctx.db.transaction() as session:  # a bulk change: one notice for the kind
                for person in (second, third):
                    audit.record(session, ctx.actor, AuditAction.UPDATE, "person", person, "x")
            bulk = [n.payload for n in conn.notifies(timeout=2) if name in n.payload]
    finally:
        db.close()
    assert payloads == [f"person:{first}:{name}"]
    assert bulk == [f"person::{name}"]


def test_an_encrypted_file_is_followed_too(
    encrypted_sqlite_url: str, encrypted_ctx: Context, test_passphrase: str
) -> None:
    """The feed's own connection is keyed as the engine's are."""
    database = open_database(encrypted_sqlite_url, passphrase=test_passphrase)
    try:
        colleague = as_user(database, "colleague")
        with _following(encrypted_ctx.db) as (seen, reported):
            person = make_person(colleague).id
            assert reported.wait(10)
        assert seen == [changes.FeedEvent((Change("person", person, "colleague"),))]
    finally:
        database.close()
