"""Hypothesis strategies for what caseworkers and imports type: persons with every field
filled, names and notes in Latin and Dari letters."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from evactrack.domain.enums import (
    DocumentType,
    LegalStatus,
    PhoneLabel,
    Sex,
    VulnerabilityFlag,
    WishesToLeave,
)
from evactrack.services.persons import Document, PersonInput, PhoneInput

# Latin and Dari letters, with the spaces, commas and punctuation names and notes hold.
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüçزهرااحمدیکگپچ"
words = st.text(alphabet=LETTERS + " -'.,", min_size=1, max_size=24).filter(
    lambda t: any(c in LETTERS for c in t)
)
word = st.text(alphabet=LETTERS, min_size=1, max_size=12)
notes = st.text(alphabet=LETTERS + " ,.\n", min_size=1, max_size=80).filter(
    lambda t: any(c in LETTERS for c in t)
)
mobile = st.integers(min_value=1_000_000, max_value=9_999_999).map(lambda n: f"+9370{n}")
phones = st.lists(
    st.builds(PhoneInput, mobile, st.sampled_from(list(PhoneLabel))),
    min_size=1,
    max_size=3,
    unique_by=lambda p: p.number,
)
documents = st.lists(
    st.builds(
        Document,
        st.sampled_from(list(DocumentType)),
        st.text(alphabet="ABCDEFGHKLMNP0123456789", min_size=4, max_size=10),
        st.sampled_from(["AF", "DE", "Afghanistan"]),
        st.dates(date(2025, 1, 1), date(2035, 12, 31)),
    ),
    min_size=1,
    max_size=3,
    unique_by=lambda d: (d.doc_type, d.number),
)
born = st.dates(date(1920, 1, 1), date(2024, 12, 31))


@st.composite
def full_persons(draw: st.DrawFn, point_id: int) -> PersonInput:
    """A person with every field a caseworker or an import can fill, filled."""
    birthday = draw(born)
    return PersonInput(
        given_name=draw(words),
        family_name=draw(words),
        native_name=draw(words),
        father_name=draw(words),
        grandfather_name=draw(words),
        aliases=tuple(draw(st.lists(words, min_size=1, max_size=3))),
        date_of_birth=birthday,
        birth_year=birthday.year,
        sex=draw(st.sampled_from(list(Sex))),
        nationality=draw(word),
        legal_status=draw(st.sampled_from(list(LegalStatus))),
        phones=tuple(draw(phones)),
        email=draw(word).lower() + "@example.org",
        documents=tuple(draw(documents)),
        location=draw(words),
        latitude=draw(st.floats(-90, 90, allow_nan=False)),
        longitude=draw(st.floats(-180, 180, allow_nan=False)),
        languages=tuple(draw(st.lists(words, min_size=1, max_size=3))),
        flags=frozenset(draw(st.sets(st.sampled_from(list(VulnerabilityFlag)), min_size=1))),
        wishes_to_leave=draw(st.sampled_from(list(WishesToLeave))),
        notes=draw(notes),
        rendezvous_point_id=point_id,
    )
