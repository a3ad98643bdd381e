"""Add persons…: find persons for a movement with the case list's own search and filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QSplitter, QVBoxLayout, QWidget

from evactrack.services import caselist
from evactrack.services.context import Context
from evactrack.services.movements import ASSIGNABLE
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg
from evactrack.ui.views.case_list import CaseListView, LatestOnly
from evactrack.ui.views.filters import FilterPanel
from evactrack.ui.widgets import accept_cancel_buttons


class PickPersonsDialog(QDialog):
    """The filter panel and the case list, as in the main window, opened on the persons who
    can join a movement (verified or refused). Enter in the search box goes to the results;
    Enter or a double-click on a person adds the chosen persons."""

    def __init__(self, ctx: Context, movement_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Add persons to %1"), movement_name))
        self.resize(1000, 600)
        self.filters = FilterPanel(self)
        self.cases = CaseListView(ctx, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.filters)
        splitter.addWidget(self.cases)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 760])
        self.buttons = accept_cancel_buttons(self)
        add = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        add.setText(self.tr("Add to movement"))
        hint = QLabel(self.tr("Households are kept whole: choose one member to add the household."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

        for status in ASSIGNABLE:
            self.filters.tick("statuses", status)
        self.filters.changed.connect(self._filters_changed)
        self.cases.counts_loaded.connect(self.filters.set_counts)
        self.cases.open_person.connect(lambda _person_id: self.accept())
        self._choices = LatestOnly(self, lambda error: dialogs.show_error(self, error))
        self._choices.submit(lambda _stale: caselist.filter_choices(ctx), self.filters.set_choices)
        self._filters_changed()
        self.cases.focus_search()

    def _filters_changed(self) -> None:
        self.cases.reload(self.filters.apply(self.cases.query))

    def chosen(self) -> list[int]:
        return self.cases.selected_ids()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter searches (in the search box) or adds (on a person), never both: no default
        button takes it on the way up."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if not self.chosen():
            dialogs.show_info(self, self.tr("Choose the persons to add first."))
            return
        super().accept()


def pick_persons(ctx: Context, parent: QWidget | None, movement_name: str) -> list[int]:
    """The persons the caseworker chose, or none if they cancelled."""
    dialog = PickPersonsDialog(ctx, movement_name, parent)
    return dialog.chosen() if dialog.exec() else []
