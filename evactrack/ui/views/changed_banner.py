"""The banner of an open case a colleague has just saved: who, and a Reload button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from evactrack.ui.i18n import arg


class ChangedBanner(QFrame):
    """Hidden until :meth:`changed_by`; ``reload`` fires when its button is pressed."""

    reload = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("ChangedBanner { background: #fff3cd; border: 1px solid #e0c36a }")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        button = QPushButton(self.tr("Reload"), self)
        button.clicked.connect(self.reload)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(button)
        self.names: list[str] = []
        self.hide()

    def changed_by(self, names: list[str]) -> None:
        """Name everyone who changed the case since it was opened (or last reloaded)."""
        self.names += [name for name in names if name not in self.names]
        self.text.setText(arg(self.tr("Changed by %1 since you opened it."), ", ".join(self.names)))
        self.show()

    def clear(self) -> None:
        """The case shown is the saved one again."""
        self.names = []
        self.hide()
