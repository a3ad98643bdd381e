"""Background work: the newest load wins, and a short wait keeps the GUI thread running."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

from evactrack.domain.errors import ValidationError
from evactrack.ui import tasks
from evactrack.ui.tasks import Latest, Operation, Progress, wait


def test_only_the_newest_load_is_handed_over(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = Latest(owner)
    started, release = threading.Event(), threading.Event()
    got: list[str] = []

    def older(_progress: Progress) -> str:
        started.set()
        release.wait(10)  # does not look at its progress: its result comes back all the same
        return "older"

    latest.load(older, got.append)
    assert started.wait(10)
    latest.load(lambda _progress: "newer", got.append)
    qtbot.waitUntil(lambda: got == ["newer"])
    assert not latest.busy
    release.set()
    qtbot.waitUntil(lambda: not tasks._running)
    assert got == ["newer"]


def test_a_superseded_load_is_told_to_stop(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    latest = Latest(owner)
    told: list[bool] = []
    started = threading.Event()

    def polls(progress: Progress) -> None:
        started.set()
        deadline = time.monotonic() + 10
        while not progress.cancelled and time.monotonic() < deadline:
            time.sleep(0.001)
        told.append(progress.cancelled)
        progress.check()

    errors: list[BaseException] = []
    latest.load(polls, lambda _result: None, errors.append)
    assert started.wait(10)
    latest.drop()
    qtbot.waitUntil(lambda: not tasks._running)
    assert told == [True] and errors == []  # the cancellation is not an error to show


def test_errors_go_to_the_handler_and_nothing_reaches_a_deleted_owner(qtbot: Any) -> None:
    owner = QWidget()
    latest = Latest(owner)
    errors: list[str] = []

    def broken(_progress: Progress) -> None:
        raise ValidationError("no such point")

    latest.load(broken, lambda _r: None, lambda e: errors.append(str(e)))
    qtbot.waitUntil(lambda: errors == ["no such point"])

    release = threading.Event()
    got: list[str] = []

    def late(_progress: Progress) -> str:
        release.wait(10)
        return "late"

    latest.load(late, got.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not Shiboken.isValid(owner))
    release.set()
    qtbot.waitUntil(lambda: not tasks._running)
    assert got == []


def test_wait_keeps_the_event_loop_running_and_returns_or_raises(qtbot: Any) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    on: list[threading.Thread] = []

    def slow(_progress: Progress) -> int:
        on.append(threading.current_thread())
        time.sleep(0.2)
        return 42

    assert wait(Operation(None, slow)) == 42
    timer.stop()
    assert on and on[0] is not threading.main_thread()
    assert len(ticks) >= 10  # the GUI thread went on with its timers meanwhile

    def refused(_progress: Progress) -> None:
        raise ValidationError("Movement #3 is full.")

    with pytest.raises(ValidationError, match="is full"):
        wait(Operation(None, refused, write=True))
