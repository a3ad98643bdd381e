"""The page every report is printed on: fonts, header, footer with "page x of y", styles.

The total page count is not known while pages are drawn, so each footer refers to a PDF form
that is filled in once, when the document is saved: one pass, and memory stays flat.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import lru_cache, partial
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from evactrack.domain.timezones import zone
from evactrack.reports import fonts, rtl
from evactrack.reports.labels import Labels
from evactrack.services.report_data import ReportHeader

PAGE_TOTAL_FORM = "pageTotal"
MARGIN = 12 * mm
HEADER_HEIGHT = 16 * mm
FOOTER_HEIGHT = 10 * mm
DANGER = colors.HexColor("#b00020")
SHADE = colors.HexColor("#eeeeee")
VULNERABLE_SHADE = colors.HexColor("#fde2e2")
PORTRAIT = A4
LANDSCAPE = landscape(A4)


class _TotalPagesCanvas(Canvas):
    """Fills the "of y" form with the final page count just before the file is written."""

    def save(self) -> None:
        total = self.getPageNumber() - 1
        self.beginForm(PAGE_TOTAL_FORM)
        self.setFont(fonts.LATIN, 7.5)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


def _same(part: Flowable) -> Flowable:
    return part


class Deferred(Flowable):
    """A flowable built only when the layout reaches it and let go once drawn, so that a
    list of 10,000 persons is never held in memory as tables all at once."""

    def __init__(
        self, make: Callable[[], Flowable], on_draw: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self._make = make
        self._on_draw = on_draw
        self._built: Flowable | None = None

    def _flowable(self) -> Flowable:
        if self._built is None:
            self._built = self._make()
        return self._built

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self._flowable().wrap(available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = self._flowable().split(available_width, available_height)
        if parts:
            self._built = None
        if self._on_draw is None:
            return parts
        return [Deferred(partial(_same, part), self._on_draw) for part in parts]

    def draw(self) -> None:
        self._flowable().drawOn(self.canv, 0, 0)
        self._built = None
        if self._on_draw is not None:
            self._on_draw()


class Continues(Flowable):
    """Where a section begins (with its "… (continued)" heading) or ends (``None``): every
    page the section runs on to starts with that heading. It acts when drawn, not when
    measured, so a section moved whole to the next page does not say it continues."""

    def __init__(self, heading: Flowable | None) -> None:
        super().__init__()
        self.heading = heading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        document = self.canv._doctemplate
        document._topFlowables = [self.heading] if self.heading is not None else []


class _Document(SimpleDocTemplate):
    """A document that tells its report when each page is complete."""

    def __init__(self, on_page_end: Callable[[Canvas], None], *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._on_page_end = on_page_end

    def afterPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._on_page_end(self.canv)


class Styles:
    """Paragraph styles of the reports, all in the shipped fonts."""

    def sized(self, size: float) -> ParagraphStyle:
        """The style of a table cell whose text wraps, at the table's font size."""
        return ParagraphStyle(f"cell{size}", parent=self.body, fontSize=size, leading=size * 1.2)

    def __init__(self) -> None:
        fonts.register_fonts()
        self.body = ParagraphStyle("body", fontName=fonts.LATIN, fontSize=9, leading=11.5)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=7.5, leading=9.5)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=8, leading=9.5)
        self.heading = ParagraphStyle(
            "heading",
            parent=self.body,
            fontName=fonts.LATIN_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        )
        self.subheading = ParagraphStyle(
            "subheading",
            parent=self.body,
            fontName=fonts.LATIN_BOLD,
            fontSize=9.5,
            leading=12,
            spaceBefore=6,
            spaceAfter=2,
        )


