"""Small pieces every form and list shares."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox

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


def select_row(view: QAbstractItemView, model: QAbstractItemModel, row: int) -> None:
    """Select a whole row of a table and bring it into sight."""
    view.selectionModel().select(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(model.index(row, 0))
