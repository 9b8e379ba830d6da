"""The one place where any error becomes a JSON response: the typed errors of the domain layer (store/errors.py),
database errors, HTTP errors of the framework and failures."""

from __future__ import annotations

import psycopg
import psycopg_pool
from flask import Flask, g, jsonify, request
from psycopg import errors as pg
from werkzeug.exceptions import HTTPException

from ..passwords import Busy
from ..store.errors import ApiError, Conflict, Forbidden, ServiceUnavailable, ValidationFailed
from . import messages

# SQLSTATE classes the database raises on purpose (constraints and the triggers of sql/007) -> API errors.
_DB_ERRORS: list[tuple[type[Exception], type[ApiError], str]] = [
    (pg.CheckViolation, ValidationFailed, "rejected_by_database"),
    (pg.NotNullViolation, ValidationFailed, "rejected_by_database"),
    (pg.ForeignKeyViolation, ValidationFailed, "invalid_reference"),
    (pg.InvalidTextRepresentation, ValidationFailed, "rejected_by_database"),
    (pg.DataException, ValidationFailed, "rejected_by_database"),
    (pg.UniqueViolation, Conflict, "already_exists"),
    (pg.SerializationFailure, Conflict, "changed_meanwhile"),
    (pg.DeadlockDetected, Conflict, "changed_meanwhile"),
    (pg.InsufficientPrivilege, Forbidden, "forbidden"),
]


def from_database_error(exc: psycopg.Error) -> ApiError:
    for db_class, api_class, code in _DB_ERRORS:
        if isinstance(exc, db_class):
            diag = exc.diag
            error = api_class(
                diag.message_primary or str(exc),
                {k: v for k, v in (("constraint", diag.constraint_name), ("hint", diag.message_hint)) if v},
            )
            error.code = code
            return error
    if isinstance(exc, psycopg.OperationalError):
        return ServiceUnavailable()
    return ApiError()


def _language() -> str:
    """The caller's language: Accept-Language, else the account's (when the caller is known), else English."""
    user = g.get("user")
    return messages.negotiate(request.headers.get("Accept-Language"), getattr(user, "language", None))


def error_response(error: ApiError):
    language = _language()
    details = error.details
    if isinstance(details.get("fields"), dict):
        details = {**details, "fields": {k: messages.translate(v, language) for k, v in details["fields"].items()}}
    response = jsonify(
        error={"code": error.code, "message": messages.translate(error.message, language), "details": details}
    )
    response.status_code = error.status
    response.headers.update(error.headers)
    response.headers["Content-Language"] = language
    response.vary.add("Accept-Language")
    return response


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "too_many_requests",
}


def register(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(exc: ApiError):
        if exc.status >= 500:
            app.logger.error("%s: %s", exc.code, exc.message)
        return error_response(exc)

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException):
        error = ApiError(exc.description, headers=dict(exc.get_headers()) if exc.code == 405 else None)
        error.status = exc.code or 500
        error.code = _HTTP_CODES.get(error.status, "http_error")
        error.headers.pop("Content-Type", None)
        return error_response(error)

    @app.errorhandler(psycopg.Error)
    def _database_error(exc: psycopg.Error):
        error = from_database_error(exc)
        if error.status >= 500:
            app.logger.exception("database error", exc_info=exc)
        return error_response(error)

    @app.errorhandler(Busy)
    def _argon2_busy(_exc):
        return error_response(
            ServiceUnavailable("Too many password checks at once; try again in a moment.", headers={"Retry-After": "1"})
        )

    @app.errorhandler(psycopg_pool.PoolTimeout)
    def _pool_timeout(_exc):
        return error_response(ServiceUnavailable(headers={"Retry-After": "1"}))

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception):
        app.logger.exception("unexpected error", exc_info=exc)
        return error_response(ApiError())
