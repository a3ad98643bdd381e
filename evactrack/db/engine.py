"""The one engine factory: it alone decides how a connection is opened.

SQLite gets foreign keys, WAL, ``synchronous=FULL``, a busy timeout, temporary tables in
memory and ``secure_delete`` on every connection; an encrypted file is opened through SQLCipher
with a key derived once (db/cipher.py). Parameters are never written into error messages or
logs (``hide_parameters``): they hold names and phone numbers.
"""

from __future__ import annotations

import ipaddress
import os
import shutil
import sqlite3
import weakref
from collections.abc import Callable, Iterable
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

from evactrack.db import cipher
from evactrack.db.cipher import CipherKey
from evactrack.files import private_folder

SQLITE_BUSY_TIMEOUT_MS = 10_000
# A server lost without a word (a laptop off the network, a VPN dropped) would leave a new
# connection waiting for ever and a query for a quarter of an hour (the system's own TCP
# retries): libpq gives up on a connection after PG_CONNECT_TIMEOUT_S, and on a link whose
# packets go unanswered after about half a minute (keepalives while it waits for an answer,
# the TCP user timeout while it sends). A long query on a live link is not limited.
PG_CONNECT_TIMEOUT_S = 10
_PG_LINK_CHECKS = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 4,
    "tcp_user_timeout": 30_000,  # ms
}
# The execution option that marks a connection's transactions as writes (see _begin).
WRITING = "evactrack_writing"
PG_SSLMODE_VARIABLE = "EVACTRACK_PG_SSLMODE"
# The key each encrypted engine opens its connections with (for backups and restores).
_KEYS: weakref.WeakKeyDictionary[Engine, CipherKey] = weakref.WeakKeyDictionary()
# Bytes read and written at a time by a byte copy of a database file.
COPY_BUFFER = 1024 * 1024
# Page caches, allocated only as they fill. Each pooled connection fills one of its own:
# three of 32 MiB took the desktop's case list from 235 to 325 MB at 100,000 persons, for
# searches no faster, so connections keep SQLite's default (SQLCipher's would be 8 MB). A
# bulk write's connection gets the large one while it writes: an import's chunks write the
# same index pages again and again, and at 100,000 rows the default costs it about 1 s.
READING_CACHE_KIB = 2_000
BULK_CACHE_KIB = 32 * 1024


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


def _every_connection(cursor: Any) -> None:
    """The settings of every connection to a file, writing or read-only."""
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA cache_size = -{READING_CACHE_KIB}")


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    _every_connection(cursor)
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    # Sorts and temporary indexes stay off the disk; deleted content is overwritten.
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def make_engine(
    url: str, *, passphrase: str | None = None, read_only: bool = False, **kwargs: Any
) -> Engine:
    """Open an engine on SQLite or PostgreSQL with the settings evactrack relies on.

    With a ``passphrase``, the SQLite file is encrypted (a new file is created encrypted);
    the passphrase is used once, to derive the key, and kept nowhere. ``read_only`` opens an
    existing SQLite file that cannot be written (its file or its folder): reads work, and
    SQLite refuses every write.
    """
    # Error messages and logs name the statement, never the values bound to it.
    kwargs.setdefault("hide_parameters", True)
    if is_sqlite(url):
        path, key = sqlite_path(url), None
        if path is None and passphrase is not None:
            raise ValueError("an in-memory database cannot be encrypted")
        if path is not None and passphrase is not None:
            key = cipher.key_for_file(path, passphrase)
        if read_only:
            return _read_only_sqlite_engine(url, key, **kwargs)
        if path is not None:
            private_folder(path.parent)
            _create_private(path)
        if path is not None and key is not None:
            engine = _sqlcipher_engine(url, path, key, **kwargs)
        else:
            engine = create_engine(
                url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **kwargs
            )
        event.listen(engine, "connect", _on_sqlite_connect)
        # Let SQLAlchemy, not pysqlite, decide when a transaction begins, so BEGIN is explicit.
        event.listen(engine, "connect", _disable_pysqlite_transactions)
        event.listen(engine, "begin", _begin)
        if path is not None:
            event.listen(engine, "before_cursor_execute", _note_deletion)
            event.listen(engine.pool, "checkin", _checkpoint_after_deletion)
        event.listen(engine.pool, "checkin", _own_cache_size)
        return engine
    connect_args = kwargs.setdefault("connect_args", {})
    ssl_mode = pg_ssl_mode(url)
    if ssl_mode is not None:
        connect_args["sslmode"] = ssl_mode
    for name, value in pg_link_parameters(url).items():
        connect_args.setdefault(name, value)
    return create_engine(url, pool_pre_ping=True, **kwargs)


