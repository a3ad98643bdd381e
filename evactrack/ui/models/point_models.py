"""Table models of the rendezvous points view."""

from __future__ import annotations

from evactrack.services.rendezvous import ExpectedPerson, PointDetail
from evactrack.ui.i18n import label
from evactrack.ui.models.movement_models import RowsModel, format_window


def fullness(point: PointDetail) -> str:
    """How full a point is: persons expected there against its capacity."""
    if not point.capacity:
        return f"{point.assigned} (no capacity set)"
    return f"{point.assigned} / {point.capacity} ({100 * point.assigned // point.capacity} %)"


def coordinates(point: PointDetail) -> str:
    if point.latitude is None or point.longitude is None:
        return ""
    return f"{point.latitude:.5f}, {point.longitude:.5f}"


class PointTableModel(RowsModel[PointDetail]):
    columns = (
        ("Rendezvous point", lambda p: p.name),
        ("Address", lambda p: p.description or ""),
        ("Coordinates", coordinates),
        ("Capacity", lambda p: "" if p.capacity is None else str(p.capacity)),
        ("Assigned (open movements)", fullness),
        ("Waiting (preferred point)", lambda p: str(p.preferred)),
        ("Active", lambda p: "yes" if p.active else "no"),
    )

    def row_of(self, point_id: int) -> int | None:
        return next((i for i, p in enumerate(self._rows) if p.id == point_id), None)


class ExpectedPeopleModel(RowsModel[ExpectedPerson]):
    def __init__(self, operation_tz: str) -> None:
        super().__init__()
        self.columns = (
            ("Person", lambda e: e.name),
            ("Case status", lambda e: label(e.status)),
            ("Movement", lambda e: e.movement_name or f"Movement #{e.movement_id}"),
            ("Time window", lambda e: format_window(e.window_start, e.window_end, operation_tz)),
        )
