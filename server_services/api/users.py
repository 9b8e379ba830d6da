"""Organisations and their members (the rules are the store's: server_services/store/users.py)."""

from __future__ import annotations

from flask import Blueprint, jsonify

from .. import vocabulary
from ..store import users as store
from .auth import require_user
from .pool import conn
from .validation import Fields, json_body, query

bp = Blueprint("users", __name__)

ROLES = vocabulary.codes("user_roles")
LANGUAGES = vocabulary.codes("languages")
MIN_PASSWORD = 12


@bp.get("/organisations")
def list_organisations():
    """Every organisation, or those whose name or slug holds `q`."""
    require_user()
    args = query()
    q = args.string("q", max_len=200) or None
    limit = args.integer("limit", minimum=1, maximum=1000) or 1000
    args.done()
    return jsonify(items=store.organisations(conn(), q, limit))


@bp.get("/organisations/<int:organisation_id>/users")
def list_users(organisation_id: int):
    return jsonify(items=store.members(conn(), require_user(), organisation_id))


@bp.post("/organisations/<int:organisation_id>/users")
def create_user(organisation_id: int):
    caller = require_user()
    fields = Fields(json_body(), allowed={"email", "display_name", "role", "language", "password"})
    email = fields.string("email", required=True, min_len=3, max_len=320)
    if email is not None and (email.count("@") != 1 or any(c.isspace() for c in email)):
        fields.errors["email"] = "must be an email address"
    data = {
        "email": email,
        "display_name": fields.string("display_name", required=True, min_len=1, max_len=200),
        "role": fields.choice("role", ROLES, required=True),
        "language": fields.choice("language", LANGUAGES) or "en",
        "password": fields.string("password", required=True, min_len=MIN_PASSWORD, max_len=1024, strip=False),
    }
    fields.done()
    row = store.create(conn(), caller, organisation_id, data)
    return jsonify(row), 201, {"Location": f"/api/users/{row['id']}"}


@bp.get("/users/<int:user_id>")
def get_user(user_id: int):
    return jsonify(store.get(conn(), require_user(), user_id))


@bp.patch("/users/<int:user_id>")
def update_user(user_id: int):
    caller = require_user()
    fields = Fields(json_body(), allowed={"display_name", "role", "language", "active", "password", "unlock"})
    changes = {
        "display_name": fields.string("display_name", min_len=1, max_len=200),
        "role": fields.choice("role", ROLES),
        "language": fields.choice("language", LANGUAGES),
        "active": fields.boolean("active"),
    }
    password = fields.string("password", min_len=MIN_PASSWORD, max_len=1024, strip=False)
    unlock = fields.boolean("unlock")
    fields.done()
    changes = {k: v for k, v in changes.items() if v is not None}
    return jsonify(store.update(conn(), caller, user_id, changes, password, bool(unlock)))
