"""Import a contact list: preview it, run it as one transaction, undo it as a whole.

The file is streamed in chunks; each chunk is normalised (by a worker process for a large
file), checked for duplicates (against the database and the rows before it) and written
through ``db.bulk`` inside the one transaction of the import, so a failure, a cancel or a
killed process leaves the database as it was. Its summary and its errors file are beside it
(``import_summary``, ``import_errors``).
"""

from __future__ import annotations

import gc
import hashlib
import json
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from itertools import chain, repeat
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Row, delete, func, select, update
from sqlalchemy.orm import Session

from evactrack.db.bulk import BulkWriter
from evactrack.db.locks import hold_import_lock
from evactrack.db.models import (
    IdentityDocument,
    ImportBatch,
    ImportChange,
    Person,
    PhoneNumber,
    StatusChange,
    User,
)
from evactrack.domain.enums import (
    AuditAction,
    CaseStatus,
    LegalStatus,
    Sex,
)
from evactrack.domain.errors import NotFoundError, OperationCancelled, ValidationError
from evactrack.domain.names import fold
from evactrack.domain.phones import DEFAULT_REGION
from evactrack.domain.timezones import utcnow
from evactrack.importing.duplicates import (
    DuplicateIndex,
    Match,
    NameKeys,
    WrittenBirths,
    find_in,
    name_key,
    person_keys,
    person_names,
)
from evactrack.importing.legal_status import legal_status_for, value_key
from evactrack.importing.mapping import ColumnMapping, Target, detect_mapping
from evactrack.importing.normalise import (
    Candidate,
    DateOrder,
    Issue,
    RowNormaliser,
    telling_phone,
)
from evactrack.importing.pipeline import (
    CHUNK_ROWS,
    Chunk,
    ChunkKeys,
    Item,
    OpenedFile,
    Worker,
    chunks,
    date_order,
)
from evactrack.importing.readers import ReadOptions, Table, TableInfo
from evactrack.importing.text import fast_alnum_key, search_text
from evactrack.services import audit, backup
from evactrack.services.context import Actor, Context
from evactrack.services.persons import SUMMARY_COLUMNS, summary_of

PREVIEW_ROWS = 20
ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


class OnDuplicate(StrEnum):
    """What to do with a row that may be a person already known."""

    MERGE = "merge"
    SKIP = "skip"
    NEW = "new"
    ABORT = "abort"


@dataclass(frozen=True)
class ImportOptions:
    """Everything the caseworker chose; ``None`` means detect."""

    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    mapping: ColumnMapping | None = None
    region: str = DEFAULT_REGION
    default_legal_status: LegalStatus = LegalStatus.UNKNOWN
    on_duplicate: OnDuplicate = OnDuplicate.SKIP
    # Per-row choices from the wizard's duplicate review (row number → merge, skip or new).
    decisions: Mapping[int, OnDuplicate] = field(default_factory=dict)
    # The file as it was reviewed: choices made on its rows must not land on another file.
    expected_sha256: str | None = None

    @property
    def read_options(self) -> ReadOptions:
        return ReadOptions(self.encoding, self.delimiter, self.sheet)


@dataclass(frozen=True)
class FilePreview:
    """The first rows of a file and the mapping detected (or given) for it."""

    info: TableInfo
    mapping: ColumnMapping
    rows: list[list[str]]
    row_numbers: list[int]
    unmapped: list[str]


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    person_id: int | None  # a person in the database
    row: int | None  # or an earlier row of the same file
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """One row that may be someone already known, and what was (or would be) done with it."""

    row: int
    name: str
    matches: tuple[DuplicateMatch, ...]
    action: OnDuplicate


@dataclass(frozen=True, slots=True)
class RowAction:
    row: int
    action: str  # "create", "merge", "skip" or "reject"
    name: str
    target: str | None = None


@dataclass
class ImportResult:
    file_name: str
    sha256: str
    dry_run: bool
    headers: list[str]
    batch_id: int | None = None
    created: int = 0
    merged: int = 0
    skipped: int = 0
    rejected: int = 0
    issues: list[Issue] = field(default_factory=list)
    duplicates: list[DuplicateGroup] = field(default_factory=list)
    actions: list[RowAction] = field(default_factory=list)
    rejected_rows: list[tuple[int, list[str]]] = field(default_factory=list)
    already_imported: list[int] = field(default_factory=list)
    date_order: DateOrder = DateOrder.UNSETTLED

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "sha256": self.sha256,
            "dry_run": self.dry_run,
            "batch_id": self.batch_id,
            "created": self.created,
            "merged": self.merged,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "errors": [i.as_json() for i in self.issues],
            "duplicates": [
                {
                    "row": g.row,
                    "name": g.name,
                    "action": g.action.value,
                    "matches": [
                        {"person_id": m.person_id, "row": m.row, "name": m.name, "reason": m.reason}
                        for m in g.matches
                    ],
                }
                for g in self.duplicates
            ],
            "already_imported_as": self.already_imported,
            # A dry run says what each row would become.
            "rows": [
                {"row": a.row, "action": a.action, "name": a.name, "detail": a.target}
                for a in self.actions
            ],
        }


