"""The schema comes from alembic, agrees with the ORM models, and is upgraded safely."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from evactrack.db.engine import make_engine
from evactrack.db.migrate import (
    HEAD,
    alembic_config,
    current_revision,
    head_revision,
    include_name,
    upgrade_to_head,
)
from evactrack.db.models import Base
from evactrack.domain.errors import DatabaseOpenError
from evactrack.services.context import open_database


def test_fresh_database_is_at_head(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_models_and_migrations_agree(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


@pytest.mark.pg_client
def test_downgrade_and_upgrade_again(empty_db_url: str) -> None:
    engine = make_engine(empty_db_url)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert "persons" not in inspect(engine).get_table_names()
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_sqlite_connection_settings(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    engine.dispose()


def test_a_copy_is_taken_before_migrating_a_database_that_holds_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as old:
        old.execute("CREATE TABLE field_notes (id INTEGER PRIMARY KEY, text TEXT)")
        old.execute("INSERT INTO field_notes (text) VALUES ('met at the Baron gate')")
    engine = make_engine(f"sqlite:///{path}")
    backup = upgrade_to_head(engine)
    engine.dispose()
    assert backup is not None and backup.exists()
    assert backup.stat().st_mode & 0o077 == 0
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT text FROM field_notes").fetchone() == ("met at the Baron gate",)
        assert "persons" not in {r[0] for r in copy.execute("SELECT name FROM sqlite_master")}
    # An up-to-date database is not copied again.
    engine = make_engine(f"sqlite:///{path}")
    assert upgrade_to_head(engine) is None
    engine.dispose()


def test_new_empty_database_needs_no_copy(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert upgrade_to_head(engine) is None
    assert list(tmp_path.glob("*.before-upgrade-*")) == []
    engine.dispose()


def test_full_text_index_follows_the_persons_table(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO persons (id, given_name, aliases, sex, legal_status, status,"
                " languages, flag_medical, flag_disability, flag_unaccompanied_child,"
                " flag_elderly, flag_pregnant, wishes_to_leave, search_text, version,"
                " created_at, updated_at) VALUES (1, 'x', '[]', 'unknown', 'unknown', 'new',"
                " '[]', 0, 0, 0, 0, 0, 'unknown', 'zarghona', 1, '2021-08-26 00:00:00.000000',"
                " '2021-08-26 00:00:00.000000')"
            )
        )
        match = "SELECT rowid FROM person_search WHERE person_search MATCH :q"
        assert connection.execute(text(match), {"q": '"rgho"'}).scalars().all() == [1]
        connection.execute(text("UPDATE persons SET search_text = 'malalai' WHERE id = 1"))
        assert connection.execute(text(match), {"q": '"rgho"'}).scalars().all() == []
        assert connection.execute(text(match), {"q": '"lala"'}).scalars().all() == [1]
        connection.execute(text("DELETE FROM persons WHERE id = 1"))
        assert connection.execute(text(match), {"q": '"lala"'}).scalars().all() == []
    engine.dispose()


def test_a_file_that_is_not_a_database_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("these are not the cases you are looking for\n" * 100)
    with pytest.raises(DatabaseOpenError, match="cannot open database") as info:
        open_database(str(path))
    assert "\n" not in str(info.value)
    assert path.read_text().startswith("these are not")


@pytest.mark.pg_client
def test_postgresql_is_dumped_before_it_is_migrated(
    empty_pg_url: str, private_data_dir: Path
) -> None:
    engine = make_engine(empty_pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE field_notes (id integer PRIMARY KEY, note text)"))
        connection.execute(text("INSERT INTO field_notes VALUES (1, 'met at the Baron gate')"))
    backup = upgrade_to_head(engine)
    engine.dispose()
    assert backup is not None and backup.parent == private_data_dir / "backups"
    assert backup.stat().st_mode & 0o077 == 0
    listing = subprocess.run(
        ["pg_restore", "--list", str(backup)], capture_output=True, text=True, check=True
    ).stdout
    assert "field_notes" in listing
    assert "persons" not in listing


def test_without_pg_dump_a_postgresql_database_is_not_migrated(
    empty_pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = make_engine(empty_pg_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE field_notes (id integer PRIMARY KEY)"))
    monkeypatch.setattr("evactrack.db.migrate.shutil.which", lambda _name: None)
    with pytest.raises(DatabaseOpenError, match="pg_dump"):
        upgrade_to_head(engine)
    assert current_revision(engine) is None
    assert "persons" not in inspect(engine).get_table_names()
    engine.dispose()


def test_the_head_constant_is_the_newest_migration() -> None:
    assert head_revision() == HEAD
