"""Password hashing (argon2id) and checking, at most two at a time per process."""

from __future__ import annotations

import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()

# Each hash or check takes 64 MiB for tens of milliseconds: unbounded, a burst of logins grows a worker by
# gigabytes and slows every other request. Callers beyond the bound wait a little, then are told to retry.
MAX_CONCURRENT = 2
WAIT_S = 2.0
_slots = threading.BoundedSemaphore(MAX_CONCURRENT)

# Checked against when the email is unknown, so that both answers take the same time.
_DUMMY_HASH = _hasher.hash("not a real password")


class Busy(Exception):
    """No argon2 slot became free in time: the caller should answer 503 and let the client retry."""


def _run(work):
    if not _slots.acquire(timeout=WAIT_S):
        raise Busy()
    try:
        return work()
    finally:
        _slots.release()


def hash_password(password: str) -> str:
    return _run(lambda: _hasher.hash(password))


def check_password(password_hash: str | None, password: str) -> bool:
    """True if `password` matches; the same work when there is no hash (unknown email). May raise Busy."""

    def verify() -> bool:
        try:
            return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
        except (VerificationError, InvalidHashError):
            return False

    return _run(verify)
