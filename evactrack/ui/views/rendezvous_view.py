"""Rendezvous points: list, create, edit, deactivate; who is expected at each, how full."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QSignalBlocker, Qt
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

from evactrack.domain.timezones import DEFAULT_OPERATION_TZ
from evactrack.services import rendezvous, settings
from evactrack.services.context import Context
from evactrack.services.rendezvous import ExpectedPerson, PointDetail
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg
from evactrack.ui.models.point_models import ExpectedPeopleModel, PointTableModel
from evactrack.ui.tasks import Latest, Operation, Progress, loading_text
from evactrack.ui.views.point_form import PointForm
from evactrack.ui.views.reloading_view import ReloadingView
from evactrack.ui.widgets import select_row

# Who is expected at one point: its id and the persons.
Expected = tuple[int, list[ExpectedPerson]]


@dataclass(frozen=True)
class PointsData:
    """What the view shows, read on a worker: plain data."""

    operation_tz: str
    points: list[PointDetail]
    expected: Expected | None  # at the chosen point (the first if none was chosen)


def load_points(
    ctx: Context, include_inactive: bool, chosen: int | None, progress: Progress
) -> PointsData:
    """The points and who is expected at the chosen one, in one trip to the worker."""
    operation_tz = settings.get(ctx, settings.OPERATION_TZ)
    points = rendezvous.list_points(ctx, include_inactive=include_inactive)
    progress.check()
    ids = [p.id for p in points]
    target = chosen if chosen is not None else (ids[0] if ids else None)
    expected = (target, rendezvous.expected_at(ctx, target)) if target in ids else None
    return PointsData(operation_tz, points, expected)


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


class RendezvousPointsView(ReloadingView):
    """The points, and below them the persons on open movements from the chosen point."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.points = PointTableModel()
        self.people = ExpectedPeopleModel(DEFAULT_OPERATION_TZ)  # the zone comes with the points
        self.points_loader = Latest(self)
        self.people_loader = Latest(self)
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
        self.summary = QLabel(loading_text())

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
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.refresh()

    @property
    def loading(self) -> bool:
        return self.points_loader.busy or self.people_loader.busy

    def selected_point(self) -> PointDetail | None:
        rows = self.table.selectionModel().selectedRows()
        return self.points.row_at(rows[0].row()) if rows else None

    def refresh(self) -> None:
        """Reload the points in the background, keeping the chosen one chosen; the view shows
        what it has until they arrive, and a newer refresh supersedes this one."""
        point = self.selected_point()
        chosen = self._wanted if self._wanted is not None else (point.id if point else None)
        ctx, include_inactive = self.ctx, self.show_inactive.isChecked()
        self.people_loader.drop()  # the points bring who is expected at the chosen one
        self.points_loader.load(
            lambda progress: load_points(ctx, include_inactive, chosen, progress),
            self._points_loaded,
            self._load_failed,
        )

    def _points_loaded(self, data: PointsData) -> None:
        wanted, self._wanted = self._wanted, None
        point = self.selected_point()
        chosen = wanted if wanted is not None else (point.id if point else None)
        self.people.operation_tz = data.operation_tz
        with QSignalBlocker(self.table.selectionModel()):  # one reload of the lower pane
            self.points.set_rows(data.points)
            self.table.resizeColumnsToContents()
            row = self.points.row_of(chosen) if chosen is not None else 0 if data.points else None
            if row is not None:
                select_row(self.table, self.points, row)
        if row is not None:  # the keyboard goes on from the chosen row
            self.table.selectionModel().setCurrentIndex(
                self.points.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._selection_changed(data.expected)
        self._settle()

    def _people_loaded(self, people: list[ExpectedPerson]) -> None:
        self.people.set_rows(people)
        self._settle()

    def _load_failed(self, error: BaseException) -> None:
        dialogs.show_error(self, error)
        self._settle()

    def select_point(self, point_id: int) -> None:
        """Choose a point; one the view does not show yet is chosen once it is reloaded."""
        row = self.points.row_of(point_id)
        if row is not None:
            select_row(self.table, self.points, row)
        else:
            self._wanted = point_id
            self.refresh()

    def _show_people(self, point_id: int, expected: Expected | None) -> None:
        """Who is expected at the chosen point: come with the points, or loaded now."""
        if expected is not None and expected[0] == point_id:
            self.people_loader.drop()
            self.people.set_rows(expected[1])
            return
        self.people.set_rows([])  # not the previous point's people under this one's name
        ctx = self.ctx
        self.people_loader.load(
            lambda _progress: rendezvous.expected_at(ctx, point_id),
            self._people_loaded,
            self._load_failed,
        )

    def _selection_changed(self, expected: Expected | None = None) -> None:
        point = self.selected_point()
        self.edit_button.setEnabled(point is not None)
        self.active_button.setEnabled(point is not None)
        self.active_button.setText(
            self.tr("Reactivate") if point and not point.active else self.tr("Deactivate")
        )
        if point is None:
            self.people_loader.drop()
            self.people.set_rows([])
            self.summary.setText(self.tr("Choose a rendezvous point to see who is expected there."))
            return
        self._show_people(point.id, expected)
        if point.capacity:
            summary = arg(
                self.tr(
                    "%1: %L2 of %L3 persons on open movements; %L4 more prefer this point and "
                    "are still to move."
                ),
                point.name,
                point.assigned,
                point.capacity,
                point.preferred,
            )
        else:
            summary = arg(
                self.tr(
                    "%1: %L2 persons on open movements; %L3 more prefer this point and are "
                    "still to move."
                ),
                point.name,
                point.assigned,
                point.preferred,
            )
        self.summary.setText(summary)

    def new_point(self) -> None:
        form = PointForm(self.ctx, self)
        if form.exec() and form.saved is not None:
            self._after_write(form.saved.id)

    def edit_point(self) -> None:
        point = self.selected_point()
        if point is None:
            return
        form = PointForm(self.ctx, self, point)
        if form.exec():
            self._after_write()

    def toggle_active(self) -> None:
        point = self.selected_point()
        if point is None:
            return
        if (
            point.active
            and point.assigned
            and not dialogs.ask_user(
                self,
                arg(
                    self.tr(
                        "%Ln person(s) are on open movements from '%1'. Deactivate it anyway? "
                        "(No new movements can be planned from it.)",
                        "",
                        point.assigned,
                    ),
                    point.name,
                ),
            )
        ):
            return
        ctx, point_id, active = self.ctx, point.id, not point.active
        self.active_button.setEnabled(False)  # until the view shows the change
        Operation(
            self, lambda _progress: rendezvous.set_active(ctx, point_id, active), write=True
        ).success(lambda _point: self._after_write()).failure(self._write_failed).run()

    def _write_failed(self, error: BaseException) -> None:
        dialogs.show_error(self, error)
        self.refresh()