def pg_link_parameters(url: str | URL) -> dict[str, int]:
    """libpq's limits on a connection to a lost server (``PG_CONNECT_TIMEOUT_S``), but for
    those the URL sets itself."""
    given = make_url(url).query
    wanted = {"connect_timeout": PG_CONNECT_TIMEOUT_S, **_PG_LINK_CHECKS}
    return {name: value for name, value in wanted.items() if name not in given}


def commits_in_one_trip(session: Session) -> bool:
    """Whether :func:`commit_in_one_trip` can end this session's transaction: on a PostgreSQL
    server through psycopg with a libpq that pipelines (14 or later; the binary wheel's
    does), for the transaction itself (not a savepoint within it)."""
    dialect = session.get_bind().dialect
    if dialect.name != "postgresql" or session.in_nested_transaction():
        return False
    pipeline = getattr(dialect.loaded_dbapi, "Pipeline", None)
    return dialect.driver == "psycopg" and pipeline is not None and pipeline.is_supported()


def commit_in_one_trip(session: Session, statements: Iterable[tuple[str, tuple[Any, ...]]]) -> None:
    """Send ``statements`` (the driver's SQL and values) and the COMMIT of the session's
    transaction together, in one round trip to the server (psycopg's pipeline mode), and
    wait once: for a transaction that holds a row every writer waits for, from its last
    statements to its end. The session's own commit, which follows, has nothing left to do.
    A failure is SQLAlchemy's error, as if it had sent them (values hidden); a lost server
    invalidates the connection, as SQLAlchemy would."""
    connection = session.connection()
    raw: Any = connection.connection.driver_connection
    dbapi_error = connection.dialect.loaded_dbapi.Error
    sent = []
    try:
        with raw.pipeline():
            cursor = raw.cursor()
            for sql, values in statements:
                cursor.execute(sql, values)
                sent.append(sql.split(" VALUES ", 1)[0])
            raw.commit()
        cursor.close()
    except dbapi_error as exc:
        lost = connection.dialect.is_disconnect(exc, raw, None)
        if lost:
            connection.invalidate(exc)
        raise DBAPIError.instance(
            "; ".join([*sent, "COMMIT"]),
            None,
            exc,
            dbapi_error,
            hide_parameters=True,
            connection_invalidated=lost,
        ) from exc


