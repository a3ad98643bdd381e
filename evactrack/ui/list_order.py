"""The worker's side of the case list (plain data, no Qt): the filtered, sorted order, and
what a keystroke's search finds in it.

The order is kept while only the search text changes, so a keystroke never re-sorts 100k
persons: a search asks the trigram index for its hits and puts them in the list's order.
Once the list holds its own copy of the search texts (read in the background after the list
is shown), a search that narrows the previous one (one more letter typed) looks at the
previous hits alone instead of asking the index again. A write starts a new generation:
nothing read before it is reused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import compress

from evactrack.services import caselist
from evactrack.services.caselist import CaseQuery, CaseRow, StaleQuery
from evactrack.services.context import Context
from evactrack.services.search import search_tokens

Key = tuple[int, CaseQuery]  # a generation and the list's query without its search


@dataclass(frozen=True, slots=True)
class _Order:
    key: Key
    ids: list[int]
    rows: dict[int, int]  # person id -> row


@dataclass(frozen=True, slots=True)
class _Found:
    key: Key
    tokens: list[str]
    ids: list[int]  # in the list's order
    texts: list[str]  # their search texts


@dataclass(frozen=True, slots=True)
class Shown:
    """What a list query hands the GUI thread: the ids in the list's order and the rows of
    the first screen. ``complete`` is false for a search's first screen alone: its other
    hits, and their number, follow from :meth:`ListOrder.page`."""

    ids: list[int]
    rows: list[CaseRow]
    complete: bool = True


def narrows(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether every person found by ``after`` is found by ``before``: each token of
    ``before`` lies inside a token of ``after`` (typing one more letter, or a new word)."""
    return all(any(old in new for new in after) for old in before)


def first_hits(texts: Sequence[str], tokens: Sequence[str], wanted: int, limit: int) -> list[int]:
    """The positions of the first ``wanted`` texts holding every token, looking at ``limit``
    texts at most; fewer positions when the limit came first. A query many persons match
    fills a screen after a few dozen texts, whatever its number of hits."""
    found: list[int] = []
    for position, text in enumerate(texts[:limit]):
        if all(token in text for token in tokens):
            found.append(position)
            if len(found) == wanted:
                break
    return found


def scan(ids: list[int], texts: list[str], tokens: Sequence[str]) -> tuple[list[int], list[str]]:
    """The persons whose text holds every token, in the order given: the index's rule
    (:func:`evactrack.services.search.search_condition`), in memory."""
    for token in tokens:
        keep = [token in text for text in texts]
        ids, texts = list(compress(ids, keep)), list(compress(texts, keep))
    return ids, texts


