"""File > Back up database…: asks where, copies in the background, says where the copy is and
that it must be kept safe; Cancel leaves nothing behind."""

from __future__ import annotations

import re
import stat
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from evactrack.db.models import Person
from evactrack.domain.errors import OperationCancelled
from evactrack.services.context import Context, open_database
from evactrack.ui.main_window import MainWindow
from evactrack.ui.tasks import Operation, write_pool
from tests.factories import make_person


@pytest.fixture
def window(qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path) -> MainWindow:
    for given, family in (("Zahra", "Ahmadi"), ("Bashir", "Karimi"), ("Amin", "Sultani")):
        make_person(sqlite_ctx, given, family)
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    main = MainWindow(sqlite_ctx, settings)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded):
        main.show()
    return main


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: str) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def get_save_file_name(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return path, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return asked


def last_operation(window: MainWindow) -> Operation[Any]:
    return window._operations[-1]


def test_the_action_is_in_the_file_menu_before_quit(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    actions = file_menu.actions()  # type: ignore[union-attr]
    at = actions.index(window.backup_action)
    assert actions[at + 1] is window.restore_action
    assert actions[at + 2].isSeparator() and actions[at + 3] is window.lock_action
    assert actions[at + 4] is window.quit_action
    assert window.backup_action.text() == "&Back up database…"


def test_backup_writes_a_private_copy_and_says_where(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "usb" / "cases-backup.sqlite3"
    target.parent.mkdir()
    asked = answer_save_dialog(monkeypatch, str(target))
    window.backup_action.trigger()
    operation = last_operation(window)
    assert operation.dialog is not None  # a progress dialog with Cancel
    with qtbot.waitSignal(operation.signals.succeeded, timeout=10_000):
        pass

    suggested = Path(asked[0][2])
    assert suggested.parent == Path.home()
    assert re.fullmatch(r"evactrack-backup-\d{8}-\d{4}\.sqlite3", suggested.name)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["cases-backup.sqlite3"]
    copy = open_database(str(target))
    try:
        with copy.reading() as session:
            names = set(session.scalars(select(Person.given_name)))
    finally:
        copy.close()
    assert names == {"Zahra", "Bashir", "Amin"}
    assert len(messages) == 1
    assert str(target) in messages[0] and "3 person(s)" in messages[0]
    assert "not encrypted" in messages[0] and "kB" in messages[0]


def test_no_file_chosen_starts_nothing(
    window: MainWindow, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_save_dialog(monkeypatch, "")
    before = list(window._operations)
    assert window.back_up_database() is None
    assert window._operations == before and messages == []


def test_cancel_leaves_nothing_behind(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "backup.sqlite3"
    target.write_bytes(b"last week's backup")
    gate = threading.Event()
    write_pool().start(lambda: gate.wait(10))  # hold the write worker: Cancel comes first
    operation = window.run_backup(target)
    operation.progress.cancel()  # as the dialog's Cancel button does
    with qtbot.waitSignal(operation.signals.failed, timeout=10_000) as failed:
        gate.set()
    assert isinstance(failed.args[0], OperationCancelled)
    assert [p.name for p in folder.iterdir()] == ["backup.sqlite3"]
    assert target.read_bytes() == b"last week's backup"
    assert messages == []  # a cancel is no error


def test_a_refused_destination_is_one_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, messages: list[str]
) -> None:
    operation = window.run_backup(tmp_path / "nowhere" / "backup.sqlite3")
    with qtbot.waitSignal(operation.signals.failed, timeout=10_000):
        pass
    assert len(messages) == 1 and "does not exist" in messages[0]
    assert not (tmp_path / "nowhere").exists()
