"""The case window's refusals: where and why the person was turned away, and what follows."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from evactrack.domain.errors import EvactrackError
from evactrack.services import refusals
from evactrack.services.context import Context
from evactrack.services.refusals import RefusalDetail
from evactrack.ui import dialogs
from evactrack.ui.i18n import label
from evactrack.ui.views.case_tables import CaseTab, fill, local_time


class RefusalsTab(CaseTab):
    """The chosen refusal's follow-up is edited below the list; ``follow_up_saved`` follows
    each save."""

    follow_up_saved = Signal()

    def __init__(
        self, ctx: Context, person_id: int, tz: ZoneInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, person_id, tz, parent)
        self.table.itemSelectionChanged.connect(self.discard)
        self.follow_up = QLineEdit(self)
        self.resolution = QLineEdit(self)
        self.resolved = QCheckBox(self.tr("Resolved"), self)
        self.save_button = QPushButton(self.tr("Save follow-up"), self)
        self.save_button.clicked.connect(self.save_follow_up)
        editor = QFormLayout()
        editor.addRow(self.tr("Follow-up"), self.follow_up)
        editor.addRow(self.tr("Resolution"), self.resolution)
        editor.addRow("", self.resolved)
        editor.addRow("", self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(editor)
        self._refusals: list[RefusalDetail] = []
        self._shown = self._typed()

    def headers(self) -> list[str]:
        return [
            self.tr("When"),
            self.tr("Where"),
            self.tr("Reason"),
            self.tr("Details"),
            self.tr("Follow-up"),
            self.tr("Resolved"),
        ]

    def load(self) -> None:
        self._refusals = refusals.list_refusals(self.ctx, person_id=self.person_id)
        fill(
            self.table,
            [
                [
                    local_time(r.occurred_at, self.tz),
                    r.where,
                    label(r.reason),
                    r.reason_text or "",
                    r.follow_up or "",
                    local_time(r.resolved_at, self.tz),
                ]
                for r in self._refusals
            ],
        )
        self.discard()

    def _chosen(self) -> RefusalDetail | None:
        rows = self.table.selectionModel().selectedRows()
        return self._refusals[rows[0].row()] if rows else None

    def discard(self) -> None:
        """Show the chosen refusal's follow-up as saved (nothing to edit when none is chosen)."""
        refusal = self._chosen()
        for widget in (self.follow_up, self.resolution, self.resolved, self.save_button):
            widget.setEnabled(refusal is not None)
        self.follow_up.setText(refusal.follow_up or "" if refusal else "")
        self.resolution.setText(refusal.resolution or "" if refusal else "")
        self.resolved.setChecked(bool(refusal and refusal.resolved_at))
        self._shown = self._typed()

    def _typed(self) -> tuple[str, str, bool]:
        return self.follow_up.text(), self.resolution.text(), self.resolved.isChecked()

    def is_modified(self) -> bool:
        """A follow-up edited and not saved yet."""
        return self._typed() != self._shown

    def save_follow_up(self) -> bool:
        refusal = self._chosen()
        if refusal is None:
            return False
        try:
            refusals.update_follow_up(
                self.ctx,
                refusal.id,
                refusal.version,
                self.follow_up.text(),
                self.resolution.text(),
                self.resolved.isChecked(),
            )
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return False
        row = self._refusals.index(refusal)
        self.load()
        self.table.selectRow(row)
        self.follow_up_saved.emit()
        return True
