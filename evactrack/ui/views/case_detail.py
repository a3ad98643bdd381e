"""The case detail: a person and their household, status, contact log, refusals, history.

A save carries the version the caseworker opened; if a colleague saved in between, the
conflict dialog shows both versions and nothing is overwritten without being asked.
"""

from __future__ import annotations

import importlib.util
from dataclasses import fields, replace
from datetime import datetime
from enum import Enum
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from evactrack.domain.enums import CaseStatus, ContactChannel, ContactOutcome
from evactrack.domain.errors import ConflictError, EvactrackError
from evactrack.domain.timezones import format_local, utcnow, zone
from evactrack.domain.transitions import allowed_targets, needs_reason
from evactrack.services import (
    audit,
    caselist,
    contacts,
    households,
    persons,
    refusals,
    settings,
)
from evactrack.services.audit import as_text
from evactrack.services.context import Context
from evactrack.services.persons import PersonDetail, PersonInput
from evactrack.services.refusals import RefusalDetail
from evactrack.ui import dialogs
from evactrack.ui.i18n import arg, label
from evactrack.ui.undo import EditPersonCommand, StatusChangeCommand, marks_of
from evactrack.ui.views.history_words import HistoryWords
from evactrack.ui.views.person_form import PersonForm
from evactrack.ui.widgets import INVALID_STYLE, native_script_font, save_shortcut

CLOCK_TICK_MS = 1_000  # the shown minute turns within a second of the real one


