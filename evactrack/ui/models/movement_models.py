"""Table models of the movements board: movements, and the manifest of one movement."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from evactrack.domain.timezones import zone
from evactrack.services.movements import ManifestLine, MovementDetail
from evactrack.ui.i18n import arg, label

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
Column = tuple[str, Callable[[Any], str]]


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table of plain rows; each column is a header and a function of the row.

    Subclasses give their columns in ``__init__`` with ``self.tr``: Qt looks a translation
    up under the class of the object, never under a base class.
    """

    columns: Sequence[Column] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[index.column()][1](self._rows[index.row()])

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


def format_window(start: datetime, end: datetime, operation_tz: str) -> str:
    """``2021-08-26 14:00–17:00 Asia/Kabul``: a time window in the operation's zone."""
    tz = zone(operation_tz)
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    until = (
        f"{local_end:%H:%M}"
        if local_end.date() == local_start.date()
        else f"{local_end:%Y-%m-%d %H:%M}"
    )
    return f"{local_start:%Y-%m-%d %H:%M}–{until} {operation_tz}"


def movement_label(movement: MovementDetail) -> str:
    """The movement's name, or "Movement #12" in the interface's language."""
    return movement.name or unnamed_movement(movement.id)


def unnamed_movement(movement_id: int) -> str:
    return arg(QCoreApplication.translate("MovementTableModel", "Movement #%1"), movement_id)


def _count(value: int) -> str:
    return QLocale().toString(value)


def _free_places(m: MovementDetail) -> str:
    return _count(m.capacity - m.headcount.expected)


class MovementTableModel(RowsModel[MovementDetail]):
    """Movements by window start, with their head counts; times in the operation's zone."""

    def __init__(self, operation_tz: str) -> None:
        super().__init__()
        self.operation_tz = operation_tz
        self.columns = (
            (self.tr("Movement"), movement_label),
            (self.tr("Rendezvous point"), lambda m: m.rendezvous_point),
            (
                self.tr("Time window"),
                lambda m: format_window(m.window_start, m.window_end, self.operation_tz),
            ),
            (self.tr("Status"), lambda m: label(m.status)),
            (
                self.tr("On manifest"),
                lambda m: f"{_count(m.headcount.expected)} / {_count(m.capacity)}",
            ),
            (self.tr("Free places"), _free_places),
            (self.tr("Boarded"), lambda m: _count(m.headcount.boarded)),
            (self.tr("Refused"), lambda m: _count(m.headcount.refused + m.headcount.turned_back)),
            (self.tr("No show"), lambda m: _count(m.headcount.no_show)),
            (self.tr("Escort party"), lambda m: m.escort_party or ""),
        )

    def row_of(self, movement_id: int) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.id == movement_id), None)


NATIVE_NAME_COLUMN = 1


class ManifestTableModel(RowsModel[ManifestLine]):
    """The persons on one movement's manifest and what happened to each at the meeting point."""

    def __init__(self) -> None:
        super().__init__()
        pending = self.tr("pending")
        self.columns = (
            (self.tr("Person"), lambda p: p.name),
            (self.tr("Native name"), lambda p: p.native_name or ""),
            (self.tr("Born"), lambda p: p.date_of_birth or ""),
            (self.tr("Legal status"), lambda p: label(p.legal_status)),
            (self.tr("Case status"), lambda p: label(p.status)),
            (self.tr("Household"), lambda p: f"#{p.household_id}" if p.household_id else ""),
            (
                self.tr("Document"),
                lambda p: (
                    f"{label(p.document_type)} {p.document_number}" if p.document_type else ""
                ),
            ),
            (self.tr("Outcome"), lambda p: label(p.outcome) if p.outcome else pending),
        )
