"""The passphrase at start: unlock an encrypted database, choose one for a new database, and
the offer to encrypt a database that is not encrypted.

``EVACTRACK_PASSPHRASE``, when set, is used and no dialog is shown. The passphrase is passed
on as a value and kept nowhere (not in settings, not in a URL, not in a log).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from evactrack import config
from evactrack.config import PASSPHRASE_VARIABLE
from evactrack.db.cipher import FileKind
from evactrack.domain.errors import PasswordRequiredError, WrongPassphraseError
from evactrack.services import encryption
from evactrack.services.context import Database, database_file_kind, open_database
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg
from evactrack.ui.tasks import Operation, wait
from evactrack.ui.widgets import OK, ProblemLabel, accept_cancel_buttons, readable_width


class PassphraseDialog(QDialog):
    """One field to unlock; two (typed twice) to choose a new passphrase."""

    def __init__(self, path: Path, parent: QWidget | None = None, *, new: bool = False) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Choose a passphrase") if new else self.tr("Unlock database"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = ProblemLabel()
        readable_width(self)
        form = QFormLayout(self)
        if new:
            intro = self.tr(
                "The database %1 is encrypted with this passphrase. Without it nobody, you "
                "included, can read the records: keep it safe."
            )
        else:
            intro = self.tr("The database %1 is encrypted. Type its passphrase to open it.")
        text = QLabel(arg(intro, str(path)))
        text.setWordWrap(True)
        form.addRow(text)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        if new:
            form.addRow(self.tr("&Again"), self.again)
        else:
            self.again.hide()
        form.addRow(self.problem)
        self.buttons = accept_cancel_buttons(self, OK)
        form.addRow(self.buttons)
        self.passphrase.setFocus()

    def value(self) -> str:
        return self.passphrase.text()

    def accept(self) -> None:
        if not self.passphrase.text():
            self.say(self.tr("Type a passphrase."))
        elif self.new and self.again.text() != self.passphrase.text():
            self.say(self.tr("The two passphrases differ. Type the same one twice."))
        else:
            super().accept()

    def say(self, problem: str) -> None:
        """A problem shown in the dialog itself, which stays open for another try."""
        self.problem.say(problem)
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def wrong(self) -> None:
        self.say(self.tr("This passphrase does not open the database. Nothing was changed."))

    def clear(self) -> None:
        """Nothing typed stays in the widgets once the dialog is done."""
        self.passphrase.clear()
        self.again.clear()


def ask_new_passphrase(parent: QWidget | None, path: Path) -> str | None:
    """``EVACTRACK_PASSPHRASE``, else a passphrase typed twice; ``None`` if cancelled."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    dialog = PassphraseDialog(path, parent, new=True)
    try:
        return dialog.value() if dialog.exec() else None
    finally:
        dialog.clear()


def ask_passphrase(parent: QWidget | None, path: Path) -> str | None:
    """``EVACTRACK_PASSPHRASE``, else the passphrase typed once; ``None`` if cancelled.
    For checks outside opening (a restore); opening retries in :func:`open_unlocked`."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    dialog = PassphraseDialog(path, parent)
    try:
        return dialog.value() if dialog.exec() else None
    finally:
        dialog.clear()


def open_asking_password(parent: QWidget | None, url: str | None, **options: Any) -> Database:
    """Open a database server; one that wants a password it was not given gets it typed
    (shown as dots), and the keyring keeps it when the database is remembered."""
    try:
        return _reached(parent, url, **options)
    except PasswordRequiredError:
        shown = config.without_password(url or "")
        password = dialogs.ask_password(
            parent,
            arg(QCoreApplication.translate("MainWindow", "Password for %1:"), shown),
        )
        if password is None:
            raise
        typed = config.with_password(url or "", password)
        db = _reached(parent, typed, **options)
        config.remember_password(typed)
        return db


def _reached(parent: QWidget | None, url: str | None, **options: Any) -> Database:
    """A server is reached on a worker: the window goes on painting, with a busy cursor,
    for as long as reaching it takes (a lost one is given up on after the engine's connect
    timeout)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return wait(Operation(parent, lambda _progress: open_database(url, **options)))
    finally:
        QApplication.restoreOverrideCursor()


def open_unlocked(
    parent: QWidget | None, url: str | None, *, create: bool = False
) -> Database | None:
    """Open the database at ``url``, asking what it needs: a server's password, its
    passphrase (again after a wrong one), a new passphrase for a new file (only with
    ``create``: elsewhere a missing file is an error), or whether to encrypt a plaintext one.
    ``None`` when the caseworker cancelled; errors other than a wrong passphrase raise."""
    kind = database_file_kind(url)
    if kind is None:
        return open_asking_password(parent, url)
    path = encryption.database_path(url)
    if kind is FileKind.MISSING:
        if not create:
            return open_database(url)  # says there is no database there, and creates none
        passphrase = ask_new_passphrase(parent, path)
        if passphrase is None:
            return None
        return open_database(url, passphrase=passphrase, create=True)
    if kind is FileKind.PLAINTEXT:
        return _open_plaintext(parent, url, path)
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return open_database(url, passphrase=given)
    dialog = PassphraseDialog(path, parent)
    try:
        while dialog.exec():
            try:
                return open_database(url, passphrase=dialog.value())
            except WrongPassphraseError:
                dialog.wrong()
        return None
    finally:
        dialog.clear()


def _open_plaintext(parent: QWidget | None, url: str | None, path: Path) -> Database | None:
    """Offer to encrypt it; a refusal opens it as it is (an older version's database).
    The demo database holds invented persons only and is not encrypted: no offer."""
    if path.name == config.DEMO_DB_FILE:
        return open_database(url)
    question = QCoreApplication.translate(
        "PassphraseDialog",
        "The database %1 is not encrypted: anyone who gets this computer can read every "
        "record.\n\nEncrypt it now with a passphrase? (A copy is made and checked first.)",
    )
    if dialogs.ask_user(parent, arg(question, str(path))):
        passphrase = ask_new_passphrase(parent, path)
        if passphrase is not None:
            encryption.encrypt(url, passphrase)
            return open_database(url, passphrase=passphrase)
    return open_database(url)
