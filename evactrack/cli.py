"""The ``evactrack`` command: sub-commands over the services (public contract).

Every error is one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import errno
import gc
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from evactrack.config import PASSPHRASE_VARIABLE
from evactrack.db.cipher import FileKind, file_kind
from evactrack.domain.errors import EvactrackError, PasswordRequiredError, ValidationError
from evactrack.files import remove_leftovers
from evactrack.log import setup_logging

if TYPE_CHECKING:  # the database layer is loaded once an import's list is open (see main)
    from evactrack.services.context import Context, Database

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
NEW_PASSPHRASE_VARIABLE = "EVACTRACK_NEW_PASSPHRASE"
# Every file is written whole or not at all (evactrack/files.py), so a full disk leaves none.
DISK_FULL = "the disk is full, so the file was not written; free some space and try again"
USER_VARIABLE = "EVACTRACK_USER"
PASSWORD_VARIABLE = "EVACTRACK_PASSWORD"
NEW_PASSWORD_VARIABLE = "EVACTRACK_NEW_PASSWORD"


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


# ---------------------------------------------------------------- passphrases, login


def read_passphrase(
    what: str,
    variable: str = PASSPHRASE_VARIABLE,
    *,
    twice: bool = False,
    noun: str = "passphrase",
) -> str:
    """From the environment variable, else asked (twice for a new one; shown as typed for a
    user name) on the terminal; without either, a clear error rather than a wait for input
    that never comes. Passphrases, passwords and the user name all come this way."""
    hidden = noun != "user name"
    value = os.environ.get(variable)
    if value:
        return value
    if not sys.stdin.isatty():
        raise ValidationError(
            f"{what} is needed: set {variable}, or run evactrack in a terminal to be asked for it"
        )
    ask = getpass.getpass if hidden else input
    first = ask(f"{what[0].upper()}{what[1:]}: ")
    if not first:
        raise ValidationError(f"the {noun} is empty; nothing was changed")
    if twice and ask("The same again: ") != first:
        raise ValidationError(f"the two {noun}s differ; nothing was changed")
    return first


def log_in(db: Database, creates: bool) -> Context:
    """Who acts: ``EVACTRACK_USER`` and ``EVACTRACK_PASSWORD``, else asked. ``init`` of a
    database nobody can log in to yet makes them its first administrator."""
    from evactrack.services import users

    first = not users.has_accounts(db)
    if first and not creates:
        raise ValidationError(
            "nobody can log in to this database yet: create its first administrator with "
            "evactrack init"
        )
    name = read_passphrase("your user name", USER_VARIABLE, noun="user name")
    if first:
        password = read_passphrase(
            "a password for the administrator", PASSWORD_VARIABLE, twice=True, noun="password"
        )
        return users.create_first_admin(db, name, password)
    return users.login(
        db, name, read_passphrase("your password", PASSWORD_VARIABLE, noun="password")
    )


def passphrase_to_open(args: argparse.Namespace) -> str | None:
    """An encrypted file needs its passphrase; a new one is created encrypted (unless
    ``init --no-encrypt``); a plaintext file and a database server need none."""
    from evactrack.services.context import database_file_kind

    kind = database_file_kind(args.db)
    if kind is FileKind.ENCRYPTED:
        return read_passphrase("the database passphrase")
    if kind is FileKind.MISSING:
        # Only init creates a database: any other command says there is none, unasked.
        if not getattr(args, "creates", False) or getattr(args, "encrypt", None) is False:
            return None
        return read_passphrase("a passphrase for the new database", twice=True)
    if kind is FileKind.PLAINTEXT and getattr(args, "encrypt", None) is True:
        raise ValidationError(
            "this database exists and is not encrypted; encrypt it with 'evactrack encrypt'"
        )
    return None


def confirmed(question: str, yes: bool) -> bool:
    if yes:
        return True
    if not sys.stdin.isatty():
        raise ValidationError("this replaces the database: add --yes to confirm")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


# ---------------------------------------------------------------- sub-commands


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    print(f"database ready: {ctx.db.url}")
    return EXIT_OK


def cmd_encrypt(args: argparse.Namespace) -> int:
    from evactrack.services import encryption

    path = encryption.plaintext_database(args.db)
    passphrase = read_passphrase("a passphrase for the database", twice=True)
    encryption.encrypt(args.db, passphrase)
    print(f"database encrypted: {path}")
    return EXIT_OK


def cmd_passphrase(args: argparse.Namespace) -> int:
    from evactrack.services import encryption

    old = read_passphrase("the current passphrase")
    new = read_passphrase("the new passphrase", NEW_PASSPHRASE_VARIABLE, twice=True)
    path = encryption.change_passphrase(args.db, old, new)
    print(f"passphrase changed: {path}")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from evactrack.services import encryption
    from evactrack.services.context import database_file_kind

    kind = database_file_kind(args.db)
    passphrase = read_passphrase("the database passphrase") if kind is FileKind.ENCRYPTED else None
    problems = encryption.verify(args.db, passphrase)
    checks = "integrity_check" + (" and cipher_integrity_check" if passphrase else "")
    if args.json:
        print(json.dumps({"ok": not problems, "encrypted": passphrase is not None,
                          "problems": problems}, ensure_ascii=False))  # fmt: skip
    elif problems:
        print(f"damage found by {checks}:")
        for problem in problems:
            print(f"  {problem}")
    else:
        print(f"no damage found ({checks}: ok)")
    return EXIT_OK if not problems else EXIT_ERROR


def cmd_restore(args: argparse.Namespace) -> int:
    from evactrack.services import backup, encryption
    from evactrack.services.context import database_file_kind

    kind = database_file_kind(args.db)
    path = encryption.database_path(args.db) if kind is not None else "on the server"
    source = Path(args.file)
    if not confirmed(f"Replace the database {path} with the backup {source}?", args.yes):
        print("nothing was restored")
        return EXIT_ERROR
    # A server's dump is always sealed; a file needs the passphrase if either is encrypted.
    encrypted = kind is None or FileKind.ENCRYPTED in (kind, file_kind(source))
    passphrase = read_passphrase("the database passphrase") if encrypted else None
    by = backup.NOBODY  # restored where no database was: nobody to log in to
    if kind is not FileKind.MISSING:  # an administrator's work, on the database replaced
        current = open_asking_password(args.db, create=False, passphrase=passphrase)
        try:
            admin = log_in(current, creates=False)
            admin.require_admin()
            by = admin.actor
        finally:
            current.close()
    result = backup.restore(args.db, source, passphrase, by)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return EXIT_OK
    kept = f"; the replaced database was kept as {result.replaced}" if result.replaced else ""
    print(f"restored {result.persons} persons from {source}{kept}")
    return EXIT_OK


def cmd_demo(ctx: Context, args: argparse.Namespace) -> int:
    from evactrack import demo

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


def cmd_messages(ctx: Context, args: argparse.Namespace) -> int:
    """A movement's instructions as CSV for a bulk-SMS gateway; persons without a phone are
    named on stderr (by id: a name on a terminal can be read over a shoulder)."""
    from evactrack.services import messages

    batch = messages.movement_messages(ctx, args.movement_id, args.default_lang)
    count = messages.export_csv(ctx, Path(args.output), batch, f"movement {args.movement_id}")
    for m in batch.without_phone:
        print(f"evactrack: no phone: person {m.person_id}", file=sys.stderr)
    if batch.missing:
        print(
            "evactrack: note: every message leaves these fields empty: " + ", ".join(batch.missing),
            file=sys.stderr,
        )
    print(f"wrote {count} messages to {args.output}")
    return EXIT_OK


def cmd_backup(ctx: Context, args: argparse.Namespace) -> int:
    from evactrack.services import backup

    bar = progress_printer("backup")

    def report(done: int, total: int) -> None:
        if total:  # pg_dump gives no measure: (0, 0) while it runs
            bar(done, total)

    passphrase = None
    if backup.kind_of(ctx) == backup.POSTGRESQL:  # a dump is encrypted with a passphrase
        passphrase = read_passphrase("the passphrase that encrypts the dump", twice=True)
    result = backup.back_up(ctx, Path(args.output), progress=report, passphrase=passphrase)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return EXIT_OK
    print(f"backed up {result.persons} persons to {args.output} ({size_text(result.bytes)})")
    return EXIT_OK


def size_text(size: int) -> str:
    """A file size as people read it: 812 bytes, 4.2 kB, 13.0 MB (powers of 1000)."""
    if size < 1000:
        return f"{size} bytes"
    value = float(size)
    for unit in ("kB", "MB", "GB"):
        value /= 1000
        if value < 1000 or unit == "GB":
            break
    return f"{value:.1f} {unit}"


def cmd_report(ctx: Context, args: argparse.Namespace) -> int:
    from evactrack.reports import generate

    common = {"language": args.lang, "redact": args.redact}
    if args.kind == "daily":
        bar = progress_printer("daily report")
        pdf = generate.daily_report(ctx, args.date, progress=bar, **common)
    elif args.kind == "manifest":
        pdf = generate.manifest(ctx, args.movement_id, **common)
    elif args.kind == "gate":
        pdf = generate.gate_sheet(ctx, args.movement_id, **common)
    else:
        pdf = generate.case_sheet(ctx, args.person_id, **common)
    generate.save_pdf(pdf, Path(args.output))
    print(f"wrote {args.output}")
    return EXIT_OK


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2021-08-26") from None


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    from evactrack.services import import_errors, import_summary, imports

    if args.undo is not None:
        undone = imports.undo_import(ctx, args.undo)
        print(f"import #{undone.batch_id} undone: {undone.deleted} persons deleted, "
              f"{undone.restored} merged persons restored")  # fmt: skip
        return EXIT_OK
    opened: imports.OpenedList = args.opened  # by open_import_list, before the login
    result = opened.run(ctx, dry_run=args.dry_run, progress=progress_printer("import"))
    if args.errors:
        import_errors.write_errors_csv(result, Path(args.errors))
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return EXIT_OK
    print(import_summary.summary_text(result))
    return EXIT_OK


@contextmanager
def open_import_list(args: argparse.Namespace) -> Iterator[None]:
    """Open and check the list to import before the database is opened and the user logged
    in (``args.opened``), even before the database layer is loaded: its normalising process
    starts at once, and works meanwhile. Ended on every way out."""
    from evactrack.importing.mapping import ColumnMapping
    from evactrack.importing.pipeline import OpenedFile
    from evactrack.importing.readers import ReadOptions

    if args.undo is not None:
        if args.file is not None:
            raise ValidationError("give either a FILE to import or --undo BATCH_ID, not both")
        yield
        return
    if args.file is None:
        raise ValidationError("give the FILE to import, or --undo BATCH_ID")
    mapping = ColumnMapping.load(Path(args.mapping)) if args.mapping else None
    read_options = ReadOptions(args.encoding, args.delimiter, args.sheet)
    with OpenedFile(Path(args.file), read_options, mapping, args.region,
                    args.default_legal_status) as opened:  # fmt: skip
        from evactrack.services import imports

        options = imports.ImportOptions(
            encoding=args.encoding, delimiter=args.delimiter, sheet=args.sheet, mapping=mapping,
            region=args.region, default_legal_status=args.default_legal_status,
            on_duplicate=imports.OnDuplicate(args.on_duplicate),
        )  # fmt: skip
        with imports.open_list(Path(args.file), options, opened) as args.opened:
            yield


def cmd_audit_verify(ctx: Context, args: argparse.Namespace) -> int:
    """Exit 0 when the whole audit trail verifies, 1 naming the first broken event."""
    from evactrack.services import audit

    check = audit.verify(ctx)
    if args.json:
        found = {"intact": check.intact, "checked": check.checked}
        print(json.dumps({**found, "broken_event": check.broken_event, "problem": check.problem}))
    elif check.intact:
        print(f"audit trail intact: {check.checked} events verified")
    else:
        print(f"evactrack: audit trail broken: {check.problem}", file=sys.stderr)
    return EXIT_OK if check.intact else EXIT_ERROR


def cmd_purge(ctx: Context, args: argparse.Namespace) -> int:
    from evactrack.services import retention

    if not args.dry_run and not args.yes:
        raise UsageError("purge deletes closed cases for good: add --yes, or try --dry-run")
    result = retention.purge(ctx, args.older_than, dry_run=args.dry_run)
    if args.dry_run:
        print(f"{result.persons} closed cases are older than {args.older_than} days; "
              "nothing was deleted (--dry-run)")  # fmt: skip
        return EXIT_OK
    print(f"purged {result.persons} closed cases ({result.events_blanked} audit events blanked)"
          + (f"; backup first: {result.backup}" if result.backup else ""))  # fmt: skip
    return EXIT_OK


def cmd_user(ctx: Context, args: argparse.Namespace) -> int:
    """Accounts, an administrator's work; a new password from EVACTRACK_NEW_PASSWORD or
    typed twice."""
    from evactrack.domain.enums import Role
    from evactrack.services import users

    def new_password() -> str:
        return read_passphrase(
            f"the new password of {args.name}", NEW_PASSWORD_VARIABLE, twice=True, noun="password"
        )

    if args.action == "list":
        accounts = users.list_accounts(ctx)
        if args.json:
            print(json.dumps([a.as_json() for a in accounts], ensure_ascii=False))
        for account in [] if args.json else accounts:
            state = "active" if account.active else "disabled"
            locked = (
                f", locked until {account.locked_until:%H:%M} UTC" if account.locked_until else ""
            )
            print(f"{account.username:<24}{account.role.value:<12}{state}{locked}")
        return EXIT_OK
    if args.action == "add":
        users.add_account(ctx, args.name, Role(args.role), new_password())
    elif args.action in ("disable", "enable"):
        users.set_active(ctx, args.name, args.action == "enable")
    elif args.action == "passwd":
        users.set_password(ctx, args.name, new_password())
    else:
        users.set_role(ctx, args.name, Role(args.role))
    print(f"account {args.name}: done ({args.action})")
    return EXIT_OK


def cmd_wipe(ctx: Context, args: argparse.Namespace) -> int:
    from evactrack.services import wipe

    result = wipe.wipe(ctx)
    print(f"wiped {result.files} files in {result.seconds:.1f} s")
    if result.server:
        print(
            "evactrack: note: the records on the database server were not touched; "
            "ask its administrator to drop them",
            file=sys.stderr,
        )
    return EXIT_OK


# ---------------------------------------------------------------- parser


class _PrintVersion(argparse.Action):
    """``--version``: the version is looked up only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> NoReturn:
        from evactrack import __version__

        print(f"evactrack {__version__}")
        parser.exit()


