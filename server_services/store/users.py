"""Organisations and their members: admins manage the users and roles of their own organisation; coordinators
and admins of the national crisis centre manage all; everyone sets their own name and language."""

from __future__ import annotations

from ..db import DictConnection, one, set_actor
from ..passwords import hash_password
from .accounts import User, forget_failures
from .errors import Conflict, Forbidden, NotFound

USER_FIELDS = """
    u.id, u.email::text AS email, u.display_name, u.role, u.language, u.active, u.organisation_id, u.created_at
"""

_ORGANISATION = "SELECT id, slug, name, kind, discipline FROM crisis.organisations WHERE id = %s"

_ORGANISATIONS = """
SELECT id, slug, name, kind, discipline FROM crisis.organisations
WHERE %(q)s::text IS NULL OR name ILIKE %(like)s OR slug ILIKE %(like)s
ORDER BY name LIMIT %(limit)s
"""

# (S608: the queries below are constant text, with the column list above.)
_USER = f"SELECT {USER_FIELDS} FROM crisis.users u WHERE u.id = %s"  # noqa: S608
_MEMBERS = f"SELECT {USER_FIELDS} FROM crisis.users u WHERE u.organisation_id = %s ORDER BY u.email"  # noqa: S608

_INSERT = f"""
INSERT INTO crisis.users AS u (email, display_name, organisation_id, role, language, password_hash)
VALUES (%(email)s, %(display_name)s, %(org)s, %(role)s, %(language)s, %(hash)s)
ON CONFLICT (email) DO NOTHING
RETURNING {USER_FIELDS}
"""  # noqa: S608 - constant text

_UPDATE = f"""
UPDATE crisis.users AS u SET
    display_name = coalesce(%(display_name)s, display_name), role = coalesce(%(role)s, role),
    language = coalesce(%(language)s, language), active = coalesce(%(active)s, active),
    password_hash = coalesce(%(hash)s, password_hash), updated_at = now()
WHERE id = %(id)s RETURNING {USER_FIELDS}
"""  # noqa: S608 - constant text

_REVOKE_SESSIONS = "UPDATE crisis.api_tokens SET revoked_at = now() WHERE user_id = %s AND revoked_at IS NULL"

_UPDATE_OWN = """
UPDATE crisis.users SET language = coalesce(%(language)s, language),
                        display_name = coalesce(%(display_name)s, display_name), updated_at = now()
WHERE id = %(id)s
"""


def may_manage_users(user: User, organisation_id: int) -> bool:
    return user.sees_all or (user.role == "admin" and user.organisation["id"] == organisation_id)


def organisation(conn: DictConnection, organisation_id: int) -> dict:
    row = conn.execute(_ORGANISATION, (organisation_id,)).fetchone()
    if row is None:
        raise NotFound("No such organisation.")
    return row


def organisations(conn: DictConnection, q: str | None, limit: int) -> list[dict]:
    """Every organisation (the names are no secret: one shares a situation with them), or those whose name or
    slug holds `q`."""
    like = None if q is None else "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return conn.execute(_ORGANISATIONS, {"q": q, "like": like, "limit": limit}).fetchall()


def members(conn: DictConnection, caller: User, organisation_id: int) -> list[dict]:
    organisation(conn, organisation_id)
    if not may_manage_users(caller, organisation_id):
        raise Forbidden("Only the admins of this organisation (or the national crisis centre) list its users.")
    return conn.execute(_MEMBERS, (organisation_id,)).fetchall()


def get(conn: DictConnection, caller: User, user_id: int) -> dict:
    row = conn.execute(_USER, (user_id,)).fetchone()
    # Someone you may not manage is not shown: the same answer as nobody.
    if row is None or not (row["id"] == caller.id or may_manage_users(caller, row["organisation_id"])):
        raise NotFound("No such user.")
    return row


def create(conn: DictConnection, caller: User, organisation_id: int, data: dict) -> dict:
    """data: email, display_name, role, language, password (in clear; only its hash is stored)."""
    organisation(conn, organisation_id)
    if not may_manage_users(caller, organisation_id):
        raise Forbidden("Only the admins of this organisation (or the national crisis centre) add users to it.")
    fields = {k: v for k, v in data.items() if k != "password"}
    password_hash = hash_password(data["password"])
    with conn.transaction():
        set_actor(conn, caller.id)
        row = conn.execute(_INSERT, {**fields, "org": organisation_id, "hash": password_hash}).fetchone()
    if row is None:
        raise Conflict("A user with this email already exists.")
    return row


def update(
    conn: DictConnection, caller: User, user_id: int, changes: dict, password: str | None = None, unlock: bool = False
) -> dict:
    """changes: any of display_name, role, language, active. A deactivated account or a new password ends the
    sessions opened before; unlock lifts the login back-off of the account."""
    target = get(conn, caller, user_id)
    if not may_manage_users(caller, target["organisation_id"]) and (
        {"role", "active"} & changes.keys() or password or unlock
    ):
        # Everyone sets their own name and language; the rest is for the admins of their organisation.
        raise Forbidden("Only the admins of your organisation change your role, password or access.")
    if target["id"] == caller.id and (
        changes.get("role", caller.role) != caller.role or changes.get("active") is False
    ):
        raise Conflict("You cannot change your own role or deactivate yourself; ask another admin.")
    params = {
        "display_name": None,
        "role": None,
        "language": None,
        "active": None,
        **changes,
        "id": user_id,
        "hash": hash_password(password) if password else None,
    }
    with conn.transaction():
        set_actor(conn, caller.id)
        row = one(conn.execute(_UPDATE, params))  # the user exists: get() found it
        if changes.get("active") is False or password:
            conn.execute(_REVOKE_SESSIONS, (user_id,))
        if unlock:
            forget_failures(conn, row["email"])
    return row


def update_own(conn: DictConnection, user: User, changes: dict) -> None:
    """Your own language (the web view and the API's messages speak it) and display name; None keeps a value."""
    with conn.transaction():
        set_actor(conn, user.id)
        conn.execute(_UPDATE_OWN, {"language": None, "display_name": None, **changes, "id": user.id})
