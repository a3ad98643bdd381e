"""Databases of every released schema open, upgrade and keep every record.

Each ``tests/data/schemas/schema_NNNN.sql`` is a database evactrack wrote at that revision
(demo data, 40 fictitious persons), kept as SQL text so that no database file is ever
committed, and never regenerated: it stands for a caseworker's real file.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from pathlib import Path

import pytest

from evactrack.db.migrate import current_revision, head_revision
from evactrack.services import persons, search, stats
from evactrack.services.context import open_database
from tests.conftest import log_in

SCHEMAS = sorted((Path(__file__).parents[1] / "data" / "schemas").glob("schema_*.sql"))
VERSIONS = Path(__file__).parents[2] / "evactrack" / "db" / "migrations" / "versions"


def restore(dump: Path, target: Path) -> None:
    """The database back from its SQL text, with the full-text index its revision created
    (derived data, so left out of the text) rebuilt by that revision's own statements."""
    revision = dump.stem.removeprefix("schema_")
    script = next(VERSIONS.glob(f"{revision}_*.py"))
    spec = importlib.util.spec_from_file_location(f"revision_{revision}", script)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    with sqlite3.connect(target) as connection:
        connection.executescript(dump.read_text(encoding="utf-8"))
        for statement in migration.FTS_CREATE:
            connection.execute(statement)
        connection.execute("INSERT INTO person_search(person_search) VALUES ('rebuild')")
    connection.close()


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (
                "persons",
                "households",
                "phone_numbers",
                "status_changes",
                "contact_attempts",
                "refusals",
                "manifest_entries",
                "audit_events",
            )
        }


@pytest.mark.parametrize("fixture", SCHEMAS, ids=lambda p: p.stem)
def test_old_database_upgrades_without_losing_anyone(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "field-office.sqlite3"
    restore(fixture, path)
    before = counts(path)
    assert before["persons"] == 40

    db = open_database(str(path))
    ctx = log_in(db)
    assert current_revision(db.engine) == head_revision()
    after = counts(path)
    assert {k: after[k] for k in before if k != "audit_events"} == {
        k: v for k, v in before.items() if k != "audit_events"
    }
    overview = stats.overview(ctx)
    assert overview.total == 40
    someone = persons.get_person(ctx, 1)
    assert search.search(ctx, someone.data.given_name or "")
    db.close()

    backups = list(tmp_path.glob("field-office.sqlite3.before-upgrade-*"))
    assert len(backups) == 1
    assert counts(backups[0]) == before
