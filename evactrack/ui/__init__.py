"""The desktop application (PySide6). Widgets call services only; no SQL here."""
