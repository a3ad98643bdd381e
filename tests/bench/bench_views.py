"""Desktop views benchmark: dashboard, movements board and rendezvous points on demo data.

Each figure is also given as a ratio to the raw ``sqlite3`` queries that fetch the same
numbers, run in the same process, since the machines are shared and noisy. Run:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_views.py [--people 100000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from evactrack.services import demo  # noqa: E402
from evactrack.services.context import context_for, open_database  # noqa: E402
from evactrack.ui.tasks import Progress, _Signals  # noqa: E402
from evactrack.ui.views.dashboard_view import DashboardView, load_dashboard  # noqa: E402
from evactrack.ui.views.movements_view import MovementsBoard  # noqa: E402
from evactrack.ui.views.rendezvous_view import RendezvousPointsView  # noqa: E402

REPEAT = 5


def best(fn: Callable[[], object]) -> float:
    """Median of a few runs, in seconds."""
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_dashboard(conn: sqlite3.Connection) -> None:
    conn.execute("SELECT status, count(*) FROM persons GROUP BY status").fetchall()
    conn.execute("SELECT legal_status, count(*) FROM persons GROUP BY legal_status").fetchall()
    conn.execute(
        "SELECT person_id, to_status, changed_at FROM status_changes ORDER BY changed_at, id"
    ).fetchall()


def raw_board(conn: sqlite3.Connection) -> None:
    conn.execute(
        "SELECT m.*, p.name FROM movements m JOIN rendezvous_points p "
        "ON p.id = m.rendezvous_point_id WHERE m.status IN ('planned','assembling','en_route')"
    ).fetchall()
    conn.execute(
        "SELECT movement_id, outcome, count(*) FROM manifest_entries GROUP BY movement_id, outcome"
    ).fetchall()


def raw_points(conn: sqlite3.Connection) -> None:
    conn.execute("SELECT * FROM rendezvous_points").fetchall()
    conn.execute(
        "SELECT m.rendezvous_point_id, count(*) FROM manifest_entries e JOIN movements m "
        "ON m.id = e.movement_id WHERE e.outcome IS NULL GROUP BY m.rendezvous_point_id"
    ).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite3"
        start = time.perf_counter()
        db = open_database(str(path))
        ctx = context_for(db, "bench")
        demo.generate(ctx, args.people, seed=1)
        print(f"demo data for {args.people} persons: {time.perf_counter() - start:.1f} s")
        conn = sqlite3.connect(path)
        progress = Progress(_Signals())
        board = MovementsBoard(ctx)
        points = RendezvousPointsView(ctx)
        dashboard = DashboardView(ctx)
        data = load_dashboard(ctx, progress)
        figures = [
            (
                "dashboard figures (worker thread)",
                best(lambda: load_dashboard(ctx, progress)),
                best(lambda: raw_dashboard(conn)),
            ),
            ("dashboard drawing (GUI thread)", best(lambda: dashboard.show_data(data)), None),
            ("movements board refresh", best(board.refresh), best(lambda: raw_board(conn))),
            ("rendezvous points refresh", best(points.refresh), best(lambda: raw_points(conn))),
        ]
        for name, seconds, raw in figures:
            ratio = f"   {seconds / raw:6.1f} x raw sqlite3 ({raw * 1000:.0f} ms)" if raw else ""
            print(f"{name:36s} {seconds * 1000:8.0f} ms{ratio}")
        conn.close()
        db.close()
    app.quit()


if __name__ == "__main__":
    main()
