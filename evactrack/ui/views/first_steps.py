"""What to do first, shown above the case list while the database has no person yet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStepsPanel(QFrame):
    """Three ways to begin, each one button: the caseworker never faces an empty window
    without knowing what it wants."""

    import_list = Signal()
    add_person = Signal()
    add_points = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            self.tr(
                "<b>No one is recorded yet.</b> Begin with the people you have to evacuate: "
                "import a contact list (CSV or Excel), or add a person by hand. Add the "
                "rendezvous points where evacuees will meet their escort."
            ),
            self,
        )
        text.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import a contact list…"), self)
        self.person_button = QPushButton(self.tr("Add a person…"), self)
        self.points_button = QPushButton(self.tr("Add rendezvous points…"), self)
        self.import_button.clicked.connect(self.import_list)
        self.person_button.clicked.connect(self.add_person)
        self.points_button.clicked.connect(self.add_points)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.person_button, self.points_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)
