"""The automatic backups' byte copy of the database file: taken only when the file holds the
whole database, and then a consistent, self-contained, still encrypted copy, even while
another caseworker writes."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from evactrack import files
from evactrack.db import cipher
from evactrack.db.engine import copy_at_rest, raw_sqlite_connection
from evactrack.services import backup, encryption
from evactrack.services.context import Context, open_database
from tests.conftest import TEST_PASSPHRASE, log_in
from tests.factories import make_person


def file_of(ctx: Context) -> Path:
    return Path(ctx.db.engine.url.database or "")


def opened(path: Path) -> object:
    return raw_sqlite_connection(path, cipher.key_for_file(path, TEST_PASSPHRASE))


def checked_counts(path: Path) -> dict[str, int]:
    """The copy's rows, once it has passed SQLite's and SQLCipher's integrity checks."""
    connection = opened(path)
    try:
        assert cipher.problems(connection, encrypted=True) == []
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # type: ignore[attr-defined]
        return encryption.table_counts(connection)
    finally:
        connection.close()  # type: ignore[attr-defined]


def copied(ctx: Context, target: Path) -> bool:
    with files.temporary_beside(target) as (handle, temp):
        done = copy_at_rest(ctx.db.engine, handle, temp)
        if done:
            temp.replace(target)
    return done


def test_a_quiet_database_is_copied_byte_for_byte(encrypted_ctx: Context, tmp_path: Path) -> None:
    for number in range(5):
        make_person(encrypted_ctx, "Zarghuna", f"Kakar {number}")
    target = tmp_path / "copy.sqlite3"
    assert copied(encrypted_ctx, target)
    assert cipher.file_kind(target) is cipher.FileKind.ENCRYPTED
    assert checked_counts(target)["persons"] == 5
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [
        "copy.sqlite3"
    ]  # one self-contained file: no -wal or -shm beside it
    with open(target, "rb") as copy, open(file_of(encrypted_ctx), "rb") as source:
        assert copy.read(cipher.SALT_BYTES) == source.read(cipher.SALT_BYTES)  # the same key


def test_older_pages_kept_for_a_reader_mean_no_byte_copy(
    encrypted_ctx: Context, tmp_path: Path
) -> None:
    """A reader's snapshot keeps pages in the WAL that the file has not got: the file is not
    the database, and the backup is taken by the backup API instead, whole."""
    make_person(encrypted_ctx, "Before", "Reader")
    reader = opened(file_of(encrypted_ctx))
    try:
        reader.execute("BEGIN")  # type: ignore[attr-defined]
        reader.execute("SELECT count(*) FROM persons").fetchone()  # type: ignore[attr-defined]
        make_person(encrypted_ctx, "After", "Reader")
        assert not copied(encrypted_ctx, tmp_path / "copy.sqlite3")
        made = backup.rotate(encrypted_ctx, "test")
    finally:
        reader.close()  # type: ignore[attr-defined]
    assert made is not None
    assert checked_counts(made)["persons"] == 2


@pytest.fixture
def colleague(encrypted_sqlite_url: str) -> Iterator[Context]:
    """Another caseworker's connections to the same file."""
    database = open_database(encrypted_sqlite_url, passphrase=TEST_PASSPHRASE)
    yield log_in(database)
    database.close()


def test_backups_taken_while_a_colleague_writes_are_whole_and_consistent(
    encrypted_ctx: Context, colleague: Context
) -> None:
    """Every copy passes the integrity checks and holds whole transactions: each person's
    audit event is there with it, and no event without its person."""
    stop = threading.Event()
    written: list[int] = []

    def write() -> None:
        while not stop.is_set():
            written.append(make_person(colleague, "Colleague", f"Writes {len(written)}").id)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        made = [backup.rotate(encrypted_ctx, "test") for _ in range(6)]
    finally:
        stop.set()
        writer.join()
    seen = []
    for path in made:
        assert path is not None
        counts = checked_counts(path)
        connection = opened(path)
        try:
            events = connection.execute(  # type: ignore[attr-defined]
                "SELECT count(*) FROM audit_events WHERE entity = 'person' AND action = 'create'"
            ).fetchone()[0]
        finally:
            connection.close()  # type: ignore[attr-defined]
        assert events == counts["persons"]
        seen.append(counts["persons"])
    assert seen == sorted(seen)
    assert seen[-1] > 0
    assert len(written) > seen[0]
