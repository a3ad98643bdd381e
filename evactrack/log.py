"""Logging to a rotating file in the log folder. Never log personal data."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from evactrack.config import log_dir


def setup_logging(level: int = logging.INFO) -> None:
    """Send log records to the rotating file (once per process), never to the terminal."""
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    handler = RotatingFileHandler(
        log_dir() / "evactrack.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.setLevel(level)
    root.addHandler(handler)
