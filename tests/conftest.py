"""Shared fixtures: a fresh database per test, on SQLite and (where configured) PostgreSQL.

Migrating takes longer than most tests, so each backend is migrated once per session: SQLite
tests get a copy of a migrated file, PostgreSQL tests a migrated schema emptied for them.
The migrations' own tests ask for an empty database instead. Qt must run offscreen: set
before anything imports it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import functools
import shutil
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from evactrack.db.engine import make_engine
from evactrack.db.migrate import upgrade_to_head
from evactrack.domain.enums import Role
from evactrack.services import users
from evactrack.services.context import Actor, Context, Database, open_database

PG_URL = os.environ.get("EVACTRACK_TEST_PG_URL")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


LOCAL_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
# Every migrated test database holds one account, the administrator "tester", made through
# the accounts service and logged in once (argon2 takes ~0.1 s: not once per test).
TESTER = "tester"
TEST_PASSWORD = "a long test password"


@functools.cache
def _local_server_answers() -> bool:
    """Our machines usually run a trust-auth server with a database ``test``: use it when
    nothing else is configured."""
    try:
        psycopg.connect(LOCAL_PG_URL.replace("+psycopg", ""), connect_timeout=2).close()
    except psycopg.Error:
        return False
    return True


def pg_base_url() -> str:
    """The PostgreSQL server the tests use; under CI its absence is a failure, not a skip."""
    if not PG_URL:
        if IN_CI:
            pytest.fail("CI=true but EVACTRACK_TEST_PG_URL is not set: PostgreSQL tests must run")
        if _local_server_answers():
            return LOCAL_PG_URL
        pytest.skip(
            "no PostgreSQL server: set EVACTRACK_TEST_PG_URL, or run one on 127.0.0.1:5432 "
            "with a database 'test' and trust auth"
        )
    url = PG_URL
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


PG_CLIENT_TOOLS = ("pg_dump", "pg_restore")
PG_FIXTURES = {"pg_url", "empty_pg_url"}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """A test marked ``pg_client`` backs up or restores: on PostgreSQL it needs pg_dump and
    pg_restore. Without them it skips and says why, except under CI, where bootstrap
    installs them and their absence is a failure."""
    if item.get_closest_marker("pg_client") is None:
        return
    on_postgresql = item.get_closest_marker("pg") is not None or bool(
        PG_FIXTURES & set(getattr(item, "fixturenames", ()))
    )
    lacking = [tool for tool in PG_CLIENT_TOOLS if shutil.which(tool) is None]
    if not on_postgresql or not lacking:
        return
    reason = (
        f"{' and '.join(lacking)} not found: install the Debian package postgresql-client "
        "(packaging/bootstrap.sh test does)"
    )
    if IN_CI:
        pytest.fail(f"CI=true: {reason}")
    pytest.skip(reason)


@contextmanager
def _pg_schema() -> Iterator[str]:
    """A PostgreSQL schema of its own (the URL's search_path), dropped afterwards."""
    base = pg_base_url()
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def empty_pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL schema: for the migrations' own tests."""
    with _pg_schema() as url:
        yield url


def _with_tester(url: str) -> Actor:
    """The tester's account, created and logged in through the accounts service; the audit
    events this wrote are removed, so that a test starts from a database holding nothing
    but the account."""
    database = open_database(url)
    try:
        users.create_first_admin(database, TESTER, TEST_PASSWORD)
        actor = users.login(database, TESTER, TEST_PASSWORD).actor
        with database.transaction() as session:
            # TRUNCATE: PostgreSQL's trigger refuses to delete an audit event, row by row.
            empty = "DELETE FROM" if database.is_sqlite else "TRUNCATE TABLE"
            session.execute(text(f"{empty} audit_events"))
            session.execute(text("UPDATE audit_chain_head SET chain_hash = NULL"))
    finally:
        database.close()
    return actor


@pytest.fixture(scope="session")
def tester(_migrated_sqlite: tuple[Path, Actor]) -> Actor:
    """The logged-in administrator of every migrated test database (the same id on both)."""
    return _migrated_sqlite[1]


@pytest.fixture(scope="session")
def _migrated_pg() -> Iterator[tuple[str, list[str]]]:
    with _pg_schema() as url:
        engine = make_engine(url)
        upgrade_to_head(engine)
        tables = [t for t in inspect(engine).get_table_names() if t != "alembic_version"]
        engine.dispose()
        _with_tester(url)
        yield url, tables


@pytest.fixture
def pg_url(_migrated_pg: tuple[str, list[str]]) -> str:
    """The session's PostgreSQL schema, at head, emptied for this test but for the tester's
    account (restored as the session made it)."""
    url, tables = _migrated_pg
    engine = create_engine(url)
    with engine.begin() as conn:
        kept = {"users", "audit_chain_head"}  # the head's one row is the migration's
        names = ", ".join(f'"{t}"' for t in tables if t not in kept)
        conn.execute(text(f"TRUNCATE TABLE {names} RESTART IDENTITY CASCADE"))
        conn.execute(text("UPDATE audit_chain_head SET chain_hash = NULL"))
        conn.execute(text("DELETE FROM users WHERE username <> :name"), {"name": TESTER})
        conn.execute(
            text("UPDATE users SET role = 'admin', active = true, failed_logins = 0, "
                 "locked_until = NULL, password_hash = :hash WHERE username = :name"),
            {"name": TESTER, "hash": _tester_hash(url)},
        )  # fmt: skip
    engine.dispose()
    return url


@functools.cache
def _tester_hash(url: str) -> str:
    engine = create_engine(url)
    with engine.connect() as conn:
        stored = conn.execute(
            text("SELECT password_hash FROM users WHERE username = :name"), {"name": TESTER}
        ).scalar_one()
    engine.dispose()
    return str(stored)


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Actor]:
    """A SQLite file migrated once, with the tester's account, checkpointed so that a copy
    of the file is complete."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()
    actor = _with_tester(f"sqlite:///{path}")
    engine = make_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path, actor


@pytest.fixture
def sqlite_url(tmp_path: Path, _migrated_sqlite: tuple[Path, Actor]) -> str:
    """A fresh SQLite database at head, holding the tester's account: a copy of the
    session's migrated file."""
    path = tmp_path / "cases.sqlite3"
    shutil.copy(_migrated_sqlite[0], path)
    return f"sqlite:///{path}"