def _at(moment: datetime | None, tz: ZoneInfo) -> str:
    """A time in the operation's time zone, as the reports and colleagues on site read it."""
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def _shown(value: object) -> str:
    if isinstance(value, Enum) and hasattr(value, "label"):
        return label(value)  # type: ignore[arg-type]
    if isinstance(value, frozenset):
        return ", ".join(sorted(_shown(v) for v in value))
    if isinstance(value, tuple):
        return "; ".join(f"{v.number}" if hasattr(v, "number") else _shown(v) for v in value)
    return as_text(value) or ""


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class ConflictDialog(QDialog):
    """Both versions side by side: keep theirs, save mine over theirs, or keep editing."""

    KEEP_THEIRS, SAVE_MINE, KEEP_EDITING = 1, 2, 0

    def __init__(self, mine: PersonInput, theirs: PersonDetail, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        # Compared as they would be stored, so a phone typed with spaces is no difference.
        cleaned = persons.clean_input(mine)
        self.differences = [
            (f.name, _shown(getattr(cleaned, f.name)), _shown(getattr(theirs.data, f.name)))
            for f in fields(PersonInput)
            if _shown(getattr(cleaned, f.name)) != _shown(getattr(theirs.data, f.name))
        ]
        text = QLabel(
            self.tr(
                "%s was saved by someone else after you opened it. "
                "Nothing has been overwritten. Choose which version to keep."
            )
            % theirs.name,
            self,
        )
        text.setWordWrap(True)
        self.table = _table(self, [self.tr("Field"), self.tr("Your version"), self.tr("Saved")])
        _fill(self.table, [[self.field_label(f), *values] for f, *values in self.differences])
        buttons = QDialogButtonBox(self)
        theirs_button = buttons.addButton(
            self.tr("Keep the saved version"), QDialogButtonBox.ButtonRole.RejectRole
        )
        mine_button = buttons.addButton(
            self.tr("Save my version over it"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        edit_button = buttons.addButton(
            self.tr("Keep editing"), QDialogButtonBox.ButtonRole.ActionRole
        )
        theirs_button.clicked.connect(lambda: self.done(self.KEEP_THEIRS))
        mine_button.clicked.connect(lambda: self.done(self.SAVE_MINE))
        edit_button.clicked.connect(lambda: self.done(self.KEEP_EDITING))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(700, 400)

    def field_label(self, field: str) -> str:
        """What the caseworker calls a field of :class:`PersonInput` (its name if new)."""
        return HistoryWords(self).field(field)

    @staticmethod
    def ask(mine: PersonInput, theirs: PersonDetail, parent: QWidget | None) -> int:
        return ConflictDialog(mine, theirs, parent).exec()


class CaseDetailDialog(QDialog):
    """One person's case. ``changed`` carries the person id after every write."""

    changed = Signal(int)
    open_person = Signal(int)  # a household member was double-clicked

    def __init__(
        self,
        ctx: Context,
        person_id: int,
        undo_stack: QUndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.person_id, self.undo_stack = ctx, person_id, undo_stack
        self.detail: PersonDetail = persons.view_person(ctx, person_id)
        self.tz = zone(settings.get(ctx, settings.OPERATION_TZ))
        self.setWindowTitle(self.detail.name)
        self.resize(1000, 700)

        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold")
        self.native_title = QLabel(self)
        self.native_title.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.native_title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        title_font = native_script_font(self.native_title.font())
        title_font.setPointSize(16)
        self.native_title.setFont(title_font)
        self.status_label = QLabel(self)
        self.status_button = QPushButton(self.tr("Change status"), self)
        self.status_menu = QMenu(self)
        self.status_button.setMenu(self.status_menu)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.native_title, 1)
        header.addWidget(self.status_label)
        header.addWidget(self.status_button)

        self.tabs = QTabWidget(self)
        self.form = PersonForm(caselist.filter_choices(ctx).rendezvous_points, self)
        self.form.operation_country = settings.get(ctx, settings.OPERATION_COUNTRY)
        self.household = QListWidget(self)
        self.household.setWordWrap(True)
        self.household.itemDoubleClicked.connect(self._open_member)
        household_box = self._household_box()
        person_tab = QWidget(self)
        person_layout = QHBoxLayout(person_tab)
        person_layout.addWidget(self.form, 3)
        person_layout.addWidget(household_box, 1)
        self.tabs.addTab(person_tab, self.tr("Person"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Contact log"))
        self.tabs.addTab(self._refusals_tab(), self.tr("Refusals"))
        self.history = _table(
            self,
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("Before"),
                self.tr("After"),
            ],
        )
        self.history_words = HistoryWords(self)
        self.tabs.addTab(self.history, self.tr("History"))

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        save_shortcut(self, self.save)
        reload_button = buttons.addButton(self.tr("Reload"), QDialogButtonBox.ButtonRole.ResetRole)
        reload_button.clicked.connect(self.load)
        if importlib.util.find_spec("evactrack.ui.views.report_dialog") is not None:
            sheet = buttons.addButton(
                self.tr("Print case sheet…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            sheet.clicked.connect(self.print_case_sheet)
        self._own_tz = bytes(QTimeZone.systemTimeZoneId().data()).decode() or None
        self.clock = QLabel(self)
        self.clock.setStyleSheet("color: gray")
        self._clock_timer = QTimer(self)
        self._clock_timer.timeout.connect(self._show_time)
        self._clock_timer.start(CLOCK_TICK_MS)
        self._show_time()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs)
        layout.addWidget(self.clock)
        layout.addWidget(buttons)
        self.load()

    def _show_time(self) -> None:
        """The "now" beside the times keeps time while the case stays open for hours."""
        text = self.tr("Times are in the operation's time zone; now: %s.") % format_local(
            utcnow(), self.tz.key, self._own_tz
        )
        if text != self.clock.text():
            self.clock.setText(text)

    # ------------------------------------------------------------ building

    def _household_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Household"), self)
        self.household_detail: households.HouseholdDetail | None = None
        self.household_title = QLabel(box)
        self.household_title.setWordWrap(True)
        self.dependency_box = QGroupBox(self.tr("This person cannot travel without"), box)
        self.dependency_layout = QVBoxLayout(self.dependency_box)
        self.dependencies: dict[int, QCheckBox] = {}
        self.principal_button = QPushButton(self.tr("Make this person the &principal"), box)
        self.principal_button.clicked.connect(self.make_principal)
        self.remove_button = QPushButton(self.tr("&Remove this person from the household"), box)
        self.remove_button.clicked.connect(self.remove_from_household)
        self.add_button = QPushButton(self.tr("A&dd persons to the household…"), box)
        self.add_button.clicked.connect(self.add_persons)
        layout = QVBoxLayout(box)
        layout.addWidget(self.household_title)
        layout.addWidget(self.household)
        layout.addWidget(self.dependency_box)
        layout.addWidget(self.principal_button)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.add_button)
        return box

    def _contacts_tab(self) -> QWidget:
        tab = QWidget(self)
        self.contact_log = _table(
            tab,
            [
                self.tr("When"),
                self.tr("Channel"),
                self.tr("Outcome"),
                self.tr("Note"),
                self.tr("Caseworker"),
            ],
        )
        self.channel = QComboBox(tab)
        for channel in ContactChannel:
            self.channel.addItem(label(channel), channel)
        self.outcome = QComboBox(tab)
        self.outcome.addItem(self.tr("(choose the outcome)"), None)  # a fact, never assumed
        for outcome in ContactOutcome:
            self.outcome.addItem(label(outcome), outcome)
        self.contact_note = QLineEdit(tab)
        self.contact_note.setPlaceholderText(self.tr("note (optional)"))
        log_button = QPushButton(self.tr("Log contact attempt"), tab)
        log_button.clicked.connect(self.log_contact)
        self.contact_note.returnPressed.connect(self.log_contact)
        row = QHBoxLayout()
        row.addWidget(self.channel)
        row.addWidget(self.outcome)
        row.addWidget(self.contact_note, 1)
        row.addWidget(log_button)
        self.contact_result = QLabel(tab)
        self.contact_result.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.contact_result)
        layout.addWidget(self.contact_log)
        return tab

    def _refusals_tab(self) -> QWidget:
        tab = QWidget(self)
        self.refusal_table = _table(
            tab,
            [
                self.tr("When"),
                self.tr("Where"),
                self.tr("Reason"),
                self.tr("Details"),
                self.tr("Follow-up"),
                self.tr("Resolved"),
            ],
        )
        self.refusal_table.itemSelectionChanged.connect(self._refusal_chosen)
        self.follow_up = QLineEdit(tab)
        self.resolution = QLineEdit(tab)
        self.resolved = QCheckBox(self.tr("Resolved"), tab)
        self.follow_up_button = QPushButton(self.tr("Save follow-up"), tab)
        self.follow_up_button.clicked.connect(self.save_follow_up)
        editor = QFormLayout()
        editor.addRow(self.tr("Follow-up"), self.follow_up)
        editor.addRow(self.tr("Resolution"), self.resolution)
        editor.addRow("", self.resolved)
        editor.addRow("", self.follow_up_button)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.refusal_table)
        layout.addLayout(editor)
        self._refusals: list[RefusalDetail] = []
        self._follow_up_shown = self._follow_up_typed()
        return tab

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """Read everything again; unsaved edits in the form are dropped."""
        try:
            self.detail = persons.get_person(self.ctx, self.person_id)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        self.form.set_data(self.detail.data, self.detail.phones)
        self._show_header()
        self._load_household()
        self._load_contacts()
        self._load_refusals()
        self._load_history()

    def _show_header(self) -> None:
        self.setWindowTitle(self.detail.name)
        self.title.setText(self.detail.name)
        self.native_title.setText(self.detail.data.native_name or "")
        self.status_label.setText(self.tr("Case status: %s") % label(self.detail.status))
        self.status_menu.clear()
        for target in allowed_targets(self.detail.status):
            action = self.status_menu.addAction(label(target))
            action.setData(target.value)
            action.triggered.connect(lambda _=False, t=target: self.change_status(t))
        self.status_button.setEnabled(bool(self.status_menu.actions()))

    def allowed_statuses(self) -> list[CaseStatus]:
        """What the status menu offers: only the transitions allowed from the current state."""
        return [CaseStatus(a.data()) for a in self.status_menu.actions()]

    def _load_household(self) -> None:
        self.household.clear()
        self.household_detail = None
        for box in self.dependencies.values():
            self.dependency_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.dependencies = {}
        if self.detail.household_id is not None:
            try:
                self.household_detail = households.get_household(self.ctx, self.detail.household_id)
            except EvactrackError as exc:
                dialogs.show_error(self, exc)
        detail = self.household_detail
        me = (
            next((m for m in detail.members if m.person_id == self.person_id), None)
            if detail
            else None
        )
        self.principal_button.setEnabled(me is not None and not me.is_principal)
        self.remove_button.setEnabled(me is not None)
        self.dependency_box.setVisible(detail is not None and len(detail.members) > 1)
        if detail is None:
            self.household_title.setText("")
            self.household.addItem(self.tr("(not in a household)"))
            return
        self.household_title.setText(detail.name or self.tr("(no household name)"))
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
            item = QListWidgetItem(text, self.household)
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

    def refresh_household(self) -> None:
        """Show the household and case status as saved now (after another window's write,
        a bulk change or an undo), without touching unsaved edits in the form. Such a
        change bumps the person's version: adopt it if nothing else changed."""
        try:
            fresh = persons.get_person(self.ctx, self.person_id)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        if fresh.data == self.detail.data:
            self.detail = fresh
        else:
            self.detail = replace(self.detail, household_id=fresh.household_id, status=fresh.status)
        self._show_header()
        self._load_household()
        self._load_history()

    def _after_household_write(self) -> None:
        self.refresh_household()
        self.changed.emit(self.person_id)

    def _open_member(self, item: QListWidgetItem) -> None:
        person_id = item.data(Qt.ItemDataRole.UserRole)
        if person_id is not None and person_id != self.person_id:
            self.open_person.emit(int(person_id))

    def _load_contacts(self) -> None:
        _fill(
            self.contact_log,
            [
                [
                    _at(c.occurred_at, self.tz),
                    label(c.channel),
                    label(c.outcome),
                    c.note or "",
                    c.caseworker or "",
                ]
                for c in contacts.list_attempts(self.ctx, self.person_id)
            ],
        )

    def _load_refusals(self) -> None:
        self._refusals = refusals.list_refusals(self.ctx, person_id=self.person_id)
        _fill(
            self.refusal_table,
            [
                [
                    _at(r.occurred_at, self.tz),
                    r.where,
                    label(r.reason),
                    r.reason_text or "",
                    r.follow_up or "",
                    _at(r.resolved_at, self.tz),
                ]
                for r in self._refusals
            ],
        )
        self._refusal_chosen()

    def _load_history(self) -> None:
        _fill(
            self.history,
            [
                [
                    _at(e.occurred_at, self.tz),
                    e.username or "",
                    label(e.action),
                    *self.history_words.row(e),
                ]
                for e in audit.person_history(self.ctx, self.person_id)
            ],
        )

    def _after_own_write(self) -> PersonDetail:
        """A status change or contact bumps the record's version; adopt it when the form's
        data is untouched by others, so the next save does not conflict with ourselves.
        Returns the person as saved now."""
        fresh = persons.get_person(self.ctx, self.person_id)
        if fresh.data == self.detail.data:
            self.detail = fresh
        self._show_header()
        self._load_contacts()
        self._load_refusals()
        self._load_history()
        self.changed.emit(self.person_id)
        return fresh

    # ------------------------------------------------------------ closing

    def is_modified(self) -> bool:
        """Unsaved edits: in the person's form, a contact note not logged yet, or a
        refusal's follow-up."""
        return (
            self.form.is_modified()
            or bool(self.contact_note.text().strip())
            or self._follow_up_typed() != self._follow_up_shown
        )

    def maybe_keep_edits(self) -> bool:
        """Whether the dialog may close: no unsaved edit, or saved, or discarded at the
        caseworker's word (Save / Discard / Cancel)."""
        if not self.is_modified():
            return True
        answer = dialogs.ask_save_discard(self, self.detail.name)
        if answer is None:
            return False
        if not answer:
            self.form.set_data(self.detail.data, self.detail.phones)
            self.contact_note.clear()
            self._refusal_chosen()
            return True
        if self.form.is_modified() and not self.save():
            return False
        if self.contact_note.text().strip() and not self.log_contact():
            return False
        if self._follow_up_typed() != self._follow_up_shown:
            return self.save_follow_up()
        return True

    def reject(self) -> None:
        """Escape, Close and the window's close button: unsaved edits are asked about."""
        if self.maybe_keep_edits():
            super().reject()

    # ------------------------------------------------------------ actions

    def save(self) -> bool:
        """Save the form; if a colleague saved in between, see :meth:`_resolve_conflict`."""
        try:
            mine = self.form.data()
            saved = persons.update_person(self.ctx, self.person_id, self.detail.version, mine)
        except ConflictError:
            return self._resolve_conflict()
        except EvactrackError as exc:
            dialogs.show_error(self, self.form.explain(exc))
            return False
        self._saved(saved)
        return True

    def _saved(self, saved: PersonDetail) -> None:
        before = self.detail
        self.detail = saved
        if self.undo_stack is not None and saved.version != before.version:
            dialog = self

            def reload_if_open(_person_id: int) -> None:
                # The step outlives this dialog: after it is closed, there is nothing to show.
                if Shiboken.isValid(dialog) and dialog.isVisible():
                    dialog.load()

            self.undo_stack.push(
                EditPersonCommand(
                    self.ctx, before, saved, reload_if_open, marks_of(self.undo_stack)
                )
            )
        self.form.set_data(saved.data, saved.phones)
        self._show_header()
        self._load_history()
        self.changed.emit(self.person_id)

    def _resolve_conflict(self) -> bool:
        """A colleague saved this person since it was opened. The caseworker's edits go
        onto the colleague's version; only if both changed the same field does the conflict
        dialog ask which to keep, so neither's edit is lost unseen."""
        theirs = persons.get_person(self.ctx, self.person_id)
        opened = self.detail.data
        try:
            edited = self.form.data()
            mine = self.form.data(over=theirs.data)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return False
        both = [
            f.name
            for f in fields(PersonInput)
            if getattr(edited, f.name) != getattr(opened, f.name)
            and getattr(theirs.data, f.name) != getattr(opened, f.name)
        ]
        choice = ConflictDialog.ask(mine, theirs, self) if both else ConflictDialog.SAVE_MINE
        if choice == ConflictDialog.KEEP_THEIRS:
            self.load()
            return False
        if choice == ConflictDialog.SAVE_MINE:
            self.detail = theirs
            try:
                saved = persons.update_person(self.ctx, self.person_id, theirs.version, mine)
            except EvactrackError as exc:
                dialogs.show_error(self, self.form.explain(exc))
                return False
            self._saved(saved)
            return True
        return False

    def change_status(self, target: CaseStatus) -> bool:
        current = self.detail.status
        reason: str | None = None
        if needs_reason(current, target):
            reason = dialogs.ask_text(
                self,
                self.tr("Why does the case go from '%s' to '%s'?")
                % (label(current), label(target)),
                self.tr("Reason needed"),
            )
            if reason is None:
                return False
        try:
            step = persons.change_status(self.ctx, self.person_id, target, reason)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return False
        if self.undo_stack is not None:
            dialog = self

            def refresh_if_open(_person_ids: list[int]) -> None:
                if Shiboken.isValid(dialog) and dialog.isVisible():
                    dialog.refresh_household()

            self.undo_stack.push(
                StatusChangeCommand(
                    self.ctx,
                    [step],
                    marks_of(self.undo_stack),
                    name=self.detail.name,
                    changed=refresh_if_open,
                )
            )
        self._after_own_write()
        return True

    def log_contact(self) -> bool:
        """One click: the channel, outcome and note shown are logged now; the outcome must
        be chosen. Says so when the contact also moved the case (New → Contacted)."""
        if self.outcome.currentData() is None:
            self.outcome.setStyleSheet(INVALID_STYLE)
            self.outcome.setFocus()
            dialogs.show_error(self, self.tr("Choose the outcome of the contact attempt."))
            return False
        self.outcome.setStyleSheet("")
        before = self.detail.status
        try:
            contacts.log_attempt(
                self.ctx,
                self.person_id,
                ContactChannel(self.channel.currentData()),
                ContactOutcome(self.outcome.currentData()),
                self.contact_note.text(),
            )
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return False
        self.contact_note.clear()
        self.outcome.setCurrentIndex(0)
        after = self._after_own_write().status
        self.contact_result.setText(
            arg(
                self.tr("Contact logged; the case went from %1 to %2."),
                label(before),
                label(after),
            )
            if after is not before
            else self.tr("Contact logged.")
        )
        return True

    def make_principal(self) -> bool:
        """This person leads the household: family members' eligibility follows them."""
        detail = self.household_detail
        if detail is None:
            return False
        try:
            households.set_principal(self.ctx, detail.id, self.person_id, detail.version)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            self.refresh_household()
            return False
        self._after_household_write()
        return True

    def remove_from_household(self) -> bool:
        detail = self.household_detail
        if detail is None:
            return False
        question = arg(
            self.tr("Remove %1 from the household? Their travel dependencies in it are lifted."),
            self.detail.name,
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
            dialogs.show_error(self, exc)
            self.refresh_household()
            return False
        self._after_household_write()
        return True

    def add_persons(self) -> bool:
        """Search for persons and add them; without a household, this person leads a new one."""
        from evactrack.ui.views.household_dialogs import FindPersonsDialog

        finder = FindPersonsDialog(self.ctx, self.tr("Add persons to the household"), self)
        if not finder.exec():
            return False
        chosen = finder.chosen()
        if not chosen:
            return False
        detail = self.household_detail
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
            dialogs.show_error(self, exc)
            self.refresh_household()
            return False
        self._after_household_write()
        return True

    def set_dependency(self, other_id: int, needed: bool) -> bool:
        """Mark (or lift) that this person cannot travel without ``other_id``."""
        try:
            households.set_travel_dependency(self.ctx, self.person_id, other_id, needed)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            self.refresh_household()
            return False
        self._after_household_write()
        return True

    def _chosen_refusal(self) -> RefusalDetail | None:
        rows = self.refusal_table.selectionModel().selectedRows()
        return self._refusals[rows[0].row()] if rows else None

    def _refusal_chosen(self) -> None:
        refusal = self._chosen_refusal()
        for widget in (self.follow_up, self.resolution, self.resolved, self.follow_up_button):
            widget.setEnabled(refusal is not None)
        self.follow_up.setText(refusal.follow_up or "" if refusal else "")
        self.resolution.setText(refusal.resolution or "" if refusal else "")
        self.resolved.setChecked(bool(refusal and refusal.resolved_at))
        self._follow_up_shown = self._follow_up_typed()

    def _follow_up_typed(self) -> tuple[str, str, bool]:
        return self.follow_up.text(), self.resolution.text(), self.resolved.isChecked()

    def save_follow_up(self) -> bool:
        refusal = self._chosen_refusal()
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
        self._load_refusals()
        self.refusal_table.selectRow(row)
        self._load_history()
        return True

    def print_case_sheet(self) -> None:
        from evactrack.ui.views.report_dialog import open_case_sheet

        open_case_sheet(self.ctx, self, self.person_id)
