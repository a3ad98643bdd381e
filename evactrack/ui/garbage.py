"""Python's cycle collector runs in whichever thread happens to allocate. When it collects a
cycle that holds a Qt widget on a worker thread, the widget is destroyed there and Qt's heap
is corrupted (seen as crashes in unrelated widget destructors). So automatic collection is
off while the GUI runs, and the GUI thread collects on a timer, as Anki does.

A full collection walks every object the process holds (start-up's modules, the list's
search texts): at 100,000 persons, 60–80 ms on a busy laptop, enough to double the keystroke
it falls in. So what start-up made, and then what each full collection leaves, is frozen
(``gc.freeze``): the next full collections walk only what was made since; now and then
everything is thawed and walked once, so that garbage among the frozen objects is freed
too."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 1_000
FULL_EVERY = 10  # a full collection of what is not frozen every tenth tick
THAW_EVERY = 600  # and of everything every 600th (ten minutes)


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
        if self._ticks == 1:
            gc.freeze()  # what start-up made lives as long as the window: never walked again
        if self._ticks % FULL_EVERY:
            gc.collect(1)
            return
        if self._ticks % THAW_EVERY == 0:
            gc.unfreeze()
        gc.collect(2)
        gc.freeze()

    def stop(self) -> None:
        """Back to Python's own collection (tests, shutdown)."""
        self.timer.stop()
        gc.unfreeze()
        gc.collect()
        gc.enable()
