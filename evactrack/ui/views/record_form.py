"""What the rendezvous point and movement forms share: the form is checked here, saved on
the write worker, and closes once saved; what was typed is never dropped unasked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QWidget

from evactrack.domain.errors import EvactrackError, ValidationError
from evactrack.services.context import Context
from evactrack.ui import dialogs
from evactrack.ui.tasks import FormSave
from evactrack.ui.widgets import SAVE, accept_cancel_buttons, mark_problems, save_shortcut

Typed = TypeVar("Typed")  # what the form collects: PointInput, MovementInput
Saved = TypeVar("Saved")  # the record as saved: PointDetail, MovementDetail


class RecordForm(QDialog, Generic[Typed, Saved]):
    """Saves on Save (or Ctrl+Enter); a bad input shows its message and keeps the form open,
    changing nothing. Escape, Cancel and the window's close button ask Save / Discard /
    Cancel when something was typed.

    ``write(ctx, record, typed)`` creates the record (``record`` is ``None``) or updates the
    one opened; it runs on the write worker, so it gets plain data, never the form."""

    def __init__(
        self,
        ctx: Context,
        record: Saved | None,
        write: Callable[[Context, Saved | None, Typed], Saved],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.record, self._write = ctx, record, write
        self.saved: Saved | None = None
        self.inputs: dict[str, QWidget] = {}  # the fields a problem can be marked on
        self._shown: dict[str, object] = {}

    def _add_buttons(self, form: QFormLayout) -> QDialogButtonBox:
        """Save and Cancel below the fields, once they are filled: from now on, what they
        hold is what :meth:`is_modified` compares with."""
        buttons = accept_cancel_buttons(self, SAVE)
        form.addRow(buttons)
        save_shortcut(self, self.accept)
        self.saver = FormSave(self, buttons)
        self._shown = self._typed()
        return buttons

    def _typed(self) -> dict[str, object]:
        """What each field holds now, as the caseworker sees it."""
        raise NotImplementedError

    def value(self) -> Typed:
        """What the form holds; every problem at once, each field at fault marked."""
        raise NotImplementedError

    def subject(self) -> str:
        """How the Save / Discard / Cancel question names the record ("this movement")."""
        raise NotImplementedError

    def _checked(
        self, typed: Typed, problems: dict[str, str], clean: Callable[[Typed], object]
    ) -> Typed:
        """``typed``, once the form's own ``problems`` and the service's check (``clean``)
        are all marked on their fields; raises if there is any."""
        try:
            clean(typed)
        except ValidationError as exc:
            for key in exc.fields:
                problems.setdefault(key, str(exc))
        mark_problems(self.inputs, problems)
        if problems:
            raise ValidationError("\n".join(dict.fromkeys(problems.values())), tuple(problems))
        return typed

    def is_modified(self) -> bool:
        return self._typed() != self._shown

    @property
    def loading(self) -> bool:
        """What the form offers is still being read: Save waits for it."""
        return False

    @property
    def saving(self) -> bool:
        return self.saver.running

    def accept(self) -> None:
        """Check the form here, then save on the write worker; the form closes once saved."""
        if self.loading or self.saving:
            return
        try:
            typed = self.value()
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        ctx, record, write = self.ctx, self.record, self._write
        self.saver.start(lambda: write(ctx, record, typed), self._saved)

    def _saved(self, record: Saved) -> None:
        self.saved = record

    def maybe_keep_edits(self) -> bool:
        """Whether the form may close now: nothing typed, or discarded at the caseworker's
        word. Save starts the save, and the form closes once it is done."""
        if self.saving:  # a save under way decides whether the form closes
            return False
        if not self.is_modified():
            return True
        answer = dialogs.ask_save_discard(self, self.subject())
        if answer:
            self.accept()
        return answer is False

    def reject(self) -> None:
        """Escape, Cancel and the window's close button ask before dropping edits."""
        if self.maybe_keep_edits():
            super().reject()
