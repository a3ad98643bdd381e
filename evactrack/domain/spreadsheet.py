"""Cells written to CSV must not run as formulas when a spreadsheet opens the file."""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# E.164 numbers separated by "; " are data, not formulas, and are left as they are.
_PHONE_LIST = re.compile(r"^\+\d{4,15}(; \+\d{4,15})*$")


def neutralise(value: str, *, phone_list: bool = False) -> str:
    """Prefix a leading formula character with an apostrophe (OWASP CSV injection advice)."""
    if not value or not value.startswith(FORMULA_STARTS):
        return value
    if phone_list and _PHONE_LIST.match(value):
        return value
    return "'" + value


def restore(value: str) -> str:
    """The value :func:`neutralise` protected, so a rejected-rows file can be re-imported."""
    if value.startswith("'") and value[1:2] and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
