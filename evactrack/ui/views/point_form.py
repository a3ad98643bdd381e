"""Create or edit a rendezvous point: name, address, coordinates, capacity."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from evactrack.domain.errors import EvactrackError, ValidationError
from evactrack.services import rendezvous
from evactrack.services.context import Context
from evactrack.services.rendezvous import PointDetail, PointInput
from evactrack.ui import dialogs
from evactrack.ui.tasks import FormSave
from evactrack.ui.widgets import SAVE, accept_cancel_buttons, mark_problems, save_shortcut

MAX_CAPACITY = 100_000


def read_coordinate(text: str, problem: str) -> float | None:
    """The number typed (a decimal comma is read too); ``problem`` says what is wrong."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(problem) from None


class PointForm(QDialog):
    """Saves on OK; a bad input shows its message and keeps the form open, changing nothing."""

    def __init__(
        self, ctx: Context, parent: QWidget | None = None, point: PointDetail | None = None
    ):
        super().__init__(parent)
        self.ctx, self.point = ctx, point
        self.saved: PointDetail | None = None
        self.setWindowTitle(
            self.tr("Edit rendezvous point") if point else self.tr("New rendezvous point")
        )
        self.name = QLineEdit(point.name if point else "")
        self.address = QPlainTextEdit(point.description or "" if point else "")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(60)
        self.latitude = QLineEdit(
            "" if point is None or point.latitude is None else str(point.latitude)
        )
        self.longitude = QLineEdit(
            "" if point is None or point.longitude is None else str(point.longitude)
        )
        self.latitude.setPlaceholderText(self.tr("e.g. 34.5553"))
        self.longitude.setPlaceholderText(self.tr("e.g. 69.2075"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("not set"))
        self.capacity.setValue(point.capacity or 0 if point else 0)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Latitude"), self.latitude)
        form.addRow(self.tr("Longitude"), self.longitude)
        form.addRow(self.tr("Capacity (persons)"), self.capacity)
        buttons = accept_cancel_buttons(self, SAVE)
        form.addRow(buttons)
        save_shortcut(self, self.accept)
        self.saver = FormSave(self, buttons)
        self.inputs: dict[str, QWidget] = {
            "name": self.name,
            "description": self.address,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "capacity": self.capacity,
        }
        self._shown = self._typed()

    def _typed(self) -> tuple[str, str, str, str, int]:
        return (
            self.name.text(),
            self.address.toPlainText(),
            self.latitude.text(),
            self.longitude.text(),
            self.capacity.value(),
        )

    def is_modified(self) -> bool:
        return self._typed() != self._shown

    @property
    def saving(self) -> bool:
        return self.saver.running

    def value(self) -> PointInput:
        """The point typed; every problem at once, each field at fault marked."""
        problems: dict[str, str] = {}
        coordinates: dict[str, float | None] = {"latitude": None, "longitude": None}
        for key, edit, problem in (
            ("latitude", self.latitude, self.tr("The latitude must be a number, like 34.5553.")),
            (
                "longitude",
                self.longitude,
                self.tr("The longitude must be a number, like 69.2075."),
            ),
        ):
            try:
                coordinates[key] = read_coordinate(edit.text(), problem)
            except ValidationError as exc:
                problems[key] = str(exc)
        data = PointInput(
            self.name.text(),
            self.address.toPlainText(),
            coordinates["latitude"],
            coordinates["longitude"],
            self.capacity.value() or None,
        )
        try:
            rendezvous.clean_point(data)
        except ValidationError as exc:
            for key in exc.fields:
                problems.setdefault(key, str(exc))
        mark_problems(self.inputs, problems)
        if problems:
            raise ValidationError("\n".join(dict.fromkeys(problems.values())), tuple(problems))
        return data

    def accept(self) -> None:
        """Check the form here, then save on the write worker; the form closes once saved."""
        if self.saving:
            return
        try:
            data = self.value()
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        ctx, point = self.ctx, self.point

        def save() -> PointDetail:
            if point is None:
                return rendezvous.create_point(ctx, data)
            return rendezvous.update_point(ctx, point.id, point.version, data)

        self.saver.start(save, self._saved)

    def _saved(self, point: PointDetail) -> None:
        self.saved = point

    def maybe_keep_edits(self) -> bool:
        """Whether the form may close now: nothing typed, or discarded at the caseworker's
        word. Save starts the save, and the form closes once it is done."""
        if self.saving:  # a save under way decides whether the form closes
            return False
        if not self.is_modified():
            return True
        answer = dialogs.ask_save_discard(self, self.tr("this rendezvous point"))
        if answer:
            self.accept()
        return answer is False

    def reject(self) -> None:
        """Escape, Cancel and the window's close button ask before dropping edits."""
        if self.maybe_keep_edits():
            super().reject()
