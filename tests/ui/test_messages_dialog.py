"""Messages to evacuees in the GUI: preview (right-to-left where the language is), copy, export,
mark as sent; the administrator's template editor."""

from __future__ import annotations

import csv
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from evactrack.domain.enums import CaseStatus, ContactChannel, ContactOutcome, Role
from evactrack.services import contacts, movements, rendezvous, settings
from evactrack.services import messages as message_service
from evactrack.services.context import Actor, Context
from evactrack.ui import dialogs
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.messages_dialog import MessagesDialog, TemplatesDialog
from evactrack.ui.views.movements_view import MovementsBoard
from evactrack.ui.views.operation_settings import OperationSettingsDialog
from tests.conftest import account
from tests.factories import make_movement, make_person
from tests.ui.modal import on_next_dialog

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def as_role(ctx: Context, name: str, role: Role) -> Context:
    other = account(ctx, name)
    return Context(ctx.db, Actor(other.actor.user_id, name, role))


@pytest.fixture
def movement(sqlite_ctx: Context) -> tuple[int, list[int]]:
    """A movement with a Dari speaker, an English speaker and a person without a phone."""
    ctx = sqlite_ctx
    settings.put(ctx, settings.EMERGENCY_CONTACT, "+93 700 111 222")
    point = rendezvous.create_point(ctx, rendezvous.PointInput("Gate B", "Airport road")).id
    ids = [
        make_person(
            ctx, "Ahmad", "Rahimi", phone="+93701234567", status=CaseStatus.VERIFIED,
            languages=("Dari",),
        ).id,
        make_person(
            ctx, "John", "Smith", phone="+93702345678", status=CaseStatus.VERIFIED,
            languages=("English",),
        ).id,
        make_person(ctx, "Nadia", "Azizi", status=CaseStatus.VERIFIED, languages=("Pashto",)).id,
    ]  # fmt: skip
    movement_id = make_movement(ctx, point)
    movements.assign(ctx, movement_id, ids)
    return movement_id, ids


def open_dialog(qtbot: Any, ctx: Context, **about: Any) -> MessagesDialog:
    dialog = MessagesDialog(ctx, **about)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_preview_is_right_to_left_for_dari_and_copy_takes_the_message(
    qtbot: Any, sqlite_ctx: Context, movement: tuple[int, list[int]]
) -> None:
    movement_id, (dari, english, silent) = movement
    dialog = open_dialog(qtbot, sqlite_ctx, movement_id=movement_id)
    assert dialog.table.rowCount() == 3
    rows = {m.person_id: row for row, m in enumerate(dialog.batch.messages)}
    assert dialog.table.item(rows[dari], 2).text() == "Dari"
    assert dialog.table.item(rows[silent], 1).text() == "no phone"
    assert "1 person(s) have no valid phone" in dialog.notes.text()

    dialog.table.selectRow(rows[dari])
    assert dialog.preview.layoutDirection() is RTL
    assert dialog.preview.toPlainText().startswith("سلام Ahmad Rahimi.")
    assert "Gate B، Airport road" in dialog.preview.toPlainText()
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == dialog.preview.toPlainText()

    dialog.table.selectRow(rows[english])
    assert dialog.preview.layoutDirection() is LTR
    assert dialog.preview.toPlainText().startswith("Hello John Smith.")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("Hello John Smith.")


