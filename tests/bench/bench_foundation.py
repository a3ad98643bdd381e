"""Foundation benchmark: demo data, stats and name search on 100,000 persons.

Each figure is a ratio to the same work done with the raw ``sqlite3`` module in the same
run, since the machines are shared and noisy. Run:

    .venv/bin/python tests/bench/bench_foundation.py [--people 100000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from account import bench_login

from evactrack.domain.names import fold
from evactrack.services import search, stats
from evactrack.services.context import open_database

QUERIES = [
    "rahimi",
    "zarghona",
    "ahmad karimi",
    "احمد",
    "رحیمی",
    "0701",
    "+93 77",
    "malalai s",
    "popal",
    "نرگس",
    "example.org",
    "siv-1",
]
FTS_QUERY = (
    "SELECT p.id, p.given_name, p.family_name, p.native_name FROM persons p WHERE p.id IN "
    "(SELECT rowid FROM person_search WHERE person_search MATCH ?) ORDER BY p.id LIMIT 100"
)
TABLES = [
    "users",
    "rendezvous_points",
    "households",
    "persons",
    "phone_numbers",
    "identity_documents",
    "movements",
    "manifest_entries",
    "refusals",
    "contact_attempts",
    "status_changes",
    "audit_events",
]


def timed(fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_demo(folder: Path, people: int) -> Path:
    path = folder / "demo.sqlite3"
    evactrack = Path(sys.executable).parent / "evactrack"
    subprocess.run([str(evactrack), "--db", str(path), "init"], check=True, capture_output=True)
    demo_s = timed(
        lambda: subprocess.run(
            [str(evactrack), "--db", str(path), "demo", "--people", str(people), "--seed", "1"],
            check=True,
            capture_output=True,
        )
    )
    # Baseline: the same rows inserted with raw executemany into an identical empty schema.
    empty = folder / "raw.sqlite3"
    subprocess.run([str(evactrack), "--db", str(empty), "init"], check=True, capture_output=True)
    source = sqlite3.connect(path)
    data = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    source.close()
    rows = sum(len(v) for v in data.values())
    target = sqlite3.connect(empty, isolation_level=None)
    target.execute("PRAGMA foreign_keys = OFF")
    target.execute("PRAGMA synchronous = FULL")
    target.execute("DELETE FROM users")

    def raw_insert() -> None:
        target.execute("BEGIN")
        for table, values in data.items():
            if values:
                marks = ", ".join("?" * len(values[0]))
                target.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
        target.execute("COMMIT")

    raw_s = timed(raw_insert)
    target.close()
    print(
        f"demo --people {people}: {demo_s:.2f} s (whole process, goal < 30 s); raw sqlite3 "
        f"insert of the same {rows:,} rows: {raw_s:.2f} s; ratio {demo_s / raw_s:.1f}x"
    )
    return path


def bench_stats(path: Path) -> None:
    evactrack = Path(sys.executable).parent / "evactrack"
    startup = min(
        timed(
            lambda: subprocess.run([str(evactrack), "--version"], check=True, capture_output=True)
        )
        for _ in range(3)
    )
    whole = min(
        timed(
            lambda: subprocess.run(
                [str(evactrack), "--db", str(path), "stats", "--json"],
                check=True,
                capture_output=True,
            )
        )
        for _ in range(3)
    )
    db = open_database(f"sqlite:///{path}", create=True)
    ctx = bench_login(db)
    service = min(timed(lambda: stats.overview(ctx)) for _ in range(5))
    raw = sqlite3.connect(path)
    raw_s = min(
        timed(
            lambda: (
                raw.execute("SELECT status, count(*) FROM persons GROUP BY status").fetchall(),
                raw.execute(
                    "SELECT legal_status, count(*) FROM persons GROUP BY legal_status"
                ).fetchall(),
            )
        )
        for _ in range(5)
    )
    print(
        f"stats: whole process {whole:.3f} s, of which process start {startup:.3f} s, so "
        f"{whole - startup:.3f} s beyond start (goal < 0.3 s); overview() in process "
        f"{service * 1000:.1f} ms vs raw GROUP BY counts {raw_s * 1000:.1f} ms "
        f"(ratio {service / raw_s:.1f}x; the overview computes 10 figures, raw 2)"
    )
    db.close()


def bench_search(path: Path) -> None:
    db = open_database(f"sqlite:///{path}", create=True)
    ctx = bench_login(db)
    raw = sqlite3.connect(path)
    service_ms, fts_ms, like_ms = [], [], []
    for _ in range(5):
        for query in QUERIES:
            service_ms.append(timed(lambda q=query: search.search(ctx, q, limit=100)) * 1000)
            tokens = search.search_tokens(query)
            match = " ".join(f'"{t}"' for t in tokens if len(t) >= 3)
            if match:
                fts_ms.append(
                    timed(
                        lambda m=match: raw.execute(
                            FTS_QUERY,
                            (m,),
                        ).fetchall()
                    )
                    * 1000
                )
            folded = fold(query)
            like_ms.append(
                timed(
                    lambda q=folded: raw.execute(
                        "SELECT id FROM persons WHERE search_text LIKE ? LIMIT 100", (f"%{q}%",)
                    ).fetchall()
                )
                * 1000
            )
    med = statistics.median
    p95 = statistics.quantiles(service_ms, n=20, method="inclusive")[-1]
    print(
        f"search (first 100 hits, {len(QUERIES)} queries x5, Latin/Arabic/phone): service "
        f"median {med(service_ms):.2f} ms, p95 {p95:.2f} ms (goal < 10 ms); raw FTS5 "
        f"{med(fts_ms):.2f} ms (ratio {med(service_ms) / med(fts_ms):.1f}x); raw LIKE scan "
        f"{med(like_ms):.2f} ms"
    )
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["EVACTRACK_DATA_DIR"] = folder
        path = bench_demo(Path(folder), args.people)
        bench_stats(path)
        bench_search(path)


if __name__ == "__main__":
    main()
