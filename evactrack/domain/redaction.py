"""What a redacted report may show: enough to recognise a case, not enough to expose a person.

Names become the given name and the family initial; phone and document numbers keep only their
last two digits; e-mail addresses and notes are left out entirely.
"""

from __future__ import annotations

MASK = "•"
KEEP_DIGITS = 2


def redact_name(name: str | None) -> str:
    """``Ahmad Rahimi`` → ``Ahmad R.``; a single word is kept as it is."""
    words = (name or "").split()
    if len(words) < 2:
        return words[0] if words else ""
    return f"{words[0]} {words[-1][0]}."


def mask_number(value: str | None, keep: int = KEEP_DIGITS) -> str:
    """Every letter and digit masked except the last ``keep`` digits; separators and a
    leading ``+`` stay so the shape of the number is still recognisable."""
    if not value:
        return ""
    kept = 0
    out: list[str] = []
    for ch in reversed(value):
        if ch.isdigit() and kept < keep:
            kept += 1
            out.append(ch)
        elif ch.isalnum():
            out.append(MASK)
        else:
            out.append(ch)
    return "".join(reversed(out))


def shown_name(name: str | None, redact: bool) -> str:
    return redact_name(name) if redact else (name or "")


def shown_number(value: str | None, redact: bool) -> str:
    return mask_number(value) if redact else (value or "")


def shown_note(value: str | None, redact: bool) -> str:
    """Free text (notes, follow-up) may name anyone: a redacted report leaves it out."""
    return "" if redact else (value or "")
