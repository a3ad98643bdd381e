"""Put persons on a movement's manifest: choose the movement, keep households together."""

from __future__ import annotations

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

from evactrack.domain.enums import MovementStatus
from evactrack.domain.errors import EvactrackError
from evactrack.services import movements, settings
from evactrack.services.context import Context
from evactrack.services.movements import MovementDetail
from evactrack.ui import dialogs
from evactrack.ui.models.movement_models import format_window
from evactrack.ui.widgets import accept_cancel_buttons

# Persons join a movement only while it has not left.
JOINABLE = (MovementStatus.PLANNED, MovementStatus.ASSEMBLING)


def movement_choice_label(movement: MovementDetail, operation_tz: str) -> str:
    free = movement.capacity - movement.headcount.expected
    window = format_window(movement.window_start, movement.window_end, operation_tz)
    return f"{movement.label} — {movement.rendezvous_point} — {window} — {free} free places"


class AssignDialog(QDialog):
    """Choose an open movement; when households would be split, say so and let the
    caseworker take whole households (the default) or split them. Capacity is the service's."""

    def __init__(
        self,
        ctx: Context,
        person_ids: list[int],
        parent: QWidget | None = None,
        movement_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.person_ids = ctx, list(dict.fromkeys(person_ids))
        self.saved: MovementDetail | None = None
        self.setWindowTitle(self.tr("Assign to a movement"))
        tz = settings.get(ctx, settings.OPERATION_TZ)
        self.movement = QComboBox()
        for movement in movements.list_movements(ctx, statuses=JOINABLE):
            self.movement.addItem(movement_choice_label(movement, tz), movement.id)
        if movement_id is not None and self.movement.findData(movement_id) >= 0:
            self.movement.setCurrentIndex(self.movement.findData(movement_id))
        self.split = movements.split_warning(ctx, self.person_ids)
        self.missing = sorted({m for group in self.split.values() for m in group})

        layout = QVBoxLayout(self)
        count = len(self.person_ids)
        layout.addWidget(QLabel(f"{count} person{'s' if count != 1 else ''} chosen."))
        layout.addWidget(QLabel(self.tr("Movement:")))
        layout.addWidget(self.movement)
        self.whole = QRadioButton(
            f"Whole households: also add the {len(self.missing)} members not chosen"
        )
        self.only_chosen = QRadioButton(self.tr("Only the chosen persons: split the households"))
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.whole)
        self.choice.addButton(self.only_chosen)
        self.whole.setChecked(True)
        self.warning = QLabel(
            f"Warning: this would split {len({self._household_key(p) for p in self.split})} "
            f"household(s); {len(self.missing)} of their members are not chosen."
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a04000; font-weight: bold")
        for widget in (self.warning, self.whole, self.only_chosen):
            layout.addWidget(widget)
            widget.setVisible(bool(self.split))
        buttons = accept_cancel_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        layout.addWidget(buttons)

    def _household_key(self, person_id: int) -> tuple[int, ...]:
        """Members of one household share the same set of missing members."""
        return tuple(self.split[person_id])

    @property
    def has_movements(self) -> bool:
        return self.movement.count() > 0

    def accept(self) -> None:
        movement_id = self.movement.currentData()
        if movement_id is None:
            dialogs.show_error(self, "There is no planned or assembling movement to choose.")
            return
        try:
            self.saved = movements.assign(
                self.ctx,
                int(movement_id),
                self.person_ids,
                split_households=bool(self.split) and self.only_chosen.isChecked(),
            )
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        super().accept()


def assign_to_movement(
    ctx: Context,
    parent: QWidget | None,
    person_ids: list[int],
    movement_id: int | None = None,
) -> bool:
    """Assign the persons to a movement the caseworker chooses; ``True`` once saved.

    With ``movement_id`` (a drop on a movement) and no household to split, no question is
    asked.
    """
    if not person_ids:
        dialogs.show_info(parent, "Choose the persons to assign first.")
        return False
    try:
        if movement_id is not None and not movements.split_warning(ctx, person_ids):
            movements.assign(ctx, movement_id, person_ids)
            return True
        dialog = AssignDialog(ctx, person_ids, parent, movement_id)
    except EvactrackError as exc:
        dialogs.show_error(parent, exc)
        return False
    if not dialog.has_movements:
        dialogs.show_info(
            parent,
            "There is no planned or assembling movement. Plan one in the movements board first.",
        )
        return False
    return bool(dialog.exec()) and dialog.saved is not None
