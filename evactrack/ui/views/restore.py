"""File > Restore a backup…: choose a backup, confirm, give the passphrase; the backup is
checked before anything is replaced, and the database it replaces is kept as a backup."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from evactrack.config import backups_dir
from evactrack.db.cipher import FileKind, file_kind
from evactrack.domain.errors import EvactrackError
from evactrack.services import backup, encryption
from evactrack.services.context import Context, open_database
from evactrack.ui import dialogs, tasks
from evactrack.ui.i18n import arg
from evactrack.ui.views.login_dialog import log_in
from evactrack.ui.views.unlock_dialog import ask_passphrase

if TYPE_CHECKING:
    from evactrack.ui.main_window import MainWindow

# How long the restore waits for the window's background work to end before it closes the
# database under it.
SETTLE_MS = 10_000


def restore_backup(window: MainWindow) -> bool:
    """Ask for the file, then :func:`restore_file`; False when nothing was restored."""
    if not window.ctx.db.is_sqlite:
        dialogs.show_error(
            window,
            QCoreApplication.translate(
                "Restore",
                "A database on a server is restored by its administrator (pg_restore), "
                "not from evactrack.",
            ),
        )
        return False
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Restore", "Restore a backup"),
        str(backups_dir()),
        QCoreApplication.translate(
            "Restore", "evactrack backups (*.sqlite3 *.backup);;All files (*)"
        ),
    )
    return bool(path) and restore_file(window, Path(path))


def restore_file(window: MainWindow, source: Path) -> bool:
    """Confirm, ask the passphrase, close the database, restore, and show the restored one.
    A refused backup leaves the database as it was, opened again."""
    try:
        window.ctx.require_admin()
    except EvactrackError as refused:
        dialogs.show_error(window, refused)
        return False
    url = window.ctx.db.engine.url.render_as_string(hide_password=False)
    target = encryption.database_path(url)
    question = QCoreApplication.translate(
        "Restore",
        "Replace the database %1 with the backup %2?\n\nThe backup is checked first. The "
        "database as it is now is kept in the backups folder.",
    )
    if not dialogs.ask_user(window, arg(question, str(target), str(source))):
        return False
    passphrase = None
    if window.ctx.db.encrypted or file_kind(source) is FileKind.ENCRYPTED:
        passphrase = ask_passphrase(window, target)
        if passphrase is None:
            return False
    tasks.wait_for_running(SETTLE_MS, lambda: window.case_list.busy)
    window.live.stop()  # its connection must not hold the file being replaced
    window.ctx.db.close()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        try:
            result = backup.restore(url, source, passphrase, window.ctx.actor)
        except EvactrackError as refused:
            window.use_database(
                Context(open_database(url, passphrase=passphrase), window.ctx.actor)
            )
            QApplication.restoreOverrideCursor()
            dialogs.show_error(window, refused)
            return False
        restored = open_database(url, passphrase=passphrase)
        QApplication.restoreOverrideCursor()
        ctx = log_in(window, restored)  # its accounts are the backup's
        if ctx is None:
            restored.close()
            window.close()
            return True
        window.use_database(ctx)
    finally:
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
    window.show_restored(result)
    return True
