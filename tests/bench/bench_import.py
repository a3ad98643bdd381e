"""Benchmark: import a 100,000-row contact list (normalisation and duplicate detection, the
whole ``evactrack import`` process) against the sqlite3 tool's ``.import`` of the same file.

Run: ``.venv/bin/python tests/bench/bench_import.py [ROWS]``. Goal: under 10x, never over 20x;
peak memory about the same for 10% of the rows as for all of them.

A second baseline shows what the database alone costs: the rows that the import wrote (persons
with their search index, phones, documents, status history and audit events) written again by
raw ``sqlite3`` ``executemany`` into an empty evactrack database, in one transaction, with no
normalisation and no duplicate detection.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import account  # noqa: F401 - the commands started log in as its account

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
    """Unique phones, e-mails and passports; realistic mixes of formats."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["First Name", "Last Name", "Mobile Phone", "E-mail Address", "Birthday", "Status",
             "Passport no."]
        )  # fmt: skip
        for i in range(rows):
            number = 70_000_0000 + i
            phone = rng.choice([f"0{number}", f"+93 {number}", f"0093{number}"])
            born = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(1950, 2015)}"
            writer.writerow(
                [f"{rng.choice(GIVEN)} {rng.choice(FATHER)}", rng.choice(FAMILY), phone,
                 f"person{i}@example.org",
                 born, rng.choice(STATUS), f"P{i:08d}"]
            )  # fmt: skip


def timed(command: list[str]) -> tuple[float, int]:
    """Wall time and peak resident memory (KiB) of one child process, measured for it alone
    (``wait4``): RUSAGE_CHILDREN would be the largest of all the children so far. The peak
    covers the processes it waited for (the import's normalising worker) too."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, command)
    return elapsed, usage.ru_maxrss


def init(db: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "evactrack", "--db", str(db), "init"],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def evactrack_import(work: Path, csv_path: Path, name: str) -> tuple[float, int]:
    db = work / f"{name}.sqlite3"
    init(db)
    return timed([sys.executable, "-m", "evactrack", "--db", str(db), "import", str(csv_path)])


WRITTEN = ("persons", "phone_numbers", "identity_documents", "status_changes", "audit_events")


def database_floor(work: Path, imported: Path) -> float:
    """Seconds for raw sqlite3 to write the rows of ``imported`` into an empty database."""
    empty = work / "floor.sqlite3"
    init(empty)
    target = sqlite3.connect(empty, isolation_level=None)
    first = {t: target.execute(f"SELECT COALESCE(MAX(id), 0) FROM {t}").fetchone()[0]
             for t in WRITTEN}  # fmt: skip
    with sqlite3.connect(imported) as source:
        rows = {t: source.execute(f"SELECT * FROM {t} WHERE id > ?", (first[t],)).fetchall()
                for t in WRITTEN}  # fmt: skip
    target.execute("PRAGMA journal_mode = WAL")
    target.execute("PRAGMA synchronous = FULL")
    start = time.perf_counter()
    target.execute("BEGIN")
    target.execute("DROP TRIGGER persons_search_ai")  # as the import does: one fill, below
    for table, values in rows.items():
        marks = ", ".join("?" * len(values[0]))
        target.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    target.execute(
        "INSERT INTO person_search (rowid, search_text) SELECT id, search_text FROM persons"
    )
    target.execute("COMMIT")
    elapsed = time.perf_counter() - start
    target.close()
    return elapsed


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
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
        _, small_rss = evactrack_import(work, small, "small")
        elapsed, large_rss = evactrack_import(work, large, "large")
        floor = database_floor(work, work / "large.sqlite3")
    ratio = elapsed / baseline
    print(f"rows: {rows}")
    print(f"sqlite3 .import: {baseline:.2f} s")
    print(f"evactrack import (whole process): {elapsed:.2f} s = {ratio:.1f}x sqlite3")
    print(f"the same rows written by raw sqlite3 into the evactrack schema: "
          f"{floor:.2f} s = {floor / baseline:.1f}x sqlite3 .import")  # fmt: skip
    print(f"peak memory: {small_rss / 1024:.0f} MiB for {rows // 10} rows, "
          f"{large_rss / 1024:.0f} MiB for {rows} rows")  # fmt: skip
    print("goal < 10x:", "met" if ratio < 10 else "NOT met", "| limit 20x:",
          "ok" if ratio <= 20 else "EXCEEDED")  # fmt: skip
    return 0 if ratio <= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
