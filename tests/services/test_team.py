"""Several caseworkers on one database at once, each in a process of their own: writes wait
for each other, reads never wait, the loser of two edits is told, imports and assignments
take turns, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from evactrack.db.models import ManifestEntry, Person
from evactrack.domain.enums import CaseStatus, MovementStatus
from evactrack.domain.errors import CapacityError, ValidationError
from evactrack.services import movements
from evactrack.services.context import Context, Database, open_database
from tests.conftest import log_in
from tests.factories import make_movement, make_person, make_point

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60


def worker(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """A caseworker's process (tests/services/team_worker.py)."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.services.team_worker", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )


def cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "evactrack", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def said(process: subprocess.Popen[str]) -> dict[str, str]:
    out, err = process.communicate(timeout=WAIT_S)
    assert process.returncode == 0, err
    return dict(json.loads(out.strip().splitlines()[-1]))


def wait_for(path: Path, process: subprocess.Popen[str]) -> None:
    """Until ``path`` exists; a process that died first fails the test with its error."""
    while not path.exists():
        if process.poll() is not None:
            pytest.fail(f"the worker ended early: {process.communicate()}")
        threading.Event().wait(0.01)


# ---------------------------------------------------------------- SQLite's write lock


def test_sqlite_writers_wait_readers_do_not_and_a_run_out_wait_says_why(
    sqlite_ctx: Context, sqlite_url: str, tmp_path: Path
) -> None:
    person = make_person(sqlite_ctx, "Ahmad", "Rahimi")
    release = tmp_path / "release"
    holder = worker("hold", sqlite_url, str(release))
    wait_for(Path(f"{release}.ready"), holder)

    # Reading never waits for the import (WAL).
    started = time.monotonic()
    with sqlite_ctx.db.reading() as session:
        assert session.get(Person, person.id) is not None
    assert time.monotonic() - started < 1

    # A write whose wait runs out is told why, with no SQL; it changed nothing.
    short = worker(
        "edit", sqlite_url, str(person.id), "1", "Ahmed", str(tmp_path),
        env={"EVACTRACK_TEST_BUSY_MS": "300"},
    )  # fmt: skip
    answer = said(short)
    assert answer["result"] == "busy"
    assert "another caseworker's work (an import)" in answer["message"]
    assert "SELECT" not in answer["message"] and "UPDATE" not in answer["message"]

    # A write that starts during the import waits for it and then goes through; so does a
    # read-only command, whose login is an audit event (a write).
    waiting = worker("edit", sqlite_url, str(person.id), "1", "Ahmed", str(tmp_path))
    stats = cli("--db", sqlite_url, "stats", "--json")
    threading.Event().wait(0.5)
    release.touch()
    assert said(holder) == {"result": "ok"}
    assert said(waiting) == {"result": "ok"}
    out, err = stats.communicate(timeout=WAIT_S)
    assert stats.returncode == 0, err
    assert json.loads(out)["total"] == 1
    with sqlite_ctx.db.reading() as session:
        stored = session.get(Person, person.id)
        assert stored is not None and stored.given_name == "Ahmed" and stored.version == 2


def test_the_busy_note_of_a_killed_import_is_not_believed(
    sqlite_ctx: Context, sqlite_url: str, tmp_path: Path
) -> None:
    release = tmp_path / "release"
    holder = worker("hold", sqlite_url, str(release))
    wait_for(Path(f"{release}.ready"), holder)
    holder.kill()
    holder.communicate(timeout=WAIT_S)
    assert "(an import)" not in sqlite_ctx.db.busy_message()
    make_person(sqlite_ctx)  # the lock died with the process


# ---------------------------------------------------------------- conflicts


@pytest.mark.parametrize("run", range(3))
def test_the_loser_of_two_edits_in_two_processes_gets_the_conflict(
    ctx: Context, db_url: str, tmp_path: Path, run: int
) -> None:
    person = make_person(ctx, "Ahmad", "Rahimi")
    go = tmp_path / "go"
    editors = [
        worker("edit", db_url, str(person.id), "1", name, str(go)) for name in ("Ahmed", "Ahmet")
    ]
    go.touch()
    answers = sorted(said(editor)["result"] for editor in editors)
    assert answers == ["conflict", "ok"]
    with ctx.db.reading() as session:
        stored = session.get(Person, person.id)
        assert stored is not None and stored.version == 2
        assert stored.given_name in ("Ahmed", "Ahmet")


