"""The movement manifest that escort and checkpoint staff work from and sign."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from evactrack.domain.enums import ManifestOutcome
from evactrack.domain.redaction import shown_name, shown_number
from evactrack.reports import fonts
from evactrack.reports.labels import Labels
from evactrack.reports.template import LANDSCAPE, SHADE, ReportPage
from evactrack.services.movements import ManifestLine, MovementDetail
from evactrack.services.report_data import ManifestData, ManifestHousehold, ReportHeader

QR_SIZE = 11 * mm
# Rows per table: about a page, so that a household is moved whole to the next page.
CHUNK_ROWS = 12


def qr_payload(person_id: int) -> str:
    """What a phone reads to check a person in: the person's id, in QR alphanumeric mode."""
    return f"EVACTRACK:{person_id}"


class PersonQr(Flowable):
    """A QR code of a person's id, drawn as filled runs of modules.

    The ``qrcode`` library with a fixed mask is some 100 times faster than reportlab's QR
    widget, which tries every mask: 500 codes take 0.07 s instead of 7 s.
    """

    def __init__(self, person_id: int, size: float = QR_SIZE) -> None:
        super().__init__()
        self.person_id = person_id
        self.size = size
        self.width = self.height = size

    def draw(self) -> None:
        code = qrcode.QRCode(version=1, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=0)
        code.add_data(qr_payload(self.person_id))
        code.make(fit=self.person_id >= 10**10)  # version 1 holds ids of up to 10 digits
        matrix = code.get_matrix()
        count = len(matrix)
        module = self.size / count
        path = self.canv.beginPath()
        for y, row in enumerate(matrix):
            x = 0
            while x < count:
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < count and row[x]:
                    x += 1
                path.rect(
                    start * module, self.size - (y + 1) * module, (x - start) * module, module
                )
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def build_manifest(
    data: ManifestData,
    *,
    language: str = "en",
    redact: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The manifest of one movement as PDF bytes."""
    labels = Labels(language)
    movement = data.movement
    page = ReportPage(
        f"{labels('manifest_title')} — {movement.name or labels.movement(movement.id)}",
        data.header,
        labels,
        redact,
        LANDSCAPE,
        footer_line=labels("signature_line"),
    )
    story: list[Flowable] = [movement_details(page, data.movement, data.header), page.spacer()]
    persons = sum(len(h.lines) for h in data.households)
    done = 0
    for chunk in _chunks(data.households):
        story.append(_table(page, chunk, redact))
        done += sum(len(h.lines) for h in chunk)
        if progress is not None:
            progress(done, persons)
    households = sum(1 for h in data.households if h.household_id is not None) + sum(
        len(h.lines) for h in data.households if h.household_id is None
    )
    story += [
        page.spacer(),
        page.para(
            labels(
                "manifest_total",
                persons=labels.count("persons", persons),
                households=labels.count("households", households),
            ),
            page.styles.subheading,
        ),
    ]
    return page.build(story)


def movement_details(page: ReportPage, movement: MovementDetail, header: ReportHeader) -> Table:
    """Where and when, with whom, and how to recognise the escort: the top of the manifest
    and of the gate sheet."""
    labels, redact = page.labels, page.redact
    return page.table(
        [labels("movement"), movement.name or labels.movement(movement.id)],
        [
            [labels("rendezvous_point"), movement.rendezvous_point],
            [
                labels("window"),
                f"{page.local(movement.window_start)} – {page.local(movement.window_end)} "
                f"{header.operation_tz}",
            ],
            [labels("escort_party"), movement.escort_party],
            [labels("escort_contact"), shown_number(movement.escort_contact, redact)],
            [labels("recognition_signal"), movement.recognition_signal],
            [labels("status"), labels.enum(movement.status)],
            [labels("capacity"), str(movement.capacity)],
        ],
        [60 * mm, page.frame_width - 60 * mm],
        [("FONTNAME", (0, 1), (0, -1), fonts.LATIN_BOLD)],
        font_size=9,
    )


def _chunks(households: tuple[ManifestHousehold, ...]) -> list[list[ManifestHousehold]]:
    chunks: list[list[ManifestHousehold]] = [[]]
    rows = 0
    for household in households:
        size = len(household.lines) + 1
        if chunks[-1] and rows + size > CHUNK_ROWS:
            chunks.append([])
            rows = 0
        chunks[-1].append(household)
        rows += size
    return [c for c in chunks if c]


def _table(page: ReportPage, chunk: list[ManifestHousehold], redact: bool) -> Table:
    labels = page.labels
    header = [
        labels("check_in"),
        "#",
        labels("name"),
        labels("native_name"),
        labels("date_of_birth"),
        labels("legal_status"),
        labels("document"),
        labels("document_number"),
        labels("boarded"),
        labels("refused"),
    ]
    widths = [14 * mm, 16 * mm, 50 * mm, 45 * mm, 24 * mm, 42 * mm, 22 * mm, 30 * mm, 16 * mm]
    widths.append(page.frame_width - sum(widths))
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (8, 1), (9, -1), "CENTER"),
    ]
    for household in chunk:
        if household.household_id is not None:
            title = f"{labels('household')} #{household.household_id}"
            if household.name:
                title += f" — {household.name}"
            title += f" ({labels.count('persons', len(household.lines))})"
        else:
            title = labels("alone")
        rows.append([page.para(title, page.styles.cell, bold=True)] + [""] * 9)
        r = len(rows)
        style += [
            ("SPAN", (0, r), (-1, r)),
            ("BACKGROUND", (0, r), (-1, r), SHADE),
            ("FONTNAME", (0, r), (-1, r), fonts.LATIN_BOLD),
        ]
        rows += [_row(line, labels, redact) for line in household.lines]
        style.append(("GRID", (8, r + 1), (9, len(rows)), 0.8, colors.black))
    return page.table(header, rows, widths, style)


def _row(line: ManifestLine, labels: Labels, redact: bool) -> list[Any]:
    return [
        PersonQr(line.person_id),
        str(line.person_id),
        shown_name(line.name, redact),
        shown_name(line.native_name, redact),
        line.date_of_birth,
        labels.enum(line.legal_status),
        labels.enum(line.document_type),
        shown_number(line.document_number, redact),
        "X" if line.outcome is ManifestOutcome.BOARDED else "",
        "X" if line.outcome is ManifestOutcome.REFUSED else "",
    ]
