"""Errors the services raise; each carries a message fit to show a caseworker."""

from __future__ import annotations


class EvactrackError(Exception):
    """Base of every expected error: the CLI prints it as one line, the GUI as a dialog."""


class ValidationError(EvactrackError):
    """Bad input; nothing was changed. ``fields`` names the inputs at fault, so that a form
    can mark each of them."""

    def __init__(self, message: str, fields: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.fields = fields


class NotFoundError(EvactrackError):
    """A record that was asked for does not exist."""


class IllegalTransitionError(EvactrackError):
    """A status change that the transition table does not allow."""


class ReasonRequiredError(IllegalTransitionError):
    """A status change that is allowed only with a reason."""


class ConflictError(EvactrackError):
    """Someone else saved the record since it was read (optimistic locking)."""

    def __init__(
        self,
        entity: str,
        entity_id: int,
        expected: int | None,
        actual: int | None,
        message: str | None = None,
    ):
        self.entity, self.entity_id = entity, entity_id
        self.expected_version, self.actual_version = expected, actual
        super().__init__(
            message
            or f"{entity} #{entity_id} was changed by someone else since you opened it "
            f"(your version {expected}, saved version {actual}); reload it and try again."
        )


class CapacityError(EvactrackError):
    """A movement or rendezvous point would hold more people than it can."""


class DatabaseBusyError(EvactrackError):
    """Another caseworker's work held the database longer than a write waits; nothing was
    changed."""


class DiskFullError(EvactrackError):
    """The disk holding the database filled up during a write; nothing was changed."""


class PermissionDeniedError(EvactrackError):
    """The acting caseworker's role does not allow this."""


class DatabaseOpenError(EvactrackError):
    """The database cannot be opened or upgraded."""


class PasswordRequiredError(DatabaseOpenError):
    """A database server asks for a password the URL, the keyring and PGPASSWORD lack."""


class ReadOnlyDatabaseError(PermissionDeniedError):
    """The database was opened read-only (its file or folder cannot be written)."""


class ServerUnreachableError(EvactrackError):
    """The database server was lost mid-session; nothing was changed, the caller's work is
    kept, and the next use reconnects once the server is back."""


class OperationCancelled(EvactrackError):
    """Long work stopped at the caseworker's request; nothing was changed."""


class BackupError(EvactrackError):
    """A backup copy could not be made; nothing was written where it was asked for."""


class WrongPassphraseError(DatabaseOpenError):
    """The passphrase does not open the encrypted database; nothing was changed."""


class RestoreError(EvactrackError):
    """A backup was refused for restoring (unreadable, damaged); the database is untouched."""


class LoginError(PermissionDeniedError):
    """A login refused: a wrong name or password, or an account locked or disabled."""
