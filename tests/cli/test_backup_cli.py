"""`evactrack backup`: one line or one JSON object; an error is one line on stderr."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from evactrack.cli import main, size_text
from evactrack.db.engine import sqlite_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.pg_client
def test_backup_prints_one_line(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "--db", db_url, "demo", "--people", "80", "--seed", "4")[0] == 0
    target = tmp_path / "out" / "cases.backup"
    target.parent.mkdir()
    code, out, err = run(capsys, "--db", db_url, "backup", "-o", str(target))
    assert code == 0, err
    line = re.fullmatch(r"backed up (\d+) persons to (.+) \((\d+(\.\d)? (bytes|kB|MB))\)\n", out)
    assert line is not None, out
    assert int(line[1]) >= 80 and line[2] == str(target)
    assert line[3] == size_text(target.stat().st_size)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["cases.backup"]


@pytest.mark.pg_client
def test_backup_json(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_url, "demo", "--people", "30")[0] == 0
    target = tmp_path / "copy.backup"
    code, out, err = run(capsys, "--db", db_url, "backup", "-o", str(target), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == {"path", "bytes", "persons", "kind"}
    assert result["path"] == str(target)
    assert result["bytes"] == target.stat().st_size
    assert result["persons"] >= 30
    assert result["kind"] == ("sqlite" if db_url.startswith("sqlite") else "postgresql")


def test_backup_to_a_missing_folder_is_one_line(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", db_url, "backup", "-o", str(tmp_path / "nowhere" / "x.backup")
    )
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("evactrack: error:")
    assert "does not exist" in err
    assert not (tmp_path / "nowhere").exists()


def test_backup_over_the_database_itself_is_refused(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sqlite_path(sqlite_url)
    assert path is not None
    code, out, err = run(capsys, "--db", sqlite_url, "backup", "-o", str(path), "--json")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "the database itself" in err
    assert not list(path.parent.glob(".evactrack-backup-*"))
    assert run(capsys, "--db", sqlite_url, "stats")[0] == 0


def test_backup_needs_a_file(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", sqlite_url, "backup")
    assert code == 2
    assert err.count("\n") == 1 and "-o" in err


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "0 bytes"), (999, "999 bytes"), (1000, "1.0 kB"), (933_888, "933.9 kB"),
     (12_345_678, "12.3 MB"), (5 * 10**12, "5000.0 GB")],
)  # fmt: skip
def test_size_text(size: int, shown: str) -> None:
    assert size_text(size) == shown
