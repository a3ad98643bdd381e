"""Bring a database to the current schema when it is opened, through alembic's API.

A database that holds data is copied before any migration touches it: a SQLite file beside
itself (SQLite's backup API), a PostgreSQL database into the data folder (pg_dump).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from evactrack.config import data_dir
from evactrack.db.engine import (
    cipher_key,
    pg_link_parameters,
    pg_ssl_mode,
    raw_sqlite_connection,
    sqlite_path,
    writing,
)
from evactrack.domain.errors import DatabaseOpenError
from evactrack.files import temporary_beside

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision, so that opening an up-to-date database needs no alembic import
# (about 90 ms of every start); a test checks it against the migration scripts.
HEAD = "0013"
# SQLite's FTS5 search index lives beside the ORM tables but is not one of them.
FTS_TABLE = "person_search"
# PostgreSQL's trigram index of persons' search texts (migration 0011): not in the models, as
# it is there only where the server let the pg_trgm extension be created.
TRIGRAM_INDEX = "ix_persons_search_trgm"


def include_name(name: str | None, type_: str, parent_names: Any) -> bool:
    """Leave the search indexes, SQLite's tables and PostgreSQL's trigram index, out of
    schema comparisons."""
    if type_ == "index":
        return name != TRIGRAM_INDEX
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database; ``None`` for a database alembic never touched."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        try:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except DBAPIError:
            return None
        return str(versions[0][0]) if len(versions) == 1 else None


def backup_sqlite(engine: Engine, revision: str | None) -> Path | None:
    """Copy a SQLite database aside (online backup API, encrypted with the database's own key)
    before it is migrated: private from its first byte, and in place only once complete."""
    path = sqlite_path(str(engine.url))
    if path is None or not path.exists():
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.before-upgrade-{revision or 'unversioned'}-{stamp}")
    key = cipher_key(engine)
    with temporary_beside(target) as (_handle, temp):
        source = raw_sqlite_connection(path, key)
        try:
            dest = raw_sqlite_connection(temp, key)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        os.replace(temp, target)
    log.info("database copied to %s before upgrade", target)
    return target


def search_path_schema(url: URL) -> str | None:
    """The schema a PostgreSQL URL's ``options=-csearch_path=...`` names, if it names one."""
    options = str(url.query.get("options", ""))
    return options.split("search_path=", 1)[1].split()[0] if "search_path=" in options else None


def pg_dump_command(
    pg_dump: str, url: URL, target: Path, extra: Sequence[str] = ()
) -> tuple[list[str], dict[str, str]]:
    """The command line and environment that dump ``url`` with pg_dump, custom format, into
    ``target`` (only the schema its search_path names, if it names one). The password goes
    in the environment, not on a command line that every local user can read; a lost server
    is given up on as the engine's connections do (``pg_link_parameters``)."""
    ssl_mode = pg_ssl_mode(url.render_as_string(hide_password=False))
    limits = {name: str(value) for name, value in pg_link_parameters(url).items()}
    url = url.set(drivername="postgresql").update_query_dict(limits)
    environment = dict(os.environ)
    if ssl_mode is not None:
        environment["PGSSLMODE"] = ssl_mode
    if url.password is not None:
        environment["PGPASSWORD"] = str(url.password)
        url = url.set(password=None)
    command_line = [pg_dump, "--format=custom", f"--file={target}", *extra]
    schema = search_path_schema(url)
    if schema:
        command_line.append(f"--schema={schema}")
    command_line.append(url.render_as_string(hide_password=False))
    return command_line, environment


def backup_postgresql(engine: Engine, revision: str | None) -> Path:
    """Dump a PostgreSQL database (or the schema its URL's search_path names) with pg_dump
    into the data folder before it is migrated; without a copy, no migration runs."""
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise DatabaseOpenError(
            "this database needs an upgrade, and evactrack takes a copy first with pg_dump, "
            "which is not installed (Debian package postgresql-client)"
        )
    schema = search_path_schema(engine.url)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    name = f"{engine.url.database}-{schema or 'all'}-before-upgrade-{revision or 'unversioned'}"
    target = folder / f"{name}-{stamp}.dump"
    command_line, environment = pg_dump_command(pg_dump, engine.url, target)
    old_umask = os.umask(0o077)
    try:
        done = subprocess.run(
            command_line,
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
            env=environment,
        )
    finally:
        os.umask(old_umask)
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        raise DatabaseOpenError(
            "the copy taken before upgrading failed, so the database was not upgraded: "
            + " ".join(done.stderr.split())
        )
    log.info("database dumped to %s before upgrade", target)
    return target


def upgrade_to_head(engine: Engine) -> Path | None:
    """Migrate to the newest schema; returns the backup copy taken, if any."""
    current = current_revision(engine)
    if current == HEAD:
        return None
    backup = None
    with engine.connect() as connection:
        has_tables = bool(inspect(connection).get_table_names())
    if has_tables:
        if sqlite_path(str(engine.url)) is not None:
            backup = backup_sqlite(engine, current)
        else:
            backup = backup_postgresql(engine, current)
    from alembic import command

    with writing(engine).begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return backup
