"""Plan or edit a movement: rendezvous point, time window, capacity, escort party.

The caseworker types times in the operation's time zone; they are stored in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from evactrack.domain.timezones import DEFAULT_OPERATION_TZ, utcnow, zone
from evactrack.services import movements, rendezvous, settings
from evactrack.services.context import Context
from evactrack.services.movements import MovementDetail, MovementInput
from evactrack.ui.models.movement_models import movement_label
from evactrack.ui.tasks import Latest, loading_text
from evactrack.ui.views.record_form import RecordForm
from evactrack.ui.widgets import SAVE

MAX_CAPACITY = 10_000
DEFAULT_CAPACITY = 40


def to_edit(moment: datetime, operation_tz: str) -> QDateTime:
    """A UTC moment as the wall-clock time of the operation, for a QDateTimeEdit."""
    local = moment.astimezone(zone(operation_tz))
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_edit(edit: QDateTimeEdit, operation_tz: str) -> datetime:
    """What the caseworker typed, read as the operation's wall-clock time."""
    moment = edit.dateTime()
    day, time = moment.date(), moment.time()
    return datetime(
        day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=zone(operation_tz)
    )


@dataclass(frozen=True)
class FormChoices:
    """What a form offers, read on a worker: the operation's zone and the points by name."""

    operation_tz: str
    points: list[tuple[int, str]]  # id and name


def load_choices(ctx: Context, include_inactive: bool) -> FormChoices:
    points = rendezvous.list_points(ctx, include_inactive=include_inactive)
    return FormChoices(
        settings.get(ctx, settings.OPERATION_TZ), [(point.id, point.name) for point in points]
    )


def save_movement(
    ctx: Context, movement: MovementDetail | None, data: MovementInput
) -> MovementDetail:
    """Plan the movement, or update the one opened (at the version opened)."""
    if movement is None:
        return movements.create_movement(ctx, data)
    return movements.update_movement(ctx, movement.id, movement.version, data)


