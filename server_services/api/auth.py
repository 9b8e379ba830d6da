"""Logging in and out, and finding the caller of a request (bearer token or HTTP Basic)."""

from __future__ import annotations

import base64
import binascii

from flask import Blueprint, current_app, g, jsonify, request

from . import accounts
from .errors import Unauthorized
from .pool import conn
from .validation import Fields, json_body

bp = Blueprint("auth", __name__)

BAD_CREDENTIALS = ("The email or the password is wrong, or the account is locked for a while after too many "
                   "failed attempts.")


def _caller() -> accounts.User | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    scheme, value = scheme.lower(), value.strip()
    if scheme == "bearer" and value:
        user = accounts.user_by_token(conn(), value)
        if user is None:
            raise Unauthorized("The token is unknown, expired or revoked: log in again.", refused=True)
        return user
    if scheme == "basic" and value:
        try:
            email, sep, password = base64.b64decode(value, validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            raise Unauthorized("Malformed HTTP Basic credentials.", refused=True) from None
        if not sep:
            raise Unauthorized("Malformed HTTP Basic credentials.", refused=True)
        user = accounts.check_credentials(conn(), email, password)
        if user is None:
            raise Unauthorized(BAD_CREDENTIALS, refused=True)
        return user
    if header:
        raise Unauthorized("Use Authorization: Bearer <token> or HTTP Basic.", refused=True)
    return None


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
    user = accounts.check_credentials(conn(), email, password)
    if user is None:
        raise Unauthorized(BAD_CREDENTIALS, refused=True)
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
