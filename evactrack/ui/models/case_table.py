"""The case list's table model: it holds only the ordered person ids and reads the rows of
the pages being shown through the services, so 100,000 persons cost a list of ints."""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from datetime import datetime
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from evactrack.domain.phones import display_with_validity
from evactrack.domain.timezones import utcnow, zone
from evactrack.services import caselist, settings
from evactrack.services.caselist import CaseRow
from evactrack.services.context import Context
from evactrack.ui.i18n import label
from evactrack.ui.mime import PERSON_IDS_MIME, person_ids_mime
from evactrack.ui.models.movement_models import unnamed_movement

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex

# Column order of the list; each key is also the service's sort key.
COLUMNS = caselist.SORT_KEYS
NAME, NATIVE_NAME, LEGAL_STATUS, STATUS, HOUSEHOLD, PLACE, LAST_CONTACT, FLAGS, PHONE = range(9)
# Shown once the caseworker chooses them (the header's context menu).
HIDDEN_AT_FIRST = (PHONE,)
STALE_CONTACT = QBrush(QColor(255, 214, 204))
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
# Absolute: in a right-to-left cell a plain AlignRight would be mirrored.
_RIGHT_ALIGNED = int(
    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
)
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
)


class _Line(NamedTuple):
    """One row as shown: its texts and tooltips by column, whether its last contact is too
    old, and its data (the phone column's text is worked out the first time it is shown:
    formatting numbers is half of a row's cost, and the column starts hidden)."""

    texts: list[str | None]
    tips: tuple[str | None, ...]
    stale: bool
    case: CaseRow


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
        self._lines: dict[int, _Line] = {}
        self._now = utcnow()
        self._failed = False
        self.tz = zone(settings.get(ctx, settings.OPERATION_TZ))

    # ------------------------------------------------------------ contents

    def set_ids(self, ids: list[int], first_rows: list[CaseRow] | None = None) -> None:
        """Show these persons, in this order; cached rows are dropped. ``first_rows``: the
        rows of the first of ``ids``, already read off the GUI thread, so showing the list
        needs no query here."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._lines.clear()
        self._now = utcnow()
        read = {case.id: case for case in first_rows or ()}
        for row, person_id in enumerate(ids[: len(read)]):
            if person_id in read:
                self._lines[row] = self._shown(read[person_id])
        self.endResetModel()

    def extend_ids(self, ids: list[int]) -> None:
        """The whole list of which the rows shown are the beginning: the rest is added
        below them, so nothing shown moves and no row is read again. A list that does not
        begin with the rows shown (changed since) replaces them."""
        shown = len(self._ids)
        if len(ids) < shown or ids[:shown] != self._ids:
            self.set_ids(ids)
            return
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()

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
            self.tr("Phone"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks about five roles of every visible cell on each repaint: the answers are
        # kept per row (:meth:`_line`) and the roles compared as plain ints, which halves
        # the Python time of showing a search result.
        if role == _DISPLAY:
            line = self._line(index.row())
            if line is None:
                return self._missing(index)
            text = line.texts[index.column()]
            if text is None:
                text = line.texts[PHONE] = self._phones(line.case)
            return text
        if role == _BACKGROUND:
            if index.column() != LAST_CONTACT:
                return None
            line = self._line(index.row())
            return STALE_CONTACT if line is not None and line.stale else None
        if role == _ALIGNMENT:
            return _RIGHT_ALIGNED if index.column() == NATIVE_NAME else None
        if role == _TOOLTIP:
            line = self._line(index.row())
            return line.tips[index.column()] if line is not None else None
        return None

    def _line(self, row: int) -> _Line | None:
        """What row ``row`` shows (``None``: no such row, deleted, or not readable now)."""
        line = self._lines.get(row)
        if line is None:
            if not 0 <= row < len(self._ids):
                return None
            case = self.case_row(row)
            if case is None:
                return None
            if len(self._lines) >= self.PAGE_SIZE * self.MAX_PAGES:
                self._lines.clear()
            line = self._lines[row] = self._shown(case)
        return line

    def _missing(self, index: Index) -> str | None:
        """The text of a row that has no data: deleted, or its page could not be read."""
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        # Only a page that was read can tell that a person is gone.
        page = self._pages.get(index.row() // self.PAGE_SIZE)
        return self.tr("(deleted)") if page is not None or not self._failed else "…"

    def _shown(self, row: CaseRow) -> _Line:
        texts: list[str | None] = [self._display(row, column) for column in range(PHONE)]
        texts.append(None)  # PHONE, the last column: when first shown
        tips: list[str | None] = [None] * len(COLUMNS)
        if row.last_contact_at is not None:
            moment = row.last_contact_at.astimezone(self.tz)
            tips[LAST_CONTACT] = f"{moment:%Y-%m-%d %H:%M} {self.tz.key}"
        if row.flags:
            tips[FLAGS] = texts[FLAGS]
        return _Line(texts, tuple(tips), caselist.contact_overdue(row, self._now), row)

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
            movement = row.movement or (
                unnamed_movement(row.movement_id) if row.movement_id is not None else None
            )
            return " / ".join(x for x in (row.rendezvous_point, movement) if x)
        if column == LAST_CONTACT:
            return self.age(row.last_contact_at)
        return ", ".join(label(f) for f in sorted(row.flags))

    def _phones(self, row: CaseRow) -> str:
        not_valid = self.tr("not a valid number")
        return ", ".join(display_with_validity(n, valid, not_valid) for n, valid in row.phones)

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
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # ------------------------------------------------------------ drag and drop

    def mimeTypes(self) -> list[str]:
        return [PERSON_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return person_ids_mime([self._ids[r] for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
