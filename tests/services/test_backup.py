"""A backup is the whole database in one private file, put in place only when it is complete:
a cancel or a refusal leaves nothing behind and never touches an earlier backup."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from evactrack import demo
from evactrack.db import cipher
from evactrack.db.engine import sqlite_path
from evactrack.db.migrate import pg_dump_command
from evactrack.db.models import AuditEvent, Person
from evactrack.domain.enums import Role
from evactrack.domain.errors import BackupError, OperationCancelled, PermissionDeniedError
from evactrack.services import backup
from evactrack.services.context import Actor, Context, open_database
from tests.conftest import TEST_PASSPHRASE, log_in

PREVIOUS = b"an earlier backup, to be kept"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def own_url(request: pytest.FixtureRequest) -> str:
    """A database of this test's own on both backends: the PostgreSQL one is a schema that
    the restore test may drop and restore."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("empty_pg_url"))


@pytest.fixture
def own_ctx(own_url: str) -> Iterator[Context]:
    db = open_database(own_url)
    yield log_in(db)
    db.close()


@pytest.fixture
def demo_sqlite_ctx(sqlite_ctx: Context) -> Context:
    """Enough pages for a copy to stop midway."""
    demo.generate(sqlite_ctx, 300, seed=1)
    return sqlite_ctx


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for backups alone (the SQLite test database lives in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def persons_in(ctx: Context) -> list[tuple[int, str | None, str | None]]:
    with ctx.db.reading() as session:
        rows = session.execute(
            select(Person.id, Person.given_name, Person.family_name).order_by(Person.id)
        )
        return [(pid, given, family) for pid, given, family in rows]


def backup_events(ctx: Context) -> list[str | None]:
    with ctx.db.reading() as session:
        return list(
            session.scalars(select(AuditEvent.new_value).where(AuditEvent.entity == "backup"))
        )


def left_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def libpq(url: str) -> tuple[str, dict[str, str]]:
    """A SQLAlchemy URL as pg_restore takes it (password in the environment)."""
    parsed = make_url(url).set(drivername="postgresql")
    environment = dict(os.environ)
    if parsed.password is not None:
        environment["PGPASSWORD"] = str(parsed.password)
    bare = parsed.set(password=None).difference_update_query(["options"])
    return bare.render_as_string(hide_password=False), environment


def restore_postgresql(url: str, sealed: Path) -> None:
    """Drop the schema the dump was taken of and let pg_restore make it again from the
    dump the backup sealed."""
    dump = sealed.with_name("opened.dump")
    dump.write_bytes(cipher.unseal(sealed.read_bytes(), TEST_PASSPHRASE))
    schema = str(make_url(url).query["options"]).split("search_path=", 1)[1]
    engine_url, environment = libpq(url)
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={engine_url}", str(dump)],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )


def running_with(name: str) -> list[str]:
    """The processes whose command line names ``name`` (Linux)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command_line = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if name.encode() in command_line:
                found.append(entry.name)
    return found


# ---------------------------------------------------------------- a backup that works


@pytest.mark.pg_client
def test_the_copy_is_private_and_holds_the_same_persons(
    own_url: str, own_ctx: Context, tmp_path: Path
) -> None:
    demo.generate(own_ctx, 60, seed=2)
    before = persons_in(own_ctx)
    target = tmp_path / "backups" / "cases.backup"
    target.parent.mkdir()
    modes: list[int] = []

    def progress(done: int, total: int) -> None:
        # The temporary file is private from the start, not once the copy is done.
        modes.extend(stat.S_IMODE(p.stat().st_mode) for p in target.parent.iterdir())

    result = backup.back_up(own_ctx, target, progress, pages_per_step=8, passphrase=TEST_PASSPHRASE)

    assert modes and set(modes) == {0o600}
    assert result.path == target and result.persons == len(before)
    assert result.kind == ("sqlite" if own_ctx.db.is_sqlite else "postgresql")
    assert result.bytes == target.stat().st_size > 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert left_in(target.parent) == ["cases.backup"]
    assert backup_events(own_ctx) == [str(target)]

    if own_ctx.db.is_sqlite:
        copy = open_database(str(target))
    else:
        sealed = target.read_bytes()
        assert cipher.is_sealed(sealed) and backup.DUMP_MAGIC not in sealed
        own_ctx.db.close()
        restore_postgresql(own_url, target)
        copy = open_database(own_url)
    try:
        assert persons_in(log_in(copy)) == before
    finally:
        copy.close()


def test_an_earlier_file_is_replaced_whole(sqlite_ctx: Context, tmp_path: Path) -> None:
    target = tmp_path / "cases.sqlite3.bak"
    target.write_bytes(PREVIOUS)
    target.chmod(0o644)
    result = backup.back_up(sqlite_ctx, target)
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert result.persons == 0
    assert not list(tmp_path.glob(".evactrack-backup-*"))


def test_a_sqlite_copy_is_one_self_contained_file(sqlite_ctx: Context, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    backup.back_up(sqlite_ctx, target)
    header = target.read_bytes()[:20]
    assert header[18:20] == b"\x01\x01"  # rollback journal, not WAL: no -wal file needed


def test_default_file_name_is_dated_and_names_the_kind(ctx: Context) -> None:
    from datetime import datetime

    name = backup.default_file_name(ctx, datetime(2021, 8, 26, 17, 48))
    suffix = ".sqlite3" if ctx.db.is_sqlite else ".dump"
    assert name == f"evactrack-backup-20210826-1748{suffix}"


# ---------------------------------------------------------------- cancelled


def test_a_cancel_midway_leaves_no_file_and_keeps_the_earlier_one(
    demo_sqlite_ctx: Context, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "backup.sqlite3"
    target.write_bytes(PREVIOUS)
    seen: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:
        seen.append((done, total))
        assert left_in(folder) != ["backup.sqlite3"]  # the temporary file is there
        raise OperationCancelled("cancelled")

    with pytest.raises(OperationCancelled):
        backup.back_up(demo_sqlite_ctx, target, cancel, pages_per_step=2)

    assert len(seen) == 1 and 0 < seen[0][0] < seen[0][1]  # stopped midway
    assert left_in(folder) == ["backup.sqlite3"]
    assert target.read_bytes() == PREVIOUS
    assert backup_events(demo_sqlite_ctx) == []


@pytest.mark.pg
@pytest.mark.pg_client
def test_a_cancel_stops_pg_dump_and_leaves_no_file(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    ctx = log_in(db)
    demo.generate(ctx, 100, seed=1)
    target = tmp_path / "backup.dump"
    target.write_bytes(PREVIOUS)
    temporary: list[str] = []

    def cancel(done: int, total: int) -> None:
        assert (done, total) == (0, 0)  # pg_dump gives no measure
        temporary.extend(n for n in left_in(tmp_path) if n != "backup.dump")
        raise OperationCancelled("cancelled")

    try:
        with pytest.raises(OperationCancelled):
            backup.back_up(ctx, target, cancel, passphrase=TEST_PASSPHRASE)
        assert len(temporary) == 1
        assert running_with("--snapshot=") == []  # pg_dump was stopped
        assert left_in(tmp_path) == ["backup.dump"]
        assert target.read_bytes() == PREVIOUS
        assert backup_events(ctx) == []
    finally:
        db.close()


# ---------------------------------------------------------------- refused


def test_a_copy_that_stays_locked_gives_up_with_a_clear_message(
    sqlite_ctx: Context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's online backup retries a locked database for ever; an import waiting for its
    backup would hang with it. The copy gives up after the time a write waits."""
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "backup.sqlite3"
    target.write_bytes(PREVIOUS)
    held = tmp_path / "held.sqlite3"
    holder = sqlite3.connect(held, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")  # the copy can never write there
    monkeypatch.setattr(backup, "BACKUP_WAIT_S", 0.3)
    monkeypatch.setattr(
        backup, "raw_sqlite_connection", lambda _path, _key: sqlite3.connect(held, timeout=0)
    )
    started = time.monotonic()
    with pytest.raises(BackupError, match="stayed locked"):
        backup.back_up(sqlite_ctx, target)
    assert time.monotonic() - started < 10
    holder.close()
    assert left_in(folder) == ["backup.sqlite3"] and target.read_bytes() == PREVIOUS
    assert backup_events(sqlite_ctx) == []


@pytest.mark.pg
@pytest.mark.pg_client
@pytest.mark.parametrize("locked", ["before the count", "before pg_dump"])
def test_a_dump_of_a_table_held_locked_gives_up_with_a_clear_message(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, locked: str
) -> None:
    """A table held locked (a migration, another tool) would make the count, or pg_dump
    behind it, wait for as long as it is held. Both give up after the time a write waits."""
    monkeypatch.setattr(backup, "BACKUP_WAIT_S", 0.5)
    db = open_database(pg_url)
    ctx = log_in(db)
    target = tmp_path / "backup.dump"
    target.write_bytes(PREVIOUS)
    holder = create_engine(pg_url)
    holding = holder.connect()
    waiter: list[threading.Thread] = []

    def hold() -> None:
        holding.execute(text("LOCK TABLE persons IN ACCESS EXCLUSIVE MODE"))

    def dump_behind_the_lock(*args: Any) -> Any:
        # The lock is asked while the count's own lock is held: it waits for the dump's
        # transaction, and pg_dump waits behind it.
        waiter.append(threading.Thread(target=hold))
        waiter[0].start()
        with holder.connect() as watch:
            queued = (
                "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'persons'::regclass"
            )
            while not watch.execute(text(queued)).scalar():
                time.sleep(0.02)
        return pg_dump_command(*args)

    if locked == "before the count":
        hold()
    else:
        monkeypatch.setattr(backup, "pg_dump_command", dump_behind_the_lock)
    started = time.monotonic()
    try:
        with pytest.raises(BackupError, match="stayed locked for 0 s"):
            backup.back_up(ctx, target, passphrase=TEST_PASSPHRASE)
        assert time.monotonic() - started < 10
        for thread in waiter:
            thread.join()
        holding.rollback()
        assert left_in(tmp_path) == ["backup.dump"] and target.read_bytes() == PREVIOUS
        assert backup_events(ctx) == []
    finally:
        holding.close()
        holder.dispose()
        db.close()


def test_a_copy_that_writes_keep_starting_over_is_made_in_one_step(
    demo_sqlite_ctx: Context, out: Path
) -> None:
    """SQLite starts an online backup over whenever another connection writes mid-copy: with
    writes coming often (another window, another caseworker) it would never end, and an
    import waiting for it would hang. The copy is then made in one step."""
    path = sqlite_path(str(demo_sqlite_ctx.db.engine.url))
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    first = other.execute("SELECT min(id) FROM persons").fetchone()[0]
    seen: list[tuple[int, int]] = []

    def written_meanwhile(done: int, total: int) -> None:
        seen.append((done, total))
        if len(seen) <= 300:  # without the one step, the copy starts over after each
            other.execute("UPDATE persons SET notes = ? WHERE id = ?", (f"call {len(seen)}", first))

    result = backup.back_up(demo_sqlite_ctx, out / "backup.sqlite3", written_meanwhile,
                            pages_per_step=2)  # fmt: skip
    other.close()
    assert len(seen) < 5 and seen[-1][0] == seen[-1][1]
    assert result.persons == 300
    with sqlite3.connect(out / "backup.sqlite3") as copy:
        notes = copy.execute("SELECT notes FROM persons WHERE id = ?", (first,)).fetchone()[0]
    assert notes == f"call {len(seen) - 1}"  # as it was when the one step began
    assert left_in(out) == ["backup.sqlite3"]


def test_an_in_memory_database_is_refused(tmp_path: Path) -> None:
    db = open_database("sqlite://")
    try:
        with pytest.raises(BackupError, match="in memory"):
            backup.back_up(log_in(db), tmp_path / "x.sqlite3")
    finally:
        db.close()
    assert left_in(tmp_path) == []


def test_the_database_file_itself_is_refused(sqlite_ctx: Context) -> None:
    path = sqlite_path(str(sqlite_ctx.db.engine.url))
    assert path is not None
    before = path.read_bytes()
    for target in (path, path.with_name(path.name + "-wal")):
        with pytest.raises(BackupError, match="the database itself"):
            backup.back_up(sqlite_ctx, target)
    assert path.read_bytes() == before
    assert not list(path.parent.glob(".evactrack-backup-*"))


def test_a_missing_folder_is_refused(ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="does not exist"):
        backup.back_up(ctx, tmp_path / "nowhere" / "x.backup")
    assert not (tmp_path / "nowhere").exists()


def test_a_folder_as_destination_is_refused(ctx: Context, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="is a folder"):
        backup.back_up(ctx, tmp_path)


def test_a_read_only_folder_is_refused(
    ctx: Context, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What ``os.access`` says of the folder decides (the tests run as root, who may write
    anywhere, so the folder's answer is given here)."""
    monkeypatch.setattr(backup.os, "access", lambda path, _mode: Path(path) != out)
    with pytest.raises(BackupError, match="not writable"):
        backup.back_up(ctx, out / "x.backup")
    assert left_in(out) == []


def test_a_folder_that_refuses_the_file_is_one_clear_message(
    ctx: Context, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(backup.tempfile, "mkstemp", refuse)
    with pytest.raises(BackupError, match="not writable.*Permission denied"):
        backup.back_up(ctx, out / "x.backup")
    assert left_in(out) == []


def test_a_viewer_may_not_take_a_copy_of_everything(ctx: Context, out: Path) -> None:
    viewer = Context(ctx.db, Actor(None, "reader", Role.VIEWER))
    with pytest.raises(PermissionDeniedError):
        backup.back_up(viewer, out / "x.backup")
    assert left_in(out) == []


@pytest.mark.pg
def test_without_pg_dump_the_message_names_the_package(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(pg_url)
    try:
        monkeypatch.setattr(backup.shutil, "which", lambda _name: None)
        with pytest.raises(BackupError, match="postgresql-client"):
            backup.back_up(log_in(db), tmp_path / "x.dump")
    finally:
        db.close()
    assert left_in(tmp_path) == []


@pytest.mark.pg
def test_a_failing_pg_dump_leaves_nothing(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(pg_url)
    ctx = log_in(db)
    target = tmp_path / "x.dump"
    target.write_bytes(PREVIOUS)
    try:
        monkeypatch.setattr(backup.shutil, "which", lambda _name: "/bin/false")
        with pytest.raises(BackupError, match="pg_dump failed"):
            backup.back_up(ctx, target, passphrase=TEST_PASSPHRASE)
        assert backup_events(ctx) == []
    finally:
        db.close()
    assert left_in(tmp_path) == ["x.dump"]
    assert target.read_bytes() == PREVIOUS


@pytest.mark.pg
@pytest.mark.pg_client
def test_a_postgresql_dump_needs_a_passphrase(pg_url: str, tmp_path: Path) -> None:
    db = open_database(pg_url)
    try:
        with pytest.raises(BackupError, match="encrypted with a passphrase"):
            backup.back_up(log_in(db), tmp_path / "x.dump")
    finally:
        db.close()
    assert left_in(tmp_path) == []
