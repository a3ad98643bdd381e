"""One household's way out, through the GUI, with the database checked at every step.

Register a family, log the calls, verify them, put them on a movement, see one member
refused at the gate, bring her on a second movement, and mark everyone evacuated.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from evactrack.domain.enums import (
    CaseStatus,
    ContactChannel,
    ContactOutcome,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
)
from evactrack.domain.timezones import utcnow
from evactrack.services import (
    audit,
    case_status,
    contacts,
    households,
    movements,
    persons,
    refusals,
)
from evactrack.services.context import Context
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.assign_dialog import AssignDialog
from evactrack.ui.views.household_dialogs import MakeHouseholdDialog
from evactrack.ui.views.movement_form import MovementForm
from evactrack.ui.views.movements_view import MovementsBoard
from evactrack.ui.views.person_form import NewPersonDialog
from evactrack.ui.views.point_form import PointForm
from evactrack.ui.views.refusal_form import RefusalForm
from evactrack.ui.views.rendezvous_view import RendezvousPointsView
from tests.ui.modal import on_next_dialog


def statuses(ctx: Context, ids: list[int]) -> list[CaseStatus]:
    found = {p.id: p.status for p in persons.summaries(ctx, ids)}
    return [found[i] for i in ids]


def settled(qtbot: Any, window: MainWindow) -> None:
    """Wait until the case list has no query running or waiting."""
    qtbot.waitUntil(lambda: not window.case_list.busy, timeout=10_000)


def open_tab(window: MainWindow, title: str) -> Any:
    """Show a tab of the main window; its view is built the first time."""
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == title)
    window.tabs.setCurrentIndex(index)
    return window.side_views[index]


def register(qtbot: Any, window: MainWindow, given: str, legal: LegalStatus) -> int:
    """Ctrl+N in the main window: the new-person dialog, then the case opens."""
    created: list[int] = []

    def fill(dialog: NewPersonDialog) -> None:
        dialog.form.given_name.setText(given)
        dialog.form.family_name.setText("Karimi")
        dialog.form.legal_status.setCurrentIndex(dialog.form.legal_status.findData(legal))
        dialog.save()
        assert dialog.created is not None
        created.append(dialog.created.id)

    on_next_dialog(fill)
    window.new_person_action.trigger()
    settled(qtbot, window)
    window.details[created[0]].close()
    return created[0]


def select_cases(qtbot: Any, window: MainWindow, person_ids: list[int]) -> None:
    settled(qtbot, window)
    window.case_list.select_ids(set(person_ids))
    assert sorted(window.case_list.selected_ids()) == sorted(person_ids)


def plan(qtbot: Any, board: MovementsBoard, name: str, hours_ahead: int) -> int:
    def fill(form: MovementForm) -> None:
        start = utcnow() + timedelta(hours=hours_ahead)
        form.name.setText(name)
        form.set_window(start, start + timedelta(hours=2))
        form.capacity.setValue(10)
        form.escort_party.setText("escort unit 7")
        form.accept()

    with qtbot.waitSignal(board.changed):
        on_next_dialog(fill)
        board.plan_movement()
    movement_id = board.selected_movement_id()
    assert movement_id is not None
    return movement_id


def select_lines(board: MovementsBoard, person_ids: list[int]) -> None:
    board.manifest_table.clearSelection()
    for row, line in enumerate(board.manifest.rows):
        if line.person_id in person_ids:
            board.manifest_table.selectionModel().select(
                board.manifest.index(row, 0),
                board.manifest_table.selectionModel().SelectionFlag.Select
                | board.manifest_table.selectionModel().SelectionFlag.Rows,
            )


def move(qtbot: Any, board: MovementsBoard, target: MovementStatus) -> None:
    with qtbot.waitSignal(board.changed):
        board.status_buttons[target].click()


def mark(
    qtbot: Any, board: MovementsBoard, person_ids: list[int], outcome: ManifestOutcome
) -> None:
    select_lines(board, person_ids)
    with qtbot.waitSignal(board.changed):
        board.outcome_buttons[outcome].click()


def test_household_refused_once_then_evacuated(
    qtbot: Any, ctx: Context, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    errors: list[str] = []
    monkeypatch.setattr("evactrack.ui.dialogs.show_error", lambda _p, e, *a: errors.append(str(e)))
    monkeypatch.setattr("evactrack.ui.dialogs.ask_user", lambda *a: True)

    window = MainWindow(ctx, QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    settled(qtbot, window)

    # A rendezvous point, in its tab.
    points: RendezvousPointsView = open_tab(window, "Rendezvous points")

    def new_point(form: PointForm) -> None:
        form.name.setText("Baron Hotel gate")
        form.capacity.setValue(300)
        form.accept()

    with qtbot.waitSignal(points.changed):
        on_next_dialog(new_point)
        points.new_button.click()
    point_id = points.points.rows[0].id

    # 1. The household: Farid (citizen), his wife Laila and son Omid.
    farid = register(qtbot, window, "Farid", LegalStatus.CITIZEN)
    laila = register(qtbot, window, "Laila", LegalStatus.FAMILY_MEMBER)
    omid = register(qtbot, window, "Omid", LegalStatus.FAMILY_MEMBER)
    family = [farid, laila, omid]
    select_cases(qtbot, window, family)

    def make_household(dialog: MakeHouseholdDialog) -> None:
        assert dialog.principal_id() == farid  # the citizen leads
        assert dialog.moving_ids == []
        dialog.name.setText("Karimi")
        dialog.ok_button.click()

    seen = on_next_dialog(make_household)
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        window.household_action.trigger()
    assert len(seen) == 1
    settled(qtbot, window)
    household_id = persons.get_person(ctx, farid).household_id
    assert household_id is not None
    household = households.get_household(ctx, household_id)
    assert (household.name, household.principal_id) == ("Karimi", farid)
    assert [m.person_id for m in household.members] == family
    assert all(m.eligible for m in household.members)
    assert statuses(ctx, family) == [CaseStatus.NEW] * 3

    # 2. Contact attempts for the three, from the case list: no answer first, then reached.
    select_cases(qtbot, window, family)
    for channel, outcome in (
        (ContactChannel.PHONE, ContactOutcome.NO_ANSWER),
        (ContactChannel.WHATSAPP, ContactOutcome.REACHED),
    ):
        with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
            window.run_bulk_contact(family, channel, outcome, "")
        settled(qtbot, window)
    assert statuses(ctx, family) == [CaseStatus.CONTACTED] * 3
    assert [a.outcome for a in contacts.list_attempts(ctx, laila)] == [
        ContactOutcome.REACHED,
        ContactOutcome.NO_ANSWER,
    ]

    # 3. Verified (documents seen), as a bulk status change.
    with qtbot.waitSignal(window.case_list.loaded, timeout=10_000):
        window.run_bulk_status(family, CaseStatus.VERIFIED, None)
    settled(qtbot, window)
    assert statuses(ctx, family) == [CaseStatus.VERIFIED] * 3

    # 4. Movement 1; Farid chosen in the case list, his household comes along.
    board: MovementsBoard = open_tab(window, "Movements")
    first = plan(qtbot, board, "Baron run 1", 1)
    select_cases(qtbot, window, [farid])

    def whole_household(dialog: AssignDialog) -> None:
        assert dialog.missing == [laila, omid]
        assert dialog.whole.isChecked()
        dialog.movement.setCurrentIndex(dialog.movement.findData(first))
        dialog.accept()

    on_next_dialog(whole_household)
    window.assign_action.trigger()
    manifest = movements.get_movement(ctx, first).manifest
    assert sorted(line.person_id for line in manifest) == family
    assert statuses(ctx, family) == [CaseStatus.ASSIGNED] * 3

    # 5. At the gate: Farid and Omid board, Laila is refused.
    qtbot.waitUntil(lambda: not board.loading)  # the board reloads in the background
    assert sorted(line.person_id for line in board.manifest.rows) == family
    move(qtbot, board, MovementStatus.ASSEMBLING)
    mark(qtbot, board, [farid, omid], ManifestOutcome.BOARDED)

    def refuse(form: RefusalForm) -> None:
        form.refused_by.setText("gate guard")
        form.reason.setCurrentIndex(
            form.reason.findData(RefusalReason.FAMILY_MEMBER_NOT_ELIGIBLE.value)
        )
        form.reason_text.setPlainText("marriage certificate not accepted")
        form.follow_up.setPlainText("bring the certified translation")
        form.accept()

    on_next_dialog(refuse)
    mark(qtbot, board, [laila], ManifestOutcome.REFUSED)
    [refusal] = refusals.list_refusals(ctx, person_id=laila)
    assert (refusal.movement_id, refusal.rendezvous_point_id, refusal.refused_by) == (
        first,
        point_id,
        "gate guard",
    )
    assert refusal.reason is RefusalReason.FAMILY_MEMBER_NOT_ELIGIBLE
    assert refusal.follow_up == "bring the certified translation"
    assert movements.follow_up_queue(ctx) == [laila]
    assert statuses(ctx, family) == [  # boarded: assigned until the movement departs
        CaseStatus.ASSIGNED,
        CaseStatus.REFUSED,
        CaseStatus.ASSIGNED,
    ]
    move(qtbot, board, MovementStatus.EN_ROUTE)
    assert statuses(ctx, [farid, omid]) == [CaseStatus.IN_TRANSIT] * 2
    move(qtbot, board, MovementStatus.ARRIVED)
    assert statuses(ctx, [farid, omid]) == [CaseStatus.AT_AIRPORT] * 2

    # 6. Laila goes on movement 2; her household is partly gone, so she travels alone.
    second = plan(qtbot, board, "Baron run 2", 3)

    def alone(dialog: AssignDialog) -> None:
        assert dialog.missing == [farid, omid]
        dialog.movement.setCurrentIndex(dialog.movement.findData(second))
        dialog.only_chosen.setChecked(True)
        dialog.accept()

    on_next_dialog(alone)
    with qtbot.waitSignal(board.changed):  # once the board shows it
        added = board.add_persons([laila])
    assert added
    assert [line.person_id for line in movements.get_movement(ctx, second).manifest] == [laila]
    assert statuses(ctx, [laila]) == [CaseStatus.ASSIGNED]
    assert movements.follow_up_queue(ctx) == []

    # 7. She boards; both movements arrive; the flight leaves.
    assert board.selected_movement_id() == second
    move(qtbot, board, MovementStatus.ASSEMBLING)
    mark(qtbot, board, [laila], ManifestOutcome.BOARDED)
    move(qtbot, board, MovementStatus.EN_ROUTE)
    move(qtbot, board, MovementStatus.ARRIVED)
    board.manifest_table.clearSelection()
    with qtbot.waitSignal(board.changed):
        board.evacuated_button.click()
    board.select_movement(first)
    qtbot.waitUntil(lambda: not board.loading)
    board.manifest_table.clearSelection()
    with qtbot.waitSignal(board.changed):
        board.evacuated_button.click()

    assert errors == []
    assert statuses(ctx, family) == [CaseStatus.EVACUATED] * 3
    assert [c.to_status for c in case_status.status_history(ctx, laila)] == [
        CaseStatus.NEW,
        CaseStatus.CONTACTED,
        CaseStatus.VERIFIED,
        CaseStatus.ASSIGNED,
        CaseStatus.REFUSED,
        CaseStatus.ASSIGNED,
        CaseStatus.IN_TRANSIT,
        CaseStatus.AT_AIRPORT,
        CaseStatus.EVACUATED,
    ]
    assert [
        m.headcount.boarded for m in (movements.get_movement(ctx, i) for i in (first, second))
    ] == [2, 1]
    assert any(e.field == "refusal" for e in audit.history(ctx, "person", laila)), (
        "the refusal is in the person's audit trail"
    )
    settled(qtbot, window)  # its background queries must not outlive it