class MovementForm(RecordForm[MovementInput, MovementDetail]):
    """The points and the operation's zone load in the background; Save waits for them."""

    loaded = Signal()  # the points are in the form

    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        movement: MovementDetail | None = None,
        point_id: int | None = None,
    ) -> None:
        super().__init__(ctx, movement, save_movement, parent)
        self.operation_tz = DEFAULT_OPERATION_TZ  # until the form's choices have arrived
        self.setWindowTitle(
            self.tr("Edit %s") % movement_label(movement)
            if movement
            else self.tr("Plan a movement")
        )
        self.name = QLineEdit(movement.name or "" if movement else "")
        self.name.setPlaceholderText(self.tr("optional, e.g. Abbey gate run 3"))
        self.point = QComboBox()
        self.point.addItem(loading_text())
        self._chosen_point = movement.rendezvous_point_id if movement else point_id
        start = movement.window_start if movement else utcnow() + timedelta(hours=2)
        end = movement.window_end if movement else start + timedelta(hours=3)
        self._window = (start, end)
        self.window_start = QDateTimeEdit(to_edit(start, self.operation_tz))
        self.window_end = QDateTimeEdit(to_edit(end, self.operation_tz))
        self._window_shown = (self.window_start.dateTime(), self.window_end.dateTime())
        for widget in (self.point, self.window_start, self.window_end):
            widget.setEnabled(False)  # until the zone and the points have arrived
        for edit in (self.window_start, self.window_end):
            edit.setCalendarPopup(True)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, MAX_CAPACITY)
        self.capacity.setValue(movement.capacity if movement else DEFAULT_CAPACITY)
        self.escort_party = QLineEdit(movement.escort_party or "" if movement else "")
        self.escort_contact = QLineEdit(movement.escort_contact or "" if movement else "")
        self.recognition_signal = QLineEdit(movement.recognition_signal or "" if movement else "")
        self.notes = QPlainTextEdit(movement.notes or "" if movement else "")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)

        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Rendezvous point"), self.point)
        form.addRow(self.tr("Window starts"), self.window_start)
        form.addRow(self.tr("Window ends"), self.window_end)
        form.addRow(self.tr("Capacity (persons)"), self.capacity)
        form.addRow(self.tr("Escort party"), self.escort_party)
        form.addRow(self.tr("Escort contact"), self.escort_contact)
        form.addRow(self.tr("Recognition signal"), self.recognition_signal)
        form.addRow(self.tr("Notes"), self.notes)
        self.inputs = {
            "name": self.name,
            "rendezvous_point_id": self.point,
            "window_start": self.window_start,
            "window_end": self.window_end,
            "capacity": self.capacity,
        }
        self.save_button = self._add_buttons(form).button(SAVE)
        self.save_button.setEnabled(False)
        self.choices = Latest(self)
        self.choices.load(lambda _progress: load_choices(ctx, False), self._choices_loaded)

    def _typed(self) -> dict[str, object]:
        """What each field holds now, as the caseworker sees it."""
        return {
            "name": self.name.text(),
            "point": self.point.currentIndex(),
            "start": self.window_start.dateTime(),
            "end": self.window_end.dateTime(),
            "capacity": self.capacity.value(),
            "escort_party": self.escort_party.text(),
            "escort_contact": self.escort_contact.text(),
            "recognition_signal": self.recognition_signal.text(),
            "notes": self.notes.toPlainText(),
        }

    def subject(self) -> str:
        return self.tr("this movement")

    @property
    def loading(self) -> bool:
        return self.choices.busy

    def _choices_loaded(self, choices: FormChoices) -> None:
        self.operation_tz = choices.operation_tz
        self.point.clear()
        for point_id, name in choices.points:
            self.point.addItem(name, point_id)
        chosen = self._chosen_point
        if chosen is not None and self.point.findData(chosen) >= 0:
            self.point.setCurrentIndex(self.point.findData(chosen))
        for edit in (self.window_start, self.window_end):
            edit.setDisplayFormat(f"yyyy-MM-dd HH:mm '{self.operation_tz}'")
        self.set_window(*self._window)
        for widget in (self.point, self.window_start, self.window_end, self.save_button):
            widget.setEnabled(True)
        typed = self._typed()
        self._shown.update({key: typed[key] for key in ("point", "start", "end")})
        self.loaded.emit()

    def set_window(self, start: datetime, end: datetime) -> None:
        """Set the window from UTC moments (used by tests and by "plan another")."""
        self._window = (start, end)
        self.window_start.setDateTime(to_edit(start, self.operation_tz))
        self.window_end.setDateTime(to_edit(end, self.operation_tz))
        self._window_shown = (self.window_start.dateTime(), self.window_end.dateTime())

    def value(self) -> MovementInput:
        """The movement typed; every problem at once, each field at fault marked."""
        problems: dict[str, str] = {}
        point_id = self.point.currentData()
        if point_id is None:
            problems["rendezvous_point_id"] = self.tr(
                "Choose a rendezvous point; if there is none, create one (or reactivate it) "
                "in the rendezvous points view first."
            )
        # A time left as shown keeps its stored value, seconds included.
        start, end = self._window
        if self.window_start.dateTime() != self._window_shown[0]:
            start = from_edit(self.window_start, self.operation_tz)
        if self.window_end.dateTime() != self._window_shown[1]:
            end = from_edit(self.window_end, self.operation_tz)
        data = MovementInput(
            rendezvous_point_id=int(point_id or 0),
            window_start=start,
            window_end=end,
            capacity=self.capacity.value(),
            name=self.name.text(),
            escort_party=self.escort_party.text(),
            escort_contact=self.escort_contact.text(),
            recognition_signal=self.recognition_signal.text(),
            notes=self.notes.toPlainText(),
        )
        return self._checked(data, problems, movements.clean_movement)
