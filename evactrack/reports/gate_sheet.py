"""The gate sheet: the manifest on paper for when the laptop dies, by family name, with the
same QR codes, tick boxes, and totals to fill in by hand. Entering it back afterwards is the
manifest's outcome entry on the movements board."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from evactrack.domain.enums import ManifestOutcome
from evactrack.domain.redaction import shown_name, shown_number
from evactrack.reports.labels import Labels
from evactrack.reports.manifest import PersonQr, movement_details
from evactrack.reports.template import LANDSCAPE, ReportPage
from evactrack.services.movements import REFUSALS, ManifestLine
from evactrack.services.report_data import GateSheetData


def build_gate_sheet(data: GateSheetData, *, language: str = "en", redact: bool = False) -> bytes:
    """The gate sheet of one movement as PDF bytes."""
    labels = Labels(language)
    movement = data.movement
    totals = labels(
        "gate_totals",
        persons=labels.count("persons", len(data.lines)),
        capacity=movement.capacity,
    )
    page = ReportPage(
        f"{labels('gate_sheet_title')} — {movement.name or labels.movement(movement.id)}",
        data.header,
        labels,
        redact,
        LANDSCAPE,
        footer_line=totals,
    )
    header = [
        labels("check_in"),
        labels("boarded"),
        labels("refused_or_turned_back"),
        "#",
        labels("name"),
        labels("native_name"),
        labels("household"),
        labels("document"),
        labels("document_number"),
    ]
    widths = [14 * mm, 20 * mm, 36 * mm, 14 * mm, 56 * mm, 48 * mm, 20 * mm, 22 * mm]
    widths.append(page.frame_width - sum(widths))
    rows = [_row(line, labels, redact) for line in data.lines]
    style: list[tuple[Any, ...]] = [
        ("ALIGN", (0, 0), (2, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (1, 1), (2, -1), 0.8, colors.black),
    ]
    story: list[Flowable] = [movement_details(page, movement, data.header), page.spacer()]
    if rows:
        story.append(page.table(header, rows, widths, style))
    else:
        story.append(page.none())
    story += [page.spacer(), page.para(totals, page.styles.subheading)]
    return page.build(story)


def _row(line: ManifestLine, labels: Labels, redact: bool) -> list[Any]:
    return [
        PersonQr(line.person_id),
        "X" if line.outcome is ManifestOutcome.BOARDED else "",
        "X" if line.outcome in REFUSALS else "",
        str(line.person_id),
        shown_name(line.name, redact),
        shown_name(line.native_name, redact),
        f"#{line.household_id}" if line.household_id is not None else "",
        labels.enum(line.document_type),
        shown_number(line.document_number, redact),
    ]
