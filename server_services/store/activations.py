"""Plans in force on a situation: activation and deactivation through the database's own checked functions
(crisis.activate_plan / crisis.deactivate_plan, sql/061), which copy, withdraw and log."""

from __future__ import annotations

from psycopg import errors as pg
from psycopg import sql

from ..db import DictConnection, set_actor
from .accounts import User
from .errors import Conflict, NotFound
from .plans import PLAN_COLUMNS, PLAN_FROM

_ACTIVE = sql.SQL("""
SELECT {}, json_build_object(
           'activated_at', a.activated_at,
           'activated_by', (SELECT json_build_object('id', u.id, 'display_name', u.display_name)
                            FROM crisis.users u WHERE u.id = a.activated_by),
           'anchors', (SELECT count(*) FROM crisis.anchors x
                       WHERE x.plan_id = p.id AND x.situation_id = a.situation_id),
           'perimeters', (SELECT count(*) FROM crisis.perimeters x
                          WHERE x.plan_id = p.id AND x.situation_id = a.situation_id)) AS activation
{} JOIN crisis.plan_activations a ON a.plan_id = p.id
WHERE a.situation_id = %(sid)s AND a.deactivated_at IS NULL AND crisis.can_see_situation(%(uid)s, %(sid)s)
  {}
ORDER BY a.activated_at, p.code
""")


def _situation_rights(conn, user: User, situation_id: int) -> dict:
    row = conn.execute(
        "SELECT crisis.can_see_situation(%(uid)s, %(sid)s) AS can_see,"
        " crisis.can_write_situation(%(uid)s, %(sid)s) AND EXISTS ("
        "   SELECT FROM crisis.situations s JOIN crisis.users u ON u.id = %(uid)s"
        "   WHERE s.id = %(sid)s AND u.role IN ('coordinator', 'admin')"
        "     AND (s.owner_org_id = u.organisation_id OR crisis.user_sees_all(u.id))) AS can_activate",
        {"uid": user.id, "sid": situation_id},
    ).fetchone()
    if not row["can_see"]:
        raise NotFound("No such situation.")
    return row


def active_plans(conn: DictConnection, user: User, situation_id: int) -> dict:
    rights = _situation_rights(conn, user, situation_id)
    rows = conn.execute(
        _ACTIVE.format(PLAN_COLUMNS, PLAN_FROM, sql.SQL("")), {"uid": user.id, "sid": situation_id}
    ).fetchall()
    return {"items": rows, "can_activate": rights["can_activate"]}


def active_plan(conn, user: User, situation_id: int, plan_id: int) -> dict:
    row = conn.execute(
        _ACTIVE.format(PLAN_COLUMNS, PLAN_FROM, sql.SQL("AND p.id = %(pid)s")),
        {"uid": user.id, "sid": situation_id, "pid": plan_id},
    ).fetchone()
    if row is None:
        raise NotFound("This plan is not in force on this situation.")
    return row


def _call(conn, user: User, function: str, plan_id: int, situation_id: int):
    """Runs crisis.activate_plan or crisis.deactivate_plan as the user; their refusals become API errors."""
    try:
        with conn.transaction():
            set_actor(conn, user.id)
            return conn.execute(
                sql.SQL("SELECT {}(%s, %s) AS result").format(sql.Identifier("crisis", function)),
                (plan_id, situation_id),
            ).fetchone()["result"]
    except pg.NoDataFound as exc:
        raise NotFound(exc.diag.message_primary) from None
    except pg.ObjectNotInPrerequisiteState as exc:
        raise Conflict(exc.diag.message_primary) from None


def activate(conn, user: User, situation_id: int, plan_id: int) -> bool:
    """True if the plan was activated now, False if it was in force there already (nothing changed)."""
    return _call(conn, user, "activate_plan", plan_id, situation_id) is not None


def deactivate(conn, user: User, situation_id: int, plan_id: int) -> dict:
    result = _call(conn, user, "deactivate_plan", plan_id, situation_id)
    if result is None:
        raise NotFound("This plan is not in force on this situation.")
    return result