class ReportPage:
    """One report's page template: what the header and footer say on every page."""

    def __init__(
        self,
        title: str,
        header: ReportHeader,
        labels: Labels,
        redact: bool,
        pagesize: tuple[float, float] = PORTRAIT,
        footer_line: str | None = None,
        legend: str | None = None,
    ) -> None:
        self.title = title
        self.header = header
        self.labels = labels
        self.redact = redact
        self.pagesize = pagesize
        self.footer_line = footer_line
        self.legend = legend  # explains the codes of a page where :meth:`shows_codes` ran
        self._codes_on_page = False
        self.styles = Styles()

    def shows_codes(self) -> None:
        """The page being drawn shows codes: it carries the legend."""
        self._codes_on_page = True

    def local(self, moment: datetime | None) -> str:
        """A time in the operation's time zone, as officials read it."""
        if moment is None:
            return ""
        shown = moment.astimezone(zone(self.header.operation_tz))
        return f"{shown:%Y-%m-%d %H:%M}"

    @property
    def frame_width(self) -> float:
        return float(self.pagesize[0] - 2 * MARGIN)

    def _on_page(self, canvas: Canvas, _doc: Any) -> None:
        width, height = self.pagesize
        labels = self.labels
        canvas.saveState()
        top = height - MARGIN
        canvas.setFont(fonts.LATIN_BOLD, 11)
        canvas.drawString(MARGIN, top - 10, self.title)
        canvas.setFont(fonts.LATIN, 7.5)
        generated = (
            f"{labels('generated')}: {self.local(self.header.generated_at)} "
            f"{self.header.operation_tz}"
        )
        if self.header.site_name:
            generated += f"   {labels('site')}: "
        canvas.drawString(MARGIN, top - 21, generated)
        if self.header.site_name:
            rtl.draw_line(
                canvas,
                MARGIN + canvas.stringWidth(generated, fonts.LATIN, 7.5),
                top - 21,
                rtl.line_parts(self.header.site_name, 7.5, width / 2),
                7.5,
            )
        marking = labels("redacted") if self.redact else labels("sensitive")
        canvas.setFont(fonts.LATIN_BOLD, 9)
        box = canvas.stringWidth(marking, fonts.LATIN_BOLD, 9) + 8
        canvas.setStrokeColor(DANGER)
        canvas.setFillColor(DANGER)
        canvas.rect(width - MARGIN - box, top - 14, box, 14, stroke=1, fill=0)
        canvas.drawString(width - MARGIN - box + 4, top - 10, marking)
        canvas.setStrokeColor(colors.grey)
        canvas.line(MARGIN, top - HEADER_HEIGHT + 8, width - MARGIN, top - HEADER_HEIGHT + 8)
        canvas.setFillColor(colors.black)
        if self.footer_line:
            canvas.setFont(fonts.LATIN, 8)
            canvas.drawString(MARGIN, MARGIN + 14, self.footer_line)
        canvas.setFont(fonts.LATIN, 7.5)
        page = labels("page_of", page=canvas.getPageNumber()) + " "
        right = width - MARGIN - 18
        canvas.drawRightString(right, MARGIN, page)
        canvas.saveState()
        canvas.translate(right, MARGIN)
        canvas.doForm(PAGE_TOTAL_FORM)
        canvas.restoreState()
        canvas.drawString(MARGIN, MARGIN, marking)
        if self.header.demo:
            canvas.setFont(fonts.LATIN_BOLD, 9)
            canvas.setFillColor(DANGER)
            canvas.drawCentredString(width / 2, MARGIN, labels("demo"))
        canvas.restoreState()

    def _on_page_end(self, canvas: Canvas) -> None:
        if self._codes_on_page and self.legend:
            canvas.saveState()
            canvas.setFont(fonts.LATIN, 7.5)
            canvas.drawString(MARGIN, MARGIN + 12, self.legend)
            canvas.restoreState()
        self._codes_on_page = False

    def build(self, story: Sequence[Flowable]) -> bytes:
        """Lay the story out on these pages and return the PDF."""
        buffer = BytesIO()
        bottom = MARGIN + FOOTER_HEIGHT + (10 if self.footer_line or self.legend else 0)
        doc = _Document(
            self._on_page_end,
            buffer,
            pagesize=self.pagesize,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT,
            bottomMargin=bottom,
            title=self.title,
            author=self.header.site_name or None,
            creator="evactrack",
        )
        doc.build(
            list(story),
            onFirstPage=self._on_page,
            onLaterPages=self._on_page,
            canvasmaker=_TotalPagesCanvas,
        )
        return buffer.getvalue()

    # ------------------------------------------------------------ building blocks

    def para(
        self, text: str | None, style: ParagraphStyle | None = None, bold: bool = False
    ) -> Flowable:
        """A paragraph of any script: right-to-left runs shaped and set in the Arabic font."""
        style = style or self.styles.body
        if rtl.has_rtl(text):
            return rtl.Block(
                text or "",
                style.fontSize,
                style.leading,
                bold=bold or style.fontName == fonts.LATIN_BOLD,
                space=(style.spaceBefore, style.spaceAfter),
            )
        shown = escape(text or "")
        return Paragraph(f"<b>{shown}</b>" if bold else shown, style)

    def heading(self, text: str) -> Flowable:
        return self.para(text, self.styles.heading)

    def section(self, title: str, body: Sequence[Flowable]) -> list[Flowable]:
        """A heading and what it heads; each page the section runs on to starts with
        "<title> (continued)"."""
        continued = self.heading(self.labels("continued", title=title))
        return [self.heading(title), Continues(continued), *body, Continues(None)]

    def none(self) -> Paragraph:
        return Paragraph(self.labels("none"), self.styles.body)

    def spacer(self, height: float = 4 * mm) -> Spacer:
        return Spacer(1, height)

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str | Flowable | None]],
        widths: Sequence[float],
        extra_style: Sequence[tuple[Any, ...]] = (),
        font_size: float = 8,
        row_height: float | None = None,
    ) -> Table:
        """A table of plain text cells: fast to lay out, each cell in a font that has its
        glyphs (mixed-script cells become paragraphs). Text longer than its column wraps;
        only in a table of fixed row height (the long lists) is it shortened with "…"."""
        data: list[list[Any]] = [list(header)]
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, 0), fonts.LATIN_BOLD, font_size),
            ("FONT", (0, 1), (-1, -1), fonts.LATIN, font_size),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.lightgrey),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        arabic_rows: dict[int, list[int]] = {}
        latin_columns: set[int] = set()
        for r, row in enumerate(rows, start=1):
            cells: list[Any] = []
            for c, value in enumerate(row):
                if isinstance(value, Flowable):
                    cells.append(value)
                elif not value:
                    cells.append(())  # an empty cell draws nothing at all
                elif not rtl.has_rtl(value):
                    shortened = fit(value, fonts.LATIN, font_size, widths[c] - 6)
                    if shortened != value and row_height is None:
                        cells.append(Paragraph(escape(value), self.styles.sized(font_size)))
                    else:
                        cells.append(shortened)
                        latin_columns.add(c)
                else:
                    content, font = rtl.cell(value, font_size, widths[c] - 6)
                    cut = font is not None and content != rtl.shaped(value, font, font_size)
                    if cut and row_height is None:
                        cells.append(rtl.Block(value, font_size, font_size * 1.2))
                        continue
                    cells.append(content)
                    if font is not None:
                        arabic_rows.setdefault(c, []).append(r)
            data.append(cells)
        arabic = rtl.arabic_font()
        for c, in_arabic in arabic_rows.items():
            if c in latin_columns:
                style.extend(("FONTNAME", (c, r), (c, r), arabic) for r in in_arabic)
            else:
                style.append(("FONTNAME", (c, 1), (c, -1), arabic))
        style.extend(extra_style)
        heights = None if row_height is None else [None] + [row_height] * len(rows)
        table = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table


def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis so it stays inside its column."""
    if not text or _width(text, font, size) <= width:
        return text
    while text and _width(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


@lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    """Measured once per distinct text: labels repeat on every row of a long list."""
    return float(stringWidth(text, font, size))
