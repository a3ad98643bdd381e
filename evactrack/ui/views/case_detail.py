"""The case detail: a person and their household, status, contact log, refusals, history.

A save carries the version the caseworker opened; if a colleague saved in between, the
conflict dialog shows both versions and nothing is overwritten without being asked. Each tab
is a panel of its own; this window holds the person as opened and ties the tabs together.
"""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import Qt, QTimer, QTimeZone, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from evactrack.domain.enums import CaseStatus
from evactrack.domain.errors import ConflictError, EvactrackError
from evactrack.domain.timezones import format_local, utcnow, zone
from evactrack.domain.transitions import allowed_targets, needs_reason
from evactrack.services import case_status, caselist, persons, settings
from evactrack.services.changes import Change
from evactrack.services.context import Context
from evactrack.services.persons import PersonDetail, PersonInput
from evactrack.ui import dialogs
from evactrack.ui.i18n import label
from evactrack.ui.undo import EditPersonCommand, StatusChangeCommand, marks_of
from evactrack.ui.views.case_contacts import ContactLogTab
from evactrack.ui.views.case_history import HistoryTab
from evactrack.ui.views.case_household import HouseholdPanel
from evactrack.ui.views.case_refusals import RefusalsTab
from evactrack.ui.views.changed_banner import ChangedBanner
from evactrack.ui.views.conflict_dialog import ConflictDialog
from evactrack.ui.views.person_form import PersonForm
from evactrack.ui.widgets import native_script_font, save_shortcut

CLOCK_TICK_MS = 1_000  # the shown minute turns within a second of the real one


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
        self.household = HouseholdPanel(ctx, person_id, self)
        self.household.changed.connect(self._after_household_write)
        self.household.outdated.connect(self.refresh_household)
        self.household.open_person.connect(self.open_person)
        person_tab = QWidget(self)
        person_layout = QHBoxLayout(person_tab)
        person_layout.addWidget(self.form, 3)
        person_layout.addWidget(self.household, 1)
        self.contacts = ContactLogTab(ctx, person_id, self.tz, self)
        self.contacts.logged.connect(self._contact_logged)
        self.refusals = RefusalsTab(ctx, person_id, self.tz, self)
        self.history = HistoryTab(ctx, person_id, self.tz, self)
        self.refusals.follow_up_saved.connect(self.history.load)
        self.tabs.addTab(person_tab, self.tr("Person"))
        self.tabs.addTab(self.contacts, self.tr("Contact log"))
        self.tabs.addTab(self.refusals, self.tr("Refusals"))
        self.tabs.addTab(self.history, self.tr("History"))

        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        save_shortcut(self, self.save)
        reload_button = buttons.addButton(self.tr("Reload"), QDialogButtonBox.ButtonRole.ResetRole)
        reload_button.clicked.connect(self.load)
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
        self.changed_banner = ChangedBanner(self)
        self.changed_banner.reload.connect(self._reload_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.changed_banner)
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

    # ------------------------------------------------------------ loading

    def load(self) -> None:
        """Read everything again; unsaved edits in the form are dropped."""
        try:
            self.detail = persons.get_person(self.ctx, self.person_id)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        self.changed_banner.clear()
        self.form.set_data(self.detail.data, self.detail.phones)
        self._show_header()
        self.household.show_person(self.detail)
        self.contacts.load()
        self.refusals.load()
        self.history.load()

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
        self.household.show_person(self.detail)
        self.history.load()

    def _after_household_write(self) -> None:
        self.refresh_household()
        self.changed.emit(self.person_id)

    def _after_own_write(self) -> PersonDetail:
        """A status change or contact bumps the record's version; adopt it when the form's
        data is untouched by others, so the next save does not conflict with ourselves.
        Returns the person as saved now."""
        fresh = persons.get_person(self.ctx, self.person_id)
        if fresh.data == self.detail.data:
            self.detail = fresh
        self._show_header()
        self.contacts.load()
        self.refusals.load()
        self.history.load()
        self.changed.emit(self.person_id)
        return fresh

    # ------------------------------------------------------------ closing

    def is_modified(self) -> bool:
        """Unsaved edits: in the person's form, a contact note not logged yet, or a
        refusal's follow-up."""
        return self.form.is_modified() or self.contacts.is_modified() or self.refusals.is_modified()

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
            self.contacts.discard()
            self.refusals.discard()
            return True
        if self.form.is_modified() and not self.save():
            return False
        if self.contacts.is_modified() and not self.contacts.log_contact():
            return False
        if self.refusals.is_modified():
            return self.refusals.save_follow_up()
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
        self.changed_banner.clear()  # a colleague's edits, if any, were merged into this save
        self.form.set_data(saved.data, saved.phones)
        self._show_header()
        self.history.load()
        self.changed.emit(self.person_id)

    def colleagues_changed(self, changes: tuple[Change, ...]) -> None:
        """Colleagues saved records (from the change feed): if this person is one, say who at
        once; the form keeps what is typed, and a save merges it field by field
        (:meth:`_resolve_conflict`). Their household's changes are shown as they come."""
        names = [
            c.username or "?"
            for c in changes
            if (c.entity, c.entity_id) == ("person", self.person_id)
        ]
        if names:
            self.changed_banner.changed_by(names)
        household = self.detail.household_id
        if any(c.entity == "household" and c.entity_id in (household, None) for c in changes):
            self.refresh_household()

    def _reload_changed(self) -> None:
        """The banner's Reload: the case as saved now, after asking if edits would be lost."""
        if self.is_modified() and not dialogs.ask_user(
            self, self.tr("Reload the case as saved now and drop your unsaved edits?")
        ):
            return
        self.load()

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
            step = case_status.change_status(self.ctx, self.person_id, target, reason)
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

    def _contact_logged(self) -> None:
        before = self.detail.status
        self.contacts.show_logged(before, self._after_own_write().status)

    def print_case_sheet(self) -> None:
        from evactrack.ui.views.report_dialog import open_case_sheet

        open_case_sheet(self.ctx, self, self.person_id)
