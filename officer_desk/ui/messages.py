"""Turning errors into translated, personal-data-free messages."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from officer_desk.errors import OfficerDeskError

log = logging.getLogger(__name__)


def error_message(exc: BaseException) -> str:
    """The translated message of an Officer Desk error; a generic one with an error id for
    anything else (the exception's type and frames go to the private error log, never its
    text, which might hold personal data)."""
    if isinstance(exc, OfficerDeskError):
        template = QCoreApplication.translate("Errors", exc.template)
        try:
            return template.format(**exc.params)
        except (KeyError, IndexError, ValueError):
            return template
    # Logged privately (type, files and lines only) and shown with its error id.
    from officer_desk.process import internal_error

    log.error("unexpected error: %s", type(exc).__name__)
    return error_message(internal_error(exc))
