"""evactrack: case tracking for crisis evacuations."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, from one place, pyproject.toml as installed: looked up when asked for,
    as reading the installed packages' metadata is a tenth of a second of every start (of
    the desktop, a command, an import's second process) that seldom needs it."""
    if name == "__version__":
        from importlib.metadata import version

        return version("evactrack")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
