"""The case detail dialog: edit, status, contact log, refusals, history, conflicts, undo."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    RefusalReason,
    VulnerabilityFlag,
)
from evactrack.services import (
    case_status,
    contacts,
    households,
    movements,
    persons,
    refusals,
    settings,
)
from evactrack.services.context import Context
from evactrack.ui import dialogs
from evactrack.ui.views import case_detail
from evactrack.ui.views.case_detail import CaseDetailDialog
from evactrack.ui.views.conflict_dialog import ConflictDialog
from evactrack.ui.views.person_form import NewPersonDialog
from tests.conftest import account
from tests.factories import make_movement, make_person, make_point


@pytest.fixture
def zahra(sqlite_ctx: Context) -> int:
    person = make_person(
        sqlite_ctx,
        "Zahra",
        "Ahmadi",
        native_name="زهرا احمدی",
        phone="0701234567",
        flags=frozenset({VulnerabilityFlag.MEDICAL}),
    )
    other = make_person(sqlite_ctx, "Amin", "Ahmadi")
    households.create_household(sqlite_ctx, person.id, [other.id], name="Ahmadi family")
    return person.id


def _open(qtbot: QtBot, ctx: Context, person_id: int, **kwargs: object) -> CaseDetailDialog:
    dialog = CaseDetailDialog(ctx, person_id, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_shows_the_person_household_and_formatted_phone(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int
) -> None:
    dialog = _open(qtbot, sqlite_ctx, zahra)
    assert dialog.title.text() == "Zahra Ahmadi"
    assert dialog.native_title.text() == "زهرا احمدی"
    assert dialog.form.phones.toPlainText() == "+93 70 123 4567"
    assert dialog.form.flags[VulnerabilityFlag.MEDICAL].isChecked()
    members = [
        dialog.household.members.item(i).text() for i in range(dialog.household.members.count())
    ]
    assert any("principal" in m and "Zahra" in m for m in members) and len(members) == 2
    amin = dialog.household.members.item(1)
    with qtbot.waitSignal(dialog.open_person) as opened:
        dialog.household.members.itemDoubleClicked.emit(amin)
    assert opened.args == [amin.data(Qt.ItemDataRole.UserRole)] and opened.args[0] != zahra


def test_a_save_is_stored_audited_and_shown_in_the_history(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, messages: list[str]
) -> None:
    dialog = _open(qtbot, sqlite_ctx, zahra)
    dialog.form.email.setText("Zahra@Example.org")
    dialog.form.documents.setPlainText("passport P 123 456")
    with qtbot.waitSignal(dialog.changed):
        assert dialog.save()
    saved = persons.get_person(sqlite_ctx, zahra)
    assert saved.data.email == "zahra@example.org"
    assert saved.data.documents[0].number == "P 123 456"
    fields = {
        dialog.history.table.item(r, 3).text() for r in range(dialog.history.table.rowCount())
    }
    assert {"E-mail", "Documents"} <= fields
    assert messages == []


def test_a_bad_value_is_explained_and_changes_nothing(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, messages: list[str]
) -> None:
    dialog = _open(qtbot, sqlite_ctx, zahra)
    before = persons.get_person(sqlite_ctx, zahra)
    dialog.form.date_of_birth.setText("31/12/1990")
    assert not dialog.save()
    dialog.form.date_of_birth.setText("")
    dialog.form.documents.setPlainText("library-card 12")
    assert not dialog.save()
    dialog.form.documents.setPlainText("")
    dialog.form.email.setText("not an address")
    assert not dialog.save()
    assert "YYYY-MM-DD" in messages[0]
    assert "not a document type" in messages[1]
    assert "not a valid e-mail" in messages[2]
    assert persons.get_person(sqlite_ctx, zahra).version == before.version


def test_the_status_menu_offers_only_allowed_transitions_and_asks_for_reasons(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, sqlite_ctx, zahra)
    assert dialog.allowed_statuses() == [
        CaseStatus.CONTACTED,
        CaseStatus.VERIFIED,
        CaseStatus.NO_CONTACT,
        CaseStatus.DECLINED,
        CaseStatus.SELF_EVACUATED,
        CaseStatus.DEFERRED,
        CaseStatus.DUPLICATE,
    ]
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_text", lambda _p, text, *_a: asked.append(text) or None)
    assert not dialog.change_status(CaseStatus.DEFERRED)  # cancelled: nothing changes
    assert persons.get_person(sqlite_ctx, zahra).status is CaseStatus.NEW
    monkeypatch.setattr(dialogs, "ask_text", lambda *_a: "waiting for her passport")
    with qtbot.waitSignal(dialog.changed):
        assert dialog.change_status(CaseStatus.DEFERRED)
    assert asked == ["Why does the case go from 'New' to 'Deferred'?"]
    history = case_status.status_history(sqlite_ctx, zahra)
    assert history[-1].to_status is CaseStatus.DEFERRED
    assert history[-1].reason == "waiting for her passport"
    assert dialog.status_label.text() == "Case status: Deferred"
    assert CaseStatus.DEFERRED not in dialog.allowed_statuses()


def test_logging_a_contact_is_one_click_and_keeps_the_form_saveable(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, messages: list[str]
) -> None:
    dialog = _open(qtbot, sqlite_ctx, zahra)
    dialog.form.notes.setPlainText("prefers WhatsApp")
    dialog.contacts.channel.setCurrentIndex(
        dialog.contacts.channel.findData(ContactChannel.WHATSAPP)
    )
    dialog.contacts.outcome.setCurrentIndex(
        dialog.contacts.outcome.findData(ContactOutcome.REACHED)
    )
    dialog.contacts.note.setText("at her cousin's")
    with qtbot.waitSignal(dialog.changed):
        assert dialog.contacts.log_contact()
    assert dialog.contacts.table.rowCount() == 1
    assert dialog.contacts.table.item(0, 3).text() == "at her cousin's"
    assert dialog.status_label.text() == "Case status: Contacted"
    assert dialog.form.notes.toPlainText() == "prefers WhatsApp"  # unsaved edit survives
    assert dialog.save()  # our own contact log does not count as someone else's change
    assert persons.get_person(sqlite_ctx, zahra).data.notes == "prefers WhatsApp"
    assert messages == []


def test_a_colleagues_save_leads_to_the_conflict_dialog(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(qtbot, sqlite_ctx, zahra)
    colleague = account(sqlite_ctx, "colleague")
    theirs = persons.get_person(colleague, zahra)
    persons.update_person(
        colleague,
        zahra,
        theirs.version,
        persons.PersonInput(**{**theirs.data.__dict__, "location": "Kabul, PD 4"}),
    )
    dialog.form.location.setText("Mazar-i-Sharif")
    seen: list[list[tuple[str, str, str]]] = []

    def choose(choice: int):
        def ask(mine: persons.PersonInput, saved: persons.PersonDetail, parent: object) -> int:
            seen.append(ConflictDialog(mine, saved).differences)
            return choice

        return ask

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(choose(ConflictDialog.KEEP_EDITING)))
    assert not dialog.save()
    assert persons.get_person(sqlite_ctx, zahra).data.location == "Kabul, PD 4"
    assert seen[0] == [("location", "Mazar-i-Sharif", "Kabul, PD 4")]
    assert dialog.form.location.text() == "Mazar-i-Sharif"

    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(choose(ConflictDialog.KEEP_THEIRS)))
    assert not dialog.save()
    assert dialog.form.location.text() == "Kabul, PD 4"

    dialog.form.location.setText("Mazar-i-Sharif")
    assert dialog.save()  # no one saved in between: no conflict now
    persons.update_person(
        colleague,
        zahra,
        persons.get_person(colleague, zahra).version,
        persons.PersonInput(**{**theirs.data.__dict__, "location": "Herat"}),
    )
    dialog.form.location.setText("Jalalabad")
    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(choose(ConflictDialog.SAVE_MINE)))
    assert dialog.save()
    assert persons.get_person(sqlite_ctx, zahra).data.location == "Jalalabad"


def test_the_conflict_dialog_buttons_say_what_they_do(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int
) -> None:
    saved = persons.get_person(sqlite_ctx, zahra)
    mine = persons.PersonInput(**{**saved.data.__dict__, "email": "z@example.org"})
    conflict = ConflictDialog(mine, saved)
    qtbot.addWidget(conflict)
    assert conflict.table.rowCount() == 1
    assert conflict.table.item(0, 1).text() == "z@example.org"
    buttons = {b.text(): b for b in conflict.findChildren(QPushButton)}
    with qtbot.waitSignal(conflict.finished) as finished:
        buttons["Save my version over it"].click()
    assert finished.args == [ConflictDialog.SAVE_MINE]


def test_refusal_follow_up_is_saved(qtbot: QtBot, sqlite_ctx: Context, messages: list[str]) -> None:
    zahra = make_person(sqlite_ctx, "Zahra", status=CaseStatus.VERIFIED).id
    movements.assign(sqlite_ctx, make_movement(sqlite_ctx, make_point(sqlite_ctx)), [zahra])
    refusals.record_refusal(
        sqlite_ctx,
        zahra,
        refusals.RefusalInput(RefusalReason.NOT_ON_LIST, checkpoint="North gate"),
    )
    dialog = _open(qtbot, sqlite_ctx, zahra)
    assert dialog.refusals.table.rowCount() == 1
    assert not dialog.refusals.follow_up.isEnabled()
    dialog.refusals.table.selectRow(0)
    dialog.refusals.follow_up.setText("embassy asked to add her to the list")
    dialog.refusals.resolved.setChecked(True)
    assert dialog.refusals.save_follow_up()
    stored = refusals.list_refusals(sqlite_ctx, person_id=zahra)[0]
    assert stored.follow_up == "embassy asked to add her to the list"
    assert stored.resolved_at is not None
    assert dialog.refusals.table.item(0, 4).text() == stored.follow_up
    assert messages == []


def test_an_edit_can_be_undone_and_redone(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, messages: list[str]
) -> None:
    stack = QUndoStack()
    dialog = _open(qtbot, sqlite_ctx, zahra, undo_stack=stack)
    dialog.form.location.setText("Kabul, PD 4")
    assert dialog.save()
    assert stack.count() == 1 and stack.undoText() == "edit of Zahra Ahmadi"
    dialog.show()
    stack.undo()
    assert persons.get_person(sqlite_ctx, zahra).data.location is None
    assert dialog.form.location.text() == ""  # the open case shows the undone state
    stack.redo()
    assert dialog.form.location.text() == "Kabul, PD 4"
    assert persons.get_person(sqlite_ctx, zahra).data.location == "Kabul, PD 4"
    # Someone else saves: the undo is refused with the conflict message and dropped.
    colleague = account(sqlite_ctx, "colleague")
    now = persons.get_person(colleague, zahra)
    persons.update_person(
        colleague, zahra, now.version, persons.PersonInput(**{**now.data.__dict__, "notes": "x"})
    )
    stack.undo()
    assert persons.get_person(sqlite_ctx, zahra).data.location == "Kabul, PD 4"
    assert "changed by someone else" in messages[0]


def _choose_status(dialog: CaseDetailDialog, status: CaseStatus) -> None:
    """Pick a status in the dialog's "Change status" menu, as a caseworker does."""
    [action] = [a for a in dialog.status_menu.actions() if a.data() == status.value]
    action.trigger()


