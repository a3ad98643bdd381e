"""The dashboard: figures loaded off the GUI thread, shown on cards, tables and a chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from evactrack.domain.enums import (
    CaseStatus,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
)
from evactrack.domain.errors import DatabaseOpenError
from evactrack.services import case_status, caselist, households, movements, stats
from evactrack.services.context import Context
from evactrack.services.refusals import RefusalInput
from evactrack.ui.main_window import MainWindow
from evactrack.ui.views.dashboard_view import CHART_DAYS, DashboardView
from tests.factories import make_movement, make_person, make_point


def seed(ctx: Context) -> None:
    """Six persons: one evacuated today, one refused today, one self-evacuated,
    a family member of a citizen, a visa holder, and a verified citizen."""
    point = make_point(ctx)
    movement = make_movement(ctx, point)
    leaving = make_person(ctx, "Ahmad", status=CaseStatus.VERIFIED).id
    refused = make_person(
        ctx, "Zahra", legal_status=LegalStatus.PERMANENT_RESIDENT, status=CaseStatus.VERIFIED
    ).id
    gone = make_person(ctx, "Karim", legal_status=LegalStatus.PERMANENT_RESIDENT).id
    case_status.change_status(ctx, gone, CaseStatus.SELF_EVACUATED, "crossed at Torkham")
    principal = make_person(ctx, "Farid", status=CaseStatus.VERIFIED).id
    wife = make_person(ctx, "Laila", legal_status=LegalStatus.FAMILY_MEMBER).id
    households.create_household(ctx, principal, [wife])
    make_person(ctx, "Omid", legal_status=LegalStatus.VISA_HOLDER)
    movements.assign(ctx, movement, [leaving, refused])
    movements.set_status(ctx, movement, MovementStatus.ASSEMBLING)
    movements.record_outcome(ctx, movement, leaving, ManifestOutcome.BOARDED)
    movements.record_outcome(
        ctx, movement, refused, ManifestOutcome.REFUSED, RefusalInput(RefusalReason.NOT_ON_LIST)
    )
    movements.set_status(ctx, movement, MovementStatus.EN_ROUTE)
    movements.set_status(ctx, movement, MovementStatus.ARRIVED)
    movements.mark_evacuated(ctx, movement, [leaving])


def test_figures_cards_tables_and_chart(qtbot: Any, ctx: Context) -> None:
    seed(ctx)
    view = DashboardView(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=10_000):
        view.refresh()

    cards = {key: card.value.text() for key, card in view.cards.items()}
    # Still here: Zahra (refused), Farid, Laila (family of a citizen) are eligible; Omid is not.
    assert cards == {
        "eligible_remaining": "3",
        "remaining": "4",
        "evacuated_today": "1",
        "refusals_today": "1",
        "not_contacted_48h": "4",
        "total": "6",
    }
    status_rows = dict(view.by_status.rows)
    assert status_rows == {
        CaseStatus.NEW.label: 2,
        CaseStatus.VERIFIED.label: 1,
        CaseStatus.EVACUATED.label: 1,
        CaseStatus.REFUSED.label: 1,
        CaseStatus.SELF_EVACUATED.label: 1,
    }
    assert dict(view.by_legal.rows)[LegalStatus.PERMANENT_RESIDENT.label] == 2
    assert view.by_status.index(0, 1).data() == "2"
    points = view.series.points()
    assert len(points) == CHART_DAYS
    assert [p.y() for p in points][-1] == 4
    assert [p.y() for p in points][:-1] == [0] * (CHART_DAYS - 1)
    assert view.data is not None
    assert view.data.remaining_by_day[-1][0] == view.data.overview.day


def test_refresh_shows_new_figures(qtbot: Any, sqlite_ctx: Context) -> None:
    view = DashboardView(sqlite_ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed):
        view.refresh()
    assert view.cards["total"].value.text() == "0"
    make_person(sqlite_ctx, "Ahmad")
    with qtbot.waitSignal(view.refreshed):
        view.refresh_button.click()
    assert view.cards["total"].value.text() == "1"
    assert view.cards["eligible_remaining"].value.text() == "1"
    assert view.refresh_button.isEnabled()


def test_a_failed_count_shows_its_message(
    qtbot: Any, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "evactrack.ui.dialogs.show_error", lambda _parent, error, *a: shown.append(str(error))
    )

    def broken(_ctx: Context, day: object = None) -> stats.Overview:
        raise DatabaseOpenError("cannot open database cases.sqlite3: disk I/O error")

    monkeypatch.setattr(stats, "overview", broken)
    view = DashboardView(sqlite_ctx)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["cannot open database cases.sqlite3: disk I/O error"]
    assert view.data is None and view.refresh_button.isEnabled()


def test_a_card_looks_like_the_others_and_a_click_opens_its_persons(
    qtbot: Any, sqlite_ctx: Context, tmp_path: Path
) -> None:
    """No card looks selected; clicking one lists exactly the persons it counts."""
    seed(sqlite_ctx)
    settings = QSettings(str(tmp_path / "evactrack.ini"), QSettings.Format.IniFormat)
    window = MainWindow(sqlite_ctx, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.case_list.loaded):
        window.show()
    with qtbot.waitSignal(window.case_list.loaded):
        window.case_list.search.setText("Zahra")  # a search the card's list must not keep
    dashboard_tab = [i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Dashboard"]
    window.tabs.setCurrentIndex(dashboard_tab[0])
    view = window.tabs.currentWidget()
    assert isinstance(view, DashboardView)
    qtbot.waitUntil(lambda: not view.loading)
    assert all(card.styleSheet() == "" for card in view.cards.values())
    assert set(view.cards) == set(caselist.FIGURES)  # every card can be opened
    view.cards["total"].setFocus()
    view.cards["total"].grab()  # painted with its focus frame, without error
    evacuated = view.cards["evacuated_today"]
    with qtbot.waitSignal(window.case_list.loaded):
        qtbot.mouseClick(evacuated, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 0
    assert [r.name for r in caselist.rows(sqlite_ctx, window.case_list.model.ids)] == [
        "Ahmad Rahimi"
    ]
    assert window.case_list.search.text() == ""
    assert window.filters.figure_item.text(0) == "Dashboard: Evacuated today"
    window.tabs.setCurrentIndex(dashboard_tab[0])
    view.cards["remaining"].setFocus()
    with qtbot.waitSignal(window.case_list.loaded):
        qtbot.keyClick(view.cards["remaining"], Qt.Key.Key_Return)
    assert len(window.case_list.model.ids) == int(view.cards["remaining"].value.text())
    with qtbot.waitSignal(window.case_list.loaded):
        window.filters.figure_item.setCheckState(0, Qt.CheckState.Unchecked)
    assert len(window.case_list.model.ids) == 6
    assert window.filters.figure_item.isHidden()
