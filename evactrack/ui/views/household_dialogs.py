"""Make a household from chosen persons, and pick persons to add to one.

Only plain data (person summaries) comes in; the caller makes the service call, so a
failed save shows its error and leaves the dialog's choices as they were.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain.enums import ELIGIBLE_LEGAL_STATUSES
from evactrack.services import search
from evactrack.services.context import Context
from evactrack.services.persons import PersonSummary
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label
from evactrack.ui.tasks import Latest

SEARCH_DELAY_MS = 250


def person_line(person: PersonSummary) -> str:
    """Name, native name (right-to-left isolated) and legal status, as one line."""
    text = person.name
    if person.native_name and person.native_name != person.name:
        text += f" — \u2067{person.native_name}\u2069"
    return f"{text} · {label(person.legal_status)}"


def default_principal(people: list[PersonSummary]) -> PersonSummary:
    """The first citizen or permanent resident (their family follows them), else the first."""
    return next((p for p in people if p.legal_status in ELIGIBLE_LEGAL_STATUSES), people[0])


class MakeHouseholdDialog(QDialog):
    """The chosen persons, who leads, an optional name; who will leave another household."""

    def __init__(self, people: list[PersonSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.setWindowTitle(self.tr("Make a household of %n person(s)", "", len(people)))
        self.members = QListWidget(self)
        self.members.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for person in people:
            self.members.addItem(person_line(person))
        self.principal = QComboBox(self)
        for person in people:
            self.principal.addItem(person.name, person.id)
        self.principal.setCurrentIndex(people.index(default_principal(people)))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("optional, e.g. the family name"))
        moving = [p for p in people if p.household_id is not None]
        self.moving_ids = [p.id for p in moving]
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        if moving:
            self.warning.setText(
                arg(
                    self.tr(
                        "%n of these person(s) will leave the household they are in now: %1.",
                        "",
                        len(moving),
                    ),
                    ", ".join(p.name for p in moving),
                )
            )
        self.warning.setVisible(bool(moving))
        form = QFormLayout()
        principal_label = QLabel(self.tr("&Principal:"), self)
        principal_label.setBuddy(self.principal)
        name_label = QLabel(self.tr("Household &name:"), self)
        name_label.setBuddy(self.name)
        form.addRow(principal_label, self.principal)
        form.addRow(name_label, self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(
            self.tr("&Make household"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Persons in the new household:"), self))
        layout.addWidget(self.members)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.principal.setFocus()
        self._shown = self._typed()

    def _typed(self) -> tuple[int, str]:
        return self.principal.currentIndex(), self.name.text()

    def is_modified(self) -> bool:
        return self._typed() != self._shown

    def reject(self) -> None:
        """Escape, Cancel and the window's close button ask before dropping the choices."""
        if not self.is_modified():
            super().reject()
            return
        answer = dialogs.ask_save_discard(self, self.tr("the new household"))
        if answer:
            self.accept()
        elif answer is False:
            super().reject()

    def principal_id(self) -> int:
        return int(self.principal.currentData())

    def household_name(self) -> str | None:
        return self.name.text().strip() or None


class FindPersonsDialog(QDialog):
    """A search box and its results; Enter in the box moves to the results. The search runs
    in the background; a newer one supersedes one still running."""

    searched = Signal()  # the results of the latest search are shown

    def __init__(self, ctx: Context, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[PersonSummary] = []
        self.searches = Latest(self)
        self._focus_results = False  # Enter was pressed: move to the results once they arrive
        self.setWindowTitle(title)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("name, phone digits, document number…"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find:"), self)
        search_label.setBuddy(self.search)
        self.results = QListWidget(self)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.hint = QLabel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._to_results)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.results.itemSelectionChanged.connect(self._chosen_changed)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(search_label, self.search)
        layout.addLayout(form)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._chosen_changed()
        self.resize(520, 420)

    @property
    def searching(self) -> bool:
        return self.searches.busy

    def run_search(self) -> None:
        self._timer.stop()
        ctx, text = self.ctx, self.search.text()
        self.searches.load(lambda _progress: search.search(ctx, text), self._show_found)

    def _show_found(self, found: list[PersonSummary]) -> None:
        self.found = found
        self.results.clear()
        for person in self.found:
            item = QListWidgetItem(person_line(person), self.results)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
        self.hint.setText(self.tr("%n person(s) found.", "", len(self.found)))
        if self._focus_results and self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()
        self._focus_results = False
        self.searched.emit()

    def _to_results(self) -> None:
        self._focus_results = True
        self.run_search()

    def _chosen_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.results.selectedItems()))

    def chosen(self) -> list[PersonSummary]:
        rows = sorted(self.results.row(i) for i in self.results.selectedItems())
        return [self.found[r] for r in rows]
