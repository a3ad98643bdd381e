"""The movements board: plan movements, fill their manifests, follow them to the airport.

Persons dropped on the board (in the format of :mod:`evactrack.ui.mime`) join the movement
under the cursor, or the chosen one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
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
from evactrack.domain.errors import EvactrackError
from evactrack.domain.transitions import MOVEMENT_TRANSITIONS
from evactrack.services import movements, settings
from evactrack.services.context import Context
from evactrack.services.movements import OPEN_MOVEMENTS, ManifestLine, MovementDetail
from evactrack.services.refusals import RefusalInput
from evactrack.ui import dialogs
from evactrack.ui.i18n import label
from evactrack.ui.mime import PERSON_IDS_MIME, person_ids_from
from evactrack.ui.models.movement_models import (
    NATIVE_NAME_COLUMN,
    ManifestTableModel,
    MovementTableModel,
    format_window,
)
from evactrack.ui.tasks import Operation, Progress
from evactrack.ui.views import refusal_form
from evactrack.ui.views.assign_dialog import assign_to_movement
from evactrack.ui.views.case_list import RightToLeftDelegate
from evactrack.ui.views.movement_form import MovementForm
from evactrack.ui.widgets import select_row

# The status buttons, in the order a movement goes through them.
STATUS_ACTIONS: tuple[tuple[MovementStatus, str], ...] = (
    (MovementStatus.ASSEMBLING, "Start assembling"),
    (MovementStatus.PLANNED, "Back to planned"),
    (MovementStatus.EN_ROUTE, "Depart (en route)"),
    (MovementStatus.ARRIVED, "Arrived"),
    (MovementStatus.ABORTED, "Abort…"),
)
OUTCOME_ACTIONS: tuple[tuple[ManifestOutcome, str], ...] = (
    (ManifestOutcome.BOARDED, "Boarded"),
    (ManifestOutcome.NO_SHOW, "No show"),
    (ManifestOutcome.REFUSED, "Refused…"),
    (ManifestOutcome.TURNED_BACK, "Turned back…"),
)


# A batch of this many persons shows a progress dialog with Cancel.
PROGRESS_FROM = 20


@dataclass(frozen=True, slots=True)
class Batch:
    """How far a batch of per-person writes got, and what stopped it."""

    done: int
    total: int
    error: EvactrackError | None = None


def each(progress: Progress, person_ids: list[int], step: Callable[[int], object]) -> Batch:
    """Run ``step`` for each person until the end, the first error, or Cancel."""
    for done, person_id in enumerate(person_ids):
        if progress.cancelled:
            return Batch(done, len(person_ids))
        try:
            step(person_id)
        except EvactrackError as exc:
            return Batch(done, len(person_ids), exc)
        progress.report(done + 1, len(person_ids))
    return Batch(len(person_ids), len(person_ids))


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
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


class MovementsBoard(QWidget):
    """Movements on top; below, the manifest of the chosen one and the outcome buttons."""

    changed = Signal()  # something was written: case lists and the dashboard may refresh

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.operation_tz = settings.get(ctx, settings.OPERATION_TZ)
        self.movements = MovementTableModel(self.operation_tz)
        self.manifest = ManifestTableModel()
        self.current: MovementDetail | None = None
        self.writing = False  # a write is on the worker: actions wait for it
        self.table = _table(self.movements, multi=False)
        self.manifest_table = _table(self.manifest, multi=True)
        self.manifest_table.setItemDelegateForColumn(
            NATIVE_NAME_COLUMN, RightToLeftDelegate(self.manifest_table)
        )
        self.show_closed = QCheckBox(self.tr("Show arrived and aborted"))
        self.show_closed.toggled.connect(self.refresh)
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
            button = QPushButton(text)
            button.clicked.connect(self._status_handler(target))
            self.status_buttons[target] = button
            top.addWidget(button)
        self.print_button = QPushButton(self.tr("Print manifest…"))
        self.print_button.clicked.connect(self.print_manifest)
        top.addSpacing(16)
        top.addWidget(self.print_button)
        top.addStretch()
        top.addWidget(self.show_closed)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome_buttons: dict[ManifestOutcome, QPushButton] = {}
        bottom = QHBoxLayout()
        for outcome, text in OUTCOME_ACTIONS:
            button = QPushButton(text)
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
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.manifest_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    # ------------------------------------------------------------ loading

    def selected_movement_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.movements.row_at(rows[0].row()).id if rows else None

    def print_manifest(self) -> None:
        """The manifest escort and checkpoint staff sign: preview, print or save as PDF."""
        movement_id = self.selected_movement_id()
        if movement_id is not None:
            from evactrack.ui.views.report_dialog import print_manifest

            print_manifest(self.ctx, self, movement_id)

    def selected_lines(self) -> list[ManifestLine]:
        rows = sorted(i.row() for i in self.manifest_table.selectionModel().selectedRows())
        return [self.manifest.row_at(r) for r in rows]

    def refresh(self) -> None:
        """Reload the movements and the chosen one's manifest."""
        chosen = self.selected_movement_id()
        statuses = None if self.show_closed.isChecked() else OPEN_MOVEMENTS
        try:
            rows = movements.list_movements(self.ctx, statuses=statuses)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        with QSignalBlocker(self.table.selectionModel()):  # one reload of the manifest
            self.movements.set_rows(rows)
            self.table.resizeColumnsToContents()
            if chosen is not None:
                self.select_movement(chosen)
            elif rows:
                self.select_movement(rows[0].id)
        self._show_selected()

    def select_movement(self, movement_id: int) -> None:
        row = self.movements.row_of(movement_id)
        if row is None and not self.show_closed.isChecked():
            self.show_closed.setChecked(True)  # refreshes
            row = self.movements.row_of(movement_id)
        if row is not None:
            select_row(self.table, self.movements, row)

    def _show_selected(self) -> None:
        movement_id = self.selected_movement_id()
        try:
            self.current = movements.get_movement(self.ctx, movement_id) if movement_id else None
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            self.current = None
        m = self.current
        self.manifest.set_rows(m.manifest if m else [])
        self.manifest_table.resizeColumnsToContents()
        if m is None:
            self.header.setText(self.tr("Choose a movement to see its manifest."))
        else:
            h = m.headcount
            self.header.setText(
                f"{m.label} from {m.rendezvous_point}, "
                f"{format_window(m.window_start, m.window_end, self.operation_tz)} — "
                f"{label(m.status)}. Escort: {m.escort_party or 'not set'}"
                f"{f' ({m.escort_contact})' if m.escort_contact else ''}; "
                f"recognition signal: {m.recognition_signal or 'not set'}.\n"
                f"Head count: {h.expected} of {m.capacity} places on the manifest; "
                f"{h.boarded} boarded, {h.no_show} no show, {h.refused} refused, "
                f"{h.turned_back} turned back, {h.pending} pending."
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        m = None if self.writing else self.current
        allowed = MOVEMENT_TRANSITIONS[m.status] if m else frozenset()
        for target, button in self.status_buttons.items():
            button.setEnabled(target in allowed)
        self.edit_button.setEnabled(m is not None and m.status in OPEN_MOVEMENTS)
        self.print_button.setEnabled(self.current is not None)
        self.plan_button.setEnabled(not self.writing)
        lines = self.selected_lines()
        pending = any(line.outcome is None for line in lines)
        marking = m is not None and m.status in (MovementStatus.ASSEMBLING, MovementStatus.EN_ROUTE)
        for button in self.outcome_buttons.values():
            button.setEnabled(marking and pending)
        self.remove_button.setEnabled(m is not None and m.status in OPEN_MOVEMENTS and pending)
        self.evacuated_button.setEnabled(
            m is not None
            and m.status is MovementStatus.ARRIVED
            and any(line.status is CaseStatus.AT_AIRPORT for line in m.manifest)
        )

    def _after_write(self, detail: MovementDetail | None = None) -> None:
        self.refresh()
        if detail is not None:
            self.select_movement(detail.id)
        self.changed.emit()

    # ------------------------------------------------------------ movements

    def plan_movement(self) -> None:
        form = MovementForm(self.ctx, self)
        if form.exec() and form.saved is not None:
            self._after_write(form.saved)

    def edit_movement(self) -> None:
        if self.current is None or self.current.status not in OPEN_MOVEMENTS:
            return
        form = MovementForm(self.ctx, self, self.current)
        if form.exec() and form.saved is not None:
            self._after_write(form.saved)

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
                f"Why is {m.label} aborted? Its {m.headcount.expected} persons go back to "
                "'verified' (those refused stay in the follow-up queue).",
                "Abort movement",
            )
            if reason is None:
                return
        self._write(lambda: movements.set_status(self.ctx, m.id, target, reason, m.version))

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
        self._write_each(
            self.tr("Marking outcomes…"),
            [line.person_id for line in lines],
            lambda pid: movements.record_outcome(self.ctx, m.id, pid, outcome, refusal),
        )

    def remove_selected(self) -> None:
        m = self.current
        lines = [line for line in self.selected_lines() if line.outcome is None]
        if m is None or not lines:
            return
        reason = dialogs.ask_text(
            self,
            f"Why are {len(lines)} person(s) taken off {m.label}? They go back to 'verified'.",
            "Remove from manifest",
        )
        if reason is None:
            return
        self._write_each(
            self.tr("Taking persons off the manifest…"),
            [line.person_id for line in lines],
            lambda pid: movements.remove_from_movement(self.ctx, m.id, pid, reason),
        )

    def mark_evacuated(self) -> None:
        """The flight left: the chosen persons at the airport (or all of them) are evacuated."""
        m = self.current
        if m is None:
            return
        chosen = self.selected_lines() or list(m.manifest)
        ids = [line.person_id for line in chosen if line.status is CaseStatus.AT_AIRPORT]
        if not ids:
            dialogs.show_info(self, "None of the chosen persons is at the airport.")
            return
        if not dialogs.ask_user(
            self, f"Mark {len(ids)} person(s) of {m.label} as evacuated (their flight left)?"
        ):
            return
        self._write(lambda: movements.mark_evacuated(self.ctx, m.id, ids))

    # ------------------------------------------------------------ writing off the GUI thread

    def _start_writing(self) -> None:
        self.writing = True
        self._update_buttons()

    def _write(self, fn: Callable[[], MovementDetail]) -> Operation[MovementDetail]:
        """One transaction on the write worker; the board waits for it, then reloads."""
        self._start_writing()
        return (
            Operation(self, lambda _progress: fn(), write=True)
            .success(self._written)
            .failure(self._write_failed)
            .run()
        )

    def _write_each(
        self, label: str, person_ids: list[int], step: Callable[[int], object]
    ) -> Operation[Batch]:
        """One transaction per person, as each outcome at the gate is its own fact; a long
        batch shows its progress and can be stopped."""
        self._start_writing()
        operation = (
            Operation(self, lambda progress: each(progress, person_ids, step), write=True)
            .success(self._batch_written)
            .failure(self._write_failed)
        )
        if len(person_ids) >= PROGRESS_FROM:
            operation.with_progress(label)
        return operation.run()

    def _written(self, detail: MovementDetail) -> None:
        self.writing = False
        self._after_write(detail)

    def _batch_written(self, batch: Batch) -> None:
        self.writing = False
        if batch.error is not None:
            done = (
                self.tr("%d of %d persons were done; then: ") % (batch.done, batch.total)
                if batch.done
                else ""
            )
            dialogs.show_error(self, f"{done}{batch.error}")
        elif batch.done < batch.total:
            dialogs.show_info(
                self, self.tr("Stopped: %d of %d persons were done.") % (batch.done, batch.total)
            )
        self._after_write(self.current)

    def _write_failed(self, error: BaseException) -> None:
        self.writing = False
        dialogs.show_error(self, error)
        self.refresh()

    # ------------------------------------------------------------ drag and drop

    def add_persons(self, person_ids: list[int], movement_id: int | None = None) -> bool:
        """Assign persons to a movement (the chosen one unless told), households kept whole."""
        target = movement_id if movement_id is not None else self.selected_movement_id()
        if assign_to_movement(self.ctx, self, person_ids, target):
            self.refresh()
            if target is not None:
                self.select_movement(target)
            self.changed.emit()
            return True
        return False

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
