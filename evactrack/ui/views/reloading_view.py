"""What the movements board and the rendezvous points view share: they load in the
background, reload after their own writes, and tell the window once a write is on screen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget


class ReloadingView(QWidget):
    """``changed`` waits until the reload after a write has ended, so the other tabs refresh
    from what this one shows; ``loaded`` follows every load, once none is running."""

    changed = Signal()  # something was written: case lists and the dashboard may refresh
    loaded = Signal()  # what was asked for is on screen: no load is running

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted: int | None = None  # a record to choose once the view has reloaded
        self._changed_pending = False  # emit ``changed`` once the view shows the write

    @property
    def loading(self) -> bool:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload in the background, keeping the chosen record (or ``_wanted``) chosen."""
        raise NotImplementedError

    def _after_write(self, chosen: int | None = None) -> None:
        """Reload, choosing the record ``chosen`` if given; ``changed`` follows once it is
        shown."""
        if chosen is not None:
            self._wanted = chosen
        self._changed_pending = True
        self.refresh()

    def _settle(self) -> None:
        """Once nothing is loading: say so, and pass on a write the view now shows."""
        if self.loading:
            return
        self.loaded.emit()
        if self._changed_pending:
            self._changed_pending = False
            self.changed.emit()
