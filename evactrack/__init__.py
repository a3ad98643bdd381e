"""evactrack: case tracking for crisis evacuations."""

__version__ = "0.1.0"
