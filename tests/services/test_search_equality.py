"""What search finds is what its rule says, on both engines and whichever index answers
(SQLite's FTS5 table, PostgreSQL's trigram index, LIKE alone for short tokens): a person
is found when every token of the query is in their search text as stored. Random persons
(names in Latin and Dari letters, phones, e-mails, document numbers) and random queries
(pieces of their texts, short and odd strings, several tokens, phones as people type them).
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from evactrack.db.models import Person
from evactrack.domain.enums import DocumentType
from evactrack.services import caselist, persons, search
from evactrack.services.context import Context
from evactrack.services.persons import Document, PersonInput, PhoneInput
from evactrack.services.search import search_tokens
from tests.strategies import LETTERS

EQUAL = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PEOPLE = 60
# Names that recur (so that a query finds several persons), Arabic letter variants that
# search folds together (ي ی, ك ک), letters casefold changes (ß, İ), and what LIKE must escape.
LATIN = ["Ahmad", "Ahmadi", "Karimi", "Zahra", "Rahimi", "Hosai", "Sultani", "Mohammad",
         "Ali", "Bibi", "Ahmad Shah", "Müller", "Straße", "İlham", "Élise", "Nazir_Ahmad",
         "Gul 100%", "back\\slash"]  # fmt: skip
DARI = ["احمد", "احمدی", "کریمی", "زهرا", "علي", "على", "كريمي", "بی بی", "حسینه", "گل"]
TYPED = LETTERS + "0123456789 -/+.@%_\\\"'ßİيكی"
SEPARATORS = ["", " ", "-", " ", "."]
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _name(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return rng.choice(LATIN)
    if roll < 0.7:
        return rng.choice(DARI)
    return "".join(rng.choice(LETTERS + " -'") for _ in range(rng.randint(1, 12))).strip(" -'")


def _phone(rng: random.Random) -> str:
    digits = f"70{rng.randint(1_000_000, 9_999_999)}"
    if rng.random() < 0.5:
        return f"+93 {digits[:2]} {digits[2:5]} {digits[5:]}"
    return f"0{digits[:3]}-{digits[3:6]}-{digits[6:]}"


def _person(rng: random.Random) -> PersonInput:
    def sometimes(value: str, chance: float) -> str | None:
        return value or None if rng.random() < chance else None

    number = "".join(rng.choice("ABCDEFGHKLMNP0123456789") for _ in range(rng.randint(4, 10)))
    if rng.random() < 0.5:
        number = f"{number[:2]}-{number[2:]}"
    mailbox = rng.choice(["ahmad", "zahra.k", "m.ahmadzai+siv", "ali_100%", "hosai"])
    return PersonInput(
        given_name=_name(rng) or "Ahmad",
        family_name=sometimes(_name(rng), 0.9),
        native_name=sometimes(f"{rng.choice(DARI)} {rng.choice(DARI)}", 0.6),
        father_name=sometimes(_name(rng), 0.5),
        aliases=tuple(a for a in (sometimes(_name(rng), 0.3),) if a),
        phones=tuple(PhoneInput(_phone(rng)) for _ in range(rng.randint(0, 2))),
        email=sometimes(f"{mailbox}{rng.randint(1, 99)}@example.org", 0.5),
        documents=(Document(rng.choice(list(DocumentType)), number),) if rng.random() < 0.6 else (),
    )


_POPULATIONS: list[tuple[Context, dict[int, str]]] = []


def _population(ctx: Context) -> dict[int, str]:
    """The same persons for every example of a test (the database outlives the examples):
    made the first time, and their search texts as the database holds them."""
    for seen, texts in _POPULATIONS:
        if seen is ctx:
            return texts
    rng = random.Random(20261205)
    for _ in range(PEOPLE):
        persons.create_person(ctx, _person(rng))
    with ctx.db.reading() as session:
        texts = dict(session.execute(select(Person.id, Person.search_text)).tuples().all())
    _POPULATIONS.append((ctx, texts))
    return texts


def _queries(texts: list[str]) -> st.SearchStrategy[str]:
    def piece(text: str, start: int, length: int, upper: bool) -> str:
        found = text[start % len(text) :][:length]
        return found.upper() if upper else found

    pieces = st.builds(
        piece, st.sampled_from(texts), st.integers(0, 200), st.integers(1, 12), st.booleans()
    )

    def phone(text: str, start: int, length: int, separator: str, eastern: bool) -> str:
        digits = "".join(ch for ch in text if ch.isdigit()) or "7012"
        found = digits[start % len(digits) :][:length]
        typed = separator.join(found[i : i + 3] for i in range(0, len(found), 3))
        return typed.translate(ARABIC_INDIC) if eastern else typed

    phones = st.builds(
        phone,
        st.sampled_from(texts),
        st.integers(0, 30),
        st.integers(1, 9),
        st.sampled_from(SEPARATORS),
        st.booleans(),
    )
    odd = st.text(alphabet=TYPED, min_size=1, max_size=6)
    short = st.text(alphabet=TYPED.replace(" ", ""), min_size=1, max_size=2)
    several = st.lists(st.one_of(pieces, short, odd), min_size=2, max_size=3).map(" ".join)
    return st.one_of(pieces, pieces, phones, odd, short, several)


def _by_the_rule(texts: dict[int, str], typed: str) -> set[int]:
    tokens = search_tokens(typed)
    return {pid for pid, text in texts.items() if all(t in text for t in tokens)}


def _check(ctx: Context, data: st.DataObject, texts: dict[int, str]) -> None:
    typed = data.draw(_queries(sorted(set(texts.values()))), label="query")
    if not search_tokens(typed):
        assert caselist.matching_ids(ctx, typed) is None
        assert search.search(ctx, typed, limit=10 * PEOPLE) == []
        return
    expected = _by_the_rule(texts, typed)
    tokens = search_tokens(typed)
    event("every token of 3+ characters" if min(map(len, tokens)) >= 3 else "a short token")
    event("several tokens" if len(tokens) > 1 else "one token")
    event(
        "nobody found"
        if not expected
        else "found some"
        if len(expected) < len(texts)
        else "everyone found"
    )
    assert caselist.matching_ids(ctx, typed) == expected
    found = [p.id for p in search.search(ctx, typed, limit=10 * PEOPLE)]
    assert found == sorted(expected)


@EQUAL
@given(data=st.data())
def test_search_finds_exactly_the_persons_the_rule_finds(ctx: Context, data: st.DataObject) -> None:
    _check(ctx, data, _population(ctx))


def test_the_population_is_varied_enough_to_mean_something(ctx: Context) -> None:
    """Guards the property above against a population nothing is found in."""
    texts = _population(ctx)
    assert len(texts) == PEOPLE
    assert 1 < len(_by_the_rule(texts, "ahmad")) < PEOPLE
    for typed in ("کریمی", "+93 70", "@example.org", "ali_100%", "straß", "على"):
        assert _by_the_rule(texts, typed), typed
    assert caselist.matching_ids(ctx, "كريمي") == _by_the_rule(texts, "کریمی")
