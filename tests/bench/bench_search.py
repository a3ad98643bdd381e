"""Search on PostgreSQL with and without the trigram index of migration 0011: the case list's
``matching_ids`` for typical queries, the median of ``--runs`` runs each, on demo persons.

    .venv/bin/python tests/bench/bench_search.py --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/bench
        [--people 100000] [--runs 20]

Give it a database of its own: it fills it with demo persons when it holds fewer than
``--people``, drops the index and builds it again (as the migration would).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select, text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from account import bench_login  # noqa: E402

from evactrack.db.engine import make_engine  # noqa: E402
from evactrack.db.migrate import TRIGRAM_INDEX, upgrade_to_head  # noqa: E402
from evactrack.db.models import IdentityDocument, Person  # noqa: E402
from evactrack.domain.names import alnum_key  # noqa: E402
from evactrack.services import caselist  # noqa: E402
from evactrack.services.context import Context, open_database  # noqa: E402

TYPICAL = ["ahmad", "karimi", "7012", "ahmad karimi", "ah"]


def fill(url: str, people: int) -> None:
    engine = make_engine(url)
    upgrade_to_head(engine)
    engine.dispose()
    db = open_database(url)
    ctx = bench_login(db)
    with db.reading() as session:
        held = int(session.scalar(select(func.count()).select_from(Person)) or 0)
    db.close()
    del ctx
    if held < people:
        evactrack = [sys.executable, "-m", "evactrack", "--db", url]
        subprocess.run([*evactrack, "demo", "--people", str(people - held)], check=True, cwd=ROOT)


def rare_document(ctx: Context) -> str:
    """A document number as a caseworker types it, found on one person only."""
    with ctx.db.reading() as session:
        for number in session.scalars(select(IdentityDocument.number).limit(50)):
            if len(caselist.matching_ids(ctx, number) or ()) == 1:
                return number
    raise SystemExit("no document number found on one person only")


def median_ms(ctx: Context, typed: str, runs: int) -> tuple[float, int]:
    found = caselist.matching_ids(ctx, typed) or set()  # warm: pages in the cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        caselist.matching_ids(ctx, typed)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, len(found)


def set_index(ctx: Context, present: bool) -> float:
    """Drop the index, or build it as the migration does; the seconds the build took."""
    start = time.perf_counter()
    with ctx.db.transaction() as session:
        session.execute(text(f"DROP INDEX IF EXISTS {TRIGRAM_INDEX}"))
        if present:
            schema = session.scalar(
                text(
                    "SELECT quote_ident(n.nspname) FROM pg_extension e JOIN pg_namespace n"
                    " ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
                )
            )
            session.execute(
                text(
                    f"CREATE INDEX {TRIGRAM_INDEX} ON persons"
                    f" USING gin (search_text {schema}.gin_trgm_ops)"
                )
            )
    with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("ANALYZE persons"))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg-url", required=True)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    os.environ.setdefault("EVACTRACK_DATA_DIR", str(ROOT / ".bench-data"))
    fill(args.pg_url, args.people)
    db = open_database(args.pg_url)
    ctx = bench_login(db)
    queries = [*TYPICAL, rare_document(ctx)]
    with db.reading() as session:
        people = session.scalar(select(func.count()).select_from(Person))
    print(f"{people:,} persons; matching_ids, median of {args.runs} runs (ms)")
    results: dict[bool, dict[str, tuple[float, int]]] = {}
    for present in (False, True):
        took = set_index(ctx, present)
        if present:
            print(f"index built in {took:.1f} s")
        results[present] = {q: median_ms(ctx, q, args.runs) for q in queries}
    print(f"{'query':<24} {'found':>7} {'without':>9} {'with':>9}")
    for q in queries:
        (without, found), (with_index, _) = results[False][q], results[True][q]
        label = q if q in TYPICAL else f"{alnum_key(q)} (document)"
        print(f"{label:<24} {found:>7,} {without:>9.1f} {with_index:>9.1f}")
    db.close()


if __name__ == "__main__":
    main()
