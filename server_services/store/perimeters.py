"""The history of a perimeter: every shape it has had, oldest first (written by WFS-T and the API alike)."""

from __future__ import annotations

from ..db import DictConnection
from .accounts import User
from .errors import NotFound

# Earlier shapes from perimeter_history, then the current one (valid_to NULL, operation CURRENT) if it exists.
_HISTORY = """
WITH versions AS (
    SELECT h.version, h.kind, h.label, h.geom, h.valid_from, h.valid_to, h.changed_by, h.operation
    FROM crisis.perimeter_history h
    WHERE h.perimeter_id = %(pid)s AND h.situation_id = %(sid)s
    UNION ALL
    SELECT p.version, p.kind, p.label, p.geom, p.updated_at, NULL, p.updated_by, 'CURRENT'
    FROM crisis.perimeters p
    WHERE p.id = %(pid)s AND p.situation_id = %(sid)s
)
SELECT v.version, v.kind, v.label, ST_AsGeoJSON(v.geom, 7)::json AS geom, v.valid_from, v.valid_to,
       v.operation,
       CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'display_name', u.display_name) END
           AS changed_by
FROM versions v LEFT JOIN crisis.users u ON u.id = v.changed_by
WHERE crisis.can_see_situation(%(uid)s, %(sid)s)
ORDER BY v.version, v.valid_from
"""


def history(conn: DictConnection, user: User, situation_id: int, perimeter_id: int) -> list[dict]:
    """404 for a perimeter that is not in that situation, or a situation the user may not see."""
    rows = conn.execute(_HISTORY, {"sid": situation_id, "pid": perimeter_id, "uid": user.id}).fetchall()
    if not rows:
        raise NotFound("No such perimeter.")
    return rows
