"""Turning errors into translated, personal-data-free messages."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from officer_desk.errors import OfficerDeskError

log = logging.getLogger(__name__)


def error_message(exc: BaseException) -> str:
    """The translated message of an Officer Desk error; a generic one for anything else
    (the exception type is logged, never its text, which might hold personal data)."""
    if isinstance(exc, OfficerDeskError):
        template = QCoreApplication.translate("Errors", exc.template)
        try:
            return template.format(**exc.params)
        except (KeyError, IndexError, ValueError):
            return template
    log.error("unexpected error: %s", type(exc).__name__)
    return QCoreApplication.translate("Errors", OfficerDeskError.template)
