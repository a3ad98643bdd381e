"""The audit trail's hash chain, in one place for the services and the migration that chains
the events of older databases: a change here breaks every stored chain."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from datetime import UTC, datetime
from enum import Enum
from typing import Any

GENESIS = "0" * 64  # the "previous hash" of the first event


_JSON_STRING = json.encoder.encode_basestring  # the C escaper json.dumps itself uses


def _json_text(value: str | int | None) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False)`` writes it, without building an
    encoder per call: a bulk write chains a hundred thousand events (the chain's texts are
    strings, integers and nulls only)."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return _JSON_STRING(value)
    return int.__repr__(value)


def content_hash(old_value: str | None, new_value: str | None) -> str:
    """The hash of an event's personal values, kept when retention blanks them: the SHA-256
    of the pair as a compact JSON array, the chain's stored form."""
    stored = f"[{_json_text(old_value)},{_json_text(new_value)}]"
    return hashlib.sha256(stored.encode()).hexdigest()


def _stored_time(value: datetime | str) -> str:
    """One text for a time however it reached the database (aware, naive UTC, SQLite text)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(" ", "microseconds")


def link(previous: str, event: Mapping[Any, Any], content: str) -> str:
    """The chain hash of ``event`` after ``previous``: the SHA-256 of (previous, content, time,
    user id, username, action, entity, entity id, field) as a compact JSON array, its shared
    middle written once."""
    return _linked(previous, content, _middle(event), event["entity_id"], event.get("field"))


def _middle(event: Mapping[Any, Any]) -> str:
    action = event["action"]
    return _shared_fields(
        event["occurred_at"],
        event["user_id"],
        event["username"],
        action.value if isinstance(action, Enum) else action,
        event["entity"],
    )


def _linked(
    previous: str, content: str, middle: str, entity_id: int | None, field: str | None
) -> str:
    # The two hashes are hex digits (or GENESIS): JSON strings as they stand.
    stored = f'["{previous}","{content}",{middle},{_json_text(entity_id)},{_json_text(field)}]'
    return hashlib.sha256(stored.encode()).hexdigest()


@functools.lru_cache(maxsize=4096)  # a bulk write stamps thousands of events alike
def _shared_fields(
    occurred_at: datetime | str, user_id: int | None, username: str, action: str, entity: str
) -> str:
    """The fields that the events of one step share, as they stand in the middle of the
    chain's JSON array."""
    return ",".join(map(_json_text, (_stored_time(occurred_at), user_id, username, action, entity)))


def chain_rows(previous: str | None, events: Sequence[MutableMapping[str, Any]]) -> str:
    """Fill ``content_hash`` and ``chain_hash`` of each event dict, in order, after
    ``previous``; returns the last chain hash. The events must then be inserted in this order,
    in the same transaction (``services.audit.chain_bulk`` does it for a session)."""
    last = previous or GENESIS
    for event in events:
        content = content_hash(event.get("old_value"), event.get("new_value"))
        last = link(last, event, content)
        event["content_hash"] = content
        event["chain_hash"] = last
    return last


# One event of a step, as its stored values: (entity id, field, old value, new value).
Change = tuple[int | None, str | None, str | None, str | None]


def chain_step(
    previous: str | None, step: Mapping[str, Any], changes: Iterable[Change]
) -> tuple[list[tuple[int | None, str | None, str | None, str | None, str, str]], str]:
    """:func:`chain_rows` of the events of one step (``step``: the time, user id, username,
    action and entity they share), without a dict per event: a bulk write chains a hundred
    thousand. Each change with its content and chain hashes, and the last chain hash."""
    middle = _middle(step)
    last = previous or GENESIS
    chained = []
    for entity_id, field, old_value, new_value in changes:
        content = content_hash(old_value, new_value)
        last = _linked(last, content, middle, entity_id, field)
        chained.append((entity_id, field, old_value, new_value, content, last))
    return chained, last
