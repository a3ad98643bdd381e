"""Duplicate keys: phone, e-mail, document, and close names with the same birth date."""

from __future__ import annotations

from datetime import date

import pytest

from evactrack.importing.duplicates import (
    DuplicateIndex,
    WrittenBirths,
    name_keys,
    names_match,
    person_keys,
)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Mohammad Rahimi", "RAHIMI Muhammad"),
        ("Mohammad Rahimi", "محمد رحیمی"),
        ("Zahra Ahmadi", "Zahra  Ahmady"),
        ("Hélène Dupré", "Helene Dupre"),
        ("Ali Reza Karimi", "Alireza Karimi"),
    ],
)
def test_close_names_match(left: str, right: str) -> None:
    assert names_match(name_keys((left,)), name_keys((right,)))


@pytest.mark.parametrize(
    ("left", "right"),
    [("Ahmad Shah", "Mahmood Karimi"), ("Ali Khan", "Bilal Khan"), ("Zahra", "Fatima")],
)
def test_different_names_do_not_match(left: str, right: str) -> None:
    assert not names_match(name_keys((left,)), name_keys((right,)))


def test_find_reports_each_reason_once_strongest_first() -> None:
    index = DuplicateIndex()
    born = date(1990, 1, 1)
    index.add(7, name_keys(("Mohammad Rahimi",)), ["+93701234567"], "m@x.org", ["P1"], born)
    index.add(-3, name_keys(("Zahra Karimi",)), [], None, [], born, household="H1")
    keys = name_keys(("Muhammad Rahimi",))
    assert [(m.ref, m.reason) for m in index.find(keys, ["+93701234567"], None, [], born)] == [
        (7, "same phone +93701234567")
    ]
    assert index.find(name_keys(("X Y",)), [], "m@x.org", [], None)[0].ref == 7
    assert index.find(name_keys(("X Y",)), [], None, ["p-1"], None)[0].ref == 7
    assert index.find(keys, [], None, [], born)[0].reason.startswith("similar name")
    assert index.find(name_keys(("Zahra Karimy",)), [], None, [], None, "h1")[0].ref == -3
    assert index.find(keys, [], None, [], date(1991, 1, 1)) == []


def test_a_bare_name_matches_the_same_name_only() -> None:
    index = DuplicateIndex()
    index.add(5, name_keys(("Ahmad Rahimi",)), [], None, [], None)
    assert index.find(name_keys(("rahimi  ahmad",)), [], None, [], None)[0].ref == 5
    assert index.find(name_keys(("Ahmad Rahim",)), [], None, [], None) == []
    assert index.find(name_keys(("Ahmad Rahimi",)), ["+93700000000"], None, [], None) == []


def test_latin_names_are_not_matched_on_their_consonants_alone() -> None:
    """Vowel-less skeletons serve transliteration only: Ahmad and Hamid stay two people."""
    assert not names_match(name_keys(("Ahmad Rahimi",)), name_keys(("Hamid Rahimi",)))
    assert names_match(name_keys(("احمد رحیمی",)), name_keys(("Ahmad Rahimi",)))


def test_written_persons_are_found_by_birth_in_id_order_with_their_latest_names() -> None:
    written = WrittenBirths()
    ahmad, nadia = person_keys("Ahmad", None, None), person_keys("Nadia", "Noori", None)
    born = date(1980, 1, 1)
    written.add([(11, ahmad, born), (12, nadia, None), (13, nadia, born)])  # 12: no birth date
    assert written.born_on(born) == [(11, ahmad), (13, nadia)]
    full = person_keys("Ahmad", "Rahimi", None)
    written.replace(11, born, full, born)  # a merge filled the family name
    written.replace(12, None, nadia, born)  # and a date of birth
    written.replace(13, born, nadia, date(1985, 5, 5))  # or (as no merge does) changed it
    assert written.born_on(born) == [(11, full), (12, nadia)]
    assert written.born_on(date(1985, 5, 5)) == [(13, nadia)]
    assert written.forgotten_up_to == 0


def test_written_persons_past_the_limit_are_forgotten_for_the_database_to_answer() -> None:
    written = WrittenBirths(limit=2)
    keys, born = person_keys("Ahmad", None, None), date(1980, 1, 1)
    written.add((person_id, keys, born) for person_id in (5, 6, 7))
    assert written.born_on(born) == [(7, keys)] and written.forgotten_up_to == 6
    written.replace(6, born, person_keys("Ahmad", "Rahimi", None), born)  # the database has it
    assert written.born_on(born) == [(7, keys)]


def test_a_person_whose_date_of_birth_a_merge_took_away_is_not_found_by_it() -> None:
    written = WrittenBirths()
    keys, born = person_keys("Ahmad", None, None), date(1980, 1, 1)
    written.add([(5, keys, born), (6, keys, born)])
    written.replace(5, born, keys, None)  # (no merge empties a field; the index would follow)
    assert written.born_on(born) == [(6, keys)]
