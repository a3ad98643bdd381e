"""The household beside a person's form: its members, who cannot travel without whom, and
the household actions (principal, remove, add)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain.errors import EvactrackError
from evactrack.services import households
from evactrack.services.context import Context
from evactrack.services.persons import PersonDetail
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label


class HouseholdPanel(QGroupBox):
    """``changed`` follows each write; ``outdated`` a refused one, as what is shown may be
    old (a colleague changed the household): the case window reads it again."""

    changed = Signal()
    outdated = Signal()
    open_person = Signal(int)  # a member was double-clicked

    def __init__(self, ctx: Context, person_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Household"))
        self.ctx, self.person_id = ctx, person_id
        self.person_name = ""
        self.detail: households.HouseholdDetail | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.members = QListWidget(self)
        self.members.setWordWrap(True)
        self.members.itemDoubleClicked.connect(self._open_member)
        self.dependency_box = QGroupBox(self.tr("This person cannot travel without"), self)
        self.dependency_layout = QVBoxLayout(self.dependency_box)
        self.dependencies: dict[int, QCheckBox] = {}
        self.principal_button = QPushButton(self.tr("Make this person the &principal"), self)
        self.principal_button.clicked.connect(self.make_principal)
        self.remove_button = QPushButton(self.tr("&Remove this person from the household"), self)
        self.remove_button.clicked.connect(self.remove_from_household)
        self.add_button = QPushButton(self.tr("A&dd persons to the household…"), self)
        self.add_button.clicked.connect(self.add_persons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.members)
        layout.addWidget(self.dependency_box)
        layout.addWidget(self.principal_button)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.add_button)

    def show_person(self, person: PersonDetail) -> None:
        """Read and show the household ``person`` is in now (or say there is none)."""
        self.person_name = person.name
        self.members.clear()
        self.detail = None
        for box in self.dependencies.values():
            self.dependency_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.dependencies = {}
        if person.household_id is not None:
            try:
                self.detail = households.get_household(self.ctx, person.household_id)
            except EvactrackError as exc:
                dialogs.show_error(self, exc)
        detail = self.detail
        me = (
            next((m for m in detail.members if m.person_id == self.person_id), None)
            if detail
            else None
        )
        self.principal_button.setEnabled(me is not None and not me.is_principal)
        self.remove_button.setEnabled(me is not None)
        self.dependency_box.setVisible(detail is not None and len(detail.members) > 1)
        if detail is None:
            self.heading.setText("")
            self.members.addItem(self.tr("(not in a household)"))
            return
        self.heading.setText(detail.name or self.tr("(no household name)"))
        names = {m.person_id: m.name for m in detail.members}
        for member in detail.members:
            text = member.name
            if member.native_name and member.native_name != member.name:
                text += f" — \u2067{member.native_name}\u2069"
            text += f" · {label(member.status)}"
            if member.is_principal:
                text += " · " + self.tr("principal")
            text += " · " + (self.tr("eligible") if member.eligible else self.tr("not eligible"))
            if member.depends_on:
                text += " · " + arg(
                    self.tr("cannot travel without %1"),
                    ", ".join(names.get(i, f"#{i}") for i in member.depends_on),
                )
            item = QListWidgetItem(text, self.members)
            item.setData(Qt.ItemDataRole.UserRole, member.person_id)
            if member.person_id == self.person_id or me is None:
                continue
            box = QCheckBox(
                arg(self.tr("Cannot travel without %1"), member.name), self.dependency_box
            )
            box.setChecked(member.person_id in me.depends_on)
            box.clicked.connect(
                lambda checked, other=member.person_id: self.set_dependency(other, checked)
            )
            self.dependency_layout.addWidget(box)
            self.dependencies[member.person_id] = box

    def _open_member(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is not None and person_id != self.person_id:
            self.open_person.emit(int(person_id))

    def _refused(self, error: EvactrackError) -> bool:
        dialogs.show_error(self, error)
        self.outdated.emit()
        return False

    def _written(self) -> bool:
        self.changed.emit()
        return True

    def make_principal(self) -> bool:
        """This person leads the household: family members' eligibility follows them."""
        detail = self.detail
        if detail is None:
            return False
        try:
            households.set_principal(self.ctx, detail.id, self.person_id, detail.version)
        except EvactrackError as exc:
            return self._refused(exc)
        return self._written()

    def remove_from_household(self) -> bool:
        detail = self.detail
        if detail is None:
            return False
        question = arg(
            self.tr("Remove %1 from the household? Their travel dependencies in it are lifted."),
            self.person_name,
        )
        if detail.principal_id == self.person_id:
            question += " " + self.tr(
                "This person is the principal: the household will have none until you choose one."
            )
        if not dialogs.ask_user(self, question, self.tr("Remove from household")):
            return False
        try:
            households.remove_member(self.ctx, detail.id, self.person_id)
        except EvactrackError as exc:
            return self._refused(exc)
        return self._written()

    def add_persons(self) -> bool:
        """Search for persons and add them; without a household, this person leads a new one."""
        from evactrack.ui.views.household_dialogs import FindPersonsDialog

        finder = FindPersonsDialog(self.ctx, self.tr("Add persons to the household"), self)
        if not finder.exec():
            return False
        chosen = finder.chosen()
        if not chosen:
            return False
        detail = self.detail
        inside = {m.person_id for m in detail.members} if detail else set()
        for person in chosen:
            if person.id == self.person_id or person.id in inside:
                dialogs.show_error(
                    self,
                    arg(
                        self.tr("%1 is already in this household; nothing was changed."),
                        person.name,
                    ),
                )
                return False
        moving = [p for p in chosen if p.household_id is not None]
        if moving and not dialogs.ask_user(
            self,
            arg(
                self.tr(
                    "%n person(s) will leave the household they are in now: %1. Add them anyway?",
                    "",
                    len(moving),
                ),
                ", ".join(p.name for p in moving),
            ),
            self.tr("Add persons to the household"),
        ):
            return False
        try:
            if detail is None:
                households.create_household(self.ctx, self.person_id, [p.id for p in chosen])
            else:
                for person in chosen:
                    households.add_member(self.ctx, detail.id, person.id)
        except EvactrackError as exc:
            return self._refused(exc)
        return self._written()

    def set_dependency(self, other_id: int, needed: bool) -> bool:
        """Mark (or lift) that this person cannot travel without ``other_id``."""
        try:
            households.set_travel_dependency(self.ctx, self.person_id, other_id, needed)
        except EvactrackError as exc:
            return self._refused(exc)
        return self._written()
