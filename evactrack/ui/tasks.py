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

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
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
    finished = Signal()  # from the worker: the outcome is on the operation
    succeeded = Signal(object)  # on the GUI thread, with the result
    failed = Signal(object)  # on the GUI thread, with the error


class _Runner(QRunnable):
    """Runs an operation's function on a worker thread.

    The worker must never drop the last reference to anything made on the GUI thread (the
    function's closure holds widgets; a traceback holds frames): Qt objects destroyed on the
    wrong thread crash the process. So the outcome is handed to the operation, which the GUI
    thread keeps alive, the worker lets go of everything, and only then signals a bare
    ``finished``.
    """

    def __init__(self, operation: Operation[Any]):
        super().__init__()
        self.operation: Operation[Any] | None = operation

    def run(self) -> None:
        operation, self.operation = self.operation, None
        if operation is None:
            return
        signals = operation.signals
        try:
            operation.outcome = (True, operation.fn(operation.progress))
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the GUI thread
            operation.outcome = (False, exc)
            del exc
        del operation
        signals.finished.emit()


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
        self.outcome: tuple[bool, Any] | None = None
        self._in_progress_update = False

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
        self.signals.finished.connect(self._finished)
        _running.add(self)
        pool = write_pool() if self.write else QThreadPool.globalInstance()
        pool.start(_Runner(self))
        return self

    def _show_progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        # A modal dialog's setValue processes events: the outcome may arrive in there, and
        # must not delete the dialog under its own feet (see _finished).
        self._in_progress_update = True
        try:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)
        finally:
            self._in_progress_update = False

    def _release(self) -> None:
        _running.discard(self)
        self.signals.deleteLater()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.deleteLater()
            self.dialog = None

    def _finished(self) -> None:
        if self._in_progress_update:
            QTimer.singleShot(0, self._finished)
            return
        outcome, self.outcome = self.outcome, None
        self._close_dialog()
        self._release()
        if outcome is None:
            return
        ok, value = outcome
        if ok:
            self.signals.succeeded.emit(value)
            self._on_success(value)
        else:
            self.signals.failed.emit(value)
            self._on_failure(value)
