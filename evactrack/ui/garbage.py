"""Python's cycle collector runs in whichever thread happens to allocate. When it collects a
cycle that holds a Qt widget on a worker thread, the widget is destroyed there and Qt's heap
is corrupted (seen as crashes in unrelated widget destructors). So automatic collection is
off while the GUI runs, and the GUI thread collects on a timer, as Anki does."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 1_000
FULL_EVERY = 10  # a full collection every tenth tick


class GuiThreadCollector(QObject):
    """Install once, on the GUI thread, when the application starts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc.disable()
        self._ticks = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(YOUNG_EVERY_MS)

    def collect(self) -> None:
        self._ticks += 1
        gc.collect(2 if self._ticks % FULL_EVERY == 0 else 1)

    def stop(self) -> None:
        """Back to Python's own collection (tests, shutdown)."""
        self.timer.stop()
        gc.collect()
        gc.enable()