# ---------------------------------------------------------------- imports


def contact_list(path: Path, numbers: range) -> Path:
    """A contact list whose row ``i`` is one person (a name and a number of their own)."""
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["First Name", "Last Name", "Mobile Phone", "Date of birth"])
        for i in numbers:
            writer.writerow(
                [f"Name{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}", f"Family{chr(65 + i // 676)}",
                 f"+93 70 {1_000_000 + i}", f"19{50 + i % 40}-0{1 + i % 9}-1{i % 9}"]
            )  # fmt: skip
    return path


@pytest.mark.parametrize("imports", [2, 4])
def test_concurrent_imports_of_overlapping_lists_create_each_person_once(
    ctx: Context, db_url: str, tmp_path: Path, imports: int
) -> None:
    lists = [
        contact_list(tmp_path / f"list{k}.csv", range(k * 60, k * 60 + 150)) for k in range(imports)
    ]
    runs = [cli("--db", db_url, "import", str(f), "--json") for f in lists]
    for run in runs:
        out, err = run.communicate(timeout=WAIT_S)
        assert run.returncode == 0, err
    with ctx.db.reading() as session:
        count = session.scalar(select(func.count()).select_from(Person))
    assert count == (imports - 1) * 60 + 150


# ---------------------------------------------------------------- movements


def _assign_at_once(db_url: str, jobs: list[tuple[int, list[int]]]) -> list[str]:
    """Each (movement, persons) assigned by a caseworker of their own, all at one moment."""
    start = threading.Barrier(len(jobs))
    answers: list[str] = []

    def one(movement_id: int, group: list[int]) -> None:
        db: Database = open_database(db_url)
        try:
            ctx = log_in(db)
            start.wait()
            movements.assign(ctx, movement_id, group, split_households=True)
            answers.append("ok")
        except (CapacityError, ValidationError) as exc:
            answers.append(type(exc).__name__)
        finally:
            db.close()

    threads = [threading.Thread(target=one, args=job) for job in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT_S)
    return answers


def test_caseworkers_filling_one_movement_at_once_never_exceed_its_capacity(
    ctx: Context, db_url: str
) -> None:
    point = make_point(ctx)
    movement = make_movement(ctx, point, capacity=5)
    people = [make_person(ctx, f"Name{i}", status=CaseStatus.VERIFIED).id for i in range(12)]
    answers = _assign_at_once(db_url, [(movement, people[i : i + 3]) for i in range(0, 12, 3)])
    assert sorted(answers) == ["CapacityError"] * 3 + ["ok"]
    with ctx.db.reading() as session:
        on = session.scalar(select(func.count()).where(ManifestEntry.movement_id == movement))
    assert on == 3


def test_caseworkers_assigning_one_person_to_two_movements_at_once_put_them_on_one(
    ctx: Context, db_url: str
) -> None:
    point = make_point(ctx)
    first, second = make_movement(ctx, point), make_movement(ctx, point)
    person = make_person(ctx, status=CaseStatus.VERIFIED).id
    for _ in range(3):
        answers = _assign_at_once(db_url, [(first, [person]), (second, [person])])
        assert sorted(answers) == ["ValidationError", "ok"]
        with ctx.db.reading() as session:
            entries = session.scalars(
                select(ManifestEntry).where(ManifestEntry.person_id == person)
            ).all()
            assert len(entries) == 1 and entries[0].waiting
            on = entries[0].movement_id
        movements.remove_from_movement(ctx, on, person, "next try")


def test_the_database_refuses_a_second_waiting_entry_for_one_person(
    ctx: Context, db_url: str
) -> None:
    from sqlalchemy.exc import IntegrityError

    point = make_point(ctx)
    first, second = make_movement(ctx, point), make_movement(ctx, point)
    person = make_person(ctx, status=CaseStatus.VERIFIED).id
    movements.assign(ctx, first, [person])
    with pytest.raises(IntegrityError), ctx.db.transaction() as session:
        session.add(ManifestEntry(movement_id=second, person_id=person))
        session.flush()
    # Once the first movement is aborted, the person waits on it no longer.
    movements.set_status(ctx, first, MovementStatus.ABORTED, "road closed")
    movements.assign(ctx, second, [person])
