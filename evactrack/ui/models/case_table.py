"""The case list's table model: it holds only the ordered person ids and reads the rows of
the pages being shown through the services, so 100,000 persons cost a list of ints."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from evactrack.domain.timezones import utcnow, zone
from evactrack.services import caselist, settings
from evactrack.services.caselist import CaseRow
from evactrack.services.context import Context
from evactrack.services.stats import NOT_CONTACTED_HOURS
from evactrack.ui.i18n import label
from evactrack.ui.mime import PERSON_IDS_MIME, person_ids_mime

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex

# Column order of the list; each key is also the service's sort key.
COLUMNS = caselist.SORT_KEYS
NAME, NATIVE_NAME, LEGAL_STATUS, STATUS, HOUSEHOLD, PLACE, LAST_CONTACT, FLAGS = range(8)
STALE_CONTACT = QBrush(QColor(255, 214, 204))


class CaseTableModel(QAbstractTableModel):
    """Rows are fetched a page at a time and kept in a small LRU cache."""

    # A page is about a screenful: showing a search result reads one (64 rows take a third
    # of the time of 200, and a keystroke waits for it).
    PAGE_SIZE = 64
    MAX_PAGES = 125

    read_failed = Signal(object)  # the exception, once until a page is read again

    def __init__(self, ctx: Context, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._now = utcnow()
        self._failed = False
        self.tz = zone(settings.get(ctx, settings.OPERATION_TZ))

    # ------------------------------------------------------------ contents

    def set_ids(self, ids: list[int], first_page: list[CaseRow] | None = None) -> None:
        """Show these persons, in this order; cached rows are dropped. ``first_page``: the
        rows of ``ids[:PAGE_SIZE]`` already read off the GUI thread, so showing the list
        needs no query here."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        if first_page is not None:
            self._pages[0] = first_page
        self._now = utcnow()
        self.endResetModel()

    @property
    def ids(self) -> list[int]:
        return self._ids

    def person_id(self, row: int) -> int:
        return self._ids[row]

    def rows_of(self, person_ids: set[int]) -> list[int]:
        """Rows where these persons are shown (one pass over the ids)."""
        return [row for row, pid in enumerate(self._ids) if pid in person_ids]

    def case_row(self, row: int) -> CaseRow | None:
        """The data of one row, fetching its page if needed (``None``: deleted since, or
        the database cannot be read just now)."""
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch(page_no)
            if page is None:
                return None
        else:
            self._pages.move_to_end(page_no)
        wanted = self._ids[row]
        if offset < len(page) and page[offset].id == wanted:
            return page[offset]
        return next((r for r in page if r.id == wanted), None)

    def _fetch(self, page_no: int) -> list[CaseRow] | None:
        """Read one page. Qt asks from inside painting, where an exception cannot go up:
        a failure is reported once (``read_failed``) and the page is asked again later."""
        start = page_no * self.PAGE_SIZE
        try:
            page = caselist.rows(self.ctx, self._ids[start : start + self.PAGE_SIZE])
        except Exception as exc:  # noqa: BLE001 - reported through the signal, and logged
            if not self._failed:
                self._failed = True
                log.exception("cannot read a page of the case list")
                self.read_failed.emit(exc)
            return None
        self._failed = False
        self._pages[page_no] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # ------------------------------------------------------------ Qt model interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Name (native script)"),
            self.tr("Legal status"),
            self.tr("Case status"),
            self.tr("Household"),
            self.tr("Rendezvous point / movement"),
            self.tr("Last contact"),
            self.tr("Vulnerability"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        page = self._pages.get(index.row() // self.PAGE_SIZE)
        row = self.case_row(index.row())
        if row is None:
            # Only a page that was read can tell that a person is gone.
            deleted = page is not None or not self._failed
            shown = self.tr("(deleted)") if deleted else "…"
            return shown if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == NATIVE_NAME:
                # Absolute: in a right-to-left cell a plain AlignRight would be mirrored.
                return int(
                    Qt.AlignmentFlag.AlignRight
                    | Qt.AlignmentFlag.AlignAbsolute
                    | Qt.AlignmentFlag.AlignVCenter
                )
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return STALE_CONTACT if column == LAST_CONTACT and self._stale(row) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == LAST_CONTACT and row.last_contact_at is not None:
                moment = row.last_contact_at.astimezone(self.tz)
                return f"{moment:%Y-%m-%d %H:%M} {self.tz.key}"
            if column == FLAGS and row.flags:
                return ", ".join(label(f) for f in sorted(row.flags))
            return None
        return self._display(row, column)

    def _stale(self, row: CaseRow) -> bool:
        last = row.last_contact_at
        return last is None or self._now - last > timedelta(hours=NOT_CONTACTED_HOURS)

    def _display(self, row: CaseRow, column: int) -> str:
        if column == NAME:
            return row.name
        if column == NATIVE_NAME:
            return row.native_name or ""
        if column == LEGAL_STATUS:
            return label(row.legal_status)
        if column == STATUS:
            return label(row.status)
        if column == HOUSEHOLD:
            return row.household or ""
        if column == PLACE:
            return " / ".join(x for x in (row.rendezvous_point, row.movement) if x)
        if column == LAST_CONTACT:
            return self.age(row.last_contact_at)
        return ", ".join(label(f) for f in sorted(row.flags))

    def age(self, moment: datetime | None) -> str:
        """How long ago, in the coarsest unit that still says something."""
        if moment is None:
            return self.tr("never")
        minutes = max(0, int((self._now - moment).total_seconds() // 60))
        if minutes < 60:
            return self.tr("%n min ago", "", minutes)
        if minutes < 48 * 60:
            return self.tr("%n h ago", "", minutes // 60)
        return self.tr("%n days ago", "", minutes // (24 * 60))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    # ------------------------------------------------------------ drag and drop

    def mimeTypes(self) -> list[str]:
        return [PERSON_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return person_ids_mime([self._ids[r] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