def test_a_status_change_can_be_undone_and_redone(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, messages: list[str]
) -> None:
    stack = QUndoStack()
    dialog = _open(qtbot, sqlite_ctx, zahra, undo_stack=stack)
    dialog.show()
    with qtbot.waitSignal(dialog.changed):
        _choose_status(dialog, CaseStatus.VERIFIED)
    assert persons.get_person(sqlite_ctx, zahra).status is CaseStatus.VERIFIED
    assert stack.count() == 1 and stack.undoText() == "status change of Zahra Ahmadi"
    dialog.form.location.setText("Kabul, PD 4")  # typed, not saved

    stack.undo()

    assert persons.get_person(sqlite_ctx, zahra).status is CaseStatus.NEW
    last = case_status.status_history(sqlite_ctx, zahra)[-1]
    assert last.reason is not None and last.reason.startswith("undo of the change from 'new'")
    assert dialog.status_label.text() == "Case status: New"
    assert CaseStatus.VERIFIED in dialog.allowed_statuses()
    assert dialog.form.location.text() == "Kabul, PD 4"  # the unsaved edit survives the undo
    stack.redo()
    assert persons.get_person(sqlite_ctx, zahra).status is CaseStatus.VERIFIED
    assert dialog.status_label.text() == "Case status: Verified"
    assert dialog.save()  # our own undo and redo are no conflict for the form
    assert persons.get_person(sqlite_ctx, zahra).data.location == "Kabul, PD 4"
    assert messages == []


