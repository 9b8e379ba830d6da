"""One exception hierarchy for the plugin; the widgets turn these into message-bar messages."""

from __future__ import annotations


class CrisisPlatformError(Exception):
    """Anything the plugin reports to the user."""

    def __init__(self, message: str, details: dict | None = None):
        super().__init__(message)
        self.message = message
        self.details = details or {}


class NotConfiguredError(CrisisPlatformError):
    """No platform URL / login has been saved yet."""


class AuthManagerError(CrisisPlatformError):
    """QGIS's authentication manager is disabled or refused to store the login."""


class ServerUnreachableError(CrisisPlatformError):
    """No answer from the platform (refused, unknown host, timeout)."""


class ConnectionLostError(CrisisPlatformError):
    """A connection that worked (the live feed) dropped."""


class ApiError(CrisisPlatformError):
    """The platform answered with an error status."""

    def __init__(self, message: str, status: int, code: str = "", details: dict | None = None):
        super().__init__(message, details)
        self.status = status
        self.code = code


class AuthenticationError(ApiError):
    """401: wrong e-mail or password, locked account or expired login."""


class PermissionDeniedError(ApiError):
    """403: the user may see but not do this."""


class NotFoundError(ApiError):
    """404: does not exist, or the user may not see it (the platform does not tell which)."""


class ValidationError(ApiError):
    """400/422: the platform refused the input."""


class ConflictError(ApiError):
    """409/412: someone else changed it first."""


class GeometryError(CrisisPlatformError):
    """A geometry cannot be built or is not valid."""


class EditRefusedError(CrisisPlatformError):
    """A WFS-T edit was refused by the platform (no right to write, invalid data)."""


class NothingToAnnounceError(CrisisPlatformError):
    """A CAP alert was asked for a situation without a red, orange or yellow zone."""


def error_for_status(status: int, message: str, code: str = "", details: dict | None = None) -> ApiError:
    """The typed error for an HTTP error status."""
    if status == 401:
        cls = AuthenticationError
    elif status == 403:
        cls = PermissionDeniedError
    elif status == 404:
        cls = NotFoundError
    elif status in (400, 422):
        cls = ValidationError
    elif status in (409, 412):
        cls = ConflictError
    else:
        cls = ApiError
    return cls(message, status, code, details)
