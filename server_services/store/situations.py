"""Situations in the database: scoped reads, and writes that keep the lifecycle rules and log to the feed."""

from __future__ import annotations

from psycopg import sql

from .. import vocabulary
from ..db import DictConnection, one, set_actor
from .accounts import User
from .errors import Conflict, Forbidden, NotFound, ValidationFailed
from .system_lines import system_line

# The codes are the database's (server_services/vocabulary); phases and levels lowest first.
KINDS = vocabulary.codes("situation_kinds")
STATUSES = vocabulary.codes("situation_statuses")
PHASES = vocabulary.codes("coordination_phases")
ACTIVATION_LEVELS = vocabulary.codes("activation_levels")
WRITABLE = ("draft", "active")

# The lifecycle. A draft is prepared, then activated (or archived unused); an active situation is closed when
# the crisis is over; a closed one can be reopened (the crisis flares up again) or archived. Archived is final.
# active -> draft is refused: people were alerted and wrote in the logbook; that cannot be made a draft again.
TRANSITIONS = {
    "draft": ("active", "archived"),
    "active": ("closed",),
    "closed": ("active", "archived"),
    "archived": (),
}

_COLUMNS = sql.SQL("""
    s.id, s.kind, s.status, s.phase, s.activation_level, s.title, s.description,
    ST_AsGeoJSON(s.area, 7)::json AS area,
    CASE WHEN s.area IS NULL THEN NULL
         ELSE json_build_array(ST_XMin(s.area), ST_YMin(s.area), ST_XMax(s.area), ST_YMax(s.area)) END AS bbox,
    s.starts_at, s.ends_at, s.owner_org_id,
    json_build_object('id', o.id, 'slug', o.slug, 'name', o.name) AS owner_organisation,
    coalesce((SELECT json_agg(json_build_object('id', so.id, 'slug', so.slug, 'name', so.name) ORDER BY so.name)
              FROM crisis.situation_shares sh JOIN crisis.organisations so ON so.id = sh.organisation_id
              WHERE sh.situation_id = s.id), '[]'::json) AS shared_with,
    s.is_exercise, s.version, s.created_at, s.updated_at,
    crisis.can_write_situation(%(uid)s, s.id) AS can_write
""")

_FROM = sql.SQL("FROM crisis.situations s JOIN crisis.organisations o ON o.id = s.owner_org_id")

# Fixed filter fragments, chosen by which query parameters are given; values always go as parameters.
_FILTERS = {
    "kind": "s.kind = %(kind)s",
    "status": "s.status = %(status)s",
    "phase": "s.phase = %(phase)s",
    "q": "(s.title ILIKE %(q_like)s OR s.description ILIKE %(q_like)s)",
    "bbox": "s.area && ST_MakeEnvelope(%(minx)s, %(miny)s, %(maxx)s, %(maxy)s, 4326)",
}


def can_see(conn: DictConnection, user_id: int, situation_id: int) -> bool:
    """The database's rule (crisis.can_see_situation), the same for every front."""
    return bool(one(conn.execute("SELECT crisis.can_see_situation(%s, %s) AS ok", (user_id, situation_id)))["ok"])


def can_write(conn: DictConnection, user_id: int, situation_id: int) -> bool:
    """The database's rule (crisis.can_write_situation), the same for every front."""
    row = one(conn.execute("SELECT crisis.can_write_situation(%s, %s) AS ok", (user_id, situation_id)))
    return bool(row["ok"])


def require_visible(conn: DictConnection, user: User, situation_id: int) -> None:
    """404 for a situation the user may not see, the same as for one that does not exist."""
    if not can_see(conn, user.id, situation_id):
        raise NotFound("No such situation.")


_AUDIENCE = """
SELECT owner_org_id, ARRAY(SELECT organisation_id FROM crisis.situation_shares WHERE situation_id = s.id) AS shared
FROM crisis.situations s WHERE s.id = %s
"""


def audience(conn: DictConnection, situation_id: int) -> tuple[int, frozenset[int]]:
    """The organisations that see a situation besides those that see all: (owner, those it is shared with);
    (0, nothing) for a situation that does not exist. For a fan-out that checks many readers at once."""
    row = conn.execute(_AUDIENCE, (situation_id,)).fetchone()
    return (row["owner_org_id"], frozenset(row["shared"])) if row else (0, frozenset())


def can_manage(user: User, situation: dict) -> bool:
    """Coordinators and admins of the owner organisation (and of the national crisis centre) lead a situation:
    they change its lifecycle, phase, activation level, description and shares."""
    return user.coordinates and (situation["owner_org_id"] == user.organisation["id"] or user.sees_all)


def as_json(user: User, row: dict) -> dict:
    item = {
        k: row[k]
        for k in (
            "id",
            "kind",
            "status",
            "phase",
            "activation_level",
            "title",
            "description",
            "area",
            "bbox",
            "starts_at",
            "ends_at",
            "owner_organisation",
            "shared_with",
            "is_exercise",
            "version",
            "created_at",
            "updated_at",
        )
    }
    item["permissions"] = {"can_write": row["can_write"], "can_manage": can_manage(user, row)}
    return item


