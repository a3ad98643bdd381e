"""Migration 0011: PostgreSQL searches through a trigram index (pg_trgm) where the server lets
the extension be created, and without it, as before, where it does not."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from evactrack.db.engine import make_engine
from evactrack.db.migrate import (
    HEAD,
    TRIGRAM_INDEX,
    alembic_config,
    current_revision,
    upgrade_to_head,
)
from evactrack.db.models import Person
from evactrack.services import caselist, search
from evactrack.services.context import open_database
from evactrack.services.search import search_condition
from tests.conftest import log_in, pg_base_url
from tests.factories import make_person

NO_EXTENSION = "the pg_trgm extension could not be created"


def _index_definitions(url: str) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            found = connection.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"),
                {"name": TRIGRAM_INDEX},
            )
        else:
            found = connection.execute(
                text(
                    "SELECT indexdef FROM pg_indexes WHERE indexname = :name"
                    " AND schemaname = current_schema()"
                ),
                {"name": TRIGRAM_INDEX},
            )
        definitions = [str(d) for d in found.scalars()]
    engine.dispose()
    return definitions


def _downgrade(url: str, revision: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def test_the_trigram_index_is_made_on_postgresql_only_and_undone(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade_to_head(engine)
    on_postgresql = engine.dialect.name == "postgresql"
    engine.dispose()
    definitions = _index_definitions(empty_db_url)
    if not on_postgresql:
        assert definitions == []
        return
    assert len(definitions) == 1
    assert "USING gin (search_text " in definitions[0]
    assert definitions[0].endswith("gin_trgm_ops)")
    _downgrade(empty_db_url, "0010")
    assert _index_definitions(empty_db_url) == []
    engine = make_engine(empty_db_url)
    upgrade_to_head(engine)
    engine.dispose()
    assert len(_index_definitions(empty_db_url)) == 1


@pytest.mark.pg
def test_the_search_as_the_service_writes_it_can_read_the_index(pg_url: str) -> None:
    """``LIKE … ESCAPE '\\'`` with a token of three characters or more, and several tokens,
    can use the index (the planner is kept off the table scan it prefers for few rows)."""
    db = open_database(pg_url)
    with db.reading() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        for typed in ("karimi", "ahmad 7012", "50%_x"):
            condition = search_condition(session, typed)
            assert condition is not None
            statement = select(Person.id).where(condition)
            sql = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
            plan = "\n".join(session.execute(text(f"EXPLAIN {sql}")).scalars())
            assert TRIGRAM_INDEX in plan, (typed, plan)
    db.close()


@pytest.fixture
def url_without_extension_rights() -> Iterator[str]:
    """A PostgreSQL database of its own (from template0: no pg_trgm in it) and a role that
    owns a schema there but may not create extensions (no CREATE on the database), as a
    server's administrator may hand one out."""
    base = make_url(pg_base_url())
    name = "evactrack_t_" + uuid.uuid4().hex[:12]
    password = uuid.uuid4().hex
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'"))
            connection.execute(text(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"))
    except DBAPIError as exc:
        admin.dispose()
        pytest.skip(f"the test server's account cannot make a role and a database: {exc.orig}")
    inside = create_engine(base.set(database=name), isolation_level="AUTOCOMMIT")
    with inside.connect() as connection:
        connection.execute(text(f"REVOKE CREATE ON DATABASE {name} FROM PUBLIC"))
        connection.execute(text(f"CREATE SCHEMA cases AUTHORIZATION {name}"))
    inside.dispose()
    url = base.set(username=name, password=password, database=name).update_query_dict(
        {"options": "-csearch_path=cases"}
    )
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            connection.execute(text(f"DROP ROLE IF EXISTS {name}"))
        admin.dispose()


@pytest.mark.pg
def test_without_the_extension_the_upgrade_goes_on_and_search_works(
    url_without_extension_rights: str, caplog: pytest.LogCaptureFixture
) -> None:
    url = url_without_extension_rights
    engine = make_engine(url)
    with caplog.at_level(logging.WARNING, logger="evactrack.db.migrations"):
        upgrade_to_head(engine)
    assert current_revision(engine) == HEAD
    with engine.connect() as connection:
        installed = connection.execute(
            text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")
        ).scalar_one()
    engine.dispose()
    assert installed == 0
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len([w for w in warnings if NO_EXTENSION in w]) == 1, warnings
    assert "CREATE EXTENSION pg_trgm" in warnings[0]
    assert _index_definitions(url) == []

    db = open_database(url)
    ctx = log_in(db)
    karimi = make_person(ctx, "Ahmad", "Karimi", phone="+93 70 123 4567").id
    make_person(ctx, "Zahra", "Ahmadi")
    assert [p.id for p in search.search(ctx, "karim 4567")] == [karimi]
    assert caselist.matching_ids(ctx, "arimi") == {karimi}
    assert len(caselist.matching_ids(ctx, "ahmad") or ()) == 2
    db.close()
