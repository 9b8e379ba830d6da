"""Who is calling the OGC front: HTTP Basic (what QGIS's authentication manager sends) or the API's bearer token.

The checks are the API's own (server_services.api.accounts: argon2 behind a per-client back-off, hashed expiring
tokens), run on this worker's connection as the crisis_app role.
"""

from __future__ import annotations

import threading

import psycopg
from psycopg.rows import dict_row

from .. import passwords
from ..api import accounts
from .errors import OwsError, unauthorized

BAD_CREDENTIALS = "The email or the password is wrong."


def parse_authorization(header: str) -> tuple[str, ...] | None:
    """The credentials of the header, read as the API reads them; OwsError (401) when malformed."""
    try:
        return accounts.parse_authorization(header)
    except accounts.MalformedCredentials as exc:
        raise unauthorized(str(exc), refused=True) from None


class Authenticator:
    """One database connection per worker process (sync workers: one request at a time), reopened if lost."""

    def __init__(self, database_url: str):
        self._url = database_url
        self._conn: psycopg.Connection | None = None
        self._lock = threading.Lock()

    def connection(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._conn = psycopg.connect(self._url, autocommit=True, row_factory=dict_row,
                                         application_name="crisis-ows-auth", connect_timeout=5)
        return self._conn

    def run(self, work):
        """work(connection) on this worker's connection, once more on a fresh one if the database went away."""
        with self._lock:
            try:
                return work(self.connection())
            except psycopg.OperationalError:
                # The connection went away (database restarted): one fresh try.
                self._conn = None
                return work(self.connection())

    def authenticate(self, header: str | None, client: str = "") -> accounts.User:
        """The caller; OwsError 401 without valid credentials, 429 inside a login back-off, 503 when busy."""
        credentials = parse_authorization(header or "")
        if credentials is None:
            raise unauthorized("Authentication required: HTTP Basic (email and password) or a bearer token.")
        if credentials[0] == "bearer":
            user = self.run(lambda conn: accounts.user_by_token(conn, credentials[1]))
            if user is None:
                raise unauthorized("The token is unknown, expired or revoked: log in again.", refused=True)
            return user
        user = self._check_password(credentials[1], credentials[2], client)
        if user is None:
            raise unauthorized(BAD_CREDENTIALS, refused=True)
        return user

    def _check_password(self, email: str, password: str, client: str) -> accounts.User | None:
        try:
            return self.run(lambda conn: accounts.check_credentials(conn, email, password, client))
        except accounts.Throttled as throttled:
            seconds = throttled.retry_after_seconds
            raise OwsError("AuthenticationFailed", f"Too many failed logins from here; try again in {seconds} s.",
                           429, {"Retry-After": str(seconds)}) from None
        except passwords.Busy:
            raise OwsError("ServiceUnavailable", "Too many logins at once; try again in a moment.", 503,
                           {"Retry-After": "1"}) from None

    def can_write_situation(self, user_id: int, situation_id: int) -> bool:
        row = self.run(lambda conn: conn.execute(
            "SELECT crisis.can_write_situation(%s, %s) AS ok", (user_id, situation_id)).fetchone())
        return bool(row and row["ok"])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()