def list_situations(conn: DictConnection, user: User, filters: dict, limit: int, offset: int):
    params = {"uid": user.id, "limit": limit, "offset": offset}
    where = [sql.SQL("s.id IN (SELECT crisis.visible_situation_ids(%(uid)s))")]
    for name, fragment in _FILTERS.items():
        if filters.get(name) is not None:
            where.append(sql.SQL(fragment))
    params.update({k: v for k, v in filters.items() if k not in ("q", "bbox")})
    if filters.get("q") is not None:
        params["q_like"] = "%" + filters["q"].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    if filters.get("bbox") is not None:
        params.update(zip(("minx", "miny", "maxx", "maxy"), filters["bbox"], strict=True))
    condition = sql.SQL(" AND ").join(where)
    rows = conn.execute(
        sql.SQL("SELECT {} {} WHERE {} ORDER BY s.starts_at DESC, s.id DESC LIMIT %(limit)s OFFSET %(offset)s").format(
            _COLUMNS, _FROM, condition
        ),
        params,
    ).fetchall()
    total = one(conn.execute(sql.SQL("SELECT count(*) AS n {} WHERE {}").format(_FROM, condition), params))["n"]
    return [as_json(user, r) for r in rows], total


def visible_row_query(lock: bool = False) -> sql.Composed:
    """One situation by id (%(sid)s) for a user (%(uid)s). The right is checked on the requested id (a one-time
    filter, before any row is read), so that a hidden situation and an absent one take the same path and the
    same time."""
    return sql.SQL("SELECT {} {} WHERE crisis.can_see_situation(%(uid)s, %(sid)s) AND s.id = %(sid)s {}").format(
        _COLUMNS, _FROM, sql.SQL("FOR NO KEY UPDATE OF s" if lock else "")
    )


def get_row(conn: DictConnection, user: User, situation_id: int, lock: bool = False) -> dict:
    """The situation if the user may see it; otherwise 404, the same as if it did not exist."""
    row = conn.execute(visible_row_query(lock), {"uid": user.id, "sid": situation_id}).fetchone()
    if row is None:
        raise NotFound("No such situation.")
    return row


def get(conn, user, situation_id) -> dict:
    return as_json(user, get_row(conn, user, situation_id))


def _managed_row(conn, user, situation_id) -> dict:
    row = get_row(conn, user, situation_id, lock=True)
    if not can_manage(user, row):
        raise Forbidden(
            "Only coordinators and admins of the owner organisation (or of the national crisis centre) "
            "manage this situation."
        )
    return row


def system_entry(conn, user: User, situation_id: int, body: str, priority: str = "important") -> None:
    """An automatic logbook entry for a change of the situation, in the caller's transaction."""
    conn.execute(
        "INSERT INTO crisis.feed_entries (situation_id, channel, priority, body, author_id, is_system) "
        "VALUES (%s, 'multidisciplinary', %s, %s, %s, true)",
        (situation_id, priority, body, user.id),
    )


def create(conn, user: User, data: dict) -> int:
    if not user.coordinates:
        raise Forbidden("Only coordinators and admins create situations.")
    owner = data.pop("owner_organisation_id", None) or user.organisation["id"]
    if owner != user.organisation["id"] and not user.sees_all:
        raise Forbidden("You create situations for your own organisation only.")
    with conn.transaction():
        set_actor(conn, user.id)
        if conn.execute("SELECT 1 FROM crisis.organisations WHERE id = %s", (owner,)).fetchone() is None:
            raise ValidationFailed(details={"fields": {"owner_organisation_id": "no such organisation"}})
        row = conn.execute(
            """INSERT INTO crisis.situations (kind, status, phase, activation_level, title, description, area,
                                              starts_at, ends_at, owner_org_id, created_by, updated_by)
               VALUES (%(kind)s, %(status)s, %(phase)s, %(activation_level)s, %(title)s, %(description)s,
                       ST_SetSRID(ST_GeomFromGeoJSON(%(area)s::text), 4326), coalesce(%(starts_at)s, now()),
                       %(ends_at)s, %(owner)s, %(uid)s, %(uid)s)
               RETURNING id""",
            {
                "status": "draft",
                "phase": "none",
                "activation_level": None,
                "description": "",
                "area": None,
                "starts_at": None,
                "ends_at": None,
                **data,
                "owner": owner,
                "uid": user.id,
            },
        ).fetchone()
        if data.get("status", "draft") == "active":
            system_entry(conn, user, row["id"], system_line("opened", user.language, title=data["title"]))
    return row["id"]


def update(conn, user: User, situation_id: int, data: dict, version: int | None) -> None:
    with conn.transaction():
        set_actor(conn, user.id)
        row = _managed_row(conn, user, situation_id)
        if row["status"] not in WRITABLE:
            raise Conflict(f"The situation is {row['status']}: reopen it before changing it.")
        _check_version(row, version)
        if not data:
            return
        area = sql.SQL("ST_SetSRID(ST_GeomFromGeoJSON(%(area)s::text), 4326)")
        assignments = [
            sql.SQL("{} = {}").format(sql.Identifier(name), area if name == "area" else sql.Placeholder(name))
            for name in data
        ]
        conn.execute(
            sql.SQL(
                "UPDATE crisis.situations SET {}, version = version + 1, updated_by = %(uid)s, "
                "updated_at = now() WHERE id = %(sid)s"
            ).format(sql.SQL(", ").join(assignments)),
            {**data, "uid": user.id, "sid": situation_id},
        )


