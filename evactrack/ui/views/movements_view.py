"""The movements board: plan movements, fill their manifests, follow them to the airport.

Persons dropped on the board (in the format of :mod:`evactrack.ui.mime`) join the movement
under the cursor, or the chosen one; "Add persons…" picks them with the case list's search
and filters. Assignments and outcomes are undo steps of the window's undo history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
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

from evactrack.domain.enums import CaseStatus, ManifestOutcome, MovementStatus
from evactrack.domain.errors import OperationCancelled
from evactrack.domain.timezones import DEFAULT_OPERATION_TZ
from evactrack.domain.transitions import MOVEMENT_TRANSITIONS
from evactrack.services import movements, settings
from evactrack.services.context import Context
from evactrack.services.movements import (
    JOINABLE,
    MARKING,
    OPEN_MOVEMENTS,
    ManifestLine,
    ManifestResult,
    MovementDetail,
)
from evactrack.services.refusals import RefusalInput
from evactrack.ui import dialogs
from evactrack.ui.i18n import QT_TRANSLATE_NOOP, arg, label
from evactrack.ui.mime import PERSON_IDS_MIME, person_ids_from
from evactrack.ui.models.movement_models import (
    NATIVE_NAME_COLUMN,
    ManifestTableModel,
    MovementTableModel,
    format_window,
    movement_label,
)
from evactrack.ui.tasks import Latest, Operation, Progress, loading_text
from evactrack.ui.undo import ManifestCommand, marks_of
from evactrack.ui.views import refusal_form
from evactrack.ui.views.assign_dialog import assign_to_movement
from evactrack.ui.views.case_list import RightToLeftDelegate
from evactrack.ui.views.movement_form import MovementForm
from evactrack.ui.views.pick_persons import pick_persons
from evactrack.ui.views.reloading_view import ReloadingView
from evactrack.ui.widgets import select_row

# The status buttons, in the order a movement goes through them (translated when shown).
STATUS_ACTIONS: tuple[tuple[MovementStatus, str], ...] = (
    (MovementStatus.ASSEMBLING, QT_TRANSLATE_NOOP("MovementsBoard", "Start assembling")),
    (MovementStatus.PLANNED, QT_TRANSLATE_NOOP("MovementsBoard", "Back to planned")),
    (MovementStatus.EN_ROUTE, QT_TRANSLATE_NOOP("MovementsBoard", "Depart (en route)")),
    (MovementStatus.ARRIVED, QT_TRANSLATE_NOOP("MovementsBoard", "Arrived")),
    (MovementStatus.ABORTED, QT_TRANSLATE_NOOP("MovementsBoard", "Abort…")),
)
OUTCOME_ACTIONS: tuple[tuple[ManifestOutcome, str], ...] = (
    (ManifestOutcome.BOARDED, QT_TRANSLATE_NOOP("MovementsBoard", "Boarded")),
    (ManifestOutcome.NO_SHOW, QT_TRANSLATE_NOOP("MovementsBoard", "No show")),
    (ManifestOutcome.REFUSED, QT_TRANSLATE_NOOP("MovementsBoard", "Refused…")),
    (ManifestOutcome.TURNED_BACK, QT_TRANSLATE_NOOP("MovementsBoard", "Turned back…")),
)


# A batch of this many persons shows a progress dialog with Cancel.
PROGRESS_FROM = 20
# Columns fit the rows on screen and this many more: a manifest of hundreds is not measured
# cell by cell on the GUI thread each time a movement is chosen.
MEASURED_ROWS = 60


@dataclass(frozen=True)
class BoardData:
    """What the board shows, read on a worker: plain data."""

    operation_tz: str
    movements: list[MovementDetail]
    chosen: MovementDetail | None  # with its manifest: the chosen movement, or the first


def load_board(
    ctx: Context,
    statuses: Iterable[MovementStatus] | None,
    chosen: int | None,
    progress: Progress,
) -> BoardData:
    """The movements and the chosen one's manifest, in one trip to the worker."""
    operation_tz = settings.get(ctx, settings.OPERATION_TZ)
    rows = movements.list_movements(ctx, statuses=statuses)
    progress.check()
    ids = [m.id for m in rows]
    target = chosen if chosen is not None else (ids[0] if ids else None)
    detail = movements.get_movement(ctx, target) if target in ids else None
    return BoardData(operation_tz, rows, detail)


def _table(model: MovementTableModel | ManifestTableModel, multi: bool) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


