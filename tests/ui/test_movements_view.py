"""The movements board, its forms and the assign dialog, driven with qtbot."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, QItemSelectionModel, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog

from evactrack.domain.enums import CaseStatus, ManifestOutcome, MovementStatus, RefusalReason
from evactrack.domain.errors import DatabaseOpenError, ValidationError
from evactrack.services import (
    case_status,
    households,
    movements,
    persons,
    refusals,
    rendezvous,
    settings,
)
from evactrack.services.context import Context
from evactrack.services.refusals import RefusalInput
from evactrack.ui import tasks
from evactrack.ui.mime import person_ids_mime
from evactrack.ui.views.assign_dialog import AssignDialog, assign_to_movement, load_assign_choices
from evactrack.ui.views.movement_form import MovementForm
from evactrack.ui.views.movements_view import MovementsBoard
from evactrack.ui.views.refusal_form import RefusalForm
from evactrack.ui.widgets import marked
from tests.factories import make_movement, make_person, make_point
from tests.ui.modal import on_next_dialog


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        "evactrack.ui.dialogs.show_error", lambda _parent, error, *a: shown.append(str(error))
    )
    return shown


def family(ctx: Context, size: int = 3) -> list[int]:
    """A verified household: the principal first."""
    ids = [
        make_person(ctx, given, "Karimi", status=CaseStatus.VERIFIED).id
        for given in ("Farid", "Laila", "Omid", "Sara")[:size]
    ]
    households.create_household(ctx, ids[0], ids[1:], name="Karimi")
    return ids


def settled(qtbot: Any, view: Any) -> None:
    """Wait until the view (or form) has what it loads in the background on screen."""
    qtbot.waitUntil(lambda: not view.loading, timeout=10_000)


def board_for(qtbot: Any, ctx: Context, movement_id: int | None = None) -> MovementsBoard:
    board = MovementsBoard(ctx)
    qtbot.addWidget(board)
    settled(qtbot, board)
    if movement_id is not None:
        board.select_movement(movement_id)
        settled(qtbot, board)
    return board


def select_people(board: MovementsBoard, person_ids: list[int]) -> None:
    selection = board.manifest_table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row, line in enumerate(board.manifest.rows):
        if line.person_id in person_ids:
            selection.select(board.manifest.index(row, 0), flags)


def test_plan_a_movement_in_the_operation_time_zone(qtbot: Any, sqlite_ctx: Context) -> None:
    make_point(sqlite_ctx, "Abbey gate")
    board = board_for(qtbot, sqlite_ctx)
    assert settings.get(sqlite_ctx, settings.OPERATION_TZ) == "Asia/Kabul"

    def fill(form: MovementForm) -> None:
        form.name.setText("Abbey run 1")
        form.window_start.setDateTime(QDateTime.fromString("2026-08-26 14:00", "yyyy-MM-dd HH:mm"))
        form.window_end.setDateTime(QDateTime.fromString("2026-08-26 17:30", "yyyy-MM-dd HH:mm"))
        form.capacity.setValue(12)
        form.escort_party.setText("escort unit 7")
        form.recognition_signal.setText("blue scarf")
        form.accept()

    with qtbot.waitSignal(board.changed):
        on_next_dialog(fill)
        board.plan_movement()

    [movement] = movements.list_movements(sqlite_ctx)
    # Kabul is UTC+4:30: 14:00 there is 09:30 UTC.
    assert movement.window_start.astimezone(UTC) == datetime(2026, 8, 26, 9, 30, tzinfo=UTC)
    assert movement.window_end.astimezone(UTC) == datetime(2026, 8, 26, 13, 0, tzinfo=UTC)
    assert (movement.capacity, movement.status) == (12, MovementStatus.PLANNED)
    assert board.selected_movement_id() == movement.id
    assert board.movements.index(0, 2).data() == "2026-08-26 14:00–17:30 Asia/Kabul"
    assert "recognition signal: blue scarf" in board.header.text()


def test_form_refuses_a_window_that_ends_before_it_starts(
    qtbot: Any, sqlite_ctx: Context, errors: list[str]
) -> None:
    make_point(sqlite_ctx)
    form = MovementForm(sqlite_ctx)
    qtbot.addWidget(form)
    settled(qtbot, form)
    start = datetime(2026, 8, 26, 10, tzinfo=UTC)
    form.set_window(start, start - timedelta(hours=1))
    form.accept()
    assert not form.saving  # checked in the form (by the service's rules) before saving
    assert errors == ["The time window must end after it starts."]
    assert marked(form.inputs) == ["window_end"]
    assert form.result() != QDialog.DialogCode.Accepted and form.save_button.isEnabled()
    assert movements.list_movements(sqlite_ctx) == []


def test_form_without_an_active_point_says_what_to_do(
    qtbot: Any, sqlite_ctx: Context, errors: list[str]
) -> None:
    form = MovementForm(sqlite_ctx)
    qtbot.addWidget(form)
    assert form.loading and not form.save_button.isEnabled()
    settled(qtbot, form)
    form.accept()
    assert errors and errors[0].startswith("Choose a rendezvous point")


def test_drop_persons_on_a_movement_keeps_households_whole(qtbot: Any, sqlite_ctx: Context) -> None:
    point = make_point(sqlite_ctx)
    first = make_movement(sqlite_ctx, point)
    second = make_movement(sqlite_ctx, point)
    karimi = family(sqlite_ctx)
    alone = make_person(sqlite_ctx, "Nadia", "Habibi", status=CaseStatus.VERIFIED).id
    board = board_for(qtbot, sqlite_ctx, first)
    board.resize(1000, 700)
    board.show()
    qtbot.waitExposed(board)

    # Dropped on the second movement's row: it goes there, not to the chosen one.
    row_rect = board.table.visualRect(board.movements.index(board.movements.row_of(second), 0))
    at = board.table.viewport().mapTo(board, row_rect.center())
    mime = person_ids_mime([alone])
    drop = QDropEvent(
        QPointF(at), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.NoModifier
    )
    enter = QDragEnterEvent(
        at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.NoModifier
    )
    board.dragEnterEvent(enter)
    assert enter.isAccepted()
    text = QMimeData()
    text.setText("not persons")
    other = QDragEnterEvent(
        at, Qt.DropAction.CopyAction, text, Qt.MouseButton.LeftButton, Qt.NoModifier
    )
    other.ignore()
    board.dragEnterEvent(other)
    assert not other.isAccepted()
    with qtbot.waitSignal(board.changed):
        board.dropEvent(drop)
    assert [line.person_id for line in movements.get_movement(sqlite_ctx, second).manifest] == [
        alone
    ]

    # One member of a household asks which way; whole households is the default.
    def whole(dialog: AssignDialog) -> None:
        assert not dialog.warning.isHidden() and dialog.whole.isChecked()
        assert dialog.movement.currentData() == first
        assert dialog.missing == karimi[1:]
        dialog.accept()

    assert board.selected_movement_id() == second
    board.select_movement(first)
    with qtbot.waitSignal(board.changed):
        on_next_dialog(whole)
        board.add_persons([karimi[0]])
    manifest = movements.get_movement(sqlite_ctx, first).manifest
    assert sorted(line.person_id for line in manifest) == sorted(karimi)
    assert {p.status for p in persons.summaries(sqlite_ctx, karimi)} == {CaseStatus.ASSIGNED}
    assert sorted(line.person_id for line in board.manifest.rows) == sorted(karimi)


def test_assign_dialog_can_split_a_household(qtbot: Any, sqlite_ctx: Context) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    karimi = family(sqlite_ctx)
    dialog = AssignDialog(sqlite_ctx, load_assign_choices(sqlite_ctx, karimi[:2]), None, movement)
    qtbot.addWidget(dialog)
    assert dialog.split and dialog.missing == [karimi[2]]
    assert "split 1 household(s); 1 of their members are not chosen" in dialog.warning.text()
    dialog.only_chosen.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):  # saved on the write worker
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    manifest = movements.get_movement(sqlite_ctx, movement).manifest
    assert sorted(line.person_id for line in manifest) == karimi[:2]
    assert persons.get_person(sqlite_ctx, karimi[2]).status is CaseStatus.VERIFIED


def test_capacity_is_enforced_with_a_message(
    qtbot: Any, sqlite_ctx: Context, errors: list[str]
) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx), capacity=2)
    karimi = family(sqlite_ctx)
    dialog = AssignDialog(sqlite_ctx, load_assign_choices(sqlite_ctx, karimi))
    qtbot.addWidget(dialog)
    assert not dialog.split
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.saving)
    assert errors == [
        f"Movement #{movement} holds 2 persons; it has 0 and 3 more were asked for "
        "(households included)."
    ]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert movements.get_movement(sqlite_ctx, movement).manifest == ()
    assert {p.status for p in persons.summaries(sqlite_ctx, karimi)} == {CaseStatus.VERIFIED}


def test_assign_without_open_movement_says_so(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    infos: list[str] = []
    monkeypatch.setattr("evactrack.ui.dialogs.show_info", lambda _p, text, *a: infos.append(text))
    person = make_person(sqlite_ctx, status=CaseStatus.VERIFIED)
    assert not assign_to_movement(sqlite_ctx, None, [person.id])
    assert infos == [
        "There is no planned or assembling movement. Plan one in the movements board first."
    ]


def test_outcomes_refusal_and_the_way_to_the_airport(
    qtbot: Any, sqlite_ctx: Context, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    point = make_point(sqlite_ctx, "Baron Hotel gate")
    movement = make_movement(sqlite_ctx, point)
    karimi = family(sqlite_ctx, 4)
    movements.assign(sqlite_ctx, movement, karimi)
    board = board_for(qtbot, sqlite_ctx, movement)
    assert not board.outcome_buttons[ManifestOutcome.BOARDED].isEnabled()  # still planned

    with qtbot.waitSignal(board.changed):
        board.status_buttons[MovementStatus.ASSEMBLING].click()
    assert board.current is not None and board.current.status is MovementStatus.ASSEMBLING

    select_people(board, karimi[:2])
    assert board.outcome_buttons[ManifestOutcome.BOARDED].isEnabled()
    with qtbot.waitSignal(board.changed):
        board.outcome_buttons[ManifestOutcome.BOARDED].click()

    select_people(board, [karimi[2]])
    with qtbot.waitSignal(board.changed):
        board.outcome_buttons[ManifestOutcome.NO_SHOW].click()

    # Leaving with someone still pending is refused, and nothing moves.
    with qtbot.waitSignal(board.table.model().modelReset):  # reloaded after the failure
        board.status_buttons[MovementStatus.EN_ROUTE].click()
    assert errors[-1].startswith("Mark every person's outcome")
    assert not board.writing and board.status_buttons[MovementStatus.EN_ROUTE].isEnabled()
    assert movements.get_movement(sqlite_ctx, movement).status is MovementStatus.ASSEMBLING

    def refuse(form: RefusalForm) -> None:
        assert form.point.currentData() == point
        form.refused_by.setText("gate guard")
        form.reason.setCurrentIndex(form.reason.findData(RefusalReason.NOT_ON_LIST.value))
        form.follow_up.setPlainText("ask the embassy to add her to the list")
        form.accept()

    select_people(board, [karimi[3]])
    with qtbot.waitSignal(board.changed):
        on_next_dialog(refuse)
        board.outcome_buttons[ManifestOutcome.REFUSED].click()
    [refusal] = refusals.list_refusals(sqlite_ctx, person_id=karimi[3])
    assert (refusal.reason, refusal.refused_by, refusal.movement_id) == (
        RefusalReason.NOT_ON_LIST,
        "gate guard",
        movement,
    )
    assert refusal.where == "Baron Hotel gate"
    assert movements.follow_up_queue(sqlite_ctx) == [karimi[3]]

    for target in (MovementStatus.EN_ROUTE, MovementStatus.ARRIVED):
        with qtbot.waitSignal(board.changed):
            board.status_buttons[target].click()
    statuses = {p.id: p.status for p in persons.summaries(sqlite_ctx, karimi)}
    assert [statuses[i] for i in karimi] == [
        CaseStatus.AT_AIRPORT,
        CaseStatus.AT_AIRPORT,
        CaseStatus.VERIFIED,
        CaseStatus.REFUSED,
    ]

    monkeypatch.setattr("evactrack.ui.dialogs.ask_user", lambda *a: True)
    board.manifest_table.clearSelection()
    assert board.evacuated_button.isEnabled()
    with qtbot.waitSignal(board.changed):
        board.evacuated_button.click()
    statuses = {p.id: p.status for p in persons.summaries(sqlite_ctx, karimi)}
    assert [statuses[i] for i in karimi[:2]] == [CaseStatus.EVACUATED] * 2
    assert not board.evacuated_button.isEnabled()


def test_cancelled_refusal_form_changes_nothing(qtbot: Any, sqlite_ctx: Context) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    person = make_person(sqlite_ctx, status=CaseStatus.VERIFIED).id
    movements.assign(sqlite_ctx, movement, [person])
    movements.set_status(sqlite_ctx, movement, MovementStatus.ASSEMBLING)
    board = board_for(qtbot, sqlite_ctx, movement)
    select_people(board, [person])
    dialogs = on_next_dialog(lambda form: form.reject())
    board.outcome_buttons[ManifestOutcome.TURNED_BACK].click()
    assert isinstance(dialogs[0], RefusalForm)
    assert movements.get_movement(sqlite_ctx, movement).manifest[0].outcome is None
    assert refusals.list_refusals(sqlite_ctx) == []


def test_refusal_form_needs_a_place(qtbot: Any, sqlite_ctx: Context, errors: list[str]) -> None:
    form = RefusalForm(sqlite_ctx, person_name="<b>Laila</b>")
    qtbot.addWidget(form)
    settled(qtbot, form)
    form.accept()
    assert errors == [
        "Say where the person was refused: a rendezvous point or checkpoint.\n"
        "Choose the reason for the refusal."
    ]
    assert form.result() != QDialog.DialogCode.Accepted
    form.checkpoint.setText("outer cordon")
    form.reason.setCurrentIndex(form.reason.findData(RefusalReason.NOT_ON_LIST.value))
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted
    value = form.value()
    assert isinstance(value, RefusalInput) and value.checkpoint == "outer cordon"
    assert value.occurred_at is None  # time left alone: stamped when saved


def test_refusal_form_reads_the_time_in_the_operation_zone(
    qtbot: Any, sqlite_ctx: Context, errors: list[str]
) -> None:
    form = RefusalForm(sqlite_ctx)
    qtbot.addWidget(form)
    settled(qtbot, form)
    form.checkpoint.setText("outer cordon")
    form.reason.setCurrentIndex(form.reason.findData(RefusalReason.NOT_ON_LIST.value))
    form.occurred_at.setDateTime(QDateTime.fromString("2026-08-26 14:00", "yyyy-MM-dd HH:mm"))
    assert form.value().occurred_at == datetime(2026, 8, 26, 9, 30, tzinfo=UTC)
    form.occurred_at.setDateTime(form.occurred_at.dateTime().addDays(400))
    form.accept()
    assert errors == ["A refusal cannot be in the future."]
    assert form.result() != QDialog.DialogCode.Accepted


def test_abort_sends_people_back_to_verified_with_the_reason(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    karimi = family(sqlite_ctx)
    movements.assign(sqlite_ctx, movement, karimi)
    board = board_for(qtbot, sqlite_ctx, movement)
    answers: list[str | None] = [None, "gate closed after the blast"]
    monkeypatch.setattr("evactrack.ui.dialogs.ask_text", lambda *a, **k: answers.pop(0))

    board.status_buttons[MovementStatus.ABORTED].click()  # cancelled: nothing happens
    assert movements.get_movement(sqlite_ctx, movement).status is MovementStatus.PLANNED

    with qtbot.waitSignal(board.changed):
        board.status_buttons[MovementStatus.ABORTED].click()
    aborted = movements.get_movement(sqlite_ctx, movement)
    assert aborted.status is MovementStatus.ABORTED
    assert "gate closed after the blast" in (aborted.notes or "")
    for pid in karimi:
        assert persons.get_person(sqlite_ctx, pid).status is CaseStatus.VERIFIED
        last = case_status.status_history(sqlite_ctx, pid)[-1]
        assert last.reason == f"movement #{movement} aborted: gate closed after the blast"
    # Closed movements leave the board unless asked for, and the board still shows this one.
    assert board.show_closed.isChecked()
    assert not any(b.isEnabled() for b in board.status_buttons.values())


def test_remove_from_manifest_asks_why(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    person = make_person(sqlite_ctx, status=CaseStatus.VERIFIED).id
    movements.assign(sqlite_ctx, movement, [person])
    board = board_for(qtbot, sqlite_ctx, movement)
    select_people(board, [person])
    monkeypatch.setattr("evactrack.ui.dialogs.ask_text", lambda *a, **k: "wants to wait for wife")
    with qtbot.waitSignal(board.changed):
        board.remove_button.click()
    assert movements.get_movement(sqlite_ctx, movement).manifest == ()
    history = case_status.status_history(sqlite_ctx, person)
    assert (history[-1].to_status, history[-1].reason) == (
        CaseStatus.VERIFIED,
        "wants to wait for wife",
    )


def test_mark_evacuated_service_is_all_or_nothing(ctx: Context) -> None:
    movement = make_movement(ctx, make_point(ctx))
    a, b = (make_person(ctx, g, status=CaseStatus.VERIFIED).id for g in ("Ali", "Bashir"))
    movements.assign(ctx, movement, [a, b])
    with pytest.raises(ValidationError, match="once it has arrived"):
        movements.mark_evacuated(ctx, movement, [a])
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, movement, a, ManifestOutcome.BOARDED)
    movements.record_outcome(ctx, movement, b, ManifestOutcome.NO_SHOW)
    movements.set_status(ctx, movement, MovementStatus.EN_ROUTE)
    movements.set_status(ctx, movement, MovementStatus.ARRIVED)
    with pytest.raises(ValidationError, match=f"Person #{b} did not board"):
        movements.mark_evacuated(ctx, movement, [a, b])
    assert persons.get_person(ctx, a).status is CaseStatus.AT_AIRPORT
    movements.mark_evacuated(ctx, movement, [a])
    assert persons.get_person(ctx, a).status is CaseStatus.EVACUATED
    assert case_status.status_history(ctx, a)[-1].reason == f"evacuated after movement #{movement}"


def test_outcomes_of_several_persons_are_one_write_all_or_none(
    qtbot: Any, sqlite_ctx: Context, errors: list[str]
) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    karimi = family(sqlite_ctx)
    movements.assign(sqlite_ctx, movement, karimi)
    movements.set_status(sqlite_ctx, movement, MovementStatus.ASSEMBLING)
    board = board_for(qtbot, sqlite_ctx, movement)
    select_people(board, karimi)
    # A colleague marks Laila meanwhile: the board still shows her pending.
    movements.record_outcome(sqlite_ctx, movement, karimi[1], ManifestOutcome.NO_SHOW)

    with qtbot.waitSignal(board.loaded):  # reloaded after the failure
        board.outcome_buttons[ManifestOutcome.BOARDED].click()

    assert errors == [f"Person #{karimi[1]} already has the outcome 'no_show'."]
    outcomes = {line.person_id: line.outcome for line in board.manifest.rows}
    assert outcomes == {karimi[0]: None, karimi[1]: ManifestOutcome.NO_SHOW, karimi[2]: None}


def test_print_manifest_of_the_chosen_movement(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    movement_id = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    asked: list[int] = []
    monkeypatch.setattr(
        "evactrack.ui.views.report_dialog.print_manifest",
        lambda _ctx, _parent, chosen: asked.append(chosen),
    )
    board = board_for(qtbot, sqlite_ctx)
    board.select_movement(movement_id)
    settled(qtbot, board)
    assert board.print_button.isEnabled()
    qtbot.mouseClick(board.print_button, Qt.MouseButton.LeftButton)
    assert asked == [movement_id]


# ------------------------------------------------------------------ loading in the background


def on_threads(
    monkeypatch: pytest.MonkeyPatch,
    calls: list[tuple[str, threading.Thread]],
    module: Any,
    *names: str,
) -> None:
    """Record in ``calls`` the thread each named service function of ``module`` runs on."""
    for name in names:
        real = getattr(module, name)

        def record(*args: Any, _name: str = name, _real: Any = real, **kwargs: Any) -> Any:
            calls.append((_name, threading.current_thread()))
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, record)


def test_the_board_and_its_forms_read_off_the_gui_thread(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    point = make_point(sqlite_ctx)
    first, second = make_movement(sqlite_ctx, point), make_movement(sqlite_ctx, point)
    calls: list[tuple[str, threading.Thread]] = []
    on_threads(monkeypatch, calls, movements, "list_movements", "get_movement")
    on_threads(monkeypatch, calls, settings, "get")
    on_threads(monkeypatch, calls, rendezvous, "list_points")

    board = MovementsBoard(sqlite_ctx)
    qtbot.addWidget(board)
    assert board.loading and board.movements.rows == []  # nothing read yet on this thread
    with qtbot.waitSignal(board.loaded):
        pass
    assert [m.id for m in board.movements.rows] == [first, second]
    assert board.current is not None and board.current.id == first
    with qtbot.waitSignal(board.loaded):  # another movement chosen: its manifest loads
        board.select_movement(second)
    assert board.current is not None and board.current.id == second
    for form in (MovementForm(sqlite_ctx, board), RefusalForm(sqlite_ctx, board)):
        settled(qtbot, form)
        assert form.point.findData(point) >= 0

    assert {name for name, _thread in calls} == {
        "list_movements",
        "get_movement",
        "get",
        "list_points",
    }
    assert all(thread is not threading.main_thread() for _name, thread in calls)


def test_a_superseded_board_load_is_dropped(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first load is held back until a newer one has shown the movement: when it ends,
    its (empty, older) result must not replace the newer one."""
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    real = movements.list_movements
    release = threading.Event()
    started: list[int] = []

    def held_back(ctx: Context, **kwargs: Any) -> Any:
        started.append(1)
        if len(started) == 1:
            release.wait(10)
            return []
        return real(ctx, **kwargs)

    monkeypatch.setattr(movements, "list_movements", held_back)
    board = MovementsBoard(sqlite_ctx)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: started == [1])
    resets: list[int] = []
    board.movements.modelReset.connect(lambda: resets.append(len(board.movements.rows)))
    with qtbot.waitSignal(board.loaded):
        board.refresh()
    assert [m.id for m in board.movements.rows] == [movement]
    release.set()
    qtbot.waitUntil(lambda: not tasks._running)
    assert [m.id for m in board.movements.rows] == [movement]
    assert resets == [1] and board.current is not None and board.current.id == movement


