"""The dashboard: figures loaded off the GUI thread, shown on cards, tables and a chart."""

from __future__ import annotations

from typing import Any

import pytest

from evactrack.domain.enums import (
    CaseStatus,
    LegalStatus,
    ManifestOutcome,
    MovementStatus,
    RefusalReason,
)
from evactrack.domain.errors import DatabaseOpenError
from evactrack.services import households, movements, persons, stats
from evactrack.services.context import Context
from evactrack.services.refusals import RefusalInput
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
    persons.transition(ctx, gone, CaseStatus.SELF_EVACUATED, "crossed at Torkham")
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
