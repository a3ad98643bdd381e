"""The person form: honest defaults, every field a caseworker needs, all errors at once,
dates as typed in the interface's language, and fields it does not show kept as they are."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    DocumentType,
    LegalStatus,
    Sex,
    WishesToLeave,
)
from evactrack.services import contacts, persons
from evactrack.services.context import Context
from evactrack.services.persons import Document, PersonInput
from evactrack.ui.views.case_detail import CaseDetailDialog
from evactrack.ui.views.conflict_dialog import ConflictDialog
from evactrack.ui.views.person_form import NewPersonDialog, read_date
from tests.conftest import account
from tests.factories import make_person


@pytest.fixture
def french() -> Iterator[None]:
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(QLocale.system())


def _new(qtbot: QtBot, ctx: Context) -> NewPersonDialog:
    dialog = NewPersonDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def _open(qtbot: QtBot, ctx: Context, person_id: int) -> CaseDetailDialog:
    dialog = CaseDetailDialog(ctx, person_id)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_person_starts_with_nothing_stated_and_is_saved_so(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    dialog = _new(qtbot, sqlite_ctx)
    form = dialog.form
    assert form.sex.currentData() == Sex.UNKNOWN
    assert form.legal_status.currentData() == LegalStatus.UNKNOWN
    assert form.wishes_to_leave.currentData() == WishesToLeave.UNKNOWN
    assert not any(box.isChecked() for box in form.flags.values())
    assert form.rendezvous_point.currentData() is None
    assert not dialog.form.is_modified()
    form.given_name.setText("Zahra")
    assert dialog.save()
    assert dialog.created is not None
    stored = persons.get_person(sqlite_ctx, dialog.created.id).data
    assert (stored.sex, stored.legal_status, stored.wishes_to_leave) == (
        Sex.UNKNOWN,
        LegalStatus.UNKNOWN,
        WishesToLeave.UNKNOWN,
    )
    assert messages == []


def test_every_problem_is_shown_at_once_and_each_field_marked(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    dialog = _new(qtbot, sqlite_ctx)
    form = dialog.form
    form.date_of_birth.setText("the spring of 1990")
    form.email.setText("zahra at example.org")
    form.latitude.setText("north")
    form.documents.setPlainText("ticket 123")
    form.phones.setPlainText("12ab")
    assert not dialog.save()
    assert dialog.created is None and dialog.result() == 0
    assert len(messages) == 1
    for problem in (
        "date of birth 'the spring of 1990'",
        "latitude must be a number",
        "'ticket' is not a document type",
        "at least one name",
        "not a valid e-mail",
        "'12ab' is not a phone number",
    ):
        assert problem in messages[0]
    assert form.marked() == [
        "given_name",
        "family_name",
        "native_name",
        "date_of_birth",
        "phones",
        "email",
        "documents",
        "latitude",
    ]
    form.given_name.setText("Zahra")
    form.phones.setPlainText("0701234567")
    form.date_of_birth.setText("1990")
    form.email.clear()
    form.latitude.clear()
    form.documents.setPlainText("passport P123")
    assert dialog.save()
    assert form.marked() == []
    assert len(messages) == 1


def test_dates_are_read_as_iso_or_as_written_in_the_interfaces_language(french: None) -> None:
    assert read_date("31/12/2000") == date(2000, 12, 31)
    assert read_date("2000-12-31") == date(2000, 12, 31)
    assert read_date("31/02/2000") is None
    assert read_date(
        "12/31/2000", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    ) == date(2000, 12, 31)
    assert read_date("last year") is None
    assert read_date("31/12/00") is None  # which century? not guessed


def test_a_french_date_of_birth_is_saved(
    qtbot: QtBot, sqlite_ctx: Context, french: None, messages: list[str]
) -> None:
    person = make_person(sqlite_ctx, "Zahra")
    dialog = _open(qtbot, sqlite_ctx, person.id)
    assert "31/12/2000" in dialog.form.date_of_birth.placeholderText()
    dialog.form.date_of_birth.setText("31/12/2000")
    assert dialog.save()
    stored = persons.get_person(sqlite_ctx, person.id).data
    assert (stored.date_of_birth, stored.birth_year) == (date(2000, 12, 31), 2000)
    assert dialog.form.date_of_birth.text() == "2000-12-31"
    assert messages == []


def test_languages_and_coordinates_are_shown_and_saved_as_edited(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    person = make_person(
        sqlite_ctx, "Zahra", languages=("Dari",), latitude=34.43851, longitude=70.44733
    )
    dialog = _open(qtbot, sqlite_ctx, person.id)
    form = dialog.form
    assert (form.languages.text(), form.latitude.text(), form.longitude.text()) == (
        "Dari",
        "34.43851",
        "70.44733",
    )
    form.languages.setText("Dari, Pashto")
    form.latitude.setText("34,5")  # a decimal comma is read too
    assert dialog.save()
    stored = persons.get_person(sqlite_ctx, person.id).data
    assert (stored.languages, stored.latitude, stored.longitude) == (
        ("Dari", "Pashto"),
        34.5,
        70.44733,
    )
    assert messages == []


def test_a_document_on_file_keeps_its_country_and_expiry_when_another_is_added(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    passport = Document(DocumentType.PASSPORT, "P123", "AF", date(2030, 1, 1))
    person = make_person(sqlite_ctx, "Zahra", documents=(passport,))
    dialog = _open(qtbot, sqlite_ctx, person.id)
    dialog.form.documents.setPlainText("passport P123\ntazkira 77-88")
    assert dialog.save()
    stored = persons.get_person(sqlite_ctx, person.id).data.documents
    assert stored == (passport, Document(DocumentType.TAZKIRA, "77-88"))
    assert messages == []


def test_undoing_an_edit_of_one_field_leaves_the_unshown_ones(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    """The issue's report: Save then Undo and Redo took languages and coordinates along."""
    from PySide6.QtGui import QUndoStack

    person = make_person(
        sqlite_ctx, "Zahra", languages=("Dari",), latitude=34.43851, longitude=70.44733
    )
    stack = QUndoStack()
    dialog = CaseDetailDialog(sqlite_ctx, person.id, stack)
    qtbot.addWidget(dialog)
    dialog.form.notes.setPlainText("prefers WhatsApp")
    assert dialog.save()
    stack.undo()
    stack.redo()
    stored = persons.get_person(sqlite_ctx, person.id).data
    assert stored == PersonInput(**{**vars(person.data), "notes": "prefers WhatsApp"})
    assert messages == []


