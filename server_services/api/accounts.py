"""Who is calling: passwords with slow-down and lockout, bearer tokens (random, stored hashed, expiring, revocable)."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

import psycopg

from ..passwords import check_password

TOKEN_BYTES = 32
SLOW_FROM = 3  # from the third failure in a row, each answer waits longer
DELAY_STEP_S = 0.25
MAX_DELAY_S = 2.0
LOCK_AFTER = 8  # failures in a row lock the account
LOCK_MINUTES = 15

USER_COLUMNS = """
    u.id, u.email::text AS email, u.display_name, u.role, u.language, u.active,
    o.id AS organisation_id, o.slug AS organisation_slug, o.name AS organisation_name,
    o.kind AS organisation_kind, o.discipline AS organisation_discipline,
    crisis.user_sees_all(u.id) AS sees_all
"""

USER_BY_TOKEN = f"""
SELECT {USER_COLUMNS}, t.id AS token_id, t.expires_at,
       (t.last_used_at IS NULL OR t.last_used_at < now() - interval '5 minutes') AS token_use_stale
FROM crisis.api_tokens t
JOIN crisis.users u ON u.id = t.user_id
JOIN crisis.organisations o ON o.id = u.organisation_id
WHERE t.token_hash = %(hash)s AND t.revoked_at IS NULL AND t.expires_at > now() AND u.active
"""

USER_BY_EMAIL = f"""
SELECT {USER_COLUMNS}, u.password_hash, coalesce(u.locked_until > now(), false) AS locked
FROM crisis.users u JOIN crisis.organisations o ON o.id = u.organisation_id
WHERE u.email = %(email)s
"""

UNKNOWN_EMAIL_LOCKED = """
SELECT coalesce(locked_until > now(), false) AS locked FROM crisis.login_failures WHERE email = %(email)s
"""

# After LOCK_AFTER failures in a row: locked for LOCK_MINUTES and the count starts again.
USER_FAILED = f"""
UPDATE crisis.users SET
    failed_logins = CASE WHEN failed_logins + 1 >= {LOCK_AFTER} THEN 0 ELSE failed_logins + 1 END,
    locked_until = CASE WHEN failed_logins + 1 >= {LOCK_AFTER} THEN now() + interval '{LOCK_MINUTES} minutes'
                        ELSE locked_until END
WHERE id = %(id)s
RETURNING CASE WHEN failed_logins = 0 THEN {LOCK_AFTER} ELSE failed_logins END AS failures
"""

UNKNOWN_EMAIL_FAILED = f"""
INSERT INTO crisis.login_failures AS f (email, failed_logins, last_failed_at) VALUES (%(email)s, 1, now())
ON CONFLICT (email) DO UPDATE SET
    failed_logins = CASE WHEN f.failed_logins + 1 >= {LOCK_AFTER} THEN 0 ELSE f.failed_logins + 1 END,
    locked_until = CASE WHEN f.failed_logins + 1 >= {LOCK_AFTER} THEN now() + interval '{LOCK_MINUTES} minutes'
                        ELSE f.locked_until END,
    last_failed_at = now()
