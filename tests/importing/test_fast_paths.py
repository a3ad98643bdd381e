"""The import's fast paths give exactly what the reference rules give."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from evactrack.domain.names import alnum_key, clean_text, digits_only, fold, is_arabic_script
from evactrack.domain.phones import _UNSURE, _fast_path, _library_path, normalise_phone
from evactrack.importing.text import (
    arabic,
    clean,
    fast_alnum_key,
    fast_digits,
    fast_fold,
    search_text,
)
from evactrack.services.persons import build_search_text

REGIONS = ["AF", "FR", "DE", "PK", "IR", "US", "GB", "IT", "BR", "CO", "IN", "TR", "AE", "CA"]
CODES = ["93", "33", "49", "92", "98", "1", "44", "39", "55", "57", "91", "90", "971", "7", "0"]


def generated_number(rng: random.Random) -> str:
    """Plain numbers as lists hold them: national, +CC, 00CC, with spaces, dashes, brackets."""
    digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 13)))
    shape = rng.random()
    if shape < 0.3:
        text = f"+{rng.choice(CODES)} {digits}"
    elif shape < 0.45:
        text = f"00{rng.choice(CODES)}{digits}"
    elif shape < 0.7:
        text = f"0{digits}"
    elif shape < 0.85:
        text = f"07{digits[:8]}"
    else:
        text = digits
    if rng.random() < 0.3:
        cut = rng.randint(1, len(text) - 1)
        text = text[:cut] + rng.choice([" ", "-", ".", ") ", "/"]) + text[cut:]
    if rng.random() < 0.1:
        text = "(" + text
    return text


def test_phone_fast_path_agrees_with_phonenumbers_on_generated_numbers() -> None:
    rng = random.Random(20260825)
    checked = 0
    for _ in range(40_000):
        text, region = generated_number(rng), rng.choice(REGIONS)
        fast = _fast_path(text, region)
        if fast is _UNSURE:
            continue
        checked += 1
        assert fast == _library_path(text, region), (text, region)
    assert checked > 20_000  # the fast path really is taken for most plain numbers


@given(st.text(alphabet="0123456789 +-()./٠١٢٣x", max_size=24), st.sampled_from(REGIONS))
@settings(max_examples=300, deadline=None)
def test_phone_fast_path_agrees_on_arbitrary_text(text: str, region: str) -> None:
    fast = _fast_path(text.strip(), region)
    if fast is not _UNSURE:
        assert fast == _library_path(text.strip(), region)
    assert normalise_phone(text, region) == _library_path(text.strip(), region)


@given(st.text(max_size=40))
@settings(max_examples=400, deadline=None)
def test_text_fast_paths_equal_the_domain_rules(value: str) -> None:
    assert clean(value) == clean_text(value)
    assert fast_fold(value) == fold(value)
    assert fast_alnum_key(value) == alnum_key(value)
    assert fast_digits(value) == digits_only(value)
    assert arabic(value) == is_arabic_script(value)


@given(
    st.lists(st.text(max_size=12) | st.none(), max_size=4),
    st.lists(st.text(alphabet="+0123456789 ", max_size=12), max_size=3),
    st.lists(st.text(max_size=12) | st.none(), max_size=2),
    st.lists(st.text(max_size=10), max_size=2),
)
@settings(max_examples=200, deadline=None)
def test_search_text_equals_the_persons_service(
    names: list[str | None], phones: list[str], emails: list[str | None], documents: list[str]
) -> None:
    assert search_text(names, phones, emails, documents) == build_search_text(
        names, phones, emails, documents
    )


@given(st.text(max_size=30), st.sampled_from(REGIONS))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_a_phone_kept_as_written_or_e164(text: str, region: str) -> None:
    phone = normalise_phone(text, region)
    if phone.valid:
        assert phone.number.startswith("+") and phone.number[1:].isdigit()
    else:
        assert phone.number == text.strip()
