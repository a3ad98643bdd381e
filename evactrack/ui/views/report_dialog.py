"""Printed reports in the GUI: choose the options, generate in the background, then preview,
print through the system's printers, or save as PDF.

The preview is the PDF itself (QtPdf renders pages lazily), so a 250-page daily report is
previewed without holding 250 page images; printing draws one page at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QRect, QSize
from PySide6.QtGui import QCloseEvent, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from evactrack.domain.enums import Role
from evactrack.reports import generate
from evactrack.services import report_data
from evactrack.services.context import Context
from evactrack.ui import dialogs, i18n
from evactrack.ui.tasks import Operation, Progress
from evactrack.ui.widgets import accept_cancel_buttons

# Pages are rasterised for the printer at no more than this: sharp text, bounded memory.
MAX_PRINT_DPI = 300

# Previews still open, kept alive until the caseworker closes them.
_open_previews: set[ReportPreview] = set()


@dataclass(frozen=True)
class ReportOptions:
    day: date | None
    redact: bool
    language: str


class ReportOptionsDialog(QDialog):
    """Date (daily report only), redaction and language of one report."""

    def __init__(self, ctx: Context, title: str, parent: QWidget | None, with_date: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QFormLayout(self)
        self.date_edit: QDateEdit | None = None
        if with_date:
            day = report_data.operation_day(ctx)
            self.date_edit = QDateEdit(QDate(day.year, day.month, day.day), self)
            self.date_edit.setCalendarPopup(True)
            self.date_edit.setDisplayFormat("yyyy-MM-dd")
            layout.addRow(self.tr("Day"), self.date_edit)
        self.redact = QCheckBox(self.tr("Redact personal data (initials, masked numbers)"), self)
        self.redact.setChecked(ctx.actor.role is Role.VIEWER)
        layout.addRow(self.redact)
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen_language())))
        layout.addRow(self.tr("Language"), self.language)
        buttons = accept_cancel_buttons(self)
        layout.addRow(buttons)

    def options(self) -> ReportOptions:
        day = self.date_edit.date().toPython() if self.date_edit is not None else None
        assert day is None or isinstance(day, date)
        return ReportOptions(day, self.redact.isChecked(), str(self.language.currentData()))


class ReportPreview(QDialog):
    """The generated PDF on screen, with Print and Save as PDF."""

    def __init__(self, pdf: bytes, title: str, file_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n page(s)", "", self.document.pageCount()), self))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_report)
        self.save_button = buttons.addButton(
            self.tr("Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(self.save_report)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        layout.addWidget(buttons)

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Draw every page onto the printer, fitted to its printable area."""
        first = self.document.pagePointSize(0)
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if first.width() > first.height()
            else QPageLayout.Orientation.Portrait
        )
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            dialogs.show_error(self, self.tr("The printer could not be started."))
            return
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                image = self.document.render(
                    index,
                    QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)),
                )
                area = painter.viewport()
                scale = min(area.width() / image.width(), area.height() / image.height())
                target = QRect(0, 0, round(image.width() * scale), round(image.height() * scale))
                painter.drawImage(target, image)
        finally:
            painter.end()

    def save_report(self) -> None:
        path = ask_save_path(self, self.file_name)
        if not path:
            return
        try:
            generate.save_pdf(self.pdf, Path(path))
        except OSError as exc:
            dialogs.show_error(self, f"{exc.strerror or exc}: {path}")
            return
        dialogs.show_info(self, i18n.arg(self.tr("Saved to %1."), path))

    def closeEvent(self, event: QCloseEvent) -> None:
        _open_previews.discard(self)
        super().closeEvent(event)


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    """Where to save; empty when the caseworker cancelled (tests patch this). The report
    titles are translated in one context, "Reports", whichever window opens them."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Reports", "Save as PDF"), suggested, "PDF (*.pdf)"
    )
    return path


def ask_options(
    ctx: Context, title: str, parent: QWidget | None, with_date: bool
) -> ReportOptions | None:
    """The options dialog; ``None`` when cancelled (tests patch this)."""
    dialog = ReportOptionsDialog(ctx, title, parent, with_date)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


def show_preview(parent: QWidget | None, pdf: bytes, title: str, file_name: str) -> ReportPreview:
    preview = ReportPreview(pdf, title, file_name, parent)
    _open_previews.add(preview)
    preview.show()
    return preview


def generate_report(
    parent: QWidget | None,
    title: str,
    file_name: str,
    build: Callable[[Callable[[int, int], None]], bytes],
) -> Operation[bytes]:
    """Build the PDF on a worker thread with a cancellable progress bar, then preview it."""

    def work(progress: Progress) -> bytes:
        return build(progress.advance)

    def preview(pdf: bytes) -> None:
        show_preview(parent, pdf, title, file_name)

    return Operation(parent, work).success(preview).with_progress(title + "…").run()


def _ask_and_generate(
    ctx: Context,
    parent: QWidget | None,
    title: str,
    file_name: Callable[[ReportOptions], str],
    build: Callable[[ReportOptions, Callable[[int, int], None]], bytes],
    *,
    with_date: bool = False,
) -> Operation[bytes] | None:
    """Ask for the options, then build and preview the report (``None``: cancelled)."""
    options = ask_options(ctx, title, parent, with_date=with_date)
    if options is None:
        return None
    return generate_report(parent, title, file_name(options), lambda report: build(options, report))


def open_daily_report(ctx: Context, parent: QWidget | None) -> Operation[bytes] | None:
    return _ask_and_generate(
        ctx,
        parent,
        QCoreApplication.translate("Reports", "Daily status report"),
        lambda o: f"daily-report-{o.day.isoformat() if o.day else 'today'}.pdf",
        lambda o, report: generate.daily_report(
            ctx, o.day, language=o.language, redact=o.redact, progress=report
        ),
        with_date=True,
    )


def print_manifest(
    ctx: Context, parent: QWidget | None, movement_id: int
) -> Operation[bytes] | None:
    return _ask_and_generate(
        ctx,
        parent,
        QCoreApplication.translate("Reports", "Movement manifest"),
        lambda _o: f"manifest-{movement_id}.pdf",
        lambda o, report: generate.manifest(
            ctx, movement_id, language=o.language, redact=o.redact, progress=report
        ),
    )


def print_gate_sheet(
    ctx: Context, parent: QWidget | None, movement_id: int
) -> Operation[bytes] | None:
    """The manifest on paper for the gate, for when the laptop dies."""
    return _ask_and_generate(
        ctx,
        parent,
        QCoreApplication.translate("Reports", "Gate sheet"),
        lambda _o: f"gate-sheet-{movement_id}.pdf",
        lambda o, _report: generate.gate_sheet(
            ctx, movement_id, language=o.language, redact=o.redact
        ),
    )


def open_case_sheet(
    ctx: Context, parent: QWidget | None, person_id: int
) -> Operation[bytes] | None:
    return _ask_and_generate(
        ctx,
        parent,
        QCoreApplication.translate("Reports", "Case sheet"),
        lambda _o: f"case-{person_id}.pdf",
        lambda o, _report: generate.case_sheet(
            ctx, person_id, language=o.language, redact=o.redact
        ),
    )
