"""Nothing typed is thrown away without asking: Escape, Cancel, Close, the window's close
button and quitting ask Save / Discard / Cancel when there are unsaved edits, and stay
silent when there are none (issue 9, point 2)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import CaseStatus, ContactOutcome, RefusalReason
from evactrack.services import contacts, households, persons, refusals, rendezvous, search
from evactrack.services.context import Context
from evactrack.ui import dialogs
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.case_detail import CaseDetailDialog
from evactrack.ui.views.household_dialogs import MakeHouseholdDialog
from evactrack.ui.views.movement_form import MovementForm
from evactrack.ui.views.person_form import NewPersonDialog
from evactrack.ui.views.point_form import PointForm
from evactrack.ui.views.refusal_form import RefusalForm
from tests.factories import make_person, make_point
from tests.ui.modal import on_next_dialog


class Asked:
    """Stands in for the Save / Discard / Cancel box: answers as told, records the asking."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.questions: list[str] = []
        self.answer: bool | None = None
        monkeypatch.setattr(dialogs, "ask_save_discard", self)

    def __call__(self, _parent: object, what: str, *_args: object) -> bool | None:
        self.questions.append(what)
        return self.answer


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    return Asked(monkeypatch)


def _shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not getattr(dialog, "loading", False))
    return dialog


def test_the_question_offers_save_discard_and_cancel(qtbot: QtBot, sqlite_ctx: Context) -> None:
    """The real box, answered Cancel: the new person's dialog stays open with the text."""
    dialog = _shown(qtbot, NewPersonDialog(sqlite_ctx))
    dialog.form.given_name.setText("Zahra")
    offered: list[list[str]] = []

    def cancel(box: QMessageBox) -> None:
        offered.append([box.text(), *(b.text().replace("&", "") for b in box.buttons())])
        box.button(QMessageBox.StandardButton.Cancel).click()

    on_next_dialog(cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert offered and offered[0][0] == "Save your changes to the new person?"
    assert {"Save", "Discard", "Cancel"} <= set(offered[0][1:])
    assert dialog.isVisible() and dialog.form.given_name.text() == "Zahra"


@pytest.mark.parametrize("close", ["escape", "cancel", "window"])
def test_closing_a_new_person_with_edits_asks_first(
    qtbot: QtBot, sqlite_ctx: Context, asked: Asked, close: str
) -> None:
    dialog = _shown(qtbot, NewPersonDialog(sqlite_ctx))
    dialog.form.given_name.setText("Zahra")

    def do_close() -> None:
        if close == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        elif close == "cancel":
            dialog.findChild(QDialogButtonBox).button(
                QDialogButtonBox.StandardButton.Cancel
            ).click()
        else:
            dialog.close()

    asked.answer = None  # Cancel: keep editing
    do_close()
    assert asked.questions == ["the new person"] and dialog.isVisible()
    asked.answer = False  # Discard
    do_close()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert search.search(sqlite_ctx, "Zahra") == []


def test_save_in_the_question_saves_the_new_person(
    qtbot: QtBot, sqlite_ctx: Context, asked: Asked
) -> None:
    dialog = _shown(qtbot, NewPersonDialog(sqlite_ctx))
    dialog.form.given_name.setText("Zahra")
    asked.answer = True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.created is not None
    assert [p.name for p in search.search(sqlite_ctx, "Zahra")] == ["Zahra"]


def test_closing_untouched_forms_asks_nothing(
    qtbot: QtBot, sqlite_ctx: Context, asked: Asked
) -> None:
    person = make_person(sqlite_ctx, "Zahra").id
    point = rendezvous.get_point(sqlite_ctx, make_point(sqlite_ctx))
    for dialog in (
        NewPersonDialog(sqlite_ctx),
        CaseDetailDialog(sqlite_ctx, person),
        PointForm(sqlite_ctx, None, point),
        MovementForm(sqlite_ctx),
        RefusalForm(sqlite_ctx),
        MakeHouseholdDialog(persons.summaries(sqlite_ctx, [person])),
    ):
        _shown(qtbot, dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), type(dialog).__name__
    assert asked.questions == []


def test_closing_a_case_with_edits_asks_and_save_saves(
    qtbot: QtBot, sqlite_ctx: Context, asked: Asked
) -> None:
    person = make_person(sqlite_ctx, "Zahra").id
    dialog = _shown(qtbot, CaseDetailDialog(sqlite_ctx, person))
    dialog.form.notes.setPlainText("prefers WhatsApp")
    asked.answer = None
    dialog.close()
    assert asked.questions == ["Zahra Rahimi"] and dialog.isVisible()
    asked.answer = True
    with qtbot.waitSignal(dialog.changed):
        dialog.close()
    assert not dialog.isVisible()
    assert persons.get_person(sqlite_ctx, person).data.notes == "prefers WhatsApp"


def test_discarding_a_case_s_edits_saves_nothing(
    qtbot: QtBot, sqlite_ctx: Context, asked: Asked
) -> None:
    person = make_person(sqlite_ctx, "Zahra")
    dialog = _shown(qtbot, CaseDetailDialog(sqlite_ctx, person.id))
    dialog.form.languages.setText("Dari")
    asked.answer = False
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert persons.get_person(sqlite_ctx, person.id) == person


def test_an_unsaved_refusal_follow_up_counts_as_an_edit(
    qtbot: QtBot, sqlite_ctx: Context, asked: Asked
) -> None:
    person = make_person(sqlite_ctx, "Zahra", status=CaseStatus.VERIFIED).id
    refusals.record_refusal(
        sqlite_ctx, person, refusals.RefusalInput(RefusalReason.NOT_ON_LIST, checkpoint="gate")
    )
    dialog = _shown(qtbot, CaseDetailDialog(sqlite_ctx, person))
    dialog.refusals.table.selectRow(0)
    assert not dialog.is_modified()
    dialog.refusals.follow_up.setText("call back on Monday")
    asked.answer = True
    dialog.close()
    assert asked.questions == ["Zahra Rahimi"] and not dialog.isVisible()
    assert refusals.list_refusals(sqlite_ctx, person_id=person)[0].follow_up == (
        "call back on Monday"
    )


EDITS: dict[str, Callable[[QDialog], None]] = {
    "point": lambda form: form.name.setText("North gate"),  # type: ignore[attr-defined]
    "movement": lambda form: form.escort_party.setText("unit 7"),  # type: ignore[attr-defined]
    "refusal": lambda form: form.refused_by.setText("gate guard"),  # type: ignore[attr-defined]
    "household": lambda form: form.name.setText("Ahmadi family"),  # type: ignore[attr-defined]
}


@pytest.mark.parametrize("kind", list(EDITS))
def test_the_other_forms_ask_before_dropping_edits(
    qtbot: QtBot, sqlite_ctx: Context, asked: Asked, kind: str
) -> None:
    make_point(sqlite_ctx)
    person = make_person(sqlite_ctx, "Zahra").id
    build: dict[str, Callable[[], QDialog]] = {
        "point": lambda: PointForm(sqlite_ctx),
        "movement": lambda: MovementForm(sqlite_ctx),
        "refusal": lambda: RefusalForm(sqlite_ctx),
        "household": lambda: MakeHouseholdDialog(persons.summaries(sqlite_ctx, [person])),
    }
    dialog = _shown(qtbot, build[kind]())
    EDITS[kind](dialog)
    asked.answer = None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked.questions) == 1 and dialog.isVisible()
    asked.answer = False
    dialog.close()
    assert len(asked.questions) == 2 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_save_in_the_question_saves_a_new_point_and_closes_once_saved(
    qtbot: QtBot, sqlite_ctx: Context, asked: Asked
) -> None:
    form = _shown(qtbot, PointForm(sqlite_ctx))
    form.name.setText("North gate")
    asked.answer = True
    with qtbot.waitSignal(form.accepted):
        qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert [p.name for p in rendezvous.list_points(sqlite_ctx)] == ["North gate"]


