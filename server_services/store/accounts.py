"""Who is calling, for both fronts: the Authorization header read once, passwords behind a per-client back-off
(no lockouts), bearer tokens (random, stored hashed, expiring, revocable)."""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
import secrets
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

from ..db import DictConnection, one
from ..passwords import Busy, check_password
from .errors import TooManyRequests, Unauthorized

TOKEN_BYTES = 32

# The back-off (sql/022). Failures are counted per (account, client address) and per client address, never per
# account alone: a wrong password from elsewhere never stops the owner. Past the free failures each attempt of
# that key must wait 1 s, 2 s, 4 s ... (at most CAP_S) after the last failure; a count restarts after WINDOW_S
# without failures.
ACCOUNT_FREE = 5  # per (account, client): room for a few typing mistakes
CLIENT_FREE = 20  # per client across accounts: stops password spraying
CAP_S = 60
WINDOW_S = 15 * 60
MAX_EMAIL = 320
EMAIL_SHAPE = re.compile(r"[^@\s\x00]+@[^@\s\x00]+\Z")  # crisis.users.email's CHECK, and no NUL

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
"""  # noqa: S608 - constant text: the column list above

# One row whether or not the email exists (the same query either way): the account, if any, and whether this
# (account, client) is inside its back-off.
USER_BY_EMAIL = f"""
SELECT {USER_COLUMNS}, u.password_hash,
       coalesce(crisis_login.retry_at(t.failures, t.last_failed_at, %(free)s, %(cap)s) > now(), false) AS held
FROM (SELECT) AS one
LEFT JOIN crisis.users u ON u.email = %(email)s
LEFT JOIN crisis.organisations o ON o.id = u.organisation_id
LEFT JOIN crisis_login.throttle t ON t.client = %(client)s AND t.account = %(account)s
                                 AND t.last_failed_at > now() - make_interval(secs => %(window)s)
"""  # noqa: S608 - constant text: the column list above

ATTEMPT = "SELECT crisis_login.attempt(%(client)s, %(account)s, %(free)s, %(client_free)s, %(cap)s, %(window)s) AS wait"
UNCOUNT = "SELECT crisis_login.uncount(%(client)s, %(account)s)"
SUCCEEDED = "SELECT crisis_login.succeeded(%(client)s, %(account)s)"
FORGET = "DELETE FROM crisis_login.throttle WHERE account = %(account)s"

# (S105 takes the *_TOKEN names for passwords: they hold SQL.)
INSERT_TOKEN = """
INSERT INTO crisis.api_tokens (user_id, token_hash, expires_at)
VALUES (%(user_id)s, %(hash)s, now() + make_interval(secs => %(ttl)s))
RETURNING expires_at
"""  # noqa: S105

TOUCH_TOKEN = "UPDATE crisis.api_tokens SET last_used_at = now() WHERE id = %(id)s"  # noqa: S105
REVOKE_TOKEN = "UPDATE crisis.api_tokens SET revoked_at = now() WHERE id = %(id)s AND revoked_at IS NULL"  # noqa: S105


BAD_CREDENTIALS = "The email or the password is wrong."
DEAD_TOKEN = "The token is unknown, expired or revoked: log in again."  # noqa: S105 - a message


def parse_authorization(header: str) -> tuple[str, ...] | None:
    """('bearer', token) or ('basic', email, password); None without credentials; Unauthorized (refused) when
    the header is neither HTTP Basic nor a bearer token."""
    scheme, _, value = (header or "").strip().partition(" ")
    scheme, value = scheme.lower(), value.strip()
    if not scheme:
        return None
    if scheme == "bearer" and value:
        return ("bearer", value)
    if scheme == "basic" and value:
        try:
            email, sep, password = base64.b64decode(value, validate=True).decode("utf-8").partition(":")
        except ValueError:  # not base64 (binascii.Error), not ASCII, or not UTF-8 (UnicodeDecodeError)
            raise Unauthorized("Malformed HTTP Basic credentials.", refused=True) from None
        if not sep or not email or "\x00" in email or "\x00" in password:
            raise Unauthorized("Malformed HTTP Basic credentials.", refused=True)
        return ("basic", email, password)
    raise Unauthorized("Use HTTP Basic (email and password) or Authorization: Bearer <token>.", refused=True)


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
            id=row["id"],
            email=row["email"],
            display_name=row["display_name"],
            role=row["role"],
            language=row["language"],
            sees_all=row["sees_all"],
            token_id=token_id,
            organisation={
                "id": row["organisation_id"],
                "slug": row["organisation_slug"],
                "name": row["organisation_name"],
                "kind": row["organisation_kind"],
                "discipline": row["organisation_discipline"],
            },
        )

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "email": self.email,
            "display_name": self.display_name,
            "role": self.role,
            "language": self.language,
            "organisation": self.organisation,
            "sees_all": self.sees_all,
        }

    @property
    def discipline(self) -> str | None:
        return self.organisation["discipline"]

    @property
    def coordinates(self) -> bool:
        """Coordinators and admins lead situations; editors and readers take part in them."""
        return self.role in ("coordinator", "admin")


def token_hash(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


def user_by_token(conn: DictConnection, token: str) -> User | None:
    row = conn.execute(USER_BY_TOKEN, {"hash": token_hash(token)}).fetchone()
    if row is None:
        return None
    if row["token_use_stale"]:  # last use is kept to the nearest few minutes: no write per request
        conn.execute(TOUCH_TOKEN, {"id": row["token_id"]})
    return User.from_row(row, token_id=row["token_id"])


def issue_token(conn: DictConnection, user: User, ttl_seconds: int) -> tuple[str, datetime]:
    token = secrets.token_urlsafe(TOKEN_BYTES)
    row = one(conn.execute(INSERT_TOKEN, {"user_id": user.id, "hash": token_hash(token), "ttl": ttl_seconds}))
    return token, row["expires_at"]


def revoke_token(conn: DictConnection, token_id: int) -> None:
    conn.execute(REVOKE_TOKEN, {"id": token_id})


class _VerifiedPasswords:
    """Per-process memory of recent successful password checks, so HTTP Basic clients do not pay argon2 on
    every request. Keyed on the stored hash (a changed password is checked afresh) and on the client address."""

    def __init__(self, size=1024, ttl_s=300.0):
        self._items: OrderedDict[bytes, float] = OrderedDict()
        self._size, self._ttl = size, ttl_s
        self._lock = threading.Lock()

    @staticmethod
    def _key(email: str, password: str, stored_hash: str, client: str) -> bytes:
        return hashlib.sha256("\x00".join((email.lower(), password, stored_hash, client)).encode("utf-8")).digest()

    def seen(self, email, password, stored_hash, client) -> bool:
        key = self._key(email, password, stored_hash, client)
        with self._lock:
            expiry = self._items.get(key)
            return expiry is not None and expiry > time.monotonic()

    def remember(self, email, password, stored_hash, client) -> None:
        key = self._key(email, password, stored_hash, client)
        with self._lock:
            self._items[key] = time.monotonic() + self._ttl
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


_verified = _VerifiedPasswords()


def client_key(address: str) -> str:
    """The throttled unit: an IPv4 address, or an IPv6 /64 (one host holds a whole /64); else one shared key."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return "other"
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def account_key(email: str) -> bytes:
    """Names an account in the throttle without storing what was typed."""
    return hashlib.sha256(email.lower().encode("utf-8", "surrogatepass")).digest()


