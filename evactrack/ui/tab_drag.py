"""A drag of persons held over a tab opens it, so that they can be dropped on what it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent
from PySide6.QtWidgets import QTabWidget

from evactrack.ui.mime import PERSON_IDS_MIME


class DragOpensTab(QObject):
    """Watches a tab bar during a drag of persons: over a tab ``opens`` accepts, that tab is
    shown. Nothing is dropped on the bar itself."""

    def __init__(self, tabs: QTabWidget, opens: Callable[[int], bool]) -> None:
        super().__init__(tabs)
        self.tabs, self.opens = tabs, opens
        bar = tabs.tabBar()
        bar.setAcceptDrops(True)
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QDragEnterEvent | QDragMoveEvent):
            return False
        if not event.mimeData().hasFormat(PERSON_IDS_MIME):
            return False
        if event.type() == QEvent.Type.DragEnter:
            event.acceptProposedAction()  # to be told where the drag moves over the bar
        index = self.tabs.tabBar().tabAt(event.position().toPoint())
        if index >= 0 and index != self.tabs.currentIndex() and self.opens(index):
            self.tabs.setCurrentIndex(index)
        if event.type() == QEvent.Type.DragMove:
            event.ignore()  # no drop on the bar: the persons go where the open tab says
        return True
