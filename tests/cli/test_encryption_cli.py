"""init (encrypted by default), the passphrase from the environment or the terminal, encrypt,
passphrase change, verify and restore: one line each, never a hang, never a traceback."""

from __future__ import annotations

import getpass
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from evactrack.cli import main
from evactrack.db import cipher
from evactrack.db.cipher import FileKind
from tests.conftest import TEST_PASSPHRASE, TEST_PASSWORD, TESTER


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A terminal with no variable set: the answers typed are taken from the list."""
    monkeypatch.delenv("EVACTRACK_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    answers: list[str] = []
    prompts: list[str] = []

    def typed(prompt: str = "") -> str:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", typed)
    monkeypatch.setattr("builtins.input", typed)
    yield answers


def test_init_makes_an_encrypted_database_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "new.sqlite3"
    code, out, err = run(capsys, "--db", str(path), "init")
    assert code == 0, err
    assert cipher.file_kind(path) is FileKind.ENCRYPTED
    assert run(capsys, "--db", str(path), "stats", "--json")[0] == 0
    other = tmp_path / "explicit.sqlite3"
    assert run(capsys, "--db", str(other), "init", "--encrypt")[0] == 0
    assert cipher.file_kind(other) is FileKind.ENCRYPTED


def test_init_no_encrypt_makes_a_plaintext_one_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVACTRACK_PASSPHRASE")
    path = tmp_path / "demo.sqlite3"
    code, _, err = run(capsys, "--db", str(path), "init", "--no-encrypt")
    assert code == 0, err
    assert cipher.file_kind(path) is FileKind.PLAINTEXT
    assert run(capsys, "--db", str(path), "stats")[0] == 0  # no passphrase needed
    code, _, err = run(capsys, "--db", str(path), "init", "--encrypt")
    assert code == 1 and "evactrack encrypt" in err


def test_init_asks_twice_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], terminal: list[str]
) -> None:
    path = tmp_path / "new.sqlite3"
    terminal.extend(["first", "second"])
    code, _, err = run(capsys, "--db", str(path), "init")
    assert (
        code == 1 and err == "evactrack: error: the two passphrases differ; nothing was changed\n"
    )
    assert cipher.file_kind(path) is FileKind.MISSING
    terminal.extend(["same 'one'", "same 'one'"])
    assert run(capsys, "--db", str(path), "init")[0] == 0
    terminal.append("same 'one'")
    code, out, err = run(capsys, "--db", str(path), "stats", "--json")
    assert code == 0, err and json.loads(out)["total"] == 0


def test_no_terminal_and_no_variable_is_a_clear_error_not_a_hang(tmp_path: Path) -> None:
    path = tmp_path / "cases.sqlite3"
    env = {"PATH": "/usr/bin:/bin", "EVACTRACK_DATA_DIR": str(tmp_path / "data")}
    made = subprocess.run(
        [sys.executable, "-m", "evactrack", "--db", str(path), "init"],
        env={**env, "EVACTRACK_PASSPHRASE": "p", "EVACTRACK_USER": TESTER,
             "EVACTRACK_PASSWORD": TEST_PASSWORD},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    done = subprocess.run(
        [sys.executable, "-m", "evactrack", "--db", str(path), "stats"],
        env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (
        "evactrack: error: the database passphrase is needed: set EVACTRACK_PASSPHRASE, "
        "or run evactrack in a terminal to be asked for it\n"
    )


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cases.sqlite3"
    assert run(capsys, "--db", str(path), "init")[0] == 0
    assert run(capsys, "--db", str(path), "demo", "--people", "20")[0] == 0
    before = path.read_bytes()
    monkeypatch.setenv("EVACTRACK_PASSPHRASE", "not the passphrase")
    for command in (["stats"], ["verify"], ["backup", "-o", str(tmp_path / "b")]):
        code, out, err = run(capsys, "--db", str(path), *command)
        assert code == 1 and out == "", command
        assert err.count("\n") == 1 and "wrong passphrase" in err, err
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["cases.sqlite3"]


def test_encrypt_command_and_passphrase_change(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    assert run(capsys, "--db", str(path), "init", "--no-encrypt")[0] == 0
    assert run(capsys, "--db", str(path), "demo", "--people", "30")[0] == 0
    code, out, err = run(capsys, "--db", str(path), "encrypt")
    assert code == 0 and out == f"database encrypted: {path}\n", err
    assert cipher.file_kind(path) is FileKind.ENCRYPTED
    assert [p.name for p in tmp_path.iterdir()] == ["old.sqlite3"]
    code, _, err = run(capsys, "--db", str(path), "encrypt")
    assert code == 1 and "already encrypted" in err
    code, out, _ = run(capsys, "--db", str(path), "stats", "--json")
    assert json.loads(out)["total"] == 30

    code, _, err = run(capsys, "--db", str(path), "passphrase", "change")
    assert code == 1 and "EVACTRACK_NEW_PASSPHRASE" in err
    monkeypatch.setenv("EVACTRACK_NEW_PASSPHRASE", "نو 'new'")
    code, out, err = run(capsys, "--db", str(path), "passphrase", "change")
    assert code == 0 and out == f"passphrase changed: {path}\n", err
    code, _, err = run(capsys, "--db", str(path), "stats")
    assert code == 1 and "wrong passphrase" in err
    monkeypatch.setenv("EVACTRACK_PASSPHRASE", "نو 'new'")
    code, out, _ = run(capsys, "--db", str(path), "stats", "--json")
    assert json.loads(out)["total"] == 30


def test_verify_says_ok_or_names_the_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cases.sqlite3"
    assert run(capsys, "--db", str(path), "init")[0] == 0
    assert run(capsys, "--db", str(path), "demo", "--people", "200")[0] == 0
    code, out, _ = run(capsys, "--db", str(path), "verify")
    assert code == 0
    assert out == "no damage found (integrity_check and cipher_integrity_check: ok)\n"
    data = bytearray(path.read_bytes())
    at = len(data) // 2 // 4096 * 4096 + 300
    data[at : at + 16] = bytes(16)
    path.write_bytes(bytes(data))
    code, out, _ = run(capsys, "--db", str(path), "verify", "--json")
    report = json.loads(out)
    assert code == 1 and not report["ok"] and report["encrypted"]
    assert any("cipher_integrity_check" in p for p in report["problems"])


def test_restore_round_trip_and_confirmation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], terminal: list[str]
) -> None:
    path, saved = tmp_path / "cases.sqlite3", tmp_path / "saved.sqlite3"
    terminal.extend([TEST_PASSPHRASE] * 2)
    assert run(capsys, "--db", str(path), "init")[0] == 0
    for command in (["demo", "--people", "40"], ["backup", "-o", str(saved)]):
        terminal.append(TEST_PASSPHRASE)
        assert run(capsys, "--db", str(path), *command)[0] == 0
    terminal.append(TEST_PASSPHRASE)
    assert run(capsys, "--db", str(path), "demo", "--people", "5", "--seed", "2")[0] == 0
    terminal.append("n")
    code, out, _ = run(capsys, "--db", str(path), "restore", str(saved))
    assert code == 1 and out == "nothing was restored\n"
    terminal.extend(["y", TEST_PASSPHRASE])
    code, out, err = run(capsys, "--db", str(path), "restore", str(saved), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["persons"] == 40 and result["path"] == str(path)
    assert Path(result["replaced"]).is_file()
    terminal.append(TEST_PASSPHRASE)
    code, out, _ = run(capsys, "--db", str(path), "stats", "--json")
    assert json.loads(out)["total"] == 40


def test_restore_without_yes_and_without_a_terminal_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, saved = tmp_path / "cases.sqlite3", tmp_path / "saved.sqlite3"
    assert run(capsys, "--db", str(path), "init")[0] == 0
    assert run(capsys, "--db", str(path), "demo", "--people", "10")[0] == 0
    assert run(capsys, "--db", str(path), "backup", "-o", str(saved))[0] == 0
    code, _, err = run(capsys, "--db", str(path), "restore", str(saved))
    assert code == 1 and "add --yes" in err
    code, out, err = run(capsys, "--db", str(path), "restore", str(saved), "--yes")
    assert code == 0, err
    assert out.startswith(f"restored 10 persons from {saved}; the replaced database was kept")


@pytest.mark.pg
@pytest.mark.pg_client
def test_a_postgresql_backup_is_sealed_and_restores(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dump = tmp_path / "team.dump"
    assert run(capsys, "--db", pg_url, "demo", "--people", "25")[0] == 0
    assert run(capsys, "--db", pg_url, "backup", "-o", str(dump))[0] == 0
    assert cipher.is_sealed(dump.read_bytes())
    assert run(capsys, "--db", pg_url, "demo", "--people", "5", "--seed", "3")[0] == 0
    code, out, err = run(capsys, "--db", pg_url, "restore", str(dump), "--yes", "--json")
    assert code == 0, err
    assert json.loads(out)["persons"] == 25
    code, out, _ = run(capsys, "--db", pg_url, "stats", "--json")
    assert json.loads(out)["total"] == 25
