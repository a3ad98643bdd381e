"""Check-in at the meeting point, driven as a barcode scanner drives it: keystrokes that end
with Enter. Boarded, already boarded, wrong movement, unknown code, undo, refusal, the
totals, and a busy database that keeps the scans queued."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import OperationalError

from evactrack.domain.enums import (
    CaseStatus,
    DocumentType,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
)
from evactrack.services import audit, case_status, checkin, movements, persons
from evactrack.services.context import Context
from evactrack.services.persons import Document
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.checkin_view import CheckInView, Verdict, _Job, _Sounds
from evactrack.ui.views.movements_view import MovementsBoard
from evactrack.ui.views.refusal_form import RefusalForm
from tests.factories import make_movement, make_person, make_point
from tests.ui.modal import on_next_dialog
from tests.ui.test_movements_view import board_for, family

O = ManifestOutcome  # noqa: E741


def _outcomes(ctx: Context, movement_id: int) -> dict[int, ManifestOutcome | None]:
    return {
        line.person_id: line.outcome for line in movements.get_movement(ctx, movement_id).manifest
    }


def _assembling(ctx: Context, point: int, people: list[int], capacity: int = 20) -> int:
    movement = make_movement(ctx, point, capacity)
    movements.assign(ctx, movement, people)
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    return movement


def _view(qtbot: Any, ctx: Context, movement_id: int) -> CheckInView:
    view = CheckInView(ctx, movement_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitActive(view)
    qtbot.waitUntil(lambda: view.field.isEnabled(), timeout=10_000)
    return view


def _scan(qtbot: Any, view: CheckInView, code: str) -> str:
    """Type as the scanner types, end with Enter; the verdict the screen shows."""
    qtbot.keyClicks(view.field, code)
    with qtbot.waitSignal(view.scanned) as shown:
        qtbot.keyClick(view.field, Qt.Key.Key_Return)
    assert view.field.text() == ""  # ready for the next scan
    return str(shown.args[0])


def _saved(qtbot: Any, view: CheckInView) -> None:
    if view.pending:
        with qtbot.waitSignal(view.saved, timeout=10_000):
            pass


def test_a_scan_boards_and_a_second_scan_does_not_count_twice(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    people = family(sqlite_ctx, 3)
    movement = _assembling(sqlite_ctx, make_point(sqlite_ctx), people, capacity=12)
    view = _view(qtbot, sqlite_ctx, movement)
    assert view.totals.text() == "Boarded 0 / on manifest 3 / capacity 12"

    assert _scan(qtbot, view, f"EVACTRACK:{people[0]}") == "boarded"
    assert "Farid" in view.person.text()
    assert view.verdict.text() == "Boarded"
    # The rest of the family, so that they board together.
    assert "Laila" in view.family.text() and "Omid" in view.family.text()
    assert view.totals.text() == "Boarded 1 / on manifest 3 / capacity 12"
    _saved(qtbot, view)
    assert _outcomes(sqlite_ctx, movement)[people[0]] is O.BOARDED
    # Still assigned while the movement assembles: it departs with them.
    assert persons.get_person(sqlite_ctx, people[0]).status is CaseStatus.ASSIGNED

    assert _scan(qtbot, view, f"EVACTRACK:{people[0]}") == "already"
    assert view.verdict.text() == "Already boarded"
    assert view.totals.text() == "Boarded 1 / on manifest 3 / capacity 12"
    _saved(qtbot, view)
    assert movements.get_movement(sqlite_ctx, movement).headcount.boarded == 1

    # A typed id, and a few letters of a name, work too.
    assert _scan(qtbot, view, str(people[1])) == "boarded"
    assert _scan(qtbot, view, "omi") == "boarded"
    assert view.family.text() == ""  # the whole household is on board
    assert view.totals.text() == "Boarded 3 / on manifest 3 / capacity 12"
    _saved(qtbot, view)
    assert set(_outcomes(sqlite_ctx, movement).values()) == {O.BOARDED}
    scans = [
        e for e in audit.history(sqlite_ctx, "movement", movement) if e.field == "check-in scan"
    ]
    assert [e.new_value for e in scans] == [f"already boarded: person #{people[0]}"]
    assert messages == []


def test_the_person_shows_with_the_document_to_carry(qtbot: Any, sqlite_ctx: Context) -> None:
    person = make_person(
        sqlite_ctx,
        "Nadia",
        "Habibi",
        status=CaseStatus.VERIFIED,
        native_name="نادیه حبیبی",
        documents=(Document(DocumentType.TAZKIRA, "T-4471"),),
    ).id
    movement = _assembling(sqlite_ctx, make_point(sqlite_ctx), [person])
    view = _view(qtbot, sqlite_ctx, movement)

    assert _scan(qtbot, view, f"evactrack:{person}") == "boarded"
    text = view.person.text()
    assert "Nadia" in text and "نادیه حبیبی" in text
    assert "Should carry: Tazkira T-4471" in text
    _saved(qtbot, view)


def test_a_person_of_another_movement_and_an_unknown_code_are_red(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    point = make_point(sqlite_ctx)
    here = make_person(sqlite_ctx, "Nadia", "Habibi", status=CaseStatus.VERIFIED).id
    there = make_person(sqlite_ctx, "Karim", "Sultani", status=CaseStatus.VERIFIED).id
    movement = _assembling(sqlite_ctx, point, [here])
    other = make_movement(sqlite_ctx, point)
    movements.assign(sqlite_ctx, other, [there])
    view = _view(qtbot, sqlite_ctx, movement)

    assert _scan(qtbot, view, f"EVACTRACK:{there}") == "refused"
    assert view.verdict.text() == "Not on this manifest"
    qtbot.waitUntil(lambda: "is on" in view.person.text())
    assert view.person.text() == f"Person #{there} is on Movement #{other}."

    assert _scan(qtbot, view, "EVACTRACK:999999") == "refused"
    qtbot.waitUntil(lambda: view.verdict.text() == "Unknown code")
    assert view.person.text() == "No person #999999 in the database."

    assert _scan(qtbot, view, "EVACTRACK:x7") == "refused"  # misread: not a name either
    assert view.verdict.text() == "Unknown code"

    assert _scan(qtbot, view, "zzz") == "refused"
    assert view.verdict.text() == "No one of that name on this manifest"
    _saved(qtbot, view)
    assert view.totals.text() == "Boarded 0 / on manifest 1 / capacity 20"
    assert _outcomes(sqlite_ctx, movement) == {here: None}
    assert _outcomes(sqlite_ctx, other) == {there: None}
    scans = [e.new_value for e in audit.history(sqlite_ctx, "movement", movement)]
    assert f"not on manifest: person #{there}" in scans
    assert "unknown code" in scans and "unknown name" in scans
    assert messages == []


def test_a_planned_movement_boards_no_one(qtbot: Any, sqlite_ctx: Context) -> None:
    person = make_person(sqlite_ctx, "Nadia", "Habibi", status=CaseStatus.VERIFIED).id
    movement = make_movement(sqlite_ctx, make_point(sqlite_ctx))
    movements.assign(sqlite_ctx, movement, [person])
    view = _view(qtbot, sqlite_ctx, movement)

    assert _scan(qtbot, view, f"EVACTRACK:{person}") == "refused"
    assert view.verdict.text() == "Not eligible: the movement is Planned"
    _saved(qtbot, view)
    assert _outcomes(sqlite_ctx, movement) == {person: None}


def test_undo_takes_back_the_last_scan(qtbot: Any, sqlite_ctx: Context) -> None:
    people = family(sqlite_ctx, 2)
    movement = _assembling(sqlite_ctx, make_point(sqlite_ctx), people)
    view = _view(qtbot, sqlite_ctx, movement)
    assert not view.undo_button.isEnabled()

    _scan(qtbot, view, f"EVACTRACK:{people[0]}")
    _scan(qtbot, view, f"EVACTRACK:{people[1]}")
    _saved(qtbot, view)
    with qtbot.waitSignal(view.scanned):
        qtbot.keyClick(view.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.field.hasFocus()  # the next scan goes where it should
    assert view.verdict.text() == "Undone"
    assert view.totals.text() == "Boarded 1 / on manifest 2 / capacity 20"
    _saved(qtbot, view)
    assert _outcomes(sqlite_ctx, movement) == {people[0]: O.BOARDED, people[1]: None}
    history = case_status.status_history(sqlite_ctx, people[1])
    assert history[-1].to_status is CaseStatus.ASSIGNED

    # Scanned again after the undo: boarded again, counted once.
    assert _scan(qtbot, view, f"EVACTRACK:{people[1]}") == "boarded"
    _saved(qtbot, view)
    assert movements.get_movement(sqlite_ctx, movement).headcount.boarded == 2


def test_the_refused_key_turns_the_last_scan_into_a_refusal(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    person = make_person(sqlite_ctx, "Nadia", "Habibi", status=CaseStatus.VERIFIED).id
    movement = _assembling(sqlite_ctx, make_point(sqlite_ctx), [person])
    view = _view(qtbot, sqlite_ctx, movement)
    _scan(qtbot, view, f"EVACTRACK:{person}")

    def refuse(form: RefusalForm) -> None:
        form.reason.setCurrentIndex(form.reason.findData(RefusalReason.NOT_ON_LIST.value))
        form.refused_by.setText("gate guard")
        form.accept()

    on_next_dialog(refuse)
    with qtbot.waitSignal(view.scanned):
        qtbot.keyClick(view.field, Qt.Key.Key_F8)
    assert view.totals.text() == "Boarded 0 / on manifest 1 / capacity 20"
    _saved(qtbot, view)
    assert _outcomes(sqlite_ctx, movement) == {person: O.REFUSED}
    assert persons.get_person(sqlite_ctx, person).status is CaseStatus.REFUSED
    assert messages == []


def test_a_busy_database_keeps_the_scan_queued_until_it_is_saved(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = make_person(sqlite_ctx, "Nadia", "Habibi", status=CaseStatus.VERIFIED).id
    movement = _assembling(sqlite_ctx, make_point(sqlite_ctx), [person])
    view = _view(qtbot, sqlite_ctx, movement)
    real = movements.record_outcomes
    refusals_left = [2]

    def locked(*args: Any, **kwargs: Any) -> Any:
        if refusals_left[0]:
            refusals_left[0] -= 1
            raise OperationalError("UPDATE", {}, Exception("database is locked"))
        return real(*args, **kwargs)

    monkeypatch.setattr(movements, "record_outcomes", locked)
    assert _scan(qtbot, view, f"EVACTRACK:{person}") == "boarded"
    qtbot.waitUntil(lambda: view.saving.text().startswith("Database busy"), timeout=5_000)
    assert view.totals.text() == "Boarded 1 / on manifest 1 / capacity 20"
    _saved(qtbot, view)
    assert refusals_left == [0]
    assert view.saving.text() == ""
    assert _outcomes(sqlite_ctx, movement) == {person: O.BOARDED}


def test_is_busy_knows_a_locked_database() -> None:
    assert checkin.is_busy(OperationalError("x", {}, Exception("database is locked")))
    assert not checkin.is_busy(OperationalError("x", {}, Exception("no such table")))
    assert not checkin.is_busy(ValueError("locked"))


def test_the_board_opens_check_in_for_the_chosen_movement(qtbot: Any, sqlite_ctx: Context) -> None:
    people = family(sqlite_ctx, 2)
    movement = _assembling(sqlite_ctx, make_point(sqlite_ctx), people)
    board: MovementsBoard = board_for(qtbot, sqlite_ctx, movement)
    assert board.check_in_button.isEnabled()
    board.check_in_button.click()
    view = next(w for w in board.children() if isinstance(w, CheckInView))
    qtbot.waitUntil(lambda: view.field.isEnabled(), timeout=10_000)
    assert view.movement_id == movement


def test_ctrl_k_opens_check_in_for_the_movement_chosen_on_the_board(
    qtbot: Any, sqlite_ctx: Context, tmp_path: Any, messages: list[str]
) -> None:
    people = family(sqlite_ctx, 2)
    movement = _assembling(sqlite_ctx, make_point(sqlite_ctx), people)
    window = MainWindow(sqlite_ctx, QSettings(str(tmp_path / "e.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.check_in_action.shortcut() == QKeySequence("Ctrl+K")

    assert window.check_in() is None  # no movement chosen: the board is shown instead
    assert messages == ["Choose a movement on the board, then check in."]
    board = next(v for v in window.side_views.values() if isinstance(v, MovementsBoard))
    assert window.tabs.currentWidget() is board
    qtbot.waitUntil(lambda: not board.loading, timeout=10_000)
    board.select_movement(movement)
    qtbot.waitUntil(lambda: board.current is not None, timeout=10_000)

    window.check_in_action.trigger()
    view = next(w for w in board.children() if isinstance(w, CheckInView))
    qtbot.waitUntil(lambda: view.field.isEnabled(), timeout=10_000)
    assert view.movement_id == movement and view.isVisible()

    # A scan not yet saved keeps the screen and the application open.
    view.queue.append(_Job(lambda: None, lambda _r: None, lambda _e: None))
    messages.clear()
    assert not window.close() and window.isVisible()
    qtbot.keyClick(view.field, Qt.Key.Key_Escape)
    assert view.isVisible()
    assert messages == ["1 scan(s) are still being saved; close again in a moment."] * 2
    view.queue.clear()
    view.close()
    assert not view.isVisible()


def test_without_a_sound_library_the_beep_tells_boarded_from_refused(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    beeps: list[str] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append("beep")))
    sounds = _Sounds()  # on this machine QtMultimedia may or may not load: a fallback is sure
    sounds.effects = {}
    sounds.play(Verdict.BOARDED)
    assert beeps == ["beep"]
    sounds.play(Verdict.REFUSED)
    qtbot.waitUntil(lambda: len(beeps) == 3)


def test_a_scan_the_database_refuses_turns_red_and_is_not_counted(
    qtbot: Any, sqlite_ctx: Context, messages: list[str]
) -> None:
    person = make_person(sqlite_ctx, "Nadia", "Habibi", status=CaseStatus.VERIFIED).id
    movement = _assembling(sqlite_ctx, make_point(sqlite_ctx), [person])
    view = _view(qtbot, sqlite_ctx, movement)
    movements.record_outcome(sqlite_ctx, movement, person, O.NO_SHOW)  # a colleague, meanwhile

    assert _scan(qtbot, view, f"EVACTRACK:{person}") == "boarded"
    with qtbot.waitSignal(view.scanned):  # the database's answer
        _saved(qtbot, view)
    assert view.verdict.text() == "Not saved"
    assert messages == [f"Person #{person} already has the outcome 'no_show'."]
    qtbot.waitUntil(lambda: not view.loading)
    assert view.totals.text() == "Boarded 0 / on manifest 1 / capacity 20"
    assert not view.undo_button.isEnabled()
    assert _outcomes(sqlite_ctx, movement) == {person: O.NO_SHOW}
