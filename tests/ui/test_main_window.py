"""The main window: filters, shortcuts, bulk actions, layout memory, database switch."""

from __future__ import annotations

import csv
import importlib.util
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from evactrack import app
from evactrack.domain.enums import CaseStatus, ContactChannel, ContactOutcome, LegalStatus
from evactrack.domain.errors import OperationCancelled
from evactrack.services import case_status, contacts, persons
from evactrack.services.context import Context, open_database
from evactrack.ui import dialogs, i18n
from evactrack.ui.main_window import LAST_DATABASE, ChoiceDialog, MainWindow
from evactrack.ui.tasks import write_pool
from tests.conftest import TEST_PASSPHRASE, account
from tests.factories import make_person


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def people(sqlite_ctx: Context) -> list[int]:
    return [
        make_person(sqlite_ctx, "Zahra", "Ahmadi").id,
        make_person(sqlite_ctx, "Bashir", "Karimi", status=CaseStatus.CONTACTED).id,
        make_person(sqlite_ctx, "Amin", "Sultani", legal_status=LegalStatus.VISA_APPLICANT).id,
    ]


@pytest.fixture
def window(qtbot: QtBot, sqlite_ctx: Context, settings: QSettings, people: list[int]) -> MainWindow:
    main = MainWindow(sqlite_ctx, settings)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded):
        main.show()
    return main


def _answer(monkeypatch: pytest.MonkeyPatch, offered: list[list[str]], **choice: object) -> None:
    """Make the bulk action's dialog answer as a caseworker would, recording what it offered."""

    def exec_(dialog: ChoiceDialog) -> int:
        offered.extend([[c.itemText(i) for i in range(c.count())] for c in dialog.combos])
        for combo, text in zip(dialog.combos, choice.get("pick", []), strict=False):
            combo.setCurrentIndex(combo.findText(str(text)))
        dialog.text.setText(str(choice.get("text", "")))
        return 1

    monkeypatch.setattr(ChoiceDialog, "exec", exec_)


def test_filters_narrow_the_list_and_show_counts(
    qtbot: QtBot, window: MainWindow, people: list[int]
) -> None:
    assert window.tabs.tabText(0) == "Cases"
    assert len(window.case_list.model.ids) == 3
    with (
        qtbot.waitSignal(window.case_list.counts_loaded, timeout=5000),
        qtbot.waitSignal(window.case_list.loaded),
    ):
        window.filters.tick("legal_statuses", LegalStatus.VISA_APPLICANT)
    assert window.case_list.model.ids == [people[2]]
    group = window.filters._groups["statuses"]
    texts = [group.child(i).text(0) for i in range(group.childCount())]
    assert "New (1)" in texts and "Contacted (0)" in texts
    with qtbot.waitSignal(window.case_list.loaded):
        window.filters.clear()
    assert len(window.case_list.model.ids) == 3


def test_shortcuts_are_the_documented_ones(qtbot: QtBot, window: MainWindow) -> None:
    shortcuts = {
        window.new_person_action: "Ctrl+N",
        window.find_action: "Ctrl+F",
        window.refresh_action: "F5",
        window.undo_action: "Ctrl+Z",
        window.redo_action: "Ctrl+Shift+Z",
    }
    if window.print_action is not None:
        shortcuts[window.print_action] = "Ctrl+P"
    for action, keys in shortcuts.items():
        assert action.shortcut() == QKeySequence(keys), action.text()
    window.find_action.trigger()
    assert window.tabs.currentIndex() == 0
    with qtbot.waitSignal(window.case_list.loaded):
        window.refresh_action.trigger()


