"""Who is calling the OGC front: HTTP Basic (what QGIS's authentication manager sends) or the API's bearer token.

The checks are the API's own (server_services.store.accounts: argon2 behind a per-client back-off, hashed
expiring tokens), run on this worker's connection as the crisis_app role.
"""

from __future__ import annotations

import threading

import psycopg
from psycopg.rows import dict_row

from .. import passwords
from ..store import accounts, situations
from ..store.errors import TooManyRequests, Unauthorized
from .errors import OwsError, unauthorized


class Authenticator:
    """One database connection per worker process (sync workers: one request at a time), reopened if lost."""

    def __init__(self, database_url: str):
        self._url = database_url
        self._conn: psycopg.Connection | None = None
        self._lock = threading.Lock()

    def connection(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed or self._conn.broken:
            self._conn = psycopg.connect(
                self._url, autocommit=True, row_factory=dict_row, application_name="crisis-ows-auth", connect_timeout=5
            )
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
        try:
            credentials = accounts.parse_authorization(header or "")
            if credentials is not None:
                return self.run(lambda conn: accounts.authenticate(conn, credentials, client))
        except Unauthorized as refused:
            raise unauthorized(refused.message, refused=True) from None
        except TooManyRequests as throttled:
            raise OwsError("AuthenticationFailed", throttled.message, 429, throttled.headers) from None
        except passwords.Busy:
            raise OwsError(
                "ServiceUnavailable", "Too many logins at once; try again in a moment.", 503, {"Retry-After": "1"}
            ) from None
        raise unauthorized("Authentication required: HTTP Basic (email and password) or a bearer token.")

    def can_write_situation(self, user_id: int, situation_id: int) -> bool:
        return self.run(lambda conn: situations.can_write(conn, user_id, situation_id))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
