"""Start the evactrack desktop application."""

from evactrack.app import main

if __name__ == "__main__":
    raise SystemExit(main())
