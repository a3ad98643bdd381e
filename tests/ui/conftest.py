"""GUI tests collect garbage on the GUI thread only, as the application does
(see ``evactrack/ui/garbage.py``), and let the background work they started end before
they are torn down."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from evactrack.ui import dialogs, i18n, tasks
from evactrack.ui.garbage import GuiThreadCollector

SETTLE_S = 10.0


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """A view's load still running when its test ends would land in a later test, after its
    widgets and database are gone: wait for the operations in flight (a few milliseconds)."""
    yield
    deadline = time.monotonic() + SETTLE_S
    while tasks._running and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)


@pytest.fixture(autouse=True)
def gui_thread_collector(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    collector = GuiThreadCollector()
    yield collector
    collector.stop()
    collector.deleteLater()


@pytest.fixture(autouse=True)
def source_texts_afterwards(qapp: QApplication) -> Iterator[None]:
    """A test that installs a language leaves none, nor its locale: the GUI tests read the
    source texts ("2 person(s)") and English names, whatever ran before them."""
    locale = QLocale()
    yield
    i18n.uninstall(qapp)
    QLocale.setDefault(locale)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the error, warning and information boxes a test makes, none shown."""
    shown: list[str] = []
    for name in ("show_error", "show_warning", "show_info"):
        monkeypatch.setattr(dialogs, name, lambda _parent, text, *_a, **_k: shown.append(str(text)))
    return shown
