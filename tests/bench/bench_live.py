"""Team benchmark: how soon a colleague's change is seen, and what following costs.

On a demo database (SQLite, and PostgreSQL when ``--pg`` names a server: a schema of its
own, dropped afterwards), a colleague renames persons one after the other while the change
feed runs on a thread, as in the window:

- seen after: from the colleague's save returning to the feed reporting it (SQLite polls
  every ``POLL_S``, so half of it is expected on average; PostgreSQL is woken by NOTIFY);
- a save with the feed's session hook (noting own audit ids, sending NOTIFY), against the
  same save with the hook removed, in alternating blocks of the same run;
- one look with nothing new (``Feed.read``), and the SQLite ``PRAGMA data_version`` poll.

    .venv/bin/python tests/bench/bench_live.py [--people 20000] [--pg postgresql+psycopg://…]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from account import bench_user  # noqa: E402
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url

from evactrack import demo
from evactrack.services import changes, persons
from evactrack.services.changes import Feed
from evactrack.services.context import Context, open_database

SAVES = 30
BLOCK = 10


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"median {statistics.median(values) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms"


def _save(ctx: Context, person_id: int, n: int) -> None:
    detail = persons.get_person(ctx, person_id)
    data = replace(detail.data, family_name=f"Karimi {n}")
    persons.update_person(ctx, person_id, detail.version, data)


def _timed(fn: Callable[[], object], times: int) -> list[float]:
    spent = []
    for _ in range(times):
        start = time.perf_counter()
        fn()
        spent.append(time.perf_counter() - start)
    return spent


def measure(url: str, people: int) -> None:
    setup = open_database(url, create=True)
    started = time.perf_counter()
    demo.generate(bench_user(setup, "bench"), people, seed=7)
    print(f"  demo of {people} persons: {time.perf_counter() - started:.1f} s")
    setup.close()
    mine, theirs = open_database(url), open_database(url)
    try:
        me, colleague = bench_user(mine, "me"), bench_user(theirs, "colleague")
        ids = list(range(1, SAVES + 1))
        stop, seen = threading.Event(), threading.Event()
        arrived: list[float] = []

        def follow() -> None:
            for _event in changes.watch(mine, stop):
                arrived.append(time.perf_counter())
                seen.set()

        thread = threading.Thread(target=follow)
        thread.start()
        time.sleep(changes.POLL_S)
        delays = []
        for n, person in enumerate(ids):
            seen.clear()
            _save(colleague, person, n)
            saved = time.perf_counter()
            if not seen.wait(10):
                raise RuntimeError("the change was not seen within 10 s")
            delays.append(arrived[-1] - saved)
            time.sleep(0.05 + (n % 7) / 10)  # saves at no fixed phase of the poll
        stop.set()
        thread.join()
        print(f"  a colleague's save seen after: {_ms(delays)} ({SAVES} saves)")

        hooked: list[float] = []
        bare: list[float] = []
        sessions = colleague.db._sessions  # the bench looks inside on purpose
        for block in range(4):
            with_hook = block % 2 == 0
            if not with_hook:
                event.remove(sessions, "after_flush", changes._after_flush)
            spent = _timed(lambda: _save(colleague, ids[0], time.monotonic_ns()), BLOCK * 3)
            (hooked if with_hook else bare).extend(spent)
            if not with_hook:
                event.listen(sessions, "after_flush", changes._after_flush)
        print(f"  a save with the hook:    {_ms(hooked)}")
        print(f"  the same save without:   {_ms(bare)}")

        feed = Feed.from_now(me.db)
        print(f"  a look with nothing new: {_ms(_timed(feed.read, 200))}")
        if mine.is_sqlite:
            raw = mine.engine.raw_connection()
            cursor = raw.cursor()
            poll = _timed(lambda: cursor.execute("PRAGMA data_version").fetchone(), 1000)
            print(f"  PRAGMA data_version:     median {statistics.median(poll) * 1e6:.0f} µs")
            raw.close()
    finally:
        mine.close()
        theirs.close()


@contextmanager
def _schema(base: str) -> Iterator[str]:
    schema = "bench_" + uuid.uuid4().hex[:8]
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield (
            make_url(base)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=20_000)
    parser.add_argument("--pg", help="a PostgreSQL server URL (a schema is made and dropped)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print("SQLite")
        measure(f"sqlite:///{Path(folder) / 'live.sqlite3'}", args.people)
    if args.pg:
        print("PostgreSQL")
        with _schema(args.pg) as url:
            measure(url, args.people)


if __name__ == "__main__":
    main()
