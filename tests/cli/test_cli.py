"""The command line end to end: the public contract of names, flags and JSON keys."""

from __future__ import annotations

import csv
import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evactrack import cli
from evactrack.cli import main
from evactrack.domain.enums import CaseStatus, LegalStatus
from evactrack.services.context import open_database
from tests.conftest import log_in

REQUIRED_EXPORT_COLUMNS = [
    "person_id",
    "full_name",
    "native_name",
    "date_of_birth",
    "phone",
    "email",
    "legal_status",
    "status",
    "household_id",
    "rendezvous_point",
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_version_is_the_installed_one(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as ended:
        main(["--version"])
    assert ended.value.code == 0
    assert capsys.readouterr().out == f"evactrack {version('evactrack')}\n"


def test_init_creates_the_database(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db_url, "init")
    assert code == 0, err
    assert "database ready" in out


def test_demo_then_stats_json(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", db_url, "demo", "--people", "400", "--seed", "3")
    assert code == 0, err
    assert "created 400 persons" in out
    code, out, err = run(capsys, "--db", db_url, "stats", "--json")
    assert code == 0, err
    stats = json.loads(out)
    assert stats["total"] == 400
    assert set(stats["by_status"]) == {s.value for s in CaseStatus}
    assert set(stats["by_legal_status"]) == {s.value for s in LegalStatus}
    assert sum(stats["by_status"].values()) == 400
    assert sum(stats["by_legal_status"].values()) == 400
    assert 0 < stats["eligible_remaining"] <= stats["remaining"] <= 400
    code, out, _ = run(capsys, "--db", db_url, "stats")
    assert code == 0 and "by case status" in out


def test_export_csv(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db_url, "demo", "--people", "120")[0] == 0
    target = tmp_path / "persons.csv"
    code, out, err = run(capsys, "--db", db_url, "export", "csv", "-o", str(target))
    assert code == 0, err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 120
    assert all(column in rows[0] for column in REQUIRED_EXPORT_COLUMNS)
    phones = [r["phone"] for r in rows if r["phone"]]
    assert phones and all(p.startswith("+") or "'" not in p for p in phones)
    assert any(any("\u0600" <= ch <= "\u06ff" for ch in r["native_name"]) for r in rows)
    assert all(len(r["date_of_birth"]) in (0, 4, 10) for r in rows)
    assert (target.stat().st_mode & 0o777) == 0o600


def test_demo_is_deterministic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    exports = []
    for name in ("a", "b"):
        db = tmp_path / f"{name}.sqlite3"
        assert run(capsys, "--db", str(db), "init")[0] == 0
        assert run(capsys, "--db", str(db), "demo", "--people", "150", "--seed", "9")[0] == 0
        out = tmp_path / f"{name}.csv"
        assert run(capsys, "--db", str(db), "export", "csv", "-o", str(out))[0] == 0
        with out.open(encoding="utf-8-sig") as handle:
            exports.append(
                [
                    (r["full_name"], r["native_name"], r["legal_status"], r["status"], r["phone"])
                    for r in csv.DictReader(handle)
                ]
            )
    assert exports[0] == exports[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["launch"], "invalid choice"),
        (["demo"], "--people"),
        (["demo", "--people", "many"], "not a whole number"),
        (["demo", "--people", "0"], "at least 1"),
        (["export", "csv"], "-o"),
        (["export", "xml", "-o", "x"], "invalid choice"),
        ([], "required"),
    ],
)
def test_usage_errors_are_one_line(
    args: list[str], message: str, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--db", sqlite_url, *args)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and err.startswith("evactrack: error:")
    assert "Traceback" not in err


def test_unreadable_database_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "cases.sqlite3"
    bogus.write_bytes(b"\x00\x01garbage" * 500)
    code, _, err = run(capsys, "--db", str(bogus), "stats", "--json")
    assert code == 1
    assert err.count("\n") == 1 and "cannot open database" in err


def test_export_to_a_missing_folder_is_one_line(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "--db", sqlite_url, "export", "csv", "-o", str(tmp_path / "nowhere" / "x.csv")
    )
    assert code == 1
    assert err.count("\n") == 1 and "No such folder" in err
    assert (
        list(tmp_path.iterdir()) == [tmp_path / "cases.sqlite3"]
        or not (tmp_path / "nowhere").exists()
    )


def test_unreachable_postgresql_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "postgresql://nobody@127.0.0.1:1/none", "stats")
    assert code == 1
    assert err.count("\n") == 1 and "cannot open database" in err


def test_default_database_lives_in_the_data_folder(
    private_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "init")
    assert code == 0
    assert (private_data_dir / "evactrack.sqlite3").exists()
    assert str(private_data_dir) in out


def test_evactrack_db_variable_and_bare_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "team.sqlite3"
    monkeypatch.setenv("EVACTRACK_DB", str(target))
    assert run(capsys, "init")[0] == 0
    assert target.exists()


def test_console_script_and_module_in_a_fresh_process(tmp_path: Path) -> None:
    env = {**os.environ, "EVACTRACK_DATA_DIR": str(tmp_path)}
    scripts = Path(sys.executable).parent
    database = open_database(str(tmp_path / "p.sqlite3"), create=True)
    log_in(database)
    database.close()
    for command in ([str(scripts / "evactrack")], [sys.executable, "-m", "evactrack"]):
        done = subprocess.run(
            [*command, "--db", str(tmp_path / "p.sqlite3"), "stats", "--json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["total"] == 0
        # Closed as before its objects were left to the system: nothing in a side file.
        assert not (tmp_path / "p.sqlite3-wal").exists()
        bad = subprocess.run(
            [*command, "frobnicate"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )
        assert bad.returncode == 2
        assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_a_command_process_leaves_what_lives_to_the_system_after_finalising_its_garbage(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``run`` (the process's entry) returns the command's status; what became garbage in
    reference cycles is finalised before the rest is frozen out of Python's teardown."""
    finalised: list[str] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            finalised.append("cycle")

    def command(argv: object = None) -> int:
        Cycle()
        return 5

    monkeypatch.setattr(cli, "main", command)
    gc.disable()  # no automatic collection may finalise it instead
    try:
        assert cli.run([]) == 5
        assert finalised == ["cycle"] and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_database_path_with_a_nul_byte_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "cases\x00.sqlite3", "stats")
    assert code == 1
    assert err.count("\n") == 1 and "not a usable database path" in err


def test_the_data_folder_and_a_new_database_are_private_to_their_owner(tmp_path: Path) -> None:
    """A fresh process (logging set up first, as it starts): the folder the data folder
    variable names is created 0700 and the new database file, with its -wal and -shm
    files, 0600, whatever the umask lets others read."""
    folder = tmp_path / "new" / "evactrack"
    env = {**os.environ, "EVACTRACK_DATA_DIR": str(folder)}
    env.pop("EVACTRACK_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", "import os, sys; os.umask(0o022); "
         "from evactrack.cli import main; main(['init']); "
         "sys.exit(main(['demo', '--people', '20']))"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert folder.stat().st_mode & 0o777 == 0o700
    database = folder / "evactrack.sqlite3"
    files = [database, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))]
    assert all(f.stat().st_mode & 0o777 == 0o600 for f in files if f.exists())
    assert database.stat().st_size > 0
