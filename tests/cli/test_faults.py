"""Faults: a process killed (``kill -9``) at a random moment of an import, a bulk status
change, a migration, a backup or a restore leaves the database as it was before the step or
as the whole step left it, never in between; a full disk is one clear line and no file."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from evactrack.db.engine import make_engine, sqlite_path
from evactrack.db.migrate import HEAD, alembic_config, current_revision, upgrade_to_head
from evactrack.domain.enums import CaseStatus
from evactrack.services.context import open_database
from tests.conftest import log_in
from tests.services.test_team import contact_list

ROOT = Path(__file__).resolve().parents[2]
KILLS = 3
# Kill moments: the interpreter takes about a second to start here, an import of the list
# or a restore two to five more.
EARLIEST_S, LATEST_S = 1.0, 4.0
# The bulk change: every new person marked contacted.
BULK = (CaseStatus.NEW.value, CaseStatus.CONTACTED.value)
# Not the audit trail: every command now logs in, and the login is an audit event of its own.
TABLES = ("persons", "status_changes", "import_batches", "manifest_entries")


def evactrack(url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "evactrack", "--db", url, *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def worker(url: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.services.team_worker", args[0], url, *args[1:]],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run(url: str, *args: str) -> str:
    done = evactrack(url, *args)
    out, err = done.communicate(timeout=300)
    assert done.returncode == 0, err
    return out


def killed(start: Callable[[], subprocess.Popen[str]], rng: random.Random) -> bool:
    """Start the step and kill -9 it at a random moment; ``False`` if it ended first."""
    process = start()
    deadline = time.monotonic() + rng.uniform(EARLIEST_S, LATEST_S)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            process.communicate()
            return False
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    return True


def state(url: str) -> tuple[object, ...]:
    """What a caseworker would see: counts and every person's status and version; checked
    for damage first (SQLite's own checks; PostgreSQL checks every write itself)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            if sqlite_path(url) is not None:
                assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            counts = tuple(
                connection.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES
            )
            people = connection.execute(
                text("SELECT id, status, version FROM persons ORDER BY id")
            ).all()
    finally:
        engine.dispose()
    digest = hashlib.sha256(repr(people).encode()).hexdigest()
    return (*counts, digest)


def persons_of(url: str) -> tuple[object, ...]:
    """The persons as they stand (a backup changes nothing of them)."""
    seen = state(url)
    return (*seen[:2], seen[-1])


@pytest.fixture
def seeded(db_url: str) -> str:
    run(db_url, "demo", "--people", "1000")
    return db_url


def test_a_killed_import_leaves_no_person_of_it(seeded: str, tmp_path: Path) -> None:
    rng = random.Random(13)
    contacts = contact_list(tmp_path / "list.csv", range(4000))
    created = json.loads(run(seeded, "import", str(contacts), "--dry-run", "--json"))["created"]
    before = state(seeded)
    for _ in range(KILLS):
        killed(lambda: evactrack(seeded, "import", str(contacts)), rng)
        now = state(seeded)
        if now != before:  # it had committed: the whole list, in one batch
            break
    else:
        run(seeded, "import", str(contacts))
        now = state(seeded)
    assert (now[0], now[2]) == (before[0] + created, before[2] + 1)  # persons, import batches


def test_a_killed_bulk_status_change_changes_no_one_or_everyone(seeded: str) -> None:
    rng = random.Random(17)
    before = state(seeded)
    for _ in range(KILLS):
        killed(lambda: worker(seeded, "bulk", *BULK), rng)
        if state(seeded) != before:
            break
    else:
        done = worker(seeded, "bulk", *BULK)
        assert done.communicate(timeout=300)[0].strip() == '{"result": "ok"}'
    assert state(seeded) != before
    assert statuses(seeded).get(CaseStatus.NEW.value, 0) == 0


def statuses(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = connection.execute(text("SELECT status, count(*) FROM persons GROUP BY status"))
        counts = {str(status): int(count) for status, count in found}
    engine.dispose()
    return counts


# The schema before the newest migration (older ones drop columns of tables that others
# reference, which SQLite's batch downgrade cannot do with foreign keys on).
PREVIOUS = "0010"


def _downgrade(url: str, revision: str) -> None:
    engine = make_engine(url)
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


@pytest.fixture
def old_database(empty_db_url: str) -> Iterator[str]:
    """A database of the previous schema holding demo data: a migration to come."""
    engine = make_engine(empty_db_url)
    upgrade_to_head(engine)
    engine.dispose()
    log_in(open_database(empty_db_url)).db.close()  # its first administrator, as init makes
    run(empty_db_url, "demo", "--people", "300")
    _downgrade(empty_db_url, PREVIOUS)
    yield empty_db_url


def test_a_killed_migration_leaves_the_old_schema_or_the_new(old_database: str) -> None:
    rng = random.Random(19)
    before = state(old_database)
    for _ in range(KILLS):
        if not killed(lambda: evactrack(old_database, "stats"), rng):
            break
        engine = make_engine(old_database)
        assert current_revision(engine) in (PREVIOUS, HEAD)
        engine.dispose()
        assert state(old_database) == before
    run(old_database, "stats")
    engine = make_engine(old_database)
    assert current_revision(engine) == HEAD
    engine.dispose()
    assert state(old_database) == before


def test_a_killed_backup_leaves_the_database_and_no_part_of_a_copy(
    seeded: str, tmp_path: Path
) -> None:
    rng = random.Random(23)
    before = persons_of(seeded)
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "copy.evactrack"
    for _ in range(KILLS):
        if not killed(lambda: evactrack(seeded, "backup", "-o", str(target)), rng):
            break
        assert persons_of(seeded) == before
        run(seeded, "stats")  # the next start removes what a killed write left behind
        assert [p.name for p in folder.iterdir()] in ([], [target.name])
        target.unlink(missing_ok=True)
    run(seeded, "backup", "-o", str(target))
    assert [p.name for p in folder.iterdir()] == [target.name]


def test_a_killed_restore_leaves_the_database_or_the_backup(seeded: str, tmp_path: Path) -> None:
    rng = random.Random(29)
    copy = tmp_path / "copy.evactrack"
    run(seeded, "backup", "-o", str(copy))
    backed_up = persons_of(seeded)
    done = worker(seeded, "bulk", *BULK)
    assert done.communicate(timeout=300)[0].strip() == '{"result": "ok"}'
    current = persons_of(seeded)
    for _ in range(KILLS):
        if not killed(lambda: evactrack(seeded, "restore", str(copy), "--yes"), rng):
            break
        assert persons_of(seeded) in (current, backed_up)
        if persons_of(seeded) == backed_up:
            break
    run(seeded, "restore", str(copy), "--yes")
    assert persons_of(seeded) == backed_up


# ---------------------------------------------------------------- a full disk


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB file system of its own (tmpfs), filled up by the test."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("a small tmpfs cannot be mounted here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


def _fill(folder: Path, leave: int = 0) -> None:
    """Fill the file system but ``leave`` bytes (to the last byte without ``leave``)."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with (folder / "ballast").open("wb", buffering=0) as ballast:
        ballast.write(b"\0" * max(0, free - leave))
        with contextlib.suppress(OSError):
            while not leave:
                ballast.write(b"\0" * 512)


def test_a_full_disk_under_an_import_is_one_clear_line_and_changes_nothing(
    sqlite_url: str, small_disk: Path, tmp_path: Path
) -> None:
    path = sqlite_path(sqlite_url)
    assert path is not None
    moved = small_disk / "cases.sqlite3"
    moved.write_bytes(path.read_bytes())
    url = f"sqlite:///{moved}"
    run(url, "demo", "--people", "20")
    before = state(url)
    _fill(small_disk, 64 * 1024)
    contacts = contact_list(tmp_path / "list.csv", range(4000))
    done = evactrack(url, "import", str(contacts))
    _out, err = done.communicate(timeout=300)
    assert done.returncode == 1
    assert err.strip().splitlines() == [
        "evactrack: error: the disk that holds the database is full, so nothing was "
        "changed; free some space and try again"
    ]
    (small_disk / "ballast").unlink()
    assert state(url) == before


@pytest.mark.parametrize("step", ["backup", "report"])
def test_a_full_disk_under_a_backup_or_a_report_leaves_no_file(
    seeded: str, small_disk: Path, step: str
) -> None:
    _fill(small_disk)
    target = small_disk / "out.file"
    args = ["backup", "-o", str(target)] if step == "backup" else [
        "report", "daily", "-o", str(target)
    ]  # fmt: skip
    before = persons_of(seeded)
    done = evactrack(seeded, *args)
    _out, err = done.communicate(timeout=300)
    assert done.returncode == 1
    [line] = err.strip().splitlines()
    assert line.startswith("evactrack: error: the disk is full, so ")
    assert line.endswith("written; free some space and try again")
    assert sorted(p.name for p in small_disk.iterdir()) == ["ballast"]
    assert persons_of(seeded) == before
