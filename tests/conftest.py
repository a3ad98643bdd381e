"""Shared fixtures: a fresh database per test, on SQLite and (where configured) PostgreSQL.

Qt must run offscreen: set before anything imports it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from evactrack.services.context import Context, Database, context_for, open_database

PG_URL = os.environ.get("EVACTRACK_TEST_PG_URL")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pg_base_url() -> str:
    """The PostgreSQL server the tests use; under CI its absence is a failure, not a skip."""
    if not PG_URL:
        if IN_CI:
            pytest.fail("CI=true but EVACTRACK_TEST_PG_URL is not set: PostgreSQL tests must run")
        pytest.skip("no PostgreSQL server configured: set EVACTRACK_TEST_PG_URL to run these")
    url = PG_URL
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a schema of its own, dropped afterwards."""
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
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cases.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each test that asks for it runs on both backends."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database) -> Context:
    return context_for(db, "tester")


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = open_database(sqlite_url)
    yield database
    database.close()


@pytest.fixture
def sqlite_ctx(sqlite_db: Database) -> Context:
    return context_for(sqlite_db, "tester")


@pytest.fixture(autouse=True)
def private_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test touches the real user's data folder or default database."""
    path = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("EVACTRACK_DATA_DIR", str(path))
    monkeypatch.delenv("EVACTRACK_DB", raising=False)
    return path
