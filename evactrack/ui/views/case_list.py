"""The case list: search as you type, filters, sort, and a table that stays fast at 100k.

Queries run off the GUI thread. At most one runs at a time; while it runs, newer requests
replace each other, and a result that a newer request has made stale is dropped unseen, so
typing is never blocked and never waits for an old query.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain.errors import OperationCancelled, ServerUnreachableError
from evactrack.services import caselist
from evactrack.services.caselist import CaseQuery, StaleQuery
from evactrack.services.context import Context
from evactrack.services.search import search_tokens
from evactrack.ui import dialogs
from evactrack.ui.list_order import ListOrder, Shown
from evactrack.ui.models.case_table import (
    COLUMNS,
    HIDDEN_AT_FIRST,
    NAME,
    NATIVE_NAME,
    CaseTableModel,
)
from evactrack.ui.tasks import read_in_background
from evactrack.ui.widgets import native_script_font

log = logging.getLogger(__name__)
SEARCH_DEBOUNCE_MS = 120
MIN_SEARCH = 3
# After a list's first screen is shown: a keystroke that follows at once finds no counts running.
COUNTS_DELAY_MS = 30
COLUMNS_SETTING = "window/case_columns"
COLUMN_COUNT_SETTING = "window/case_column_count"


def effective_search(typed: str) -> str:
    """One or two characters (or digits of a phone number: "+93" is every Afghan number)
    match most of the list and cost a full scan; the search starts when a word or a run of
    digits has three, which the trigram index answers in milliseconds."""
    text = typed.strip()
    return text if max((len(t) for t in search_tokens(text)), default=0) >= MIN_SEARCH else ""


class RightToLeftDelegate(QStyledItemDelegate):
    """Native-script names are laid out right to left, whatever the interface language, in
    a font that has every letter of Dari and Pashto."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._font: tuple[str, QFont] | None = None  # the last cell's font, and its native one

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.direction = Qt.LayoutDirection.RightToLeft
        key = option.font.key()
        if self._font is None or self._font[0] != key:
            self._font = (key, native_script_font(option.font))
        option.font = self._font[1]


class _Delivery(QObject):
    """Carries a result from the worker to the GUI thread. It belongs to the list widget,
    so it is created and destroyed on the GUI thread whatever the worker does."""

    arrived = Signal(int, object, object)  # job number, result, error


class LatestOnly:
    """Runs one background query at a time. A newer request stops the running one (it is
    stale) and waits for it to end; only the newest request's result is delivered.

    Reads only: writes and long work go through :class:`evactrack.ui.tasks.Operation`.
    """

    def __init__(self, parent: QWidget, on_error: Callable[[BaseException], None]) -> None:
        self.on_error = on_error
        self._delivery = _Delivery(parent)
        self._delivery.arrived.connect(self._arrived)
        self._jobs = 0
        # The job running, its stop switch and what receives its result (None: dropped).
        self._running: tuple[int, StaleQuery, Callable[[Any], None] | None] | None = None
        self._next: tuple[Callable[[StaleQuery], Any], Callable[[Any], None]] | None = None

    @property
    def busy(self) -> bool:
        return self._running is not None or self._next is not None

    def submit(self, fn: Callable[[StaleQuery], Any], deliver: Callable[[Any], None]) -> None:
        self._next = (fn, deliver)
        if self._running is None:
            self._start()
        else:
            self._running[1].cancel()

    def cancel(self) -> None:
        """Stop the running query and forget the waiting one: nothing of either reaches the
        GUI, not even an error."""
        self._next = None
        if self._running is not None:
            job, stale, _deliver = self._running
            stale.cancel()
            self._running = (job, stale, None)

    def _start(self) -> None:
        if self._next is None:
            return
        fn, deliver = self._next
        self._next = None
        self._jobs += 1
        job, stale, delivery = self._jobs, StaleQuery(), self._delivery
        self._running = (job, stale, deliver)

        def work() -> None:
            result: Any = None
            error: BaseException | None = None
            try:
                result = fn(stale)
            except BaseException as exc:  # noqa: BLE001 - every failure goes to the GUI thread
                error = exc
            with suppress(RuntimeError):  # the list was closed while its query ran
                delivery.arrived.emit(job, result, error)

        if not read_in_background(work):  # quitting
            self._running = None

    def _arrived(self, job: int, result: Any, error: BaseException | None) -> None:
        if self._running is None or self._running[0] != job:
            return
        deliver = self._running[2]
        self._running = None
        if self._next is not None:
            self._start()
        elif deliver is None:
            return
        elif error is None:
            deliver(result)
        elif not isinstance(error, OperationCancelled):
            self.on_error(error)


