"""PySide6 6.12.0 aborts Python 3.11 ("none_dealloc") after many calls that hand back an
empty Qt value; the dependency pin keeps us on 6.11.x and this test keeps the pin honest."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

CALLS = 200_000


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 3

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:  # noqa: N802
        return super().headerData(section, orientation, role)


def test_pyside6_is_pinned_below_6_12() -> None:
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (major, minor) == (6, 11)


def test_empty_qt_values_many_times_do_not_abort(qapp: object) -> None:
    model = _Model()
    invalid = QModelIndex()
    for i in range(CALLS):
        model.headerData(i % 5, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole)
        model.index(99, 99).data()
        invalid.data()
    assert model.headerData(0, Qt.Orientation.Horizontal) in (None, 1, "1")
