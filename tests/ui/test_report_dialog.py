import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from unittest.mock import patch

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from evactrack.domain.enums import Role
from evactrack.services import report_data
from evactrack.services.context import Actor, Context
from evactrack.ui.views import report_dialog
from evactrack.ui.views.report_dialog import ReportOptions
from tests.reports.pdf_text import all_text
from tests.reports.seed import seed_operation


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


class Seen(QObject):
    """Emits when the background work has reached the GUI, so tests wait on a signal that
    exists before the work starts."""

    happened = Signal()


def _run(qtbot: QtBot, start) -> report_dialog.ReportPreview:  # type: ignore[no-untyped-def]
    seen = Seen()
    shown: list[report_dialog.ReportPreview] = []
    real = report_dialog.show_preview

    def capture(*args):  # type: ignore[no-untyped-def]
        shown.append(real(*args))
        seen.happened.emit()
        return shown[-1]

    with (
        patch.object(report_dialog, "show_preview", capture),
        qtbot.waitSignal(seen.happened, timeout=20_000),
    ):
        start()
    preview = shown[0]
    qtbot.addWidget(preview)
    return preview


def test_daily_report_is_generated_in_background_and_previewed(
    sqlite_ctx: Context, qtbot: QtBot, window: QWidget
) -> None:
    seed_operation(sqlite_ctx)
    options = ReportOptions(date.today(), True, "fr")
    with patch.object(report_dialog, "ask_options", return_value=options):
        preview = _run(qtbot, lambda: report_dialog.open_daily_report(sqlite_ctx, window))
    assert preview.document.pageCount() >= 1
    text = all_text(preview.pdf)
    assert "Rapport de situation quotidien" in text and "CAVIARDÉ" in text


def test_cancelled_options_generate_nothing(sqlite_ctx: Context, window: QWidget) -> None:
    with patch.object(report_dialog, "ask_options", return_value=None):
        assert report_dialog.open_case_sheet(sqlite_ctx, window, 1) is None


def test_print_draws_every_page_and_save_writes_the_pdf(
    sqlite_ctx: Context, qtbot: QtBot, window: QWidget, tmp_path: Path
) -> None:
    seeded = seed_operation(sqlite_ctx)
    with patch.object(report_dialog, "ask_options", return_value=ReportOptions(None, False, "en")):
        preview = _run(
            qtbot, lambda: report_dialog.print_manifest(sqlite_ctx, window, seeded.movement_id)
        )
    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    preview.print_to(printer)
    assert len(pdfium.PdfDocument(str(printed))) == preview.document.pageCount()

    target = tmp_path / "manifest.pdf"
    with (
        patch.object(report_dialog, "ask_save_path", return_value=str(target)),
        patch("evactrack.ui.dialogs.show_info") as info,
    ):
        preview.save_button.click()
    assert target.read_bytes() == preview.pdf
    assert str(target) in info.call_args.args[1]


def test_generation_failure_goes_to_the_error_dialog(
    sqlite_ctx: Context, qtbot: QtBot, window: QWidget
) -> None:
    seen = Seen()
    with (
        patch.object(report_dialog, "ask_options", return_value=ReportOptions(None, False, "en")),
        patch(
            "evactrack.ui.dialogs.show_error", side_effect=lambda *_a: seen.happened.emit()
        ) as error,
        qtbot.waitSignal(seen.happened, timeout=10_000),
    ):
        report_dialog.print_manifest(sqlite_ctx, window, 99)
    assert "There is no movement #99." in str(error.call_args.args[1])


def test_save_failure_is_reported_and_viewer_redacts_by_default(
    sqlite_ctx: Context, qtbot: QtBot, window: QWidget, tmp_path: Path
) -> None:
    preview = report_dialog.ReportPreview(b"%PDF-1.4", "t", "x.pdf", window)
    qtbot.addWidget(preview)
    with (
        patch.object(report_dialog, "ask_save_path", return_value=str(tmp_path / "no" / "x.pdf")),
        patch("evactrack.ui.dialogs.show_error") as error,
    ):
        preview.save_report()
    assert "x.pdf" in error.call_args.args[1]
    options = report_dialog.ReportOptionsDialog(sqlite_ctx, "t", window, with_date=True)
    qtbot.addWidget(options)
    assert options.options().redact is False
    assert options.options().day == report_data.operation_day(sqlite_ctx)
    viewer = Context(sqlite_ctx.db, Actor(None, "visitor", Role.VIEWER))
    redacting = report_dialog.ReportOptionsDialog(viewer, "t", window, with_date=False)
    qtbot.addWidget(redacting)
    assert redacting.options().redact is True and redacting.options().day is None


def test_cancel_stops_generation_silently(qtbot: QtBot, window: QWidget) -> None:
    gate = threading.Event()

    def build(report: Callable[[int, int], None]) -> bytes:
        gate.wait(5)
        report(1, 2)
        return b"%PDF-1.4"

    with (
        patch.object(report_dialog, "show_preview") as preview,
        patch("evactrack.ui.dialogs.show_error") as error,
    ):
        operation = report_dialog.generate_report(window, "Daily status report", "d.pdf", build)
        operation.progress.cancel()
        with qtbot.waitSignal(operation.signals.failed, timeout=10_000):
            gate.set()
    preview.assert_not_called()
    error.assert_not_called()


def test_the_check_in_screen_prints_the_gate_sheet(
    qtbot: QtBot, sqlite_ctx: Context, window: QWidget
) -> None:
    from evactrack.ui.views.checkin_view import CheckInView

    seeded = seed_operation(sqlite_ctx)
    view = CheckInView(sqlite_ctx, seeded.movement_id, window)
    qtbot.addWidget(view)
    with patch.object(report_dialog, "ask_options", return_value=ReportOptions(None, False, "en")):
        preview = _run(qtbot, view.print_button.click)
    assert preview.file_name == f"gate-sheet-{seeded.movement_id}.pdf"
    assert "Gate sheet" in all_text(preview.pdf)
