"""One caseworker's process in the team tests: ``python -m tests.services.team_worker ACTION
URL ...``. It prints one JSON line (what happened) and never a traceback for an expected
error. ``EVACTRACK_TEST_BUSY_MS`` shortens SQLite's busy timeout for a test of the wait."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

import evactrack.db.engine
from evactrack.db.locks import hold_import_lock
from evactrack.db.models import Person
from evactrack.domain.enums import CaseStatus
from evactrack.domain.errors import ConflictError, DatabaseBusyError, EvactrackError
from evactrack.services import case_status, movements, persons
from evactrack.services.context import Context, open_database
from tests.conftest import log_in


def wait_for(path: Path) -> None:
    while not path.exists():
        time.sleep(0.01)


def edit(ctx: Context, person_id: str, version: str, given: str, go: str) -> None:
    """Save a new given name over the version this caseworker read, once told to go."""
    seen = persons.get_person(ctx, int(person_id))
    wait_for(Path(go))
    persons.update_person(ctx, seen.id, int(version), replace(seen.data, given_name=given))


def hold(ctx: Context, release: str) -> None:
    """An import's transaction that holds the write lock until told to let go."""
    with ctx.db.transaction() as session:
        hold_import_lock(session)
        Path(release + ".ready").touch()
        wait_for(Path(release))


def assign(ctx: Context, movement_id: str, go: str, *person_ids: str) -> None:
    wait_for(Path(go))
    movements.assign(ctx, int(movement_id), [int(p) for p in person_ids], split_households=True)


def bulk(ctx: Context, source: str, target: str) -> None:
    """Everyone in ``source`` to ``target`` in one transaction (the case list's bulk change)."""
    with ctx.db.reading() as session:
        ids = list(session.scalars(select(Person.id).where(Person.status == CaseStatus(source))))
    case_status.bulk_change_status(ctx, ids, CaseStatus(target))


ACTIONS = {"edit": edit, "hold": hold, "assign": assign, "bulk": bulk}


def main() -> int:
    action, url, *args = sys.argv[1:]
    busy_ms = os.environ.get("EVACTRACK_TEST_BUSY_MS")
    if busy_ms:
        evactrack.db.engine.SQLITE_BUSY_TIMEOUT_MS = int(busy_ms)
    db = open_database(url, passphrase=os.environ.get("EVACTRACK_PASSPHRASE"))
    try:
        ACTIONS[action](log_in(db), *args)
        said = {"result": "ok"}
    except ConflictError as exc:
        said = {"result": "conflict", "message": str(exc)}
    except DatabaseBusyError as exc:
        said = {"result": "busy", "message": str(exc)}
    except EvactrackError as exc:
        said = {"result": type(exc).__name__, "message": str(exc)}
    finally:
        db.close()
    print(json.dumps(said))
    return 0


if __name__ == "__main__":
    sys.exit(main())