def _begin(conn: Connection) -> None:
    """A write transaction takes SQLite's write lock at once (``BEGIN IMMEDIATE``), so that a
    second writer waits for it (the busy timeout) instead of failing when it first writes;
    a read stays deferred and, in WAL mode, never waits for a writer."""
    writing = conn.get_execution_options().get(WRITING, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def writing(engine: Engine) -> Engine:
    """The same engine (and pool) for transactions that write: see :func:`_begin`."""
    return engine.execution_options(**{WRITING: True})


def pg_ssl_mode(url: str) -> str | None:
    """The TLS mode for a PostgreSQL server: the URL's own ``sslmode`` wins, then
    ``EVACTRACK_PG_SSLMODE`` (e.g. ``verify-full``); a server that is not on this computer
    gets ``require`` (names and phone numbers never cross a network in clear)."""
    parsed = make_url(url)
    if "sslmode" in parsed.query:
        return None
    chosen = os.environ.get(PG_SSLMODE_VARIABLE)
    if chosen:
        return chosen
    return None if is_loopback(parsed.host) else "require"


def is_loopback(host: str | None) -> bool:
    """No host (a Unix socket), a socket folder, ``localhost`` or a loopback address."""
    if not host or host.startswith("/") or host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _sqlcipher_engine(url: str, path: Path, key: CipherKey, **kwargs: Any) -> Engine:
    """Every pooled connection is keyed with the raw key before anything else reads the file."""
    timeout = SQLITE_BUSY_TIMEOUT_MS / 1000
    engine = create_engine(
        url,
        module=cipher.DBAPI,
        creator=lambda: cipher.connect(path, key, timeout=timeout),
        **kwargs,
    )
    _KEYS[engine] = key
    return engine


def cipher_key(engine: Engine) -> CipherKey | None:
    """The key an engine's file is encrypted with; ``None`` for a plaintext file or a server."""
    return _KEYS.get(engine)


def raw_sqlite_connection(path: Path, key: CipherKey | None) -> Any:
    """A DB-API connection outside any engine (copies, checks) of the same module as the
    engine's: SQLCipher keyed with ``key``, or plain SQLite without one (the online backup
    API copies only between connections of one module)."""
    if key is None:
        return sqlite3.connect(path, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    return cipher.connect(path, key, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)


def checkpoint(engine: Engine, *, wait: bool = True) -> None:
    """Move the WAL into the database file and empty it, so that nothing deleted lingers.

    Without ``wait``, a checkpoint that another process's work would hold up is left to that
    process (its own close checkpoints): closing never waits for another caseworker."""
    if sqlite_path(str(engine.url)) is None:
        return
    with engine.connect() as connection:
        _truncate_wal(connection.exec_driver_sql, wait=wait)


def copy_at_rest(engine: Engine, handle: int, copy: Path) -> bool:
    """Copy the database file byte for byte into ``handle`` (the file ``copy``), as one
    self-contained file; ``False`` (nothing written) when a byte copy would not be whole.

    Much faster than the online backup API on an encrypted file, which decrypts and encrypts
    every page again. It holds the write lock (so the WAL cannot grow) and copies only once a
    checkpoint has moved every page of the WAL into the file: no later checkpoint has anything
    to write into it, so the file is the database until the lock is given back. A reader
    that keeps older pages in the WAL, or a writer past the busy timeout, and the caller
    falls back to the backup API.
    """
    path = sqlite_path(str(engine.url))
    if path is None:
        return False
    holder = engine.raw_connection()
    try:
        locked: Any = holder.driver_connection
        try:
            locked.execute("BEGIN IMMEDIATE")
        except (sqlite3.Error, cipher.DatabaseError):
            return False  # read-only, or another writer held the lock too long
        try:
            checker = engine.raw_connection()
            try:
                checking: Any = checker.driver_connection
                busy, frames, moved = checking.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            finally:
                checker.close()
            if busy or frames != moved:
                return False
            with path.open("rb") as source, os.fdopen(os.dup(handle), "wb") as target:
                shutil.copyfileobj(source, target, COPY_BUFFER)
        finally:
            locked.execute("ROLLBACK")
    finally:
        holder.close()
    with closing(raw_sqlite_connection(copy, cipher_key(engine))) as opened:
        opened.execute("PRAGMA journal_mode = DELETE")  # its header said WAL, as its source's
    return True


def _truncate_wal(execute: Callable[[str], object], *, wait: bool) -> None:
    if not wait:
        execute("PRAGMA busy_timeout = 0")
    try:
        execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        if not wait:
            execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")


def _note_deletion(
    conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
) -> None:
    if statement.lstrip()[:6].upper() == "DELETE":
        conn.info["deleted"] = True


def _checkpoint_after_deletion(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    """Once a transaction that deleted rows is over, a deleted person is gone from the WAL too
    (unless another caseworker is at work: the save does not wait for them)."""
    if record.info.pop("deleted", False) and dbapi_connection is not None:
        with suppress(sqlite3.Error, cipher.DatabaseError):
            _truncate_wal(dbapi_connection.execute, wait=False)


def bulk_cache(session: Session) -> None:
    """Give the session's SQLite connection the bulk write's page cache (``BULK_CACHE_KIB``)
    until it goes back to the pool, where it gets its own size back and the pages above it
    are freed."""
    connection = session.connection()
    if connection.dialect.name != "sqlite" or "cache_size" in connection.info:
        return
    own = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.info["cache_size"] = int(own)
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")


def _own_cache_size(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    """Back in the pool after a bulk write (done or failed): the connection's own cache."""
    size = record.info.pop("cache_size", None)
    if size is not None and dbapi_connection is not None:
        with suppress(sqlite3.Error, cipher.DatabaseError):
            dbapi_connection.execute(f"PRAGMA cache_size = {int(size)}")


def _create_private(path: Path) -> None:
    """Create a new database file readable by its owner only (0600) before SQLite opens it:
    SQLite would create it with the umask's permissions (often 0644, readable by every
    account on the laptop), and gives its -wal and -shm files the main file's."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _disable_pysqlite_transactions(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None


def _read_only_sqlite_engine(url: str, key: CipherKey | None, **kwargs: Any) -> Engine:
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

    timeout = SQLITE_BUSY_TIMEOUT_MS / 1000

    def connect() -> Any:
        if key is not None:
            return cipher.connect(uri, key, timeout=timeout, uri=True)
        return sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)

    if key is None:
        engine = create_engine(url, creator=connect, **kwargs)
    else:
        engine = create_engine(url, module=cipher.DBAPI, creator=connect, **kwargs)
        _KEYS[engine] = key
    event.listen(engine, "connect", _on_read_only_connect)
    event.listen(engine, "connect", _disable_pysqlite_transactions)
    event.listen(engine, "begin", _begin)
    return engine


def _on_read_only_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    _every_connection(cursor)
    cursor.execute("PRAGMA query_only = ON")
    cursor.close()