def test_a_status_undo_after_a_colleagues_change_is_refused_and_dropped(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, messages: list[str]
) -> None:
    stack = QUndoStack()
    dialog = _open(qtbot, sqlite_ctx, zahra, undo_stack=stack)
    dialog.show()
    _choose_status(dialog, CaseStatus.VERIFIED)
    colleague = account(sqlite_ctx, "colleague")
    case_status.change_status(colleague, zahra, CaseStatus.ASSIGNED)

    stack.undo()

    assert persons.get_person(sqlite_ctx, zahra).status is CaseStatus.ASSIGNED
    assert messages == [
        "The status change cannot be undone; it has been removed from the undo history.\n\n"
        f"The status change of Zahra Ahmadi (#{zahra}, now 'assigned') cannot be undone: "
        "the case has been changed since, by someone else or by another action. "
        "Nothing was changed."
    ]
    assert stack.count() == 0 and not stack.canUndo() and not stack.canRedo()


def test_edits_and_status_changes_of_one_person_undo_in_turn(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, messages: list[str]
) -> None:
    """Each undone step bumps the version: the older steps must not take it for a colleague."""
    stack = QUndoStack()
    dialog = _open(qtbot, sqlite_ctx, zahra, undo_stack=stack)
    dialog.show()
    _choose_status(dialog, CaseStatus.CONTACTED)
    dialog.form.location.setText("Kabul, PD 4")
    assert dialog.save()
    _choose_status(dialog, CaseStatus.VERIFIED)
    assert stack.count() == 3

    stack.undo()
    stack.undo()
    stack.undo()

    assert messages == []
    undone = persons.get_person(sqlite_ctx, zahra)
    assert (undone.status, undone.data.location) == (CaseStatus.NEW, None)
    for _ in range(3):
        stack.redo()
    redone = persons.get_person(sqlite_ctx, zahra)
    assert (redone.status, redone.data.location) == (CaseStatus.VERIFIED, "Kabul, PD 4")
    assert messages == []


