"""The audit trail is tamper-evident: an event changed, deleted or inserted behind the
application's back is named by ``audit verify``; retention blanks values and the chain still
verifies; concurrent writers never fork the chain."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import Connection, create_engine, select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from evactrack.db.models import AuditEvent, Person
from evactrack.domain.enums import AuditAction, CaseStatus, Role
from evactrack.domain.errors import (
    PermissionDeniedError,
    ServerUnreachableError,
    ValidationError,
)
from evactrack.domain.timezones import utcnow
from evactrack.reports import generate
from evactrack.services import audit, case_status, export, imports, persons, retention, settings
from evactrack.services.context import Actor, Context, open_database
from tests.conftest import as_user, log_in
from tests.factories import make_person
from tests.services.dbstate import count

T = TypeVar("T")


def seed(ctx: Context, people: int = 4) -> list[int]:
    """A few persons with a history: creations, edits and transitions."""
    ids = []
    for n in range(people):
        person = make_person(ctx, f"Person{n}", status=CaseStatus.VERIFIED)
        ids.append(person.id)
    return ids


@contextmanager
def behind_the_back(ctx: Context) -> Iterator[Connection]:
    """Raw SQL as someone with the file, or the table owner's rights on PostgreSQL (who can
    switch the guarding trigger off), would write it."""
    with ctx.db.engine.begin() as connection:
        postgresql = connection.dialect.name == "postgresql"
        if postgresql:
            connection.execute(text("ALTER TABLE audit_events DISABLE TRIGGER audit_events_guard"))
        yield connection
        if postgresql:
            connection.execute(text("ALTER TABLE audit_events ENABLE TRIGGER audit_events_guard"))


def event_ids(ctx: Context) -> list[int]:
    with ctx.db.reading() as session:
        return list(session.scalars(select(AuditEvent.id).order_by(AuditEvent.id)))


def test_an_untouched_trail_verifies(ctx: Context) -> None:
    seed(ctx)
    check = audit.verify(ctx)
    assert check.intact, check.problem
    assert check.checked == len(event_ids(ctx)) > 10


@pytest.mark.parametrize(
    "tampering",
    [
        "UPDATE audit_events SET new_value = 'Someone else' WHERE id = :id",
        "UPDATE audit_events SET username = 'nobody' WHERE id = :id",
        "UPDATE audit_events SET occurred_at = occurred_at + INTERVAL '1 day' WHERE id = :id",
        "UPDATE audit_events SET old_value = NULL, new_value = NULL WHERE id = :id",
        "DELETE FROM audit_events WHERE id = :id",
    ],
    ids=["value", "username", "time", "values blanked", "deleted"],
)
def test_an_event_changed_or_deleted_behind_the_back_is_named(ctx: Context, tampering: str) -> None:
    seed(ctx)
    ids = event_ids(ctx)
    target = ids[len(ids) // 2]
    if ctx.db.is_sqlite:
        tampering = tampering.replace(
            "occurred_at + INTERVAL '1 day'", "datetime(occurred_at, '+1 day')"
        )
    with behind_the_back(ctx) as connection:
        assert connection.execute(text(tampering), {"id": target}).rowcount == 1
    check = audit.verify(ctx)
    assert not check.intact
    broken = target if "DELETE" not in tampering else ids[ids.index(target) + 1]
    assert check.broken_event == broken
    assert f"#{broken}" in (check.problem or "")


def test_an_event_inserted_behind_the_back_is_named(ctx: Context) -> None:
    seed(ctx)
    with behind_the_back(ctx) as connection:
        connection.execute(
            text(
                "INSERT INTO audit_events (occurred_at, username, action, entity, entity_id) "
                "VALUES (:at, 'intruder', 'create', 'person', 1)"
            ),
            {"at": utcnow().replace(tzinfo=None)},
        )
    check = audit.verify(ctx)
    assert not check.intact
    assert check.broken_event == event_ids(ctx)[-1]


def test_events_deleted_from_the_end_are_noticed(ctx: Context) -> None:
    seed(ctx)
    last = event_ids(ctx)[-3:]
    with behind_the_back(ctx) as connection:
        connection.execute(text("DELETE FROM audit_events WHERE id >= :first"), {"first": last[0]})
    check = audit.verify(ctx)
    assert not check.intact
    assert check.broken_event is None
    assert "newest events were deleted" in (check.problem or "")


@pytest.mark.pg
def test_postgresql_refuses_update_and_delete_of_events(pg_url: str) -> None:
    db = open_database(pg_url)
    ctx = as_user(db, "caseworker")
    seed(ctx, 1)
    for statement in (
        "UPDATE audit_events SET username = 'nobody'",
        "DELETE FROM audit_events",
    ):
        with (
            pytest.raises(Exception, match="never changed or deleted"),  # noqa: PT011
            db.engine.begin() as connection,
        ):
            connection.execute(text(statement))
    assert audit.verify(ctx).intact
    db.close()


# ---------------------------------------------------------------- bulk writers


def test_an_import_and_its_undo_keep_the_chain_and_leave_no_name(
    ctx: Context, tmp_path: Path
) -> None:
    seed(ctx, 2)
    source = tmp_path / "list.csv"
    source.write_text(
        "Given name,Family name,Phone\n"
        + "".join(f"Imported{n},Family{n},+93 70 123 {4000 + n}\n" for n in range(30)),
        encoding="utf-8",
    )
    result = imports.run_import(ctx, source, imports.ImportOptions())
    assert result.created == 30
    assert audit.verify(ctx).intact
    imports.undo_import(ctx, result.batch_id)
    check = audit.verify(ctx)
    assert check.intact, check.problem
    with ctx.db.reading() as session:
        kept = session.scalars(
            select(AuditEvent.new_value).where(
                AuditEvent.entity == "person", AuditEvent.action == AuditAction.CREATE
            )
        ).all()
    assert not [name for name in kept if name and "Imported" in name]


# ---------------------------------------------------------------- access events


def test_exports_prints_and_case_views_are_audited(ctx: Context, tmp_path: Path) -> None:
    (someone,) = seed(ctx, 1)
    persons.view_person(ctx, someone)
    export.export_persons_csv(ctx, tmp_path / "all.csv")
    generate.case_sheet(ctx, someone, redact=True)
    with ctx.db.reading() as session:
        events = session.execute(
            select(AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.field)
            .where(AuditEvent.action.in_([AuditAction.VIEW, AuditAction.EXPORT, AuditAction.PRINT]))
            .order_by(AuditEvent.id)
        ).all()
    assert [tuple(e) for e in events] == [
        (AuditAction.VIEW, "person", someone, None),
        (AuditAction.EXPORT, "export", None, "persons_csv"),
        (AuditAction.PRINT, "report", someone, "case_sheet"),
    ]
    assert all(e.action is not AuditAction.VIEW for e in audit.person_history(ctx, someone))
    assert audit.verify(ctx).intact


# ---------------------------------------------------------------- retention


def close_long_ago(ctx: Context, person_id: int, status: CaseStatus, days: int) -> None:
    case_status.change_status(ctx, person_id, status, reason="closed in the test")
    with ctx.db.engine.begin() as connection:  # the clock moved on: their closing is old
        connection.execute(
            text("UPDATE status_changes SET changed_at = :at WHERE person_id = :id"),
            {"at": (utcnow() - timedelta(days=days)).replace(tzinfo=None), "id": person_id},
        )


def test_purge_deletes_old_closed_cases_and_the_chain_still_verifies(ctx: Context) -> None:
    old_declined, old_duplicate, recent, still_open = seed(ctx, 4)
    close_long_ago(ctx, old_declined, CaseStatus.DECLINED, 400)
    close_long_ago(ctx, old_duplicate, CaseStatus.DUPLICATE, 400)
    close_long_ago(ctx, recent, CaseStatus.DECLINED, 10)
    assert retention.purge(ctx, 365, dry_run=True).persons == 2
    assert count(ctx, Person) == 4

    result = retention.purge(ctx, 365)

    assert result.persons == 2 and result.events_blanked > 0
    with ctx.db.reading() as session:
        left = set(session.scalars(text("SELECT id FROM persons")))
        for table in ("phone_numbers", "status_changes", "identity_documents"):
            orphans = session.execute(
                text(f"SELECT count(*) FROM {table} WHERE person_id IN (:a, :b)"),
                {"a": old_declined, "b": old_duplicate},
            ).scalar()
            assert orphans == 0, table
        values = session.execute(
            select(AuditEvent.old_value, AuditEvent.new_value).where(
                AuditEvent.entity == "person",
                AuditEvent.entity_id.in_([old_declined, old_duplicate]),
            )
        ).all()
        disposal = session.execute(
            select(AuditEvent.field, AuditEvent.new_value).where(
                AuditEvent.action == AuditAction.DISPOSE
            )
        ).one()
    assert left == {recent, still_open}
    assert values and all(v == (None, None) for v in values)
    assert tuple(disposal) == ("persons", "2")
    check = audit.verify(ctx)
    assert check.intact, check.problem
    if ctx.db.is_sqlite:
        assert result.backup is not None and "before-purge" in result.backup.name


def test_purge_uses_the_retention_setting_and_is_for_admins(ctx: Context) -> None:
    with pytest.raises(ValidationError, match="how many days"):
        retention.purge(ctx)
    with pytest.raises(ValidationError):
        settings.put(ctx, settings.RETENTION_DAYS, "0")
    settings.put(ctx, settings.RETENTION_DAYS, "30")
    (person,) = seed(ctx, 1)
    close_long_ago(ctx, person, CaseStatus.DECLINED, 31)
    caseworker = Context(ctx.db, Actor(None, "someone", Role.CASEWORKER))
    with pytest.raises(PermissionDeniedError):
        retention.purge(caseworker)
    assert retention.purge(ctx).persons == 1


# ---------------------------------------------------------------- concurrency


def _write_events(url: str, name: str, rounds: int) -> None:
    """Until SQLite's busy writers wait (BEGIN IMMEDIATE, the team work), a writer refused by
    a busy database tries again: what is tested is that no write forks the chain."""
    db = open_database(url)
    ctx = _retried(lambda: as_user(db, name))
    for n in range(rounds):
        given = persons.PersonInput(given_name=f"{name}{n}")
        _retried(lambda given=given: persons.create_person(ctx, given))  # type: ignore[misc]
    db.close()


def _retried(step: Callable[[], T]) -> T:
    for _attempt in range(99):
        try:
            return step()
        except OperationalError:
            time.sleep(0.05)
    return step()


def test_two_processes_writing_never_fork_the_chain(db_url: str) -> None:
    db = open_database(db_url)
    ctx = as_user(db, "admin")
    seed(ctx, 1)
    spawn = multiprocessing.get_context("spawn")
    writers = [spawn.Process(target=_write_events, args=(db_url, n, 25)) for n in ("a", "b")]
    for w in writers:
        w.start()
    for w in writers:
        w.join(120)
        assert w.exitcode == 0
    check = audit.verify(ctx)
    assert check.intact, check.problem
    assert count(ctx, Person) == 51
    db.close()


def test_an_old_database_is_chained_by_its_upgrade(tmp_path: Path) -> None:
    from tests.db.test_old_databases import SCHEMAS, restore

    path = tmp_path / "field-office.sqlite3"
    restore(SCHEMAS[0], path)
    db = open_database(str(path))
    ctx = log_in(db)  # its accounts of before have no password: the first start makes one
    check = audit.verify(ctx)
    assert check.intact, check.problem
    assert check.checked > 40
    db.close()


def test_the_command_line_names_the_broken_event(sqlite_url: str) -> None:
    from evactrack.cli import main

    db = open_database(sqlite_url)
    ctx = log_in(db)
    seed(ctx, 2)
    target = event_ids(ctx)[3]
    db.close()
    assert main(["--db", sqlite_url, "audit", "verify"]) == 0
    with open_database(sqlite_url).engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_events SET field = 'x' WHERE id = :id"), {"id": target}
        )
    assert main(["--db", sqlite_url, "audit", "verify", "--json"]) == 1
    assert main(["--db", sqlite_url, "purge", "--older-than", "30"]) == 2  # no --yes


def test_cli_json_output(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from evactrack.cli import main

    db = open_database(sqlite_url)
    seed(log_in(db), 1)
    db.close()
    assert main(["--db", sqlite_url, "audit", "verify", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["intact"] is True and found["broken_event"] is None and found["checked"] > 0


# ---------------------------------------------------------------- the commit (PostgreSQL)
# There the events, the new chain head and the COMMIT go to the server in one round trip
# (db.engine.commit_in_one_trip): a failure in it must leave the transaction undone.


@pytest.mark.pg
def test_events_refused_at_the_commit_leave_nothing_of_the_transaction(pg_url: str) -> None:
    db = open_database(pg_url)
    ctx = as_user(db, "admin")
    person = make_person(ctx, "Zahra", "Ahmadi").id
    events = count(ctx, AuditEvent)
    nobody = Actor(user_id=999_999, username="nobody", role=Role.ADMIN)  # no such account
    with pytest.raises(IntegrityError, match="audit_events"), db.transaction() as session:
        session.get_one(Person, person).given_name = "Zahra Bibi"
        audit.record(session, nobody, AuditAction.UPDATE, "person", person, "given_name")
    assert persons.get_person(ctx, person).data.given_name == "Zahra"
    assert count(ctx, AuditEvent) == events
    make_person(ctx, "Nadia", "Karimi")  # the next write chains on: the head was not moved
    check = audit.verify(ctx)
    assert check.intact, check.problem
    db.close()


@pytest.mark.pg
def test_a_server_lost_at_the_commit_is_said_and_nothing_is_written(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection ends after the chain head is locked, before the events are sent."""
    db = open_database(pg_url)
    ctx = as_user(db, "admin")
    person = make_person(ctx, "Zahra", "Ahmadi")
    events = count(ctx, AuditEvent)
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    backend: list[int] = []
    chain_rows = audit.chain_rows

    def server_gone(previous: str | None, rows: list[dict[str, object]]) -> str:
        with admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": backend[0]})
        time.sleep(0.2)
        return chain_rows(previous, rows)

    persons.update_person(ctx, person.id, person.version, replace(person.data, notes="seen"))
    monkeypatch.setattr(audit, "chain_rows", server_gone)
    with pytest.raises(ServerUnreachableError), db.transaction() as session:
        backend.append(session.scalar(text("SELECT pg_backend_pid()")))
        session.get_one(Person, person.id).family_name = "Ahmadzai"
        audit.record(session, ctx.actor, AuditAction.UPDATE, "person", person.id, "family_name")
    monkeypatch.setattr(audit, "chain_rows", chain_rows)
    admin.dispose()
    now = persons.get_person(ctx, person.id)  # a new connection
    assert (now.data.notes, now.data.family_name) == ("seen", "Ahmadi")
    assert count(ctx, AuditEvent) == events + 1  # the edit's, not the lost transaction's
    check = audit.verify(ctx)
    assert check.intact, check.problem
    db.close()


