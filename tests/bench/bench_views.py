"""Desktop views benchmark: how long a refresh blocks the GUI thread, on 100,000 persons.

For each refresh of the movements board, the rendezvous points view, the dashboard and the
forms they open, a 5 ms timer ticks on the GUI thread while the refresh runs until its data
is on screen. The longest gap between two ticks is the time the GUI thread was blocked (the
caseworker's clicks and the repaints waited that long); "until shown" is the time from the
refresh to the data on screen. The raw ``sqlite3`` queries that fetch the same numbers are
given as a baseline, since the machines are shared and noisy.

The script works on the code before the reads moved to the background too (a view without a
``loaded`` signal refreshes synchronously), so the figures can be compared:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_views.py [--people 100000]
    # before: the same script over an older checkout of the package
    git archive <commit> evactrack | tar -x -C /tmp/before
    PYTHONPATH=/tmp/before QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_views.py

The database is generated once and cached under /tmp (as bench_gui.py does); the views only
read it.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from account import bench_login  # noqa: E402
from bench_gui import ensure_database  # noqa: E402  (the same cached 100k database)
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import evactrack  # noqa: E402
from evactrack.services.context import open_database  # noqa: E402
from evactrack.ui.views.dashboard_view import DashboardView  # noqa: E402
from evactrack.ui.views.movement_form import MovementForm  # noqa: E402
from evactrack.ui.views.movements_view import MovementsBoard  # noqa: E402
from evactrack.ui.views.refusal_form import RefusalForm  # noqa: E402
from evactrack.ui.views.rendezvous_view import RendezvousPointsView  # noqa: E402

REPEAT = 7
TICK_MS = 5
TIMEOUT_S = 60


def blocked(
    start: Callable[[], Any], done_signal: Callable[[Any], Any] | None
) -> tuple[float, float]:
    """Run ``start`` (a refresh) with a 5 ms timer ticking; return the longest gap between
    ticks and the time until the data is shown, in seconds. ``done_signal`` picks the signal
    that says so from what ``start`` returns (None: the refresh is done when it returns)."""
    loop = QEventLoop()
    ticks: list[float] = []
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    begun: list[float] = []
    finished: list[float] = []

    def finish(*_args: object) -> None:
        if not finished:
            finished.append(time.perf_counter())
            loop.quit()

    def begin() -> None:
        begun.append(time.perf_counter())
        source = start()
        signal = done_signal(source) if done_signal is not None else None
        if signal is None:
            finish()
        else:
            signal.connect(finish)

    timer.start()
    QTimer.singleShot(20, begin)  # a few ticks first: the loop is running
    QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
    loop.exec()
    timer.stop()
    if not finished:
        raise RuntimeError("the refresh did not finish")
    marks = [begun[0], *(t for t in ticks if begun[0] < t < finished[0]), finished[0]]
    gap = max(b - a for a, b in zip(marks, marks[1:], strict=False))
    return gap, finished[0] - begun[0]


def loaded(view: Any) -> Any:
    """The view's "on screen" signal, if it loads in the background."""
    return getattr(view, "loaded", None) if getattr(view, "loading", False) else None


def measure(start: Callable[[], Any], done: Callable[[Any], Any] | None) -> tuple[float, ...]:
    runs = [blocked(start, done) for _ in range(REPEAT)]
    gaps, shown = [g for g, _ in runs], [s for _, s in runs]
    return statistics.median(gaps), max(gaps), statistics.median(shown)


def raw_time(fn: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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


def raw_dashboard(conn: sqlite3.Connection) -> None:
    conn.execute("SELECT status, count(*) FROM persons GROUP BY status").fetchall()
    conn.execute("SELECT legal_status, count(*) FROM persons GROUP BY legal_status").fetchall()
    conn.execute(
        "SELECT person_id, to_status, changed_at FROM status_changes ORDER BY changed_at, id"
    ).fetchall()


def settle(app: QApplication, view: Any) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while getattr(view, "loading", False) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    app = QApplication([])
    path = ensure_database(args.people)
    db = open_database(str(path), create=True)
    ctx = bench_login(db)
    conn = sqlite3.connect(path)
    print(f"evactrack from {Path(evactrack.__file__).parent}; {path.name}")

    board = MovementsBoard(ctx)
    points = RendezvousPointsView(ctx)
    dashboard = DashboardView(ctx)
    for view in (board, points, dashboard):
        settle(app, view)
    movement_ids = [m.id for m in board.movements.rows]
    point_ids = [p.id for p in points.points.rows]
    choice = {"movement": 0, "point": 0}

    def next_movement() -> MovementsBoard:
        choice["movement"] = (choice["movement"] + 1) % len(movement_ids)
        board.select_movement(movement_ids[choice["movement"]])
        return board

    def next_point() -> RendezvousPointsView:
        choice["point"] = (choice["point"] + 1) % len(point_ids)
        points.select_point(point_ids[choice["point"]])
        return points

    def refreshed(view: Any) -> Callable[[], Any]:
        def run() -> Any:
            view.refresh()
            return view

        return run

    def form(make: Callable[[], QWidget]) -> Callable[[], Any]:
        def run() -> Any:
            forms.append(make())
            return forms[-1]

        return run

    forms: list[QWidget] = []
    figures: list[tuple[str, Callable[[], Any], Callable[[Any], Any] | None, float | None]] = [
        ("movements board refresh", refreshed(board), loaded, raw_time(lambda: raw_board(conn))),
        ("another movement chosen", next_movement, loaded, None),
        (
            "rendezvous points refresh",
            refreshed(points),
            loaded,
            raw_time(lambda: raw_points(conn)),
        ),
        ("another point chosen", next_point, loaded, None),
        ("plan-movement form opens", form(lambda: MovementForm(ctx, board)), loaded, None),
        ("refusal form opens", form(lambda: RefusalForm(ctx, board)), loaded, None),
        (
            "dashboard refresh",
            refreshed(dashboard),
            lambda view: view.refreshed,
            raw_time(lambda: raw_dashboard(conn)),
        ),
    ]
    print(f"{'':30s} {'GUI thread blocked':>24s} {'until shown':>12s}")
    print(f"{'':30s} {'median':>11s} {'worst':>12s} {'median':>12s}")
    for name, start, done, raw in figures:
        gap, worst, shown = measure(start, done)
        baseline = f"   raw sqlite3 {raw * 1000:.0f} ms" if raw else ""
        print(
            f"{name:30s} {gap * 1000:8.0f} ms {worst * 1000:9.0f} ms {shown * 1000:9.0f} ms"
            f"{baseline}"
        )
        for made in forms:
            made.deleteLater()
        forms.clear()
    board.show_closed.setChecked(True)
    settle(app, board)
    gap, worst, shown = measure(refreshed(board), loaded)
    name = "board refresh, closed too"
    print(f"{name:30s} {gap * 1000:8.0f} ms {worst * 1000:9.0f} ms {shown * 1000:9.0f} ms")
    conn.close()
    db.close()
    app.quit()


if __name__ == "__main__":
    main()
