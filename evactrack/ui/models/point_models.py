"""Table models of the rendezvous points view."""

from __future__ import annotations

from dataclasses import dataclass

from evactrack.domain.enums import CaseStatus
from evactrack.services.rendezvous import PointDetail
from evactrack.ui.i18n import label
from evactrack.ui.models.movement_models import RowsModel


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


@dataclass(frozen=True, slots=True)
class AssignedPerson:
    """A person expected at a point: on the manifest of an open movement from it."""

    person_id: int
    name: str
    status: CaseStatus
    movement: str
    window: str


class AssignedPeopleModel(RowsModel[AssignedPerson]):
    columns = (
        ("Person", lambda a: a.name),
        ("Case status", lambda a: label(a.status)),
        ("Movement", lambda a: a.movement),
        ("Time window", lambda a: a.window),
    )
