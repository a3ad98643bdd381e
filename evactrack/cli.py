"""The ``evactrack`` command: sub-commands over the services (public contract).

Every error is one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from evactrack import __version__
from evactrack.domain.errors import EvactrackError
from evactrack.log import setup_logging
from evactrack.services.context import Context, context_for, open_database

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A bad command line; argparse's own exit is turned into this."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def progress_printer(label: str) -> Callable[[int, int], None]:
    """A one-line progress bar on stderr, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return lambda done, total: None

    def show(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / total) if total else 0
        end = "\n" if total and done >= total else ""
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}{end}")
        sys.stderr.flush()

    return show


# ---------------------------------------------------------------- sub-commands


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    print(f"database ready: {ctx.db.url}")
    return EXIT_OK


def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    from evactrack.services import demo

    result = demo.generate(ctx, args.people, seed=args.seed, progress=progress_printer("demo data"))
    print(
        f"created {result.persons} persons in {result.households} households, "
        f"{result.movements} movements, {result.refusals} refusals, "
        f"{result.contact_attempts} contact attempts"
    )
    return EXIT_OK


def cmd_stats(ctx: Context, args: argparse.Namespace) -> int:
    from evactrack.services import stats

    overview = stats.overview(ctx)
    if args.json:
        print(json.dumps(overview.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        f"persons: {overview.total}   still in the country: {overview.remaining}   "
        f"eligible still in the country: {overview.eligible_remaining}"
    )
    print("by case status:")
    for key, value in overview.by_status.items():
        print(f"  {key:<24}{value:>8}")
    print("by legal status:")
    for key, value in overview.by_legal_status.items():
        print(f"  {key:<24}{value:>8}")
    return EXIT_OK


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    from evactrack.services import export

    count = export.export_persons_csv(ctx, Path(args.output))
    print(f"exported {count} persons to {args.output}")
    return EXIT_OK


# ---------------------------------------------------------------- parser


def build_parser() -> Parser:
    parser = Parser(prog="evactrack", description="Case tracking for crisis evacuations.")
    parser.add_argument("--version", action="version", version=f"evactrack {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL or SQLite file (default: EVACTRACK_DB, else the "
        "embedded database in the user's data folder)",
    )
    parser.add_argument("--user", metavar="NAME", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True

    p = sub.add_parser("init", help="create or upgrade the database")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("demo", help="fill the database with realistic demo data")
    p.add_argument("--people", type=positive_int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("stats", help="counts by case status and legal status")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_stats)

    p = sub.add_parser("export", help="export persons")
    export_sub = p.add_subparsers(dest="format", metavar="FORMAT", parser_class=Parser)
    export_sub.required = True
    csv_parser = export_sub.add_parser("csv", help="one row per person, UTF-8 with BOM")
    csv_parser.add_argument("-o", "--output", required=True, metavar="FILE")
    csv_parser.set_defaults(handler=cmd_export)

    # (more sub-commands above this line)
    return parser


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} must be at least 1")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(f"evactrack: error: {exc} (see 'evactrack --help')", file=sys.stderr)
        return EXIT_USAGE
    try:
        db = open_database(args.db)
        try:
            return int(args.handler(context_for(db, args.user), args))
        finally:
            db.close()
    except EvactrackError as exc:
        print(f"evactrack: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("evactrack: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return 130
    except OSError as exc:
        print(
            f"evactrack: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the contract: one line, never a traceback
        log.exception("unexpected error")
        print(f"evactrack: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR
