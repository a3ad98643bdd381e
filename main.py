"""Start evactrack: the window, or the command line when a sub-command is given.

The bundle's one program is this file: ``evactrack`` alone (or with ``--db URL``) opens the
window, as a double-click on it does; ``evactrack report daily …`` is the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def opens_window(args: Sequence[str]) -> bool:
    """No sub-command and no option but ``--db URL``: the window."""
    rest = list(args)
    while rest:
        if rest[0] == "--db" and len(rest) > 1:
            rest = rest[2:]
        elif rest[0].startswith("--db="):
            rest = rest[1:]
        else:
            return False
    return True


def main() -> int:
    args = sys.argv[1:]
    if opens_window(args):
        from evactrack.app import main as open_window

        return open_window(args)
    from evactrack.cli import run as command_line

    return command_line(args)


if __name__ == "__main__":
    raise SystemExit(main())
