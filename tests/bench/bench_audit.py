"""Benchmark: the audit chain's cost.

1. ``audit verify`` of a database with PERSONS demo persons and their history (seconds).
2. An import of ROWS rows with the chain, against the same import with chaining switched off
   here (``audit.chain_bulk`` replaced by a no-op for this process only: no user-visible
   option), in the same run, alternating, best of three each. Goal: within 10%.

Run: ``.venv/bin/python tests/bench/bench_audit.py [PERSONS] [ROWS]`` (default 100000 each;
PERSONS 0 measures the import only).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import MutableMapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from account import bench_user  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from evactrack import demo  # noqa: E402
from evactrack.services import audit, imports  # noqa: E402
from evactrack.services.context import open_database  # noqa: E402
from tests.bench.bench_import import make_csv  # noqa: E402


def unchained(_session: Session, _events: Sequence[MutableMapping[str, Any]]) -> None:
    """The bench's baseline: bulk events written without their chain hashes."""


def import_seconds(work: Path, csv_path: Path, name: str, chained: bool) -> float:
    db = open_database(str(work / f"{name}.sqlite3"), create=True)
    ctx = bench_user(db, "bench")
    original = imports.audit.chain_bulk
    imports.audit.chain_bulk = original if chained else unchained  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        imports.run_import(ctx, csv_path, imports.ImportOptions())
        return time.perf_counter() - start
    finally:
        imports.audit.chain_bulk = original  # type: ignore[assignment]
        db.close()


def main() -> int:
    persons = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    os.environ.setdefault("EVACTRACK_PASSPHRASE", "bench passphrase")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        os.environ["EVACTRACK_DATA_DIR"] = str(work / "data")
        if persons:
            db = open_database(str(work / "demo.sqlite3"), create=True)
            ctx = bench_user(db, "bench")
            start = time.perf_counter()
            demo.generate(ctx, persons)
            made = time.perf_counter() - start
            start = time.perf_counter()
            check = audit.verify(ctx)
            verified = time.perf_counter() - start
            db.close()
            state = "intact" if check.intact else check.problem
            print(
                f"demo of {persons} persons: {made:.1f} s; audit verify: "
                f"{check.checked} events in {verified:.1f} s ({state})"
            )

        csv_path = work / "list.csv"
        make_csv(csv_path, rows)
        timings: dict[bool, list[float]] = {True: [], False: []}
        for round_ in range(3):
            for chained in (False, True):
                name = f"import-{round_}-{'chained' if chained else 'unchained'}"
                timings[chained].append(import_seconds(work, csv_path, name, chained))
        with_chain, without = min(timings[True]), min(timings[False])
        print(f"import of {rows} rows: {with_chain:.1f} s chained, {without:.1f} s unchained "
              f"(+{(with_chain / without - 1) * 100:.1f}%; goal: within 10%)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