class MovementsBoard(ReloadingView):
    """Movements on top; below, the manifest of the chosen one and the outcome buttons."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation_tz = DEFAULT_OPERATION_TZ  # the zone comes with the board's data
        self.movements = MovementTableModel(self.operation_tz)
        self.manifest = ManifestTableModel()
        self.current: MovementDetail | None = None  # the chosen movement, once loaded
        self.board_loader = Latest(self)
        self.detail_loader = Latest(self)
        self.writing = False  # a write is on the worker: actions wait for it
        # The window's undo history (set by the window): assignments and outcomes go on it.
        self.undo_stack: QUndoStack | None = None
        self._shown_id: int | None = None  # the movement whose manifest the table shows
        self.table = _table(self.movements, multi=False)
        self.manifest_table = _table(self.manifest, multi=True)
        self.manifest_table.setItemDelegateForColumn(
            NATIVE_NAME_COLUMN, RightToLeftDelegate(self.manifest_table)
        )
        self.show_closed = QCheckBox(self.tr("Show arrived and aborted"))
        self.show_closed.toggled.connect(self._closed_toggled)
        self.plan_button = QPushButton(self.tr("Plan movement…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.plan_button.clicked.connect(self.plan_movement)
        self.edit_button.clicked.connect(self.edit_movement)
        self.table.doubleClicked.connect(self.edit_movement)
        self.status_buttons: dict[MovementStatus, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.plan_button)
        top.addWidget(self.edit_button)
        top.addSpacing(16)
        for target, text in STATUS_ACTIONS:
            button = QPushButton(self.tr(text))
            button.clicked.connect(self._status_handler(target))
            self.status_buttons[target] = button
            top.addWidget(button)
        self.print_button = QPushButton(self.tr("Print manifest…"))
        self.print_button.clicked.connect(self.print_manifest)
        self.check_in_button = QPushButton(self.tr("Check-in…"))
        self.check_in_button.setToolTip(self.tr("Board persons by scanning their codes (Ctrl+K)"))
        self.check_in_button.clicked.connect(self.check_in)
        self.messages_button = QPushButton(self.tr("Messages…"))
        self.messages_button.clicked.connect(self.show_messages)
        top.addSpacing(16)
        top.addWidget(self.print_button)
        top.addWidget(self.check_in_button)
        top.addWidget(self.messages_button)
        top.addStretch()
        top.addWidget(self.show_closed)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome_buttons: dict[ManifestOutcome, QPushButton] = {}
        bottom = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add persons…"))
        self.add_button.clicked.connect(self.pick_and_add)
        bottom.addWidget(self.add_button)
        bottom.addSpacing(16)
        for outcome, text in OUTCOME_ACTIONS:
            button = QPushButton(self.tr(text))
            button.clicked.connect(self._outcome_handler(outcome))
            self.outcome_buttons[outcome] = button
            bottom.addWidget(button)
        self.remove_button = QPushButton(self.tr("Remove from manifest…"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.evacuated_button = QPushButton(self.tr("Evacuated (flight left)"))
        self.evacuated_button.clicked.connect(self.mark_evacuated)
        bottom.addSpacing(16)
        bottom.addWidget(self.remove_button)
        bottom.addWidget(self.evacuated_button)
        bottom.addStretch()
        self.drop_hint = QLabel(self.tr("Drop persons from the case list here to add them."))

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.header)
        lower_layout.addLayout(bottom)
        lower_layout.addWidget(self.manifest_table)
        lower_layout.addWidget(self.drop_hint)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setSizes([300, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)
        self.setAcceptDrops(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.manifest_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # ------------------------------------------------------------ loading

    @property
    def loading(self) -> bool:
        return self.board_loader.busy or self.detail_loader.busy

    def selected_movement_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.movements.row_at(rows[0].row()).id if rows else None

    def print_manifest(self) -> None:
        """The manifest escort and checkpoint staff sign: preview, print or save as PDF."""
        movement_id = self.selected_movement_id()
        if movement_id is not None:
            from evactrack.ui.views.report_dialog import print_manifest

            print_manifest(self.ctx, self, movement_id)

    def check_in(self) -> QWidget | None:
        """The gate's scanning screen for the chosen movement; it refreshes the board when
        closed."""
        movement_id = self.selected_movement_id()
        if movement_id is None:
            return None
        from evactrack.ui.views.checkin_view import open_check_in

        view = open_check_in(self.ctx, self, movement_id)
        view.finished.connect(lambda _result: self._after_write(movement_id))
        return view

    def show_messages(self) -> None:
        """Each evacuee's instructions for the chosen movement: preview, copy, export, sent."""
        movement_id = self.selected_movement_id()
        if movement_id is not None:
            from evactrack.ui.views.messages_dialog import MessagesDialog

            MessagesDialog(self.ctx, self, movement_id=movement_id).exec()

    def selected_lines(self) -> list[ManifestLine]:
        rows = sorted(i.row() for i in self.manifest_table.selectionModel().selectedRows())
        return [self.manifest.row_at(r) for r in rows]

    def _select_persons(self, person_ids: set[int]) -> None:
        """Choose these persons' lines of the manifest (the keyboard goes on from the first)."""
        model = self.manifest_table.selectionModel()
        selection = QItemSelection()
        rows = [
            r
            for r in range(self.manifest.rowCount())
            if self.manifest.row_at(r).person_id in person_ids
        ]
        for row in rows:
            selection.select(self.manifest.index(row, 0), self.manifest.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag
        model.select(selection, flags.ClearAndSelect | flags.Rows)
        if rows:
            model.setCurrentIndex(self.manifest.index(rows[0], 0), flags.NoUpdate)

    def refresh(self) -> None:
        """Reload the movements and the chosen one's manifest in the background; the board
        shows what it has until they arrive, and a newer refresh supersedes this one."""
        chosen = self._wanted if self._wanted is not None else self.selected_movement_id()
        statuses = None if self.show_closed.isChecked() else OPEN_MOVEMENTS
        ctx = self.ctx
        self.detail_loader.drop()  # the movements bring the chosen one's manifest
        self.board_loader.load(
            lambda progress: load_board(ctx, statuses, chosen, progress),
            self._board_loaded,
            self._load_failed,
        )

    def _closed_toggled(self, checked: bool) -> None:
        rows = self.table.selectionModel().selectedRows()
        closed = bool(rows) and self.movements.row_at(rows[0].row()).status not in OPEN_MOVEMENTS
        if not checked and closed:
            with QSignalBlocker(self.table.selectionModel()):
                self.table.clearSelection()  # it leaves the board: the first one is chosen
        self.refresh()

    def _board_loaded(self, data: BoardData) -> None:
        wanted, self._wanted = self._wanted, None
        chosen = wanted if wanted is not None else self.selected_movement_id()
        shown = {m.id for m in data.movements}
        if chosen is not None and chosen not in shown and not self.show_closed.isChecked():
            # Arrived or aborted: the board shows closed movements too and keeps it chosen.
            self._wanted = chosen
            self.show_closed.setChecked(True)  # refreshes
            return
        self.operation_tz = self.movements.operation_tz = data.operation_tz
        with QSignalBlocker(self.table.selectionModel()):  # one reload of the manifest
            self.movements.set_rows(data.movements)
            self.table.resizeColumnsToContents()
            row = self.movements.row_of(chosen) if chosen is not None else 0 if shown else None
            if row is not None:
                select_row(self.table, self.movements, row)
        if row is not None:  # the keyboard goes on from the chosen row
            self.table.selectionModel().setCurrentIndex(
                self.movements.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        selected = self.selected_movement_id()
        if data.chosen is not None and data.chosen.id == selected:
            self.detail_loader.drop()
            self.current = data.chosen
            self._show_selected()
        else:
            self._selection_changed()
        self._settle()

    def _selection_changed(self) -> None:
        """Another movement was chosen: its manifest loads in the background."""
        movement_id = self.selected_movement_id()
        self.current = None  # the actions wait for the chosen movement's own data
        self.detail_loader.drop()
        if movement_id is None:
            self._show_selected()
            return
        self.manifest.set_rows([])
        self._shown_id = None
        self.header.setText(loading_text())
        self._update_buttons()
        ctx = self.ctx
        self.detail_loader.load(
            lambda _progress: movements.get_movement(ctx, movement_id),
            self._detail_loaded,
            self._detail_failed,
        )

    def _detail_loaded(self, detail: MovementDetail) -> None:
        self.current = detail
        self._show_selected()
        self._settle()

    def _detail_failed(self, error: BaseException) -> None:
        dialogs.show_error(self, error)
        self._show_selected()
        self._settle()

    def _load_failed(self, error: BaseException) -> None:
        self._wanted = None
        dialogs.show_error(self, error)
        self._settle()

    def select_movement(self, movement_id: int) -> None:
        """Choose a movement; one the board does not show (just planned, arrived or aborted)
        is chosen once the board has reloaded."""
        row = self.movements.row_of(movement_id)
        if row is not None:
            select_row(self.table, self.movements, row)
        else:
            self._wanted = movement_id
            self.refresh()

    def _show_selected(self) -> None:
        """Show the chosen movement (``current``): its manifest, head count and actions."""
        m = self.current
        same = m is not None and m.id == self._shown_id
        kept = {line.person_id for line in self.selected_lines()} if same else set()
        self.manifest.set_rows(m.manifest if m else [])
        self._shown_id = m.id if m else None
        self.manifest_table.resizeColumnsToContents()
        if kept:  # the same movement again, after a write: its persons stay chosen
            self._select_persons(kept)
        if m is None:
            self.header.setText(self.tr("Choose a movement to see its manifest."))
        else:
            h = m.headcount
            not_set = self.tr("not set")
            escort = m.escort_party or not_set
            if m.escort_contact:
                escort += f" ({m.escort_contact})"
            about = arg(
                self.tr("%1 from %2, %3 — %4. Escort: %5; recognition signal: %6."),
                movement_label(m),
                m.rendezvous_point,
                format_window(m.window_start, m.window_end, self.operation_tz),
                label(m.status),
                escort,
                m.recognition_signal or not_set,
            )
            count = arg(
                self.tr(
                    "Head count: %L1 of %L2 places on the manifest; boarded: %L3, no show: %L4, "
                    "refused: %L5, turned back: %L6, pending: %L7."
                ),
                h.expected,
                m.capacity,
                h.boarded,
                h.no_show,
                h.refused,
                h.turned_back,
                h.pending,
            )
            self.header.setText(f"{about}\n{count}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        m = None if self.writing else self.current
        allowed = MOVEMENT_TRANSITIONS[m.status] if m else frozenset()
        for target, button in self.status_buttons.items():
            button.setEnabled(target in allowed)
        self.edit_button.setEnabled(m is not None and m.status in OPEN_MOVEMENTS)
        self.print_button.setEnabled(self.current is not None)
        self.check_in_button.setEnabled(self.current is not None and self.current.status in MARKING)
        self.messages_button.setEnabled(self.current is not None)
        self.plan_button.setEnabled(not self.writing)
        lines = self.selected_lines()
        pending = any(line.outcome is None for line in lines)
        marking = m is not None and m.status in MARKING
        self.add_button.setEnabled(m is not None and m.status in JOINABLE)
        for button in self.outcome_buttons.values():
            button.setEnabled(marking and pending)
        self.remove_button.setEnabled(m is not None and m.status in OPEN_MOVEMENTS and pending)
        self.evacuated_button.setEnabled(
            m is not None
            and m.status is MovementStatus.ARRIVED
            and any(line.status is CaseStatus.AT_AIRPORT for line in m.manifest)
        )

    # ------------------------------------------------------------ movements

    def plan_movement(self) -> None:
        form = MovementForm(self.ctx, self)
        if form.exec() and form.saved is not None:
            self._after_write(form.saved.id)

    def edit_movement(self) -> None:
        if self.current is None or self.current.status not in OPEN_MOVEMENTS:
            return
        form = MovementForm(self.ctx, self, self.current)
        if form.exec() and form.saved is not None:
            self._after_write(form.saved.id)

    def _status_handler(self, target: MovementStatus) -> Callable[[], None]:
        return lambda: self.set_status(target)

    def set_status(self, target: MovementStatus) -> None:
        m = self.current
        if m is None:
            return
        reason: str | None = None
        if target is MovementStatus.ABORTED:
            reason = dialogs.ask_text(
                self,
                arg(
                    self.tr(
                        "Why is %1 aborted? Its %n person(s) go back to '%2' (those refused "
                        "stay in the follow-up queue).",
                        "",
                        m.headcount.expected,
                    ),
                    movement_label(m),
                    label(CaseStatus.VERIFIED),
                ),
                self.tr("Abort movement"),
            )
            if reason is None:
                return
        ctx = self.ctx
        self._write(lambda _p: movements.set_status(ctx, m.id, target, reason, m.version))

    # ------------------------------------------------------------ manifest

    def _outcome_handler(self, outcome: ManifestOutcome) -> Callable[[], None]:
        return lambda: self.mark_outcome(outcome)

    def mark_outcome(self, outcome: ManifestOutcome) -> None:
        """Mark the chosen persons; a refusal (or a turn-back) asks for its details once."""
        m = self.current
        lines = [line for line in self.selected_lines() if line.outcome is None]
        if m is None or not lines:
            return
        refusal: RefusalInput | None = None
        if outcome in (ManifestOutcome.REFUSED, ManifestOutcome.TURNED_BACK):
            names = ", ".join(line.name for line in lines)
            refusal = refusal_form.ask_refusal(self.ctx, self, names, m.rendezvous_point_id)
            if refusal is None:
                return
        ctx, movement_id, ids = self.ctx, m.id, [line.person_id for line in lines]
        self._write(
            lambda progress: movements.record_outcomes(
                ctx, movement_id, ids, outcome, refusal, progress.advance
            ),
            self.tr("Marking outcomes…") if len(ids) >= PROGRESS_FROM else None,
        )

    def remove_selected(self) -> None:
        m = self.current
        lines = [line for line in self.selected_lines() if line.outcome is None]
        if m is None or not lines:
            return
        reason = dialogs.ask_text(
            self,
            arg(
                self.tr("Why are %n person(s) taken off %1? They go back to '%2'.", "", len(lines)),
                movement_label(m),
                label(CaseStatus.VERIFIED),
            ),
            self.tr("Remove from manifest"),
        )
        if reason is None:
            return
        ctx, movement_id, ids = self.ctx, m.id, [line.person_id for line in lines]
        self._write(
            lambda progress: movements.remove_persons(
                ctx, movement_id, ids, reason, progress.advance
            ),
            self.tr("Taking persons off the manifest…") if len(ids) >= PROGRESS_FROM else None,
        )

    def mark_evacuated(self) -> None:
        """The flight left: the chosen persons at the airport (or all of them) are evacuated."""
        m = self.current
        if m is None:
            return
        chosen = self.selected_lines() or list(m.manifest)
        ids = [line.person_id for line in chosen if line.status is CaseStatus.AT_AIRPORT]
        if not ids:
            dialogs.show_info(self, self.tr("None of the chosen persons is at the airport."))
            return
        if not dialogs.ask_user(
            self,
            arg(
                self.tr("Mark %n person(s) of %1 as evacuated (their flight left)?", "", len(ids)),
                movement_label(m),
            ),
        ):
            return
        ctx = self.ctx
        self._write(lambda _p: movements.mark_evacuated(ctx, m.id, ids))

    # ------------------------------------------------------------ writing off the GUI thread

    def _start_writing(self) -> None:
        self.writing = True
        self._update_buttons()

    def _write(
        self, fn: Callable[[Progress], MovementDetail | ManifestResult], label: str | None = None
    ) -> Operation[Any]:
        """One transaction on the write worker (all or none; a long one shows its progress
        and can be cancelled); the board waits for it, then reloads."""
        self._start_writing()
        operation = (
            Operation(self, fn, write=True).success(self._written).failure(self._write_failed)
        )
        if label is not None:
            operation.with_progress(label)
        return operation.run()

    def _written(self, result: MovementDetail | ManifestResult) -> None:
        self.writing = False
        if isinstance(result, ManifestResult):
            self._push_undo(result)
            result = result.movement
        self._after_write(result.id)

    def _push_undo(self, result: ManifestResult) -> None:
        """An assignment or outcomes: one step of the window's undo history."""
        if self.undo_stack is not None and result.change.steps:
            self.undo_stack.push(
                ManifestCommand(self.ctx, result.change, marks_of(self.undo_stack))
            )

    def _write_failed(self, error: BaseException) -> None:
        self.writing = False
        if not isinstance(error, OperationCancelled):  # Cancel: nothing was changed
            dialogs.show_error(self, error)
        self.refresh()

    # ------------------------------------------------------------ drag and drop

    def add_persons(self, person_ids: list[int], movement_id: int | None = None) -> bool:
        """Assign persons to a movement (the chosen one unless told), households kept whole."""
        target = movement_id if movement_id is not None else self.selected_movement_id()
        result = assign_to_movement(self.ctx, self, person_ids, target)
        if result is None:
            return False
        self._push_undo(result)
        self._after_write(result.movement.id)
        return True

    def pick_and_add(self) -> bool:
        """Add persons…: find them with the case list's search and filters."""
        m = self.current
        if m is None:
            return False
        chosen = pick_persons(self.ctx, self, movement_label(m))
        return bool(chosen) and self.add_persons(chosen, m.id)

    def _movement_at(self, event: QDropEvent | QDragMoveEvent) -> int | None:
        point = self.table.viewport().mapFrom(self, event.position().toPoint())
        index = self.table.indexAt(point)
        return self.movements.row_at(index.row()).id if index.isValid() else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(PERSON_IDS_MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(PERSON_IDS_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        ids = person_ids_from(event.mimeData())
        if not ids:
            return
        event.acceptProposedAction()
        self.add_persons(ids, self._movement_at(event))
