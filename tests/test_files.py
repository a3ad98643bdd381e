"""The one private, atomic writer, and the leftovers of a killed write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from evactrack.cli import main
from evactrack.files import private_file, private_folder, remove_leftovers


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_the_file_appears_whole_and_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "list.csv"
        with private_file(target, "w", encoding="utf-8") as out:
            out.write("first line\n")
            [temp] = [p for p in tmp_path.iterdir()]
            assert temp.name.startswith(".evactrack-") and temp.name.endswith(".part")
            assert mode(temp) == 0o600  # private while it is written, not chmod'ed afterwards
            assert not target.exists()
        assert target.read_text(encoding="utf-8") == "first line\n"
        assert mode(target) == 0o600
    finally:
        os.umask(old)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"yesterday")
    with pytest.raises(ValueError), private_file(target) as out:
        out.write(b"half of today")
        raise ValueError("the layout failed")
    assert target.read_bytes() == b"yesterday"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_missing_folders_are_made_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        private_folder(tmp_path / "a" / "b")
    finally:
        os.umask(old)
    assert mode(tmp_path / "a") == 0o700 and mode(tmp_path / "a" / "b") == 0o700


KILLED_WRITE = """
import os, sys
from pathlib import Path
from evactrack.files import private_file
with private_file(Path(sys.argv[1])) as out:
    out.write(b"a complete plaintext copy" * 1000)
    out.flush()
    print("writing", flush=True)
    sys.stdin.readline()
"""


def test_a_killed_writes_leftover_is_removed_at_the_next_start(
    tmp_path: Path, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real process is killed (SIGKILL: no clean-up runs) half-way through a write; the
    next ``evactrack`` command removes what it left, and nothing else."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("not the application's", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITE, str(out / "backup.sqlite3")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline() == "writing\n"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    [leftover] = [p for p in out.iterdir() if p.name.endswith(".part")]
    assert leftover.stat().st_size > 0

    assert main(["--db", sqlite_url, "stats"]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in out.iterdir()) == ["mine.txt"]
    assert remove_leftovers() == 0
