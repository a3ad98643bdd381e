"""Benchmark of the printed reports (a plain script, not collected by pytest).

    .venv/bin/python tests/bench/bench_reports.py

1. Daily report on a 100,000-person database whose list of persons still to evacuate has
   10,000 rows, against a bare reportlab canvas writing the same lines in the same run
   (goal: under 3x and under 5 s on the 2-core machine, memory flat).
2. Manifest of 500 persons (goal: under 1 s), against a bare canvas too.

The 100k database is built once with the demo generator and kept (EVACTRACK_BENCH_DB);
persons beyond the first 10,000 still to evacuate are then marked evacuated in one UPDATE,
a benchmark fixture only: the application never writes statuses without their history.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
from account import bench_login
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select, update

from evactrack import demo
from evactrack.db.models import Movement, Person
from evactrack.domain.enums import CaseStatus, DocumentType, LegalStatus, MovementStatus
from evactrack.domain.timezones import utcnow
from evactrack.reports import fonts, rtl
from evactrack.reports.daily import build_daily_report
from evactrack.reports.labels import Labels
from evactrack.reports.manifest import build_manifest
from evactrack.services import movements, rendezvous, report_data
from evactrack.services.context import open_database
from evactrack.services.movements import HeadCount, ManifestLine, MovementDetail
from evactrack.services.report_data import (
    NOT_TO_EVACUATE,
    ManifestData,
    ManifestHousehold,
    RemainingPerson,
)

PEOPLE = 100_000
LISTED = 10_000
MANIFEST = 500
BENCH_MOVEMENT = "bench manifest"
ROWS_PER_PAGE = 45


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def prepare(path: Path) -> int:
    """The 100k database with exactly ``LISTED`` persons still to evacuate, and a movement
    with ``MANIFEST`` persons on its manifest (its id is returned)."""
    db = open_database(str(path), create=True)
    ctx = bench_login(db)
    with db.reading() as session:
        count = session.scalar(select(Person.id).order_by(Person.id.desc()).limit(1)) or 0
    if count < PEOPLE:
        print(f"building the {PEOPLE:,}-person demo database in {path} (once)…")
        demo.generate(ctx, PEOPLE, seed=7)
    with db.transaction() as session:
        waiting = session.scalars(
            select(Person.id)
            .where(Person.status.not_in(list(NOT_TO_EVACUATE)))
            .order_by(Person.id)
            .offset(LISTED)
        ).all()
        if waiting:
            session.execute(
                update(Person)
                .where(Person.id.in_(waiting))
                .values(status=CaseStatus.EVACUATED)
                .execution_options(synchronize_session=False)
            )
    with db.reading() as session:
        movement_id = session.scalar(select(Movement.id).where(Movement.name == BENCH_MOVEMENT))
        verified = session.scalars(
            select(Person.id)
            .where(Person.status == CaseStatus.VERIFIED)
            .order_by(Person.id)
            .limit(MANIFEST)
        ).all()
    if movement_id is None:
        start = utcnow() + timedelta(hours=1)
        movement_id = movements.create_movement(
            ctx,
            movements.MovementInput(
                rendezvous.list_points(ctx)[0].id,
                start,
                start + timedelta(hours=3),
                MANIFEST,
                name=BENCH_MOVEMENT,
                escort_party="bench escort",
            ),
        ).id
        movements.assign(ctx, movement_id, verified, split_households=True)
    db.close()
    return movement_id


def bare_canvas(lines: list[list[str]], arabic_column: int | None) -> bytes:
    """The raw baseline: the same strings drawn at fixed positions, a page every 45 rows."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A4))
    width = (landscape(A4)[0] - 60) / len(lines[0])
    for index, line in enumerate(lines):
        row = index % ROWS_PER_PAGE
        if index and row == 0:
            canvas.showPage()
        y = 540 - row * 11
        for column, text in enumerate(line):
            font = fonts.ARABIC if column == arabic_column else fonts.LATIN
            canvas.setFont(font, 7.5)
            canvas.drawString(30 + column * width, y, text)
    canvas.save()
    return buffer.getvalue()


def drawn(native: str | None) -> str:
    """A native-script name as the report draws it: shaped, in visual order."""
    if not native:
        return ""
    return "".join(
        rtl.shaped(part, fonts.ARABIC, 7.5) if is_rtl else part for part, is_rtl in rtl.runs(native)
    )


def daily_lines(people: list[RemainingPerson], labels: Labels) -> list[list[str]]:
    return [
        [
            p.name,
            drawn(p.native_name),
            labels.enum(p.legal_status),
            labels.enum(p.status),
            p.phone or "",
            f"{p.last_contact_at:%Y-%m-%d %H:%M}" if p.last_contact_at else "",
            f"#{p.household_id}" if p.household_id else "",
            " ".join(p.flags),
        ]
        for p in people
    ]


