"""Colleagues' changes reach the open window: the views that show them reload, an open case
says who changed it, and a lost database server is said in the status bar until it is back.

The change feed (services/changes.py) waits on a thread of its own and hands over plain data
through signals; changes arriving close together are applied once.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import Shiboken

from evactrack.services import changes
from evactrack.services.changes import Change
from evactrack.services.context import Database

if TYPE_CHECKING:
    from evactrack.ui.main_window import MainWindow

log = logging.getLogger(__name__)

COALESCE_MS = 300  # changes arriving within this time reload a view once
STOP_WAIT_S = 3.0  # at most this long for the feed's thread to end (a wait is one second)
BACK_SHOWN_MS = 5_000
# The records each view shows: a colleague's change to one of them reloads the view.
SHOWN: dict[str, frozenset[str]] = {
    "CaseListView": frozenset({"person", "household", "import_batch"}),
    "MovementsBoard": frozenset({"movement", "person", "rendezvous_point"}),
    "RendezvousPointsView": frozenset({"rendezvous_point", "person", "movement"}),
    "DashboardView": frozenset({"person", "household", "movement", "import_batch"}),
}
FILTER_CHOICES = frozenset({"rendezvous_point", "movement"})  # the filter panel lists them


class ChangeWatcher(QObject):
    """The change feed of one database, run on a thread of its own until :meth:`stop`."""

    changed = Signal(object)  # tuple[Change, ...], colleagues' changes
    connection = Signal(bool)  # False: the server was lost; True: it is back

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(db,), name="evactrack-changes", daemon=True
        )

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Nothing is reported any more; the thread's connection is closed as it ends."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(STOP_WAIT_S)

    def _run(self, db: Database) -> None:
        try:
            for event in changes.watch(db, self._stop):
                if self._stop.is_set():
                    return
                if event.changes:
                    self.changed.emit(event.changes)
                if event.connected is not None:
                    self.connection.emit(event.connected)
        except Exception:  # noqa: BLE001 - the window works on without following colleagues
            log.exception("colleagues' changes are no longer followed")


class LiveUpdates(QObject):
    """Keeps a main window current with its colleagues' changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.watcher: ChangeWatcher | None = None
        self._pending: dict[Change, None] = {}
        self._stale: list[QWidget] = []  # views changed while hidden: reloaded when shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._apply)
        self.banner = QLabel(window)
        self.banner.setStyleSheet("color: #8a1c00; font-weight: bold")
        window.statusBar().addPermanentWidget(self.banner)
        self.banner.hide()

    @property
    def server_lost(self) -> bool:
        return not self.banner.isHidden()

    def follow(self, db: Database) -> None:
        """Follow ``db`` (and stop following the database shown before)."""
        self.stop()
        self.watcher = ChangeWatcher(db, self)
        self.watcher.changed.connect(self._changed)
        self.watcher.connection.connect(self._connection)
        self.watcher.start()

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        self._timer.stop()
        self._pending.clear()
        self._stale.clear()
        self.banner.hide()

    def _changed(self, batch: tuple[Change, ...]) -> None:
        self._pending.update(dict.fromkeys(batch))
        if not self._timer.isActive():  # a steady stream still reloads every COALESCE_MS
            self._timer.start()

    def _connection(self, connected: bool) -> None:
        """The words are chosen when shown: the language may have changed since the start."""
        self.banner.setText(
            self.tr("Connection to the server lost; your work is kept; reconnecting…")
        )
        self.banner.setHidden(connected)
        if connected:
            self.window.statusBar().showMessage(
                self.tr("Connection to the server is back."), BACK_SHOWN_MS
            )

    def _apply(self) -> None:
        batch, self._pending = tuple(self._pending), {}
        if self.window.closed or not batch:
            return
        kinds = {c.entity for c in batch}
        for view in [self.window.case_list, *self.window.side_views.values()]:
            if SHOWN.get(type(view).__name__, frozenset()) & kinds and view not in self._stale:
                self._stale.append(view)
        self.reload_shown()
        if kinds & FILTER_CHOICES:
            self.window.reload_filter_choices()
        for dialog in list(self.window.details.values()):
            dialog.colleagues_changed(batch)

    def reload_shown(self) -> None:
        """Reload the changed views that are on screen; the others wait until shown."""
        for view in list(self._stale):
            if not Shiboken.isValid(view):
                self._stale.remove(view)
            elif view.isVisible():
                self._stale.remove(view)
                view.refresh()  # type: ignore[attr-defined]
