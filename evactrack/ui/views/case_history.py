"""The case window's history: every change to the person, who made it and when."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QVBoxLayout, QWidget

from evactrack.services import audit
from evactrack.services.context import Context
from evactrack.ui.i18n import label
from evactrack.ui.views.case_tables import CaseTab, fill, local_time
from evactrack.ui.views.history_words import HistoryWords


class HistoryTab(CaseTab):
    def __init__(
        self, ctx: Context, person_id: int, tz: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, person_id, tz, parent)
        self.words = HistoryWords(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Field"),
            self.tr("Before"),
            self.tr("After"),
        ]

    def load(self) -> None:
        fill(
            self.table,
            [
                [
                    local_time(e.occurred_at, self.tz),
                    e.username or "",
                    label(e.action),
                    *self.words.row(e),
                ]
                for e in audit.person_history(self.ctx, self.person_id)
            ],
        )
