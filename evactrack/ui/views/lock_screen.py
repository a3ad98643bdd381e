"""The application locks itself after an idle time an administrator sets (and on Ctrl+L):
every window's contents are hidden, not merely covered, and their titles blanked, until the
caseworker types their password again. A dialog left open stays open behind the lock (its
unsaved edits are kept), with nothing in it shown."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from evactrack.domain.errors import EvactrackError
from evactrack.services import settings, users
from evactrack.services.context import Context
from evactrack.ui.i18n import arg
from evactrack.ui.widgets import OK, ProblemLabel, accept_cancel_buttons, readable_width

log = logging.getLogger(__name__)
# What counts as the caseworker being there.
PRESENCE = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class UnlockDialog(QDialog):
    """The only window that shows anything while locked: whose session it is, and the
    password field. It cannot be dismissed but by the password."""

    submitted = Signal()

    def __init__(self, username: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("evactrack is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = ProblemLabel(self)
        readable_width(self)
        form = QFormLayout(self)
        intro = QLabel(arg(self.tr("Locked. %1, type your password to go on."), username), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.problem)
        self.buttons = accept_cancel_buttons(self, OK)
        form.addRow(self.buttons)

    def accept(self) -> None:
        """OK tries the password; the dialog stays until it is the right one."""
        self.submitted.emit()

    def reject(self) -> None:
        """Escape and Cancel leave the lock as it is."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def say(self, problem: str) -> None:
        self.problem.say(problem)
        self.password.clear()
        self.password.setFocus()

    def wait(self, seconds: float) -> None:
        """The delay after a wrong password, the window drawn but not answering."""
        self.setEnabled(False)
        loop = QEventLoop(self)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        self.setEnabled(True)


class LockScreen(QObject):
    """Watches the caseworker's presence in every window of the application."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, ctx: Context, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.dialog: UnlockDialog | None = None
        self._veiled: list[tuple[QWidget, str, list[QWidget]]] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.use(ctx)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def use(self, ctx: Context) -> None:
        """The idle time of the database in use (an administrator's setting)."""
        self.ctx = ctx
        try:
            minutes = int(settings.get(ctx, settings.LOCK_AFTER_MINUTES))
        except (EvactrackError, ValueError):
            minutes = int(settings.DEFAULTS[settings.LOCK_AFTER_MINUTES])
        self.timer.setInterval(minutes * 60_000)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in PRESENCE and not self.is_locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.is_locked:
            return
        self.timer.stop()
        try:
            users.lock_session(self.ctx)
        except EvactrackError:
            log.warning("the lock could not be written to the audit trail", exc_info=True)
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self._veil(window)
        self.dialog = UnlockDialog(self.ctx.actor.username, self.window)
        self.dialog.submitted.connect(self._try)
        self.dialog.show()
        self.dialog.password.setFocus()
        self.locked.emit()

    def _veil(self, window: QWidget) -> None:
        """Hide what the window shows (its parts, not the window: a dialog waiting in its
        own event loop must not be ended) and blank its title."""
        parts = [
            child
            for child in window.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if not child.isWindow() and child.isVisible()
        ]
        self._veiled.append((window, window.windowTitle(), parts))
        for part in parts:
            part.hide()
        window.setWindowTitle("evactrack")

    def _try(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        password = dialog.password.text()
        dialog.password.clear()
        try:
            users.unlock_session(self.ctx, password, sleep=dialog.wait)
        except EvactrackError as refused:
            dialog.say(str(refused))
            return
        self.dialog = None
        dialog.hide()
        dialog.deleteLater()
        for window, title, parts in reversed(self._veiled):
            for part in parts:
                part.show()
            window.setWindowTitle(title)
        self._veiled.clear()
        self.timer.start()
        self.unlocked.emit()
