"""Background work: an operation with success, failure and progress.

The caller chains ``Operation(parent, fn).success(...).failure(...).with_progress(...).run()``.
``fn`` receives a :class:`Progress` it reports to and polls for cancellation; it runs on a
worker thread and must pass back plain data, never ORM objects. Writes go through one
single-thread pool so they are serialised.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from evactrack.domain.errors import OperationCancelled
from evactrack.ui import dialogs

T = TypeVar("T")

_write_pool: QThreadPool | None = None
# Operations in flight, kept alive until their result has been handled.
_running: set[Operation[Any]] = set()


def write_pool() -> QThreadPool:
    """One worker for every database write, so two writes never race each other."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
    return _write_pool


class Progress:
    """Handed to the background function: report progress, check for cancel."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`OperationCancelled` if the caseworker pressed Cancel."""
        if self._cancel.is_set():
            raise OperationCancelled("Cancelled: nothing was changed.")


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.fn, self.signals, self.progress = fn, signals, progress

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


class Operation(Generic[T]):
    """One piece of background work and what the GUI does with its outcome."""

    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], T], *, write: bool = False):
        self.parent, self.fn, self.write = parent, fn, write
        # Parented, so the C++ object is never destroyed with a Python reference that a worker
        # thread drops last; it is deleted on the GUI thread once the outcome is handled.
        self.signals = _Signals(QCoreApplication.instance())
        self.progress = Progress(self.signals)
        self._on_success: Callable[[T], None] = lambda _result: None
        self._on_failure: Callable[[BaseException], None] = self._default_failure
        self._label: str | None = None
        self.dialog: QProgressDialog | None = None

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> Operation[T]:
        self._label = label
        return self

    def _default_failure(self, error: BaseException) -> None:
        if isinstance(error, OperationCancelled):
            return
        dialogs.show_error(self.parent, error)

    def run(self) -> Operation[T]:
        if self._label is not None:
            dialog = QProgressDialog(self._label, "Cancel", 0, 0, self.parent)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.canceled.connect(self.progress.cancel)
            self.signals.progress.connect(self._show_progress)
            self.dialog = dialog
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        _running.add(self)
        pool = write_pool() if self.write else QThreadPool.globalInstance()
        pool.start(_Runner(self.fn, self.signals, self.progress))
        return self

    def _show_progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog  # setValue may process events that close it
        if dialog is None:
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text and self.dialog is not None:
            dialog.setLabelText(text)

    def _release(self) -> None:
        _running.discard(self)
        self.signals.deleteLater()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _succeeded(self, result: T) -> None:
        self._close_dialog()
        self._release()
        self._on_success(result)

    def _failed(self, error: BaseException) -> None:
        self._close_dialog()
        self._release()
        self._on_failure(error)
