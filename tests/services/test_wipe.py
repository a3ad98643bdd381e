"""Emergency wipe: the key material first, then every file of the application's."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from evactrack import config
from evactrack.domain.enums import Role
from evactrack.domain.errors import PermissionDeniedError
from evactrack.files import TEMP_SUFFIX, private_folder
from evactrack.services import backup, search, wipe
from evactrack.services.context import Actor, Context, open_database
from tests.conftest import log_in
from tests.factories import make_person

RUN = "import sys; from evactrack.cli import main; sys.exit(main(sys.argv[1:]))"
SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.fixture
def logging_restored() -> Iterator[None]:
    """A wipe closes the process's log file; the other tests keep theirs."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
    for handler in before:
        if handler not in root.handlers:
            root.addHandler(handler)


def test_the_wipe_leaves_no_file_of_the_applications(tmp_path: Path) -> None:
    """Fresh processes, as on the laptop: a database with demo data, a backup on a stick and
    one in the data folder, an export and a report in it, a killed write's leftover, the
    log, and settings naming the database; after ``wipe --yes`` none of it is left, and the
    next command finds no database, as on a fresh machine."""
    data = tmp_path / "data"
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "photos.txt").write_text("not the application's", encoding="utf-8")
    env = {**os.environ, "EVACTRACK_DATA_DIR": str(data), "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("EVACTRACK_DB", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", RUN, *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )

    for command in (
        ["init"],
        ["demo", "--people", "40"],
        ["backup", "-o", str(stick / "copy.sqlite3")],
        ["backup", "-o", str(data / "before-the-move.sqlite3")],
    ):
        done = run(*command)
        assert done.returncode == 0, (command, done.stderr)
    for folder, name, command in (
        ("exports", "cases.csv", ["export", "csv"]),
        ("reports", "daily.pdf", ["report", "daily"]),
        ("backups", "rotating.sqlite3", ["backup"]),
    ):
        private_folder(data / folder)
        done = run(*command, "-o", str(data / folder / name))
        assert done.returncode == 0, (command, done.stderr)
    (data / f".evactrack-backup-killed{TEMP_SUFFIX}").write_bytes(SQLITE_HEADER + b"rows")
    settings = tmp_path / "evactrack" / "evactrack.conf"
    private_folder(settings.parent)
    settings.write_text(
        "[General]\nlanguage=fr\nlast_database=postgresql://caseworker@10.0.0.5/evactrack\n"
        "window/geometry=@ByteArray(abc)\n",
        encoding="utf-8",
    )
    assert (data / "logs" / "evactrack.log").exists()

    done = run("wipe", "--yes")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("wiped 8 files in ")
    assert not data.exists(), list(data.rglob("*"))
    assert [p.name for p in stick.iterdir()] == ["photos.txt"]
    assert settings.read_text(encoding="utf-8") == (
        "[General]\nlanguage=fr\nwindow/geometry=@ByteArray(abc)\n"
    )
    assert settings.stat().st_mode & 0o777 == 0o600

    done = run("stats")
    assert done.returncode == 1
    assert "no database at" in done.stderr and "create one with evactrack init" in done.stderr
    assert not (data / "evactrack.sqlite3").exists()


def test_the_key_material_is_destroyed_before_any_file_is_deleted(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, logging_restored: None
) -> None:
    """When the first file goes, every database and copy has already lost its first page
    (a wipe cut short there leaves nothing readable)."""
    db = open_database(sqlite_url)
    ctx = log_in(db)
    make_person(ctx, "Zahra", "Ahmadi")
    copy = backup.back_up(ctx, tmp_path / "copy.sqlite3").path
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    keyed = [database, copy]
    assert all(p.read_bytes()[:16] == SQLITE_HEADER for p in keyed)
    first_pages: dict[Path, bytes] = {}
    real_unlink = Path.unlink

    def unlink(path: Path, missing_ok: bool = False) -> None:
        if not first_pages:
            first_pages.update({p: p.read_bytes()[: wipe.FIRST_PAGE] for p in keyed})
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    result = wipe.wipe(ctx)
    assert result.files >= 2 and not result.server
    assert result.seconds < 5
    assert set(first_pages) == set(keyed)
    assert all(SQLITE_HEADER not in page for page in first_pages.values())
    assert not database.exists() and not copy.exists()
    # Nothing opens the wiped database again (SQLite would make a new, empty file).
    with pytest.raises(Exception, match="wiped"), db.engine.connect():
        pass
    assert not database.exists()


def test_only_an_administrator_may_wipe(sqlite_ctx: Context) -> None:
    caseworker = Context(sqlite_ctx.db, Actor(None, "caseworker", Role.CASEWORKER))
    with pytest.raises(PermissionDeniedError, match="not an administrator"):
        wipe.wipe(caseworker)
    assert Path(str(sqlite_ctx.db.engine.url.database)).exists()


def test_settings_keep_what_is_not_a_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    settings = config.settings_file()
    private_folder(settings.parent)
    settings.write_text("[General]\nlanguage=ps\n", encoding="utf-8")
    before = settings.stat().st_mtime_ns
    wipe.forget_recent_databases()
    assert settings.read_text(encoding="utf-8") == "[General]\nlanguage=ps\n"
    assert settings.stat().st_mtime_ns == before  # nothing to forget: nothing written


@pytest.mark.pg
def test_on_a_server_the_local_files_go_and_the_records_stay(
    pg_url: str, private_data_dir: Path, logging_restored: None
) -> None:
    db = open_database(pg_url)
    ctx = log_in(db)
    make_person(ctx, "Zahra", "Ahmadi")
    private_folder(config.backups_dir())
    (config.backups_dir() / "cases-before-upgrade.dump").write_bytes(b"PGDMP rows")
    result = wipe.wipe(ctx)
    assert result.server and result.files == 1
    assert not private_data_dir.exists()
    again = open_database(pg_url)
    try:
        assert [p.name for p in search.search(log_in(again), "ahmadi")] == ["Zahra Ahmadi"]
    finally:
        again.close()
