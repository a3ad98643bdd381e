"""The rows an import rejected, as a file the caseworker can fix and import again."""

from __future__ import annotations

import csv
from pathlib import Path

from evactrack.domain.spreadsheet import neutralise
from evactrack.files import private_file
from evactrack.services.imports import ImportResult


def write_errors_csv(result: ImportResult, path: Path) -> int:
    """The rejected rows with their reasons, as a CSV the caseworker can fix and re-import:
    private, written whole, and safe against formulas as an export is."""
    reasons: dict[int, list[str]] = {}
    for issue in result.issues:
        if issue.rejected:
            reasons.setdefault(issue.row, []).append(issue.message)
    with private_file(Path(path), "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([neutralise(cell) for cell in ["Row", "Reason", *result.headers]])
        for row, cells in result.rejected_rows:
            values = [str(row), "; ".join(reasons.get(row, [])), *cells]
            writer.writerow([neutralise(str(cell)) for cell in values])
    return len(result.rejected_rows)
