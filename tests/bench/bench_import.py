"""Benchmark: import a 100,000-row contact list (normalisation and duplicate detection, the
whole ``evactrack import`` process) against its floor: the cost of writing its final rows.

Run: ``.venv/bin/python tests/bench/bench_import.py [ROWS] [--runs N] [--encrypted]``. Goal:
the whole process within 3x its floor, each the best of N runs (3; an import then its floor,
run after run, as a shared machine's load changes by the second); peak memory flat in the
number of rows (10% of the rows against all of them).

The floor: every table of the imported database copied by SQLite itself into an empty database
with the same schema (tables and indexes, no triggers), the search index filled by one
``INSERT ... SELECT``, in one transaction, with the application's own settings. The sqlite3
tool's ``.import`` of the CSV into one untyped table is shown too, as it was the first yardstick.
The databases are plaintext (the floor's copy reads them with sqlite3); ``--encrypted`` also
times, in each run, the import into an encrypted database: the best of them as a ratio to the
best plaintext one.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import account  # noqa: F401 - the commands started log in as its account

from evactrack.db.engine import BULK_CACHE_KIB

GIVEN = [
    "Ahmad",
    "Mohammad",
    "Zahra",
    "Fatima",
    "Ali",
    "Hamid",
    "Nadia",
    "Sharifa",
    "Karim",
    "Laila",
    "Wahid",
    "Samira",
    "Yusuf",
    "Mariam",
    "Rahim",
    "Parwana",
    "Nasir",
    "Shabnam",
]
FATHER = ["Gul", "Jan", "Shah", "Khan", "Ullah", "Zai", "Mir", "Agha", "Dost", "Noor", "Sher"]
FAMILY = [
    "Rahimi",
    "Karimi",
    "Ahmadi",
    "Noori",
    "Sultani",
    "Hakimi",
    "Popal",
    "Stanekzai",
    "Safi",
    "Haidari",
    "Jalali",
    "Amiri",
    "Wardak",
    "Ghani",
    "Azizi",
    "Mohammadi",
]
STATUS = ["US Citizen", "Green card", "SIV applicant", "Dependent", "Citoyen américain", ""]


def make_csv(path: Path, rows: int, seed: int = 7) -> None:
    """Realistic mixes of formats of phones and dates; about 3% of the rows are a person of an
    earlier row again (the same passport, the phone written another way)."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["First Name", "Last Name", "Mobile Phone", "E-mail Address", "Birthday", "Status",
             "Passport no."]
        )  # fmt: skip
        for row in range(rows):
            i = rng.randrange(row) if row and rng.random() < 0.03 else row
            number = 70_000_0000 + i
            phone = rng.choice([f"0{number}", f"+93 {number}", f"0093{number}"])
            born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2015)}"
            writer.writerow(
                [f"{rng.choice(GIVEN)} {rng.choice(FATHER)}", rng.choice(FAMILY), phone,
                 f"person{i}@example.org",
                 born, rng.choice(STATUS), f"P{i:08d}"]
            )  # fmt: skip


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    return timed_cpu(command, env)[:2]


