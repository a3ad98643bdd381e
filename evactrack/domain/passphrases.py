"""How hard a passphrase is to guess, for the meter shown while one is chosen."""

from __future__ import annotations

import math
import string

# Bits of guessing work from which the meter says fair, good, strong (below: weak).
STEPS = (45, 60, 80)


def strength(passphrase: str) -> int:
    """0 (nothing typed) to 4 (strong), from the characters' variety and the length; a
    character repeated or following its neighbour adds little."""
    if not passphrase:
        return 0
    pool = 0
    for kind in (string.ascii_lowercase, string.ascii_uppercase, string.digits):
        if any(c in kind for c in passphrase):
            pool += len(kind)
    if any(not c.isascii() for c in passphrase):
        pool += 100  # another script
    if any(c in string.punctuation or c.isspace() for c in passphrase):
        pool += len(string.punctuation) + 1
    bits = 0.0
    previous = ""
    for c in passphrase:
        repeated = previous and (c == previous or abs(ord(c) - ord(previous)) == 1)
        bits += 1.0 if repeated else math.log2(max(pool, 2))
        previous = c
    return 1 + sum(bits >= step for step in STEPS)