class ListOrder:
    """Called from the list's worker threads, one query at a time (a background read of the
    texts may overlap a keystroke's query: each publishes its result in one assignment)."""

    # Hits kept with their texts for the next keystroke, up to this many: looking at them
    # costs about 0.4 µs each, against a few ms for the index. A search with more hits
    # (three phone digits every person has) asks the index again.
    SCANNED = 20_000
    # Past this share of the list, one pass over its ids beats sorting the hits by row.
    WIDE = 1 / 8
    ROWS_KEPT = 2_000  # rows of first screens kept for the next keystrokes

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._order: _Order | None = None
        self._texts: tuple[int, dict[int, str]] | None = None  # generation, text by id
        self._aligned: tuple[Key, list[str]] | None = None  # texts in the order's rows
        self._found: _Found | None = None  # the last search's hits, with their texts
        self._rows: tuple[int, dict[int, CaseRow]] | None = None  # generation, row by id

    # Texts looked at for a first screen before the search is left to the index: a query
    # that has not filled a screen by then has few hits, which the index finds in a few ms
    # (1 ms of walking per 3,000 texts or so).
    WALKED = 3_000

    def ids(self, asked: CaseQuery, generation: int, stale: StaleQuery | None = None) -> list[int]:
        order = self._ordered(asked, generation, stale)
        tokens = search_tokens(asked.search)
        if not tokens:
            return order.ids
        found = self._found
        if found is not None and found.key == order.key and narrows(found.tokens, tokens):
            ids, texts = scan(found.ids, found.texts, tokens)
        else:
            ids = self._in_order(caselist.matching_ids(self.ctx, asked.search, stale), order)
            aligned = self._aligned
            if aligned is None or aligned[0] != order.key or len(ids) > self.SCANNED:
                self._found = None
                return ids
            texts = [aligned[1][order.rows[i]] for i in ids]
        self._found = _Found(order.key, tokens, ids, texts)
        return ids

    def first_page(self, asked: CaseQuery, generation: int, size: int, stale: StaleQuery) -> Shown:
        """A search's first screen without waiting for all its hits: the list's own copy of
        the search texts (or the previous hits, when one more letter is typed) walked in the
        list's order until the screen is full. A search with few hits, or before the copy
        is read, goes to :meth:`page` at once: the index answers it in a few ms."""
        tokens = search_tokens(asked.search)
        order = self._ordered(asked, generation, stale)
        candidates: tuple[list[int], Sequence[str]] | None = None
        found, aligned = self._found, self._aligned
        if tokens and found and found.key == order.key and narrows(found.tokens, tokens):
            candidates = (found.ids, found.texts)
        if tokens and candidates is None and aligned is not None and aligned[0] == order.key:
            candidates = (order.ids, aligned[1])
        if candidates is not None:
            positions = first_hits(candidates[1], tokens, size, self.WALKED)
            if len(positions) == size:
                ids = [candidates[0][p] for p in positions]
                return Shown(ids, self._rows_of(ids, generation), complete=False)
        return self.page(asked, generation, size, stale)

    def page(self, asked: CaseQuery, generation: int, size: int, stale: StaleQuery) -> Shown:
        """The ids and the rows of the first ``size`` of them: the GUI thread shows them
        without a query of its own."""
        ids = self.ids(asked, generation, stale)
        return Shown(ids, self._rows_of(ids[:size], generation))

    def _rows_of(self, wanted: list[int], generation: int) -> list[CaseRow]:
        """The rows of these persons. Rows read for an earlier keystroke of the same
        generation are not read again (one more letter typed mostly shows the same)."""
        known = self._rows
        cache = known[1] if known is not None and known[0] == generation else {}
        missing = [i for i in wanted if i not in cache]
        if missing:
            cache = dict(cache) if len(cache) < self.ROWS_KEPT else {}
            cache.update((row.id, row) for row in caselist.rows(self.ctx, missing))
            self._rows = (generation, cache)
        return [cache[i] for i in wanted if i in cache]

    def has_texts(self, asked: CaseQuery, generation: int) -> bool:
        aligned = self._aligned
        return aligned is not None and aligned[0] == (generation, replace(asked, search=""))

    def load_texts(self, asked: CaseQuery, generation: int, stale: StaleQuery) -> None:
        """Read every person's search text (once per generation) and line them up with the
        order; about a quarter of a second at 100k persons, in the background."""
        order = self._ordered(asked, generation, stale)
        texts = self._texts
        if texts is None or texts[0] != generation:
            texts = self._texts = (generation, caselist.search_texts(self.ctx, stale))
        by_id = texts[1]
        self._aligned = (order.key, [by_id.get(i, "") for i in order.ids])

    def _ordered(self, asked: CaseQuery, generation: int, stale: StaleQuery | None) -> _Order:
        key = (generation, replace(asked, search=""))
        order = self._order
        if order is None or order.key != key:
            ids = caselist.ordered_ids(self.ctx, key[1], stale)
            # Built with the order (100k ids: about 5 ms), not at the first keystroke.
            order = self._order = _Order(key, ids, dict(zip(ids, range(len(ids)), strict=True)))
        return order

    def _in_order(self, hits: set[int] | None, order: _Order) -> list[int]:
        if not hits:
            return []
        if len(hits) > len(order.ids) * self.WIDE:
            return list(filter(hits.__contains__, order.ids))
        # A narrow search: sorting its few hits by their row beats a pass over every id.
        rows = order.rows
        return sorted(filter(rows.__contains__, hits), key=rows.__getitem__)
