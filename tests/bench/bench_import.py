"""Benchmark: import a 100,000-row contact list (normalisation and duplicate detection, the
whole ``evactrack import`` process) against the sqlite3 tool's ``.import`` of the same file.

Run: ``.venv/bin/python tests/bench/bench_import.py [ROWS]``. Goal: under 10x, never over 20x;
peak memory about the same for 10% of the rows as for all of them.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def evactrack_import(work: Path, csv_path: Path, name: str) -> tuple[float, int]:
    db = work / f"{name}.sqlite3"
    subprocess.run(
        [sys.executable, "-m", "evactrack", "--db", str(db), "init"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return timed([sys.executable, "-m", "evactrack", "--db", str(db), "import", str(csv_path)])


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
    ratio = elapsed / baseline
    print(f"rows: {rows}")
    print(f"sqlite3 .import: {baseline:.2f} s")
    print(f"evactrack import (whole process): {elapsed:.2f} s = {ratio:.1f}x sqlite3")
    print(f"peak memory: {small_rss / 1024:.0f} MiB for {rows // 10} rows, "
          f"{large_rss / 1024:.0f} MiB for {rows} rows")  # fmt: skip
    print("goal < 10x:", "met" if ratio < 10 else "NOT met", "| limit 20x:",
          "ok" if ratio <= 20 else "EXCEEDED")  # fmt: skip
    return 0 if ratio <= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
