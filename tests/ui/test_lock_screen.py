"""The lock: on Ctrl+L and after the idle time, every window's contents are hidden (a grab of
each shows a blank window, no widget with a personal value is visible, no title names
anyone); the password opens it again, a wrong one does not. And the login at start: the
first administrator, then a caseworker who mistypes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import Role
from evactrack.services import users
from evactrack.services.context import Context, open_database
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views import login_dialog
from evactrack.ui.views.login_dialog import LoginDialog, log_in
from tests.conftest import TEST_PASSWORD, account
from tests.factories import make_person

VALUES = ("Qadirullah", "Zwanderkhel", "709876543")


@pytest.fixture
def window(qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path) -> Iterator[MainWindow]:
    make_person(sqlite_ctx, "Qadirullah", "Zwanderkhel", phone="0709876543")
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(sqlite_ctx, settings)
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.case_list.loaded, timeout=10_000):
        shown.show()
    yield shown
    shown.lock_screen.stop()


def shown_texts(top: QWidget) -> str:
    """Every text a visible widget of ``top`` shows, list rows included."""
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = widget.rootIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model's column count is not public
                columns = 1
            for row in range(model.rowCount(root)):
                for column in range(columns):
                    texts.append(str(model.data(model.index(row, column, root)) or ""))
    return "\n".join(texts)


def colours(image: QImage) -> int:
    step = 7
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)
        }
    )


def data_windows(window: MainWindow) -> list[QWidget]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not window.lock_screen.dialog
    ]


def test_a_locked_application_shows_nothing_of_the_data(
    qtbot: QtBot, window: MainWindow, sqlite_ctx: Context
) -> None:
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        window.case_list.search.setText("Zwanderkhel")
    [found] = window.case_list.model.ids
    detail = window.open_person(found)
    assert detail is not None
    qtbot.waitUntil(lambda: "Qadirullah" in shown_texts(detail))
    assert "Zwanderkhel" in shown_texts(window)
    assert colours(window.grab().toImage()) > 3

    with qtbot.waitSignal(window.lock_screen.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock_screen.is_locked
    locked = data_windows(window)
    assert window in locked and detail in locked  # the dialog stays open, its edits kept
    for top in locked:
        texts = shown_texts(top)
        assert not [v for v in VALUES if v in texts], top
        assert colours(top.grab().toImage()) <= 2, top  # a blank window, not a covered one
    lock = window.lock_screen.dialog
    assert lock is not None and lock.isVisible()
    assert not [v for v in VALUES if v in shown_texts(lock)]

    lock.password.setText("not my password")
    lock.buttons.button(lock.buttons.StandardButton.Ok).click()
    assert window.lock_screen.is_locked and lock.problem.isVisible()
    assert not [v for v in VALUES if v in "\n".join(shown_texts(w) for w in data_windows(window))]

    lock.password.setText(TEST_PASSWORD)
    with qtbot.waitSignal(window.lock_screen.unlocked):
        lock.buttons.button(lock.buttons.StandardButton.Ok).click()
    assert "Zwanderkhel" in shown_texts(window) and "Qadirullah" in shown_texts(detail)
    detail.close()


def test_the_window_locks_itself_when_idle(qtbot: QtBot, window: MainWindow) -> None:
    assert window.lock_screen.timer.interval() == 10 * 60_000  # the default setting
    window.lock_screen.timer.start(50)
    with qtbot.waitSignal(window.lock_screen.locked, timeout=5_000):
        pass
    assert "Zwanderkhel" not in shown_texts(window)


def test_a_viewer_s_window_greys_what_the_role_cannot_do(
    qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path
) -> None:
    viewer = account(sqlite_ctx, "victor", Role.VIEWER)
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(viewer, settings)
    qtbot.addWidget(shown)
    assert not shown.new_person_action.isEnabled()
    assert not shown.wipe_action.isEnabled() and not shown.restore_action.isEnabled()
    assert not shown.users_action.isVisible()
    shown.lock_screen.stop()


def answer_login(qtbot: QtBot, typed: list[tuple[str, str]]) -> None:
    """Type each (name, password) in the login dialog as it comes up, then OK."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(20, fill)
            return
        name, password = typed.pop(0)
        dialog.username.setText(name)
        dialog.password.setText(password)
        dialog.again.setText(password)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        if typed:
            QTimer.singleShot(20, fill)

    QTimer.singleShot(0, fill)


def test_the_first_start_asks_for_the_first_administrator_then_logins_are_checked(
    qtbot: QtBot, empty_sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EVACTRACK_USER")
    monkeypatch.delenv("EVACTRACK_PASSWORD")
    monkeypatch.setattr(LoginDialog, "wait", lambda self, seconds: None)
    db = open_database(empty_sqlite_url, create=True)
    try:
        answer_login(qtbot, [("amina", TEST_PASSWORD)])
        first = log_in(None, db)
        assert first is not None and first.actor.role is Role.ADMIN
        answer_login(qtbot, [("amina", "a wrong password"), ("amina", TEST_PASSWORD)])
        again = log_in(None, db)
        assert again is not None and again.actor == first.actor
        assert users.has_accounts(db)
    finally:
        db.close()


def test_the_variables_log_in_without_a_dialog(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(login_dialog.LoginDialog, "exec", lambda self: pytest.fail("asked"))
    db = open_database(sqlite_url)
    try:
        ctx = log_in(None, db)
        assert ctx is not None and ctx.actor.username == "tester"
    finally:
        db.close()


def test_an_administrator_sets_the_idle_time(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evactrack.services import settings
    from evactrack.ui.views.operation_settings import OperationSettingsDialog

    def answer(dialog: OperationSettingsDialog) -> int:
        dialog.site_name.setText("Kabul airport cell")
        dialog.lock_after.setValue(3)
        dialog.accept()
        return 1

    monkeypatch.setattr(OperationSettingsDialog, "exec", answer)
    window.edit_operation_settings()
    assert settings.get(window.ctx, settings.LOCK_AFTER_MINUTES) == "3"
    assert window.lock_screen.timer.interval() == 3 * 60_000
