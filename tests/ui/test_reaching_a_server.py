"""Opening a database server goes on while the window paints: a server that takes long to
answer, or never does, does not freeze the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evactrack.db import engine as engine_module
from evactrack.domain.errors import DatabaseOpenError
from evactrack.ui.views.unlock_dialog import open_asking_password


def test_the_window_goes_on_while_a_server_is_reached_then_says_it_was_not(
    qtbot: QtBot, silent_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "PG_CONNECT_TIMEOUT_S", 2)  # libpq's least
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(50)
    with pytest.raises(DatabaseOpenError, match="connection timeout expired"):
        open_asking_password(None, f"postgresql+psycopg://team@127.0.0.1:{silent_server}/cases")
    timer.stop()
    assert len(ticks) >= 10  # two seconds of a 50 ms timer: the GUI thread was free
    assert QApplication.overrideCursor() is None  # the busy cursor is gone
