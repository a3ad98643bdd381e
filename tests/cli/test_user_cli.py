"""The command line logs in (EVACTRACK_USER and EVACTRACK_PASSWORD, or a terminal), and
`evactrack user …` manages the accounts; roles hold there as in the services."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evactrack.cli import main
from evactrack.services.context import open_database
from tests.conftest import TEST_PASSWORD, TESTER, log_in
from tests.services.dbstate import everything


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def as_user(monkeypatch: pytest.MonkeyPatch, name: str, password: str = TEST_PASSWORD) -> None:
    monkeypatch.setenv("EVACTRACK_USER", name)
    monkeypatch.setenv("EVACTRACK_PASSWORD", password)


def test_init_makes_the_first_administrator_and_user_manages_accounts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "cases.sqlite3")
    assert run(capsys, "--db", db, "init")[0] == 0
    monkeypatch.setenv("EVACTRACK_NEW_PASSWORD", "carla's password")
    assert run(capsys, "--db", db, "user", "add", "carla", "--role", "viewer")[0] == 0
    code, out, _ = run(capsys, "--db", db, "user", "list", "--json")
    assert code == 0
    assert [(a["username"], a["role"], a["active"]) for a in json.loads(out)] == [
        ("carla", "viewer", True),
        (TESTER, "admin", True),
    ]
    assert run(capsys, "--db", db, "user", "role", "carla", "caseworker")[0] == 0
    monkeypatch.setenv("EVACTRACK_NEW_PASSWORD", "carla's new password")
    assert run(capsys, "--db", db, "user", "passwd", "carla")[0] == 0
    assert run(capsys, "--db", db, "user", "disable", "carla")[0] == 0

    as_user(monkeypatch, "carla", "carla's new password")
    code, _, err = run(capsys, "--db", db, "stats")
    assert (
        code == 1
        and err == "evactrack: error: the account carla is disabled; ask an administrator\n"
    )
    as_user(monkeypatch, TESTER)
    assert run(capsys, "--db", db, "user", "enable", "carla")[0] == 0
    as_user(monkeypatch, "carla", "carla's new password")
    assert run(capsys, "--db", db, "stats")[0] == 0
    code, _, err = run(capsys, "--db", db, "user", "list")
    assert code == 1 and "not an administrator" in err


def test_the_last_administrator_cannot_be_demoted(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", sqlite_url, "user", "role", TESTER, "viewer")
    assert code == 1 and "last administrator" in err


def test_a_viewer_prints_redacted_reports_only_and_exports_nothing(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EVACTRACK_NEW_PASSWORD", "viewer's password")
    assert run(capsys, "--db", sqlite_url, "user", "add", "victor", "--role", "viewer")[0] == 0
    as_user(monkeypatch, "victor", "viewer's password")
    daily = tmp_path / "daily.pdf"
    code, _, err = run(capsys, "--db", sqlite_url, "report", "daily", "-o", str(daily))
    assert code == 1 and "redacted" in err and not daily.exists()
    assert run(capsys, "--db", sqlite_url, "report", "daily", "--redact", "-o", str(daily))[0] == 0
    exported = tmp_path / "persons.csv"
    code, _, err = run(capsys, "--db", sqlite_url, "export", "csv", "-o", str(exported))
    assert code == 1 and "viewer" in err and not exported.exists()


def test_a_wrong_password_is_one_line_and_changes_nothing_but_the_audit(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    as_user(monkeypatch, TESTER, "not the password")
    code, out, err = run(capsys, "--db", sqlite_url, "stats")
    assert (code, out) == (1, "")
    assert err == "evactrack: error: wrong user name or password; nothing was changed\n"


def test_a_read_only_command_writes_only_the_login_s_audit_event(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(sqlite_url)
    ctx = log_in(db)
    before = everything(ctx)
    assert run(capsys, "--db", sqlite_url, "stats", "--json")[0] == 0
    after = everything(ctx)
    db.close()
    changed = {t for t in after if after[t] != before[t]}
    assert changed == {"audit_events", "audit_chain_head"}  # the event, chained
    [login] = after["audit_events"][len(before["audit_events"]) :]
    assert "login" in login


def test_without_a_name_and_without_a_terminal_it_is_an_error_not_a_wait(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVACTRACK_USER")
    code, _, err = run(capsys, "--db", sqlite_url, "stats")
    assert code == 1
    assert err == (
        "evactrack: error: your user name is needed: set EVACTRACK_USER, or run evactrack "
        "in a terminal to be asked for it\n"
    )


def test_user_is_no_longer_an_option(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", sqlite_url, "--user", "root", "stats")
    assert code == 2 and "invalid choice: 'root'" in err


def test_a_database_without_accounts_says_to_run_init(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.sqlite3"
    open_database(str(path), create=True).close()
    code, _, err = run(capsys, "--db", str(path), "stats")
    assert code == 1 and "evactrack init" in err
    assert run(capsys, "--db", str(path), "init")[0] == 0
    assert run(capsys, "--db", str(path), "stats")[0] == 0
