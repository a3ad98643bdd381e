"""The one engine factory: it alone decides how a connection is opened.

SQLite gets foreign keys, WAL, ``synchronous=FULL`` and a busy timeout on every connection;
this is also where SQLCipher keying will go.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from evactrack.files import private_folder

SQLITE_BUSY_TIMEOUT_MS = 10_000


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or ``None`` for memory databases and other backends."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(url: str, *, read_only: bool = False, **kwargs: Any) -> Engine:
    """Open an engine on SQLite or PostgreSQL with the settings evactrack relies on.

    ``read_only`` opens an existing SQLite file that cannot be written (its file or its
    folder): reads work, and SQLite refuses every write."""
    # Error messages and logs name the statement, never the values bound to it.
    kwargs.setdefault("hide_parameters", True)
    if is_sqlite(url) and read_only:
        return _read_only_sqlite_engine(url, **kwargs)
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None:
            private_folder(path.parent)
            _create_private(path)
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs
        )
        event.listen(engine, "connect", _on_sqlite_connect)
        # Let SQLAlchemy, not pysqlite, decide when a transaction begins, so BEGIN is explicit.
        event.listen(engine, "connect", _disable_pysqlite_transactions)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _read_only_sqlite_engine(url: str, **kwargs: Any) -> Engine:
    """SQLite's own read-only mode. In a folder that cannot be written, the WAL's shared
    memory file cannot be made either: a file whose WAL holds nothing is opened as immutable
    (nobody can change it there); one whose WAL holds changes must read them, and SQLite
    says so if it cannot."""
    path = sqlite_path(url)
    if path is None:
        raise ValueError("only a SQLite file can be opened read-only")
    wal = path.with_name(path.name + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    immutable = not os.access(path.parent, os.W_OK) and not pending
    options = "mode=ro&immutable=1" if immutable else "mode=ro"
    uri = f"{path.resolve().as_uri()}?{options}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    engine = create_engine(url, creator=connect, **kwargs)
    event.listen(engine, "connect", _on_read_only_connect)
    event.listen(engine, "connect", _disable_pysqlite_transactions)
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _on_read_only_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()


def _create_private(path: Path) -> None:
    """Create a new database file readable by its owner only (0600) before SQLite opens it:
    SQLite would create it with the umask's permissions (often 0644, readable by every
    account on the laptop), and gives its -wal and -shm files the main file's."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _disable_pysqlite_transactions(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
