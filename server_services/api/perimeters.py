"""GET /api/situations/{id}/perimeters/{id}/history: every shape a perimeter has had, oldest first."""

from __future__ import annotations

from flask import Blueprint, jsonify

from .auth import require_user
from .errors import NotFound
from .pool import conn

bp = Blueprint("perimeters", __name__)

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


@bp.get("/situations/<int:situation_id>/perimeters/<int:perimeter_id>/history")
def history(situation_id: int, perimeter_id: int):
    user = require_user()
    rows = conn().execute(_HISTORY, {"sid": situation_id, "pid": perimeter_id, "uid": user.id}).fetchall()
    if not rows:
        raise NotFound("No such perimeter.")
    return jsonify(items=rows)
