"""The daily status report that officials in charge read on paper."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Table

from evactrack.domain.enums import (
    ELIGIBLE_LEGAL_STATUSES,
    CaseStatus,
    LegalStatus,
    VulnerabilityFlag,
)
from evactrack.domain.phones import mark_validity
from evactrack.domain.redaction import shown_name, shown_note, shown_number
from evactrack.reports import fonts
from evactrack.reports.chart import remaining_chart
from evactrack.reports.labels import Labels
from evactrack.reports.template import (
    DANGER,
    LANDSCAPE,
    VULNERABLE_SHADE,
    Continues,
    Deferred,
    ReportPage,
    fit,
)
from evactrack.services.report_data import DailyReportData, RemainingPerson

# Rows per table in the long list: small tables lay out far faster than one long table.
CHUNK_ROWS = 40
ROW_HEIGHT = 12.5
# Relative widths of the columns of the list of persons still to evacuate.
LIST_WIDTHS = (12, 135, 120, 150, 120, 90, 75, 48, 70)
LIST_FONT_SIZE = 7.5
PHONE_COLUMN = 5
CELL_PADDING = 6  # left and right, as ReportPage.table pads its cells


def _change(now: int, before: int) -> str:
    delta = now - before
    return f"{delta:+d}" if delta else "0"


def build_daily_report(
    data: DailyReportData,
    *,
    language: str = "en",
    redact: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The daily status report as PDF bytes; ``progress`` hears (rows laid out, total)."""
    labels = Labels(language)
    page = ReportPage(
        f"{labels('daily_title')} — {data.day.isoformat()}",
        data.header,
        labels,
        redact,
        LANDSCAPE,
        legend=legend(labels),
    )
    story: list[Flowable] = []
    story += _summary(page, data)
    story.append(
        remaining_chart(data.remaining_by_day, labels("remaining_chart"), page.frame_width)
    )
    story += _movements(page, data)
    story += _refusals(page, data, redact)
    story += _to_evacuate(page, data, redact, progress)
    return page.build(story)


def legend(labels: Labels) -> str:
    """What the marks of the list of persons to evacuate mean, on every page that shows them."""
    codes = [f"! {labels('legend_vulnerable')}"] + [
        f"{labels.flag(flag)} {labels.enum(flag)}" for flag in VulnerabilityFlag
    ]
    return labels.colon("legend") + " · ".join(codes)


