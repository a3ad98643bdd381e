"""Contact-list import: reading files, mapping columns, normalising values, finding duplicates.

No Qt and no database session here: ``evactrack.services.imports`` runs the use case.
"""
