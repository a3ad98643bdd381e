"""Load test: eight caseworkers, each in a process of their own, on one database at once.

Each does a caseworker's mix for ``--seconds``: search, open a case, edit it, change its
status, log a contact attempt, assign a verified person to a movement; two of them also
import overlapping lists at the same moment. Each caseworker works on their own cases
(person id modulo the number of caseworkers), as a team splits its list, so a conflict or a
refusal is the database's doing, not the mix's. Reported: throughput, p50/p95/p99 latency
per kind of action (the write itself: a save reads the version the caseworker opened, not
timed), errors by kind. Then checked: no lost update (every acknowledged edit, status and
contact is in the database), audit events equal to the acknowledged writes, no movement over
its capacity, no person waiting on two movements, no phone number on two persons.

    .venv/bin/python tests/bench/bench_team.py [--seconds 60] [--engine sqlite|postgresql]
        [--pg-url postgresql+psycopg://postgres@127.0.0.1:5432/test] [--people 3000] [--workers 8]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from account import bench_login, bench_user  # noqa: E402

from evactrack import demo  # noqa: E402
from evactrack.db.models import (  # noqa: E402
    AuditEvent,
    ContactAttempt,
    ManifestEntry,
    Movement,
    Person,
    PhoneNumber,
    User,
)
from evactrack.domain.enums import (  # noqa: E402
    AuditAction,
    CaseStatus,
    ContactChannel,
    ContactOutcome,
)
from evactrack.domain.errors import (  # noqa: E402
    CapacityError,
    ConflictError,
    DatabaseBusyError,
    EvactrackError,
)
from evactrack.domain.timezones import utcnow  # noqa: E402
from evactrack.services import (  # noqa: E402
    audit,
    case_status,
    contacts,
    imports,
    movements,
    persons,
    rendezvous,
    search,
)
from evactrack.services.context import Context, open_database  # noqa: E402

WORKERS = 8
MOVEMENTS, CAPACITY = 12, 20
IMPORT_ROWS, IMPORT_OVERLAP = 2000, 1000
# The mix: how often each action comes up (a caseworker reads more than they write).
MIX = {
    "search": 25,
    "open case": 25,
    "edit": 15,
    "status change": 12,
    "log contact": 15,
    "assign": 8,
}
WRITES = ("edit", "status change", "log contact", "assign")
NEXT_STATUS = {CaseStatus.NEW: CaseStatus.CONTACTED, CaseStatus.CONTACTED: CaseStatus.VERIFIED}
SEARCHES = ("Ahmad", "Rahimi", "Zahra", "Karimi", "Hussain", "Fatima", "070", "Mohammad")


@dataclass
class Outcome:
    """What one caseworker did: latencies, errors, and every write the database acknowledged."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)
    acknowledged: Counter[str] = field(default_factory=Counter)
    notes: dict[int, str] = field(default_factory=dict)
    statuses: dict[int, str] = field(default_factory=dict)
    contacts: int = 0
    imported: bool = False


def caseworker(
    url: str,
    number: int,
    workers: int,
    seconds: float,
    lists: list[str],
    ready: Any,
    results: Any,
) -> None:
    """One caseworker's process: set up, wait for the others (``ready``), work, report."""
    db = open_database(url)
    ctx = bench_user(db, f"caseworker{number}")
    rng = random.Random(number)
    done = Outcome()
    with db.reading() as session:
        mine = {
            pid: status
            for pid, status in session.execute(
                select(Person.id, Person.status).where(Person.id % workers == number)
            ).tuples()
        }
        open_movements = list(session.scalars(select(Movement.id).where(Movement.name == "bench")))
    kinds, weights = list(MIX), list(MIX.values())
    ready.wait()
    start_at = time.time()
    end = start_at + seconds
    import_at = start_at + seconds / 3 if number < len(lists) else None
    sequence = 0
    while time.time() < end:
        if import_at is not None and time.time() >= import_at:
            import_at = None
            kind = "import"
        else:
            kind = rng.choices(kinds, weights)[0]
        sequence += 1
        try:
            took = act(ctx, kind, rng, mine, open_movements, done, number, sequence, lists)
        except ConflictError:
            done.errors[f"{kind}: conflict"] += 1
            continue
        except DatabaseBusyError:
            done.errors[f"{kind}: busy (clearly reported wait)"] += 1
            continue
        except CapacityError:
            done.errors[f"{kind}: movement full (refused, expected)"] += 1
            continue
        except EvactrackError as exc:
            said = re.sub(r"\d+", "#", str(exc))[:70]
            done.errors[f"{kind}: {type(exc).__name__} ({said})"] += 1
            continue
        except Exception as exc:  # noqa: BLE001 - counted and reported, never hidden
            done.errors[f"{kind}: UNEXPECTED {type(exc).__name__}: {str(exc)[:80]}"] += 1
            continue
        if took is not None:
            done.latencies[kind].append(took)
    db.close()
    results.put(done)


