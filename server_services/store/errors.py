"""The typed errors of the domain layer: each carries its HTTP status, a stable code and a default message.
Stores raise them; each front turns them into its own answer (the API's JSON in api/errors.py). No Flask here."""

from __future__ import annotations

AUTH_CHALLENGE = 'Bearer realm="crisis platform", Basic realm="crisis platform", charset="UTF-8"'
# Credentials were sent and refused: no Basic challenge, or HTTP clients (Qt in QGIS, browsers) would start
# their own credential prompt on top of the error instead of reporting it.
REFUSED_CHALLENGE = 'Bearer realm="crisis platform", error="invalid_token"'


class ApiError(Exception):
    """An answer other than success; stores and routes raise it, each front turns it into its own answer."""

    status = 500
    code = "internal_error"
    message = "The service failed to answer this request."

    def __init__(self, message: str | None = None, details: dict | None = None, headers: dict | None = None):
        super().__init__(message or self.message)
        self.message = message or self.message
        self.details = details or {}
        self.headers = headers or {}


class InvalidJson(ApiError):
    status, code, message = 400, "invalid_json", "The request body is not valid JSON."


class ValidationFailed(ApiError):
    status, code, message = 422, "validation_error", "Some fields are missing or invalid."


class Unauthorized(ApiError):
    status, code, message = 401, "unauthorized", "Log in first: send a bearer token or HTTP Basic credentials."

    def __init__(self, message: str | None = None, details: dict | None = None, refused: bool = False):
        super().__init__(message, details, {"WWW-Authenticate": REFUSED_CHALLENGE if refused else AUTH_CHALLENGE})


class Forbidden(ApiError):
    status, code, message = 403, "forbidden", "You may not do this."


class NotFound(ApiError):
    status, code, message = 404, "not_found", "No such resource."


class Conflict(ApiError):
    status, code, message = 409, "conflict", "The resource changed or already exists."


class PayloadTooLarge(ApiError):
    status, code, message = 413, "payload_too_large", "The request or one of its files is too large."


class UnsupportedMediaType(ApiError):
    status, code, message = 415, "unsupported_media_type", "This type of content is not accepted."


class TooManyRequests(ApiError):
    status, code, message = 429, "too_many_requests", "Too many failed logins from here; wait before trying again."

    @classmethod
    def after(cls, seconds: int) -> TooManyRequests:
        return cls(
            f"Too many failed logins from here; try again in {seconds} s.",
            {"retry_after_seconds": seconds},
            {"Retry-After": str(seconds)},
        )


class ServiceUnavailable(ApiError):
    status, code, message = 503, "unavailable", "The service is busy or its database does not answer; try again."
