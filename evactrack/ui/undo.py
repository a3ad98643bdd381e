"""Undo and redo of a caseworker's edits, status changes, assignments to movements and
outcomes at the meeting point (Ctrl+Z, Ctrl+Shift+Z).

An undo is itself a save through the services: it is audited, and it is refused with a
conflict if someone else has changed the person in between; the step is then dropped.
Contact attempts are not undone: each records a fact (a call was made), not a choice.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from evactrack.domain.errors import EvactrackError
from evactrack.services import case_status, movements, persons
from evactrack.services.case_status import StatusStep, TakeBack
from evactrack.services.context import Context
from evactrack.services.movements import Expected, ManifestChange
from evactrack.services.persons import PersonDetail
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label


@dataclass(frozen=True, slots=True)
class Mark:
    """A person as an undo history last wrote them: their version, and their latest status
    change if the history made it."""

    version: int
    change_id: int | None = None


_marks: weakref.WeakKeyDictionary[QUndoStack, dict[int, Mark]] = weakref.WeakKeyDictionary()


def marks_of(stack: QUndoStack) -> dict[int, Mark]:
    """One undo history's marks. Its steps check a person against the history's own last
    write to them, so that undoing one step does not make an older step of the same person
    look like someone else's change."""
    return _marks.setdefault(stack, {})


class EditPersonCommand(QUndoCommand):
    """One saved edit. Pushed after the save succeeded, so the first ``redo`` does nothing."""

    def __init__(
        self,
        ctx: Context,
        before: PersonDetail,
        after: PersonDetail,
        changed: Callable[[int], None],
        marks: dict[int, Mark] | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("EditPersonCommand", "edit of %s") % after.name)
        self.ctx, self.before, self.after, self.changed = ctx, before, after, changed
        self.marks = marks if marks is not None else {}
        known = self.marks.get(after.id)
        self.marks[after.id] = Mark(after.version, known.change_id if known else None)
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, state: PersonDetail) -> None:
        mark = self.marks[state.id]
        try:
            saved = persons.update_person(
                self.ctx,
                state.id,
                mark.version,
                state.data,
                restoring=[p.number for p in state.phones],
            )
        except EvactrackError as exc:
            self.setObsolete(True)
            dialogs.show_error(None, exc)
            return
        self.marks[state.id] = Mark(saved.version, mark.change_id)
        self.changed(state.id)


class StatusChangeTexts(QObject):
    """The name of a bulk step, in the singular or plural the language needs: lupdate finds
    plurals only in a QObject's ``tr`` (a QUndoCommand is no QObject)."""

    def of_persons(self, count: int) -> str:
        return self.tr("status change of %n person(s)", "", count)


