"""Benchmark: the same work on an encrypted (SQLCipher) and a plaintext database, side by side
in the same run, as ratios. Goal from the issue: each within 1.3x.

    .venv/bin/python tests/bench/bench_cipher.py [--people 100000] [--rows 100000] [--runs 3]

Measured, for each database (generated with ``evactrack demo``, once per size, under /tmp):
- start to first screen: the real start (``main.py``, the passphrase in the environment) until
  its log says the case list's first screen of persons is shown;
- search: the case list's search query (``caselist.matching_ids``), in process, the median
  over several names of each name's mean over 20 searches;
- the daily report: ``evactrack report daily`` as a whole process;
- an import of ``--rows`` contact-list rows: ``evactrack import`` as a whole process, into a
  fresh copy of the database.
Runs alternate between the two databases; the best of ``--runs`` is kept for each.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import account  # noqa: F401 - the commands started log in as its account
from bench_bundle import ROOT, one_start
from bench_import import make_csv

from evactrack.config import DEMO_DB_FILE

PASSPHRASE = "bench passphrase, 'quoted' دری"
CACHE = Path(tempfile.gettempdir()) / "evactrack-bench-cipher"
NAMES = ["rahimi", "karimi", "zahra ahmadi", "noori", "stanekzai", "mohammad"]


def env(encrypted: bool) -> dict[str, str]:
    values = {
        **os.environ,
        "EVACTRACK_DATA_DIR": str(CACHE / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    values.pop("EVACTRACK_PASSPHRASE", None)
    if encrypted:
        values["EVACTRACK_PASSPHRASE"] = PASSPHRASE
    return values


def evactrack(db: Path, encrypted: bool, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "evactrack", "--db", str(db), *args],
        env=env(encrypted), check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return time.perf_counter() - start


def database(people: int, encrypted: bool) -> Path:
    """The demo database of each kind; the plaintext one under the name the window opens
    without offering to encrypt it (the demo database's)."""
    kind = "encrypted" if encrypted else "plaintext"
    db = CACHE / f"{kind}-{people}" / ("cases.sqlite3" if encrypted else DEMO_DB_FILE)
    if not db.exists():
        db.parent.mkdir(exist_ok=True)
        partial = db.with_suffix(".part")
        partial.unlink(missing_ok=True)
        evactrack(partial, encrypted, "init", "--encrypt" if encrypted else "--no-encrypt")
        evactrack(partial, encrypted, "demo", "--people", str(people))
        partial.rename(db)
    return db


def first_screen(db: Path, encrypted: bool) -> float:
    """The real start (``main.py --db``), the passphrase in the environment as a kiosk gives
    it; the first start of each database took its daily backup (see main)."""
    command = [sys.executable, str(ROOT / "main.py")]
    return one_start(command, str(db), str(CACHE / "start"), env(encrypted))


SEARCH = """
import json, statistics, sys, time
from evactrack.services import caselist, users
from evactrack.services.context import open_database
import os
db = open_database(sys.argv[1], passphrase=os.environ.get("EVACTRACK_PASSPHRASE"))
ctx = users.first_admin_or_login(db, "bench", "bench password")
caselist.matching_ids(ctx, "warm up")
times = []
for name in json.loads(sys.argv[2]):
    start = time.perf_counter()
    for _ in range(20):
        caselist.matching_ids(ctx, name)
    times.append((time.perf_counter() - start) / 20)
print(statistics.median(times))
"""


def search(db: Path, encrypted: bool) -> float:
    done = subprocess.run(
        [sys.executable, "-c", SEARCH, str(db), json.dumps(NAMES)],
        env=env(encrypted), check=True, capture_output=True, text=True,
    )  # fmt: skip
    return float(done.stdout.split()[-1])


def daily_report(db: Path, encrypted: bool, work: Path) -> float:
    return evactrack(db, encrypted, "report", "daily", "-o", str(work / "daily.pdf"))


def an_import(db: Path, encrypted: bool, work: Path, listing: Path) -> float:
    copy = work / f"import-{encrypted}.sqlite3"
    shutil.copy(db, copy)
    try:
        return evactrack(copy, encrypted, "import", str(listing))
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    CACHE.mkdir(exist_ok=True)
    dbs = {flag: database(args.people, flag) for flag in (False, True)}
    for encrypted, db in dbs.items():  # the first start of each takes its daily backup
        first_screen(db, encrypted)
    best: dict[tuple[str, bool], float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        listing = work / "list.csv"
        make_csv(listing, args.rows, seed=11)
        measures = {
            "start to first screen": lambda db, e: first_screen(db, e),
            "search (median)": lambda db, e: search(db, e),
            "daily report": lambda db, e: daily_report(db, e, work),
            f"import of {args.rows} rows": lambda db, e: an_import(db, e, work, listing),
        }
        for _run in range(args.runs):
            for name, measure in measures.items():
                for encrypted in (False, True):
                    seconds = measure(dbs[encrypted], encrypted)
                    key = (name, encrypted)
                    best[key] = min(best.get(key, seconds), seconds)
    print(f"persons: {args.people}, runs: {args.runs} (best of each)")
    print(f"{'':28}{'plaintext':>12}{'encrypted':>12}{'ratio':>8}")
    worst = 0.0
    for name in measures:
        plain, secret = best[(name, False)], best[(name, True)]
        ratio = secret / plain
        worst = max(worst, ratio)
        print(f"{name:28}{plain * 1000:>9.1f} ms{secret * 1000:>9.1f} ms{ratio:>7.2f}x")
    print("goal: every ratio within 1.3x:", "met" if worst <= 1.3 else "NOT met")
    return 0 if worst <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())