def test_quitting_asks_each_open_case_with_edits_and_cancel_keeps_the_app_open(
    qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path, asked: Asked
) -> None:
    zahra = make_person(sqlite_ctx, "Zahra").id
    amin = make_person(sqlite_ctx, "Amin").id
    households.create_household(sqlite_ctx, zahra, [amin])
    main = MainWindow(sqlite_ctx, QSettings(str(tmp_path / "e.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded):
        main.show()
    edited = main.open_person(zahra)
    untouched = main.open_person(amin)
    assert edited is not None and untouched is not None
    edited.form.notes.setPlainText("prefers WhatsApp")
    asked.answer = None
    main.close()
    assert asked.questions == ["Zahra Rahimi"]
    assert main.isVisible() and edited.isVisible() and untouched.isVisible()
    asked.answer = False
    main.close()
    assert asked.questions == ["Zahra Rahimi"] * 2
    assert not main.isVisible()
    assert persons.get_person(sqlite_ctx, zahra).data.notes is None


def test_quitting_with_no_unsaved_edit_is_silent(
    qtbot: QtBot, sqlite_ctx: Context, tmp_path: Path, asked: Asked
) -> None:
    person = make_person(sqlite_ctx, "Zahra").id
    main = MainWindow(sqlite_ctx, QSettings(str(tmp_path / "e.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded):
        main.show()
    assert main.open_person(person) is not None
    main.close()
    assert not main.isVisible() and asked.questions == []


def test_a_contact_note_not_logged_yet_counts_as_an_edit(
    qtbot: QtBot, sqlite_ctx: Context, asked: Asked, messages: list[str]
) -> None:
    person = make_person(sqlite_ctx, "Zahra").id
    dialog = _shown(qtbot, CaseDetailDialog(sqlite_ctx, person))
    dialog.contacts.note.setText("cousin answered")
    asked.answer = True  # Save, but no outcome chosen yet: the dialog stays, saying why
    dialog.close()
    assert dialog.isVisible() and messages == ["Choose the outcome of the contact attempt."]
    dialog.contacts.outcome.setCurrentIndex(
        dialog.contacts.outcome.findData(ContactOutcome.REACHED)
    )
    dialog.close()
    assert not dialog.isVisible() and asked.questions == ["Zahra Rahimi"] * 2
    assert [a.note for a in contacts.list_attempts(sqlite_ctx, person)] == ["cousin answered"]