@dataclass(frozen=True, slots=True)
class BatchSummary:
    id: int
    file_name: str
    sha256: str
    username: str | None
    created_at: datetime
    created: int
    merged: int
    skipped: int
    rejected: int
    undone_at: datetime | None


@dataclass(frozen=True, slots=True)
class UndoResult:
    batch_id: int
    deleted: int
    restored: int


# ---------------------------------------------------------------- reading


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def inspect_file(path: Path, options: ImportOptions | None = None) -> FilePreview:
    """Detect encoding, delimiter, sheet and mapping; read the first rows for the wizard."""
    options = options or ImportOptions()
    table = Table(Path(path), options.read_options)
    mapping = options.mapping or detect_mapping(table.info.headers)
    rows: list[list[str]] = []
    numbers: list[int] = []
    for row, cells in table.rows():
        rows.append(cells)
        numbers.append(row)
        if len(rows) >= PREVIEW_ROWS:
            break
    unmapped = [h for h in table.info.headers if h not in mapping.columns]
    return FilePreview(table.info, mapping, rows, numbers, unmapped)


def unmatched_legal_statuses(path: Path, options: ImportOptions, header: str) -> list[str]:
    """The distinct values of a legal-status column that their words do not tell (each in
    its first spelling), for the caseworker to map one by one."""
    table = Table(Path(path), options.read_options)
    if header not in table.info.headers:
        raise ValidationError(f"{table.name}: there is no column '{header}'.")
    seen: set[str] = set()
    found: dict[str, str] = {}
    for cell in table.column_values(table.info.headers.index(header)):
        if cell in seen:  # a list repeats a few values: each is read once
            continue
        seen.add(cell)
        text = cell.strip()
        if text and legal_status_for(text) is None:
            found.setdefault(value_key(text), text)
    return sorted(found.values(), key=str.casefold)


def _date_order(table: Table, column: str | None) -> DateOrder:
    return date_order(table, column)


# ---------------------------------------------------------------- use cases


