"""Bring a database to the current schema when it is opened, through alembic's API.

A SQLite file that holds data is copied aside before any migration touches it.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from evactrack.db.engine import sqlite_path

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# SQLite's FTS5 search index lives beside the ORM tables but is not one of them.
FTS_TABLE = "person_search"


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Leave the full-text search tables out of schema comparisons."""
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    """Copy a SQLite database aside (online backup API) before it is migrated."""
    path = sqlite_path(str(engine.url))
    if path is None or not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-upgrade-{revision or 'unversioned'}-{stamp}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    target.chmod(0o600)
    log.info("database copied to %s before upgrade", target)
    return target


def upgrade_to_head(engine: Engine) -> Path | None:
    """Migrate to the newest schema; returns the backup copy taken, if any."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    with engine.connect() as connection:
        has_tables = bool(inspect(connection).get_table_names())
    if has_tables:
        if sqlite_path(str(engine.url)) is not None:
            backup = backup_sqlite(engine, current)
        else:
            log.warning("PostgreSQL database upgraded without a copy: back it up with pg_dump")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