def timed_cpu(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int, float]:
    """Wall time and peak resident memory (KiB) of one child process, measured for it alone
    (``wait4``): RUSAGE_CHILDREN would be the largest of all the children so far. The peak
    covers the processes it waited for (the import's normalising worker) too."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, command)
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


PASSPHRASE = "bench passphrase"


def environment(encrypted: bool) -> dict[str, str]:
    values = dict(os.environ)
    values.pop("EVACTRACK_PASSPHRASE", None)
    if encrypted:
        values["EVACTRACK_PASSPHRASE"] = PASSPHRASE
    return values


def evactrack_import(
    work: Path, csv_path: Path, name: str, encrypted: bool = False
) -> tuple[float, int, float]:
    """Wall time, peak memory (KiB) and CPU time of the whole import process (its worker
    included)."""
    db = work / f"{name}.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "evactrack", "--db", str(db), "init",
         "--encrypt" if encrypted else "--no-encrypt"],
        check=True, stdout=subprocess.DEVNULL, env=environment(encrypted),
    )  # fmt: skip
    return timed_cpu(
        [sys.executable, "-m", "evactrack", "--db", str(db), "import", str(csv_path)],
        environment(encrypted),
    )


def floor_copy(work: Path, imported: Path, name: str = "floor") -> tuple[float, float]:
    """Seconds for SQLite to copy every table of ``imported`` into an empty database with the
    same tables and indexes (no triggers), and fill the search index, in one transaction."""
    with sqlite3.connect(imported) as source:
        schema = source.execute(
            "SELECT type, name, sql FROM sqlite_master "
            "WHERE type IN ('table', 'index') AND sql IS NOT NULL ORDER BY rowid"
        ).fetchall()
    virtual = [name for _t, name, sql in schema if sql.upper().startswith("CREATE VIRTUAL")]
    shadow = tuple(f"{name}_" for name in virtual)
    target = sqlite3.connect(work / f"{name}.sqlite3", isolation_level=None)
    for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL",
                   "temp_store = MEMORY", "secure_delete = ON",
                   f"cache_size = -{BULK_CACHE_KIB}"):  # fmt: skip
        target.execute(f"PRAGMA {pragma}")
    tables = []
    for kind, name, sql in schema:
        if not name.startswith(shadow):
            target.execute(sql)
            if kind == "table" and name not in virtual and name != "sqlite_sequence":
                tables.append(name)
    target.execute("ATTACH DATABASE ? AS imported", (str(imported),))
    start, cpu = time.perf_counter(), time.process_time()
    target.execute("BEGIN")
    for name in tables:
        target.execute(f"INSERT INTO main.{name} SELECT * FROM imported.{name}")
    for name in virtual:
        target.execute(
            f"INSERT INTO {name} (rowid, search_text) SELECT id, search_text FROM persons"
        )
    target.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    target.close()
    return elapsed, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rows", type=int, nargs="?", default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--encrypted", action="store_true")
    arguments = parser.parse_args()
    rows, runs, encrypted = arguments.rows, arguments.runs, arguments.encrypted
    sqlite3_tool = shutil.which("sqlite3")
    if sqlite3_tool is None:
        print("sqlite3 command-line tool missing: apt-get install -y sqlite3", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        small, large = work / "small.csv", work / "large.csv"
        make_csv(small, rows // 10)
        make_csv(large, rows)
        baseline, _ = timed([sqlite3_tool, str(work / "raw.sqlite3"), f".import --csv {large} t"])
        _, small_rss, _ = evactrack_import(work, small, "small")
        # Each run: a whole import into a new database, then its floor, one after the other
        # (a shared machine's load changes by the second). The best of each is its cost.
        measured, ciphered_runs = [], []
        for run in range(runs):
            elapsed, large_rss, cpu = evactrack_import(work, large, f"large{run}")
            floor, floor_cpu = floor_copy(work, work / f"large{run}.sqlite3", f"floor{run}")
            measured.append((elapsed, cpu, floor, floor_cpu))
            print(f"run {run + 1}: import {elapsed:.2f} s (CPU {cpu:.2f} s), floor {floor:.2f} s "
                  f"(CPU {floor_cpu:.2f} s): {elapsed / floor:.1f}x")  # fmt: skip
            if encrypted:  # in the same runs, so that the host's load weighs on both alike
                ciphered_runs.append(
                    evactrack_import(work, large, f"encrypted{run}", encrypted=True)[0]
                )
                print(f"  encrypted: {ciphered_runs[-1]:.2f} s")
        ciphered = min(ciphered_runs) if ciphered_runs else None
    elapsed, cpu, floor, floor_cpu = (min(m[i] for m in measured) for i in range(4))
    ratio = elapsed / floor
    print(f"rows: {rows}; best of {runs} runs")
    print(f"floor (SQLite copies the imported rows into an empty schema): {floor:.2f} s, "
          f"CPU {floor_cpu:.2f} s")  # fmt: skip
    print(f"evactrack import (whole process, plaintext): {elapsed:.2f} s = {ratio:.1f}x its floor")
    print(f"  CPU time (both processes): {cpu:.2f} s = {cpu / floor_cpu:.1f}x the floor's")
    print(f"  median of the runs' own ratios: "
          f"{statistics.median(m[0] / m[2] for m in measured):.1f}x")  # fmt: skip
    print(
        f"sqlite3 .import of the CSV: {baseline:.2f} s; the import = {elapsed / baseline:.1f}x it"
    )
    if ciphered is not None:
        print(f"evactrack import (whole process, encrypted): {ciphered:.2f} s = "
              f"{ciphered / elapsed:.2f}x plaintext")  # fmt: skip
    print(f"peak memory: {small_rss / 1024:.0f} MiB for {rows // 10} rows, "
          f"{large_rss / 1024:.0f} MiB for {rows} rows")  # fmt: skip
    print("goal <= 3x the floor:", "met" if ratio <= 3 else "NOT met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
