"""Put persons on a movement's manifest: choose the movement, keep households together."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain.errors import EvactrackError
from evactrack.services import movements, settings
from evactrack.services.context import Context
from evactrack.services.movements import (
    JOINABLE,
    LeftOut,
    LeftOutReason,
    ManifestResult,
    MovementDetail,
)
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label
from evactrack.ui.models.movement_models import format_window, movement_label
from evactrack.ui.tasks import FormSave, Operation, wait
from evactrack.ui.widgets import accept_cancel_buttons


@dataclass(frozen=True)
class AssignChoices:
    """What the dialog offers, read on a worker: plain data."""

    person_ids: list[int]  # the chosen persons, each once
    operation_tz: str
    movements: list[MovementDetail]  # the movements they can join, by window
    split: dict[int, list[int]]  # a chosen person: the members of their household not chosen


def load_assign_choices(ctx: Context, person_ids: list[int]) -> AssignChoices:
    ids = list(dict.fromkeys(person_ids))
    return AssignChoices(
        ids,
        settings.get(ctx, settings.OPERATION_TZ),
        movements.list_movements(ctx, statuses=JOINABLE),
        movements.split_warning(ctx, ids),
    )


def movement_choice_label(movement: MovementDetail, operation_tz: str) -> str:
    free = movement.capacity - movement.headcount.expected
    window = format_window(movement.window_start, movement.window_end, operation_tz)
    places = arg(QCoreApplication.translate("AssignDialog", "%L1 free places"), free)
    return f"{movement_label(movement)} — {movement.rendezvous_point} — {window} — {places}"


class AssignDialog(QDialog):
    """Choose an open movement; when households would be split, say so and let the
    caseworker take whole households (the default) or split them. Capacity is the service's."""

    def __init__(
        self,
        ctx: Context,
        choices: AssignChoices,
        parent: QWidget | None = None,
        movement_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.person_ids = ctx, choices.person_ids
        self.saved: ManifestResult | None = None
        self.setWindowTitle(self.tr("Assign to a movement"))
        tz = choices.operation_tz
        self.movement = QComboBox()
        for movement in choices.movements:
            self.movement.addItem(movement_choice_label(movement, tz), movement.id)
        if movement_id is not None and self.movement.findData(movement_id) >= 0:
            self.movement.setCurrentIndex(self.movement.findData(movement_id))
        self.split = choices.split
        self.missing = sorted({m for group in self.split.values() for m in group})

        layout = QVBoxLayout(self)
        count = len(self.person_ids)
        layout.addWidget(QLabel(self.tr("%Ln person(s) chosen.", "", count)))
        layout.addWidget(QLabel(self.tr("Movement:")))
        layout.addWidget(self.movement)
        self.whole = QRadioButton(
            self.tr(
                "Whole households: also add the %Ln member(s) not chosen", "", len(self.missing)
            )
        )
        self.only_chosen = QRadioButton(self.tr("Only the chosen persons: split the households"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.whole)
        self.choice.addButton(self.only_chosen)
        self.whole.setChecked(True)
        split = len({self._household_key(p) for p in self.split})
        self.warning = QLabel(
            arg(
                self.tr(
                    "Warning: this would split %Ln household(s); %1 of their members are not "
                    "chosen.",
                    "",
                    split,
                ),
                len(self.missing),
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a04000; font-weight: bold")
        for widget in (self.warning, self.whole, self.only_chosen):
            layout.addWidget(widget)
            widget.setVisible(bool(self.split))
        buttons = accept_cancel_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        layout.addWidget(buttons)
        self.saver = FormSave(self, buttons)

    def _household_key(self, person_id: int) -> tuple[int, ...]:
        """Members of one household share the same set of missing members."""
        return tuple(self.split[person_id])

    @property
    def has_movements(self) -> bool:
        return self.movement.count() > 0

    @property
    def saving(self) -> bool:
        return self.saver.running

    def accept(self) -> None:
        """Assign on the write worker (a few hundred persons take a while); the dialog closes
        once they are on the manifest, or shows why not."""
        if self.saving:
            return
        movement_id = self.movement.currentData()
        if movement_id is None:
            dialogs.show_error(
                self, self.tr("There is no planned or assembling movement to choose.")
            )
            return
        ctx, target, person_ids = self.ctx, int(movement_id), self.person_ids
        split = bool(self.split) and self.only_chosen.isChecked()
        self.saver.start(
            lambda: movements.assign(ctx, target, person_ids, split_households=split), self._saved
        )

    def _saved(self, result: ManifestResult) -> None:
        self.saved = result

    def reject(self) -> None:
        if not self.saving:  # an assignment under way decides whether the dialog closes
            super().reject()


def assign_to_movement(
    ctx: Context,
    parent: QWidget | None,
    person_ids: list[int],
    movement_id: int | None = None,
) -> ManifestResult | None:
    """Assign the persons to a movement the caseworker chooses; what was done once saved
    (the household members left behind are listed to the caseworker), else ``None``.

    With ``movement_id`` (a drop on a movement) and no household to split, no question is
    asked. The reads and the write run on workers; the caller waits for them without blocking
    the GUI thread.
    """
    if not person_ids:
        dialogs.show_info(
            parent,
            QCoreApplication.translate("AssignDialog", "Choose the persons to assign first."),
        )
        return None
    try:
        choices = wait(Operation(parent, lambda _p: load_assign_choices(ctx, person_ids)))
        if movement_id is not None and not choices.split:
            target, ids = movement_id, choices.person_ids
            result = wait(
                Operation(parent, lambda _p: movements.assign(ctx, target, ids), write=True)
            )
            return _told_who_stayed(parent, result)
    except EvactrackError as exc:
        dialogs.show_error(parent, exc)
        return None
    if not choices.movements:
        dialogs.show_info(
            parent,
            QCoreApplication.translate(
                "AssignDialog",
                "There is no planned or assembling movement. Plan one in the movements board "
                "first.",
            ),
        )
        return None
    dialog = AssignDialog(ctx, choices, parent, movement_id)
    if dialog.exec() and dialog.saved is not None:
        return _told_who_stayed(parent, dialog.saved)
    return None


def _told_who_stayed(parent: QWidget | None, result: ManifestResult) -> ManifestResult:
    """Whole households go in part: say who was left behind, and why."""
    if result.left_out:
        lines = "\n".join(f"• {left_out_text(person)}" for person in result.left_out)
        lead = arg(
            QCoreApplication.translate(
                "AssignDialog",
                "Persons added to the movement: %L1. These household members were left out:",
            ),
            len(result.change.steps),
        )
        dialogs.show_info(parent, f"{lead}\n{lines}")
    return result


def left_out_text(person: LeftOut) -> str:
    """One household member left behind: their name and why, in the caseworker's words."""
    if person.reason is LeftOutReason.ON_ANOTHER_MOVEMENT:
        why = arg(
            QCoreApplication.translate("AssignDialog", "already on movement #%1"),
            person.other_id or 0,
        )
    elif person.reason is LeftOutReason.NEEDS_COMPANION:
        why = arg(
            QCoreApplication.translate(
                "AssignDialog", "cannot travel without person #%1, who is left out"
            ),
            person.other_id or 0,
        )
    else:
        why = arg(
            QCoreApplication.translate(
                "AssignDialog", "is '%1': only verified or refused persons can go"
            ),
            label(person.status),
        )
    return f"{person.name} (#{person.person_id}): {why}"