def act(
    ctx: Context,
    kind: str,
    rng: random.Random,
    mine: dict[int, CaseStatus],
    open_movements: list[int],
    done: Outcome,
    number: int,
    sequence: int,
    lists: list[str],
) -> float | None:
    """One action; answers its latency (``None``: nothing to do right now)."""
    person_id = rng.choice(list(mine))
    if kind == "search":
        began = time.perf_counter()
        search.search(ctx, rng.choice(SEARCHES), limit=50)
        return time.perf_counter() - began
    if kind == "open case":
        began = time.perf_counter()
        persons.get_person(ctx, person_id)
        case_status.status_history(ctx, person_id)
        contacts.list_attempts(ctx, person_id)
        return time.perf_counter() - began
    if kind == "edit":
        seen = persons.get_person(ctx, person_id)
        note = f"caseworker {number} edit {sequence}"
        began = time.perf_counter()
        persons.update_person(ctx, person_id, seen.version, replace(seen.data, notes=note))
        took = time.perf_counter() - began
        done.notes[person_id] = note
        done.acknowledged[kind] += 1
        return took
    if kind == "status change":
        movable = [pid for pid, status in mine.items() if status in NEXT_STATUS]
        if not movable:
            return None
        person_id = rng.choice(movable)
        seen = persons.get_person(ctx, person_id)
        target = NEXT_STATUS[mine[person_id]]
        began = time.perf_counter()
        case_status.change_status(ctx, person_id, target, expected_version=seen.version)
        took = time.perf_counter() - began
        mine[person_id] = target
        done.statuses[person_id] = target.value
        done.acknowledged[kind] += 1
        return took
    if kind == "log contact":
        began = time.perf_counter()
        contacts.log_attempt(ctx, person_id, ContactChannel.PHONE, ContactOutcome.NO_ANSWER)
        took = time.perf_counter() - began
        done.contacts += 1
        done.acknowledged[kind] += 1
        return took
    if kind == "assign":
        ready = [pid for pid, status in mine.items() if status is CaseStatus.VERIFIED]
        if not ready or not open_movements:
            return None
        person_id = rng.choice(ready)
        began = time.perf_counter()
        movements.assign(ctx, rng.choice(open_movements), [person_id], split_households=True)
        took = time.perf_counter() - began
        mine[person_id] = CaseStatus.ASSIGNED
        done.statuses[person_id] = CaseStatus.ASSIGNED.value
        done.acknowledged[kind] += 1
        return took
    if kind == "import":
        importer = bench_user(ctx.db, "importer")
        began = time.perf_counter()
        imports.run_import(importer, Path(lists[number]))
        done.imported = True
        return time.perf_counter() - began
    raise ValueError(kind)


# ---------------------------------------------------------------- set-up and checks


