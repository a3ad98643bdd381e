"""Search for persons: a query's tokens found as substrings of their names (either
script), phones, e-mail and documents, through a trigram index where it can: SQLite's FTS5
table, PostgreSQL's GIN index (pg_trgm, migration 0011) under ``LIKE``."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, select, text
from sqlalchemy.orm import Session

from evactrack.db.models import Person
from evactrack.domain.names import digits_only, fold
from evactrack.domain.phones import search_digits
from evactrack.services.context import Context
from evactrack.services.persons import SUMMARY_COLUMNS, PersonSummary, summary_of

_PHONE_QUERY = re.compile(r"^[\s+()\-./0-9٠-٩۰-۹]+$")
_DOCUMENT_SEPARATORS = str.maketrans("", "", "-/")


def _search_token(token: str) -> str:
    """Document numbers are stored without dashes (``SIV-98765`` as ``siv98765``): a token
    with digits loses its dashes and slashes, unless it is an e-mail address."""
    if "@" in token or not any(ch.isdigit() for ch in token):
        return token
    return token.translate(_DOCUMENT_SEPARATORS)


def search_tokens(query: str) -> list[str]:
    """Folded tokens of a query; a phone-like query becomes one run of digits."""
    if _PHONE_QUERY.match(query) and digits_only(query):
        digits = search_digits(query)
        return [digits] if digits else []
    return [t for t in (_search_token(t) for t in fold(query).replace('"', " ").split()) if t]


def fts_match(tokens: Iterable[str]) -> str:
    """The FTS5 query (trigram index ``person_search``) finding every token as a substring:
    each token quoted as a phrase. Only for tokens of three characters or more, which
    :func:`search_tokens` never leaves with a double quote."""
    return " ".join('"' + t + '"' for t in tokens)


def _indexed_ids(tokens: list[str]) -> Select[Any]:
    """The ids of the persons whose text holds every token, from SQLite's trigram index."""
    return (
        select(text("rowid"))
        .select_from(text("person_search"))
        .where(text("person_search MATCH :fts_query"))
        .params(fts_query=fts_match(tokens))
    )


def index_answers(session: Session, tokens: list[str]) -> bool:
    """Whether the search index alone finds these tokens, reading no person's row: SQLite's
    trigram index, every token of three characters or more."""
    return (
        bool(tokens) and session.get_bind().dialect.name == "sqlite" and min(map(len, tokens)) >= 3
    )


def index_ids(session: Session, query: str) -> Select[Any] | None:
    """The ids of the persons ``query`` finds, from the search index alone (``None`` when
    it cannot answer alone, or for no query)."""
    tokens = search_tokens(query)
    return _indexed_ids(tokens) if index_answers(session, tokens) else None


def search_condition(session: Session, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on Person matching every token as a substring (``None``: no query)."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    clauses: list[ColumnElement[bool]] = []
    long_tokens = [t for t in tokens if len(t) >= 3]
    if session.get_bind().dialect.name == "sqlite" and long_tokens:
        clauses.append(Person.id.in_(_indexed_ids(long_tokens)))
        tokens = [t for t in tokens if len(t) < 3]
    for token in tokens:
        escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append(Person.search_text.like(f"%{escaped}%", escape="\\"))
    return and_(*clauses)


def search(ctx: Context, query: str, limit: int = 100) -> list[PersonSummary]:
    """Persons whose names (either script), phones, e-mail or documents contain the query;
    case, diacritics, Arabic letter variants and phone formatting are ignored."""
    with ctx.db.reading() as session:
        condition = search_condition(session, query)
        if condition is None:
            return []
        query_rows = session.execute(
            select(*SUMMARY_COLUMNS).where(condition).order_by(Person.id).limit(limit)
        )
        return [summary_of(r) for r in query_rows]