def build_parser() -> Parser:
    parser = Parser(prog="evactrack", description="Case tracking for crisis evacuations.")
    parser.add_argument(
        "--version", action=_PrintVersion, nargs=0, help="show the version and exit"
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL or SQLite file (default: EVACTRACK_DB, else the "
        "embedded database in the user's data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True

    p = sub.add_parser("init", help="create (encrypted) or upgrade the database")
    encrypt = p.add_mutually_exclusive_group()
    encrypt.add_argument("--encrypt", dest="encrypt", action="store_true", default=None,
                         help="encrypt a new database (the default)")  # fmt: skip
    encrypt.add_argument("--no-encrypt", dest="encrypt", action="store_false",
                         help="make a new database unencrypted (demonstrations only)")  # fmt: skip
    p.set_defaults(handler=cmd_init, creates=True)

    p = sub.add_parser("encrypt", help="encrypt an unencrypted database in place")
    p.set_defaults(raw_handler=cmd_encrypt)

    p = sub.add_parser("passphrase", help="change the database passphrase")
    passphrase_sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    passphrase_sub.required = True
    change = passphrase_sub.add_parser("change", help="re-key with a new passphrase")
    change.set_defaults(raw_handler=cmd_passphrase)

    p = sub.add_parser("verify", help="check the database file for damage")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(raw_handler=cmd_verify)

    p = sub.add_parser("restore", help="replace the database with a backup, after checking it")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(raw_handler=cmd_restore)

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

    from evactrack.domain.messages import DEFAULT_LANGUAGE
    from evactrack.domain.messages import LANGUAGES as MESSAGE_LANGUAGES

    p = sub.add_parser("messages", help="a movement's instructions to each evacuee, as CSV")
    p.add_argument("movement_id", type=positive_int, metavar="MOVEMENT_ID")
    p.add_argument(
        "--default-lang",
        choices=MESSAGE_LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="for persons whose record names no language with a template",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    p.set_defaults(handler=cmd_messages)

    p = sub.add_parser("backup", help="copy the whole database to a file (mode 0600)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("report", help="print the daily report, a manifest or a case sheet (PDF)")
    report_sub = p.add_subparsers(dest="kind", metavar="REPORT", parser_class=Parser)
    report_sub.required = True
    daily = report_sub.add_parser("daily", help="daily status report")
    daily.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="default: today")
    manifest = report_sub.add_parser("manifest", help="a movement's manifest, to sign")
    manifest.add_argument("movement_id", type=positive_int, metavar="MOVEMENT_ID")
    gate = report_sub.add_parser(
        "gate", help="a movement's gate sheet: tick boxes by family name, for when the laptop dies"
    )
    gate.add_argument("movement_id", type=positive_int, metavar="MOVEMENT_ID")
    case = report_sub.add_parser("case", help="one person's case sheet")
    case.add_argument("person_id", type=positive_int, metavar="PERSON_ID")
    from evactrack.reports.labels import LANGUAGES, default_language

    for report_parser in (daily, manifest, gate, case):
        report_parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
        report_parser.add_argument(
            "--redact", action="store_true", help="initials and masked numbers only"
        )
        report_parser.add_argument("--lang", choices=LANGUAGES, default=default_language())
        report_parser.set_defaults(handler=cmd_report)

    from evactrack.domain.enums import LegalStatus

    p = sub.add_parser("import", help="import a contact list (CSV or XLSX), or undo an import")
    p.add_argument("file", nargs="?", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would happen, change nothing")
    p.add_argument("--mapping", metavar="FILE.json",
                   help='column mapping saved from the wizard; its "legal_statuses" map the '
                   "legal-status values the import does not recognise")  # fmt: skip
    p.add_argument("--region", default="AF", help="region of numbers without +country code")
    p.add_argument("--default-legal-status", type=LegalStatus, default=LegalStatus.UNKNOWN,
                   choices=list(LegalStatus), metavar="VALUE")  # fmt: skip
    p.add_argument("--on-duplicate", default="skip", choices=["merge", "skip", "new", "abort"])
    p.add_argument("--sheet", metavar="NAME", help="XLSX sheet (default: the first)")
    p.add_argument("--encoding", metavar="NAME", help="override the detected encoding")
    p.add_argument("--delimiter", metavar="CHAR", help="override the detected delimiter")
    p.add_argument("--errors", metavar="FILE", help="write the rejected rows to this CSV")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--undo", type=positive_int, metavar="BATCH_ID", help="undo a whole import")
    p.set_defaults(handler=cmd_import, before_login=open_import_list)

    p = sub.add_parser("user", help="caseworker accounts (administrators)")
    user_sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    user_sub.required = True
    from evactrack.domain.enums import Role

    roles = [role.value for role in Role]
    add = user_sub.add_parser("add", help="a new account; its password from "
                              "EVACTRACK_NEW_PASSWORD or typed twice")  # fmt: skip
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=roles)
    listing = user_sub.add_parser("list", help="every account, its role and state")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    for action, text in (
        ("disable", "the account can do nothing more, at once"),
        ("enable", "the account works again (and is unlocked)"),
        ("passwd", "a new password (EVACTRACK_NEW_PASSWORD or typed twice)"),
    ):
        user_sub.add_parser(action, help=text).add_argument("name", metavar="NAME")  # fmt: skip
    role = user_sub.add_parser("role", help="change an account's role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", choices=roles, metavar="ROLE")
    p.set_defaults(handler=cmd_user)

    p = sub.add_parser(
        "wipe",
        help="emergency: destroy the database, its copies, exports, reports and logs",
    )
    p.add_argument("--yes", action="store_true", help="confirm: nothing can be recovered")
    p.set_defaults(handler=cmd_wipe)

    p = sub.add_parser("audit", help="the audit trail")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=Parser)
    audit_sub.required = True
    verify = audit_sub.add_parser("verify", help="check that no audit event was tampered with")
    verify.add_argument("--json", action="store_true", help="print one JSON object")
    verify.set_defaults(handler=cmd_audit_verify)

    p = sub.add_parser("purge", help="delete closed cases older than the retention period")
    p.add_argument("--older-than", type=positive_int, required=True, metavar="DAYS",
                   help="closed for at least this many days")  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help="count them, delete nothing")
    p.add_argument("--yes", action="store_true", help="confirm: they cannot be recovered")
    p.set_defaults(handler=cmd_purge)

    # (more sub-commands above this line)
    return parser


def open_asking_password(
    url: str | None, *, create: bool, passphrase: str | None = None
) -> Database:
    """Open the database; a server that wants a password gets it typed at a terminal
    (never on the command line, where every account can read it)."""
    from evactrack.services.context import open_database

    try:
        return open_database(url, create=create, passphrase=passphrase)
    except PasswordRequiredError:
        if not sys.stdin.isatty():
            raise
        from sqlalchemy.engine import make_url

        from evactrack.config import resolve_db_url, with_password

        shown = make_url(resolve_db_url(url)).render_as_string(hide_password=True)
        password = getpass.getpass(f"password for {shown}: ")
        return open_database(
            with_password(url or "", password), create=create, passphrase=passphrase
        )


def notices(db: Database) -> list[str]:
    """What the caseworker must know about how the database was opened."""
    said = []
    if db.tightened:
        said.append(
            f"the database {db.url} was readable by other accounts on this computer; "
            "it is now readable by you only"
        )
    if db.read_only:
        said.append(f"{db.read_only_reason()}; reading works")
    return said


def one_line(error: BaseException) -> str:
    """The contract: an error is one line, whatever the library below said."""
    return " ".join(str(error).split())


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
    remove_leftovers()
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(f"evactrack: error: {one_line(exc)} (see 'evactrack --help')", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "wipe" and not args.yes:
            raise UsageError("wipe destroys every record and copy: add --yes to confirm")
        raw_handler = getattr(args, "raw_handler", None)
        if raw_handler is not None:
            return int(raw_handler(args))
        before_login = getattr(args, "before_login", None)
        with before_login(args) if before_login is not None else nullcontext():
            db = open_asking_password(
                args.db, create=getattr(args, "creates", False), passphrase=passphrase_to_open(args)
            )
            for notice in notices(db):
                print(f"evactrack: note: {notice}", file=sys.stderr)
            try:
                return int(args.handler(log_in(db, getattr(args, "creates", False)), args))
            finally:
                db.close()
    except UsageError as exc:
        print(f"evactrack: error: {one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except EvactrackError as exc:
        print(f"evactrack: error: {one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("evactrack: interrupted; nothing was changed by the unfinished step", file=sys.stderr)
        return 130
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            print(f"evactrack: error: {DISK_FULL}", file=sys.stderr)
            return EXIT_ERROR
        print(
            f"evactrack: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
            file=sys.stderr,
        )
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the contract: one line, never a traceback
        log.exception("unexpected error")
        print(
            f"evactrack: unexpected error: {type(exc).__name__}: {one_line(exc)}", file=sys.stderr
        )
        return EXIT_ERROR


def run(argv: Sequence[str] | None = None) -> int:
    """:func:`main` as a process of its own (``evactrack``, ``python -m evactrack``, the
    bundle): its work done, what is still alive is left to the system. Python's teardown
    would walk every object several times (0.2 s after any command: SQLAlchemy's modules
    alone cost 0.13 s); what is garbage by then is collected and finalised first, and the
    exit handlers (the log's among them) and temporary files' clean-up run as always."""
    status = main(argv)
    gc.collect()
    gc.freeze()
    return status