def test_bulk_status_offers_only_common_transitions_and_needs_reasons(
    qtbot: QtBot,
    window: MainWindow,
    people: list[int],
    sqlite_ctx: Context,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.case_list.select_ids({people[0], people[1]})  # new and contacted
    offered: list[list[str]] = []
    _answer(monkeypatch, offered, pick=["Deferred"])
    window.change_status_selection()
    assert offered[0] == [
        "Verified",
        "No contact",
        "Declined (stays)",
        "Self-evacuated",
        "Deferred",
        "Duplicate",
    ]
    assert messages == ["This change needs a reason; nothing was changed."]
    _answer(monkeypatch, [], pick=["Verified"])
    with qtbot.waitSignal(window.case_list.loaded):
        window.change_status_selection()
    assert {persons.get_person(sqlite_ctx, p).status for p in people[:2]} == {CaseStatus.VERIFIED}
    assert window.statusBar().currentMessage() == "Status changed to 'Verified' for 2 person(s)."
    assert window.case_list.selected_ids() == [people[1], people[0]]


def test_bulk_status_says_when_nothing_is_common(
    window: MainWindow, people: list[int], sqlite_ctx: Context, messages: list[str]
) -> None:
    case_status.change_status(sqlite_ctx, people[0], CaseStatus.DUPLICATE, "same as #2")
    window.case_list.select_ids({people[0]})
    # A duplicate can only go back to new; selected with a new case there is nothing in common.
    window.case_list.select_ids({people[0], people[2]})
    window.change_status_selection()
    assert messages == ["No status change is allowed for all 2 selected person(s)."]


def test_bulk_contact_logs_one_attempt_each(
    qtbot: QtBot,
    window: MainWindow,
    people: list[int],
    sqlite_ctx: Context,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.case_list.select_ids(set(people))
    _answer(monkeypatch, [], pick=["WhatsApp", "No answer"], text="tried twice")
    with qtbot.waitSignal(window.case_list.loaded):
        window.log_contact_selection()
    for person_id in people:
        (attempt,) = contacts.list_attempts(sqlite_ctx, person_id)
        assert attempt.channel is ContactChannel.WHATSAPP
        assert attempt.outcome is ContactOutcome.NO_ANSWER
        assert attempt.note == "tried twice"
    assert window.statusBar().currentMessage() == "Contact attempt logged for 3 person(s)."


def test_export_writes_the_selection(
    qtbot: QtBot, window: MainWindow, people: list[int], tmp_path: Path
) -> None:
    window.case_list.select_ids({people[0], people[2]})
    target = tmp_path / "exports" / "selection.csv"
    target.parent.mkdir()
    with qtbot.waitSignal(window.statusBar().messageChanged):
        window.run_export(window.case_list.selected_ids(), target)
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["full_name"] for r in rows) == ["Amin Sultani", "Zahra Ahmadi"]
    assert [p.name for p in target.parent.iterdir()] == ["selection.csv"]  # nothing half-done
    assert target.stat().st_mode & 0o077 == 0  # personal data: readable by its owner only


def test_a_case_opens_once_and_its_saves_refresh_the_list(
    qtbot: QtBot, window: MainWindow, people: list[int]
) -> None:
    view = window.case_list
    row = view.model.ids.index(people[0])
    with qtbot.waitSignal(view.open_person):
        view.table.doubleClicked.emit(view.model.index(row, 0))
    dialog = window.details[people[0]]
    assert window.open_person(people[0]) is dialog
    dialog.form.family_name.setText("Ahmadzai")
    with qtbot.waitSignal(view.loaded):
        assert dialog.save()
    assert view.model.case_row(row).name == "Zahra Ahmadzai"
    assert window.undo_action.isEnabled()


def test_layout_and_language_are_remembered(
    qtbot: QtBot, window: MainWindow, sqlite_ctx: Context, settings: QSettings, messages: list[str]
) -> None:
    window.splitter.setSizes([150, 850])
    sizes = window.splitter.sizes()
    window.close()
    again = MainWindow(sqlite_ctx, settings)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.case_list.loaded):
        again.show()
    assert again.splitter.sizes()[0] == sizes[0] == 150  # the filter panel's width
    assert settings.value("window/geometry") is not None
    again.choose_language("fr")
    assert settings.value(i18n.SETTING) == "fr" and i18n.chosen_language(settings) == "fr"
    assert messages == [], "applied at once, nothing to tell"
    again.choose_language(None)
    assert settings.value(i18n.SETTING) is None


