"""Nothing readable on a seized laptop: known names (Latin and Arabic script), phone numbers
and document numbers go through every command, the GUI's main paths and an import killed
half-way; then no file under the data folder, nor the settings, holds any of them, in UTF-8
or UTF-16. Exports and PDFs the test asks for go outside the data folder (plaintext by
nature)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from evactrack.cli import main
from evactrack.config import DEFAULT_DB_FILE
from evactrack.db.cipher import FileKind, file_kind
from evactrack.services import search
from evactrack.services.context import open_database
from evactrack.ui import tasks
from evactrack.ui.main_window import MainWindow
from tests.conftest import TEST_PASSPHRASE, log_in

VALUES = [
    "Qadirullah", "Zwanderkhel", "فرشته", "ژوبلینوف", "Wazhmakai",
    "709876543", "701112223", "P7654321", "X9988776", "qz.zwanderkhel@example.org",
    "interpreter-secret-4711",
]  # fmt: skip
LIST = (
    "First Name,Last Name,Mobile Phone,E-mail Address,Date of birth,Status,Passport no.,Notes\n"
    "Qadirullah,Zwanderkhel,0709876543,qz.zwanderkhel@example.org,1990-02-13,US Citizen,"
    "P7654321,interpreter-secret-4711\n"
    "فرشته,ژوبلینوف,0701112223,,1985-03-25,Green card,X9988776,\n"
    "Wazhmakai,Zwanderkhel,0709876543,,1988-01-01,US Citizen,,\n"
)
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")


def readable(folder: Path) -> dict[str, list[str]]:
    hits: dict[str, list[str]] = {}
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found = [v for v in VALUES if any(v.encode(e) in data for e in ENCODINGS)]
            if found:
                hits[str(path.relative_to(folder))] = found
    return hits


def cli(*args: str) -> None:
    assert main(list(args)) == 0, args


def kill_an_import_half_way(outside: Path) -> None:
    big = outside / "big.csv"
    with big.open("w", encoding="utf-8") as handle:
        handle.write("Name,Phone,E-mail\n")
        for i in range(60_000):
            handle.write(f"Zwanderkhel {i},07{i % 10}{i:07d},p{i}@example.org\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "evactrack", "import", str(big)],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(os.environ["EVACTRACK_DATA_DIR"]) / f"{DEFAULT_DB_FILE}-wal"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 2_000_000:
            break
        time.sleep(0.02)
    assert process.poll() is None, "the import finished before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


@pytest.mark.slow
def test_no_value_is_readable_under_the_data_folder_or_in_the_settings(
    qtbot: QtBot,
    private_data_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    messages: list[str],
) -> None:
    outside = tmp_path_factory.mktemp("outside")
    listing = outside / "list.csv"
    listing.write_text(LIST, encoding="utf-8")
    cli("init")
    cli("import", str(listing))
    cli("import", str(listing), "--dry-run", "--errors", str(outside / "errors.csv"))
    cli("stats")
    cli("stats", "--json")
    cli("export", "csv", "-o", str(outside / "persons.csv"))
    cli("report", "daily", "-o", str(outside / "daily.pdf"))
    cli("report", "case", "1", "-o", str(outside / "case.pdf"))
    cli("backup", "-o", str(private_data_dir / "by-hand.sqlite3"))
    cli("verify")
    cli("demo", "--people", "50")
    capsys.readouterr()

    url = str(private_data_dir / DEFAULT_DB_FILE)
    db = open_database(url, passphrase=TEST_PASSPHRASE)
    settings_file = outside / "settings" / "evactrack.ini"
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(log_in(db), settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        window.show()
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        window.case_list.search.setText("Zwanderkhel")
    assert window.case_list.model.ids
    found = search.search(window.ctx, "Zwanderkhel")
    detail = window.open_person(found[0].id)
    assert detail is not None
    detail.close()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
    assert tasks.wait_for_running(10_000, lambda: window.case_list.busy)
    window.close()
    settings.sync()
    window.ctx.db.close()
    assert messages == []

    kill_an_import_half_way(outside)
    os.environ["EVACTRACK_NEW_PASSPHRASE"] = "a new one"
    try:
        cli("passphrase", "change")
    finally:
        del os.environ["EVACTRACK_NEW_PASSPHRASE"]
    os.environ["EVACTRACK_PASSPHRASE"] = "a new one"  # the fixture restores it
    cli("backup", "-o", str(private_data_dir / "second.sqlite3"))
    cli("restore", str(private_data_dir / "second.sqlite3"), "--yes")
    cli("stats")
    capsys.readouterr()

    assert file_kind(private_data_dir / DEFAULT_DB_FILE) is FileKind.ENCRYPTED
    assert list((private_data_dir / "backups").iterdir())  # the automatic backups were scanned
    assert readable(private_data_dir) == {}
    assert readable(settings_file.parent) == {}
    assert readable(outside)  # the values were there to be found
