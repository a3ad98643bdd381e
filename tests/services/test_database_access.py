"""How a database is opened: only init creates one, a file others could read is made
private, a file that cannot be written opens read-only, and errors log no values."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from evactrack.cli import main
from evactrack.config import log_dir
from evactrack.db.models import User
from evactrack.domain.enums import Role
from evactrack.domain.errors import (
    DatabaseOpenError,
    PasswordRequiredError,
    ReadOnlyDatabaseError,
)
from evactrack.log import LOG_FILE, setup_logging
from evactrack.services import search, stats
from evactrack.services.context import open_database
from tests.conftest import log_in
from tests.factories import make_person

SECRET_NAME = "Zarghuna Sultani-Wardak"


def test_only_create_makes_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "cases.sqlite3"
    with pytest.raises(DatabaseOpenError, match=r"no database at .*; create one with evactrack"):
        open_database(str(missing))
    assert list(tmp_path.iterdir()) == []
    open_database(str(missing), create=True).close()
    assert missing.exists()


def test_a_database_others_could_read_is_made_private(sqlite_url: str) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    path.chmod(0o644)
    db = open_database(sqlite_url)
    try:
        assert db.tightened
        assert path.stat().st_mode & 0o777 == 0o600
        sides = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
        assert all(s.stat().st_mode & 0o777 == 0o600 for s in sides if s.exists())
    finally:
        db.close()
    again = open_database(sqlite_url)
    assert not again.tightened
    again.close()


@pytest.fixture
def unwritable(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[Path]]:
    """Paths ``os.access`` says cannot be written (the tests run as root, who may write
    anywhere, so the answer is given here; SQLite's own read-only mode is real)."""
    refused: set[Path] = set()
    real = os.access

    def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(path)) in refused:
            return False
        return real(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    yield refused


@pytest.mark.parametrize("which", ["file", "folder"])
def test_a_read_only_database_opens_for_reading(
    sqlite_url: str, unwritable: set[Path], which: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    writer = open_database(sqlite_url)
    make_person(log_in(writer), "Zahra", "Ahmadi")
    with writer.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    writer.close()
    unwritable.add(path if which == "file" else path.parent)

    db = open_database(sqlite_url)
    try:
        assert db.read_only
        ctx = log_in(db)  # no account is created in a read-only database
        assert stats.overview(ctx).total == 1
        assert [p.name for p in search.search(ctx, "ahmadi")] == ["Zahra Ahmadi"]
        with pytest.raises(ReadOnlyDatabaseError, match="open read-only .* nothing can be changed"):
            make_person(ctx, "Bashir", "Karimi")
        # SQLite itself refuses, whatever a service forgets to check.
        with pytest.raises(OperationalError, match="readonly"), db.engine.begin() as connection:
            connection.execute(text("DELETE FROM persons"))
    finally:
        db.close()

    code, out, err = main(["--db", sqlite_url, "stats"]), *capsys.readouterr()
    assert code == 0 and "persons: 1" in out
    assert "is open read-only" in err and "attempt to write" not in err
    code, out, err = main(["--db", sqlite_url, "demo", "--people", "5"]), *capsys.readouterr()
    assert code == 1 and "is open read-only" in err and "SQL" not in err


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The application's own log file for this test, as a process sets it up (a command
    run in this test process may have set up one in another test's folder)."""
    root = logging.getLogger()
    before = list(root.handlers)
    for handler in before:
        root.removeHandler(handler)
    setup_logging()
    yield log_dir() / LOG_FILE
    for handler in root.handlers[:]:
        root.removeHandler(handler)
        handler.close()
    for handler in before:
        root.addHandler(handler)


def test_a_failed_write_logs_no_value(db_url: str, log_file: Path) -> None:
    """A constraint failure logged as an unexpected error (as the command line and the
    dialogs do) names the table and the constraint, never the values of the row."""
    db = open_database(db_url)
    try:
        with db.transaction() as session:
            session.add(User(username=SECRET_NAME, display_name="Mirwais Hotak", role=Role.ADMIN))
        try:
            with db.transaction() as session:
                session.add(User(username=SECRET_NAME, display_name="Nazo Tokhi", role=Role.ADMIN))
        except IntegrityError as error:
            logging.getLogger("evactrack.cli").exception("unexpected error")
            logging.getLogger("evactrack.ui").warning("cannot save: %s", error)
    finally:
        db.close()
    logged = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in logged and "IntegrityError" in logged
    assert "cannot save: database error" in logged
    assert "users" in logged
    for value in (SECRET_NAME, "Zarghuna", "Mirwais", "Nazo"):
        assert value not in logged
    assert log_file.stat().st_mode & 0o777 == 0o600


def test_a_server_that_wants_a_password_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    from evactrack.services import context

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OperationalError(
            "connect", {}, Exception("connection failed: FATAL: password authentication failed")
        )

    monkeypatch.setattr(context, "make_engine", refuse)
    monkeypatch.setenv("EVACTRACK_NO_KEYRING", "1")
    with pytest.raises(PasswordRequiredError, match="asks for a password") as raised:
        open_database("postgresql://caseworker@10.0.0.5/cases")
    assert "10.0.0.5/cases" in str(raised.value)
