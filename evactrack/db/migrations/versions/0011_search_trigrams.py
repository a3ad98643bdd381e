"""search on PostgreSQL: a trigram index (pg_trgm, GIN) over persons' search texts, read by
``LIKE '%token%'`` for tokens of three characters or more (shorter ones have no trigram)

pg_trgm ships with PostgreSQL and is a trusted extension: a role with CREATE on the database
may install it. It goes into ``public``, where every role may use it (in a schema of one
team it would serve no other team, and go when that schema is dropped); one installed
elsewhere is used where it is. Where the server refuses, the upgrade goes on without the
index and says so once: search works the same, only slower as the database grows. The
downgrade leaves the extension (other schemas may use it). SQLite has its own trigram
index since 0001.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op
from sqlalchemy.exc import DBAPIError

from evactrack.db.migrate import TRIGRAM_INDEX

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

log = logging.getLogger("evactrack.db.migrations")

NO_EXTENSION = (
    "the pg_trgm extension could not be created: searches work, without the trigram index, "
    "and grow slower with the database; ask the server's administrator to run "
    "CREATE EXTENSION pg_trgm; CREATE INDEX ix_persons_search_trgm ON persons "
    "USING gin (search_text gin_trgm_ops)"
)
NO_INDEX = (
    "the trigram index of search texts could not be created: searches work, without it, and "
    "grow slower with the database"
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    in_public = bind.execute(sa.text("SELECT to_regnamespace('public') IS NOT NULL")).scalar()
    create = "CREATE EXTENSION IF NOT EXISTS pg_trgm" + (" SCHEMA public" if in_public else "")
    refused = _refusal(bind, lambda: bind.execute(sa.text(create)))
    if refused is not None:
        log.warning("%s (the server said: %s)", NO_EXTENSION, refused)
        return
    schema = bind.execute(
        sa.text(
            "SELECT quote_ident(n.nspname) FROM pg_extension e"
            " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
        )
    ).scalar_one()
    refused = _refusal(
        bind,
        lambda: op.create_index(
            TRIGRAM_INDEX,
            "persons",
            ["search_text"],
            postgresql_using="gin",
            postgresql_ops={"search_text": f"{schema}.gin_trgm_ops"},
        ),
    )
    if refused is not None:
        log.warning("%s (the server said: %s)", NO_INDEX, refused)


def _refusal(bind: sa.Connection, step: Callable[[], object]) -> str | None:
    """Run ``step`` in a savepoint, so that the server's refusal (returned, its first line)
    does not abort the migration's transaction."""
    try:
        with bind.begin_nested():
            step()
    except DBAPIError as exc:
        return (str(exc.orig) if exc.orig is not None else str(exc)).strip().split("\n")[0]
    return None


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index(TRIGRAM_INDEX, table_name="persons", if_exists=True)