class StatusChangeCommand(QUndoCommand):
    """Status changes already made, one person's or a whole bulk change's, as one step.

    Undo takes them all back in one transaction through the services, redo makes them
    again; if any person has moved on meanwhile nothing is changed, the caseworker is told
    who, and the step is dropped. Pushed after the change succeeded, so the first ``redo``
    does nothing.
    """

    def __init__(
        self,
        ctx: Context,
        steps: Sequence[StatusStep],
        marks: dict[int, Mark],
        name: str | None = None,
        changed: Callable[[list[int]], None] | None = None,
    ) -> None:
        if name is not None and len(steps) == 1:
            text = arg(
                QCoreApplication.translate("StatusChangeCommand", "status change of %1"), name
            )
        else:
            text = StatusChangeTexts().of_persons(len(steps))
        super().__init__(text)
        self.ctx, self.marks, self.changed = ctx, marks, changed
        self.steps = list(steps)  # the changes an undo takes back, or a redo makes again
        for step in self.steps:
            self.marks[step.person_id] = Mark(step.version, step.change_id)
        self._saved = True

    @property
    def person_ids(self) -> list[int]:
        return [step.person_id for step in self.steps]

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        try:
            done = case_status.redo_status_changes(self.ctx, self._takes())
        except EvactrackError as exc:
            self._refused(
                QCoreApplication.translate(
                    "StatusChangeCommand",
                    "The status change cannot be made again; it has been removed from the "
                    "undo history.",
                ),
                exc,
            )
            return
        self.steps = done
        self._remember(done)

    def undo(self) -> None:
        try:
            undone = case_status.undo_status_changes(self.ctx, self._takes())
        except EvactrackError as exc:
            self._refused(
                QCoreApplication.translate(
                    "StatusChangeCommand",
                    "The status change cannot be undone; it has been removed from the "
                    "undo history.",
                ),
                exc,
            )
            return
        self._remember(undone)

    def _takes(self) -> list[TakeBack]:
        takes = []
        for step in self.steps:
            mark = self.marks[step.person_id]
            latest = mark.change_id if mark.change_id is not None else step.change_id
            takes.append(TakeBack(step.person_id, step.change_id, mark.version, latest))
        return takes

    def _remember(self, written: list[StatusStep]) -> None:
        for step in written:
            self.marks[step.person_id] = Mark(step.version, step.change_id)
        if self.changed is not None:
            self.changed(self.person_ids)

    def _refused(self, lead: str, error: EvactrackError) -> None:
        _drop(self, lead, error)


def _drop(command: QUndoCommand, lead: str, error: EvactrackError) -> None:
    """A step that cannot be taken back (or made again) leaves the history, and says why."""
    command.setObsolete(True)
    dialogs.show_error(None, f"{lead}\n\n{error}")


class ManifestTexts(QObject):
    """The names of manifest steps, with the plurals the language needs (see
    :class:`StatusChangeTexts`)."""

    def assignment(self, count: int) -> str:
        return self.tr("assignment of %n person(s) to a movement", "", count)

    def outcome(self, outcome_label: str, count: int) -> str:
        return arg(self.tr("outcome '%1' of %n person(s)", "", count), outcome_label)

    def not_undone(self) -> str:
        return self.tr(
            "The change to the manifest cannot be undone; it has been removed from the undo "
            "history."
        )

    def not_redone(self) -> str:
        return self.tr(
            "The change to the manifest cannot be made again; it has been removed from the "
            "undo history."
        )


class ManifestCommand(QUndoCommand):
    """Persons put on a movement, or given an outcome at the meeting point (a refusal with
    its record), as one step: undone and redone in one transaction through the services,
    refused and dropped like :class:`StatusChangeCommand` when a person has moved on.
    Pushed after the change succeeded, so the first ``redo`` does nothing."""

    def __init__(self, ctx: Context, change: ManifestChange, marks: dict[int, Mark]) -> None:
        texts = ManifestTexts()
        count = len(change.steps)
        if change.outcome is None:
            text = texts.assignment(count)
        else:
            text = texts.outcome(label(change.outcome), count)
        super().__init__(text)
        self.ctx, self.marks = ctx, marks
        self._remember(change)
        self._saved = True

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._run(movements.redo_manifest_change, ManifestTexts().not_redone())

    def undo(self) -> None:
        self._run(movements.undo_manifest_change, ManifestTexts().not_undone())

    def _run(
        self,
        service: Callable[[Context, ManifestChange, list[Expected]], ManifestChange],
        lead: str,
    ) -> None:
        try:
            done = service(self.ctx, self.change, self._expected())
        except EvactrackError as exc:
            _drop(self, lead, exc)
            return
        self._remember(done)

    def _expected(self) -> list[Expected]:
        expected = []
        for step in self.change.steps:
            mark = self.marks[step.person_id]
            latest = mark.change_id if mark.change_id is not None else step.latest_change_id
            expected.append(Expected(step.person_id, mark.version, latest))
        return expected

    def _remember(self, change: ManifestChange) -> None:
        self.change = change
        for step in change.steps:
            self.marks[step.person_id] = Mark(step.version, step.latest_change_id)
