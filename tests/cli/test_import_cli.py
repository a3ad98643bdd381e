"""``evactrack import``: the public contract, and atomicity when the process is killed."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from evactrack import cli
from evactrack.cli import main
from evactrack.db.models import Person
from evactrack.domain.enums import LegalStatus
from evactrack.importing import pipeline
from evactrack.services import search
from evactrack.services.context import open_database
from tests.conftest import TEST_PASSWORD, log_in

DATA = Path(__file__).parents[1] / "data" / "import"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_contract_errors_file_and_undo(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    errors = tmp_path / "errors.csv"
    code, out, err = run(
        capsys, "--db", db_url, "import", str(DATA / "excel_en_utf8.csv"), "--json",
        "--errors", str(errors),
    )  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    assert {k: report[k] for k in ("created", "merged", "skipped", "rejected")} == {
        "created": 4,
        "merged": 0,
        "skipped": 0,
        "rejected": 1,
    }
    assert isinstance(report["batch_id"], int)
    listed = [{k: e[k] for k in ("row", "column", "message")} for e in report["errors"]]
    assert {"row": 5, "column": None, "message": "no name and no phone number"} in listed
    assert all({"row", "column", "message"} <= e.keys() for e in report["errors"])
    assert errors.read_text(encoding="utf-8-sig").count("\n") == 2

    code, out, err = run(capsys, "--db", db_url, "import", "--undo", str(report["batch_id"]))
    assert code == 0, err
    assert f"import #{report['batch_id']} undone: 4 persons deleted" in out
    code, out, err = run(capsys, "--db", db_url, "import", "--undo", str(report["batch_id"]))
    assert code == 1 and "already undone" in err and out == ""


def test_dry_run_text_summary_and_duplicate_choice(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(DATA / "excel_en_utf8.csv")
    code, out, _ = run(capsys, "--db", db_url, "import", path, "--dry-run")
    assert code == 0
    assert "(dry run, nothing changed): 4 to create, 0 to merge, 0 to skip, 1 rejected" in out
    assert "row 2: create Ahmad Rahimi\n" in out
    assert "row 5: reject (no name and no phone number)" in out
    assert "row 6, column 'Status': unknown legal status 'Martian'" in out
    code, out, _ = run(capsys, "--db", db_url, "import", path, "--dry-run", "--json")
    assert [r["action"] for r in json.loads(out)["rows"]] == ["create"] * 3 + ["reject", "create"]
    run(capsys, "--db", db_url, "import", path)
    code, out, _ = run(capsys, "--db", db_url, "import", path, "--on-duplicate", "merge", "--json")
    assert (json.loads(out)["created"], json.loads(out)["merged"]) == (0, 4)
    code, out, err = run(capsys, "--db", db_url, "import", path, "--on-duplicate", "abort")
    assert code == 1 and out == ""
    assert err.startswith("evactrack: error: excel_en_utf8.csv, row 2:") and err.count("\n") == 1


def test_options_mapping_region_sheet_and_status(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "--db", db_url, "import", str(DATA / "excel_fr_cp1252.csv"),
        "--mapping", str(DATA / "mapping_fr.json"), "--default-legal-status", "citizen",
        "--region", "FR", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["created"] == 3
    code, out, err = run(
        capsys, "--db", db_url, "import", str(DATA / "contacts.xlsx"), "--sheet", "Famille",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["created"] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.csv"], "missing.csv: the file does not exist"),
        (["empty.csv"], "empty.csv: the file is empty"),
        (["nul_bytes.csv"], "nul_bytes.csv, row 2: contains NUL bytes"),
        (["not_a_table.csv"], "not_a_table.csv: no column looks like a name"),
        (["contacts.xlsx", "--sheet", "Nope"], "there is no sheet 'Nope'"),
        ([], "give the FILE to import, or --undo BATCH_ID"),
        (["outlook.csv", "--undo", "1"], "not both"),
        (["outlook.csv", "--encoding", "klingon"], "unknown encoding 'klingon'"),
    ],
)
def test_files_that_cannot_be_imported_give_one_clear_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    argv = [str(DATA / args[0]), *args[1:]] if args else []
    code, out, err = run(capsys, "--db", sqlite_url, "import", *argv)
    assert code == 1 and out == ""
    assert message in err and err.count("\n") == 1


def test_bad_flag_values_are_usage_errors(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", sqlite_url, "import", "x.csv", "--on-duplicate", "maybe")
    assert code == 2 and "invalid choice" in err


def test_killed_import_leaves_the_database_unchanged_and_intact(tmp_path: Path) -> None:
    db_path = tmp_path / "cases.sqlite3"
    url = f"sqlite:///{db_path}"
    database = open_database(url, create=True)

    ctx = log_in(database)
    from tests.factories import make_person

    make_person(ctx, "Ahmad", "Rahimi", phone="0701234567")
    database.close()
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as handle:
        handle.write("Name,Phone,E-mail\n")
        for i in range(60_000):
            handle.write(f"Person {i} Noori,07{i % 10}{i:07d},p{i}@example.org\n")
    before = _snapshot(db_path)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "evactrack", "--db", url, "import", str(big)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{db_path}-wal")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 2_000_000:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the import finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    # The import's own rows are gone; the login before it stays audited.
    assert _snapshot(db_path) == {**before, "audit_events": before["audit_events"] + 1}
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        triggers = {r[0] for r in connection.execute("SELECT name FROM sqlite_master "
                                                     "WHERE type = 'trigger'")}  # fmt: skip
    assert "persons_search_ai" in triggers
    database = open_database(url)
    try:
        assert [p.name for p in search.search(log_in(database), "rahimi")] == ["Ahmad Rahimi"]
    finally:
        database.close()


def _snapshot(db_path: Path) -> dict[str, int]:
    with sqlite3.connect(db_path) as connection:
        tables = [
            "persons", "phone_numbers", "status_changes", "audit_events", "import_batches",
            "person_search",
        ]  # fmt: skip
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_import_leaves_no_normalising_process_behind(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cases.sqlite3'}"
    database = open_database(url, create=True)
    log_in(database)
    database.close()
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as handle:
        handle.write("Name,Phone,E-mail\n")
        for i in range(60_000):
            handle.write(f"Person {i} Noori,07{i % 10}{i:07d},p{i}@example.org\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "evactrack", "--db", url, "import", str(big)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while time.monotonic() < deadline and process.poll() is None and not workers:
        workers = _children(process.pid)
        time.sleep(0.01)
    assert workers, "no normalising process was started"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
        time.sleep(0.05)
    alive = [w for w in workers if Path(f"/proc/{w}").exists()]
    for worker in alive:  # do not leave it behind even when the test fails
        os.kill(worker, signal.SIGKILL)
    assert not alive


def test_legal_status_phrases_and_values_mapped_in_the_mapping_file(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Phrases are read by their words; the values they do not tell are reported, never
    guessed, until the mapping file names them."""
    table = tmp_path / "list.csv"
    table.write_text(
        "Name,Phone,Status\n"
        "Laila Ahmadi,+93701234567,épouse d'un citoyen américain\n"
        "Farid Noori,+93701234568,has a permanent resident card\n"
        "Wali Karimi,+93701234569,Interpreter\n"
        "Nadia Rahimi,+93701234560,Afghan citizen\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "--db", db_url, "import", str(table), "--dry-run", "--json")
    assert code == 0, err
    assert [e["message"] for e in json.loads(out)["errors"]] == [
        "unknown legal status 'Interpreter'; set to unknown",
        "unknown legal status 'Afghan citizen'; set to unknown",
    ]

    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps(
            {
                "columns": {"Name": "full_name", "Phone": "phone", "Status": "legal_status"},
                "legal_statuses": {"interpreter": "visa_applicant"},
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run(
        capsys, "--db", db_url, "import", str(table), "--mapping", str(mapping), "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert [e["message"] for e in report["errors"]] == [
        "unknown legal status 'Afghan citizen'; set to unknown"
    ]
    database = open_database(db_url)
    try:
        ctx = log_in(database)
        found = {p.name: p.legal_status for p in search.search(ctx, "+9370123456")}
        assert found == {
            "Laila Ahmadi": LegalStatus.FAMILY_MEMBER,
            "Farid Noori": LegalStatus.PERMANENT_RESIDENT,
            "Wali Karimi": LegalStatus.VISA_APPLICANT,
            "Nadia Rahimi": LegalStatus.UNKNOWN,
        }
    finally:
        database.close()


def test_a_mapping_file_with_an_unknown_legal_status_is_refused(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = tmp_path / "mapping.json"
    mapping.write_text('{"columns": {}, "legal_statuses": {"Interpreter": "vip"}}')
    code, out, err = run(
        capsys, "--db", sqlite_url, "import", str(DATA / "outlook.csv"), "--mapping", str(mapping)
    )
    assert code == 1 and out == ""
    assert "legal status value 'Interpreter': unknown status 'vip'" in err


@pytest.mark.parametrize("password", [TEST_PASSWORD, "not the password"])
def test_a_large_list_is_read_during_the_login_and_its_process_ends_either_way(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    password: str,
) -> None:
    """The normalising process starts before the database is opened and the user logged in
    (they take a quarter of a second), and it is ended whether the login succeeds or not."""
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_BYTES", 0)
    workers: list[Any] = []
    real_worker, real_log_in = pipeline.Worker, cli.log_in

    def worker(*args: Any) -> Any:
        workers.append(real_worker(*args))
        return workers[-1]

    def logging_in(*args: Any) -> Any:
        assert len(workers) == 1, "the list was not opened before the login"
        return real_log_in(*args)

    monkeypatch.setattr(pipeline, "Worker", worker)
    monkeypatch.setattr(cli, "log_in", logging_in)
    monkeypatch.setenv("EVACTRACK_PASSWORD", password)
    code, out, err = run(capsys, "--db", sqlite_url, "import", str(DATA / "outlook.csv"))
    assert len(workers) == 1 and workers[0]._process.poll() is not None
    if password == TEST_PASSWORD:
        assert code == 0 and "created" in out, err
    else:
        assert (code, out) == (1, "") and "wrong user name or password" in err
        monkeypatch.setenv("EVACTRACK_PASSWORD", TEST_PASSWORD)
        database = open_database(sqlite_url)
        with database.reading() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 0
        database.close()


def test_a_large_list_s_process_starts_before_the_database_layer_is_loaded(
    sqlite_url: str,
) -> None:
    """Loading the database layer is a third of a second: the list's second process starts
    first (a fresh interpreter, as a caseworker's command runs)."""
    script = f"""
import sys
from evactrack import cli
from evactrack.importing import pipeline
pipeline.PARALLEL_MIN_BYTES = 0
real, loaded = pipeline.Worker, []
def worker(*args):
    loaded.append("sqlalchemy" in sys.modules)
    return real(*args)
pipeline.Worker = worker
code = cli.main(["--db", {sqlite_url!r}, "import", {str(DATA / "outlook.csv")!r}])
print(code, loaded)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.stdout.splitlines()[-1] == "0 [False]", done.stderr