def _summary(page: ReportPage, data: DailyReportData) -> list[Flowable]:
    labels = page.labels
    status_rows = [
        [
            labels.enum(s),
            str(data.by_status[s.value]),
            _change(data.by_status[s.value], data.by_status_previous[s.value]),
        ]
        for s in CaseStatus
    ]
    status_rows.append(
        [
            labels("total"),
            str(sum(data.by_status.values())),
            _change(sum(data.by_status.values()), sum(data.by_status_previous.values())),
        ]
    )
    legal_rows = [
        [
            labels.enum(s),
            str(data.by_legal_status[s.value]),
            _change(data.by_legal_status[s.value], data.by_legal_status_previous[s.value]),
        ]
        for s in LegalStatus
    ]
    legal_rows.append(
        [
            labels("total"),
            str(sum(data.by_legal_status.values())),
            _change(
                sum(data.by_legal_status.values()), sum(data.by_legal_status_previous.values())
            ),
        ]
    )
    bold_total: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, -1), (-1, -1), fonts.LATIN_BOLD),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ]
    eligible = [
        ("FONTNAME", (0, i + 1), (-1, i + 1), fonts.LATIN_BOLD)
        for i, s in enumerate(LegalStatus)
        if s in ELIGIBLE_LEGAL_STATUSES
    ]
    half = (page.frame_width - 10 * mm) / 2
    widths = [half - 125, 45, 80]
    headline = page.table(
        [labels("summary"), labels("count")],
        [
            [labels("eligible_remaining"), str(data.eligible_remaining)],
            [labels("evacuated_today"), str(data.evacuated_today)],
            [labels("refusals_today"), str(data.refusals_today)],
        ],
        [page.frame_width - 60, 60],
        [("FONT", (1, 1), (1, -1), fonts.LATIN_BOLD, 10), ("ALIGN", (1, 0), (1, -1), "RIGHT")],
        font_size=9,
    )
    side_by_side = Table(
        [
            [
                page.table(
                    [labels("by_case_status"), labels("count"), labels("change")],
                    status_rows,
                    widths,
                    bold_total,
                ),
                page.table(
                    [labels("by_legal_status"), labels("count"), labels("change")],
                    legal_rows,
                    widths,
                    bold_total + eligible,
                ),
            ]
        ],
        colWidths=[half + 10 * mm, half],
        hAlign="LEFT",
    )
    side_by_side.setStyle(
        [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    )
    return [page.heading(labels("summary")), headline, page.spacer(), side_by_side, page.spacer()]


def _movements(page: ReportPage, data: DailyReportData) -> list[Flowable]:
    labels = page.labels
    if not data.movements:
        return [CondPageBreak(40 * mm), page.heading(labels("movements_today")), page.none()]
    rows = [
        [
            m.name or labels.movement(m.id),
            m.rendezvous_point,
            f"{page.local(m.window_start)} – {page.local(m.window_end)[11:]}",
            m.escort_party,
            labels.enum(m.status),
            str(m.headcount.expected),
            str(m.headcount.boarded),
            str(m.headcount.refused),
            str(m.headcount.no_show),
            str(m.headcount.turned_back),
        ]
        for m in data.movements
    ]
    widths = [90, 120, 115, 110, 70, 50, 50, 50, 50, 55]
    scale = page.frame_width / sum(widths)
    table = page.table(
        [
            labels("movement"),
            labels("rendezvous_point"),
            labels("window"),
            labels("escort_party"),
            labels("status"),
            labels("expected"),
            labels("boarded"),
            labels("refused"),
            labels("no_show"),
            labels("turned_back"),
        ],
        rows,
        [w * scale for w in widths],
        [("ALIGN", (5, 0), (-1, -1), "RIGHT")],
    )
    return [CondPageBreak(40 * mm), *page.section(labels("movements_today"), [table])]


def _refusals(page: ReportPage, data: DailyReportData, redact: bool) -> list[Flowable]:
    labels = page.labels
    if not data.refusals:
        return [CondPageBreak(40 * mm), page.heading(labels("refusals_of_day")), page.none()]
    rows = [
        [
            page.local(r.occurred_at)[11:],
            shown_name(r.person_name, redact),
            shown_name(r.native_name, redact),
            r.where,
            r.refused_by,
            labels.enum(r.reason) + (f": {r.reason_text}" if r.reason_text and not redact else ""),
            shown_note(r.follow_up, redact),
        ]
        for r in sorted(data.refusals, key=lambda r: r.occurred_at)
    ]
    widths = [40, 120, 110, 110, 90, 160, 140]
    scale = page.frame_width / sum(widths)
    table = page.table(
        [
            labels("time"),
            labels("person"),
            labels("native_name"),
            labels("where"),
            labels("by_whom"),
            labels("reason"),
            labels("follow_up"),
        ],
        rows,
        [w * scale for w in widths],
    )
    return [CondPageBreak(40 * mm), *page.section(labels("refusals_of_day"), [table])]


def _to_evacuate(
    page: ReportPage,
    data: DailyReportData,
    redact: bool,
    progress: Callable[[int, int], None] | None,
) -> list[Flowable]:
    labels = page.labels
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        page.heading(labels("to_evacuate")),
        page.para(
            labels(
                "to_evacuate_note",
                persons=labels.count("persons", len(data.to_evacuate)),
                declined=data.declined,
            ),
            page.styles.small,
        ),
    ]
    header = [
        "",
        labels("name"),
        labels("native_name"),
        labels("legal_status"),
        labels("case_status"),
        labels("phone"),
        labels("last_contact"),
        labels("household"),
        labels("vulnerable"),
    ]
    scale = page.frame_width / sum(LIST_WIDTHS)
    widths = [w * scale for w in LIST_WIDTHS]
    total = len(data.to_evacuate)
    done = 0
    for (is_point, group), members in groupby(
        data.to_evacuate, key=lambda p: (p.group_is_point, p.group)
    ):
        people = list(members)
        if is_point:
            title = labels.colon("rendezvous_point") + group
        elif group:
            title = f"{labels('no_point')} — {labels.colon('location')}{group}"
        else:
            title = f"{labels('no_point')} — {labels('unknown_location')}"
        heading = page.para(
            f"{title} ({labels.count('persons', len(people))})",
            page.styles.subheading,
            bold=True,
        )
        continued = page.para(labels("continued", title=title), page.styles.subheading, bold=True)
        first = True
        for chunk in _household_chunks(people):
            done += len(chunk)

            def make(chunk: list[RemainingPerson] = chunk, done: int = done) -> Flowable:
                table = page.table(
                    header,
                    [_row(p, labels, page, redact, widths[PHONE_COLUMN]) for p in chunk],
                    widths,
                    _vulnerable_style(chunk),
                    font_size=LIST_FONT_SIZE,
                    row_height=ROW_HEIGHT,
                )
                if progress is not None:
                    progress(done, total)
                return table

            table = Deferred(make, page.shows_codes)
            if first:  # the heading and a few rows stay together; the rest flows on
                story += [CondPageBreak(30 * mm), heading, Continues(continued)]
            story.append(table)
            first = False
        story.append(Continues(None))
    return story


