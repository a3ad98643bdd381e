"""The read-only tables of the case window, and its times as colleagues on site read them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from evactrack.services.context import Context


def local_time(moment: datetime | None, tz: ZoneInfo) -> str:
    """A time in the operation's time zone, as the reports and colleagues on site read it."""
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def read_only_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """A table of whole rows, one chosen at a time, that the caseworker reads but never types in."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class CaseTab(QWidget):
    """A tab of the case window that lists one person's records (contacts, refusals,
    history) in a read-only table, read again by :meth:`load`."""

    def __init__(
        self, ctx: Context, person_id: int, tz: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.person_id, self.tz = ctx, person_id, tz
        self.table = read_only_table(self, self.headers())

    def headers(self) -> list[str]:
        """The table's column titles, translated."""
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError
