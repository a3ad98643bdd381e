"""Check-in benchmark: from the scanner's Enter to the screen updated, at 100,000 persons.

A movement of 150 persons assembles; the check-in screen is driven as a scanner drives it
(keystrokes, then Enter) for each of them, then for already boarded persons, persons of
another movement and unknown codes. "On screen" is the time from the Enter key event to the
verdict, the person and the totals painted; "saved" the time until the write is in the
database (the writes queue behind each other, so it grows when scans come faster than the
disk). The database is generated once into its own cache (other branches' benchmarks upgrade
theirs to schemas this one may not know), and each run works on a copy of it:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_checkin.py [--people 100000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from account import bench_login  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

from evactrack.db.models import ManifestEntry, Person  # noqa: E402
from evactrack.domain.enums import CaseStatus, MovementStatus  # noqa: E402
from evactrack.services import (
    movements,  # noqa: E402
)
from evactrack.services.context import open_database  # noqa: E402
from evactrack.ui.views.checkin_view import CheckInView  # noqa: E402

MANIFEST = 150
CACHE = Path("/tmp/evactrack_bench_checkin")


def ensure_database(people: int) -> Path:
    path = CACHE / f"cases_{people // 1000}k.sqlite3"
    if not path.exists():
        from evactrack import demo

        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"generating {people} persons into {path} (once)…", flush=True)
        db = open_database(str(path), create=True)
        demo.generate(bench_login(db), people, seed=7)
        db.close()
    return path


def wait_for(signal: object, timeout_s: float = 60) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def scan(view: CheckInView, code: str) -> tuple[float, float]:
    """Type the code, press Enter; seconds until painted, and until saved."""
    QTest.keyClicks(view.field, code)
    start = time.perf_counter()
    QTest.keyClick(view.field, Qt.Key.Key_Return)
    view.repaint()  # the frame the caseworker sees
    shown = time.perf_counter() - start
    if view.pending:
        wait_for(view.saved)
    return shown, time.perf_counter() - start


def summary(name: str, values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (
        f"{name:<27} n={len(ms):>3}  median {statistics.median(ms):6.1f} ms  "
        f"p95 {p95:6.1f} ms  max {ms[-1]:6.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    source = ensure_database(args.people)
    folder = Path(tempfile.mkdtemp(prefix="evactrack-checkin-"))
    path = folder / "checkin.sqlite3"
    with sqlite3.connect(source) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    app = QApplication([])
    db = open_database(str(path))
    ctx = bench_login(db)
    with db.reading() as session:
        busy = select(ManifestEntry.person_id)
        ids = list(
            session.scalars(
                select(Person.id)
                .where(Person.status == CaseStatus.VERIFIED, Person.id.not_in(busy))
                .limit(MANIFEST + 20)
            )
        )
        point = session.scalars(select(Person.rendezvous_point_id).limit(1)).first()
    point = point or movements.list_movements(ctx)[0].rendezvous_point_id
    here, there = ids[:MANIFEST], ids[MANIFEST:]
    window = movements.list_movements(ctx)[0]
    made = movements.create_movement(
        ctx,
        movements.MovementInput(point, window.window_start, window.window_end, MANIFEST + 10),
    )
    other = movements.create_movement(
        ctx, movements.MovementInput(point, window.window_start, window.window_end, 50)
    )
    movements.assign(ctx, made.id, here, split_households=True)
    movements.assign(ctx, other.id, there, split_households=True)
    movements.set_status(ctx, made.id, MovementStatus.ASSEMBLING)

    view = CheckInView(ctx, made.id)
    view.show()
    wait_for(view.loaded)
    boarded = [scan(view, f"EVACTRACK:{pid}") for pid in here]
    again = [scan(view, f"EVACTRACK:{pid}") for pid in here[:30]]
    elsewhere = [scan(view, f"EVACTRACK:{pid}") for pid in there[:20]]
    unknown = [scan(view, f"EVACTRACK:{900_000_000 + n}") for n in range(20)]
    assert view.counts()[0] == MANIFEST, view.counts()
    assert movements.get_movement(ctx, made.id).headcount.boarded == MANIFEST
    print(f"check-in at {args.people} persons, a manifest of {MANIFEST}")
    for name, runs in (
        ("boarded", boarded),
        ("already boarded", again),
        ("other movement", elsewhere),
        ("unknown code", unknown),
    ):
        print(summary(f"{name}: on screen", [r[0] for r in runs]))
        print(summary(f"{name}: saved", [r[1] for r in runs]))
    view.close()
    db.close()
    app.quit()
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