def bench_daily(path: Path) -> None:
    db = open_database(str(path), create=True)
    ctx = bench_login(db)
    query_s, data = timed(lambda: report_data.daily_report_data(ctx))
    assert isinstance(data, report_data.DailyReportData)
    listed = len(data.to_evacuate)
    labels = Labels("en")
    fonts.register_fonts()
    lines = daily_lines(data.to_evacuate, labels)
    baseline_s, baseline_pdf = timed(lambda: bare_canvas(lines, 1))
    rtl.shaped.cache_clear()  # the report shapes its names itself, inside its own time
    build_s, pdf = timed(lambda: build_daily_report(data))
    # Memory in a second run: tracemalloc slows Python down too much to time under it.
    tracemalloc.start()
    build_daily_report(data)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    quarter = replace(data, to_evacuate=data.to_evacuate[: listed // 4])
    tracemalloc.start()
    build_daily_report(quarter)
    _, quarter_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(pdf, bytes) and isinstance(baseline_pdf, bytes)
    document = pdfium.PdfDocument(pdf)
    pages = len(document)
    text = "\n".join(document[i].get_textpage().get_text_range() for i in range(pages))
    phones = [p.phone for p in data.to_evacuate if p.phone]
    kept = sum(1 for phone in phones if phone in text)
    print(f"daily report: {PEOPLE:,} persons in the database, {listed:,} listed, {pages} pages")
    print(f"  query (report_data.daily_report_data)   {query_s:6.2f} s")
    print(f"  bare canvas, same lines (baseline)      {baseline_s:6.2f} s")
    print(
        f"  report layout (build_daily_report)      {build_s:6.2f} s   "
        f"ratio {build_s / baseline_s:4.2f}x   (goal < 3x)"
    )
    print(f"  query + layout                          {query_s + build_s:6.2f} s   (goal < 5 s)")
    print(
        f"  peak Python memory during layout        {peak / 2**20:6.1f} MiB "
        f"(PDF {len(pdf) / 2**20:.1f} MiB); {quarter_peak / 2**20:.1f} MiB for "
        f"{len(quarter.to_evacuate):,} rows"
    )
    print(f"  phone numbers printed exactly           {kept:,} of {len(phones):,}")
    db.close()


def manifest_data(persons: int) -> ManifestData:
    now = utcnow()
    lines = [
        ManifestLine(
            1000 + i,
            f"Given{i} Family{i // 4}",
            "عبدالله رحیمی" if i % 3 else "ځلاند ننګیال",
            (date(1980, 1, 1) + timedelta(days=i)).isoformat(),
            LegalStatus.CITIZEN if i % 4 == 0 else LegalStatus.FAMILY_MEMBER,
            CaseStatus.ASSIGNED,
            i // 4,
            DocumentType.PASSPORT,
            f"P{7_000_000 + i}",
            None,
        )
        for i in range(persons)
    ]
    households = tuple(
        ManifestHousehold(h, f"Family{h}", tuple(lines[h * 4 : h * 4 + 4]))
        for h in range(persons // 4)
    )
    movement = MovementDetail(
        1,
        1,
        "Bench movement",
        1,
        "Baron Hotel gate",
        now,
        now + timedelta(hours=3),
        "escort unit 7",
        "+93700000000",
        "blue scarf",
        persons,
        MovementStatus.ASSEMBLING,
        None,
        HeadCount(persons, 0, 0, 0, 0, 0, persons),
    )
    return ManifestData(report_data.ReportHeader("bench", "Asia/Kabul", now), movement, households)


def bench_manifest() -> None:
    data = manifest_data(MANIFEST)
    lines = [
        [
            str(line.person_id),
            line.name,
            drawn(line.native_name),
            line.date_of_birth or "",
            "Citizen",
            "Passport",
            line.document_number or "",
            "",
            "",
        ]
        for h in data.households
        for line in h.lines
    ]
    build_manifest(manifest_data(8))  # fonts and imports warm
    baseline_s, _ = timed(lambda: bare_canvas(lines, 2))
    build_s, pdf = timed(lambda: build_manifest(data))
    assert isinstance(pdf, bytes)
    pages = len(pdfium.PdfDocument(pdf))
    print(f"manifest: {MANIFEST} persons with QR codes, {pages} pages")
    print(f"  bare canvas, same lines (baseline)      {baseline_s:6.2f} s")
    print(
        f"  manifest (build_manifest)               {build_s:6.2f} s   "
        f"ratio {build_s / baseline_s:4.2f}x   (goal < 1 s)"
    )


def bench_real_manifest(path: Path, movement_id: int) -> None:
    db = open_database(str(path), create=True)
    ctx = bench_login(db)
    query_s, data = timed(lambda: report_data.manifest_data(ctx, movement_id))
    assert isinstance(data, ManifestData)
    build_s, _pdf = timed(lambda: build_manifest(data))
    print(
        f"  from the database ({len(data.movement.manifest)} persons): query {query_s:.2f} s "
        f"+ layout {build_s:.2f} s = {query_s + build_s:.2f} s"
    )
    db.close()


def main() -> int:
    path = Path(
        os.environ.get(
            "EVACTRACK_BENCH_DB",
            Path(tempfile.gettempdir()) / "evactrack-bench-100k.sqlite3",
        )
    )
    movement_id = prepare(path)
    bench_daily(path)
    bench_manifest()
    bench_real_manifest(path, movement_id)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS {rss:.0f} MiB; cpus {os.cpu_count()}; python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
