"""The refusal form: where a person was refused, by whom, why, and what follows."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from evactrack.domain.enums import RefusalReason
from evactrack.domain.errors import ValidationError
from evactrack.domain.names import clean_text
from evactrack.domain.timezones import utcnow
from evactrack.services import rendezvous, settings
from evactrack.services.context import Context
from evactrack.services.refusals import RefusalInput
from evactrack.ui import dialogs
from evactrack.ui.i18n import label
from evactrack.ui.views.movement_form import from_edit, to_edit
from evactrack.ui.widgets import accept_cancel_buttons


class RefusalForm(QDialog):
    """Collects a :class:`RefusalInput`; the caller records it with the outcome, in one write."""

    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        person_name: str = "",
        point_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.operation_tz = settings.get(ctx, settings.OPERATION_TZ)
        self.setWindowTitle(self.tr("Record a refusal"))
        self.point = QComboBox()
        self.point.addItem(self.tr("(not at a rendezvous point)"), None)
        for point in rendezvous.list_points(ctx):
            self.point.addItem(point.name, point.id)
        if point_id is not None and self.point.findData(point_id) >= 0:
            self.point.setCurrentIndex(self.point.findData(point_id))
        self.checkpoint = QLineEdit()
        self.checkpoint.setPlaceholderText(self.tr("or a checkpoint, e.g. north gate outer cordon"))
        self.refused_by = QLineEdit()
        self.refused_by.setPlaceholderText(self.tr("e.g. gate guard, consular officer"))
        self.reason = QComboBox()
        for reason in RefusalReason:
            self.reason.addItem(label(reason), reason.value)
        self.reason_text = QPlainTextEdit()
        self.reason_text.setFixedHeight(60)
        self.follow_up = QPlainTextEdit()
        self.follow_up.setFixedHeight(60)
        self.follow_up.setPlaceholderText(
            self.tr("what happens next, e.g. call back, new documents")
        )
        self._opened_at = to_edit(utcnow(), self.operation_tz)
        self.occurred_at = QDateTimeEdit(self._opened_at)
        self.occurred_at.setDisplayFormat(f"yyyy-MM-dd HH:mm '{self.operation_tz}'")

        form = QFormLayout(self)
        if person_name:
            form.addRow(QLabel(f"<b>{html.escape(person_name)}</b> was refused."))
        form.addRow(self.tr("Rendezvous point"), self.point)
        form.addRow(self.tr("Checkpoint"), self.checkpoint)
        form.addRow(self.tr("Refused by"), self.refused_by)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Details"), self.reason_text)
        form.addRow(self.tr("Follow-up"), self.follow_up)
        form.addRow(self.tr("When"), self.occurred_at)
        buttons = accept_cancel_buttons(self)
        form.addRow(buttons)

    def value(self) -> RefusalInput:
        point_id = self.point.currentData()
        if point_id is None and not clean_text(self.checkpoint.text()):
            raise ValidationError(
                "Say where the person was refused: a rendezvous point or checkpoint."
            )
        # Left as it was: the refusal is stamped when it is saved, to the second.
        changed = self.occurred_at.dateTime() != self._opened_at
        occurred_at = from_edit(self.occurred_at, self.operation_tz) if changed else None
        if occurred_at is not None and occurred_at > utcnow():
            raise ValidationError("A refusal cannot be in the future.")
        return RefusalInput(
            reason=RefusalReason(self.reason.currentData()),
            rendezvous_point_id=point_id,
            checkpoint=self.checkpoint.text(),
            refused_by=self.refused_by.text(),
            reason_text=self.reason_text.toPlainText(),
            follow_up=self.follow_up.toPlainText(),
            occurred_at=occurred_at,
        )

    def accept(self) -> None:
        try:
            self.value()
        except ValidationError as exc:
            dialogs.show_error(self, exc)
            return
        super().accept()


def ask_refusal(
    ctx: Context, parent: QWidget | None, person_name: str, point_id: int | None
) -> RefusalInput | None:
    """Open the form; the refusal's details, or ``None`` if the caseworker cancelled."""
    form = RefusalForm(ctx, parent, person_name, point_id)
    return form.value() if form.exec() else None