@pytest.mark.pg
def test_events_take_their_ids_once_they_hold_the_chain_head(pg_url: str) -> None:
    """A writer that waits for the head gets ids after those of the writer that held it, so
    the ids follow the chain (``audit verify`` walks it by id)."""
    db = open_database(pg_url)
    ctx = as_user(db, "admin")
    make_person(ctx, "Zahra", "Ahmadi")
    holder = create_engine(pg_url)
    written: list[int] = []
    with holder.connect() as connection:
        connection.execute(text("SELECT chain_hash FROM audit_chain_head FOR UPDATE"))
        writer = threading.Thread(target=lambda: written.append(make_person(ctx, "Nadia").id))
        writer.start()
        deadline = time.monotonic() + 10
        while not connection.scalar(
            text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
        ):
            assert time.monotonic() < deadline, "the writer never waited for the head"
            time.sleep(0.02)
        taken = connection.scalar(
            text("SELECT nextval(pg_get_serial_sequence('audit_events', 'id'))")
        )
        connection.commit()
    writer.join(10)
    holder.dispose()
    with db.reading() as session:
        ids = session.scalars(
            select(AuditEvent.id).where(
                AuditEvent.entity == "person", AuditEvent.entity_id == written[0]
            )
        ).all()
    assert ids and min(ids) > taken
    check = audit.verify(ctx)
    assert check.intact, check.problem
    db.close()