def _household_chunks(people: list[RemainingPerson]) -> list[list[RemainingPerson]]:
    """Chunks of about ``CHUNK_ROWS`` rows that never cut a household in two."""
    chunks: list[list[RemainingPerson]] = [[]]
    for i, person in enumerate(people):
        current = chunks[-1]
        same_household = (
            i > 0
            and person.household_id is not None
            and person.household_id == people[i - 1].household_id
        )
        if len(current) >= CHUNK_ROWS and not same_household:
            chunks.append(current := [])
        current.append(person)
    return [c for c in chunks if c]


def _phone(person: RemainingPerson, labels: Labels, redact: bool, width: float) -> str:
    """The first phone; one that is not a valid number keeps its mark whole in the narrow
    column (the number shortened instead: the case sheet prints it in full)."""
    shown = shown_number(person.phone, redact)
    if person.phone_valid or not shown:
        return shown
    mark = labels("not_valid_short")
    room = width - CELL_PADDING - stringWidth(f" ({mark})", fonts.LATIN, LIST_FONT_SIZE)
    return mark_validity(fit(shown, fonts.LATIN, LIST_FONT_SIZE, room), False, mark)


def _row(
    person: RemainingPerson, labels: Labels, page: ReportPage, redact: bool, phone_width: float
) -> list[str]:
    return [
        "!" if person.flags else "",
        shown_name(person.name, redact),
        shown_name(person.native_name, redact),
        labels.enum(person.legal_status),
        labels.enum(person.status),
        _phone(person, labels, redact, phone_width),
        page.local(person.last_contact_at),
        f"#{person.household_id}" if person.household_id else "",
        " ".join(labels.flag(f) for f in person.flags),
    ]


def _vulnerable_style(chunk: list[RemainingPerson]) -> list[tuple[Any, ...]]:
    """The mark and flag columns are only filled for vulnerable persons: red and bold, on a
    shaded row."""
    style: list[tuple[Any, ...]] = [
        ("TEXTCOLOR", (0, 1), (0, -1), DANGER),
        ("TEXTCOLOR", (-1, 1), (-1, -1), DANGER),
        ("FONTNAME", (0, 1), (0, -1), fonts.LATIN_BOLD),
        ("FONTNAME", (-1, 1), (-1, -1), fonts.LATIN_BOLD),
    ]
    style += [
        ("BACKGROUND", (0, r), (-1, r), VULNERABLE_SHADE)
        for r, person in enumerate(chunk, start=1)
        if person.flags
    ]
    return style