def _check_version(row: dict, version: int | None) -> None:
    if version is not None and version != row["version"]:
        raise Conflict(
            "The situation was changed by someone else meanwhile; reload it.", {"current_version": row["version"]}
        )


def _words(column: str, language: str):
    """How a logbook line names the values of a column: codes in English (as it always did), labels otherwise."""
    lists = {"status": "situation_statuses", "phase": "coordination_phases", "activation_level": "activation_levels"}

    def word(code):
        if code is None:
            return system_line("none", language)
        return code if language == "en" else vocabulary.label(lists[column], code, language)

    return word


def _change(
    conn,
    user: User,
    situation_id: int,
    column: str,
    value,
    describe,
    version: int | None = None,
    reason: str | None = None,
) -> None:
    """Sets one lifecycle column and logs it (with the reason given), while the logbook of the situation is still
    (or again) writable. With a version, refused if the situation changed since that version."""
    with conn.transaction():
        set_actor(conn, user.id)
        row = _managed_row(conn, user, situation_id)
        _check_version(row, version)
        old = row[column]
        if old == value:
            return
        key, values, priority = describe(old, value, row)
        word = _words(column, user.language)
        message = system_line(key, user.language, reason, **{**values, "old": word(old), "new": word(value)})
        if row["status"] in WRITABLE:
            system_entry(conn, user, situation_id, message, priority)
        conn.execute(
            sql.SQL(
                "UPDATE crisis.situations SET {} = %(value)s, version = version + 1, "
                "updated_by = %(uid)s, updated_at = now() "
                "WHERE id = %(sid)s"
            ).format(sql.Identifier(column)),
            {"value": value, "uid": user.id, "sid": situation_id},
        )
        if row["status"] not in WRITABLE and column == "status" and value in WRITABLE:
            system_entry(conn, user, situation_id, message, priority)


def change_status(conn, user, situation_id, status, version=None, reason=None) -> None:
    def describe(old, new, row):
        if new not in TRANSITIONS[old]:
            allowed = ", ".join(TRANSITIONS[old]) or "none (archived is final)"
            raise Conflict(
                f"A situation cannot go from {old} to {new}; allowed from there: {allowed}.",
                {"from": old, "to": new, "allowed": list(TRANSITIONS[old])},
            )
        verb = {
            "active": "reopened" if old == "closed" else "activated",
            "closed": "closed",
            "archived": "archived",
            "draft": "made a draft",
        }[new]
        return "status", {"verb": verb}, "important"

    _change(conn, user, situation_id, "status", status, describe, version, reason)


def _require_open(row):
    if row["status"] not in WRITABLE:
        raise Conflict(f"The situation is {row['status']}: reopen it first.")


def change_phase(conn, user, situation_id, phase, version=None, reason=None) -> None:
    def describe(old, new, row):
        _require_open(row)
        way = "raised" if PHASES.index(new) > PHASES.index(old) else "lowered"
        return f"phase_{way}", {}, "urgent" if way == "raised" else "important"

    _change(conn, user, situation_id, "phase", phase, describe, version, reason)


def change_activation_level(conn, user, situation_id, level, version=None, reason=None) -> None:
    order = (None, *ACTIVATION_LEVELS)

    def describe(old, new, row):
        _require_open(row)
        way = "raised" if order.index(new) > order.index(old) else "lowered"
        return f"level_{way}", {}, "urgent" if way == "raised" else "important"

    _change(conn, user, situation_id, "activation_level", level, describe, version, reason)


def set_share(conn, user: User, situation_id: int, organisation_id: int, shared: bool) -> bool:
    """Shares or withdraws; True if something changed."""
    with conn.transaction():
        set_actor(conn, user.id)
        row = _managed_row(conn, user, situation_id)
        org = conn.execute("SELECT id, name FROM crisis.organisations WHERE id = %s", (organisation_id,)).fetchone()
        if org is None:
            raise NotFound("No such organisation.")
        if organisation_id == row["owner_org_id"]:
            raise ValidationFailed("The owner organisation always sees its situation; it is not shared with itself.")
        if shared:
            cur = conn.execute(
                "INSERT INTO crisis.situation_shares (situation_id, organisation_id, shared_by) "
                "VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                (situation_id, organisation_id, user.id),
            )
        else:
            cur = conn.execute(
                "DELETE FROM crisis.situation_shares WHERE situation_id = %s AND organisation_id = %s",
                (situation_id, organisation_id),
            )
        changed = cur.rowcount > 0
        if changed and row["status"] in WRITABLE:
            line = system_line("shared" if shared else "unshared", user.language, name=org["name"])
            system_entry(conn, user, situation_id, line, "info")
    return changed