def test_export_writes_the_private_csv_of_messages_with_a_phone(
    qtbot: Any,
    sqlite_ctx: Context,
    movement: tuple[int, list[int]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    movement_id, (dari, english, _silent) = movement
    target = tmp_path / "out.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog = open_dialog(qtbot, sqlite_ctx, movement_id=movement_id)
    dialog.export_button.click()
    assert messages == [f"Exported 2 message(s) to {target}."]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["person_id", "phone", "language", "text"]
    assert {(r[0], r[2]) for r in rows[1:]} == {(str(dari), "fa"), (str(english), "en")}


def test_mark_as_sent_records_a_contact_attempt_per_chosen_message(
    qtbot: Any,
    sqlite_ctx: Context,
    movement: tuple[int, list[int]],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    movement_id, (dari, english, silent) = movement
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_user", lambda _p, q, *a: asked.append(q) or True)
    dialog = open_dialog(qtbot, sqlite_ctx, movement_id=movement_id)
    dialog.channel.setCurrentIndex(dialog.channel.findData(ContactChannel.WHATSAPP))
    dialog.table.selectAll()
    dialog.sent_button.click()
    assert asked == ["Record that the message was sent by WhatsApp to 2 person(s)?"]
    assert messages == ["2 contact attempt(s) recorded."]
    for person_id, language in ((dari, "fa"), (english, "en")):
        (attempt,) = contacts.list_attempts(sqlite_ctx, person_id)
        assert attempt.channel is ContactChannel.WHATSAPP
        assert attempt.outcome is ContactOutcome.MESSAGE_LEFT
        assert attempt.note == f"instructions sent (template: {language})"
    assert contacts.list_attempts(sqlite_ctx, silent) == []


def test_nothing_is_recorded_when_the_caseworker_says_no(
    qtbot: Any, sqlite_ctx: Context, movement: tuple[int, list[int]], monkeypatch: Any
) -> None:
    movement_id, ids = movement
    monkeypatch.setattr(dialogs, "ask_user", lambda *a: False)
    dialog = open_dialog(qtbot, sqlite_ctx, movement_id=movement_id)
    dialog.sent_button.click()
    assert all(contacts.list_attempts(sqlite_ctx, pid) == [] for pid in ids)


def test_a_viewer_previews_but_cannot_export_or_mark_sent(
    qtbot: Any, sqlite_ctx: Context, movement: tuple[int, list[int]]
) -> None:
    movement_id, _ids = movement
    dialog = open_dialog(qtbot, as_role(sqlite_ctx, "victor", Role.VIEWER), movement_id=movement_id)
    assert dialog.table.rowCount() == 3 and dialog.preview.toPlainText()
    assert not dialog.export_button.isEnabled() and not dialog.sent_button.isEnabled()


def test_the_default_language_re_renders_persons_without_a_known_one(
    qtbot: Any, sqlite_ctx: Context, movement: tuple[int, list[int]]
) -> None:
    _movement_id, (dari, _english, _silent) = movement
    loose = make_person(sqlite_ctx, "Omid", "Noori", phone="+93703456789", languages=("Urdu",))
    dialog = open_dialog(qtbot, sqlite_ctx, person_ids=[dari, loose.id])
    assert dialog.table.rowCount() == 1  # Omid is on no movement
    assert "1 chosen person(s) are on no open movement" in dialog.notes.text()
    dialog.default_language.setCurrentIndex(dialog.default_language.findData("fr"))
    assert dialog.batch.messages[0].language == "fa"  # the record's language wins


def test_the_movements_board_opens_the_messages_of_the_chosen_movement(
    qtbot: Any, sqlite_ctx: Context, movement: tuple[int, list[int]]
) -> None:
    movement_id, _ids = movement
    board = MovementsBoard(sqlite_ctx)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: not board.loading, timeout=10_000)
    board.select_movement(movement_id)
    qtbot.waitUntil(lambda: not board.loading and board.messages_button.isEnabled())
    seen: list[int] = []

    def look(dialog: MessagesDialog) -> None:
        seen.append(dialog.table.rowCount())
        dialog.reject()

    on_next_dialog(look)
    board.messages_button.click()
    assert seen == [3]


def test_an_admin_edits_pashto_right_to_left_and_an_unknown_field_is_refused(
    qtbot: Any, sqlite_ctx: Context, movement: tuple[int, list[int]], messages: list[str]
) -> None:
    movement_id, _ids = movement
    dialog = TemplatesDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.editors["ps"].layoutDirection() is RTL
    assert dialog.editors["fa"].layoutDirection() is RTL
    assert dialog.editors["en"].layoutDirection() is LTR
    dialog.editors["ps"].setPlainText("سلام {name}، {point} ته راشئ.")
    dialog.editors["fr"].setPlainText("Bonjour {nom}")
    dialog.accept()
    assert len(messages) == 1 and "{nom}" in messages[0]
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.editors["fr"]
    assert dialog.editors["fr"].toPlainText() == "Bonjour {nom}"  # the typing is kept
    saved = message_service.templates(sqlite_ctx)
    assert saved["ps"].text == "سلام {name}، {point} ته راشئ." and saved["fr"].version == 0

    dialog.editors["fr"].setPlainText("Bonjour {name}")
    dialog.accept()
    assert not dialog.isVisible()
    assert message_service.templates(sqlite_ctx)["fr"].text == "Bonjour {name}"


def test_a_caseworker_cannot_save_templates(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    dialog = TemplatesDialog(as_role(sqlite_ctx, "carla", Role.CASEWORKER))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editors["en"].setPlainText("Hello {name}")
    dialog.accept()
    assert messages == ["carla is not an administrator."]
    assert dialog.isVisible()
    assert message_service.templates(sqlite_ctx)["en"].version == 0


@pytest.fixture
def window(qtbot: Any, sqlite_ctx: Context, tmp_path: Path) -> MainWindow:
    main = MainWindow(sqlite_ctx, QSettings(str(tmp_path / "e.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded):
        main.show()
    return main


def test_the_case_list_selection_opens_its_messages_and_admins_see_the_editor(
    qtbot: Any, sqlite_ctx: Context, movement: tuple[int, list[int]], window: MainWindow
) -> None:
    _movement_id, (dari, english, _silent) = movement
    assert sqlite_ctx.actor.role is Role.ADMIN and window.templates_action.isVisible()
    window.case_list.select_ids({dari, english})
    seen: list[set[int]] = []

    def look(dialog: MessagesDialog) -> None:
        seen.append({m.person_id for m in dialog.batch.messages})
        dialog.reject()

    on_next_dialog(look)
    window.messages_action.trigger()
    assert seen == [{dari, english}]


def test_a_caseworker_s_window_offers_no_template_editor(
    qtbot: Any, sqlite_ctx: Context, tmp_path: Path
) -> None:
    ctx = as_role(sqlite_ctx, "carla", Role.CASEWORKER)
    main = MainWindow(ctx, QSettings(str(tmp_path / "e.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    assert not main.templates_action.isVisible()


def test_the_emergency_contact_is_an_operation_setting(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    dialog = OperationSettingsDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.site_name.setText("Kabul airport cell")
    dialog.emergency_contact.setText("  +93 700 111 222 ")
    dialog.accept()
    assert messages == []
    assert settings.get(sqlite_ctx, settings.EMERGENCY_CONTACT) == "+93 700 111 222"
