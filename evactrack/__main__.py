"""`python -m evactrack` runs the command line."""

from evactrack.cli import main

raise SystemExit(main())
