"""Messages in QGIS's message bar, worded for the user, one place that turns errors into text."""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

from ..core.exceptions import (
    AuthenticationError,
    ConnectionLostError,
    CrisisPlatformError,
    NotFoundError,
    PermissionDeniedError,
    ServerUnreachableError,
)
from ..core.i18n import tr

TITLE = "Crisis platform"


def describe(error: Exception) -> tuple[str, int]:
    """(text, Qgis level) for an error."""
    if isinstance(error, AuthenticationError):
        return tr("Wrong e-mail or password (or the account is locked)."), Qgis.Critical
    if isinstance(error, ServerUnreachableError):
        return error.message, Qgis.Critical
    if isinstance(error, ConnectionLostError):
        return error.message, Qgis.Warning
    if isinstance(error, PermissionDeniedError):
        return tr("Not allowed: {message}").format(message=error.message), Qgis.Warning
    if isinstance(error, NotFoundError):
        return tr("Not found (or not shared with your organisation)."), Qgis.Warning
    if isinstance(error, CrisisPlatformError):
        return error.message, Qgis.Warning
    return tr("Unexpected error: {error}").format(error=error), Qgis.Critical


class Notifier:
    """Pushes messages to a QgsMessageBar (and errors to the log panel too)."""

    def __init__(self, message_bar):
        self.bar = message_bar

    def error(self, error: Exception | str) -> None:
        if isinstance(error, str):
            text, level = error, Qgis.Warning
        else:
            text, level = describe(error)
        QgsMessageLog.logMessage(text, TITLE, level)
        self.bar.pushMessage(tr("Crisis platform"), text, level, 8)

    def warning(self, text: str) -> None:
        self.bar.pushMessage(tr("Crisis platform"), text, Qgis.Warning, 6)

    def success(self, text: str) -> None:
        self.bar.pushMessage(tr("Crisis platform"), text, Qgis.Success, 4)

    def info(self, text: str) -> None:
        self.bar.pushMessage(tr("Crisis platform"), text, Qgis.Info, 4)
