"""GUI tests collect garbage on the GUI thread only, as the application does
(see ``evactrack/ui/garbage.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from evactrack.ui.garbage import GuiThreadCollector


@pytest.fixture(autouse=True)
def gui_thread_collector(qapp: QApplication) -> Iterator[GuiThreadCollector]:
    collector = GuiThreadCollector()
    yield collector
    collector.stop()
    collector.deleteLater()
