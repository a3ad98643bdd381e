"""The refusal form: where a person was refused, by whom, why, and what follows."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
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
from evactrack.domain.timezones import DEFAULT_OPERATION_TZ, utcnow
from evactrack.services.context import Context
from evactrack.services.refusals import RefusalInput
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label
from evactrack.ui.tasks import Latest
from evactrack.ui.views.movement_form import FormChoices, from_edit, load_choices, to_edit
from evactrack.ui.widgets import (
    OK,
    accept_cancel_buttons,
    mark_problems,
    save_shortcut,
    typed_values,
)


class RefusalForm(QDialog):
    """Collects a :class:`RefusalInput`; the caller records it with the outcome, in one write.

    The points and the operation's zone load in the background; OK waits for them."""

    loaded = Signal()  # the points and the time are in the form

    def __init__(
        self,
        ctx: Context,
        parent: QWidget | None = None,
        person_name: str = "",
        point_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.operation_tz = DEFAULT_OPERATION_TZ  # until the form's choices have arrived
        self.setWindowTitle(self.tr("Record a refusal"))
        self.point = QComboBox()
        self.point.addItem(self.tr("(not at a rendezvous point)"), None)
        self._chosen_point = point_id
        self.checkpoint = QLineEdit()
        self.checkpoint.setPlaceholderText(self.tr("or a checkpoint, e.g. north gate outer cordon"))
        self.refused_by = QLineEdit()
        self.refused_by.setPlaceholderText(self.tr("e.g. gate guard, consular officer"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("(choose the reason)"), None)  # a fact, never assumed
        for reason in RefusalReason:
            self.reason.addItem(label(reason), reason.value)
        self.reason_text = QPlainTextEdit()
        self.reason_text.setTabChangesFocus(True)
        self.reason_text.setFixedHeight(60)
        self.follow_up = QPlainTextEdit()
        self.follow_up.setTabChangesFocus(True)
        self.follow_up.setFixedHeight(60)
        self.follow_up.setPlaceholderText(
            self.tr("what happens next, e.g. call back, new documents")
        )
        self._opened_at = to_edit(utcnow(), self.operation_tz)
        self.occurred_at = QDateTimeEdit(self._opened_at)
        for widget in (self.point, self.occurred_at):
            widget.setEnabled(False)  # until the zone and the points have arrived

        form = QFormLayout(self)
        if person_name:
            refused = self.tr("%1 was refused.")
            form.addRow(QLabel(arg(html.escape(refused), f"<b>{html.escape(person_name)}</b>")))
        form.addRow(self.tr("Rendezvous point"), self.point)
        form.addRow(self.tr("Checkpoint"), self.checkpoint)
        form.addRow(self.tr("Refused by"), self.refused_by)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Details"), self.reason_text)
        form.addRow(self.tr("Follow-up"), self.follow_up)
        form.addRow(self.tr("When"), self.occurred_at)
        buttons = accept_cancel_buttons(self)
        form.addRow(buttons)
        self.ok_button = buttons.button(OK)
        self.ok_button.setEnabled(False)
        save_shortcut(self, self.accept)
        self.inputs: dict[str, QWidget] = {
            "rendezvous_point_id": self.point,
            "checkpoint": self.checkpoint,
            "refused_by": self.refused_by,
            "reason": self.reason,
            "reason_text": self.reason_text,
            "follow_up": self.follow_up,
            "occurred_at": self.occurred_at,
        }
        self._shown = self._typed()
        self.choices = Latest(self)
        self.choices.load(lambda _progress: load_choices(ctx, True), self._choices_loaded)

    def _typed(self) -> dict[str, object]:
        """What each field holds now (the point and time as chosen from the list)."""
        return typed_values(self.inputs)

    def is_modified(self) -> bool:
        return self._typed() != self._shown

    @property
    def loading(self) -> bool:
        return self.choices.busy

    def _choices_loaded(self, choices: FormChoices) -> None:
        self.operation_tz = choices.operation_tz
        for point_id, name in choices.points:
            self.point.addItem(name, point_id)
        chosen = self._chosen_point
        if chosen is not None and self.point.findData(chosen) >= 0:
            self.point.setCurrentIndex(self.point.findData(chosen))
        self._opened_at = to_edit(utcnow(), self.operation_tz)
        self.occurred_at.setDateTime(self._opened_at)
        self.occurred_at.setDisplayFormat(f"yyyy-MM-dd HH:mm '{self.operation_tz}'")
        for widget in (self.point, self.occurred_at, self.ok_button):
            widget.setEnabled(True)
        typed = self._typed()
        self._shown.update({key: typed[key] for key in ("rendezvous_point_id", "occurred_at")})
        self.loaded.emit()

    def value(self) -> RefusalInput:
        """The refusal typed; every problem at once, each field at fault marked."""
        problems: dict[str, str] = {}
        point_id = self.point.currentData()
        if point_id is None and not clean_text(self.checkpoint.text()):
            problems["checkpoint"] = self.tr(
                "Say where the person was refused: a rendezvous point or checkpoint."
            )
        if self.reason.currentData() is None:
            problems["reason"] = self.tr("Choose the reason for the refusal.")
        # Left as it was: the refusal is stamped when it is saved, to the second.
        changed = self.occurred_at.dateTime() != self._opened_at
        occurred_at = from_edit(self.occurred_at, self.operation_tz) if changed else None
        if occurred_at is not None and occurred_at > utcnow():
            problems["occurred_at"] = self.tr("A refusal cannot be in the future.")
        mark_problems(self.inputs, problems)
        if problems:
            raise ValidationError("\n".join(problems.values()), tuple(problems))
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
        if self.loading:
            return
        try:
            self.value()
        except ValidationError as exc:
            dialogs.show_error(self, exc)
            return
        super().accept()

    def reject(self) -> None:
        """Escape, Cancel and the window's close button ask before dropping what was typed."""
        if not self.is_modified():
            super().reject()
            return
        answer = dialogs.ask_save_discard(self, self.tr("this refusal"))
        if answer:
            self.accept()
        elif answer is False:
            super().reject()


def ask_refusal(
    ctx: Context, parent: QWidget | None, person_name: str, point_id: int | None
) -> RefusalInput | None:
    """Open the form; the refusal's details, or ``None`` if the caseworker cancelled."""
    form = RefusalForm(ctx, parent, person_name, point_id)
    return form.value() if form.exec() else None
