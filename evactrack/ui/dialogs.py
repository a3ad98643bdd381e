"""Every message box goes through here, so tests patch one place and check the text."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from evactrack.domain.errors import EvactrackError
from evactrack.ui.i18n import arg

log = logging.getLogger(__name__)


def show_info(parent: QWidget | None, text: str, title: str = "evactrack") -> None:
    QMessageBox.information(parent, title, text)


def show_warning(parent: QWidget | None, text: str, title: str = "evactrack") -> None:
    QMessageBox.warning(parent, title, text)


def show_error(
    parent: QWidget | None, error: BaseException | str, title: str = "evactrack"
) -> None:
    """An expected error shows its own message; anything else is logged with its traceback."""
    if isinstance(error, EvactrackError | str):
        text = str(error)
    else:
        log.error("unexpected error", exc_info=error)
        text = arg(
            QCoreApplication.translate(
                "Dialogs", "Something went wrong: %1\n\nThe details are in the log file."
            ),
            error,
        )
    QMessageBox.critical(parent, title, text)


def ask_user(parent: QWidget | None, question: str, title: str = "evactrack") -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_discard(parent: QWidget | None, what: str, title: str = "evactrack") -> bool | None:
    """Unsaved edits: ``True`` to save them, ``False`` to discard them, ``None`` to go back."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title,
        arg(QCoreApplication.translate("Dialogs", "Save your changes to %1?"), what),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate("Dialogs", "If you don't save, your changes will be lost.")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return True
    if answer == QMessageBox.StandardButton.Discard:
        return False
    return None


def ask_text(
    parent: QWidget | None, label: str, title: str = "evactrack", text: str = ""
) -> str | None:
    """A line of text (e.g. a reason), or ``None`` if the caseworker cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_password(parent: QWidget | None, label: str, title: str = "evactrack") -> str | None:
    """A password, shown as dots; ``None`` if the caseworker cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return value if ok else None


def show_crash(parent: QWidget | None, report: str, log: Path) -> None:
    """An unexpected error: what to do, where the log is, and a report to copy for support."""
    crash_box(parent, report, log).exec()


def crash_box(parent: QWidget | None, report: str, log: Path) -> QMessageBox:
    """The crash dialog; its Copy report button puts ``report`` (no personal value in it)
    on the clipboard."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "evactrack",
        QCoreApplication.translate(
            "Dialogs",
            "An unexpected error occurred. Your data is safe: every change is saved "
            "in one transaction, and a change that was cut short was not saved.",
        ),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setInformativeText(
        arg(
            QCoreApplication.translate(
                "Dialogs",
                "Check that your last change is there; if it is not, make it again. If this "
                "happens again, copy the report (it holds no personal data) and send it to "
                "whoever supports evactrack for you. The log is in %1.",
            ),
            str(log),
        )
    )
    box.setDetailedText(report)
    copy = box.addButton(
        QCoreApplication.translate("Dialogs", "&Copy report"), QMessageBox.ButtonRole.ActionRole
    )
    copy.clicked.disconnect()  # copying leaves the dialog open
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(report))
    return box