def fresh_database(engine_name: str, pg_url: str, folder: Path) -> tuple[str, str | None]:
    """A new database (and, on PostgreSQL, the schema to drop afterwards)."""
    if engine_name == "sqlite":
        return f"sqlite:///{folder / 'team.sqlite3'}", None
    schema = "bench_" + uuid.uuid4().hex[:10]
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    url = make_url(pg_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


def seed(url: str, people: int, folder: Path) -> tuple[list[str], dict[str, int]]:
    """Demo persons, the caseworkers' accounts, the movements, the lists to import; and how
    many audit events each kind of write records (measured, not assumed)."""
    db = open_database(url, create=True)
    admin = bench_user(db, "bench")
    demo.generate(admin, people, seed=11)
    for number in range(WORKERS):
        bench_user(db, f"caseworker{number}")
    bench_user(db, "importer")
    point = rendezvous.create_point(admin, rendezvous.PointInput("Bench gate", capacity=None)).id
    start = utcnow() - timedelta(hours=1)
    for _ in range(MOVEMENTS):
        movements.create_movement(
            admin,
            movements.MovementInput(point, start, start + timedelta(hours=3), CAPACITY, "bench"),
        )
    per_write = calibrate(admin)
    db.close()
    from tests.services.test_team import contact_list

    lists = [
        str(contact_list(folder / "a.csv", range(0, IMPORT_ROWS))),
        str(contact_list(folder / "b.csv", range(IMPORT_OVERLAP, IMPORT_OVERLAP + IMPORT_ROWS))),
    ]
    return lists, per_write


def calibrate(ctx: Context) -> dict[str, int]:
    """Audit events recorded by one write of each kind, on a person made for it."""
    from tests.factories import make_movement, make_person, make_point

    def events() -> int:
        with ctx.db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)

    person = make_person(ctx, "Calibration", "Only")
    measured = {}
    before = events()
    persons.update_person(ctx, person.id, person.version, replace(person.data, notes="x"))
    measured["edit"], before = events() - before, events()
    case_status.change_status(ctx, person.id, CaseStatus.CONTACTED)
    measured["status change"], before = events() - before, events()
    contacts.log_attempt(ctx, person.id, ContactChannel.PHONE, ContactOutcome.NO_ANSWER)
    measured["log contact"], before = events() - before, events()
    case_status.change_status(ctx, person.id, CaseStatus.VERIFIED)
    before = events()
    movement = make_movement(ctx, make_point(ctx, "Calibration gate"), capacity=1)
    before = events()
    movements.assign(ctx, movement, [person.id], split_households=True)
    measured["assign"] = events() - before
    return measured


def check(url: str, outcomes: list[Outcome], per_write: dict[str, int], audit_before: int) -> None:
    db = open_database(url)
    problems = []
    with db.reading() as session:
        notes = dict(session.execute(select(Person.id, Person.notes)).tuples().all())
        statuses = dict(session.execute(select(Person.id, Person.status)).tuples().all())
        lost = sum(
            1 for o in outcomes for pid, note in o.notes.items() if notes.get(pid) != note
        ) + sum(
            1
            for o in outcomes
            for pid, status in o.statuses.items()
            if statuses[pid].value != status
        )
        written = sum(per_write[k] * n for o in outcomes for k, n in o.acknowledged.items())
        audited = session.scalar(
            select(func.count()).where(
                AuditEvent.id > audit_before,
                AuditEvent.username.like("caseworker%"),
                AuditEvent.action != AuditAction.LOGIN,  # each caseworker's start, not a write
            )
        )
        contacts_logged = session.scalar(
            select(func.count())
            .select_from(ContactAttempt)
            .join(User, User.id == ContactAttempt.user_id)
            .where(User.username.like("caseworker%"))
        )
        over = session.execute(
            select(Movement.id, func.count(ManifestEntry.id), Movement.capacity)
            .join(ManifestEntry, ManifestEntry.movement_id == Movement.id)
            .group_by(Movement.id, Movement.capacity)
            .having(func.count(ManifestEntry.id) > Movement.capacity)
        ).all()
        twice_waiting = session.execute(
            select(ManifestEntry.person_id)
            .where(ManifestEntry.waiting.is_(True))
            .group_by(ManifestEntry.person_id)
            .having(func.count() > 1)
        ).all()
        twice_phone = session.execute(
            select(PhoneNumber.number)
            .where(PhoneNumber.number.like("+93701%"))
            .group_by(PhoneNumber.number)
            .having(func.count(func.distinct(PhoneNumber.person_id)) > 1)
        ).all()
        imported_numbers = session.scalar(
            select(func.count(func.distinct(PhoneNumber.number))).where(
                PhoneNumber.number.like("+93701%")
            )
        )
    chain = audit.verify(bench_login(db))  # eight writers never forked it, ids in its order
    db.close()
    acknowledged = sum(sum(o.acknowledged.values()) for o in outcomes)
    lost += abs((contacts_logged or 0) - sum(o.contacts for o in outcomes))
    print(f"  acknowledged writes: {acknowledged}; lost updates: {lost}")
    print(f"  audit events of the caseworkers: {audited}, expected from the writes: {written}")
    print(f"  contact attempts logged by the caseworkers: {contacts_logged}")
    print(f"  audit chain: {'intact' if chain.intact else chain.problem} ({chain.checked} events)")
    print(f"  movements over capacity: {len(over)}; persons waiting on two movements: "
          f"{len(twice_waiting)}")  # fmt: skip
    print(f"  imported numbers: {imported_numbers} (the lists hold "
          f"{IMPORT_ROWS + IMPORT_OVERLAP}); on two persons: {len(twice_phone)}")  # fmt: skip
    if lost:
        problems.append("lost updates")
    if audited != written:
        problems.append("audit events differ from the writes")
    if over or twice_waiting or twice_phone:
        problems.append("an invariant broke")
    if not chain.intact:
        problems.append("the audit chain is broken")
    print("  CHECKS: " + ("FAILED: " + ", ".join(problems) if problems else "all passed"))


