"""The case dialog's "now" keeps time while the case stays open."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from evactrack.services.context import Context
from evactrack.ui.views import case_detail
from evactrack.ui.views.case_detail import CaseDetailDialog
from tests.factories import make_person


def test_the_now_shown_moves_on_with_the_clock(
    qtbot: QtBot, sqlite_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = datetime(2026, 12, 4, 9, 30, tzinfo=UTC)
    monkeypatch.setattr(case_detail, "utcnow", lambda: opened)
    dialog = CaseDetailDialog(sqlite_ctx, make_person(sqlite_ctx, "Zahra", "Ahmadi").id)
    qtbot.addWidget(dialog)
    assert "now: 2026-12-04 14:00 Asia/Kabul" in dialog.clock.text()
    monkeypatch.setattr(case_detail, "utcnow", lambda: opened + timedelta(minutes=75))
    qtbot.waitUntil(
        lambda: "now: 2026-12-04 15:15 Asia/Kabul" in dialog.clock.text(),
        timeout=2 * case_detail.CLOCK_TICK_MS + 500,
    )
