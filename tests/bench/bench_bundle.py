"""Start of the window from the bundle against from the source (a plain script).

    .venv/bin/python tests/bench/bench_bundle.py --db CASES.sqlite3 [--runs 5]

The bundle is dist/evactrack/evactrack (packaging/build.sh); the source is
``.venv/bin/python main.py``. Each run starts the program offscreen on the database (its
passphrase in EVACTRACK_PASSPHRASE), waits for the log's "first screen shown" (the database
opened and upgraded, the main window built and shown, the case list's first screen of persons
on it) and ends it with SIGTERM. Prints the median process start to first screen of each, and
their ratio.
Runs alternate between the two, so that a busy machine weighs on both alike.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOWN = "first screen shown"


def shown_at(log: Path, started: float) -> float:
    """The time of the first "first screen shown" record after ``started``, in seconds since the
    epoch (the log keeps the earlier runs' records too)."""
    while time.time() < started + 120:
        for line in (log.read_text() if log.exists() else "").splitlines():
            if line.endswith(SHOWN):
                stamp = " ".join(line.split()[:2])  # 2026-12-04 18:54:06,182
                at = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()
                if at >= started - 0.001:
                    return at
        time.sleep(0.02)
    raise TimeoutError("the first screen was not shown")


def one_start(
    command: list[str], db: str, work: str, environ: Mapping[str, str] = os.environ
) -> float:
    """One start in ``work``'s data folder, shared by the runs: the daily backup is taken
    by the first start only, as on a caseworker's laptop."""
    env = {
        **environ,
        "QT_QPA_PLATFORM": "offscreen",
        "EVACTRACK_DATA_DIR": f"{work}/data",
        "XDG_CONFIG_HOME": f"{work}/config",
        "EVACTRACK_NO_KEYRING": "1",
    }
    started = time.time()
    process = subprocess.Popen(
        [*command, "--db", db], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        return shown_at(Path(work, "data", "logs", "evactrack.log"), started) - started
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(30)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.environ.get("EVACTRACK_PASSPHRASE"):
        print("set EVACTRACK_PASSPHRASE to the database's passphrase", file=sys.stderr)
        return 2
    commands = {
        "source": [str(ROOT / ".venv/bin/python"), str(ROOT / "main.py")],
        "bundle": [str(ROOT / "dist/evactrack/evactrack")],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as work:
        for command in commands.values():  # the first starts back up and warm the caches
            one_start(command, args.db, work)
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(one_start(command, args.db, work))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"{name}: median {medians[name]:.2f} s ({', '.join(f'{v:.2f}' for v in values)})")
    print(f"bundle / source: {medians['bundle'] / medians['source']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
