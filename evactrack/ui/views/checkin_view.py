"""Check-in at the meeting point: one field takes the scanner's codes (it types like a
keyboard and ends with Enter), each scan shows the person and boards them in one step.

The screen answers from the manifest loaded once, so a scan shows at once; the writes go,
one after another, through the write worker. A busy database keeps them queued and tried
again ("saving…"): a scan is never dropped. Every scan is audited.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evactrack.config import resources_dir
from evactrack.domain.enums import ManifestOutcome
from evactrack.domain.errors import EvactrackError
from evactrack.services import checkin, movements
from evactrack.services.checkin import Elsewhere
from evactrack.services.context import Context
from evactrack.services.movements import (
    MARKING,
    REFUSALS,
    ManifestChange,
    ManifestLine,
    ManifestResult,
    MovementDetail,
)
from evactrack.services.refusals import RefusalInput
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label
from evactrack.ui.models.movement_models import movement_label, unnamed_movement
from evactrack.ui.tasks import Latest, Operation
from evactrack.ui.views import refusal_form

RETRY_MS = (200, 500, 1000, 2000)  # a busy database is tried again, ever more slowly


class Verdict(Enum):
    BOARDED = "#1b7f2a"  # green
    ALREADY = "#b26a00"  # amber
    REFUSED = "#b3261e"  # red: not on this manifest, not eligible, unknown


@dataclass
class _Job:
    """One write for the queue; ``done`` and ``failed`` run on the GUI thread."""

    fn: Callable[[], Any]
    done: Callable[[Any], None]
    failed: Callable[[BaseException], None]


@dataclass
class _Scan:
    """A scan that changed the manifest, as its undo needs it."""

    person_id: int
    before: ManifestOutcome | None
    job: _Job | None = None
    change: ManifestChange | None = None


class CheckInView(QDialog):
    """The gate's screen for one movement: big type, one field, the running totals."""

    loaded = Signal()
    scanned = Signal(str)  # the verdict's colour name, once the screen shows the scan
    saved = Signal()  # every queued write is in the database

    def __init__(self, ctx: Context, movement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.movement_id = ctx, movement_id
        self.movement: MovementDetail | None = None
        self.lines: dict[int, ManifestLine] = {}
        self.current: int | None = None  # the person last shown
        self.looked_up: int | None = None  # the person not on this manifest last scanned
        self.history: list[_Scan] = []
        self.queue: deque[_Job] = deque()
        self.in_flight: _Job | None = None
        self.retries = 0
        self.loader = Latest(self)
        self.setWindowTitle(self.tr("Check-in"))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 2)
        huge = QFont(big)
        huge.setPointSizeF(big.pointSizeF() * 1.5)
        huge.setBold(True)

        self.title = QLabel()
        self.title.setFont(big)
        self.field = QLineEdit()
        self.field.setFont(huge)
        self.field.setPlaceholderText(self.tr("Scan a code, or type an id or a name, then Enter"))
        self.field.setAccessibleName(self.tr("Scan"))
        self.field.returnPressed.connect(self._entered)
        self.field.installEventFilter(self)
        self.field.setEnabled(False)
        self.verdict = QLabel()
        self.verdict.setFont(huge)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setAutoFillBackground(True)
        self.verdict.setMinimumHeight(huge.pointSize() * 4)
        self.person = QLabel()
        self.person.setFont(big)
        self.person.setWordWrap(True)
        self.person.setTextFormat(Qt.TextFormat.PlainText)
        self.family = QLabel()
        self.family.setFont(big)
        self.family.setWordWrap(True)
        self.family.setTextFormat(Qt.TextFormat.PlainText)
        self.totals = QLabel()
        self.totals.setFont(huge)
        self.saving = QLabel()
        self.saving.setFont(big)
        self.undo_button = QPushButton(self.tr("Undo last scan"))
        self.undo_button.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_button.clicked.connect(self.undo_last)
        self.refused_button = QPushButton(self.tr("Refused… (F8)"))
        self.refused_button.setShortcut(QKeySequence("F8"))
        self.refused_button.clicked.connect(lambda: self.mark_refusal(ManifestOutcome.REFUSED))
        self.turned_back_button = QPushButton(self.tr("Turned back… (F9)"))
        self.turned_back_button.setShortcut(QKeySequence("F9"))
        self.turned_back_button.clicked.connect(
            lambda: self.mark_refusal(ManifestOutcome.TURNED_BACK)
        )
        self.print_button = QPushButton(self.tr("Print gate sheet…"))
        self.print_button.clicked.connect(self.print_gate_sheet)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        for button in (self.undo_button, self.refused_button, self.turned_back_button):
            button.setFont(big)
        for button in (
            self.undo_button,
            self.refused_button,
            self.turned_back_button,
            self.print_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
            # A click leaves the keyboard (the scanner) in the scan field.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.refused_button)
        buttons.addWidget(self.turned_back_button)
        buttons.addStretch()
        buttons.addWidget(self.saving)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.field)
        layout.addWidget(self.verdict)
        layout.addWidget(self.person)
        layout.addWidget(self.family)
        layout.addStretch()
        layout.addWidget(self.totals)
        layout.addLayout(buttons)
        self.resize(900, 640)
        self._update_buttons()
        self.reload()

    # ------------------------------------------------------------ loading

    @property
    def loading(self) -> bool:
        return self.loader.busy

    @property
    def pending(self) -> int:
        """Writes not yet in the database."""
        return len(self.queue) + (self.in_flight is not None)

    def reload(self) -> None:
        ctx, movement_id = self.ctx, self.movement_id
        self.loader.load(lambda _p: movements.get_movement(ctx, movement_id), self._loaded)

    def _loaded(self, movement: MovementDetail) -> None:
        self.movement = movement
        self.lines = {line.person_id: line for line in movement.manifest}
        self.title.setText(
            arg(self.tr("Check-in: %1 at %2"), movement_label(movement), movement.rendezvous_point)
        )
        self.field.setEnabled(True)
        self.field.setFocus()
        self._show_totals()
        self.loaded.emit()

    def print_gate_sheet(self) -> None:
        """The manifest on paper, with tick boxes, for when this laptop dies."""
        from evactrack.ui.views.report_dialog import print_gate_sheet

        print_gate_sheet(self.ctx, self, self.movement_id)

    # ------------------------------------------------------------ scanning

    def _entered(self) -> None:
        text = self.field.text()
        self.field.clear()
        if text.strip():
            self.scan(text)

    def scan(self, text: str) -> None:
        """Read one code (or id, or a few letters of a name) and answer on screen at once."""
        if self.movement is None:
            return
        person_id = checkin.read_code(text)
        if person_id is None and checkin.looks_like_code(text):
            self.current = None
            self._show(Verdict.REFUSED, self.tr("Unknown code"))
            self._audit(None, "unknown code")
            return
        if person_id is None:
            found = self._by_name(text)
            if len(found) != 1:
                self._name_not_found(found)
                return
            person_id = found[0].person_id
        line = self.lines.get(person_id)
        self.current = person_id if line is not None else None
        if line is None:
            self._not_here(person_id)
        elif line.outcome is ManifestOutcome.BOARDED:
            self._show(Verdict.ALREADY, self.tr("Already boarded"), line)
            self._audit(person_id, "already boarded")
        elif line.outcome is not None:
            self._show(
                Verdict.REFUSED,
                arg(self.tr("Not eligible: %1 already"), label(line.outcome)),
                line,
            )
            self._audit(person_id, f"not eligible: {line.outcome.value}")
        elif self.movement.status not in MARKING:
            self._show(
                Verdict.REFUSED,
                arg(self.tr("Not eligible: the movement is %1"), label(self.movement.status)),
                line,
            )
            self._audit(person_id, f"not eligible: movement {self.movement.status.value}")
        else:
            self._board(line)

    def _by_name(self, text: str) -> list[ManifestLine]:
        wanted = text.strip().casefold()
        return [
            line
            for line in self.lines.values()
            if wanted in line.name.casefold() or wanted in (line.native_name or "").casefold()
        ]

    def _name_not_found(self, found: list[ManifestLine]) -> None:
        self.current = None
        if found:
            self._show(
                Verdict.ALREADY,
                self.tr("%n person(s) match: type more, or scan", "", len(found)),
            )
            self.person.setText(", ".join(line.name for line in found[:8]))
        else:
            self._show(Verdict.REFUSED, self.tr("No one of that name on this manifest"))
            self._audit(None, "unknown name")

    def _board(self, line: ManifestLine) -> None:
        outcome = ManifestOutcome.BOARDED
        ctx, movement_id, person_id = self.ctx, self.movement_id, line.person_id
        self._set_outcome(person_id, outcome)
        scan = _Scan(person_id, None)
        scan.job = _Job(
            lambda: movements.record_outcomes(ctx, movement_id, [person_id], outcome),
            lambda result: self._recorded(scan, result),
            lambda error: self._not_recorded(scan, error),
        )
        self.history.append(scan)
        self._show(Verdict.BOARDED, self.tr("Boarded"), self.lines[person_id])
        self._enqueue(scan.job)

    def _not_here(self, person_id: int) -> None:
        self._show(Verdict.REFUSED, self.tr("Not on this manifest"))
        self.looked_up = person_id
        self.person.setText(arg(self.tr("Person #%1: looking up…"), person_id))
        ctx, movement_id = self.ctx, self.movement_id
        self._enqueue(
            _Job(
                lambda: checkin.not_on_manifest(ctx, movement_id, person_id),
                self._located,
                self._failed,
            )
        )

    def _located(self, where: Elsewhere) -> None:
        if self.current is not None or self.looked_up != where.person_id:
            return  # a newer scan is on screen
        if not where.exists:
            self.verdict.setText(self.tr("Unknown code"))
            self.person.setText(arg(self.tr("No person #%1 in the database."), where.person_id))
        elif where.movement_id is not None:
            self.person.setText(
                arg(
                    self.tr("Person #%1 is on %2."),
                    where.person_id,
                    unnamed_movement(where.movement_id),
                )
            )
        else:
            self.person.setText(arg(self.tr("Person #%1 is on no open movement."), where.person_id))

    def _audit(self, person_id: int | None, result: str) -> None:
        ctx, movement_id = self.ctx, self.movement_id
        self._enqueue(
            _Job(
                lambda: checkin.record_scan(ctx, movement_id, person_id, result),
                lambda _r: None,
                self._failed,
            )
        )

    # ------------------------------------------------------------ refusals and undo

    def mark_refusal(self, outcome: ManifestOutcome) -> None:
        """The person on screen refuses (or is turned back): the refusal form, then the
        outcome; a boarding by their own last scan is taken back first."""
        line = self.lines.get(self.current) if self.current is not None else None
        if self.movement is None or line is None:
            return
        last = self.history[-1] if self.history else None
        undo_first = (
            line.outcome is ManifestOutcome.BOARDED
            and last is not None
            and last.person_id == line.person_id
        )
        if line.outcome is not None and not undo_first:
            dialogs.show_error(
                self,
                arg(self.tr("%1 already has the outcome '%2'."), line.name, label(line.outcome)),
            )
            return
        refusal = refusal_form.ask_refusal(
            self.ctx, self, line.name, self.movement.rendezvous_point_id
        )
        if refusal is None:
            return
        if undo_first:
            self.undo_last()
        self._refuse(line.person_id, outcome, refusal)

    def _refuse(self, person_id: int, outcome: ManifestOutcome, refusal: RefusalInput) -> None:
        ctx, movement_id = self.ctx, self.movement_id
        before = self.lines[person_id].outcome
        self._set_outcome(person_id, outcome)
        scan = _Scan(person_id, before)
        scan.job = _Job(
            lambda: movements.record_outcomes(ctx, movement_id, [person_id], outcome, refusal),
            lambda result: self._recorded(scan, result),
            lambda error: self._not_recorded(scan, error),
        )
        self.history.append(scan)
        self._show(Verdict.REFUSED, label(outcome), self.lines[person_id])
        self._enqueue(scan.job)

    def undo_last(self) -> None:
        """Take back the last scan that changed the manifest."""
        if not self.history:
            return
        scan = self.history.pop()
        self._set_outcome(scan.person_id, scan.before)
        self.current = scan.person_id
        self._show(Verdict.ALREADY, self.tr("Undone"), self.lines[scan.person_id])
        job = scan.job
        if job is not None and job in self.queue and job is not self.in_flight:  # not written
            self.queue.remove(job)
            self._show_saving()
            if not self.pending:
                self.saved.emit()
            return
        ctx = self.ctx

        def take_back() -> ManifestChange | None:
            # Runs after the scan's own write (the queue is in order): its change is known.
            return checkin.undo_scan(ctx, scan.change) if scan.change is not None else None

        self._enqueue(_Job(take_back, lambda _r: None, self._undo_failed))

    def _recorded(self, scan: _Scan, result: ManifestResult) -> None:
        scan.change = result.change
        self.movement = result.movement
        saved = {line.person_id: line for line in result.movement.manifest}
        if scan.person_id in saved and scan in self.history:  # as the database has them now
            self.lines[scan.person_id] = saved[scan.person_id]
        self._show_totals()

    def _not_recorded(self, scan: _Scan, error: BaseException) -> None:
        """The database refused the scan (someone else marked the person meanwhile)."""
        if scan in self.history:
            self.history.remove(scan)
        self._set_outcome(scan.person_id, scan.before)
        self._failed(error)
        self.reload()

    def _undo_failed(self, error: BaseException) -> None:
        self._failed(error)
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self._show(Verdict.REFUSED, self.tr("Not saved"))
        # Only our own messages: a database error's text may quote the values it was given.
        self.person.setText(str(error) if isinstance(error, EvactrackError) else "")
        dialogs.show_error(self, error)

    # ------------------------------------------------------------ the write queue

    def _enqueue(self, job: _Job) -> None:
        self.queue.append(job)
        self._pump()

    def _pump(self) -> None:
        if self.in_flight is None and self.queue:
            job = self.in_flight = self.queue[0]
            Operation(self, lambda _p: job.fn(), write=True).success(
                lambda result: self._written(job, result)
            ).failure(lambda error: self._write_failed(job, error)).run()
        self._show_saving()

    def _written(self, job: _Job, result: Any) -> None:
        self.in_flight, self.retries = None, 0
        self.queue.popleft()
        job.done(result)
        self._pump()
        if not self.pending:
            self.saved.emit()

    def _write_failed(self, job: _Job, error: BaseException) -> None:
        self.in_flight = None
        if checkin.is_busy(error):  # stays first in the queue, tried again
            delay = RETRY_MS[min(self.retries, len(RETRY_MS) - 1)]
            self.retries += 1
            self._show_saving()
            QTimer.singleShot(delay, self._pump)
            return
        self.retries = 0
        self.queue.popleft()
        job.failed(error)
        self._pump()
        if not self.pending:
            self.saved.emit()

    def _show_saving(self) -> None:
        if not self.pending:
            self.saving.setText("")
        elif self.retries:
            self.saving.setText(
                self.tr("Database busy: %n scan(s) waiting, tried again", "", self.pending)
            )
        else:
            self.saving.setText(self.tr("Saving…"))
        self._update_buttons()

    # ------------------------------------------------------------ the screen

    def _set_outcome(self, person_id: int, outcome: ManifestOutcome | None) -> None:
        line = self.lines[person_id]
        self.lines[person_id] = replace(line, outcome=outcome)
        self._show_totals()

    def _show(self, verdict: Verdict, text: str, line: ManifestLine | None = None) -> None:
        palette = self.verdict.palette()
        palette.setColor(self.verdict.backgroundRole(), verdict.value)
        palette.setColor(self.verdict.foregroundRole(), "white")
        self.verdict.setPalette(palette)
        self.verdict.setText(text)
        self.field.setFocus()
        self.verdict.setProperty("verdict", verdict.name.lower())
        self.person.setText(self._about(line) if line is not None else "")
        self.family.setText(self._still_to_board(line) if line is not None else "")
        self._update_buttons()
        _sound(verdict)
        self.scanned.emit(verdict.name.lower())

    def _about(self, line: ManifestLine) -> str:
        name = f"{line.name} — {line.native_name}" if line.native_name else line.name
        rows = [f"#{line.person_id}  {name}"]
        if line.household_id is not None:
            rows.append(arg(self.tr("Household #%1"), line.household_id))
        if line.document_type is not None:
            rows.append(
                arg(
                    self.tr("Should carry: %1 %2"),
                    label(line.document_type),
                    line.document_number or "",
                ).strip()
            )
        else:
            rows.append(self.tr("No travel document on record"))
        return "\n".join(rows)

    def _still_to_board(self, line: ManifestLine) -> str:
        if line.household_id is None:
            return ""
        rest = [
            other.name
            for other in self.lines.values()
            if other.household_id == line.household_id
            and other.person_id != line.person_id
            and other.outcome is None
        ]
        if not rest:
            return ""
        return arg(self.tr("Still to board from this household: %1"), ", ".join(rest))

    def counts(self) -> tuple[int, int, int]:
        """Boarded, on the manifest, capacity: the running totals on screen."""
        boarded = sum(line.outcome is ManifestOutcome.BOARDED for line in self.lines.values())
        capacity = self.movement.capacity if self.movement is not None else 0
        return boarded, len(self.lines), capacity

    def _show_totals(self) -> None:
        boarded, expected, capacity = self.counts()
        self.totals.setText(
            arg(self.tr("Boarded %1 / on manifest %2 / capacity %3"), boarded, expected, capacity)
        )

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(bool(self.history))
        line = self.lines.get(self.current) if self.current is not None else None
        can_refuse = (
            self.movement is not None
            and self.movement.status in MARKING
            and line is not None
            and line.outcome not in REFUSALS
            and line.outcome is not ManifestOutcome.NO_SHOW
        )
        self.refused_button.setEnabled(can_refuse)
        self.turned_back_button.setEnabled(can_refuse)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in the scan field undoes the last scan, not the field's own typing (the field
        is emptied after each scan)."""
        if (
            watched is self.field
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            return True
        return super().eventFilter(watched, event)

    def may_close(self) -> bool:
        """Scans still being saved keep the screen (and the application) open: the
        caseworker sees each of them saved, or why not."""
        if self.pending:
            dialogs.show_info(
                self,
                self.tr(
                    "%n scan(s) are still being saved; close again in a moment.", "", self.pending
                ),
            )
        return not self.pending

    def reject(self) -> None:
        """Escape and Close alike."""
        if self.may_close():
            super().reject()


class _Sounds:
    """The three sounds of resources/sounds through QtMultimedia; where it cannot load (no
    audio library, no device) the system beep: once boarded, twice for anything else."""

    def __init__(self) -> None:
        self.effects: dict[Verdict, Any] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # e.g. no PulseAudio library on the machine
            return
        folder = resources_dir() / "sounds"
        for verdict in Verdict:
            effect = QSoundEffect(QApplication.instance())
            effect.setSource(QUrl.fromLocalFile(str(folder / f"{verdict.name.lower()}.wav")))
            self.effects[verdict] = effect

    def play(self, verdict: Verdict) -> None:
        effect = self.effects.get(verdict)
        if effect is not None:
            effect.play()
            return
        QApplication.beep()
        if verdict is not Verdict.BOARDED:
            QTimer.singleShot(150, QApplication.beep)


_sounds: _Sounds | None = None


def _sound(verdict: Verdict) -> None:
    global _sounds
    if _sounds is None:
        _sounds = _Sounds()
    _sounds.play(verdict)


def open_check_in(ctx: Context, parent: QWidget | None, movement_id: int) -> CheckInView:
    """Open the gate's screen for a movement, beside the window (not modal)."""
    view = CheckInView(ctx, movement_id, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
