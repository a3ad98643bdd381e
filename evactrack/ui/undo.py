"""Undo and redo of a caseworker's edits of a person (Ctrl+Z, Ctrl+Shift+Z).

An undo is itself a save through the services: it is audited, and it is refused with a
conflict if someone else has changed the person in between; the step is then dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from evactrack.domain.errors import EvactrackError
from evactrack.services import persons
from evactrack.services.context import Context
from evactrack.services.persons import PersonDetail
from evactrack.ui import dialogs


class EditPersonCommand(QUndoCommand):
    """One saved edit. Pushed after the save succeeded, so the first ``redo`` does nothing."""

    def __init__(
        self,
        ctx: Context,
        before: PersonDetail,
        after: PersonDetail,
        changed: Callable[[int], None],
    ) -> None:
        super().__init__(QCoreApplication.translate("EditPersonCommand", "edit of %s") % after.name)
        self.ctx, self.before, self.after, self.changed = ctx, before, after, changed
        self._version = after.version
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, state: PersonDetail) -> None:
        try:
            saved = persons.update_person(self.ctx, state.id, self._version, state.data)
        except EvactrackError as exc:
            self.setObsolete(True)
            dialogs.show_error(None, exc)
            return
        self._version = saved.version
        self.changed(state.id)