def test_switching_database_shows_it_and_remembers_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, settings: QSettings, messages: list[str]
) -> None:
    other = tmp_path / "other.sqlite3"
    assert not window.switch_database(str(other))  # only init creates a database
    assert messages == [f"no database at {other}; create one with evactrack init"]
    assert not other.exists() and window.ctx.db.url.endswith("cases.sqlite3")
    # Encrypted, as init makes it: the passphrase comes from EVACTRACK_PASSPHRASE.
    open_database(str(other), create=True, passphrase=TEST_PASSPHRASE).close()
    messages.clear()
    assert window.switch_database(str(other))
    with qtbot.waitSignal(window.case_list.loaded):
        pass
    assert window.case_list.model.ids == []
    assert settings.value(LAST_DATABASE) == str(other)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, just a caseworker's notes\n" * 100)
    assert not window.switch_database(str(notes))
    assert messages and window.ctx.db.url.endswith("other.sqlite3")


def test_the_startup_database_follows_the_documented_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert app.database_to_open("given.sqlite3", "last.sqlite3") == "given.sqlite3"
    assert app.database_to_open(None, "last.sqlite3") == "last.sqlite3"
    assert app.database_to_open(None, "") is None
    monkeypatch.setenv("EVACTRACK_DB", "env.sqlite3")
    assert app.database_to_open(None, "last.sqlite3") is None


def test_other_tabs_are_built_when_first_shown(qtbot: QtBot, window: MainWindow) -> None:
    index = next(
        i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Rendezvous points"
    )
    assert index not in window.side_views
    window.tabs.setCurrentIndex(index)
    view = window.side_views[index]
    assert type(view).__name__ == "RendezvousPointsView"
    assert window.tabs.widget(index) is view
    with qtbot.waitSignal(window.case_list.loaded):  # a write in a tab refreshes the cases
        view.changed.emit()


