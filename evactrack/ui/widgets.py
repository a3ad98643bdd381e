"""Small pieces every form and list shares."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from functools import cache

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtGui import QFont, QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from evactrack.config import fonts_dir

log = logging.getLogger(__name__)
# Shipped with the reports (OFL): every letter of Dari and Pashto, which the system's
# fonts may lack (DejaVu Sans has no ۍ, YEH WITH TAIL).
# Regular only: it is loaded at the list's first paint (the bold one would double that).
NATIVE_SCRIPT_FONTS = ("NotoNaskhArabic-Regular.ttf",)

SAVE = QDialogButtonBox.StandardButton.Save
OK = QDialogButtonBox.StandardButton.Ok


def accept_cancel_buttons(
    dialog: QDialog, accept: QDialogButtonBox.StandardButton = OK
) -> QDialogButtonBox:
    """The dialog's accept (Save or OK) and Cancel buttons, wired to accept and reject."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


INVALID_STYLE = "border: 2px solid #c00"
PROBLEM_STYLE = "color: #b00020"
# Wide enough that a sentence, or a database's path, wraps into few lines.
READABLE_CHARACTERS = 56


class ProblemLabel(QLabel):
    """What went wrong, in red under a dialog's fields, hidden until said. Its window grows
    to show it whole: a wrapped label does not make its window taller by itself, and the
    window's other text was cut too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(PROBLEM_STYLE)
        self.setWordWrap(True)
        self.hide()

    def say(self, problem: str) -> None:
        self.setText(problem)
        self.show()
        window = self.window()
        layout = window.layout()
        if layout is None:
            return
        layout.activate()
        height = layout.totalHeightForWidth(window.width())
        if height > window.height():
            window.resize(window.width(), height)


def readable_width(dialog: QWidget) -> None:
    """A dialog of a few lines of text, wide enough to read them."""
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * READABLE_CHARACTERS)


def mark_problems(inputs: Mapping[str, QWidget], problems: Mapping[str, str]) -> None:
    """Outline each input at fault, with its problem as tooltip, and clear the others; the
    first at fault (in the inputs' order) gets the focus."""
    for key, widget in inputs.items():
        widget.setStyleSheet(INVALID_STYLE if key in problems else "")
        widget.setToolTip(problems.get(key, ""))
    first = next((w for k, w in inputs.items() if k in problems), None)
    if first is not None:
        first.setFocus()


def typed_values(inputs: Mapping[str, QWidget]) -> dict[str, object]:
    """What each input holds now, as the caseworker sees it: compared with what was shown,
    it tells whether a form has unsaved edits."""
    typed: dict[str, object] = {}
    for key, widget in inputs.items():
        if isinstance(widget, QLineEdit):
            typed[key] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            typed[key] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            typed[key] = widget.currentIndex()
        elif isinstance(widget, QDateTimeEdit):
            typed[key] = widget.dateTime()
    return typed


def marked(inputs: Mapping[str, QWidget]) -> list[str]:
    """The inputs outlined as at fault, in order."""
    return [key for key, widget in inputs.items() if widget.styleSheet() == INVALID_STYLE]


def save_shortcut(dialog: QWidget, save: Callable[[], object]) -> None:
    """Ctrl+Enter saves from any field, a text box too (where Enter starts a new line)."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        QShortcut(QKeySequence(keys), dialog).activated.connect(save)


def select_row(view: QAbstractItemView, model: QAbstractItemModel, row: int) -> None:
    """Select a whole row of a table and bring it into sight."""
    view.selectionModel().select(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(model.index(row, 0))


@cache
def _native_families() -> tuple[str, ...]:
    """Register the shipped Arabic-script fonts with Qt once; their family names."""
    families: list[str] = []
    for name in NATIVE_SCRIPT_FONTS:
        found = QFontDatabase.applicationFontFamilies(
            QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        )
        if not found:
            log.warning("cannot load the font %s: native names use the system's fonts", name)
        families.extend(f for f in found if f not in families)
    return tuple(families)


def native_script_font(font: QFont) -> QFont:
    """``font`` for a name in Arabic script: the shipped Naskh first, so that every letter
    of a word comes from one font and stays joined, then ``font``'s own families for Latin
    letters and digits."""
    native = QFont(font)
    native.setFamilies([*_native_families(), *font.families()])
    return native
