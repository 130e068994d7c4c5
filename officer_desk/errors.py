"""Error types shared by every layer.

Each error carries an English message *template* (the translation source) and parameters
that never contain personal data (no names, numbers, e-mail addresses or note text). Front
ends translate ``template`` in the ``Errors`` context and then format it with ``params``:

    render_template(err.template, err.params, QCoreApplication.translate)

``tr_noop`` marks a template for the translation extractor without translating it here, so
this module stays free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any


def tr_noop(text: str) -> str:
    """Mark ``text`` for translation in the ``Errors`` context; returns it unchanged."""
    return text


def _same(_context: str, text: str) -> str:
    return text


def render_template(
    template: str,
    params: Mapping[str, Any],
    translate: Callable[[str, str], str] = _same,
) -> str:
    """An error (or import problem) template as a message: translated with
    ``translate(context, text)`` in the context "Errors" (English without one), then filled
    with ``params``. A translation whose placeholders do not match is shown unfilled rather
    than failing. The one place every front end turns a template into words."""
    text = translate("Errors", template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return text


class OfficerDeskError(Exception):
    """Base class. ``exit_code`` is the CLI's (README.md, "Command line"; 1 = any other failure)."""

    template: str = tr_noop("Something went wrong.")
    exit_code: int = 1

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params: dict[str, Any] = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message (safe: templates and params never hold personal data)."""
        return render_template(self.template, self.params)


# --- vault ---------------------------------------------------------------------------------


class VaultError(OfficerDeskError):
    exit_code = 4


class VaultNotFound(VaultError):
    template = tr_noop("No vault was found at this location.")


class NotAVault(VaultError):
    template = tr_noop("This folder is not an Officer Desk vault.")


class WrongPassphrase(OfficerDeskError):
    template = tr_noop("The passphrase is not correct.")
    exit_code = 3


class WrongRecoveryKey(OfficerDeskError):
    template = tr_noop("The recovery key is not correct.")
    exit_code = 3


class KeyfileCorrupt(VaultError):
    template = tr_noop(
        "The vault's key file is damaged. Restore the latest verified backup (its key file "
        "opens with the passphrase that was valid when the backup was made)."
    )


class KeyfileRejected(VaultError):
    template = tr_noop(
        "The vault's key file uses settings that are too weak or unknown; it was not used."
    )


class DatabaseDamaged(VaultError):
    template = tr_noop(
        "The vault's database is damaged. Restore the latest verified backup to continue."
    )


class WalMissing(DatabaseDamaged):
    """The app stopped unexpectedly and the database's write-ahead log was removed since."""

    template = tr_noop(
        "The vault's recent changes are missing: its change log (officer.db-wal) was removed "
        "after Officer Desk stopped unexpectedly. Put that file back, or restore the latest "
        "verified backup."
    )


class VaultInUse(VaultError):
    template = tr_noop("The vault is already open in another Officer Desk window or process.")
    exit_code = 1


class KeyfileOtherVault(VaultError):
    """The key file opens, but its key opens no page of this database."""

    template = tr_noop(
        "This key file belongs to another vault: its key does not open this database. Put the "
        "vault's own key file (keys.json) back, or restore the latest verified backup."
    )


class RotationInterrupted(VaultError):
    """A key rotation was cut off; a read-only command does not finish it."""

    template = tr_noop(
        "A key rotation of this vault was interrupted. Open the vault in Officer Desk, or run "
        "'officer-desk rotate-key', to finish it; read-only commands do not change the key file."
    )


class InsecureTestKdf(VaultError):
    """The test-only fast key derivation was switched on outside the test suite."""

    template = tr_noop(
        "{variable} is set outside the test suite. It makes vaults easy to break into: unset it "
        "and try again."
    )
    exit_code = 1


class NewerSchema(VaultError):
    template = tr_noop(
        "This vault was made by a newer version of Officer Desk. Please update the app."
    )


class VaultExists(VaultError):
    template = tr_noop("A vault already exists at this location.")
    exit_code = 1


class WeakPassphrase(OfficerDeskError):
    template = tr_noop(
        "This passphrase is too weak. Use at least 12 characters, for example four unrelated words."
    )
    exit_code = 2


