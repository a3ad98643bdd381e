"""Databases of every released schema open, upgrade and keep every record.

Each ``tests/data/schemas/schema_NNNN.sqlite3`` was written by evactrack at that revision
(demo data, 40 persons) and is never regenerated: it stands for a caseworker's real file.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from evactrack.db.migrate import current_revision, head_revision
from evactrack.services import persons, stats
from evactrack.services.context import context_for, open_database

SCHEMAS = sorted((Path(__file__).parents[1] / "data" / "schemas").glob("schema_*.sqlite3"))


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
    shutil.copy(fixture, path)
    before = counts(path)
    assert before["persons"] == 40

    db = open_database(str(path))
    ctx = context_for(db, "field-office")
    assert current_revision(db.engine) == head_revision()
    after = counts(path)
    assert {k: after[k] for k in before if k != "audit_events"} == {
        k: v for k, v in before.items() if k != "audit_events"
    }
    overview = stats.overview(ctx)
    assert overview.total == 40
    someone = persons.get_person(ctx, 1)
    assert persons.search(ctx, someone.data.given_name or "")
    db.close()

    backups = list(tmp_path.glob("field-office.sqlite3.before-upgrade-*"))
    assert len(backups) == 1
    assert counts(backups[0]) == before
