"""Table models of the dashboard."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from evactrack.ui.models.movement_models import RowsModel


class CountsModel(RowsModel[tuple[str, int]]):
    """A label and a count per row, e.g. persons by case status."""

    def __init__(self, what: str) -> None:
        super().__init__()
        self.columns = (
            (what, lambda r: r[0]),
            (self.tr("Persons"), lambda r: QLocale().toString(r[1])),
        )