class SaveFailed(OfficerDeskError):
    template = tr_noop("Could not save: the disk may be full or not writable. Nothing was changed.")


class VaultFolderUnsafe(VaultError):
    """The vault folder could be changed by other accounts, or holds a link where a file
    belongs. ``name`` is a file name of the vault (never a path with personal data)."""

    template = tr_noop(
        "Other users can change the vault folder, so Officer Desk did not open it. Make the "
        "folder private to your account and try again."
    )
    exit_code = 1


class VaultFolderLink(VaultFolderUnsafe):
    template = tr_noop(
        "The vault folder holds a link where Officer Desk expects its own file ({name}). The "
        "link was not followed. Remove it and try again."
    )


class VaultFolderReadOnly(VaultError):
    template = tr_noop(
        "Officer Desk cannot write to the vault folder (it is read-only or protected). The "
        "vault itself was not changed; make the folder writable to continue."
    )
    exit_code = 1


class UnsafeOutputPath(OfficerDeskError):
    """A save target that is a device, a FIFO, a folder or a symbolic link: refused so the
    save never replaces it or writes somewhere else."""

    template = tr_noop(
        "Nothing was saved: the chosen location is not an ordinary file (it is a link, a "
        "device or a folder). Choose a normal file name."
    )
    exit_code = 2


class InternalError(OfficerDeskError):
    """An unexpected failure; details went to the private error log under ``error_id``."""

    template = tr_noop(
        "Officer Desk ran into an unexpected problem (error {error_id}). Details without "
        "personal data were written to the error log: {log}"
    )


class VaultLocked(OfficerDeskError):
    template = tr_noop("The vault is locked.")


# --- records -------------------------------------------------------------------------------


class ValidationError(OfficerDeskError):
    """Bad input. ``field`` names the form field (not its value)."""

    template = tr_noop("Invalid input.")
    exit_code = 2

    def __init__(self, template: str | None = None, *, field: str = "", **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFound(OfficerDeskError):
    template = tr_noop("The record was not found; it may have been erased.")


class Conflict(OfficerDeskError):
    template = tr_noop("This change is not allowed in the record's current state.")


# --- reports -------------------------------------------------------------------------------


class ReportError(OfficerDeskError):
    """A report could not be built, combined or read."""

    template = tr_noop("The report could not be produced.")


class ReportsIncompatible(ReportError):
    """Releases that cannot be combined (merge, year to date, trend)."""

    template = tr_noop(
        "These reports cannot be combined: they differ in the version of the category lists, "
        "the threshold, the period or the format, or a faculty or quarter appears twice."
    )
    exit_code = 2


class BundleRejected(ReportError):
    """A signed report bundle failed its signature, trust or content checks."""

    template = tr_noop("The report bundle was rejected: it is damaged or its signature is invalid.")


# --- import and export -----------------------------------------------------------------------


class ImportRefused(OfficerDeskError):
    """The import was not run: some rows are refused (see the dry run) or the file is
    unreadable. Nothing was written."""

    template = tr_noop(
        "Nothing was imported: {refused} row(s) are refused. Fix them, or import the other"
        " rows only (skip refused rows)."
    )


class InputRefused(OfficerDeskError):
    """A file given to read (an import, a mapping) that is not read at all: a device, a pipe,
    a folder, or larger than the limit (docs/SECURITY.md, A-R4)."""

    template = tr_noop("The file could not be read.")
    exit_code = 2


NOT_ORDINARY_FILE = tr_noop(
    "This is not an ordinary file (it is a device, a pipe or a folder), so it was not read."
)
FILE_TOO_LARGE = tr_noop("The file is too large to import.")


class ImportCancelled(OfficerDeskError):
    template = tr_noop("The import was cancelled. Nothing was imported.")


class ExportFailed(OfficerDeskError):
    template = tr_noop("The export could not be written. Nothing was saved.")


class JobStopped(OfficerDeskError):
    """A background job stopped at a safe point because the vault was being locked."""

    template = tr_noop("The task was stopped because the vault was locked. Nothing was changed.")