@pytest.fixture
def empty_sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'empty.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each test that asks for it runs on both backends, on a database at head holding nothing."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def empty_db_url(request: pytest.FixtureRequest) -> str:
    """A database without any table yet, on both backends."""
    if request.param == "sqlite":
        return request.getfixturevalue("empty_sqlite_url")
    return request.getfixturevalue("empty_pg_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database, tester: Actor) -> Context:
    return Context(db, tester)


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = open_database(sqlite_url)
    yield database
    database.close()


@pytest.fixture
def sqlite_ctx(sqlite_db: Database, tester: Actor) -> Context:
    return Context(sqlite_db, tester)


def account(ctx: Context, name: str, role: Role = Role.CASEWORKER) -> Context:
    """A colleague's account, made by the administrator ``ctx`` through the accounts
    service; their context, as their login would give it."""
    made = users.add_account(ctx, name, role, TEST_PASSWORD)
    return Context(ctx.db, Actor(made.id, made.username, made.role))


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test touches the real user's data folder or default database."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("EVACTRACK_DATA_DIR", str(path))
    monkeypatch.delenv("EVACTRACK_DB", raising=False)
    return path


# Quotes, a backslash and Dari letters: any passphrase must work.
TEST_PASSPHRASE = "گذرواژه 'it''s' \"x\" \\ ok"


@pytest.fixture(autouse=True)
def test_passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    """Commands that create a database make it encrypted, so every test can take the
    passphrase from the environment, as a caseworker's script would; a test about asking
    for it removes the variable."""
    monkeypatch.setenv("EVACTRACK_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.delenv("EVACTRACK_NEW_PASSPHRASE", raising=False)
    return TEST_PASSPHRASE


@pytest.fixture(autouse=True)
def test_login(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands and the application log in as the tester (``evactrack init`` makes the
    account); a test about asking removes the variables."""
    monkeypatch.setenv("EVACTRACK_USER", TESTER)
    monkeypatch.setenv("EVACTRACK_PASSWORD", TEST_PASSWORD)
    monkeypatch.delenv("EVACTRACK_NEW_PASSWORD", raising=False)


@pytest.fixture
def encrypted_sqlite_url(sqlite_url: str, test_passphrase: str) -> str:
    """A fresh database at head, encrypted with ``TEST_PASSPHRASE``."""
    from evactrack.services import encryption

    encryption.encrypt(sqlite_url, test_passphrase)
    return sqlite_url


@pytest.fixture
def encrypted_ctx(
    encrypted_sqlite_url: str, test_passphrase: str, tester: Actor
) -> Iterator[Context]:
    database = open_database(encrypted_sqlite_url, passphrase=test_passphrase)
    yield Context(database, tester)
    database.close()


def log_in(database: Database) -> Context:
    """The tester logged in through the real login path (a database made in the test
    gets the tester as its first administrator, as ``evactrack init`` would)."""
    return users.first_admin_or_login(database, TESTER, TEST_PASSWORD)


def as_user(database: Database, username: str, role: Role = Role.CASEWORKER) -> Context:
    """``username`` logged in through the real login path, their account made by the tester
    (the first administrator) when it is not there yet."""
    admin = log_in(database)
    if username == TESTER:
        return admin
    if username not in {a.username for a in users.list_accounts(admin)}:
        users.add_account(admin, username, role, TEST_PASSWORD)
    return users.login(database, username, TEST_PASSWORD)


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port where connections are taken (the system completes them) and never answered."""
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen(8)
        yield listening.getsockname()[1]