def test_a_failed_load_shows_the_error_and_keeps_what_was_shown(
    qtbot: Any, sqlite_ctx: Context, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    board = board_for(qtbot, sqlite_ctx)

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise DatabaseOpenError("The database cannot be read.")

    monkeypatch.setattr(movements, "list_movements", broken)
    with qtbot.waitSignal(board.loaded):
        board.refresh()
    assert errors == ["The database cannot be read."]
    assert [m.id for m in board.movements.rows] == [movement]


def test_keyboard_moves_between_movements_and_their_manifests(
    qtbot: Any, sqlite_ctx: Context
) -> None:
    point = make_point(sqlite_ctx)
    first, second = make_movement(sqlite_ctx, point), make_movement(sqlite_ctx, point)
    person = make_person(sqlite_ctx, status=CaseStatus.VERIFIED).id
    movements.assign(sqlite_ctx, second, [person])
    board = board_for(qtbot, sqlite_ctx, first)
    assert board.table.currentIndex().row() == 0  # the keyboard starts from the chosen row
    with qtbot.waitSignal(board.loaded):
        qtbot.keyClick(board.table, Qt.Key.Key_Down)
    assert board.selected_movement_id() == second
    assert [line.person_id for line in board.manifest.rows] == [person]
    # A refresh keeps the chosen movement chosen, and the keyboard's place on it.
    with qtbot.waitSignal(board.loaded):
        board.refresh()
    assert board.selected_movement_id() == second and board.table.currentIndex().row() == 1
    with qtbot.waitSignal(board.loaded):
        qtbot.keyClick(board.table, Qt.Key.Key_Up)
    assert board.selected_movement_id() == first and board.manifest.rows == []


def test_unticking_closed_movements_leaves_an_aborted_one(qtbot: Any, sqlite_ctx: Context) -> None:
    point = make_point(sqlite_ctx)
    gone, waiting = make_movement(sqlite_ctx, point), make_movement(sqlite_ctx, point)
    movements.set_status(sqlite_ctx, gone, MovementStatus.ABORTED, "road closed")
    board = board_for(qtbot, sqlite_ctx, gone)  # not on the board: closed ones are shown
    assert board.show_closed.isChecked() and board.selected_movement_id() == gone
    with qtbot.waitSignal(board.loaded):
        board.show_closed.setChecked(False)
    assert not board.show_closed.isChecked()
    assert board.selected_movement_id() == waiting


def test_assigning_reads_and_writes_off_the_gui_thread(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    alone = make_person(sqlite_ctx, "Nadia", "Habibi", status=CaseStatus.VERIFIED).id
    calls: list[tuple[str, threading.Thread]] = []
    on_threads(monkeypatch, calls, movements, "split_warning", "list_movements", "assign")
    assert assign_to_movement(sqlite_ctx, None, [alone], movement)  # a drop: no question
    assert [line.person_id for line in movements.get_movement(sqlite_ctx, movement).manifest] == [
        alone
    ]
    assert {name for name, _thread in calls} == {"split_warning", "list_movements", "assign"}
    assert all(thread is not threading.main_thread() for _name, thread in calls)
