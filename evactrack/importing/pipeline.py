"""The rows of a contact list, normalised chunk by chunk, here or in a second process.

Normalising is most of an import's Python work and needs nothing from the database, so for a
large file a worker process reads and normalises the next chunk while the importing process
checks duplicates and writes the previous one. Both ways yield the same chunks, in file order.
The worker is a fresh interpreter (started, never forked), so the desktop, whose other threads
may hold locks a fork would copy, gets it as the command line does. It never touches the
database: if the import stops, for any reason, it is ended.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, NamedTuple

import phonenumbers

from evactrack.domain.enums import LegalStatus
from evactrack.domain.errors import ValidationError
from evactrack.importing.duplicates import person_keys
from evactrack.importing.mapping import ColumnMapping, Target, detect_mapping
from evactrack.importing.normalise import (
    Candidate,
    DateOrder,
    Issue,
    RowNormaliser,
    date_evidence,
    settle_order,
    telling_phone,
)
from evactrack.importing.readers import ReadOptions, Table
from evactrack.importing.text import fast_alnum_key, search_text

CHUNK_ROWS = 2000
PIPE_BYTES = 1024 * 1024  # a chunk of 2,000 rows pickles to some 600 KB
# A row to create or merge: (row, candidate, display name, search text, name keys, telling
# phones, document numbers, their keys); a rejected row: (row, None, cells, the reason, None,
# ...).
Item = tuple[int, Candidate | None, Any, str, Any, Any, Any, Any]


class ChunkKeys(NamedTuple):
    """What a chunk's rows are known by, for the importer to look up in the database: worked
    out beside the rows (in the second process, for a large list)."""

    phones: set[str]
    emails: set[str]
    document_keys: set[str]
    births: set[date]  # of the rows with a name
    name_only: bool  # a row known by its name alone
    # The rows sharing one of those with another row of the chunk: only they can be a later
    # row's duplicate within it (the database holds the earlier chunks' rows).
    sharing: set[int]


# The items of up to CHUNK_ROWS rows, their issues, (bytes read, file size) after them, and
# what they are known by.
Chunk = tuple[list[Item], list[Issue], tuple[int, int], ChunkKeys]


def date_order(table: Table, column: str | None) -> DateOrder:
    """Read the date column once: its unambiguous dates tell how ambiguous ones are written."""
    if column is None:
        return DateOrder.UNSETTLED
    position = table.info.headers.index(column)
    # A list repeats its dates: each is looked at once (the import waits for this).
    found = {date_evidence(text.strip()) for text in set(table.column_values(position))}
    return settle_order(DateOrder.DAY_FIRST in found, DateOrder.MONTH_FIRST in found)


def prepare(normaliser: RowNormaliser, row: int, cells: list[str], issues: list[Issue]) -> Item:
    """One row as the importer takes it; what can be computed without the database is."""
    c = normaliser.normalise(row, cells, issues)
    if c is None:
        return (row, None, cells, issues[-1].message, None, None, None, None)
    given, family, native = c.given_name, c.family_name, c.native_name
    documents = [d[1] for d in c.documents]
    search = search_text(
        (given, family, native, c.father_name), [p[0] for p in c.phones], (c.email,), documents
    )
    keys = person_keys(given, family, native)
    phones = [p[0] for p in c.phones if telling_phone(p[0], p[1])]
    document_keys = [fast_alnum_key(d) for d in documents]
    return (row, c, c.name, search, keys, phones, documents, document_keys)


def chunk_keys(items: list[Item]) -> ChunkKeys:
    """What the rows of a chunk are known by, each kind once, and which rows share a key.
    The kinds share one table of first rows: a phone written like a document number only
    marks two rows as sharing, which costs an index entry, never a missed duplicate."""
    phones: set[str] = set()
    emails: set[str] = set()
    document_keys: set[str] = set()
    births: set[date] = set()
    name_only = False
    first_row: dict[object, int] = {}
    sharing: set[int] = set()
    for item in items:
        row, c = item[0], item[1]
        if c is None:
            continue
        documents = [k for k in item[7] if k]
        phones.update(item[5])
        document_keys.update(documents)
        keys: list[object] = [*item[5], *documents]
        if c.email:
            emails.add(c.email)
            keys.append(c.email)
        if c.date_of_birth and item[4]:
            births.add(c.date_of_birth)
            keys.append(c.date_of_birth)
        for key in keys:
            first = first_row.setdefault(key, row)
            if first != row:
                sharing.add(first)
                sharing.add(row)
        name_only = name_only or not (item[5] or c.email or item[6] or c.date_of_birth)
    return ChunkKeys(phones, emails, document_keys, births, name_only, sharing)


def chunks(table: Table, normaliser: RowNormaliser) -> Iterator[Chunk]:
    """Normalised chunks of the file, in this process."""
    items: list[Item] = []
    issues: list[Issue] = []
    for row, cells in table.rows():
        items.append(prepare(normaliser, row, cells, issues))
        if len(items) == CHUNK_ROWS:
            yield items, issues, table.progress, chunk_keys(items)
            items, issues = [], []
    if items:
        yield items, issues, table.progress, chunk_keys(items)


# Files from this size on (some 5,000 rows) are normalised in a second process.
PARALLEL_MIN_BYTES = 512 * 1024


class OpenedFile:
    """A list read far enough to know its columns, its mapping detected (unless given) and
    checked, and for a large one the second process started. It needs nothing of the
    database: the command line opens it first thing, and the process starts while the
    database is opened and the user logged in. Close it (``with``) on every way out."""

    def __init__(
        self,
        path: Path,
        options: ReadOptions,
        mapping: ColumnMapping | None,
        region: str,
        default_legal_status: LegalStatus,
    ) -> None:
        if region.upper() not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError(f"'{region}' is not a region code such as AF, US or FR.")
        self.table = Table(path, options)
        self.mapping = mapping or detect_mapping(self.table.info.headers)
        self.mapping.check(self.table.info.headers, self.table.name)
        self.worker: Worker | None = None
        if self.table.size >= PARALLEL_MIN_BYTES and can_start_worker():
            info = self.table.info
            detected = ReadOptions(
                info.encoding or options.encoding,
                info.delimiter or options.delimiter,
                info.sheet or options.sheet,
            )
            self.worker = Worker(path, detected, self.mapping, region.upper(),
                                 default_legal_status)  # fmt: skip

    def __enter__(self) -> OpenedFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End the normalising process, finished or not."""
        if self.worker is not None:
            self.worker.close()


