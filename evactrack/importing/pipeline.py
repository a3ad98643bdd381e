"""The rows of a contact list, normalised chunk by chunk, here or in a second process.

Normalising is most of an import's Python work and needs nothing from the database, so for a
large file a forked worker reads and normalises the next chunk while the importing process
checks duplicates and writes the previous one. Both ways yield the same chunks, in file order.
The worker never touches the database: if the import stops, for any reason, it is ended.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from evactrack.domain.enums import LegalStatus
from evactrack.importing.duplicates import name_keys, person_names
from evactrack.importing.mapping import ColumnMapping, Target
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
# A row to create or merge: (row, candidate, display name, search text, name keys, telling
# phones, document numbers, their keys); a rejected row: (row, None, cells, the reason, None,
# ...).
Item = tuple[int, Candidate | None, Any, str, Any, Any, Any, Any]
# The items of up to CHUNK_ROWS rows, their issues, and (bytes read, file size) after them.
Chunk = tuple[list[Item], list[Issue], tuple[int, int]]


def date_order(table: Table, column: str | None) -> DateOrder:
    """Read the date column once: its unambiguous dates tell how ambiguous ones are written."""
    if column is None:
        return DateOrder.UNSETTLED
    position = table.info.headers.index(column)
    day_first = month_first = 0
    for text in table.column_values(position):
        evidence = date_evidence(text.strip())
        if evidence is DateOrder.DAY_FIRST:
            day_first += 1
        elif evidence is DateOrder.MONTH_FIRST:
            month_first += 1
    return settle_order(day_first, month_first)


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
    keys = name_keys(person_names(given, family, native))
    phones = [p[0] for p in c.phones if telling_phone(p[0], p[1])]
    document_keys = [fast_alnum_key(d) for d in documents]
    return (row, c, c.name, search, keys, phones, documents, document_keys)


def chunks(table: Table, normaliser: RowNormaliser) -> Iterator[Chunk]:
    """Normalised chunks of the file, in this process."""
    items: list[Item] = []
    issues: list[Issue] = []
    for row, cells in table.rows():
        items.append(prepare(normaliser, row, cells, issues))
        if len(items) == CHUNK_ROWS:
            yield items, issues, table.progress
            items, issues = [], []
    if items:
        yield items, issues, table.progress


def can_fork() -> bool:
    """Only a single-threaded process (the command line) is forked: forking a process whose
    other threads may hold locks (the desktop app) can leave the child waiting forever."""
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )


class Worker:
    """A forked process that reads and normalises the file and sends its chunks back, one
    ahead of the importer (the pipe holds it back, so memory does not grow with the file)."""

    def __init__(
        self,
        path: Path,
        options: ReadOptions,
        mapping: ColumnMapping,
        region: str,
        default_legal_status: LegalStatus,
    ) -> None:
        context = multiprocessing.get_context("fork")
        self._receiver, sender = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_work,
            args=(self._receiver, sender, path, options, mapping, region, default_legal_status),
            name="evactrack-import-normaliser",
            daemon=True,
        )
        self._process.start()
        sender.close()

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
            yield message[1], message[2], message[3]

    def close(self) -> None:
        """End the worker, finished or not."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receiver.close()


def _work(
    receiver: Connection,
    sender: Connection,
    path: Path,
    options: ReadOptions,
    mapping: ColumnMapping,
    region: str,
    default_legal_status: LegalStatus,
) -> None:
    import gc

    # Only the importer may hold the reading end: if it is killed, the next send fails and
    # this process ends instead of waiting for a reader forever.
    receiver.close()
    gc.disable()  # the chunks hold no reference cycles
    try:
        try:
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
            for items, issues, progress in chunks(table, normaliser):
                sender.send(("chunk", items, issues, progress))
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
        os._exit(0)  # no clean-up of what belongs to the importing process
