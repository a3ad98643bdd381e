"""The case window's contact log: the attempts so far, and one line to log the next."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain.enums import CaseStatus, ContactChannel, ContactOutcome
from evactrack.domain.errors import EvactrackError
from evactrack.services import contacts
from evactrack.services.context import Context
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label
from evactrack.ui.views.case_tables import CaseTab, fill, local_time
from evactrack.ui.widgets import INVALID_STYLE


class ContactLogTab(CaseTab):
    """``logged`` follows each attempt written: it may have moved the case (New → Contacted)."""

    logged = Signal()

    def __init__(
        self, ctx: Context, person_id: int, tz: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, person_id, tz, parent)
        self.channel = QComboBox(self)
        for channel in ContactChannel:
            self.channel.addItem(label(channel), channel)
        self.outcome = QComboBox(self)
        self.outcome.addItem(self.tr("(choose the outcome)"), None)  # a fact, never assumed
        for outcome in ContactOutcome:
            self.outcome.addItem(label(outcome), outcome)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("note (optional)"))
        log_button = QPushButton(self.tr("Log contact attempt"), self)
        log_button.clicked.connect(self.log_contact)
        self.note.returnPressed.connect(self.log_contact)
        row = QHBoxLayout()
        row.addWidget(self.channel)
        row.addWidget(self.outcome)
        row.addWidget(self.note, 1)
        row.addWidget(log_button)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.table)

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Channel"),
            self.tr("Outcome"),
            self.tr("Note"),
            self.tr("Caseworker"),
        ]

    def load(self) -> None:
        fill(
            self.table,
            [
                [
                    local_time(c.occurred_at, self.tz),
                    label(c.channel),
                    label(c.outcome),
                    c.note or "",
                    c.caseworker or "",
                ]
                for c in contacts.list_attempts(self.ctx, self.person_id)
            ],
        )

    def is_modified(self) -> bool:
        """A note typed and not logged yet."""
        return bool(self.note.text().strip())

    def discard(self) -> None:
        self.note.clear()

    def log_contact(self) -> bool:
        """One click: the channel, outcome and note shown are logged now; the outcome must
        be chosen."""
        if self.outcome.currentData() is None:
            self.outcome.setStyleSheet(INVALID_STYLE)
            self.outcome.setFocus()
            dialogs.show_error(self, self.tr("Choose the outcome of the contact attempt."))
            return False
        self.outcome.setStyleSheet("")
        try:
            contacts.log_attempt(
                self.ctx,
                self.person_id,
                ContactChannel(self.channel.currentData()),
                ContactOutcome(self.outcome.currentData()),
                self.note.text(),
            )
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return False
        self.note.clear()
        self.outcome.setCurrentIndex(0)
        self.logged.emit()
        return True

    def show_logged(self, before: CaseStatus, after: CaseStatus) -> None:
        """Say the contact is logged, and whether it also moved the case."""
        self.result.setText(
            arg(
                self.tr("Contact logged; the case went from %1 to %2."),
                label(before),
                label(after),
            )
            if after is not before
            else self.tr("Contact logged.")
        )
