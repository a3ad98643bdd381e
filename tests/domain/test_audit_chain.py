"""The chain's stored form never changes: every database's trail was hashed with it."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from evactrack.domain import audit_chain

EVENT = {
    "occurred_at": datetime(2026, 12, 5, 14, 30, 1, 250),
    "user_id": 3,
    "username": "nadia",
    "action": "create",
    "entity": "person",
    "entity_id": 41,
    "field": None,
}


def test_an_event_hashes_as_stored_trails_were_hashed() -> None:
    """Hashes taken with the first implementation (``json.dumps`` of each list)."""
    content = audit_chain.content_hash(None, 'Fatima "Durrani"\nفاطمه')
    assert content == "7d31b7873dd9e8367a2d760e957f75512c49979268fa2bb11f051e6925b23a48"
    assert audit_chain.link(audit_chain.GENESIS, EVENT, content) == (
        "9d04573025e3580087f9dcc05af6d056a73ea06c8601c0b201806d495bc86e43"
    )


TEXT = st.text(st.characters(exclude_categories=("Cs",)))  # what a database's text can hold


def _stored(values: list[str | int | None]) -> str:
    stored = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(stored.encode()).hexdigest()


HASH = st.text("0123456789abcdef", min_size=64, max_size=64)


@given(st.none() | TEXT, st.none() | TEXT, HASH, st.none() | st.integers(), st.none() | TEXT,
       TEXT, TEXT)  # fmt: skip
def test_the_stored_form_is_compact_json(
    old: str | None,
    new: str | None,
    previous: str,
    entity_id: int | None,
    field: str | None,
    username: str,
    entity: str,
) -> None:
    """Any value a caseworker can type (quotes, control characters, Dari, emoji)."""
    content = audit_chain.content_hash(old, new)
    assert content == _stored([old, new])
    event = {**EVENT, "entity_id": entity_id, "field": field, "username": username,
             "entity": entity}  # fmt: skip
    assert audit_chain.link(previous, event, content) == _stored(
        [previous, content, "2026-12-05 14:30:01.000250", 3, username, "create", entity,
         entity_id, field]
    )  # fmt: skip


@given(st.lists(st.tuples(st.none() | st.integers(), st.none() | TEXT, st.none() | TEXT, TEXT)))
def test_a_step_chains_as_its_events_one_by_one(changes: list[audit_chain.Change]) -> None:
    """A bulk step's events, chained without a dict each, hash as events chained one by one."""
    events = [
        {**EVENT, "entity_id": i, "field": f, "old_value": old, "new_value": new}
        for i, f, old, new in changes
    ]
    last = audit_chain.chain_rows(None, events)
    rows, step_last = audit_chain.chain_step(None, EVENT, changes)
    assert step_last == last
    assert rows == [
        (e["entity_id"], e["field"], e["old_value"], e["new_value"], e["content_hash"],
         e["chain_hash"]) for e in events
    ]  # fmt: skip
