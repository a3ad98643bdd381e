"""The dashboard loads as the other views do: in the background, with no dialog, saying in
its own status line that it is counting, and a newer refresh superseding an older one."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog

from evactrack.services.context import Context
from evactrack.ui import tasks
from evactrack.ui.tasks import loading_text
from evactrack.ui.views.dashboard_view import DashboardView
from tests.factories import make_person


def all_done(qtbot: Any) -> None:
    """Wait until every background operation has been handled (as tests/ui/conftest.py)."""
    qtbot.waitUntil(lambda: not tasks._running, timeout=10_000)


@pytest.fixture
def progress_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The labels of the progress dialogs operations ask for."""
    asked: list[str] = []
    with_progress = tasks.Operation.with_progress

    def recording(self: Any, label: str) -> Any:
        asked.append(label)
        return with_progress(self, label)

    monkeypatch.setattr(tasks.Operation, "with_progress", recording)
    return asked


def test_a_refresh_shows_no_dialog_but_says_it_is_counting(
    qtbot: Any, sqlite_ctx: Context, progress_dialogs: list[str]
) -> None:
    make_person(sqlite_ctx, "Ahmad")
    view = DashboardView(sqlite_ctx)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()  # as MainWindow.refresh_all does after every write elsewhere
        assert progress_dialogs == []
        assert view.findChildren(QProgressDialog) == []
        assert view.status.isVisible()
        assert view.status.text() == loading_text()
    assert view.cards["total"].value.text() == "1"
    assert view.status.text() == ""
    assert not view.loading and view.refresh_button.isEnabled()


def test_a_newer_refresh_supersedes_one_still_running(qtbot: Any, sqlite_ctx: Context) -> None:
    view = DashboardView(sqlite_ctx)
    qtbot.addWidget(view)
    shown: list[str] = []
    view.refreshed.connect(lambda: shown.append(view.cards["total"].value.text()))
    view.refresh()
    make_person(sqlite_ctx, "Ahmad")
    view.refresh()
    all_done(qtbot)
    assert shown == ["1"]  # once, the newest figures: the older loads are dropped unseen
    assert view.status.text() == ""
