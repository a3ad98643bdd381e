"""evactrack: case tracking for crisis evacuations."""

from importlib.metadata import version

# One place for the version: pyproject.toml, as installed.
__version__ = version("evactrack")
