"""Movements that follow the caseworker: undo of assignments, outcomes and refusals; Add
persons…; a drag over the Movements tab; whole households in part; boarded while assembling."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QUndoStack
from PySide6.QtWidgets import QApplication

from evactrack.domain.enums import CaseStatus, ManifestOutcome, MovementStatus, RefusalReason
from evactrack.services import case_status, movements, persons, refusals
from evactrack.services.context import Context
from evactrack.ui.i18n import label
from evactrack.ui.main_window import MainWindow
from evactrack.ui.mime import person_ids_mime
from evactrack.ui.views.assign_dialog import AssignDialog
from evactrack.ui.views.movements_view import MovementsBoard
from evactrack.ui.views.pick_persons import PickPersonsDialog
from evactrack.ui.views.refusal_form import RefusalForm
from tests.conftest import account
from tests.factories import make_movement, make_person, make_point
from tests.ui.modal import on_next_dialog
from tests.ui.test_movements_view import board_for, family, select_people

S = CaseStatus
O = ManifestOutcome  # noqa: E741


def _status(ctx: Context, *person_ids: int) -> list[CaseStatus]:
    return [persons.get_person(ctx, pid).status for pid in person_ids]


def _outcomes(ctx: Context, movement_id: int) -> dict[int, ManifestOutcome | None]:
    return {
        line.person_id: line.outcome for line in movements.get_movement(ctx, movement_id).manifest
    }


def _with_history(qtbot: Any, ctx: Context, movement_id: int) -> tuple[MovementsBoard, QUndoStack]:
    """A board whose undo history reloads it after each undo or redo, as the window does."""
    board = board_for(qtbot, ctx, movement_id)
    stack = QUndoStack(board)
    board.undo_stack = stack
    stack.indexChanged.connect(board.refresh)
    return board, stack


def _assembling(ctx: Context, size: int = 3) -> tuple[int, list[int]]:
    movement = make_movement(ctx, make_point(ctx, "Baron Hotel gate"))
    people = family(ctx, size)
    movements.assign(ctx, movement, people)
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    return movement, people


def test_an_assignment_on_the_board_is_undone_and_redone(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    alone = make_person(sqlite_ctx, "Nadia", "Habibi", status=S.VERIFIED).id
    board, stack = _with_history(qtbot, sqlite_ctx, movement)

    with qtbot.waitSignal(board.changed):
        assert board.add_persons([alone], movement)  # a drop: no question asked
    assert stack.count() == 1 and stack.undoText() == "assignment of 1 person(s) to a movement"

    with qtbot.waitSignal(board.loaded):
        stack.undo()
    assert _outcomes(sqlite_ctx, movement) == {} and board.manifest.rows == []
    assert _status(sqlite_ctx, alone) == [S.VERIFIED]
    assert case_status.status_history(sqlite_ctx, alone)[-1].reason.startswith("undo of the change")

    with qtbot.waitSignal(board.loaded):
        stack.redo()
    assert _outcomes(sqlite_ctx, movement) == {alone: None}
    assert _status(sqlite_ctx, alone) == [S.ASSIGNED]
    assert [line.person_id for line in board.manifest.rows] == [alone]
    assert messages == []


@pytest.mark.parametrize(
    ("outcome", "after"),
    [
        (O.BOARDED, S.ASSIGNED),  # boarded while assembling: assigned until it departs
        (O.NO_SHOW, S.VERIFIED),
        (O.REFUSED, S.REFUSED),
        (O.TURNED_BACK, S.REFUSED),
    ],
)
def test_each_outcome_is_one_undo_step_and_the_chosen_persons_stay_chosen(
    qtbot: Any,
    sqlite_ctx: Context,
    messages: list[str],
    outcome: ManifestOutcome,
    after: CaseStatus,
) -> None:
    movement, people = _assembling(sqlite_ctx)
    board, stack = _with_history(qtbot, sqlite_ctx, movement)
    chosen = people[:2]
    select_people(board, chosen)

    def refuse(form: RefusalForm) -> None:
        form.reason.setCurrentIndex(form.reason.findData(RefusalReason.NOT_ON_LIST.value))
        form.refused_by.setText("gate guard")
        form.accept()

    with qtbot.waitSignal(board.changed):
        if outcome in (O.REFUSED, O.TURNED_BACK):
            on_next_dialog(refuse)
        board.outcome_buttons[outcome].click()

    assert _status(sqlite_ctx, *chosen) == [after, after]
    assert [line.person_id for line in board.selected_lines()] == chosen  # selection kept
    assert stack.undoText() == f"outcome '{label(outcome)}' of 2 person(s)"
    made = len(refusals.list_refusals(sqlite_ctx))

    with qtbot.waitSignal(board.loaded):
        stack.undo()
    assert _outcomes(sqlite_ctx, movement) == dict.fromkeys(people)
    assert _status(sqlite_ctx, *chosen) == [S.ASSIGNED, S.ASSIGNED]
    assert refusals.list_refusals(sqlite_ctx) == []
    assert [line.person_id for line in board.selected_lines()] == chosen  # still chosen

    with qtbot.waitSignal(board.loaded):
        stack.redo()
    assert _outcomes(sqlite_ctx, movement) == {
        people[0]: outcome,
        people[1]: outcome,
        people[2]: None,
    }
    assert _status(sqlite_ctx, *chosen) == [after, after]
    assert len(refusals.list_refusals(sqlite_ctx)) == made
    assert messages == []


def test_an_outcome_undo_after_a_colleagues_change_is_refused_and_dropped(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    movement, people = _assembling(sqlite_ctx)
    board, stack = _with_history(qtbot, sqlite_ctx, movement)
    select_people(board, [people[0]])
    with qtbot.waitSignal(board.changed):
        board.outcome_buttons[O.NO_SHOW].click()
    colleague = account(sqlite_ctx, "colleague")
    case_status.change_status(colleague, people[0], S.DEFERRED, "family emergency")

    with qtbot.waitSignal(board.loaded):
        stack.undo()

    assert _status(sqlite_ctx, people[0]) == [S.DEFERRED]
    assert _outcomes(sqlite_ctx, movement)[people[0]] is O.NO_SHOW
    assert len(messages) == 1
    assert messages[0].startswith(
        "The change to the manifest cannot be undone; it has been removed from the undo "
        "history.\n\nThe outcome of Farid Karimi"
    )
    assert "now 'deferred'" in messages[0] and "Nothing was changed." in messages[0]
    assert stack.count() == 0


def test_a_refusal_undo_after_its_follow_up_was_written_is_refused(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    movement, people = _assembling(sqlite_ctx, 2)
    board, stack = _with_history(qtbot, sqlite_ctx, movement)
    select_people(board, [people[1]])

    def refuse(form: RefusalForm) -> None:
        form.reason.setCurrentIndex(form.reason.findData(RefusalReason.NOT_ON_LIST.value))
        form.refused_by.setText("gate guard")
        form.accept()

    with qtbot.waitSignal(board.changed):
        on_next_dialog(refuse)
        board.outcome_buttons[O.REFUSED].click()
    [refusal] = refusals.list_refusals(sqlite_ctx)
    colleague = account(sqlite_ctx, "colleague")
    refusals.update_follow_up(colleague, refusal.id, refusal.version, "embassy called")

    with qtbot.waitSignal(board.loaded):
        stack.undo()

    assert [r.follow_up for r in refusals.list_refusals(sqlite_ctx)] == ["embassy called"]
    assert _status(sqlite_ctx, people[1]) == [S.REFUSED]
    assert messages and "cannot be undone" in messages[0]
    assert stack.count() == 0


def test_an_assignment_redo_refused_when_a_colleague_assigned_them_elsewhere(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    point = make_point(sqlite_ctx)
    movement, other = make_movement(sqlite_ctx, point), make_movement(sqlite_ctx, point)
    alone = make_person(sqlite_ctx, "Nadia", "Habibi", status=S.VERIFIED).id
    board, stack = _with_history(qtbot, sqlite_ctx, movement)
    with qtbot.waitSignal(board.changed):
        board.add_persons([alone], movement)
    with qtbot.waitSignal(board.loaded):
        stack.undo()
    colleague = account(sqlite_ctx, "colleague")
    movements.assign(colleague, other, [alone])

    stack.redo()  # refused: nothing changed, so nothing to reload

    assert _outcomes(sqlite_ctx, movement) == {} and _outcomes(sqlite_ctx, other) == {alone: None}
    assert messages[0].startswith(
        "The change to the manifest cannot be made again; it has been removed from the undo "
        "history.\n\nThe assignment of Nadia Habibi"
    )
    assert stack.count() == 0


def test_whole_households_add_those_who_can_go_and_list_the_others(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    karimi = family(sqlite_ctx)
    case_status.change_status(sqlite_ctx, karimi[2], S.DEFERRED, "in hospital")
    board, stack = _with_history(qtbot, sqlite_ctx, movement)

    with qtbot.waitSignal(board.changed):
        board.add_persons(karimi, movement)  # the whole household, dropped on the movement

    assert _outcomes(sqlite_ctx, movement) == {karimi[0]: None, karimi[1]: None}
    assert messages == [
        "Persons added to the movement: 2. These household members were left out:\n"
        f"• Omid Karimi (#{karimi[2]}): is 'Deferred': only verified or refused persons can go"
    ]
    assert stack.undoText() == "assignment of 2 person(s) to a movement"


def test_boarded_while_assembling_then_departed_on_the_board(
    qtbot: Any, sqlite_ctx: Context
) -> None:
    movement, people = _assembling(sqlite_ctx, 2)
    board = board_for(qtbot, sqlite_ctx, movement)
    select_people(board, people)
    with qtbot.waitSignal(board.changed):
        board.outcome_buttons[O.BOARDED].click()
    assert [(line.status, line.outcome) for line in board.manifest.rows] == [
        (S.ASSIGNED, O.BOARDED)
    ] * 2
    assert [line.person_id for line in board.selected_lines()] == people

    with qtbot.waitSignal(board.changed):
        board.status_buttons[MovementStatus.EN_ROUTE].click()

    assert [line.status for line in board.manifest.rows] == [S.IN_TRANSIT] * 2
    assert _status(sqlite_ctx, *people) == [S.IN_TRANSIT] * 2


def test_add_persons_finds_them_with_the_case_lists_search_and_filters(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    nadia = make_person(sqlite_ctx, "Nadia", "Habibi", status=S.VERIFIED).id
    make_person(sqlite_ctx, "Nadir", "Habibi")  # new: filtered out, not ready to go
    make_person(sqlite_ctx, "Zahra", "Ahmadi", status=S.VERIFIED)
    board = board_for(qtbot, sqlite_ctx, movement)
    assert board.add_button.isEnabled()
    seen: list[list[int]] = []

    def pick(dialog: PickPersonsDialog) -> None:
        assert dialog.windowTitle() == f"Add persons to Movement #{movement}"
        dialog.accept()  # nobody chosen yet: it says so and stays open
        assert dialog.isVisible() and messages == ["Choose the persons to add first."]
        qtbot.waitUntil(lambda: not dialog.cases.busy, timeout=10_000)
        with qtbot.waitSignal(dialog.cases.loaded, timeout=10_000):
            qtbot.keyClicks(dialog.cases.search, "Habibi")
        seen.append(list(dialog.cases.model.ids))
        qtbot.keyClick(dialog.cases.search, Qt.Key.Key_Return)  # to the results
        assert dialog.isVisible() and dialog.chosen() == [nadia]
        qtbot.keyClick(dialog.cases.table, Qt.Key.Key_Return)  # adds them

    with qtbot.waitSignal(board.changed, timeout=10_000):
        on_next_dialog(pick)
        board.add_button.click()

    assert seen == [[nadia]]
    assert _outcomes(sqlite_ctx, movement) == {nadia: None}


def test_add_persons_keeps_households_whole(qtbot: Any, sqlite_ctx: Context) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    karimi = family(sqlite_ctx)
    board = board_for(qtbot, sqlite_ctx, movement)

    def pick(dialog: PickPersonsDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.cases.busy, timeout=10_000)
        on_next_dialog(lambda assign: assign.accept())  # whole households, the default
        dialog.cases.select_ids({karimi[0]})
        dialog.accept()

    with qtbot.waitSignal(board.changed, timeout=10_000):
        on_next_dialog(pick)
        board.pick_and_add()

    assert set(_outcomes(sqlite_ctx, movement)) == set(karimi)


@pytest.fixture
def window(qtbot: Any, sqlite_ctx: Context, tmp_path: Any) -> MainWindow:
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    main = MainWindow(sqlite_ctx, settings)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.case_list.loaded):
        main.show()
    qtbot.waitExposed(main)
    return main


def _tab(window: MainWindow, title: str) -> int:
    return next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == title)


def test_dragging_a_case_over_the_movements_tab_opens_the_board(
    qtbot: Any, window: MainWindow, sqlite_ctx: Context
) -> None:
    person = make_person(sqlite_ctx, status=S.VERIFIED).id
    bar = window.tabs.tabBar()
    mime = person_ids_mime([person])

    def drag_over(title: str) -> QDragMoveEvent:
        at = bar.tabRect(_tab(window, title)).center()
        enter = QDragEnterEvent(
            at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.NoModifier
        )
        QApplication.sendEvent(bar, enter)
        assert enter.isAccepted()
        move = QDragMoveEvent(
            at, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.NoModifier
        )
        QApplication.sendEvent(bar, move)
        return move

    drag_over("Dashboard")
    assert window.tabs.currentIndex() == 0  # only the board takes persons
    move = drag_over("Movements")
    index = _tab(window, "Movements")
    assert window.tabs.currentIndex() == index
    assert isinstance(window.side_views[index], MovementsBoard)
    assert not move.isAccepted()  # nothing is dropped on the tab itself
    assert window.side_views[index].undo_stack is window.undo_stack


def test_an_assignment_from_the_case_list_is_one_undo_step_of_the_window(
    qtbot: Any, window: MainWindow, sqlite_ctx: Context, messages: list[str]
) -> None:
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    a, b = (make_person(sqlite_ctx, g, "Habibi", status=S.VERIFIED).id for g in ("Ali", "Bibi"))
    with qtbot.waitSignal(window.case_list.loaded):
        window.refresh_all()
    window.case_list.select_ids({a, b})

    def assign(dialog: AssignDialog) -> None:
        assert dialog.movement.currentData() == movement
        dialog.accept()

    with qtbot.waitSignal(window.case_list.loaded):
        on_next_dialog(assign)
        window.assign_selection()
    assert _status(sqlite_ctx, a, b) == [S.ASSIGNED, S.ASSIGNED]
    assert window.undo_action.text() == "&Undo assignment of 2 person(s) to a movement"

    with qtbot.waitSignal(window.case_list.loaded):
        window.undo_action.trigger()
    assert _status(sqlite_ctx, a, b) == [S.VERIFIED, S.VERIFIED]
    assert _outcomes(sqlite_ctx, movement) == {}

    with qtbot.waitSignal(window.case_list.loaded):
        window.redo_action.trigger()
    assert _status(sqlite_ctx, a, b) == [S.ASSIGNED, S.ASSIGNED]
    assert messages == []