@pytest.mark.skipif(
    importlib.util.find_spec("evactrack.ui.views.assign_dialog") is None,
    reason="the assign dialog is not there yet",
)
def test_assign_hands_the_selection_to_the_assign_dialog(
    qtbot: QtBot, window: MainWindow, people: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from evactrack.ui.views import assign_dialog

    asked: list[list[int]] = []
    monkeypatch.setattr(
        assign_dialog, "assign_to_movement", lambda _ctx, _parent, ids: asked.append(ids)
    )  # nothing assigned (the assignment and its undo: tests/ui/test_movement_undo.py)
    window.case_list.select_ids({people[0], people[1]})
    assert window.assign_action is not None and window.assign_action.isEnabled()
    window.assign_action.trigger()
    assert asked == [window.case_list.selected_ids()] and sorted(asked[0]) == people[:2]


@pytest.mark.skipif(
    importlib.util.find_spec("evactrack.ui.views.report_dialog") is None,
    reason="the report dialog is not there yet",
)
def test_ctrl_p_opens_the_daily_report(
    window: MainWindow, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evactrack.ui.views import report_dialog

    opened: list[object] = []
    monkeypatch.setattr(report_dialog, "open_daily_report", lambda ctx, parent: opened.append(ctx))
    assert window.print_action is not None
    window.print_action.trigger()
    assert opened == [sqlite_ctx]


def test_bulk_actions_wait_for_a_selection(window: MainWindow, people: list[int]) -> None:
    window.case_list.table.clearSelection()
    assert not window.status_action.isEnabled() and not window.export_action.isEnabled()
    window.case_list.select_ids({people[0]})
    assert window.status_action.isEnabled() and window.contact_action.isEnabled()


@pytest.mark.skipif(
    importlib.util.find_spec("evactrack.ui.views.import_wizard") is None,
    reason="the import wizard is not there yet",
)
def test_file_import_opens_the_wizard_then_refreshes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from evactrack.ui.views import import_wizard

    shown: list[object] = []
    monkeypatch.setattr(
        import_wizard.ImportWizard, "exec", lambda wizard: shown.append(wizard) or 0
    )
    assert window.import_action is not None
    with qtbot.waitSignal(window.case_list.loaded):
        window.import_action.trigger()
    assert isinstance(shown[0], import_wizard.ImportWizard)


def test_a_database_server_address_can_be_typed(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    open_database(url, create=True, passphrase=TEST_PASSPHRASE).close()
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: f"  {url} ")
    window.open_url_action.trigger()
    with qtbot.waitSignal(window.case_list.loaded):  # the new database's list
        pass
    assert settings.value(LAST_DATABASE) == url and window.ctx.db.url == url
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a, **_k: None)  # cancelled
    window.open_url_action.trigger()
    assert settings.value(LAST_DATABASE) == url


def test_a_large_bulk_change_shows_progress_and_can_be_cancelled(
    qtbot: QtBot,
    window: MainWindow,
    people: list[int],
    sqlite_ctx: Context,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from evactrack.ui import main_window

    monkeypatch.setattr(main_window, "BACKGROUND_BULK", 1)
    ids = people[:2]
    with qtbot.waitSignal(window.case_list.loaded):
        operation = window.run_bulk_status(ids, CaseStatus.VERIFIED, None)
        assert operation.dialog is not None
    assert {persons.get_person(sqlite_ctx, p).status for p in ids} == {CaseStatus.VERIFIED}

    # Hold the one write worker so that Cancel is pressed before the change runs.
    gate = threading.Event()
    write_pool().start(lambda: gate.wait(10))
    operation = window.run_bulk_status(ids, CaseStatus.DEFERRED, "road closed")
    operation.progress.cancel()  # as the dialog's Cancel button does
    with qtbot.waitSignal(operation.signals.failed) as failed:
        gate.set()
    assert isinstance(failed.args[0], OperationCancelled)
    assert {persons.get_person(sqlite_ctx, p).status for p in ids} == {CaseStatus.VERIFIED}


def test_a_cancelled_bulk_contact_says_how_many_were_logged(
    qtbot: QtBot,
    window: MainWindow,
    people: list[int],
    sqlite_ctx: Context,
    messages: list[str],
) -> None:
    gate = threading.Event()
    write_pool().start(lambda: gate.wait(10))
    operation = window.run_bulk_contact(people, ContactChannel.PHONE, ContactOutcome.REACHED, "")
    operation.progress.cancel()
    with qtbot.waitSignal(window.case_list.loaded):
        gate.set()
    assert messages == ["Stopped: contact attempts were logged for 0 of 3 persons."]
    assert all(contacts.list_attempts(sqlite_ctx, p) == [] for p in people)


def test_undo_after_the_case_is_closed_still_works_and_refreshes(
    qtbot: QtBot, window: MainWindow, people: list[int], sqlite_ctx: Context
) -> None:
    dialog = window.open_person(people[0])
    assert dialog is not None
    dialog.form.family_name.setText("Ahmadzai")
    with qtbot.waitSignal(window.case_list.loaded):
        assert dialog.save()
    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not Shiboken.isValid(dialog) and people[0] not in window.details
    assert window.undo_action.text() == "&Undo edit of Zahra Ahmadzai"
    with qtbot.waitSignal(window.case_list.loaded):
        window.undo_action.trigger()
    assert persons.get_person(sqlite_ctx, people[0]).data.family_name == "Ahmadi"
    row = window.case_list.model.ids.index(people[0])
    assert window.case_list.model.case_row(row).name == "Zahra Ahmadi"


def _press(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    """A shortcut as the caseworker types it, in the active main window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combination = QKeySequence(keys)[0]
    qtbot.keyClick(window.case_list.table, combination.key(), combination.keyboardModifiers())


def test_a_status_change_in_a_case_is_undone_with_ctrl_z_and_redone(
    qtbot: QtBot, window: MainWindow, people: list[int], sqlite_ctx: Context, messages: list[str]
) -> None:
    dialog = window.open_person(people[0])
    assert dialog is not None
    [verified] = [a for a in dialog.status_menu.actions() if a.data() == "verified"]
    with qtbot.waitSignal(window.case_list.loaded):
        verified.trigger()
    assert persons.get_person(sqlite_ctx, people[0]).status is CaseStatus.VERIFIED
    assert window.undo_action.text() == "&Undo status change of Zahra Ahmadi"
    row = window.case_list.model.ids.index(people[0])
    assert window.case_list.model.case_row(row).status is CaseStatus.VERIFIED

    with qtbot.waitSignal(window.case_list.loaded):
        _press(qtbot, window, "Ctrl+Z")

    assert persons.get_person(sqlite_ctx, people[0]).status is CaseStatus.NEW
    assert window.case_list.model.case_row(row).status is CaseStatus.NEW
    assert dialog.status_label.text() == "Case status: New"
    with qtbot.waitSignal(window.case_list.loaded):
        _press(qtbot, window, "Ctrl+Shift+Z")
    assert persons.get_person(sqlite_ctx, people[0]).status is CaseStatus.VERIFIED
    assert dialog.status_label.text() == "Case status: Verified"
    assert messages == []


def test_a_bulk_status_change_is_one_undo_step(
    qtbot: QtBot,
    window: MainWindow,
    people: list[int],
    sqlite_ctx: Context,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = window.open_person(people[0])
    assert dialog is not None
    window.case_list.select_ids({people[0], people[1]})  # new and contacted
    _answer(monkeypatch, [], pick=["Verified"])
    with qtbot.waitSignal(window.case_list.loaded):
        window.change_status_selection()
    assert {persons.get_person(sqlite_ctx, p).status for p in people[:2]} == {CaseStatus.VERIFIED}
    assert window.undo_action.text() == "&Undo status change of 2 person(s)"
    assert dialog.status_label.text() == "Case status: Verified"  # an open case follows

    with qtbot.waitSignal(window.case_list.loaded):
        window.undo_action.trigger()

    assert [persons.get_person(sqlite_ctx, p).status for p in people] == [
        CaseStatus.NEW,
        CaseStatus.CONTACTED,
        CaseStatus.NEW,
    ]
    assert dialog.status_label.text() == "Case status: New"
    assert window.undo_stack.count() == 1 and window.redo_action.isEnabled()
    with qtbot.waitSignal(window.case_list.loaded):
        window.redo_action.trigger()
    assert {persons.get_person(sqlite_ctx, p).status for p in people[:2]} == {CaseStatus.VERIFIED}
    assert messages == []


def test_a_bulk_undo_after_a_colleagues_change_undoes_nobody(
    qtbot: QtBot,
    window: MainWindow,
    people: list[int],
    sqlite_ctx: Context,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.case_list.select_ids({people[0], people[1]})
    _answer(monkeypatch, [], pick=["Verified"])
    with qtbot.waitSignal(window.case_list.loaded):
        window.change_status_selection()
    colleague = account(sqlite_ctx, "colleague")
    case_status.change_status(colleague, people[1], CaseStatus.ASSIGNED)

    with qtbot.waitSignal(window.case_list.loaded):
        window.undo_action.trigger()

    assert [persons.get_person(sqlite_ctx, p).status for p in people[:2]] == [
        CaseStatus.VERIFIED,  # not undone either: nothing half-undone
        CaseStatus.ASSIGNED,
    ]
    assert len(messages) == 1
    assert messages[0].startswith(
        "The status change cannot be undone; it has been removed from the undo history.\n\n"
        "The status changes of 2 persons cannot be undone: 1 of them have been changed since"
    )
    assert f"Bashir Karimi (#{people[1]}, now 'assigned')" in messages[0]
    assert window.undo_stack.count() == 0 and not window.undo_action.isEnabled()


def test_verify_audit_trail_runs_on_a_worker_and_names_the_broken_event(
    qtbot: QtBot, window: MainWindow, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    said: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, message, *_: said.append(message))
    monkeypatch.setattr(dialogs, "show_warning", lambda _parent, message, *_: said.append(message))
    window.verify_audit_trail()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=20_000)
    assert "intact" in said[0]
    with sqlite_ctx.db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET username = 'nobody' WHERE id = 2"))
    window.verify_audit_trail()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert "event #2 does not verify" in said[1]
