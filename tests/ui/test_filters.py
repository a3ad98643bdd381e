"""The filter panel: ticks become a query, counts are shown, choices refresh keeps ticks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import CaseStatus, VulnerabilityFlag, WishesToLeave
from evactrack.services.caselist import CaseQuery, FilterChoices, FilterCounts
from evactrack.ui.views.filters import FilterPanel


def _texts(panel: FilterPanel, facet: str) -> list[str]:
    group = panel._groups[facet]
    return [group.child(i).text(0) for i in range(group.childCount())]


def test_ticks_become_the_query_and_survive_new_choices(qtbot: QtBot) -> None:
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_choices(FilterChoices([(1, "Abbey gate"), (2, "North gate")], [(7, "Bus 7")]))
    with qtbot.waitSignal(panel.changed):
        panel.tick("statuses", CaseStatus.REFUSED)
    panel.tick("flags", VulnerabilityFlag.PREGNANT)
    panel.tick("wishes", WishesToLeave.YES)
    panel.tick("rendezvous_point_ids", 2)
    panel.tick("movement_ids", 7)
    panel.tick("not_contacted_48h", None)
    query = panel.apply(CaseQuery(search="karimi", sort="status", descending=True))
    assert query == CaseQuery(
        statuses=frozenset({CaseStatus.REFUSED}),
        rendezvous_point_ids=frozenset({2}),
        movement_ids=frozenset({7}),
        flags=frozenset({VulnerabilityFlag.PREGNANT}),
        wishes=frozenset({WishesToLeave.YES}),
        not_contacted_48h=True,
        search="karimi",
        sort="status",
        descending=True,
    )
    assert all(isinstance(s, CaseStatus) for s in query.statuses)
    panel.set_choices(FilterChoices([(2, "North gate"), (3, "East gate")], [(7, "Bus 7")]))
    assert panel.apply(CaseQuery()).rendezvous_point_ids == {2}
    with qtbot.waitSignal(panel.changed):
        panel.clear()
    assert panel.apply(CaseQuery()) == CaseQuery()


@pytest.fixture
def english_numbers() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en"))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("english_numbers")
def test_counts_stand_next_to_each_value(qtbot: QtBot) -> None:
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_choices(FilterChoices([(1, "Abbey gate")], []))
    with qtbot.assertNotEmitted(panel.changed):
        panel.set_counts(
            FilterCounts(
                statuses={CaseStatus.NEW: 12_345},
                rendezvous_point_ids={1: 4},
                not_contacted_48h=9,
            )
        )
    assert _texts(panel, "statuses")[:2] == ["New (12,345)", "Contacted (0)"]
    assert _texts(panel, "rendezvous_point_ids") == ["Abbey gate (4)"]
    assert panel.not_contacted.text(0) == "Not contacted for 48 h (9)"
