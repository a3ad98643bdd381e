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
