"""Logging in and out, and finding the caller of a request (bearer token or HTTP Basic)."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, current_app, g, jsonify, request

from .. import vocabulary
from ..db import set_actor
from . import accounts
from .errors import TooManyRequests, Unauthorized
from .pool import conn
from .validation import Fields, json_body

bp = Blueprint("auth", __name__)

BAD_CREDENTIALS = "The email or the password is wrong."


def client_address() -> str:
    """The caller's address: nginx puts it last in X-Forwarded-For; direct callers are the socket's peer."""
    forwarded = request.headers.get("X-Forwarded-For", "")
    return (forwarded.split(",")[-1].strip() if forwarded else "") or request.remote_addr or ""


def check_password_of(email: str, password: str) -> accounts.User:
    """The user with these credentials; 401, or 429 inside a back-off (503 when argon2 is busy: errors.py)."""
    try:
        user = accounts.check_credentials(conn(), email, password, client_address())
    except accounts.Throttled as throttled:
        raise TooManyRequests.after(throttled.retry_after_seconds) from None
    if user is None:
        raise Unauthorized(BAD_CREDENTIALS, refused=True)
    return user


def _caller() -> accounts.User | None:
    try:
        credentials = accounts.parse_authorization(request.headers.get("Authorization", ""))
    except accounts.MalformedCredentials as exc:
        raise Unauthorized(str(exc), refused=True) from None
    if credentials is None:
        return None
    if credentials[0] == "bearer":
        user = accounts.user_by_token(conn(), credentials[1])
        if user is None:
            raise Unauthorized("The token is unknown, expired or revoked: log in again.", refused=True)
        return user
    return check_password_of(*credentials[1:])


def require_user() -> accounts.User:
    """The authenticated caller; 401 with a challenge when there is none."""
    if "user" not in g:
        g.user = _caller()
    if g.user is None:
        raise Unauthorized()
    return g.user


@bp.post("/auth/login")
def login():
    fields = Fields(json_body(), allowed={"email", "password"})
    email = fields.string("email", required=True, min_len=1, max_len=320)
    password = fields.string("password", required=True, min_len=1, max_len=1024, strip=False)
    fields.done()
    user = check_password_of(email, password)
    token, expires_at = accounts.issue_token(conn(), user, current_app.config["TOKEN_TTL_SECONDS"])
    return jsonify(token=token, expires_at=expires_at, user=user.as_json())


@bp.post("/auth/logout")
def logout():
    user = require_user()
    if user.token_id is not None:
        accounts.revoke_token(conn(), user.token_id)
    return "", 204


@bp.get("/me")
def me():
    return jsonify(require_user().as_json())


_UPDATE_ME = """
UPDATE crisis.users SET language = coalesce(%(language)s, language),
                        display_name = coalesce(%(display_name)s, display_name), updated_at = now()
WHERE id = %(id)s
"""


@bp.patch("/me")
def update_me():
    """Your own language (the web view and the API's messages speak it) and display name."""
    user = require_user()
    fields = Fields(json_body(), allowed={"language", "display_name"})
    changes = {"language": fields.choice("language", vocabulary.codes("languages")),
               "display_name": fields.string("display_name", min_len=1, max_len=200)}
    fields.done()
    with conn().transaction():
        set_actor(conn(), user.id)
        conn().execute(_UPDATE_ME, {**changes, "id": user.id})
    g.user = replace(user, **{k: v for k, v in changes.items() if v is not None})
    return jsonify(g.user.as_json())
