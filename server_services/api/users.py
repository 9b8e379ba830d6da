"""Organisations and their members: admins manage the users and roles of their own organisation; coordinators
and admins of the national crisis centre manage all."""

from __future__ import annotations

from flask import Blueprint, jsonify

from .. import vocabulary
from ..db import set_actor
from ..passwords import hash_password
from .accounts import User, forget_failures
from .auth import require_user
from .errors import Conflict, Forbidden, NotFound
from .pool import conn
from .validation import Fields, json_body, query

bp = Blueprint("users", __name__)

ROLES = vocabulary.codes("user_roles")
LANGUAGES = vocabulary.codes("languages")
MIN_PASSWORD = 12

_USER_FIELDS = """
    u.id, u.email::text AS email, u.display_name, u.role, u.language, u.active, u.organisation_id, u.created_at
"""


def may_manage_users(user: User, organisation_id: int) -> bool:
    return user.sees_all or (user.role == "admin" and user.organisation["id"] == organisation_id)


def _organisation(organisation_id: int) -> dict:
    row = conn().execute("SELECT id, slug, name, kind, discipline FROM crisis.organisations WHERE id = %s",
                         (organisation_id,)).fetchone()
    if row is None:
        raise NotFound("No such organisation.")
    return row


def _managed_user(caller: User, user_id: int) -> dict:
    row = conn().execute(f"SELECT {_USER_FIELDS} FROM crisis.users u WHERE u.id = %s", (user_id,)).fetchone()
    # Someone you may not manage is not shown: the same answer as nobody.
    if row is None or not (row["id"] == caller.id or may_manage_users(caller, row["organisation_id"])):
        raise NotFound("No such user.")
    return row


_ORGANISATIONS = """
SELECT id, slug, name, kind, discipline FROM crisis.organisations
WHERE %(q)s::text IS NULL OR name ILIKE %(like)s OR slug ILIKE %(like)s
ORDER BY name LIMIT %(limit)s
"""


@bp.get("/organisations")
def list_organisations():
    """Every organisation (the names are no secret: one shares a situation with them), or those whose name or
    slug holds `q`."""
    require_user()
    args = query()
    q = args.string("q", max_len=200) or None
    limit = args.integer("limit", minimum=1, maximum=1000) or 1000
    args.done()
    like = None if q is None else "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = conn().execute(_ORGANISATIONS, {"q": q, "like": like, "limit": limit}).fetchall()
    return jsonify(items=rows)


@bp.get("/organisations/<int:organisation_id>/users")
def list_users(organisation_id: int):
    caller = require_user()
    _organisation(organisation_id)
    if not may_manage_users(caller, organisation_id):
        raise Forbidden("Only the admins of this organisation (or the national crisis centre) list its users.")
    rows = conn().execute(f"SELECT {_USER_FIELDS} FROM crisis.users u WHERE u.organisation_id = %s ORDER BY u.email",
                          (organisation_id,)).fetchall()
    return jsonify(items=rows)


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
    _organisation(organisation_id)
    if not may_manage_users(caller, organisation_id):
        raise Forbidden("Only the admins of this organisation (or the national crisis centre) add users to it.")
    password_hash = hash_password(data.pop("password"))
    with conn().transaction():
        set_actor(conn(), caller.id)
        row = conn().execute(
            f"""INSERT INTO crisis.users AS u (email, display_name, organisation_id, role, language, password_hash)
                VALUES (%(email)s, %(display_name)s, %(org)s, %(role)s, %(language)s, %(hash)s)
                ON CONFLICT (email) DO NOTHING
                RETURNING {_USER_FIELDS}""",
            {**data, "org": organisation_id, "hash": password_hash}).fetchone()
    if row is None:
        raise Conflict("A user with this email already exists.")
    return jsonify(row), 201, {"Location": f"/api/users/{row['id']}"}


@bp.get("/users/<int:user_id>")
def get_user(user_id: int):
    return jsonify(_managed_user(require_user(), user_id))


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
    target = _managed_user(caller, user_id)
    if not may_manage_users(caller, target["organisation_id"]) and (
            {"role", "active"} & changes.keys() or password or unlock):
        # Everyone sets their own name and language; the rest is for the admins of their organisation.
        raise Forbidden("Only the admins of your organisation change your role, password or access.")
    if target["id"] == caller.id and (changes.get("role", caller.role) != caller.role
                                      or changes.get("active") is False):
        raise Conflict("You cannot change your own role or deactivate yourself; ask another admin.")
    params = {**changes, "id": user_id, "hash": hash_password(password) if password else None}
    with conn().transaction():
        set_actor(conn(), caller.id)
        row = conn().execute(
            f"""UPDATE crisis.users AS u SET
                    display_name = coalesce(%(display_name)s, display_name), role = coalesce(%(role)s, role),
                    language = coalesce(%(language)s, language), active = coalesce(%(active)s, active),
                    password_hash = coalesce(%(hash)s, password_hash), updated_at = now()
                WHERE id = %(id)s RETURNING {_USER_FIELDS}""",
            {"display_name": None, "role": None, "language": None, "active": None, **params}).fetchone()
        if changes.get("active") is False or password:
            # A deactivated account or a changed password ends the sessions opened before.
            conn().execute("UPDATE crisis.api_tokens SET revoked_at = now() WHERE user_id = %s AND revoked_at IS NULL",
                           (user_id,))
        if unlock:
            forget_failures(conn(), row["email"])
    return jsonify(row)
