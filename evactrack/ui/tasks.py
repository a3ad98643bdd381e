"""Background work: an operation with success, failure and progress.

The caller chains ``Operation(parent, fn).success(...).failure(...).with_progress(...).run()``.
``fn`` receives a :class:`Progress` it reports to and polls for cancellation; it runs on a
worker thread and must pass back plain data, never ORM objects. Writes go through one
single-thread pool so they are serialised. A view loads what it shows through
:class:`Latest`, where a newer load supersedes an older one still running. At quit,
:func:`stop_workers` lets the writes end and stops the reads; nothing starts afterwards.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget
from shiboken6 import Shiboken

from evactrack.domain.errors import OperationCancelled
from evactrack.ui import dialogs

log = logging.getLogger(__name__)
T = TypeVar("T")

_write_pool: QThreadPool | None = None
# Operations in flight, kept alive until their result has been handled.
_running: set[Operation[Any]] = set()
# Plain Python threads for the case list's reads: no QRunnable whose deletion on a worker
# thread would have to release Python objects.
_list_readers = ThreadPoolExecutor(max_workers=2, thread_name_prefix="evactrack-list")
_stopped = False


def write_pool() -> QThreadPool:
    """One worker for every database write, so two writes never race each other."""
    global _write_pool
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
    return _write_pool


def read_in_background(work: Callable[[], None]) -> bool:
    """Run one of the case list's reads on its own threads; ``False`` once the application
    is quitting, when nothing starts any more."""
    if _stopped:
        log.debug("quitting: a read was not started")
        return False
    _list_readers.submit(work)
    return True


def stop_workers() -> None:
    """At quit, once the window is closed: from now on no work starts, whatever signal asks
    for it; reads in flight are told to stop; the writes already given finish (a save is never
    cut short), then every worker has ended."""
    global _stopped
    _stopped = True
    for operation in list(_running):
        if not operation.write:
            operation.progress.cancel()
    write_pool().waitForDone()
    QThreadPool.globalInstance().waitForDone()
    _list_readers.shutdown(wait=True, cancel_futures=True)


class Progress:
    """Handed to the background function: report progress, check for cancel."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def advance(self, done: int, total: int = 0) -> None:
        """Report progress, first stopping the work if Cancel was pressed: the callback a
        service's long work is given."""
        self.check()
        self.report(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise :class:`OperationCancelled` if the caseworker pressed Cancel."""
        if self._cancel.is_set():
            raise OperationCancelled(
                QCoreApplication.translate("Operation", "Cancelled: nothing was changed.")
            )


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
        """Start the work; once the workers are stopped (quit) nothing starts, nothing is
        called back."""
        if _stopped:
            log.debug("quitting: an operation was not started")
            return self
        if self._label is not None:
            cancel = QCoreApplication.translate("Operation", "Cancel")
            dialog = QProgressDialog(self._label, cancel, 0, 0, self.parent)
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


def loading_text() -> str:
    """What a view or form shows where its data will be, until it has arrived."""
    return QCoreApplication.translate("Operation", "Loading…")


class Latest:
    """The reads behind one view, each superseding the one before.

    ``load`` starts an operation on the shared pool. A load still running when a newer one
    starts is told to stop (``progress.cancelled``) and its outcome, result or error, is
    dropped unseen, so the view never shows older data over newer. Nothing is handed to an
    owner that has been deleted meanwhile.
    """

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self._number = 0
        self._operation: Operation[Any] | None = None

    @property
    def busy(self) -> bool:
        """A load is running whose outcome will be handed over."""
        return self._operation is not None

    def load(
        self,
        fn: Callable[[Progress], T],
        deliver: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Operation[T]:
        """Start ``fn`` on a worker; ``deliver`` gets its result unless a newer load came."""
        self.drop()
        number = self._number
        on_error = failed if failed is not None else self._show_error

        def run(progress: Progress) -> T:
            progress.check()  # superseded before a worker was free: nothing to read
            return fn(progress)

        operation: Operation[T] = Operation(self.owner, run)
        operation.success(lambda result: self._handle(number, deliver, result))
        operation.failure(lambda error: self._handle(number, on_error, error))
        self._operation = operation
        return operation.run()

    def drop(self) -> None:
        """Forget the load that is running: its outcome will not be handed over."""
        self._number += 1
        if self._operation is not None:
            self._operation.progress.cancel()
            self._operation = None

    def _handle(self, number: int, handler: Callable[[Any], None], value: Any) -> None:
        if number != self._number:
            return  # superseded
        self._operation = None
        if Shiboken.isValid(self.owner) and not isinstance(value, OperationCancelled):
            handler(value)

    def _show_error(self, error: BaseException) -> None:
        dialogs.show_error(self.owner, error)


class FormSave:
    """A form's save on the write worker. The form stays open, its buttons off, until the save
    is done; then it closes, or it shows the error and lets the caseworker correct the form."""

    def __init__(self, dialog: QDialog, buttons: QWidget) -> None:
        self.dialog, self.buttons = dialog, buttons
        self.running = False

    def start(self, fn: Callable[[], T], saved: Callable[[T], None]) -> Operation[T]:
        """Run ``fn`` (the service call); ``saved`` gets its result before the form closes."""
        self.running = True
        self.buttons.setEnabled(False)
        return (
            Operation(self.dialog, lambda _progress: fn(), write=True)
            .success(lambda result: self._done(saved, result))
            .failure(self._failed)
            .run()
        )

    def _done(self, saved: Callable[[T], None], result: T) -> None:
        self.running = False
        if Shiboken.isValid(self.dialog):
            self.buttons.setEnabled(True)
            saved(result)
            QDialog.accept(self.dialog)  # the form's own accept starts the save

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if Shiboken.isValid(self.dialog):
            self.buttons.setEnabled(True)
            dialogs.show_error(self.dialog, error)


def wait(operation: Operation[T]) -> T:
    """Run ``operation`` and return its result (or raise its error) once it has ended.

    For a short step the caller cannot go on without, such as the reads before a dialog
    opens: the database work stays on a worker, the GUI thread keeps painting and running
    timers, and the caseworker's clicks and keys wait as they would behind a modal dialog.
    Replaces the operation's success and failure handlers; not for work with a progress
    dialog, whose Cancel button would wait too.
    """
    loop = QEventLoop()
    outcome: list[tuple[bool, Any]] = []

    def done(ok: bool, value: Any) -> None:
        outcome.append((ok, value))
        loop.quit()

    operation.success(lambda result: done(True, result))
    operation.failure(lambda error: done(False, error))
    operation.run()
    if _stopped:
        raise OperationCancelled(
            QCoreApplication.translate("Operation", "Cancelled: nothing was changed.")
        )
    if not outcome:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    ok, value = outcome[0]
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]


def wait_for_running(timeout_ms: int, busy: Callable[[], bool] = lambda: False) -> bool:
    """Let the operations in flight, and whatever ``busy`` says still works, end (painting and
    timers go on; clicks and keys wait), so that the database can be closed under none of
    them; False if some still run."""
    deadline = QDeadlineTimer(timeout_ms)
    while (_running or busy()) and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 20)
        QThread.msleep(2)
    return not (_running or busy())
