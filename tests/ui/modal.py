"""Answer a modal dialog from a test: the dialog's own event loop is running by then."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def on_next_dialog(handle: Callable[[Any], None]) -> list[QDialog]:
    """Run ``handle`` on the next modal dialog once it is open and has loaded what it offers
    (a form with a ``loading`` property loads its choices in the background); the list gets
    the dialog."""
    seen: list[QDialog] = []

    def look(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        loading = getattr(dialog, "loading", False)
        if isinstance(dialog, QDialog) and dialog not in seen and not loading:
            seen.append(dialog)
            handle(dialog)
        elif tries:
            QTimer.singleShot(5, lambda: look(tries - 1))

    QTimer.singleShot(0, look)
    return seen