def preview_import(
    ctx: Context,
    path: Path,
    options: ImportOptions | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportResult:
    """Exactly what :func:`run_import` would create, merge, skip and reject; changes nothing."""
    return run_import(ctx, path, options, dry_run=True, progress=progress, cancelled=cancelled)


def run_import(
    ctx: Context,
    path: Path,
    options: ImportOptions | None = None,
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ImportResult:
    """Import a contact list in one transaction (or, with ``dry_run``, only say what would
    happen). Raises :class:`ValidationError` when the file cannot be imported at all."""
    with open_list(path, options) as opened:
        return opened.run(ctx, dry_run=dry_run, progress=progress, cancelled=cancelled)


def open_list(
    path: Path, options: ImportOptions | None = None, opened: OpenedFile | None = None
) -> OpenedList:
    """The list opened and checked, its normalising started (a large one's, in a second
    process): the command line opens it (``opened``, with these options) before the
    database and the login, which then take place while the list is read. Raises
    :class:`ValidationError` when the file cannot be imported at all. Close it (``with``)
    whether it is run or not."""
    options = options or ImportOptions()
    if opened is None:
        opened = OpenedFile(Path(path), options.read_options, options.mapping, options.region,
                            options.default_legal_status)  # fmt: skip
    return OpenedList(Path(path), replace(options, region=options.region.upper()), opened)


class OpenedList:
    """A contact list ready to import: :func:`open_list`."""

    def __init__(self, path: Path, options: ImportOptions, opened: OpenedFile) -> None:
        self.path, self.options, self.opened = path, options, opened

    def __enter__(self) -> OpenedList:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End the normalising process, finished or not."""
        self.opened.close()

    def run(
        self,
        ctx: Context,
        *,
        dry_run: bool = False,
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> ImportResult:
        """:func:`run_import` of this list (once)."""
        # The rows of a list hold no reference cycles; the collector would only scan the
        # growing duplicate index again and again (a third of the run time on 100k rows).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._run(ctx, dry_run, progress, cancelled)
        finally:
            if collecting:
                gc.enable()

    def _run(
        self,
        ctx: Context,
        dry_run: bool,
        progress: ProgressFn | None,
        cancelled: CancelledFn | None,
    ) -> ImportResult:
        if not dry_run:
            ctx.require_write()
            backup.rotate(ctx, "before-import")
        options, table, mapping = self.options, self.opened.table, self.opened.mapping
        result = ImportResult(table.name, file_sha256(self.path), dry_run, table.info.headers)
        if options.expected_sha256 not in (None, result.sha256):
            raise ValidationError(
                f"{table.name} has changed since it was checked; check it again before importing."
            )
        normaliser = RowNormaliser(
            table.info.headers,
            mapping,
            region=options.region,
            default_legal_status=options.default_legal_status,
        )
        _import_rows(ctx, table, mapping, normaliser, self.opened.worker, result, options,
                     dry_run, progress, cancelled)  # fmt: skip
        if progress is not None:
            progress(table.size, table.size)
        return result


def _import_rows(
    ctx: Context,
    table: Table,
    mapping: ColumnMapping,
    normaliser: RowNormaliser,
    worker: Worker | None,
    result: ImportResult,
    options: ImportOptions,
    dry_run: bool,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> None:
    source: Iterator[Chunk]
    if worker is None:
        normaliser.date_order = result.date_order = _date_order(
            table, normaliser.column(Target.DATE_OF_BIRTH)
        )
        source = chunks(table, normaliser)
    session_scope = ctx.db.reading() if dry_run else ctx.db.transaction()
    with session_scope as session:
        # Imports are serialised before the duplicate checks read anything.
        if not dry_run:
            hold_import_lock(session)
        result.already_imported = list(
            session.scalars(
                select(ImportBatch.id).where(
                    ImportBatch.sha256 == result.sha256, ImportBatch.undone_at.is_(None)
                )
            )
        )
        importer = _Importer(ctx.actor, session, result, options, dry_run)
        try:
            if not dry_run:
                importer.open_batch(table.info, mapping, options)
            if worker is not None:
                result.date_order = worker.date_order()
                source = worker.chunks()
            for items, issues, done, keys in source:
                result.issues += issues
                importer.look_up(keys)
                take = importer.take
                for item in items:
                    take(item)
                importer.flush()
                if len(items) == CHUNK_ROWS:
                    if cancelled is not None and cancelled():
                        raise OperationCancelled("Import cancelled: nothing was changed.")
                    if progress is not None:
                        progress(*done)
            if not dry_run:
                importer.close_batch()
        finally:
            name_key.cache_clear()  # the GUI process lives on: give the memory back
            person_keys.cache_clear()
        importer.name_duplicates()


class _Importer:
    """The state of one import: the duplicate index, the rows waiting to be written."""

    def __init__(
        self,
        actor: Actor,
        session: Session,
        result: ImportResult,
        options: ImportOptions,
        dry_run: bool,
    ) -> None:
        self.actor, self.session, self.result = actor, session, result
        self.options, self.dry_run = options, dry_run
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        # The rows of the file not yet written (all of them in a dry run, which writes
        # nothing), the rows merged into a person (whose keys the database may not hold),
        # and the persons of the database that the current chunk may be.
        self.index = DuplicateIndex(track_names=dry_run)
        self.merged = DuplicateIndex()
        self.known = DuplicateIndex(track_names=False)
        self.sharing: set[int] = set()  # the current chunk's rows sharing a key (ChunkKeys)
        # The persons this import wrote, by date of birth; those before it and those it
        # forgot are read from the database.
        self.written = WrittenBirths()
        self.names_loaded = False
        self.ids_before = 0  # the highest person id before this import
        self.now = utcnow()
        self.writer = BulkWriter(session)
        self.batch_id: int | None = None
        self.creates: list[tuple[Candidate, str, str, list[str], NameKeys]] = []
        self.merges: list[tuple[Candidate, int]] = []
        # The persons this import created and their rows, both in ascending order.
        self.created_ids, self.created_rows = array("q"), array("q")
        self.row_names: dict[int, str] = {}

    # ------------------------------------------------------------ batch

    def open_batch(self, info: TableInfo, mapping: ColumnMapping, options: ImportOptions) -> None:
        batch = ImportBatch(
            file_name=self.result.file_name,
            sha256=self.result.sha256,
            user_id=self.actor.user_id,
            created_at=self.now,
            details={
                "kind": info.kind,
                "encoding": info.encoding,
                "delimiter": info.delimiter,
                "sheet": info.sheet,
                "mapping": {h: t.value for h, t in mapping.columns.items()},
                "region": options.region,
                "on_duplicate": options.on_duplicate.value,
            },
        )
        self.session.add(batch)
        self.session.flush()
        self.batch_id = self.result.batch_id = batch.id
        self.ids_before = self.session.scalar(select(func.max(Person.id))) or 0
        self.writer.suspend_search_index()
        audit.record(
            self.session,
            self.actor,
            AuditAction.CREATE,
            "import_batch",
            batch.id,
            new=self.result.file_name,
        )
        self.session.flush()

    def close_batch(self) -> None:
        self.writer.finish()
        r = self.result
        details = dict(self.session.get_one(ImportBatch, self.batch_id).details or {})
        details["issues"] = len(r.issues)
        details["date_order"] = r.date_order.value
        self.session.execute(
            update(ImportBatch)
            .where(ImportBatch.id == self.batch_id)
            .values(
                created_count=r.created,
                merged_count=r.merged,
                skipped_count=r.skipped,
                rejected_count=r.rejected,
                details=details,
            )
        )

    # ------------------------------------------------------------ duplicates

    def _ref(self, person_id: int) -> int:
        """A match's reference: ``-row`` for a person this import created, else the id."""
        row = _paired(self.created_ids, self.created_rows, person_id)
        return -row if row is not None else person_id

    def created_id(self, row: int) -> int | None:
        return _paired(self.created_rows, self.created_ids, row)

    def _created_person(self, row: int) -> int:
        """The person that an earlier row created: a row merges only into a written one."""
        person_id = self.created_id(row)
        if person_id is None:
            raise RuntimeError(f"row {row} was to be merged into a person not yet written")
        return person_id

    def look_up(self, chunk: ChunkKeys) -> None:
        """The persons of the database that the rows of a chunk may be, by phone, e-mail,
        document or date of birth: one query of each kind per chunk, through the indexes
        (persons merged away are left out). Kept by id: the few that match are named as
        :meth:`take` names them (a person this import wrote, by its row)."""
        phones, emails, document_keys, births, name_only, self.sharing = chunk
        if name_only and not self.names_loaded:
            self._load_names()
        known = self.known = DuplicateIndex(track_names=False)
        # Straight to the driver (a chunk can bring back thousands of persons born on the same
        # days); persons merged away are skipped here rather than in SQL, where SQLite would
        # walk the index of ``merged_into_id IS NULL``, which holds every person.
        for person_id, _id, number, valid, merged_into in self._select_in(
            "SELECT n.person_id, n.id, n.number, n.valid, p.merged_into_id FROM phone_numbers n "
            "JOIN persons p ON p.id = n.person_id WHERE n.number",
            phones,
        ):
            if merged_into is None and telling_phone(number, bool(valid)):
                known.phones.setdefault(number, person_id)
        for person_id, _id, key, merged_into in self._select_in(
            "SELECT d.person_id, d.id, d.number_key, p.merged_into_id FROM identity_documents d "
            "JOIN persons p ON p.id = d.person_id WHERE d.number_key",
            document_keys,
        ):
            if merged_into is None:
                known.documents.setdefault(key, person_id)
        for person_id, email, merged_into in self._select_in(
            "SELECT id, email, merged_into_id FROM persons WHERE email", emails
        ):
            if merged_into is None:
                known.emails.setdefault(email, person_id)
        days = {b.isoformat(): b for b in births} if self.sqlite else {b: b for b in births}
        by_birth, outside = known.by_birth, self._not_in_memory()
        for person_id, given, family, native, born, merged_into in self._select_in(
            "SELECT id, given_name, family_name, native_name, date_of_birth, merged_into_id "
            f"FROM persons WHERE {outside}date_of_birth",
            set(days) if outside is not None else set(),
        ):
            if merged_into is None and (keys := person_keys(given, family, native)):
                by_birth[days[born]].append((person_id, keys))
        for born in births:
            if written := self.written.born_on(born):
                read = by_birth.get(born)
                if read is None:
                    by_birth[born] = written
                    continue
                unordered = read[-1][0] > written[0][0]  # a colleague's person, added meanwhile
                read += written
                if unordered:
                    read.sort(key=itemgetter(0))

    def _not_in_memory(self) -> str | None:
        """The condition (and ``AND``) for the persons of the database not in
        ``self.written``: those before this import (on SQLite, which this import's write lock
        holds back, all those with lower ids), and those it forgot; ``None`` for none."""
        if self.batch_id is None:
            return ""  # a dry run writes nothing
        up_to = self.written.forgotten_up_to
        if not self.sqlite:
            return f"(import_batch_id IS DISTINCT FROM {self.batch_id} OR id <= {up_to}) AND "
        up_to = max(up_to, self.ids_before)
        return f"id <= {up_to} AND " if up_to else None

    def _select_in(self, head: str, values: set[Any]) -> Sequence[Row[Any]]:
        """The rows of ``head`` (ending with a column) whose column holds one of ``values``,
        in the order of their leading columns. The values are one parameter, a JSON list on
        SQLite: one statement text for every chunk, where an ``IN`` list of each chunk's
        length made a new one each time, which SQLite compiled and kept (a tenth of an
        import's memory)."""
        if not values:
            return []
        listed: str | list[Any]
        if self.sqlite:
            sql, listed = f"{head} IN (SELECT value FROM json_each(?))", json.dumps(list(values))
        else:
            sql, listed = f"{head} = ANY(%s)", list(values)
        connection = self.session.connection()
        return connection.exec_driver_sql(f"{sql} ORDER BY 1, 2", (listed,)).fetchall()

    def _load_names(self) -> None:
        """A row known by its name alone is matched on the exact name: the names of every
        person are read once, when a list first has such a row, and kept from then on."""
        names = DuplicateIndex()
        for r in self.session.execute(
            select(Person.id, Person.given_name, Person.family_name, Person.native_name)
            .where(Person.merged_into_id.is_(None))
            .order_by(Person.id)
        ):  # every person: here the walk of the merged_into_id index is what is wanted
            names.add_names(self._ref(r.id), person_keys(r.given_name, r.family_name,
                                                         r.native_name))  # fmt: skip
        for latin, ref in self.index.by_name.items():  # a dry run's rows so far
            names.by_name.setdefault(latin, ref)
        self.index.by_name, self.index.track_names = names.by_name, True
        self.names_loaded = True

    def take(self, item: Item) -> None:
        """Decide what one row becomes: created, merged, skipped or rejected."""
        r = self.result
        row, candidate, name, search, keys, phones, documents, document_keys = item
        if candidate is None:
            r.rejected += 1
            r.rejected_rows.append((row, name))
            if self.dry_run:
                r.actions.append(RowAction(row, "reject", "", search))
            return
        # What the row is known by, as the duplicate indexes take it.
        known_by = (
            keys,
            phones,
            candidate.email,
            documents,
            candidate.date_of_birth,
            candidate.household,
            document_keys,
        )
        matches = self._named(find_in((self.known, self.merged, self.index), *known_by))
        action = OnDuplicate.NEW
        if matches:
            action = self.options.decisions.get(row, self.options.on_duplicate)
            r.duplicates.append(
                DuplicateGroup(row, name, tuple(_raw_match(m) for m in matches), action)
            )
            if action is OnDuplicate.ABORT:
                raise ValidationError(
                    f"{r.file_name}, row {row}: '{name}' may be a person already "
                    f"known ({matches[0].reason}); nothing was imported "
                    "(choose merge, skip or new for duplicates)."
                )
        if action is OnDuplicate.SKIP:
            r.skipped += 1
            if self.dry_run:
                r.actions.append(RowAction(row, "skip", name, matches[0].reason))
            return
        if action is OnDuplicate.MERGE:
            target = matches[0].ref
            r.merged += 1
            self.merges.append((candidate, target))
            self.merged.add(target, *known_by)
            if self.dry_run:
                r.actions.append(RowAction(row, "merge", name, matches[0].reason))
        else:
            target = -row
            r.created += 1
            self.creates.append((candidate, name, search, document_keys, keys))
            if self.dry_run:  # a real run reads the names of created rows back from the database
                self.row_names[row] = name
                r.actions.append(RowAction(row, "create", name))
        # Between chunks the database answers for the rows written: a row's keys are kept
        # only for the rows after it in its chunk that share one. Households, which the
        # database does not index, are always kept, and so is every row once the index tracks
        # names: in a dry run (which writes nothing) from the start, in an import from its
        # first row known by name alone.
        if row in self.sharing or candidate.household or self.index.track_names:
            self.index.add(target, *known_by)

    def _named(self, matches: list[Match]) -> list[Match]:
        """Matches by reference (``_ref``), each person once, with its first reason: the
        persons looked up in the database are known by id, also those this import wrote."""
        if not matches:
            return matches
        reasons: dict[int, str] = {}
        for match in matches:
            reasons.setdefault(self._ref(match.ref) if match.ref > 0 else match.ref, match.reason)
        return [Match(ref, reason) for ref, reason in reasons.items()]

    def name_duplicates(self) -> None:
        """Give each duplicate match a name the caseworker recognises."""
        groups = self.result.duplicates
        person_ids = {m.person_id for g in groups for m in g.matches if m.person_id}
        person_ids |= {i for g in groups for m in g.matches
                       if m.row and (i := self.created_id(m.row)) is not None}  # fmt: skip
        names: dict[int, str] = {}
        ids = list(person_ids)
        for start in range(0, len(ids), 500):
            for r in self.session.execute(
                select(*SUMMARY_COLUMNS).where(Person.id.in_(ids[start : start + 500]))
            ):
                names[r.id] = summary_of(r).name
        self.result.duplicates = [
            DuplicateGroup(
                g.row,
                g.name,
                tuple(
                    DuplicateMatch(
                        m.person_id,
                        m.row,
                        names.get(m.person_id, "")
                        if m.person_id
                        else self.row_names.get(m.row or 0)
                        or names.get(self.created_id(m.row or 0) or 0, ""),
                        m.reason,
                    )
                    for m in g.matches
                ),
                g.action,
            )
            for g in self.result.duplicates
        ]

    # ------------------------------------------------------------ writing

    def flush(self) -> None:
        if not self.dry_run:
            if self.creates:
                self._insert_created(self.creates)
            if self.merges:
                self._apply_merges(self.merges)
            self.index.forget_rows()  # the database has them now
        self.creates, self.merges = [], []

    def _insert_created(
        self, created: list[tuple[Candidate, str, str, list[str], NameKeys]]
    ) -> None:
        """Write the created rows column by column: a tuple built per row, then taken apart
        into columns again, cost 0.3 s of CPU on 100,000 rows."""
        writer, actor, now = self.writer, self.actor, self.now
        person_ids = writer.ids(Person, len(created))
        candidates = list(map(itemgetter(0), created))
        self.created_ids.extend(person_ids)
        self.created_rows.extend(map(_ROW, candidates))
        persons: dict[str, Sequence[Any]] = {"id": person_ids}
        for name, value in _PERSON_FIELDS.items():
            persons[name] = list(map(value, candidates))
        persons["notes"] = [c.notes_text for c in candidates]
        persons["search_text"] = list(map(itemgetter(2), created))
        self.written.add(
            zip(person_ids, map(itemgetter(4), created), persons["date_of_birth"], strict=True)
        )
        writer.insert_columns(
            Person, persons,
            same={"import_batch_id": self.batch_id, "created_at": now, "updated_at": now},
        )  # fmt: skip
        owners, positions, phones = _owned(person_ids, map(_PHONES, candidates))
        if phones:
            numbers, valid, labels = zip(*phones, strict=True)
            writer.insert_columns(
                PhoneNumber,
                {"person_id": owners, "number": numbers, "valid": valid, "label": labels,
                 "position": positions},
            )  # fmt: skip
        owners, _positions, documents = _owned(person_ids, map(_DOCUMENTS, candidates))
        if documents:
            kinds, numbers = zip(*documents, strict=True)
            keys = list(chain.from_iterable(map(itemgetter(3), created)))
            writer.insert_columns(
                IdentityDocument,
                {"person_id": owners, "doc_type": kinds, "number": numbers, "number_key": keys},
            )
        writer.insert_columns(
            StatusChange,
            {"person_id": person_ids},
            same={"to_status": CaseStatus.NEW, "changed_at": now, "user_id": actor.user_id,
                  "reason": f"imported from {self.result.file_name}"},
        )  # fmt: skip
        audit.write_bulk(
            writer,
            actor,
            AuditAction.CREATE,
            "person",
            zip(person_ids, repeat(None), repeat(None), map(itemgetter(1), created)),
            now,
        )

    def _apply_merges(self, merges: list[tuple[Candidate, int]]) -> None:
        """Fold each row into its person: empty fields filled, every phone, document, e-mail
        and note kept; each change audited and, for persons older than this import, recorded
        so that undo restores them exactly."""
        targets = [ref if ref > 0 else self._created_person(-ref) for _c, ref in merges]
        snapshots = _load_snapshots(self.session, set(targets))
        touched: dict[int, dict[str, tuple[Any, Any]]] = {}
        added: dict[int, list[tuple[str, dict[str, Any]]]] = {}
        for (candidate, _ref), person_id in zip(merges, targets, strict=True):
            snapshot = snapshots[person_id]
            fields, extra = _merge(snapshot, candidate, self.result.file_name)
            changed = touched.setdefault(person_id, {})
            for name, (old, new) in fields.items():
                changed[name] = (changed[name][0] if name in changed else old, new)
            added.setdefault(person_id, []).extend(extra)
        for person_id, changed in touched.items():
            self._write_merge(snapshots[person_id], changed, added.get(person_id, []))

    def _write_merge(
        self,
        snapshot: dict[str, Any],
        changed: dict[str, tuple[Any, Any]],
        extra: list[tuple[str, dict[str, Any]]],
    ) -> None:
        person_id = snapshot["id"]
        if not changed and not extra:
            return
        older = snapshot["import_batch_id"] != self.batch_id
        search = search_text(
            (
                snapshot["given_name"],
                snapshot["family_name"],
                snapshot["native_name"],
                snapshot["father_name"],
                snapshot["grandfather_name"],
                *snapshot["aliases"],
            ),
            snapshot["phones"],
            (snapshot["email"],),
            snapshot["documents"],
        )
        if search != snapshot["search_text"]:
            changed["search_text"] = (snapshot["search_text"], search)
            snapshot["search_text"] = search
        read_version = snapshot["version"]
        version = read_version + (1 if older else 0)
        snapshot["version"] = version
        values = {name: new for name, (_old, new) in changed.items()}
        values.update(version=version, updated_at=self.now)
        saved = self.session.scalar(
            update(Person)
            .where(Person.id == person_id, Person.version == read_version)
            .values(**values)
            .returning(Person.id)
            .execution_options(synchronize_session=False)
        )
        if saved is None:  # a colleague saved this person while the import ran
            raise ValidationError(
                f"Person #{person_id} was changed by a colleague while the import ran; "
                "nothing was imported. Run the import again."
            )
        if not older and _NAMES_AND_BIRTH & changed.keys():
            born = snapshot["date_of_birth"]
            self.written.replace(
                person_id,
                changed["date_of_birth"][0] if "date_of_birth" in changed else born,
                person_keys(snapshot["given_name"], snapshot["family_name"],
                            snapshot["native_name"]),
                born,
            )  # fmt: skip
        events = [(person_id, name, old, new) for name, (old, new) in changed.items()
                  if name != "search_text"]  # fmt: skip
        records = [_change(self.batch_id, person_id, name, old, new, None, version)
                   for name, (old, new) in changed.items()]  # fmt: skip
        for kind, row in extra:
            model = PhoneNumber if kind == "phone" else IdentityDocument
            (row_id,) = self.writer.ids(model, 1)
            self.writer.insert(model, [{"id": row_id, "person_id": person_id, **row}])
            events.append((person_id, kind, None, row["number"]))
            records.append(
                _change(self.batch_id, person_id, kind, None, row["number"], row_id, version)
            )
        audit.write_bulk(self.writer, self.actor, AuditAction.MERGE, "person", events, self.now)
        if older:
            self.writer.insert(ImportChange, records)


# What a created row writes of its candidate: the person's fields as the candidate holds them
# (then its notes and search text, its phones and documents).
_PERSON_FIELDS = {
    name: attrgetter(name)
    for name in ("given_name", "family_name", "native_name", "father_name", "date_of_birth",
                 "birth_year", "sex", "nationality", "legal_status", "email", "location")
}  # fmt: skip
_ROW, _PHONES, _DOCUMENTS = attrgetter("row"), attrgetter("phones"), attrgetter("documents")
_Item = TypeVar("_Item")


def _owned(
    person_ids: Sequence[int], lists: Iterable[Sequence[_Item]]
) -> tuple[list[int], list[int], list[_Item]]:
    """The items of each person's list (phones, documents) in one list, with their owners
    and their positions in the owner's list: laid out by C, not a tuple built per item."""
    lists = list(lists)
    counts = list(map(len, lists))
    if counts.count(1) == len(counts):  # one each, as most lists have
        return list(person_ids), [0] * len(counts), list(map(itemgetter(0), lists))
    owners = list(chain.from_iterable(map(repeat, person_ids, counts)))
    return owners, list(chain.from_iterable(map(range, counts))), list(chain.from_iterable(lists))


# ---------------------------------------------------------------- merging

# What a person is compared on by date of birth: a merge that changes one of them changes it.
_NAMES_AND_BIRTH = frozenset(("given_name", "family_name", "native_name", "date_of_birth"))
_FILLABLE = ("given_name", "family_name", "native_name", "father_name", "nationality", "location")


_names = person_names


def _paired(keys: array[int], values: array[int], key: int) -> int | None:
    """The value beside ``key`` in two parallel arrays whose keys ascend."""
    i = bisect_left(keys, key)
    return values[i] if i < len(keys) and keys[i] == key else None


def _raw_match(match: Match) -> DuplicateMatch:
    if match.ref > 0:
        return DuplicateMatch(match.ref, None, "", match.reason)
    return DuplicateMatch(None, -match.ref, "", match.reason)


def _load_snapshots(session: Session, person_ids: set[int]) -> dict[int, dict[str, Any]]:
    snapshots: dict[int, dict[str, Any]] = {}
    ids = sorted(person_ids)
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        for r in session.execute(select(Person.__table__).where(Person.id.in_(part))):
            snapshot = dict(r._mapping)
            snapshot["aliases"] = list(snapshot["aliases"] or [])
            snapshot["phones"], snapshot["documents"] = [], []
            snapshots[r.id] = snapshot
        for person_id, number in session.execute(
            select(PhoneNumber.person_id, PhoneNumber.number)
            .where(PhoneNumber.person_id.in_(part))
            .order_by(PhoneNumber.position)
        ):
            snapshots[person_id]["phones"].append(number)
        for person_id, number in session.execute(
            select(IdentityDocument.person_id, IdentityDocument.number).where(
                IdentityDocument.person_id.in_(part)
            )
        ):
            snapshots[person_id]["documents"].append(number)
    return snapshots


def _merge(
    snapshot: dict[str, Any], c: Candidate, file_name: str
) -> tuple[dict[str, tuple[Any, Any]], list[tuple[str, dict[str, Any]]]]:
    """The field changes and new phone/document rows that fold ``c`` into ``snapshot``
    (updated in place). Nothing of either side is lost: conflicting values go to notes."""
    fields: dict[str, tuple[Any, Any]] = {}
    notes: list[str] = []

    def put(name: str, value: Any) -> None:
        fields[name] = (snapshot[name], value)
        snapshot[name] = value

    for name in _FILLABLE:
        new = getattr(c, name)
        if new and not snapshot[name]:
            put(name, new)
        elif new and fold(new) != fold(snapshot[name]) and name in ("nationality", "location"):
            notes.append(f"{name.replace('_', ' ').capitalize()} in the list: {new}")
    known_names = {fold(n) for n in _names(snapshot["given_name"], snapshot["family_name"],
                                           snapshot["native_name"])}  # fmt: skip
    known_names |= {fold(a) for a in snapshot["aliases"]}
    new_aliases = [n for n in _names(c.given_name, c.family_name, c.native_name)
                   if fold(n) not in known_names]  # fmt: skip
    if new_aliases:
        put("aliases", snapshot["aliases"] + new_aliases)
    if c.date_of_birth and snapshot["date_of_birth"] is None:
        put("date_of_birth", c.date_of_birth)
    elif c.date_of_birth and c.date_of_birth != snapshot["date_of_birth"]:
        notes.append(f"Date of birth in the list: {c.date_of_birth.isoformat()}")
    if c.birth_year and snapshot["birth_year"] is None:
        put("birth_year", c.birth_year)
    if c.legal_status is not LegalStatus.UNKNOWN:
        if snapshot["legal_status"] is LegalStatus.UNKNOWN:
            put("legal_status", c.legal_status)
        elif c.legal_status is not snapshot["legal_status"]:
            notes.append(f"Legal status in the list: {c.legal_status.value}")
    if c.sex is not Sex.UNKNOWN and snapshot["sex"] is Sex.UNKNOWN:
        put("sex", c.sex)
    if c.email and not snapshot["email"]:
        put("email", c.email)
    elif c.email and c.email != snapshot["email"]:
        notes.append(f"Other e-mail: {c.email}")
    existing_notes = snapshot["notes"] or ""
    fresh = [n for n in notes + c.notes if n not in existing_notes]
    if fresh:
        header = f"From {file_name}, row {c.row}:"
        put("notes", "\n".join(p for p in (existing_notes, header, *fresh) if p))
    extra: list[tuple[str, dict[str, Any]]] = []
    for number, valid, label in c.phones:
        if number not in snapshot["phones"]:
            extra.append(
                (
                    "phone",
                    {
                        "number": number,
                        "valid": valid,
                        "label": label,
                        "position": len(snapshot["phones"]),
                    },
                )
            )
            snapshot["phones"].append(number)
    known_documents = {fast_alnum_key(d) for d in snapshot["documents"]}
    for doc_type, number in c.documents:
        if fast_alnum_key(number) not in known_documents:
            extra.append(
                (
                    "document",
                    {
                        "doc_type": doc_type,
                        "number": number,
                        "number_key": fast_alnum_key(number),
                    },
                )
            )
            snapshot["documents"].append(number)
            known_documents.add(fast_alnum_key(number))
    return fields, extra


def _stored(value: Any) -> str:
    """An exact, typed-back-able copy of a field value for undo."""
    if isinstance(value, date):
        return json.dumps(value.isoformat())
    return json.dumps(value)


def _change(
    batch_id: int | None,
    person_id: int,
    name: str,
    old: Any,
    new: Any,
    added_id: int | None,
    version: int,
) -> dict[str, Any]:
    return {
        "batch_id": batch_id,
        "person_id": person_id,
        "field": name,
        "old_value": _stored(old),
        "new_value": _stored(new),
        "added_id": added_id,
        "person_version": version,
    }


def _restored(name: str, stored: str | None) -> Any:
    value = json.loads(stored) if stored is not None else None
    if value is None:
        return None
    if name == "date_of_birth":
        return date.fromisoformat(value)
    if name == "legal_status":
        return LegalStatus(value)
    if name == "sex":
        return Sex(value)
    return value


# ---------------------------------------------------------------- undo and history


def undo_import(ctx: Context, batch_id: int) -> UndoResult:
    """Delete the persons an import created and restore what its merges changed, in one
    transaction; refused if any of them has been worked on since, so no work is lost.
    An administrator's work: it deletes records."""
    ctx.require_write()
    ctx.require_admin()
    backup.rotate(ctx, "before-undo-import")
    now = utcnow()
    with ctx.db.transaction() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(f"There is no import #{batch_id}.")
        if batch.undone_at is not None:
            raise ValidationError(f"Import #{batch_id} ({batch.file_name}) was already undone.")
        worked_on = list(
            session.scalars(
                select(Person.id)
                .where(Person.import_batch_id == batch_id, Person.version != 1)
                .limit(5)
            )
        )
        changes = session.scalars(
            select(ImportChange).where(ImportChange.batch_id == batch_id).order_by(ImportChange.id)
        ).all()
        final_version: dict[int, int] = {}
        for change in changes:
            final_version[change.person_id] = change.person_version
        current = {
            r.id: r.version
            for r in session.execute(
                select(Person.id, Person.version).where(Person.id.in_(list(final_version)))
            )
        }
        worked_on += [pid for pid, v in final_version.items() if current.get(pid) != v][:5]
        if worked_on:
            shown = ", ".join(f"#{pid}" for pid in worked_on[:5])
            raise ValidationError(
                f"Import #{batch_id} cannot be undone: persons it created or merged have been "
                f"changed since ({shown}), by a caseworker or a later import (undo that one "
                "first); undoing would lose that work."
            )
        restored = _undo_merges(session, ctx.actor, list(changes), now)
        created = list(session.scalars(select(Person.id).where(Person.import_batch_id == batch_id)))
        writer = BulkWriter(session)
        for start in range(0, len(created), 5000):
            part = created[start : start + 5000]
            session.execute(delete(Person).where(Person.id.in_(part)))
            audit.blank_values(session, "person", part)  # no name of theirs stays behind
            audit.write_bulk(
                writer,
                ctx.actor,
                AuditAction.DELETE,
                "person",
                ((p, None, None, None) for p in part),
                now,
            )
        batch.undone_at = now
        audit.record(
            session, ctx.actor, AuditAction.UPDATE, "import_batch", batch_id, "undone_at", None, now
        )
        return UndoResult(batch_id, len(created), restored)


def _undo_merges(session: Session, actor: Actor, changes: list[ImportChange], now: datetime) -> int:
    """Newest change first, so each field ends at its value from before the import."""
    values: dict[int, dict[str, Any]] = {}
    for change in reversed(changes):
        if change.added_id is not None:
            model = PhoneNumber if change.field == "phone" else IdentityDocument
            session.execute(delete(model).where(model.id == change.added_id))
        else:
            values.setdefault(change.person_id, {})[change.field] = _restored(
                change.field, change.old_value
            )
        audit.record(
            session,
            actor,
            AuditAction.UPDATE,
            "person",
            change.person_id,
            change.field,
            json.loads(change.new_value) if change.new_value else None,
            json.loads(change.old_value) if change.old_value else None,
        )
    persons = {c.person_id for c in changes}
    for person_id in persons:
        update_values = values.get(person_id, {})
        session.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(**update_values, version=Person.version + 1, updated_at=now)
        )
    return len(persons)


def list_batches(ctx: Context, limit: int = 100) -> list[BatchSummary]:
    """Recent imports, newest first."""
    with ctx.db.reading() as session:
        rows = session.execute(
            select(ImportBatch, User.username)
            .outerjoin(User, User.id == ImportBatch.user_id)
            .order_by(ImportBatch.id.desc())
            .limit(limit)
        )
        return [
            BatchSummary(
                b.id,
                b.file_name,
                b.sha256,
                username,
                b.created_at,
                b.created_count,
                b.merged_count,
                b.skipped_count,
                b.rejected_count,
                b.undone_at,
            )
            for b, username in rows
        ]
