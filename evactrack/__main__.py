"""`python -m evactrack` runs the command line."""

from evactrack.cli import run

raise SystemExit(run())
