"""The main window: cases (filters, list, detail), movements, rendezvous points, dashboard.

The other tabs are built the first time they are shown, so the case list is on screen
before the chart library is even imported. Layout and the last database are remembered.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLocale,
    QPoint,
    QSettings,
    Qt,
    QThreadPool,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from evactrack import config
from evactrack.domain.enums import CaseStatus, ContactChannel, ContactOutcome, Role
from evactrack.domain.errors import EvactrackError
from evactrack.domain.transitions import allowed_targets, needs_reason
from evactrack.services import (
    audit,
    backup,
    case_status,
    caselist,
    contacts,
    export,
    households,
    persons,
    wipe,
)
from evactrack.services import settings as operation
from evactrack.services.caselist import CaseQuery, FilterChoices, FilterCounts
from evactrack.services.context import Context
from evactrack.ui import dialogs, i18n
from evactrack.ui.i18n import QT_TRANSLATE_NOOP, arg, label
from evactrack.ui.live import LiveUpdates
from evactrack.ui.tab_drag import DragOpensTab
from evactrack.ui.tasks import Operation, Progress, write_pool
from evactrack.ui.undo import ManifestCommand, StatusChangeCommand, marks_of
from evactrack.ui.views.case_detail import CaseDetailDialog
from evactrack.ui.views.case_list import CaseListView, LatestOnly
from evactrack.ui.views.filters import FilterPanel
from evactrack.ui.views.first_steps import FirstStepsPanel
from evactrack.ui.views.lock_screen import LockScreen
from evactrack.ui.views.shortcuts_dialog import NAME_PROPERTY, ShortcutsDialog
from evactrack.ui.widgets import accept_cancel_buttons

if TYPE_CHECKING:
    from evactrack.ui.views.dashboard_view import DashboardView
    from evactrack.ui.views.movements_view import MovementsBoard
    from evactrack.ui.views.rendezvous_view import RendezvousPointsView

    SideView = MovementsBoard | RendezvousPointsView | DashboardView

log = logging.getLogger(__name__)

LAST_DATABASE = config.LAST_DATABASE


# The tabs after Cases are built the first time they are shown, so each is imported then
# (the dashboard brings the chart library).
def _movements_board(ctx: Context, parent: QWidget) -> SideView:
    from evactrack.ui.views.movements_view import MovementsBoard

    return MovementsBoard(ctx, parent)


def _rendezvous_points(ctx: Context, parent: QWidget) -> SideView:
    from evactrack.ui.views.rendezvous_view import RendezvousPointsView

    return RendezvousPointsView(ctx, parent)


def _dashboard(ctx: Context, parent: QWidget) -> SideView:
    from evactrack.ui.views.dashboard_view import DashboardView

    return DashboardView(ctx, parent)


SIDE_VIEWS: tuple[tuple[str, Callable[[Context, QWidget], SideView]], ...] = (
    (QT_TRANSLATE_NOOP("MainWindow", "Movements"), _movements_board),
    (QT_TRANSLATE_NOOP("MainWindow", "Rendezvous points"), _rendezvous_points),
    (QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), _dashboard),
)
# How long the emergency wipe waits for background work to end before it destroys the files.
WIPE_WAIT_MS = 5_000
# Selections larger than this change status in the background, with a progress dialog.
BACKGROUND_BULK = 200


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


class ChoiceDialog(QDialog):
    """A few combos and an optional line of text, for the bulk actions."""

    def __init__(
        self,
        title: str,
        combos: list[tuple[str, list[tuple[str, Any]]]],
        text_label: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QFormLayout(self)
        self.combos: list[QComboBox] = []
        # Qt would hand enum members back as plain strings: keep the values on this side.
        self._values: list[list[Any]] = []
        for caption, items in combos:
            combo = QComboBox(self)
            for text, _value in items:
                combo.addItem(text)
            layout.addRow(caption, combo)
            self.combos.append(combo)
            self._values.append([value for _text, value in items])
        self.text = QLineEdit(self)
        if text_label is not None:
            layout.addRow(text_label, self.text)
        buttons = accept_cancel_buttons(self)
        layout.addRow(buttons)

    def values(self) -> list[Any]:
        return [
            values[c.currentIndex()] for c, values in zip(self.combos, self._values, strict=True)
        ]


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        self.closed = False
        self.details: dict[int, CaseDetailDialog] = {}
        self.side_views: dict[int, SideView] = {}
        self._operations: list[Operation[Any]] = []
        self._choices_runner = LatestOnly(self, lambda error: dialogs.show_error(self, error))
        self.live = LiveUpdates(self)
        self.following = False  # colleagues' changes are followed (see follow_colleagues)
        self.resize(1280, 800)
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._restore_layout()
        self.lock_screen = LockScreen(ctx, self)

    # ------------------------------------------------------------ building

    def _action(
        self,
        text: str,
        slot: Callable[[], Any],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_person_action = self._action(
            self.tr("&New person…"), self.new_person, QKeySequence.StandardKey.New
        )
        self.open_db_action = self._action(self.tr("&Open database…"), self.choose_database)
        self.open_url_action = self._action(
            self.tr("Open a database &server…"), self.choose_database_url
        )
        self.import_action = (
            self._action(self.tr("&Import…"), self.import_file)
            if _available("evactrack.ui.views.import_wizard")
            else None
        )
        self.print_action = (
            self._action(
                self.tr("&Print daily report…"), self.print_daily_report, QKeySequence("Ctrl+P")
            )
            if _available("evactrack.ui.views.report_dialog")
            else None
        )
        self.backup_action = self._action(self.tr("&Back up database…"), self.back_up_database)
        self.restore_action = self._action(self.tr("&Restore a backup…"), self.restore_backup)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.addActions([self.undo_action, self.redo_action])
        # Their texts name the step (and so a person): the shortcuts list shows the plain name.
        self.undo_action.setProperty(NAME_PROPERTY, self.tr("&Undo"))
        self.redo_action.setProperty(NAME_PROPERTY, self.tr("&Redo"))
        self.find_action = self._action(self.tr("&Find"), self.focus_search, QKeySequence("Ctrl+F"))
        self.check_in_action = self._action(
            self.tr("Chec&k-in at the meeting point…"), self.check_in, QKeySequence("Ctrl+K")
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"), self.refresh_all, QKeySequence("F5")
        )
        self.open_case_action = self._action(
            self.tr("&Open case"), self.open_current, QKeySequence("Ctrl+O")
        )
        self.assign_action = (
            self._action(
                self.tr("&Assign to movement…"), self.assign_selection, QKeySequence("Ctrl+M")
            )
            if _available("evactrack.ui.views.assign_dialog")
            else None
        )
        self.status_action = self._action(
            self.tr("Change &status…"), self.change_status_selection, QKeySequence("Ctrl+T")
        )
        self.contact_action = self._action(
            self.tr("&Log a contact…"), self.log_contact_selection, QKeySequence("Ctrl+Shift+L")
        )
        self.household_action = self._action(
            self.tr("Make a &household…"), self.make_household_selection, QKeySequence("Ctrl+H")
        )
        self.export_action = self._action(
            self.tr("&Export selection…"), self.export_selection, QKeySequence("Ctrl+E")
        )
        self.messages_action = self._action(
            self.tr("&Messages to evacuees…"),
            self.messages_selection,
            QKeySequence("Ctrl+Shift+M"),
        )
        # Ctrl+1 … Ctrl+4: the tabs, in their order.
        titles = [self.tr("Cases")] + [self.tr(title) for title, _build in SIDE_VIEWS]
        self.tab_actions = [
            self._action(title, partial(self._show_tab, index), f"Ctrl+{index + 1}")
            for index, title in enumerate(titles)
        ]
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), self.show_shortcuts, QKeySequence("F1")
        )
        self.guide_action = self._action(self.tr("User &guide"), self.show_guide)
        self.about_action = self._action(self.tr("&About evactrack"), self.show_about)
        self.operation_settings_action = self._action(
            self.tr("&Operation settings…"), self.edit_operation_settings
        )
        self.templates_action = self._action(
            self.tr("Message &templates…"), self.edit_message_templates
        )
        self.wipe_action = self._action(self.tr("Emergency &wipe…"), self.emergency_wipe)
        self.verify_audit_action = self._action(
            self.tr("Verify the &audit trail…"), self.verify_audit_trail
        )
        self.users_action = self._action(self.tr("&Users…"), self.manage_users)
        self.lock_action = self._action(self.tr("&Lock"), self.lock, QKeySequence("Ctrl+L"))

    def _show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)  # the tabs of now: a language change builds them anew

    def _bulk_actions(self) -> list[QAction]:
        return [
            a
            for a in (
                self.assign_action,
                self.status_action,
                self.contact_action,
                self.household_action,
                self.export_action,
                self.messages_action,
            )
            if a is not None
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_person_action)
        file_menu.addAction(self.open_db_action)
        file_menu.addAction(self.open_url_action)
        for action in (self.import_action, self.print_action):
            if action is not None:
                file_menu.addAction(action)
        file_menu.addAction(self.operation_settings_action)
        file_menu.addAction(self.templates_action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action, self.find_action])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.refresh_action)
        view_menu.addAction(self.check_in_action)
        view_menu.addSeparator()
        view_menu.addActions(self.tab_actions)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        chosen = self.settings.value(i18n.SETTING, "")
        for code, name in [("", self.tr("System language")), *i18n.LANGUAGES.items()]:
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(chosen == code)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda action: self.choose_language(action.data() or None))
        self.language_group = group
        cases_menu = bar.addMenu(self.tr("&Cases"))
        cases_menu.addAction(self.open_case_action)
        cases_menu.addSeparator()
        cases_menu.addActions(self._bulk_actions())
        admin_menu = bar.addMenu(self.tr("&Administration"))
        admin_menu.addAction(self.verify_audit_action)
        admin_menu.addAction(self.users_action)
        admin_menu.addAction(self.wipe_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_central(self) -> None:
        self.filters = FilterPanel(self)
        self.case_list = CaseListView(self.ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(self.case_list)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 1000])
        self.first_steps = FirstStepsPanel(self)
        self.first_steps.hide()
        self.first_steps.import_list.connect(self.import_file)
        self.first_steps.add_person.connect(self.new_person)
        self.first_steps.add_points.connect(self.add_rendezvous_points)
        cases = QWidget(self)
        cases_layout = QVBoxLayout(cases)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.addWidget(self.first_steps)
        cases_layout.addWidget(self.splitter, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(cases, self.tr("Cases"))
        self.side_views = {}
        self._side_builders: dict[int, Callable[[Context, QWidget], SideView]] = {}
        for title, build in SIDE_VIEWS:
            self._side_builders[self.tabs.addTab(QWidget(self), self.tr(title))] = build
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.currentChanged.connect(lambda _index: self.live.reload_shown())
        # A case dragged over the Movements tab opens the board, to be dropped on a movement.
        self._tab_drag = DragOpensTab(
            self.tabs, lambda index: self._side_builders.get(index) is _movements_board
        )
        self.setCentralWidget(self.tabs)
        demo = "DEMO — " if operation.get(self.ctx, operation.DEMO) == "true" else ""
        self.setWindowTitle(f"evactrack — {demo}{self.ctx.db.url}")
        self._fit_role()

        self.filters.changed.connect(self._filters_changed)
        self.case_list.counts_loaded.connect(self._counts_loaded)
        self.case_list.loaded.connect(self._list_loaded)
        self.case_list.open_person.connect(self.open_person)
        self.case_list.selection_changed.connect(self._selection_changed)
        table = self.case_list.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._table_menu)
        self._selection_changed()
        self._load_choices()
        self.case_list.reload()

    def _fit_role(self) -> None:
        """Grey or hide what the caseworker's role cannot do (the services refuse it anyway)."""
        admin = self.ctx.actor.role is Role.ADMIN
        for action in (self.wipe_action, self.restore_action):
            action.setEnabled(admin)
        for action in (self.operation_settings_action, self.templates_action, self.users_action):
            action.setVisible(admin)
        self.writer = self.ctx.actor.role is not Role.VIEWER and not self.ctx.db.read_only
        for maybe in (self.new_person_action, self.import_action):
            if maybe is not None:
                maybe.setEnabled(self.writer)

    def _tab_shown(self, index: int) -> None:
        """Build a tab's view the first time it is opened. A view loads what it shows when
        it is built, so it is not refreshed here too: that would read it all twice.
        Afterwards it is kept current by :meth:`refresh_all`."""
        build = self._side_builders.get(index)
        if build is None or index in self.side_views:
            return
        try:
            view = build(self.ctx, self)
        except Exception as exc:  # noqa: BLE001 - one broken tab must not take the window down
            log.exception("cannot build the %s tab", build.__name__)
            dialogs.show_error(self, exc)
            return
        self.side_views[index] = view
        if hasattr(view, "undo_stack"):  # the board's assignments and outcomes can be undone
            view.undo_stack = self.undo_stack
        changed = getattr(view, "changed", None)
        if changed is not None:
            changed.connect(lambda *_args, source=view: self.refresh_all(except_view=source))
        figure_chosen = getattr(view, "figure_chosen", None)
        if figure_chosen is not None:
            figure_chosen.connect(self.show_figure)
        self.tabs.blockSignals(True)
        title = self.tabs.tabText(index)
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if placeholder is not None:
            placeholder.deleteLater()
        self.tabs.insertTab(index, view, title)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)

    def _load_choices(self) -> None:
        panel, ctx = self.filters, self.ctx

        def show(choices: FilterChoices) -> None:
            if Shiboken.isValid(panel):  # the panel goes when another database is opened
                panel.set_choices(choices)

        self._choices_runner.submit(lambda _stale: caselist.filter_choices(ctx), show)

    def reload_filter_choices(self) -> None:
        """The rendezvous points and movements the filter panel offers, read again."""
        self._load_choices()

    def follow_colleagues(self) -> None:
        """From now on, colleagues' changes reach the views (see evactrack/ui/live.py)."""
        self.following = True
        self.live.follow(self.ctx.db)

    def _run(self, operation: Operation[Any]) -> Operation[Any]:
        """Start long work. The window keeps the recent operations: an operation's signal
        object must die on this thread, never on the worker that drops its last other
        reference; fifty operations later that worker is long done."""
        self._operations = [*self._operations[-49:], operation]
        return operation.run()

    # ------------------------------------------------------------ layout memory

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        self.case_list.restore_columns(self.settings)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.case_list.save_columns(self.settings)
        self.settings.sync()

    def editors_may_close(self) -> bool:
        """Each open case with unsaved edits asks Save / Discard / Cancel; Cancel in any
        keeps the application open."""
        return all(dialog.maybe_keep_edits() for dialog in list(self.details.values()))

    def scans_saved(self) -> bool:
        """A check-in screen with scans still being saved keeps the application open."""
        from evactrack.ui.views.checkin_view import CheckInView

        return all(view.may_close() for view in self.findChildren(CheckInView))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editors_may_close() or not self.scans_saved():
            event.ignore()
            return
        self.save_layout()
        for dialog in list(self.details.values()):
            dialog.close()
        super().closeEvent(event)
        if event.isAccepted():
            self.stop_work()

    def stop_work(self) -> None:
        """The window is closing: nothing it holds may start work any more (the undo stack
        still signals when it is cleared and destroyed), and its reads in flight stop."""
        if self.closed:
            return
        self.closed = True
        self.lock_screen.stop()
        self.undo_stack.indexChanged.disconnect(self._undo_index_changed)
        self._choices_runner.cancel()
        self.case_list.stop()
        self.live.stop()

    # ------------------------------------------------------------ list and filters

    def _filters_changed(self) -> None:
        self.case_list.reload(self.filters.apply(self.case_list.query))

    def _counts_loaded(self, counts: FilterCounts) -> None:
        self.filters.set_counts(counts)

    def _list_loaded(self, shown: int) -> None:
        """What to do first, while the database has no person (not merely none matching)."""
        asked = self.case_list.query
        unfiltered = CaseQuery(sort=asked.sort, descending=asked.descending)
        self.first_steps.setVisible(shown == 0 and asked == unfiltered)

    def add_rendezvous_points(self) -> None:
        """The rendezvous points tab, with the form of a new point open."""
        index = next(i for i, build in self._side_builders.items() if build is _rendezvous_points)
        self.tabs.setCurrentIndex(index)
        view = self.side_views.get(index)
        if view is not None and hasattr(view, "new_point"):
            view.new_point()

    def _selection_changed(self) -> None:
        has = bool(self.case_list.table.selectionModel().hasSelection())
        for action in self._bulk_actions():
            action.setEnabled(has and (self.writer or action is self.messages_action))
        self.open_case_action.setEnabled(has)

    def _table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.open_case_action)
        menu.addSeparator()
        menu.addActions(self._bulk_actions())
        menu.popup(self.case_list.table.viewport().mapToGlobal(pos))

    def show_figure(self, figure: str, caption: str) -> None:
        """A dashboard card was clicked: the Cases tab, listing exactly the persons it counts."""
        self.tabs.setCurrentIndex(0)
        self.case_list.clear_search()
        self.filters.show_figure(figure, caption)
        self.case_list.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.case_list.focus_search()

    def _undo_index_changed(self, _index: int) -> None:
        """An undo or redo is a save: the list must show it, whether or not its case is open."""
        self.refresh_all()

    def refresh_all(self, except_view: QWidget | None = None) -> None:
        """F5, and after every write: the list, the filter choices and every built tab
        (but the one that wrote, which has refreshed itself). Nothing once closed."""
        if self.closed:
            return
        self.case_list.refresh()
        self._load_choices()
        for view in self.side_views.values():
            if view is not except_view:
                view.refresh()
        for dialog in self.details.values():
            dialog.refresh_household()  # a member may have joined or left another case's

    # ------------------------------------------------------------ one case

    def open_current(self) -> None:
        person_id = self.case_list.current_id()
        if person_id is not None:
            self.open_person(person_id)

    def open_person(self, person_id: int) -> CaseDetailDialog | None:
        existing = self.details.get(person_id)
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        try:
            dialog = CaseDetailDialog(self.ctx, person_id, self.undo_stack, self)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda _pid: self.refresh_all())
        dialog.open_person.connect(self.open_person)
        dialog.destroyed.connect(lambda _obj=None, pid=person_id: self.details.pop(pid, None))
        self.details[person_id] = dialog
        dialog.show()
        return dialog

    def new_person(self) -> None:
        from evactrack.ui.views.person_form import NewPersonDialog

        dialog = NewPersonDialog(self.ctx, self)
        if dialog.exec() and dialog.created is not None:
            self.refresh_all()
            self.open_person(dialog.created.id)

    # ------------------------------------------------------------ bulk actions

    def assign_selection(self) -> None:
        from evactrack.ui.views.assign_dialog import assign_to_movement

        ids = self.case_list.selected_ids()
        result = assign_to_movement(self.ctx, self, ids) if ids else None
        if result is not None and result.change.steps:  # one undo step; pushing refreshes all
            marks = marks_of(self.undo_stack)
            self.undo_stack.push(ManifestCommand(self.ctx, result.change, marks))

    def change_status_selection(self) -> None:
        """Offer only the statuses every selected person may move to."""
        ids = self.case_list.selected_ids()
        if not ids:
            return
        try:
            current = caselist.statuses_of(self.ctx, ids)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return
        targets = [s for s in CaseStatus if all(s in allowed_targets(c) for c in current)]
        if not targets:
            dialogs.show_warning(
                self,
                self.tr("No status change is allowed for all %n selected person(s).", "", len(ids)),
            )
            return
        dialog = ChoiceDialog(
            self.tr("Change status of %n person(s)", "", len(ids)),
            [(self.tr("New status"), [(label(s), s) for s in targets])],
            self.tr("Reason"),
            self,
        )
        if not dialog.exec():
            return
        (target,) = dialog.values()
        reason = dialog.text.text().strip() or None
        if reason is None and any(needs_reason(c, target) for c in current):
            dialogs.show_warning(self, self.tr("This change needs a reason; nothing was changed."))
            return
        self.run_bulk_status(ids, target, reason)

    def run_bulk_status(
        self, ids: list[int], target: CaseStatus, reason: str | None
    ) -> Operation[list[case_status.StatusStep]]:
        """All or none, in the background; the whole change is then one undo step."""
        ctx = self.ctx

        def work(progress: Progress) -> list[case_status.StatusStep]:
            return case_status.bulk_change_status(ctx, ids, target, reason, progress.advance)

        def finished(steps: list[case_status.StatusStep]) -> None:
            if steps and self.ctx is ctx:  # not if another database was opened meanwhile
                self.undo_stack.push(StatusChangeCommand(ctx, steps, marks_of(self.undo_stack)))
            self.refresh_all()
            self.statusBar().showMessage(
                arg(
                    self.tr("Status changed to '%1' for %n person(s).", "", len(ids)), label(target)
                )
            )

        operation = Operation(self, work, write=True).success(finished)
        if len(ids) > BACKGROUND_BULK:
            operation.with_progress(self.tr("Changing the status of %n person(s)…", "", len(ids)))
        return self._run(operation)

    def log_contact_selection(self) -> Operation[int] | None:
        ids = self.case_list.selected_ids()
        if not ids:
            return None
        dialog = ChoiceDialog(
            self.tr("Log a contact attempt for %n person(s)", "", len(ids)),
            [
                (self.tr("Channel"), [(label(c), c) for c in ContactChannel]),
                (self.tr("Outcome"), [(label(o), o) for o in ContactOutcome]),
            ],
            self.tr("Note"),
            self,
        )
        if not dialog.exec():
            return None
        channel, outcome = dialog.values()
        return self.run_bulk_contact(ids, channel, outcome, dialog.text.text())

    def run_bulk_contact(
        self, ids: list[int], channel: ContactChannel, outcome: ContactOutcome, note: str
    ) -> Operation[int]:
        """Each attempt is its own fact: a cancel keeps those already logged, and says so."""
        ctx = self.ctx

        def work(progress: Progress) -> int:
            for done, person_id in enumerate(ids):
                if progress.cancelled:
                    return done
                contacts.log_attempt(ctx, person_id, channel, outcome, note)
                progress.report(done + 1, len(ids))
            return len(ids)

        def finished(done: int) -> None:
            self.refresh_all()
            if done < len(ids):
                dialogs.show_info(
                    self,
                    arg(
                        self.tr("Stopped: contact attempts were logged for %1 of %2 persons."),
                        done,
                        len(ids),
                    ),
                )
            else:
                self.statusBar().showMessage(
                    self.tr("Contact attempt logged for %n person(s).", "", done)
                )

        return self._run(
            Operation(self, work, write=True)
            .success(finished)
            .with_progress(self.tr("Logging contact attempts…"))
        )

    def make_household_selection(self) -> int | None:
        """Group the selected persons; the household id, or ``None`` if nothing was made."""
        from evactrack.ui.views.household_dialogs import MakeHouseholdDialog

        ids = self.case_list.selected_ids()
        if not ids:
            return None
        try:
            found = {p.id: p for p in persons.summaries(self.ctx, ids)}
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return None
        people = [found[i] for i in ids if i in found]
        if not people:
            return None
        dialog = MakeHouseholdDialog(people, self)
        if not dialog.exec():
            return None
        try:
            household = households.create_household(
                self.ctx,
                dialog.principal_id(),
                [p.id for p in people],
                name=dialog.household_name(),
            )
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return None
        self.refresh_all()
        self.statusBar().showMessage(
            self.tr("Household made with %n person(s).", "", len(household.members))
        )
        return household.id

    def export_selection(self) -> Operation[int] | None:
        ids = self.case_list.selected_ids()
        if not ids:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export selection"), "cases.csv", self.tr("CSV files (*.csv)")
        )
        if not path:
            return None
        return self.run_export(ids, Path(path))

    def run_export(self, ids: list[int], path: Path) -> Operation[int]:
        """Through the export service: formulas neutralised, file private, written whole."""
        ctx = self.ctx

        def work(progress: Progress) -> int:
            return export.export_persons_csv(ctx, path, ids, progress.advance)

        def finished(count: int) -> None:
            self.statusBar().showMessage(
                arg(self.tr("Exported %n person(s) to %1.", "", count), str(path))
            )

        return self._run(
            Operation(self, work).success(finished).with_progress(self.tr("Exporting…"))
        )

    def verify_audit_trail(self) -> Operation[audit.ChainCheck]:
        """The same check as ``evactrack audit verify``, on a worker, with progress."""
        ctx = self.ctx

        def work(progress: Progress) -> audit.ChainCheck:
            steps = audit.verify_steps(ctx)
            while True:
                progress.check()
                try:
                    done, total = next(steps)
                except StopIteration as finished:
                    result: audit.ChainCheck = finished.value
                    return result
                progress.advance(done, total)

        def finished(check: audit.ChainCheck) -> None:
            if check.intact:
                dialogs.show_info(
                    self,
                    self.tr("The audit trail is intact: %n event(s) verified.", "", check.checked),
                )
            elif check.broken_event is not None:
                dialogs.show_warning(
                    self,
                    arg(
                        self.tr(
                            "The audit trail was changed outside evactrack: event #%1 does not "
                            "verify (the %L2 events before it do)."
                        ),
                        check.broken_event,
                        check.checked,
                    ),
                )
            else:
                dialogs.show_warning(
                    self,
                    arg(
                        self.tr(
                            "The newest events of the audit trail were deleted outside "
                            "evactrack (the %L1 events left verify)."
                        ),
                        check.checked,
                    ),
                )

        return self._run(
            Operation(self, work)
            .success(finished)
            .with_progress(self.tr("Verifying the audit trail…"))
        )

    def back_up_database(self) -> Operation[backup.BackupResult] | None:
        """Ask where (the home folder, a dated name), then copy the whole database there."""
        try:
            name = backup.default_file_name(self.ctx)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return None
        kinds = (
            self.tr("SQLite databases (*.sqlite3)")
            if name.endswith(".sqlite3")
            else self.tr("PostgreSQL dumps (*.dump)")
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up database"),
            str(Path.home() / name),
            kinds + ";;" + self.tr("All files (*)"),
        )
        if not path:
            return None
        passphrase = None
        if not self.ctx.db.is_sqlite:  # a PostgreSQL dump is encrypted with a passphrase
            from evactrack.ui.views.unlock_dialog import ask_new_passphrase

            passphrase = ask_new_passphrase(self, Path(path))
            if passphrase is None:
                return None
        return self.run_backup(Path(path), passphrase)

    def run_backup(
        self, path: Path, passphrase: str | None = None
    ) -> Operation[backup.BackupResult]:
        """On the write worker (no save of this window changes the database under the copy),
        with a progress dialog whose Cancel leaves nothing behind."""
        ctx = self.ctx

        encrypted = ctx.db.encrypted or not ctx.db.is_sqlite  # a dump is always sealed

        def work(progress: Progress) -> backup.BackupResult:
            return backup.back_up(ctx, path, progress.advance, passphrase=passphrase)

        def finished(result: backup.BackupResult) -> None:
            size = QLocale().formattedDataSize(
                result.bytes, 1, QLocale.DataSizeFormat.DataSizeSIFormat
            )
            if encrypted:
                text = self.tr(
                    "The database was backed up: %n person(s) in %1 (%2).\n\n"
                    "This file holds every record, encrypted: it opens only with its "
                    "passphrase.",
                    "",
                    result.persons,
                )
            else:
                text = self.tr(
                    "The database was backed up: %n person(s) in %1 (%2).\n\n"
                    "This file holds every record and is not encrypted: keep it as safe as "
                    "the database itself.",
                    "",
                    result.persons,
                )
            dialogs.show_info(self, arg(text, str(result.path), size))

        return self._run(
            Operation(self, work, write=True)
            .success(finished)
            .with_progress(self.tr("Backing up the database…"))
        )

    # ------------------------------------------------------------ data protection

    def show_database_notices(self) -> None:
        """Say how the database was opened when it is not as usual."""
        if self.ctx.db.tightened:
            dialogs.show_warning(
                self,
                self.tr(
                    "The database file could be read by other accounts on this computer. "
                    "It is now readable by you only."
                ),
            )
        if self.ctx.db.read_only:
            dialogs.show_warning(
                self,
                arg(
                    self.tr(
                        "The database %1 cannot be written (its file or its folder is "
                        "read-only), so it is open for reading only: you can search and print, "
                        "but not change anything. Copy it to a folder you can write to."
                    ),
                    self.ctx.db.url,
                ),
            )

    def emergency_wipe(self) -> bool:
        """Destroy the database, its copies, exports, reports and logs after the caseworker
        types the confirmation word; then evactrack closes, since nothing is left to show."""
        word = self.tr("WIPE")
        typed = dialogs.ask_text(
            self,
            arg(
                self.tr(
                    "This destroys the database, its backups, the exports and reports in "
                    "evactrack's folder, and the logs on this computer. Nothing can be "
                    "recovered.\n\nType %1 to confirm:"
                ),
                word,
            ),
            self.tr("Emergency wipe"),
        )
        if typed is None:
            return False
        if typed.strip() != word:
            dialogs.show_info(self, self.tr("The word was not typed as asked: nothing was wiped."))
            return False
        for dialog in list(self.details.values()):
            dialog.close()
        # Work still running would fail on the vanished database and show errors.
        self.case_list.stop_loading()
        self._choices_runner.cancel()
        self.live.stop()
        for pool in (QThreadPool.globalInstance(), write_pool()):
            pool.waitForDone(WIPE_WAIT_MS)
        try:
            result = wipe.wipe(self.ctx)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            return False
        self.hide()
        self.settings.remove(LAST_DATABASE)
        message = self.tr("Wiped: %n file(s) destroyed. evactrack closes now.", "", result.files)
        if result.server:
            message += "\n\n" + self.tr(
                "The records on the database server were not touched: ask its administrator "
                "to drop them."
            )
        dialogs.show_info(None, message)
        self.close()
        return True

    # ------------------------------------------------------------ other windows

    def import_file(self) -> None:
        from evactrack.ui.views.import_wizard import ImportWizard

        ImportWizard(self.ctx, self).exec()
        self.refresh_all()

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self.menuBar(), self).exec()

    def show_guide(self) -> None:
        from evactrack.ui.views.help import GuideDialog

        GuideDialog(self, i18n.chosen_language(self.settings)).exec()

    def show_about(self) -> None:
        from evactrack.ui.views.help import AboutDialog

        AboutDialog(self.ctx, self).exec()

    def check_in(self) -> QWidget | None:
        """Ctrl+K: the check-in screen of the movement chosen on the board (the board first,
        when none is chosen)."""
        board = next((v for v in self.side_views.values() if hasattr(v, "check_in")), None)
        view = board.check_in() if board is not None else None
        if view is None:
            index = next(
                (i for i, build in self._side_builders.items() if build is _movements_board), None
            )
            if index is not None:
                self.tabs.setCurrentIndex(index)
            dialogs.show_info(self, self.tr("Choose a movement on the board, then check in."))
        return view

    def print_daily_report(self) -> None:
        from evactrack.ui.views.report_dialog import open_daily_report

        open_daily_report(self.ctx, self)

    def choose_language(self, language: str | None) -> None:
        """Remember the choice and apply it at once: menus, tabs and lists are built again in
        the new language (an open case window keeps its language until it is closed)."""
        i18n.remember_language(language, self.settings)
        app = QCoreApplication.instance()
        if app is not None:
            i18n.install(app, i18n.chosen_language(self.settings))
        self.retranslate()

    def retranslate(self) -> None:
        """Build the window's words again after the interface language changed."""
        current = self.tabs.currentIndex()
        self.save_layout()
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        self.language_group.deleteLater()
        self.menuBar().clear()
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._restore_layout()
        self.tabs.setCurrentIndex(current)

    def edit_operation_settings(self) -> None:
        """The operation's site name, printed on every report; an administrator's setting."""
        from evactrack.ui.views.operation_settings import OperationSettingsDialog

        OperationSettingsDialog(self.ctx, self).exec()
        self.lock_screen.use(self.ctx)  # the idle time may have changed

    def edit_message_templates(self) -> None:
        """The instructions sent to evacuees, per language; an administrator's setting."""
        from evactrack.ui.views.messages_dialog import TemplatesDialog

        TemplatesDialog(self.ctx, self).exec()

    def lock(self) -> None:
        """Ctrl+L: nothing of the data stays shown until the password is typed again."""
        self.lock_screen.lock()

    def manage_users(self) -> None:
        """Administration → Users: accounts, an administrator's work."""
        from evactrack.ui.views.users_dialog import UsersDialog

        try:
            dialog = UsersDialog(self.ctx, self)
        except EvactrackError as refused:
            dialogs.show_error(self, refused)
            return
        dialog.exec()

    def messages_selection(self) -> None:
        """Each chosen person's instructions, about the open movement they are on."""
        ids = self.case_list.selected_ids()
        if ids:
            from evactrack.ui.views.messages_dialog import MessagesDialog

            MessagesDialog(self.ctx, self, person_ids=ids).exec()

    def ask_site_name_once(self) -> None:
        """At an administrator's first start, the operation has no site name yet: ask."""
        from evactrack.ui.views.operation_settings import OperationSettingsDialog

        if self.ctx.actor.role is Role.ADMIN and not operation.get(self.ctx, operation.SITE_NAME):
            OperationSettingsDialog(self.ctx, self, first_run=True).exec()

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            "",
            self.tr("evactrack databases (*.sqlite3 *.db);;All files (*)"),
        )
        if path:
            self.switch_database(path)

    def choose_database_url(self) -> None:
        """A shared PostgreSQL database, e.g. postgresql://caseworker@10.0.0.5/evactrack."""
        url = dialogs.ask_text(
            self,
            self.tr("Database address (postgresql://user@host/database):"),
            self.tr("Open a database server"),
        )
        if url and url.strip():
            self.switch_database(url.strip())

    def switch_database(self, url: str) -> bool:
        """Open another database and show it; the one in use stays open if that fails."""
        from evactrack.ui.views.login_dialog import log_in
        from evactrack.ui.views.unlock_dialog import open_unlocked

        db = None
        try:
            db = open_unlocked(self, url)
            ctx = None if db is None else log_in(self, db)
        except EvactrackError as exc:
            dialogs.show_error(self, exc)
            ctx = None
        if ctx is None:
            if db is not None:
                db.close()
            return False
        self.use_database(ctx)
        self.settings.setValue(LAST_DATABASE, config.remember_password(url))
        return True

    def use_database(self, ctx: Context) -> None:
        """Show the database ``ctx`` works on, closing the one shown before (if still open)."""
        for dialog in list(self.details.values()):
            dialog.close()
        self.undo_stack.clear()
        self.live.stop()
        old = self.ctx.db
        self.ctx = ctx
        self.save_layout()
        self._build_central()
        self._restore_layout()
        if old is not ctx.db:
            old.close()
        if self.following:
            self.live.follow(ctx.db)
        self.lock_screen.use(ctx)
        self.show_database_notices()

    def restore_backup(self) -> bool:
        """File > Restore a backup…: see evactrack/ui/views/restore.py."""
        from evactrack.ui.views.restore import restore_backup

        return restore_backup(self)

    def show_restored(self, result: backup.RestoreResult) -> None:
        text = self.tr("The backup was restored: %n person(s).", "", result.persons)
        if result.replaced is not None:
            kept = self.tr("The database it replaced was kept as %1.")
            text += "\n\n" + arg(kept, str(result.replaced))
        dialogs.show_info(self, text)
