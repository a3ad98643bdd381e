"""The case list's filter panel: tick values of each facet; counts stand next to each value."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from evactrack.domain.enums import CaseStatus, LegalStatus, VulnerabilityFlag, WishesToLeave
from evactrack.services.caselist import CaseQuery, FilterChoices, FilterCounts
from evactrack.ui.i18n import arg, label
from evactrack.ui.models.movement_models import unnamed_movement

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
NOT_CONTACTED = "not_contacted_48h"
# Qt hands item data back as plain values: the facets' enums turn them back into members.
_ENUMS: dict[str, type[StrEnum]] = {
    "statuses": CaseStatus,
    "legal_statuses": LegalStatus,
    "flags": VulnerabilityFlag,
    "wishes": WishesToLeave,
}


def _children(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [c for c in (group.child(i) for i in range(group.childCount())) if c is not None]


class FilterPanel(QWidget):
    """One group per facet; ``changed`` fires whenever a tick changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.clear_button)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._titles = {
            "statuses": self.tr("Case status"),
            "legal_statuses": self.tr("Legal status"),
            "rendezvous_point_ids": self.tr("Rendezvous point"),
            "movement_ids": self.tr("Movement"),
            "flags": self.tr("Vulnerability"),
            "wishes": self.tr("Wishes to leave"),
        }
        self._names: dict[tuple[str, Any], str] = {}
        self._updating = False
        for facet, enum in _ENUMS.items():
            self._fill(facet, [(m, label(m)) for m in enum])
        self._fill("rendezvous_point_ids", [])
        self._fill("movement_ids", [])
        self.not_contacted = QTreeWidgetItem([self.tr("Not contacted for 48 h")])
        self.not_contacted.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        self.not_contacted.setCheckState(0, Qt.CheckState.Unchecked)
        self.not_contacted.setData(0, VALUE_ROLE, NOT_CONTACTED)
        self.tree.insertTopLevelItem(0, self.not_contacted)
        self._names[(NOT_CONTACTED, NOT_CONTACTED)] = self.not_contacted.text(0)
        # A dashboard figure the list was opened on: shown ticked while it filters.
        self.figure_item = QTreeWidgetItem([""])
        self.figure_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        self.figure_item.setCheckState(0, Qt.CheckState.Unchecked)
        self.tree.insertTopLevelItem(0, self.figure_item)
        self.figure_item.setHidden(True)
        self._figure = ""
        self.tree.itemChanged.connect(self._item_changed)

    def _group(self, facet: str) -> QTreeWidgetItem:
        group = self._groups.get(facet)
        if group is None:
            group = QTreeWidgetItem(self.tree, [self._titles[facet]])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(facet == "statuses")
            self._groups[facet] = group
        return group

    def _fill(self, facet: str, values: list[tuple[Any, str]]) -> None:
        group = self._group(facet)
        ticked = self._ticked(facet)
        self._updating = True
        try:
            group.takeChildren()
            for value, name in values:
                item = QTreeWidgetItem(group, [name])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(0, VALUE_ROLE, value)
                item.setCheckState(
                    0, Qt.CheckState.Checked if value in ticked else Qt.CheckState.Unchecked
                )
                self._names[(facet, value)] = name
        finally:
            self._updating = False

    def _ticked(self, facet: str) -> set[Any]:
        group = self._groups.get(facet)
        if group is None:
            return set()
        convert = _ENUMS.get(facet, int)
        return {
            convert(item.data(0, VALUE_ROLE))
            for item in _children(group)
            if item.checkState(0) == Qt.CheckState.Checked
        }

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if item is self.figure_item and item.checkState(0) == Qt.CheckState.Unchecked:
            item.setHidden(True)  # a figure untied is gone: the dashboard opens it again
        if not self._updating:
            self.changed.emit()

    # ------------------------------------------------------------ public

    def set_choices(self, choices: FilterChoices) -> None:
        """Rendezvous points and movements change as the operation goes on."""
        self._fill("rendezvous_point_ids", choices.rendezvous_points)
        self._fill(
            "movement_ids",
            [(mid, name or unnamed_movement(mid)) for mid, name in choices.movements],
        )

    def apply(self, query: CaseQuery) -> CaseQuery:
        """``query`` with this panel's ticks as its filters (search and sort are kept)."""
        return CaseQuery(
            statuses=frozenset(self._ticked("statuses")),
            legal_statuses=frozenset(self._ticked("legal_statuses")),
            rendezvous_point_ids=frozenset(self._ticked("rendezvous_point_ids")),
            movement_ids=frozenset(self._ticked("movement_ids")),
            flags=frozenset(self._ticked("flags")),
            wishes=frozenset(self._ticked("wishes")),
            not_contacted_48h=self.not_contacted.checkState(0) == Qt.CheckState.Checked,
            figure=self._figure if self.figure_item.checkState(0) == Qt.CheckState.Checked else "",
            search=query.search,
            sort=query.sort,
            descending=query.descending,
        )

    def set_counts(self, counts: FilterCounts) -> None:
        """Write "label (count)" next to every value; the ticks do not change."""
        locale = QLocale()  # 12,345 in English, 12 345 in French
        self._updating = True
        try:
            for facet, group in self._groups.items():
                by_value: dict[Any, int] = getattr(counts, facet)
                for item in _children(group):
                    value = item.data(0, VALUE_ROLE)
                    n = by_value.get(value, 0)
                    item.setText(0, f"{self._names[(facet, value)]} ({locale.toString(n)})")
            silent = locale.toString(counts.not_contacted_48h)
            self.not_contacted.setText(
                0, f"{self._names[(NOT_CONTACTED, NOT_CONTACTED)]} ({silent})"
            )
        finally:
            self._updating = False

    def tick(self, facet: str, value: Any, on: bool = True) -> None:
        """Tick or untick one value (the keyboard and the tests use this)."""
        if facet == NOT_CONTACTED:
            self.not_contacted.setCheckState(
                0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            )
            return
        group = self._groups[facet]
        for item in _children(group):
            if item.data(0, VALUE_ROLE) == value:
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def show_figure(self, figure: str, caption: str) -> None:
        """Filter by one dashboard figure alone: every other tick is taken off, so the list
        holds exactly the persons the figure counts."""
        self._figure = figure
        self._updating = True
        try:
            self.figure_item.setText(0, arg(self.tr("Dashboard: %1"), caption))
            self.figure_item.setHidden(False)
            self.figure_item.setCheckState(0, Qt.CheckState.Checked)
        finally:
            self._updating = False
        self.clear(keep_figure=True)

    def clear(self, *, keep_figure: bool = False) -> None:
        self._updating = True
        try:
            if not keep_figure:
                self.figure_item.setCheckState(0, Qt.CheckState.Unchecked)
            self.not_contacted.setCheckState(0, Qt.CheckState.Unchecked)
            for group in self._groups.values():
                for item in _children(group):
                    item.setCheckState(0, Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self.changed.emit()