def test_new_person_dialog_creates_or_explains(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    dialog = NewPersonDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.save()
    assert dialog.created is None and "at least one name" in messages[0]
    dialog.form.native_name.setText("فرید")
    dialog.form.phones.setPlainText("0093 70 123 4567\n0799 12 34")
    dialog.save()
    assert dialog.created is not None
    created = persons.get_person(sqlite_ctx, dialog.created.id)
    assert [p.number for p in created.phones] == ["+93701234567", "0799 12 34"]
    assert [p.valid for p in created.phones] == [True, False]
    contacts_logged = contacts.list_attempts(sqlite_ctx, created.id)
    assert contacts_logged == []


def test_the_case_sheet_button_prints_this_person(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    report_dialog = pytest.importorskip("evactrack.ui.views.report_dialog")
    printed: list[int] = []
    monkeypatch.setattr(
        report_dialog, "open_case_sheet", lambda _ctx, _parent, pid: printed.append(pid)
    )
    dialog = _open(qtbot, sqlite_ctx, zahra)
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Print case sheet…")
    button.click()
    assert printed == [zahra]


def test_times_are_shown_in_the_operations_time_zone(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int
) -> None:
    settings.put(sqlite_ctx, settings.OPERATION_TZ, "Asia/Kabul")
    moment = datetime(2021, 8, 26, 10, 0, tzinfo=UTC)
    contacts.log_attempt(
        sqlite_ctx, zahra, ContactChannel.PHONE, ContactOutcome.NO_ANSWER, occurred_at=moment
    )
    dialog = _open(qtbot, sqlite_ctx, zahra)
    assert dialog.contacts.table.item(0, 0).text() == "2021-08-26 14:30"  # Kabul is UTC+4:30


def test_the_caseworkers_own_time_is_shown_beside_the_operations(
    qtbot: QtBot, sqlite_ctx: Context, zahra: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.put(sqlite_ctx, settings.OPERATION_TZ, "Asia/Kabul")

    class Paris:
        @staticmethod
        def systemTimeZoneId() -> QByteArray:  # noqa: N802 - Qt's name
            return QByteArray(b"Europe/Paris")

    monkeypatch.setattr(case_detail, "QTimeZone", Paris)
    dialog = _open(qtbot, sqlite_ctx, zahra)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    shown = next(t for t in labels if t.startswith("Times are in the operation's time zone"))
    assert "Asia/Kabul (" in shown and "Europe/Paris)" in shown
