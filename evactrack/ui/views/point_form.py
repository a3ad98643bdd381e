"""Create or edit a rendezvous point: name, address, coordinates, capacity."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from evactrack.domain.errors import ValidationError
from evactrack.services import rendezvous
from evactrack.services.context import Context
from evactrack.services.rendezvous import PointDetail, PointInput
from evactrack.ui.views.record_form import RecordForm

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


def save_point(ctx: Context, point: PointDetail | None, data: PointInput) -> PointDetail:
    """Create the point, or update the one opened (at the version opened)."""
    if point is None:
        return rendezvous.create_point(ctx, data)
    return rendezvous.update_point(ctx, point.id, point.version, data)


class PointForm(RecordForm[PointInput, PointDetail]):
    def __init__(
        self, ctx: Context, parent: QWidget | None = None, point: PointDetail | None = None
    ):
        super().__init__(ctx, point, save_point, parent)
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
        self.inputs = {
            "name": self.name,
            "description": self.address,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "capacity": self.capacity,
        }
        self._add_buttons(form)

    def _typed(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "address": self.address.toPlainText(),
            "latitude": self.latitude.text(),
            "longitude": self.longitude.text(),
            "capacity": self.capacity.value(),
        }

    def subject(self) -> str:
        return self.tr("this rendezvous point")

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
        return self._checked(data, problems, rendezvous.clean_point)