RETURNING CASE WHEN failed_logins = 0 THEN {LOCK_AFTER} ELSE failed_logins END AS failures
"""

PRUNE_UNKNOWN = "DELETE FROM crisis.login_failures WHERE last_failed_at < now() - interval '1 day'"

USER_SUCCEEDED = """
UPDATE crisis.users SET failed_logins = 0, locked_until = NULL
WHERE id = %(id)s AND (failed_logins <> 0 OR locked_until IS NOT NULL)
"""

INSERT_TOKEN = """
INSERT INTO crisis.api_tokens (user_id, token_hash, expires_at)
VALUES (%(user_id)s, %(hash)s, now() + make_interval(secs => %(ttl)s))
RETURNING expires_at
"""

TOUCH_TOKEN = "UPDATE crisis.api_tokens SET last_used_at = now() WHERE id = %(id)s"
REVOKE_TOKEN = "UPDATE crisis.api_tokens SET revoked_at = now() WHERE id = %(id)s AND revoked_at IS NULL"


@dataclass(frozen=True)
class User:
    id: int
    email: str
    display_name: str
    role: str
    language: str
    organisation: dict
    sees_all: bool
    token_id: int | None = None

    @classmethod
    def from_row(cls, row: dict, token_id: int | None = None) -> User:
        return cls(
            id=row["id"], email=row["email"], display_name=row["display_name"], role=row["role"],
            language=row["language"], sees_all=row["sees_all"], token_id=token_id,
            organisation={"id": row["organisation_id"], "slug": row["organisation_slug"],
                          "name": row["organisation_name"], "kind": row["organisation_kind"],
                          "discipline": row["organisation_discipline"]},
        )

    def as_json(self) -> dict:
        return {"id": self.id, "email": self.email, "display_name": self.display_name, "role": self.role,
                "language": self.language, "organisation": self.organisation, "sees_all": self.sees_all}

    @property
    def discipline(self) -> str | None:
        return self.organisation["discipline"]

    @property
    def coordinates(self) -> bool:
        """Coordinators and admins lead situations; editors and readers take part in them."""
        return self.role in ("coordinator", "admin")


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


def user_by_token(conn: psycopg.Connection, token: str) -> User | None:
    row = conn.execute(USER_BY_TOKEN, {"hash": token_hash(token)}).fetchone()
    if row is None:
        return None
    if row["token_use_stale"]:  # last use is kept to the nearest few minutes: no write per request
        conn.execute(TOUCH_TOKEN, {"id": row["token_id"]})
    return User.from_row(row, token_id=row["token_id"])


def issue_token(conn: psycopg.Connection, user: User, ttl_seconds: int) -> tuple[str, datetime]:
    token = secrets.token_urlsafe(TOKEN_BYTES)
    row = conn.execute(INSERT_TOKEN, {"user_id": user.id, "hash": token_hash(token), "ttl": ttl_seconds}).fetchone()
    return token, row["expires_at"]


def revoke_token(conn: psycopg.Connection, token_id: int) -> None:
    conn.execute(REVOKE_TOKEN, {"id": token_id})


class _VerifiedPasswords:
    """Per-process memory of recent successful password checks, so HTTP Basic clients do not pay argon2 on
    every request. Keyed on the stored hash too: a changed password is checked afresh."""

    def __init__(self, size=1024, ttl_s=300.0):
        self._items: OrderedDict[bytes, float] = OrderedDict()
        self._size, self._ttl = size, ttl_s
        self._lock = threading.Lock()

    @staticmethod
    def _key(email: str, password: str, stored_hash: str) -> bytes:
        return hashlib.sha256("\x00".join((email.lower(), password, stored_hash)).encode("utf-8")).digest()

    def seen(self, email, password, stored_hash) -> bool:
        key = self._key(email, password, stored_hash)
        with self._lock:
            expiry = self._items.get(key)
            return expiry is not None and expiry > time.monotonic()

    def remember(self, email, password, stored_hash) -> None:
        key = self._key(email, password, stored_hash)
        with self._lock:
            self._items[key] = time.monotonic() + self._ttl
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_verified = _VerifiedPasswords()


def failure_delay(failures: int) -> float:
    """How long a failed login waits before it is answered."""
    return min(MAX_DELAY_S, max(0, failures - SLOW_FROM + 1) * DELAY_STEP_S)


def check_credentials(conn: psycopg.Connection, email: str, password: str, sleep=time.sleep) -> User | None:
    """The user if the password is right and the account is open; else None, after the same slow-down whether
    or not the email exists (a locked account and a wrong password look alike too)."""
    row = conn.execute(USER_BY_EMAIL, {"email": email}).fetchone() if len(email) <= 320 else None
    if row is not None:
        locked = row["locked"]
        if row["active"] and not locked and _verified.seen(email, password, row["password_hash"]):
            return User.from_row(row)
        ok = check_password(row["password_hash"], password)
        if ok and row["active"] and not locked:
            _verified.remember(email, password, row["password_hash"])
            conn.execute(USER_SUCCEEDED, {"id": row["id"]})
            return User.from_row(row)
        failures = LOCK_AFTER if locked else conn.execute(USER_FAILED, {"id": row["id"]}).fetchone()["failures"]
    else:
        unknown = conn.execute(UNKNOWN_EMAIL_LOCKED, {"email": email[:320]}).fetchone()
        check_password(None, password)  # the same work as for a real account
        if unknown is not None and unknown["locked"]:
            failures = LOCK_AFTER
        else:
            failures = conn.execute(UNKNOWN_EMAIL_FAILED, {"email": email[:320]}).fetchone()["failures"]
            if secrets.randbelow(100) == 0:
                conn.execute(PRUNE_UNKNOWN)
    sleep(failure_delay(failures))
    return None
