"""Table models of the rendezvous points view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from evactrack.services.rendezvous import ExpectedPerson, PointDetail
from evactrack.ui.i18n import arg, label
from evactrack.ui.models.movement_models import RowsModel, format_window, unnamed_movement


def fullness(point: PointDetail) -> str:
    """How full a point is: persons expected there against its capacity."""
    if not point.capacity:
        return arg(
            QCoreApplication.translate("PointTableModel", "%L1 (no capacity set)"), point.assigned
        )
    locale = QLocale()
    share = 100 * point.assigned // point.capacity
    return f"{locale.toString(point.assigned)} / {locale.toString(point.capacity)} ({share} %)"


def coordinates(point: PointDetail) -> str:
    if point.latitude is None or point.longitude is None:
        return ""
    return f"{point.latitude:.5f}, {point.longitude:.5f}"


class PointTableModel(RowsModel[PointDetail]):
    def __init__(self) -> None:
        super().__init__()
        yes, no = self.tr("yes"), self.tr("no")
        self.columns = (
            (self.tr("Rendezvous point"), lambda p: p.name),
            (self.tr("Address"), lambda p: p.description or ""),
            (self.tr("Coordinates"), coordinates),
            (
                self.tr("Capacity"),
                lambda p: "" if p.capacity is None else QLocale().toString(p.capacity),
            ),
            (self.tr("Assigned (open movements)"), fullness),
            (self.tr("Waiting (preferred point)"), lambda p: QLocale().toString(p.preferred)),
            (self.tr("Active"), lambda p: yes if p.active else no),
        )

    def row_of(self, point_id: int) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == point_id), None)


class ExpectedPeopleModel(RowsModel[ExpectedPerson]):
    def __init__(self, operation_tz: str) -> None:
        super().__init__()
        self.operation_tz = operation_tz  # set again when the view's data (and zone) arrive
        self.columns = (
            (self.tr("Person"), lambda e: e.name),
            (self.tr("Case status"), lambda e: label(e.status)),
            (self.tr("Movement"), lambda e: e.movement_name or unnamed_movement(e.movement_id)),
            (
                self.tr("Time window"),
                lambda e: format_window(e.window_start, e.window_end, self.operation_tz),
            ),
        )