def can_start_worker() -> bool:
    """A worker is a ``python`` of a POSIX system (it is handed its pipe by number); a frozen
    bundle has no ``python`` to start, so it normalises in process."""
    return os.name == "posix" and not getattr(sys, "frozen", False)


class Worker:
    """A Python process of its own that reads and normalises the file and sends its chunks
    back, one ahead of the importer (the pipe holds it back, so memory does not grow with the
    file). Started as ``python -c``, it imports only what normalising needs: neither the
    caller's main script nor Qt."""

    def __init__(
        self,
        path: Path,
        options: ReadOptions,
        mapping: ColumnMapping,
        region: str,
        default_legal_status: LegalStatus,
    ) -> None:
        reading, writing = os.pipe()
        _widen(writing)
        environment = dict(os.environ)
        # The package the importer runs from, whether installed or a checkout.
        root = str(Path(__file__).resolve().parents[2])
        environment["PYTHONPATH"] = os.pathsep.join(
            p for p in (root, environment.get("PYTHONPATH")) if p
        )
        self._process = subprocess.Popen(
            [sys.executable, "-c", _START, str(writing)],
            stdin=subprocess.PIPE,
            pass_fds=(writing,),
            env=environment,
        )
        os.close(writing)  # only the worker writes: its end closes the pipe
        self._receiver = Connection(reading, writable=False)
        assert self._process.stdin is not None
        with self._process.stdin as arguments:
            pickle.dump((path, options, mapping, region, default_legal_status), arguments)

    def _receive(self) -> Any:
        try:
            message = self._receiver.recv()
        except EOFError:
            raise RuntimeError("the import's normalising process stopped unexpectedly") from None
        if message[0] == "error":
            raise message[1]
        return message

    def date_order(self) -> DateOrder:
        return DateOrder(self._receive()[1])

    def chunks(self) -> Iterator[Chunk]:
        while True:
            message = self._receive()
            if message[0] == "end":
                return
            yield message[1], message[2], message[3], message[4]

    def close(self) -> None:
        """End the worker, finished or not."""
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        self._receiver.close()


def _widen(pipe: int) -> None:
    """Let the pipe hold a whole chunk or two (Linux): with the default 64 KiB the worker
    waits for the importer to read each chunk piece by piece before normalising the next."""
    try:
        import fcntl  # POSIX only, as the worker is

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (AttributeError, OSError):
        pass  # another system, or a lower limit: the default size works, only slower


_START = "import sys; from evactrack.importing.pipeline import work; work(int(sys.argv[1]))"


def work(pipe: int) -> None:
    """The worker's life: its arguments from standard input, its chunks to ``pipe``; when the
    importer goes away, the next send fails and the worker ends."""
    import gc

    gc.disable()  # the chunks hold no reference cycles
    sender = Connection(pipe, readable=False)
    try:
        try:
            path, options, mapping, region, default_legal_status = pickle.load(sys.stdin.buffer)
            table = Table(path, options)
            normaliser = RowNormaliser(
                table.info.headers,
                mapping,
                region=region,
                default_legal_status=default_legal_status,
            )
            order = date_order(table, normaliser.column(Target.DATE_OF_BIRTH))
            normaliser.date_order = order
            sender.send(("order", order.value))
            for items, issues, progress, keys in chunks(table, normaliser):
                sender.send(("chunk", items, issues, progress, keys))
            sender.send(("end",))
        except (BrokenPipeError, EOFError):
            pass  # the importer has gone: nothing to tell
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the importer
            try:
                sender.send(("error", exc))
            except Exception:  # noqa: BLE001 - e.g. an exception that cannot be pickled
                sender.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    except (BrokenPipeError, EOFError, OSError):
        pass
    finally:
        sender.close()
