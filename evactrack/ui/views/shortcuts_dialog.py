"""Help → Keyboard shortcuts: every shortcut of the main window's menus, read from the menus
themselves so that the list can never leave one out, and the keys of the case list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# An action whose text changes (Undo names the step it would undo) keeps its plain name here.
NAME_PROPERTY = "shortcut_name"


def _plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, QKeySequence]]:
    """(menu, action, keys) for every action with a shortcut, in menu order, submenus too."""
    found: list[tuple[str, str, QKeySequence]] = []

    def walk(title: str, actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(title, menu.actions())
            elif not action.shortcut().isEmpty():
                name = action.property(NAME_PROPERTY) or action.text()
                found.append((title, _plain(str(name)), action.shortcut()))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(_plain(top.text()), menu.actions())
    return found


def list_keys() -> list[tuple[str, str, QKeySequence]]:
    """(where, what, keys) for the keys that are no menu's: the search box's and the list's."""
    search = QCoreApplication.translate("ShortcutsDialog", "Search box")
    results = QCoreApplication.translate("ShortcutsDialog", "Case list")
    enter = QKeySequence(Qt.Key.Key_Enter)
    return [
        (
            search,
            QCoreApplication.translate("ShortcutsDialog", "Go to the results"),
            QKeySequence(Qt.Key.Key_Down),
        ),
        (
            search,
            QCoreApplication.translate("ShortcutsDialog", "Search now, go to the first result"),
            enter,
        ),
        (
            search,
            QCoreApplication.translate("ShortcutsDialog", "Clear the search"),
            QKeySequence(Qt.Key.Key_Escape),
        ),
        (results, QCoreApplication.translate("ShortcutsDialog", "Open the selected person"), enter),
        (
            results,
            QCoreApplication.translate("ShortcutsDialog", "Back to the search box, from the top"),
            QKeySequence(Qt.Key.Key_Up),
        ),
    ]


class ShortcutsDialog(QDialog):
    """A read-only table: where, what, which keys."""

    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        native = QKeySequence.SequenceFormat.NativeText
        rows = [(w, a, k.toString(native)) for w, a, k in [*menu_shortcuts(bar), *list_keys()]]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("What"), self.tr("Keys")])
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
