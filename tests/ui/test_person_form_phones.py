"""The person form and phones: a refusal shown on the phones box, the likely country."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evactrack.db.models import Person, PhoneNumber
from evactrack.services import persons, settings
from evactrack.services.context import Context
from evactrack.services.persons import PhoneInput
from evactrack.ui import i18n
from evactrack.ui.views.case_detail import CaseDetailDialog
from evactrack.ui.views.person_form import NewPersonDialog
from tests.factories import make_person
from tests.services.dbstate import count


def _new_person(qtbot: QtBot, ctx: Context) -> NewPersonDialog:
    dialog = NewPersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.form.given_name.setText("Bashir")
    return dialog


def test_a_phone_that_cannot_be_a_number_is_refused_on_the_phones_box(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    dialog = _new_person(qtbot, sqlite_ctx)
    dialog.form.phones.setPlainText("0701234567\n12ab")
    dialog.save()

    reason = "'12ab' is not a phone number: it contains letters."
    assert messages == [reason]
    assert dialog.form.phone_warning.text() == reason
    assert dialog.focusWidget() is dialog.form.phones
    assert dialog.created is None and count(sqlite_ctx, Person) == 0
    assert dialog.form.phones.toPlainText() == "0701234567\n12ab", "what was typed stays"

    dialog.form.phones.setPlainText("0701234567\n0799 12 34")
    dialog.save()
    assert dialog.created is not None and len(messages) == 1
    assert [p.valid for p in dialog.created.phones] == [True, False]


def test_the_case_detail_refuses_a_new_phone_that_cannot_be_a_number_and_keeps_the_case(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    person = make_person(sqlite_ctx, "Zahra", "Ahmadi", phone="0799 12 34")
    dialog = CaseDetailDialog(sqlite_ctx, person.id)
    qtbot.addWidget(dialog)
    assert dialog.form.phone_warning.text() == "Not a valid number, kept as written: 0799 12 34"

    dialog.form.phones.setPlainText("0799 12 34\npas de téléphone")
    dialog.form.location.setText("Kabul")
    assert dialog.save() is False
    assert messages == ["'pas de téléphone' is not a phone number: it has no digits."]
    assert dialog.form.phone_warning.text() == messages[0]
    assert persons.get_person(sqlite_ctx, person.id) == person, "nothing written"


def test_a_number_valid_only_with_a_country_code_suggests_the_nationality(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    dialog = _new_person(qtbot, sqlite_ctx)
    form = dialog.form
    form.phones.setPlainText("0701234567\n(202) 555-0143")
    assert form.use_suggestion.isHidden(), "neither Afghan nor of a known nationality"

    form.nationality.setText("United States")
    assert not form.use_suggestion.isHidden()
    assert form.phone_suggestion.text() == (
        "(202) 555-0143 is not valid as written; with the code of United States: +1 202-555-0143"
    )
    qtbot.mouseClick(form.use_suggestion, Qt.MouseButton.LeftButton)
    assert form.phones.toPlainText() == "0701234567\n+1 202-555-0143"
    assert form.use_suggestion.isHidden() and form.phone_suggestion.isHidden()

    dialog.save()
    assert dialog.created is not None and messages == []
    assert [(p.number, p.valid) for p in dialog.created.phones] == [
        ("+93701234567", True),
        ("+12025550143", True),
    ]


def test_the_operations_country_is_suggested_before_the_nationality(
    qtbot: QtBot, sqlite_ctx: Context
) -> None:
    settings.put(sqlite_ctx, settings.OPERATION_COUNTRY, "DE")
    dialog = _new_person(qtbot, sqlite_ctx)
    dialog.form.nationality.setText("United States")
    dialog.form.phones.setPlainText("(202) 555-0143")
    assert dialog.form.phone_suggestion.text().endswith("with the code of Germany: +49 202 5550143")


def test_a_stored_number_kept_as_written_is_saved_untouched(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    person = make_person(sqlite_ctx, "Zahra", "Ahmadi", phone="0701234567")
    with sqlite_ctx.db.transaction() as session:
        session.add(PhoneNumber(person_id=person.id, number="12ab", valid=False, position=1))
    dialog = CaseDetailDialog(sqlite_ctx, person.id)
    qtbot.addWidget(dialog)
    assert dialog.form.phones.toPlainText() == "+93 70 123 4567\n12ab"
    assert "12ab" in dialog.form.phone_warning.text()
    dialog.form.location.setText("Kabul")
    assert dialog.save() is True and messages == []
    saved = persons.get_person(sqlite_ctx, person.id)
    assert saved.data == replace(
        person.data,
        location="Kabul",
        phones=(*person.data.phones, PhoneInput("12ab")),
    )


def test_the_refusal_and_the_suggestion_speak_french(
    qtbot: QtBot, qapp: QApplication, sqlite_ctx: Context, messages: list[str]
) -> None:
    assert i18n.install(qapp, "fr")
    dialog = _new_person(qtbot, sqlite_ctx)
    dialog.form.phones.setPlainText("12ab")
    dialog.save()
    assert messages == ["« 12ab » n'est pas un numéro de téléphone : il contient des lettres."]
    assert dialog.form.phone_warning.text() == messages[0]
    dialog.form.nationality.setText("États-Unis")
    dialog.form.phones.setPlainText("(202) 555-0143")
    assert dialog.form.phone_suggestion.text() == (
        "(202) 555-0143 n'est pas valide tel quel ; avec l'indicatif de Etats-Unis : "
        "+1 202-555-0143"
    )


def test_undo_brings_back_a_number_kept_as_written(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    person = make_person(sqlite_ctx, "Zahra", "Ahmadi", phone="0701234567")
    with sqlite_ctx.db.transaction() as session:
        session.add(PhoneNumber(person_id=person.id, number="12ab", valid=False, position=1))
    stack = QUndoStack()
    dialog = CaseDetailDialog(sqlite_ctx, person.id, undo_stack=stack)
    qtbot.addWidget(dialog)
    dialog.form.phones.setPlainText("+93 70 123 4567")
    assert dialog.save() is True
    assert [p.number for p in persons.get_person(sqlite_ctx, person.id).phones] == ["+93701234567"]

    stack.undo()
    assert messages == []
    restored = persons.get_person(sqlite_ctx, person.id)
    assert [(p.number, p.valid) for p in restored.phones] == [
        ("+93701234567", True),
        ("12ab", False),
    ]
