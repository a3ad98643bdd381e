"""Tab moves through every field of every form in reading order, and leaves the text boxes
for phones, documents and notes instead of typing a tab into them (issue 9, point 6)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from evactrack.services import persons, rendezvous
from evactrack.services.context import Context
from evactrack.ui.views.case_detail import CaseDetailDialog
from evactrack.ui.views.household_dialogs import MakeHouseholdDialog
from evactrack.ui.views.movement_form import MovementForm
from evactrack.ui.views.person_form import NewPersonDialog, PersonForm
from evactrack.ui.views.point_form import PointForm
from evactrack.ui.views.refusal_form import RefusalForm
from tests.factories import make_movement, make_person, make_point

FIELD_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox)

# The person form as a caseworker reads it: identity down the left column, how to reach
# them down the right one, then the vulnerability boxes and the notes below.
PERSON_READING_ORDER = [
    "given_name",
    "family_name",
    "native_name",
    "father_name",
    "grandfather_name",
    "aliases",
    "date_of_birth",
    "sex",
    "nationality",
    "languages",
    "legal_status",
    "phones",
    "email",
    "documents",
    "location",
    "latitude",
    "longitude",
    "rendezvous_point",
    "wishes_to_leave",
]


def tab_through(qtbot: QtBot, dialog: QDialog, first: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``first`` until it comes back to it (each once: a date
    and time edit's sections, which Tab steps through as everywhere in Qt, count once)."""
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not getattr(dialog, "loading", False))
    dialog.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    visited = [first]
    for _ in range(100):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            return visited
        if now is visited[-1]:  # a date and time edit: Tab steps through its sections
            assert isinstance(now, QAbstractSpinBox)
            continue
        assert now not in visited, f"Tab is caught in a loop at {now!r}"
        visited.append(now)
    raise AssertionError("Tab never came back to the first field")


def fields_of(dialog: QDialog) -> list[QWidget]:
    """Every field a caseworker can type in or choose from, as the dialog shows it now."""
    return [
        w
        for w in dialog.findChildren(QWidget)
        if isinstance(w, FIELD_TYPES)
        and w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
    ]


def top(widget: QWidget, dialog: QDialog) -> int:
    return widget.mapTo(dialog, QPoint(0, 0)).y()


def person_fields(form: PersonForm) -> list[QWidget]:
    named = [getattr(form, name) for name in PERSON_READING_ORDER]
    return [*named, *form.flags.values(), form.notes]


def assert_reads_in_order(form: PersonForm, visited: list[QWidget], dialog: QDialog) -> None:
    expected = person_fields(form)
    assert [w for w in visited if w in expected] == expected
    left, right = expected[:11], expected[11:19]
    for column in (left, right):
        tops = [top(w, dialog) for w in column]
        assert tops == sorted(tops) and len(set(tops)) == len(tops)
    assert max(w.mapTo(dialog, QPoint(0, 0)).x() for w in left) < min(
        w.mapTo(dialog, QPoint(0, 0)).x() for w in right
    )
    assert top(form.notes, dialog) > max(top(w, dialog) for w in expected[:-1])


def test_tab_reads_the_new_person_form_in_order(qtbot: QtBot, sqlite_ctx: Context) -> None:
    make_point(sqlite_ctx)
    dialog = NewPersonDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    visited = tab_through(qtbot, dialog, dialog.form.given_name)
    assert_reads_in_order(dialog.form, visited, dialog)
    assert set(fields_of(dialog)) <= set(visited)


def test_tab_reads_the_case_detail_form_in_order(qtbot: QtBot, sqlite_ctx: Context) -> None:
    person = make_person(sqlite_ctx, "Zahra", phone="0701234567").id
    dialog = CaseDetailDialog(sqlite_ctx, person)
    qtbot.addWidget(dialog)
    visited = tab_through(qtbot, dialog, dialog.form.given_name)
    assert_reads_in_order(dialog.form, visited, dialog)
    assert set(fields_of(dialog)) <= set(visited)


def test_text_boxes_let_tab_go_and_keep_their_text(qtbot: QtBot, sqlite_ctx: Context) -> None:
    dialog = NewPersonDialog(sqlite_ctx)
    qtbot.addWidget(dialog)
    tab_through(qtbot, dialog, dialog.form.given_name)
    for box in (dialog.form.phones, dialog.form.documents, dialog.form.notes):
        box.setFocus()
        qtbot.waitUntil(box.hasFocus)
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert not box.hasFocus() and "\t" not in box.toPlainText()


FORMS: dict[str, Callable[[Context], QDialog]] = {
    "point": lambda ctx: PointForm(ctx, None, rendezvous.get_point(ctx, make_point(ctx))),
    "movement": lambda ctx: MovementForm(ctx, None, None, make_point(ctx)),
    "refusal": lambda ctx: RefusalForm(ctx, None, "Zahra", make_point(ctx)),
    "household": lambda ctx: MakeHouseholdDialog(
        persons.summaries(ctx, [make_person(ctx, "Zahra").id, make_person(ctx, "Amin").id])
    ),
}


@pytest.mark.parametrize("kind", list(FORMS))
def test_tab_visits_every_field_of_a_form_top_to_bottom(
    qtbot: QtBot, sqlite_ctx: Context, kind: str
) -> None:
    make_movement(sqlite_ctx, make_point(sqlite_ctx, "South gate"))
    dialog = FORMS[kind](sqlite_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not getattr(dialog, "loading", False))
    fields = sorted(fields_of(dialog), key=lambda w: top(w, dialog))
    assert len(fields) >= 2
    visited = tab_through(qtbot, dialog, fields[0])
    in_fields = [w for w in visited if w in fields]
    assert in_fields == fields
