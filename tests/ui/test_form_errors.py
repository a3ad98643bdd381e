"""Every problem of a form is shown at once, each field at fault marked; once corrected,
the marks go (issue 9, point 6). The person form's own test is in test_person_form.py."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import RefusalReason
from evactrack.services import rendezvous
from evactrack.services.context import Context
from evactrack.ui.views.movement_form import MovementForm
from evactrack.ui.views.point_form import PointForm
from evactrack.ui.views.refusal_form import RefusalForm
from evactrack.ui.widgets import marked
from tests.factories import make_point


def _ready(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not getattr(dialog, "loading", False))
    return dialog


def test_the_point_form_shows_all_its_problems_at_once(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    form = _ready(qtbot, PointForm(sqlite_ctx))
    assert isinstance(form, PointForm)
    form.latitude.setText("north")
    form.longitude.setText("200")
    form.accept()
    assert messages == [
        "The latitude must be a number, like 34.5553.\n"
        "A rendezvous point needs a name.\n"
        "The longitude must be between -180 and 180."
    ]
    assert marked(form.inputs) == ["name", "latitude", "longitude"]
    assert not form.saving and rendezvous.list_points(sqlite_ctx) == []
    form.name.setText("North gate")
    form.latitude.setText("34,5")
    form.longitude.setText("69.2")
    with qtbot.waitSignal(form.accepted):
        form.accept()
    assert marked(form.inputs) == []
    assert [(p.name, p.latitude) for p in rendezvous.list_points(sqlite_ctx)] == [
        ("North gate", 34.5)
    ]


def test_the_refusal_form_needs_a_place_and_a_reason_at_once(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    form = _ready(qtbot, RefusalForm(sqlite_ctx))
    assert isinstance(form, RefusalForm)
    assert form.reason.currentData() is None  # never assumed
    form.accept()
    assert messages == [
        "Say where the person was refused: a rendezvous point or checkpoint.\n"
        "Choose the reason for the refusal."
    ]
    assert marked(form.inputs) == ["checkpoint", "reason"]
    assert form.result() != QDialog.DialogCode.Accepted
    form.checkpoint.setText("outer cordon")
    form.reason.setCurrentIndex(form.reason.findData(RefusalReason.NOT_ON_LIST.value))
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted and marked(form.inputs) == []


def test_the_movement_form_marks_the_window_end(
    qtbot: QtBot, sqlite_ctx: Context, messages: list[str]
) -> None:
    make_point(sqlite_ctx)
    form = _ready(qtbot, MovementForm(sqlite_ctx))
    assert isinstance(form, MovementForm)
    start = datetime(2026, 8, 26, 10, tzinfo=UTC)
    form.set_window(start, start - timedelta(minutes=30))
    form.accept()
    assert messages == ["The time window must end after it starts."]
    assert marked(form.inputs) == ["window_end"] and not form.saving