class CaseListView(QWidget):
    """Search box, count and table; ``open_person`` fires on double-click or Enter."""

    open_person = Signal(int)
    screen_shown = Signal()  # a new first screen is on the table (a search's rest may follow)
    loaded = Signal(int)  # every person of the list is in the table: their number
    counts_loaded = Signal(object)  # FilterCounts for the filter panel
    selection_changed = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = CaseQuery()
        self.model = CaseTableModel(ctx, self)
        # Queued: the failure is noticed while painting, where no dialog may open.
        self.model.read_failed.connect(self._show_error, Qt.ConnectionType.QueuedConnection)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            self.tr(
                "Search names (either script), phone digits, document number, e-mail "
                "(3 characters or more)"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(NATIVE_NAME, RightToLeftDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        vertical = self.table.verticalHeader()
        # Fixed heights: Qt never has to measure 100,000 rows.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        vertical.hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        for column, width in enumerate((200, 180, 170, 150, 120, 220, 110, 160, 160)):
            self.table.setColumnWidth(column, width)
        for column in HIDDEN_AT_FIRST:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._columns_menu)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._search_now)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._go_to_results)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self.selection_changed.emit()
        )
        self._ids_runner = LatestOnly(self, self._show_error)
        self._counts_runner = LatestOnly(self, self._show_error)
        # The list's own copy of the search texts, read once the list is shown.
        self._texts_runner = LatestOnly(self, self._texts_failed)
        self._generation = 0
        self._select_first = False  # Enter was pressed in the search box
        self._reloads = 0  # queries asked: a first screen's rest is found for the newest only
        self._rest_due = False  # a first screen is shown, the search for its rest not started
        # The persons selected before a search's first screen, and the rows selected once it
        # was shown: re-selected with the rest of the hits unless the caseworker chose others.
        self._kept: tuple[set[int], list[int]] = (set(), [])
        self.order = ListOrder(ctx)
        # Counts are a luxury next to the list itself: they are asked once its first screen
        # is shown and typing has not gone on.
        self._counts_due = False
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_DELAY_MS)
        self._counts_timer.timeout.connect(self._count)

    # ------------------------------------------------------------ loading

    def reload(self, query: CaseQuery | None = None, *, fresh: bool = False) -> None:
        """Re-run the list's query after a filter, sort or search change (``fresh``: a write
        may have changed the order, so nothing cached is reused)."""
        if query is not None:
            self.query = query
        if fresh:
            self._generation += 1
        self._reloads += 1
        asked, generation, size = self.query, self._generation, self._rows_on_screen()
        order = self.order  # the worker gets plain objects only, never a widget
        self._ids_runner.submit(
            lambda stale: order.first_page(asked, generation, size, stale), self._show_ids
        )
        # Counts and texts for the old query would only compete with this one for the cores.
        self._counts_runner.cancel()
        self._texts_runner.cancel()
        self._counts_timer.stop()
        self._counts_due = True

    def stop_loading(self) -> None:
        """Drop every load running or due: nothing of it reaches the screen, not even an
        error (the emergency wipe is about to destroy the database)."""
        self._counts_timer.stop()
        self._counts_due = False
        self._reloads += 1  # a first screen's rest is not looked for
        for runner in (self._ids_runner, self._counts_runner, self._texts_runner):
            runner.cancel()

    def _rows_on_screen(self) -> int:
        """How many rows the table shows at once: the rows read with a new list's ids."""
        height = max(self.table.viewport().height(), self.table.height())
        return height // max(1, self.table.verticalHeader().defaultSectionSize()) + 1

    def _count(self) -> None:
        asked, ctx = self.query, self.ctx
        self._counts_runner.submit(
            lambda stale: caselist.filter_counts(ctx, asked, stale), self.counts_loaded.emit
        )

    def stop(self) -> None:
        """The window is closing: no query waits to start, those running stop."""
        self._debounce.stop()
        self.stop_loading()

    def refresh(self) -> None:
        """F5 and after writes: same query, fresh rows, selection kept."""
        self.reload(fresh=True)

    def _show_ids(self, shown: Shown) -> None:
        """Show the new list, or a search's first screen while its other hits are found;
        the persons selected before stay selected where shown."""
        selection = self.table.selectionModel()
        keep = set(self.selected_ids()) if selection.hasSelection() else set()
        self.model.set_ids(shown.ids, shown.rows)
        if self._select_first and shown.ids:
            self.table.selectRow(0)
        elif keep:
            self.select_ids(keep)
        self._select_first = False
        self._kept = (keep, self._selected_rows())
        self.screen_shown.emit()
        if self._counts_due:
            self._counts_due = False
            self._counts_timer.start()
        if shown.complete:
            self._show_count(shown)
            return
        self.count_label.setText(
            self.tr("%1+ persons…").replace("%1", QLocale().toString(len(shown.ids)))
        )
        asked, generation, order = self.query, self._generation, self.order
        size, reloads = len(shown.ids), self._reloads

        def find_the_rest() -> None:
            self._rest_due = False
            if reloads == self._reloads:  # no newer query asked, nothing stopped meanwhile
                self._ids_runner.submit(
                    lambda stale: order.page(asked, generation, size, stale), self._show_rest
                )

        # Once the first screen is painted: the worker would compete with the painting.
        self._rest_due = True
        QTimer.singleShot(0, self, find_the_rest)

    def _show_rest(self, shown: Shown) -> None:
        """A search's other hits, after the first screen: added below it, where the
        caseworker is left looking and choosing as they were."""
        keep, rows_then = self._kept
        self.model.extend_ids(shown.ids)
        if keep and self._selected_rows() == rows_then:
            self.select_ids(keep)
        self._show_count(shown)

    def _selected_rows(self) -> list[int]:
        return sorted(i.row() for i in self.table.selectionModel().selectedRows())

    def _show_count(self, shown: Shown) -> None:
        """The whole list is in the table: its number, and the texts for the next search."""
        ids = shown.ids
        self.count_label.setText(self.tr("%Ln person(s)", "", len(ids)))
        self.loaded.emit(len(ids))
        asked, generation, order = self.query, self._generation, self.order
        if not order.has_texts(asked, generation):
            self._texts_runner.submit(
                lambda stale: order.load_texts(asked, generation, stale), lambda _none: None
            )

    def _texts_failed(self, error: BaseException) -> None:
        """Searching goes on through the index alone; the next list shown tries again."""
        log.warning("cannot read the search texts: %s", error)

    def _show_error(self, error: BaseException) -> None:
        """A lost server is the window's banner's to say (it reloads the list once back):
        a dialog for each background read would only repeat it."""
        if not isinstance(error, ServerUnreachableError):
            dialogs.show_error(self, error)

    def _typed(self) -> None:
        """Typing goes on: the search waits for a pause, and so do the counts of the last."""
        self._debounce.start()
        self._counts_timer.stop()
        self._counts_due = False

    def _search_now(self) -> None:
        """Runs when typing pauses; a change that does not change what is searched for
        (a space, a capital, a hyphen in a phone number) costs nothing."""
        text = effective_search(self.search.text())
        if search_tokens(text) != search_tokens(self.query.search):
            self.reload(replace(self.query, search=text))

    def save_columns(self, settings: QSettings) -> None:
        """Widths, order and the columns chosen, for the next start."""
        settings.setValue(COLUMNS_SETTING, self.table.horizontalHeader().saveState())
        settings.setValue(COLUMN_COUNT_SETTING, self.model.columnCount())

    def restore_columns(self, settings: QSettings) -> None:
        """The columns as last left; a layout saved before a column was added is not used,
        or the new column would show unasked."""
        state = settings.value(COLUMNS_SETTING)
        count = settings.value(COLUMN_COUNT_SETTING)
        if isinstance(state, QByteArray) and str(count) == str(self.model.columnCount()):
            self.table.horizontalHeader().restoreState(state)

    def columns_menu(self) -> QMenu:
        """A tick for each column but the name: the caseworker chooses what the list shows
        (the window remembers it with the rest of the header)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, title in enumerate(self.model.column_titles()):
            if column == NAME:
                continue
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(
                lambda shown, column=column: header.setSectionHidden(column, not shown)
            )
        return menu

    def _columns_menu(self, pos: QPoint) -> None:
        menu = self.columns_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(COLUMNS):
            descending = order == Qt.SortOrder.DescendingOrder
            self.reload(replace(self.query, sort=COLUMNS[column], descending=descending))

    @property
    def busy(self) -> bool:
        return (
            self._ids_runner.busy
            or self._counts_runner.busy
            or self._texts_runner.busy
            or self._debounce.isActive()
            or self._counts_due
            or self._counts_timer.isActive()
            or self._rest_due
        )

    # ------------------------------------------------------------ selection

    def selected_ids(self) -> list[int]:
        return [self.model.person_id(r) for r in self._selected_rows()]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.person_id(index.row()) if index.isValid() else None

    def select_ids(self, person_ids: set[int]) -> None:
        """Select these persons' rows in one step (one signal, however many rows)."""
        rows = self.model.rows_of(person_ids)
        selection = QItemSelection()
        last_column = self.model.columnCount() - 1
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i] != rows[i - 1] + 1:
                selection.select(
                    self.model.index(rows[start], 0), self.model.index(rows[i - 1], last_column)
                )
                start = i
        model = self.table.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            model.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_person.emit(self.model.person_id(row))

    def _go_to_results(self) -> None:
        """Enter in the search box: search now and move to the first result."""
        self._debounce.stop()
        self._search_now()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self._ids_runner.busy:
            self._select_first = True
        elif self.model.rowCount():
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The keys between the search box and the results (Help → Keyboard shortcuts)."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key, plain = event.key(), event.modifiers() == Qt.KeyboardModifier.NoModifier
        if watched is self.search and plain and key == Qt.Key.Key_Down:
            self._enter_results()
            return True
        if watched is self.search and plain and key == Qt.Key.Key_Escape and self.search.text():
            self.search.clear()
            return True
        if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_row(self.table.currentIndex().row())
            return True
        at_top = self.table.currentIndex().row() <= 0
        if watched is self.table and plain and key == Qt.Key.Key_Up and at_top:
            self.focus_search()
            return True
        return False

    def _enter_results(self) -> None:
        """Down in the search box: into the list, on the person already chosen there or the
        first one (once a pending search has shown its results)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._search_now()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self._ids_runner.busy:
            self._select_first = True
        elif self.table.selectionModel().hasSelection() and self.table.currentIndex().isValid():
            return
        elif self.model.rowCount():
            self.table.selectRow(0)

    def clear_search(self) -> None:
        """Empty the search box without a search of its own: the next reload lists without it."""
        blocked = self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(blocked)
        self._debounce.stop()
        self.query = replace(self.query, search="")

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