def forget_failures(conn: DictConnection, email: str) -> None:
    """Lifts the back-off of this account from every client (an admin's unlock)."""
    conn.execute(FORGET, {"account": account_key(email)})


def check_credentials(conn: DictConnection, email: str, password: str, client: str) -> User | None:
    """The user if the password is right and the account active, else None; TooManyRequests inside a back-off,
    before any password is checked; Busy (passwords) when no argon2 slot is free. Unknown and known emails
    take the same path; only what cannot be an email at all is refused at once (that tells nothing)."""
    if len(email) > MAX_EMAIL or not EMAIL_SHAPE.match(email):
        return None
    keys = {"client": client_key(client), "account": account_key(email)}
    row = one(
        conn.execute(USER_BY_EMAIL, {**keys, "email": email, "free": ACCOUNT_FREE, "cap": CAP_S, "window": WINDOW_S})
    )
    usable = row["id"] is not None and row["active"]
    if usable and not row["held"] and _verified.seen(email, password, row["password_hash"], keys["client"]):
        return User.from_row(row)
    wait = one(
        conn.execute(
            ATTEMPT, {**keys, "free": ACCOUNT_FREE, "client_free": CLIENT_FREE, "cap": CAP_S, "window": WINDOW_S}
        )
    )["wait"]
    if wait > 0:
        raise TooManyRequests.after(wait)
    try:
        ok = check_password(row["password_hash"], password)
    except Busy:
        conn.execute(UNCOUNT, keys)
        raise
    if not (ok and usable):
        return None
    conn.execute(SUCCEEDED, keys)
    _verified.remember(email, password, row["password_hash"], keys["client"])
    return User.from_row(row)


def login(conn: DictConnection, email: str, password: str, client: str) -> User:
    """The user with these credentials; Unauthorized (refused) if they are wrong (see check_credentials)."""
    user = check_credentials(conn, email, password, client)
    if user is None:
        raise Unauthorized(BAD_CREDENTIALS, refused=True)
    return user


def authenticate(conn: DictConnection, credentials: tuple[str, ...], client: str) -> User:
    """The caller of parsed credentials (parse_authorization); Unauthorized (refused) for a dead token or wrong
    credentials, TooManyRequests inside a login back-off, Busy when no argon2 slot is free."""
    if credentials[0] == "bearer":
        user = user_by_token(conn, credentials[1])
        if user is None:
            raise Unauthorized(DEAD_TOKEN, refused=True)
        return user
    return login(conn, credentials[1], credentials[2], client)
