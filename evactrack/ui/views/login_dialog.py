"""Who uses the application: the login at start (after the database's unlock), and the
first administrator of a database nobody can log in to yet.

``EVACTRACK_USER`` and ``EVACTRACK_PASSWORD``, when both are set, are used as the command
line uses them and no dialog is shown (kiosk set-ups, automated tests).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from evactrack.domain.errors import EvactrackError
from evactrack.services import users
from evactrack.services.context import Context, Database
from evactrack.ui.i18n import arg
from evactrack.ui.widgets import OK, ProblemLabel, accept_cancel_buttons, readable_width

USER_VARIABLE = "EVACTRACK_USER"
PASSWORD_VARIABLE = "EVACTRACK_PASSWORD"


class LoginDialog(QDialog):
    """A name and a password; for a database's first administrator, the password twice."""

    def __init__(self, parent: QWidget | None = None, *, first: bool = False) -> None:
        super().__init__(parent)
        self.first = first
        self.setWindowTitle(self.tr("First administrator") if first else self.tr("Log in"))
        self.username = QLineEdit(os.environ.get(USER_VARIABLE, ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = ProblemLabel()
        readable_width(self)
        form = QFormLayout(self)
        if first:
            intro = QLabel(
                arg(
                    self.tr(
                        "Nobody can log in to this database yet. Choose the name and password "
                        "of its first administrator (at least %1 characters)."
                    ),
                    str(users.MIN_PASSWORD_LENGTH),
                )
            )
            intro.setWordWrap(True)
            form.addRow(intro)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        if first:
            form.addRow(self.tr("&Again"), self.again)
        else:
            self.again.hide()
        form.addRow(self.problem)
        self.buttons = accept_cancel_buttons(self, OK)
        form.addRow(self.buttons)
        (self.password if self.username.text() else self.username).setFocus()

    def accept(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.say(self.tr("Type your user name and password."))
        elif self.first and self.again.text() != self.password.text():
            self.say(self.tr("The two passwords differ. Type the same one twice."))
        else:
            super().accept()

    def say(self, problem: str) -> None:
        """A problem shown in the dialog itself, which stays open for another try."""
        self.problem.say(problem)
        self.password.clear()
        self.again.clear()
        self.password.setFocus()

    def wait(self, seconds: float) -> None:
        """The delay after a failed login, with the window still drawn but not answering."""
        self.setEnabled(False)
        loop = QEventLoop(self)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        self.setEnabled(True)

    def clear(self) -> None:
        """Nothing typed stays in the widgets once the dialog is done."""
        self.password.clear()
        self.again.clear()


def log_in(parent: QWidget | None, db: Database) -> Context | None:
    """The logged-in caseworker's context; ``None`` when they cancelled."""
    name, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if name and password:
        return users.first_admin_or_login(db, name, password)
    first = not users.has_accounts(db)
    dialog = LoginDialog(parent, first=first)
    try:
        while dialog.exec():
            typed_name, typed = dialog.username.text(), dialog.password.text()
            try:
                if first:
                    return users.create_first_admin(db, typed_name, typed)
                return users.login(db, typed_name, typed, sleep=dialog.wait)
            except EvactrackError as refused:
                dialog.say(str(refused))
        return None
    finally:
        dialog.clear()
