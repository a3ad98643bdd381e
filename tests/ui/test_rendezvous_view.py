"""The rendezvous points view, driven with qtbot on a real database."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from evactrack.domain.enums import CaseStatus, ManifestOutcome, MovementStatus
from evactrack.services import audit, movements, rendezvous, settings
from evactrack.services.context import Context
from evactrack.ui import tasks
from evactrack.ui.views.point_form import PointForm
from evactrack.ui.views.rendezvous_view import RendezvousPointsView
from tests.factories import make_movement, make_person, make_point
from tests.ui.modal import on_next_dialog


def settled(qtbot: Any, view: Any) -> None:
    """Wait until the view has what it loads in the background on screen."""
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)


def points_view(qtbot: Any, ctx: Context, point_id: int | None = None) -> RendezvousPointsView:
    widget = RendezvousPointsView(ctx)
    qtbot.addWidget(widget)
    settled(qtbot, widget)
    if point_id is not None:
        widget.select_point(point_id)
        settled(qtbot, widget)
    return widget


@pytest.fixture
def view(qtbot: Any, sqlite_ctx: Context) -> RendezvousPointsView:
    return points_view(qtbot, sqlite_ctx)


def test_lists_points_with_fullness_and_who_is_expected(qtbot: Any, sqlite_ctx: Context) -> None:
    point = make_point(sqlite_ctx, "Baron Hotel gate", capacity=4)
    make_point(sqlite_ctx, "Abbey gate", capacity=None)
    movement = make_movement(sqlite_ctx, point)
    ahmad = make_person(sqlite_ctx, "Ahmad", status=CaseStatus.VERIFIED)
    movements.assign(sqlite_ctx, movement, [ahmad.id])

    view = points_view(qtbot, sqlite_ctx)

    names = [p.name for p in view.points.rows]
    assert names == ["Abbey gate", "Baron Hotel gate"]
    baron = view.points.index(1, 4).data()
    assert baron == "1 / 4 (25 %)"
    with qtbot.waitSignal(view.loaded):  # who is expected there loads in the background
        view.select_point(point)
    assert [p.name for p in view.people.rows] == ["Ahmad Rahimi"]
    assert view.people.rows[0].status is CaseStatus.ASSIGNED
    assert view.people.index(0, 2).data() == f"Movement #{movement}"
    assert "1 of 4 persons on open movements" in view.summary.text()


def test_new_point_is_saved_through_the_form(qtbot: Any, view: RendezvousPointsView) -> None:
    def fill(form: PointForm) -> None:
        form.name.setText("  Serena Hotel  ")
        form.address.setPlainText("Shahr-e Naw, Kabul")
        form.latitude.setText("34,5331")
        form.longitude.setText("69.1722")
        form.capacity.setValue(150)
        form.accept()

    with qtbot.waitSignal(view.changed):
        on_next_dialog(fill)
        view.new_point()

    [point] = rendezvous.list_points(view.ctx)
    assert (point.name, point.description, point.capacity) == (
        "Serena Hotel",
        "Shahr-e Naw, Kabul",
        150,
    )
    assert (point.latitude, point.longitude) == (34.5331, 69.1722)
    assert view.selected_point() == point
    assert [e.action.value for e in audit.history(view.ctx, "rendezvous_point", point.id)] == [
        "create"
    ]


def test_bad_coordinates_show_a_message_and_save_nothing(
    qtbot: Any, view: RendezvousPointsView, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "evactrack.ui.dialogs.show_error", lambda _parent, error, *a: shown.append(str(error))
    )
    form = PointForm(view.ctx, view)
    qtbot.addWidget(form)
    form.name.setText("Gate")
    form.latitude.setText("north")
    form.accept()
    assert shown == ["The latitude must be a number, like 34.5553."]
    form.latitude.setText("95")
    form.accept()
    qtbot.waitUntil(lambda: not form.saving)  # checked in the form, by the service's rules
    assert shown[-1] == "The latitude must be between -90 and 90."
    assert form.result() != QDialog.DialogCode.Accepted
    assert rendezvous.list_points(view.ctx) == []


def test_duplicate_name_is_refused(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_point(sqlite_ctx, "Abbey gate")
    shown: list[str] = []
    monkeypatch.setattr(
        "evactrack.ui.dialogs.show_error", lambda _parent, error, *a: shown.append(str(error))
    )
    form = PointForm(sqlite_ctx)
    qtbot.addWidget(form)
    form.name.setText("Abbey gate")
    form.accept()
    assert form.saving and not form.saver.buttons.isEnabled()
    qtbot.waitUntil(lambda: not form.saving)
    assert form.saver.buttons.isEnabled() and form.result() != QDialog.DialogCode.Accepted
    assert shown == ["A rendezvous point named 'Abbey gate' already exists."]
    assert len(rendezvous.list_points(sqlite_ctx)) == 1


def test_edit_keeps_the_version_check(qtbot: Any, sqlite_ctx: Context) -> None:
    point_id = make_point(sqlite_ctx, "Abbey gate", capacity=100)
    view = points_view(qtbot, sqlite_ctx, point_id)

    def fill(form: PointForm) -> None:
        assert form.name.text() == "Abbey gate"
        form.capacity.setValue(0)  # "not set"
        form.accept()

    with qtbot.waitSignal(view.changed):
        on_next_dialog(fill)
        view.edit_point()
    point = rendezvous.get_point(sqlite_ctx, point_id)
    assert (point.capacity, point.version) == (None, 2)
    assert view.points.index(0, 4).data() == "0 (no capacity set)"


def test_deactivating_a_busy_point_asks_first(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    point = make_point(sqlite_ctx, "Baron Hotel gate")
    movement = make_movement(sqlite_ctx, point)
    person = make_person(sqlite_ctx, status=CaseStatus.VERIFIED)
    movements.assign(sqlite_ctx, movement, [person.id])
    view = points_view(qtbot, sqlite_ctx, point)
    questions: list[str] = []
    answer = [False]

    def ask(_parent: object, question: str, *args: object) -> bool:
        questions.append(question)
        return answer[0]

    monkeypatch.setattr("evactrack.ui.dialogs.ask_user", ask)
    view.toggle_active()
    assert "1 person(s) are on open movements from 'Baron Hotel gate'" in questions[0]
    assert rendezvous.get_point(sqlite_ctx, point).active

    answer[0] = True
    with qtbot.waitSignal(view.changed):
        view.toggle_active()
    assert not rendezvous.get_point(sqlite_ctx, point).active
    assert view.points.rows == []  # deactivated points are hidden by default
    with qtbot.waitSignal(view.loaded):
        view.show_inactive.setChecked(True)
    view.select_point(point)
    settled(qtbot, view)
    assert view.active_button.text() == "Reactivate"
    with qtbot.waitSignal(view.changed):
        view.toggle_active()
    assert rendezvous.get_point(sqlite_ctx, point).active
    assert len(questions) == 2  # reactivating asks nothing


def test_expected_at_lists_pending_persons_of_open_movements(ctx: Context) -> None:
    """The service behind the lower pane, on both backends."""
    point = make_point(ctx, "Baron Hotel gate")
    other = make_point(ctx, "Abbey gate")
    later, sooner = make_movement(ctx, point), make_movement(ctx, point)
    elsewhere = make_movement(ctx, other)
    ali, bashir, cawa, dawood = (
        make_person(ctx, given, status=CaseStatus.VERIFIED).id
        for given in ("Ali", "Bashir", "Cawa", "Dawood")
    )
    movements.assign(ctx, later, [ali, bashir])
    movements.assign(ctx, sooner, [cawa])
    movements.assign(ctx, elsewhere, [dawood])
    movements.update_movement(
        ctx,
        sooner,
        1,
        movements.MovementInput(
            point,
            datetime(2026, 8, 26, 5, tzinfo=UTC),
            datetime(2026, 8, 26, 8, tzinfo=UTC),
            20,
            name="Dawn run",
        ),
    )
    movements.set_status(ctx, later, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, later, bashir, ManifestOutcome.BOARDED)

    expected = rendezvous.expected_at(ctx, point)
    assert [(e.person_id, e.movement_id, e.movement_name) for e in expected] == [
        (cawa, sooner, "Dawn run"),
        (ali, later, None),
    ]
    assert expected[0].name == "Cawa Rahimi" and expected[0].status is CaseStatus.ASSIGNED
    assert rendezvous.get_point(ctx, point).assigned == len(expected)
    movements.set_status(ctx, later, MovementStatus.ABORTED, "road closed")
    assert [e.person_id for e in rendezvous.expected_at(ctx, point)] == [cawa]


# ------------------------------------------------------------------ loading in the background


def test_the_view_reads_off_the_gui_thread(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    baron, abbey = make_point(sqlite_ctx, "Baron Hotel gate"), make_point(sqlite_ctx, "Abbey gate")
    threads: dict[str, set[threading.Thread]] = {}
    for module, name in (
        (rendezvous, "list_points"),
        (rendezvous, "expected_at"),
        (settings, "get"),
    ):
        real = getattr(module, name)

        def record(*args: Any, _name: str = name, _real: Any = real, **kwargs: Any) -> Any:
            threads.setdefault(_name, set()).add(threading.current_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, record)

    view = RendezvousPointsView(sqlite_ctx)
    qtbot.addWidget(view)
    assert view.loading and view.points.rows == []
    with qtbot.waitSignal(view.loaded):
        pass
    assert view.selected_point() is not None and view.selected_point().id == abbey  # type: ignore[union-attr]
    with qtbot.waitSignal(view.loaded):
        view.select_point(baron)
    assert sorted(threads) == ["expected_at", "get", "list_points"]
    assert threading.main_thread() not in set().union(*threads.values())


def test_a_superseded_load_is_dropped(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    point = make_point(sqlite_ctx, "Baron Hotel gate")
    real = rendezvous.list_points
    release = threading.Event()
    started: list[bool] = []

    def held_back(ctx: Context, include_inactive: bool = True) -> Any:
        started.append(include_inactive)
        if len(started) == 1:
            release.wait(10)
            return []  # older than what the newer load shows
        return real(ctx, include_inactive=include_inactive)

    monkeypatch.setattr(rendezvous, "list_points", held_back)
    view = RendezvousPointsView(sqlite_ctx)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: len(started) == 1)
    with qtbot.waitSignal(view.loaded):
        view.show_inactive.setChecked(True)  # a newer refresh
    assert started == [False, True] and [p.id for p in view.points.rows] == [point]
    release.set()
    qtbot.waitUntil(lambda: not tasks._running)
    assert [p.id for p in view.points.rows] == [point]
    assert view.selected_point() is not None
