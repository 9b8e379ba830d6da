"""Logging in and out, and finding the caller of a request (bearer token or HTTP Basic)."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, current_app, g, jsonify, request

from .. import vocabulary
from ..store import accounts, users
from ..store.errors import Unauthorized
from .pool import conn
from .validation import Fields, json_body

bp = Blueprint("auth", __name__)


def client_address() -> str:
    """The caller's address: nginx puts it last in X-Forwarded-For; direct callers are the socket's peer."""
    forwarded = request.headers.get("X-Forwarded-For", "")
    return (forwarded.split(",")[-1].strip() if forwarded else "") or request.remote_addr or ""


def _caller() -> accounts.User | None:
    """401 for refused credentials, 429 inside a back-off, 503 when argon2 is busy (errors.py)."""
    credentials = accounts.parse_authorization(request.headers.get("Authorization", ""))
    return None if credentials is None else accounts.authenticate(conn(), credentials, client_address())


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
    user = accounts.login(conn(), email, password, client_address())
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


@bp.patch("/me")
def update_me():
    """Your own language (the web view and the API's messages speak it) and display name."""
    user = require_user()
    fields = Fields(json_body(), allowed={"language", "display_name"})
    changes = {
        "language": fields.choice("language", vocabulary.codes("languages")),
        "display_name": fields.string("display_name", min_len=1, max_len=200),
    }
    fields.done()
    users.update_own(conn(), user, changes)
    g.user = replace(user, **{k: v for k, v in changes.items() if v is not None})
    return jsonify(g.user.as_json())