def report(engine_name: str, outcomes: list[Outcome], seconds: float) -> None:
    print(f"\n{engine_name}: {len(outcomes)} caseworkers for {seconds:.0f} s")
    kinds = sorted({k for o in outcomes for k in o.latencies})
    total = sum(len(o.latencies[k]) for o in outcomes for k in kinds)
    print(f"  throughput: {total / seconds:.1f} actions/s ({total} actions)")
    print(f"  {'action':<16}{'count':>7}{'per s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for kind in kinds:
        values = sorted(v for o in outcomes for v in o.latencies[kind])
        if not values:
            continue
        cuts = values * 99
        if len(values) > 1:  # inclusive: never beyond the slowest sample
            cuts = statistics.quantiles(values, n=100, method="inclusive")
        print(f"  {kind:<16}{len(values):>7}{len(values) / seconds:>8.1f}"
              f"{cuts[49] * 1000:>9.1f}{cuts[94] * 1000:>9.1f}{cuts[98] * 1000:>9.1f}")  # fmt: skip
    errors = sum((o.errors for o in outcomes), Counter())
    print("  errors: " + (", ".join(f"{k} x{n}" for k, n in sorted(errors.items())) or "none"))


def run(engine_name: str, args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ.setdefault("EVACTRACK_DATA_DIR", str(folder / "data"))
        url, schema = fresh_database(engine_name, args.pg_url, folder)
        try:
            lists, per_write = seed(url, args.people, folder)
            db = open_database(url)
            with db.reading() as session:
                audit_before = int(session.scalar(select(func.max(AuditEvent.id))) or 0)
            db.close()
            spawn = multiprocessing.get_context("spawn")
            ready, results = spawn.Barrier(args.workers), spawn.Queue()
            team = [
                spawn.Process(
                    target=caseworker,
                    args=(url, n, args.workers, args.seconds, lists, ready, results),
                )
                for n in range(args.workers)
            ]
            for process in team:
                process.start()
            outcomes = [results.get(timeout=args.seconds + 600) for _ in team]
            for process in team:
                process.join()
            report(engine_name, outcomes, args.seconds)
            check(url, outcomes, per_write, audit_before)
        finally:
            if schema is not None:
                admin = create_engine(args.pg_url, isolation_level="AUTOCOMMIT")
                with admin.connect() as connection:
                    connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--people", type=int, default=3000)
    parser.add_argument(
        "--workers", type=int, default=WORKERS, help="caseworkers (1: the baseline of one)"
    )
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get(
            "EVACTRACK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    os.environ.pop("EVACTRACK_PASSPHRASE", None)  # a plaintext file: the cipher is not measured
    print(f"load on this machine before the run: {os.getloadavg()[0]:.1f} (1-minute average, "
          f"{os.cpu_count()} cores)")  # fmt: skip
    for engine_name in ("sqlite", "postgresql") if args.engine == "both" else (args.engine,):
        run(engine_name, args)


if __name__ == "__main__":
    main()