def test_a_contact_needs_its_outcome_and_says_when_it_moves_the_case(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    person = make_person(sqlite_ctx, "Zahra")
    dialog = _open(qtbot, sqlite_ctx, person.id)
    assert dialog.contacts.outcome.currentData() is None
    dialog.contacts.channel.setCurrentIndex(dialog.contacts.channel.findData(ContactChannel.PHONE))
    assert not dialog.contacts.log_contact()
    assert messages == ["Choose the outcome of the contact attempt."]
    assert contacts.list_attempts(sqlite_ctx, person.id) == []
    dialog.contacts.outcome.setCurrentIndex(
        dialog.contacts.outcome.findData(ContactOutcome.NO_ANSWER)
    )
    assert dialog.contacts.log_contact()
    assert dialog.contacts.result.text() == "Contact logged."
    assert dialog.contacts.outcome.currentData() is None  # the next one is chosen afresh
    dialog.contacts.outcome.setCurrentIndex(
        dialog.contacts.outcome.findData(ContactOutcome.REACHED)
    )
    assert dialog.contacts.log_contact()
    assert dialog.contacts.result.text() == "Contact logged; the case went from New to Contacted."
    assert persons.get_person(sqlite_ctx, person.id).status is CaseStatus.CONTACTED
    assert len(messages) == 1


def test_ctrl_enter_saves_from_a_text_box(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    person = make_person(sqlite_ctx, "Zahra")
    dialog = _open(qtbot, sqlite_ctx, person.id)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.form.notes.setFocus()
    qtbot.waitUntil(dialog.form.notes.hasFocus)
    qtbot.keyClicks(dialog.form.notes, "line one")
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert persons.get_person(sqlite_ctx, person.id).data.notes == "line one"
    assert not dialog.is_modified()
    assert messages == []


def test_edits_of_different_fields_by_a_colleague_and_me_are_both_kept(
    qtbot: QtBot, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    """No conflict dialog when we changed different fields: my edit goes onto theirs."""
    person = make_person(sqlite_ctx, "Zahra", languages=("Dari",))
    dialog = _open(qtbot, sqlite_ctx, person.id)
    colleague = account(sqlite_ctx, "colleague")
    persons.update_person(
        colleague,
        person.id,
        person.version,
        PersonInput(**{**vars(person.data), "languages": ("Dari", "Pashto")}),
    )
    asked: list[object] = []
    monkeypatch.setattr(ConflictDialog, "ask", staticmethod(lambda *a: asked.append(a) or 0))
    dialog.form.notes.setPlainText("prefers WhatsApp")
    assert dialog.save()
    stored = persons.get_person(sqlite_ctx, person.id).data
    assert (stored.languages, stored.notes) == (("Dari", "Pashto"), "prefers WhatsApp")
    assert dialog.form.languages.text() == "Dari, Pashto"
    assert asked == [] and messages == []


def test_document_types_are_read_and_shown_in_the_interfaces_words(
    qapp: QApplication, qtbot: QtBot, sqlite_ctx: Context
) -> None:
    """Point 8: "Carte verte 123" in French; the stored value (green_card) is read too."""
    from evactrack.ui import i18n
    from evactrack.ui.views.person_form import _document_line

    before = QLocale()
    assert i18n.install(qapp, "fr")  # also makes French the default locale
    try:
        assert _document_line("Carte verte IOE123") == (DocumentType.GREEN_CARD, "IOE123")
        assert _document_line("green_card IOE123") == (DocumentType.GREEN_CARD, "IOE123")
        assert _document_line("carte IOE123") == (None, "")
        dialog = _new(qtbot, sqlite_ctx)
        dialog.form.given_name.setText("Zahra")
        dialog.form.documents.setPlainText("Passeport P123\nCarte verte IOE123")
        assert dialog.save() and dialog.created is not None
        stored = {(d.doc_type, d.number) for d in dialog.created.data.documents}
        assert stored == {(DocumentType.PASSPORT, "P123"), (DocumentType.GREEN_CARD, "IOE123")}
        dialog.form.set_data(dialog.created.data)
        assert dialog.form.documents.toPlainText() == "Passeport P123\nCarte verte IOE123"
    finally:
        i18n.uninstall(qapp)
        QLocale.setDefault(before)
