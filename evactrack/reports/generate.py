"""The reports as one call each, from a context to PDF bytes, for the GUI and the CLI.

Names are built in the report's language ("fille de Karim" on a French report)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from evactrack.domain.enums import AuditAction
from evactrack.domain.names import written_in
from evactrack.files import private_file
from evactrack.reports.case_sheet import build_case_sheet
from evactrack.reports.daily import build_daily_report
from evactrack.reports.gate_sheet import build_gate_sheet
from evactrack.reports.manifest import build_manifest
from evactrack.services import audit, report_data
from evactrack.services.context import Context

Progress = Callable[[int, int], None]


def daily_report(
    ctx: Context,
    day: date | None = None,
    *,
    language: str = "en",
    redact: bool = False,
    progress: Progress | None = None,
) -> bytes:
    ctx.require_output(redact)
    with written_in(language):
        pdf = build_daily_report(
            report_data.daily_report_data(ctx, day),
            language=language,
            redact=redact,
            progress=progress,
        )
    _printed(ctx, "daily", None, redact)
    return pdf


def manifest(
    ctx: Context,
    movement_id: int,
    *,
    language: str = "en",
    redact: bool = False,
    progress: Progress | None = None,
) -> bytes:
    ctx.require_output(redact)
    with written_in(language):
        pdf = build_manifest(
            report_data.manifest_data(ctx, movement_id),
            language=language,
            redact=redact,
            progress=progress,
        )
    _printed(ctx, "manifest", movement_id, redact)
    return pdf


def gate_sheet(
    ctx: Context, movement_id: int, *, language: str = "en", redact: bool = False
) -> bytes:
    ctx.require_output(redact)
    with written_in(language):
        pdf = build_gate_sheet(
            report_data.gate_sheet_data(ctx, movement_id), language=language, redact=redact
        )
    _printed(ctx, "gate_sheet", movement_id, redact)
    return pdf


def case_sheet(
    ctx: Context, person_id: int, *, language: str = "en", redact: bool = False
) -> bytes:
    ctx.require_output(redact)
    with written_in(language):
        pdf = build_case_sheet(
            report_data.case_sheet_data(ctx, person_id), language=language, redact=redact
        )
    _printed(ctx, "case_sheet", person_id, redact)
    return pdf


def _printed(ctx: Context, kind: str, about: int | None, redact: bool) -> None:
    """Every report made is audited: which one, about what, redacted or not."""
    audit.record_access(
        ctx, AuditAction.PRINT, "report", about, kind, "redacted" if redact else None
    )


def save_pdf(pdf: bytes, path: Path) -> None:
    """Write the file whole or not at all (a half-written report must never be printed),
    readable by its owner only, since it holds personal data."""
    try:
        with private_file(Path(path)) as out:
            out.write(pdf)
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
