"""Rendezvous points: list, create, edit, deactivate; who is expected at each, how full."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain.errors import EvactrackError
from evactrack.services import rendezvous, settings
from evactrack.services.context import Context
from evactrack.services.rendezvous import PointDetail
from evactrack.ui import dialogs
from evactrack.ui.models.point_models import ExpectedPeopleModel, PointTableModel
from evactrack.ui.views.point_form import PointForm
from evactrack.ui.widgets import select_row


def _table(model: PointTableModel | ExpectedPeopleModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


class RendezvousPointsView(QWidget):
    """The points, and below them the persons on open movements from the chosen point."""

    changed = Signal()  # a point was created, edited, deactivated or reactivated

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.points = PointTableModel()
        self.people = ExpectedPeopleModel(settings.get(ctx, settings.OPERATION_TZ))
        self.table = _table(self.points)
        self.people_table = _table(self.people)
        for column, width in enumerate((240, 180, 160)):  # hundreds of rows: no measuring
            self.people_table.setColumnWidth(column, width)
        self.show_inactive = QCheckBox(self.tr("Show deactivated points"))
        self.show_inactive.toggled.connect(self.refresh)
        self.new_button = QPushButton(self.tr("New point…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.new_button.clicked.connect(self.new_point)
        self.edit_button.clicked.connect(self.edit_point)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(self.edit_point)
        self.summary = QLabel()

        buttons = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.active_button):
            buttons.addWidget(widget)
        buttons.addStretch()
        buttons.addWidget(self.show_inactive)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.people_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def selected_point(self) -> PointDetail | None:
        rows = self.table.selectionModel().selectedRows()
        return self.points.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        """Reload the points, keeping the chosen one chosen."""
        chosen = self.selected_point()
        try:
            points = rendezvous.list_points(
                self.ctx, include_inactive=self.show_inactive.isChecked()
            )
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        with QSignalBlocker(self.table.selectionModel()):  # one reload of the lower pane
            self.points.set_rows(points)
            self.table.resizeColumnsToContents()
            if chosen is not None:
                self.select_point(chosen.id)
            elif points:
                self.select_point(points[0].id)
        self._selection_changed()

    def select_point(self, point_id: int) -> None:
        row = self.points.row_of(point_id)
        if row is not None:
            select_row(self.table, self.points, row)

    def _selection_changed(self) -> None:
        point = self.selected_point()
        self.edit_button.setEnabled(point is not None)
        self.active_button.setEnabled(point is not None)
        self.active_button.setText(
            self.tr("Reactivate") if point and not point.active else self.tr("Deactivate")
        )
        if point is None:
            self.people.set_rows([])
            self.summary.setText(self.tr("Choose a rendezvous point to see who is expected there."))
            return
        self.people.set_rows(rendezvous.expected_at(self.ctx, point.id))
        capacity = f" of {point.capacity}" if point.capacity else ""
        self.summary.setText(
            f"{point.name}: {point.assigned}{capacity} persons on open movements; "
            f"{point.preferred} more prefer this point and are still to move."
        )

    def new_point(self) -> None:
        form = PointForm(self.ctx, self)
        if form.exec() and form.saved is not None:
            self.refresh()
            self.select_point(form.saved.id)
            self.changed.emit()

    def edit_point(self) -> None:
        point = self.selected_point()
        if point is None:
            return
        form = PointForm(self.ctx, self, point)
        if form.exec():
            self.refresh()
            self.changed.emit()

    def toggle_active(self) -> None:
        point = self.selected_point()
        if point is None:
            return
        if (
            point.active
            and point.assigned
            and not dialogs.ask_user(
                self,
                f"{point.assigned} persons are on open movements from '{point.name}'. "
                "Deactivate it anyway? (No new movements can be planned from it.)",
            )
        ):
            return
        try:
            rendezvous.set_active(self.ctx, point.id, not point.active)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        self.refresh()
        self.changed.emit()
