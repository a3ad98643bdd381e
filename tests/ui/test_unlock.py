"""The passphrase in the GUI: unlock (again after a wrong one), a new database's passphrase
typed twice, the offer to encrypt a plaintext database, and File > Restore a backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evactrack.db.cipher import FileKind, file_kind
from evactrack.services import backup, search, stats
from evactrack.services.context import Context, open_database
from evactrack.ui import dialogs
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.restore import restore_file
from evactrack.ui.views.unlock_dialog import PassphraseDialog, open_unlocked
from evactrack.ui.widgets import OK
from tests.conftest import TEST_PASSPHRASE
from tests.factories import make_person


def type_into_dialogs(answers: list[tuple[str, str]]) -> list[str]:
    """Answer each passphrase dialog that opens with (passphrase, again), pressing OK; the
    list returned gets the problem the dialog showed before each answer ("" for none)."""
    shown: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PassphraseDialog) and answers:
            shown.append(dialog.problem.text() if not dialog.problem.isHidden() else "")
            passphrase, again = answers.pop(0)
            dialog.passphrase.setText(passphrase)
            dialog.again.setText(again)
            dialog.buttons.button(OK).click()
        if answers:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    return shown


@pytest.fixture
def no_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVACTRACK_PASSPHRASE")


def test_unlock_asks_again_after_a_wrong_passphrase(
    qtbot: QtBot, tmp_path: Path, no_variable: None
) -> None:
    path = tmp_path / "cases.sqlite3"
    open_database(str(path), create=True, passphrase=TEST_PASSPHRASE).close()
    shown = type_into_dialogs([("wrong", ""), (TEST_PASSPHRASE, "")])
    db = open_unlocked(None, str(path))
    assert db is not None and db.encrypted
    db.close()
    assert shown[0] == ""
    assert "does not open" in shown[1]


def test_cancel_opens_nothing_and_creates_nothing(
    qtbot: QtBot, tmp_path: Path, no_variable: None
) -> None:
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    assert open_unlocked(None, str(tmp_path / "new.sqlite3"), create=True) is None
    assert list(tmp_path.iterdir()) == []


def test_a_new_database_needs_the_same_passphrase_twice(
    qtbot: QtBot, tmp_path: Path, no_variable: None
) -> None:
    path = tmp_path / "new.sqlite3"
    shown = type_into_dialogs([("one", "other"), ("", ""), ("same", "same")])
    db = open_unlocked(None, str(path), create=True)
    assert db is not None
    db.close()
    assert shown[1] == "The two passphrases differ. Type the same one twice."
    assert shown[2] == "Type a passphrase."
    assert file_kind(path) is FileKind.ENCRYPTED
    open_database(str(path), create=True, passphrase="same").close()


@pytest.mark.parametrize("accept", [True, False])
def test_a_plaintext_database_is_offered_encryption(
    qtbot: QtBot, sqlite_url: str, monkeypatch: pytest.MonkeyPatch, accept: bool
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_user", lambda _p, text, *_a: asked.append(text) or accept)
    db = open_unlocked(None, sqlite_url)
    assert db is not None and db.encrypted is accept
    db.close()
    assert "is not encrypted" in asked[0]
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    assert file_kind(path) is (FileKind.ENCRYPTED if accept else FileKind.PLAINTEXT)


@pytest.fixture
def window(qtbot: QtBot, encrypted_ctx: Context, tmp_path: Path) -> MainWindow:
    make_person(encrypted_ctx, "Zahra", "Ahmadi")
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    main = MainWindow(encrypted_ctx, settings)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded):
        main.show()
    return main


def test_file_restore_replaces_the_database_and_shows_it(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.restore_action in window.menuBar().actions()[0].menu().actions()  # type: ignore[union-attr]
    saved = tmp_path / "saved.sqlite3"
    backup.back_up(window.ctx, saved)
    make_person(window.ctx, "Bashir", "Karimi")
    monkeypatch.setattr(dialogs, "ask_user", lambda *_a: True)
    before = window.ctx.db
    assert restore_file(window, saved)
    qtbot.waitUntil(lambda: len(window.case_list.model.ids) == 1, timeout=10_000)
    assert before.closed and window.ctx.db is not before and window.ctx.db.encrypted
    assert stats.overview(window.ctx).total == 1
    assert [p.name for p in search.search(window.ctx, "Zahra")] == ["Zahra Ahmadi"]
    assert "The backup was restored: 1 person(s)." in messages[0]
    assert "kept as" in messages[0]


def test_a_refused_backup_leaves_the_database_open_as_it_was(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + bytes(8000))
    monkeypatch.setattr(dialogs, "ask_user", lambda *_a: True)
    assert not restore_file(window, broken)
    assert messages and "nothing was restored" in messages[0]
    assert stats.overview(window.ctx).total == 1
    assert [p.name for p in search.search(window.ctx, "Zahra")] == ["Zahra Ahmadi"]


def test_restore_asks_first_and_a_no_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_user", lambda _p, text, *_a: asked.append(text) and False)
    saved = tmp_path / "saved.sqlite3"
    backup.back_up(window.ctx, saved)
    db = window.ctx.db
    assert not restore_file(window, saved)
    assert "Replace the database" in asked[0] and not db.closed
