"""A tab built the first time it is opened loads what it shows once, not twice."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from evactrack.services.context import Context
from evactrack.ui import tasks
from evactrack.ui.main_window import MainWindow
from tests.factories import make_person

# Tab title, and the class of the view built in it.
SIDE_TABS = (
    ("Movements", "MovementsBoard"),
    ("Rendezvous points", "RendezvousPointsView"),
    ("Dashboard", "DashboardView"),
)


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How many loads each kind of view has started, by its class name."""
    started: Counter[str] = Counter()
    load = tasks.Latest.load

    def counting(
        self: tasks.Latest,
        fn: Callable[[tasks.Progress], Any],
        deliver: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> Any:
        started[type(self.owner).__name__] += 1
        return load(self, fn, deliver, failed)

    monkeypatch.setattr(tasks.Latest, "load", counting)
    return started


@pytest.fixture
def window(qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path) -> MainWindow:
    make_person(sqlite_ctx, "Zahra", "Ahmadi")
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    main = MainWindow(sqlite_ctx, settings)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded):
        main.show()
    return main


def tab_index(window: MainWindow, title: str) -> int:
    return next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == title)


@pytest.mark.parametrize(("title", "class_name"), SIDE_TABS)
def test_the_first_opening_of_a_tab_loads_its_view_once(
    qtbot: QtBot, window: MainWindow, loads: Counter[str], title: str, class_name: str
) -> None:
    index = tab_index(window, title)
    window.tabs.setCurrentIndex(index)
    view: Any = window.side_views[index]
    assert type(view).__name__ == class_name
    loaded = view.loaded  # what was asked for is on screen
    finished: list[None] = []
    loaded.connect(lambda: finished.append(None))
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)
    assert loads[class_name] == 1
    assert finished == [None]

    window.tabs.setCurrentIndex(0)  # shown again: the same view, not built nor read again
    window.tabs.setCurrentIndex(index)
    assert window.side_views[index] is view and window.tabs.widget(index) is view
    assert loads[class_name] == 1

    with qtbot.waitSignal(loaded, timeout=10_000):  # F5 and writes elsewhere reload it
        window.refresh_all()
    assert loads[class_name] == 2


def test_the_other_tabs_are_imported_only_when_first_shown() -> None:
    """The window imports its tabs plainly (type checkers and the bundle see them), yet
    only when one is first opened: the case list is on screen before the chart library
    is even imported."""
    code = (
        "import sys\n"
        "import evactrack.ui.main_window\n"
        "late = ('PySide6.QtCharts', 'evactrack.ui.views.dashboard_view',\n"
        "        'evactrack.ui.views.movements_view', 'evactrack.ui.views.rendezvous_view')\n"
        "print(sorted(m for m in late if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]"
