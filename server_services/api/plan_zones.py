"""GET /api/plan-zones: the emergency planning zones of the plans the caller may see, to take a situation's area
from (the web view's situation form)."""

from __future__ import annotations

from flask import Blueprint, jsonify

from .auth import require_user
from .pool import conn

bp = Blueprint("plan_zones", __name__)

# The plan visibility rule of the OGC layer plan_zones (sql/020); zones simplified to about a metre.
_ZONES = """
SELECT p.id, p.code, p.kind, p.title, p.status,
       ST_AsGeoJSON(ST_Multi(ST_SimplifyPreserveTopology(p.zone, 0.00001)), 6)::json AS zone
FROM crisis.plans p
WHERE p.zone IS NOT NULL AND p.id IN (SELECT crisis.visible_plan_ids(%(uid)s))
ORDER BY p.code, p.id
"""


@bp.get("/plan-zones")
def plan_zones():
    user = require_user()
    return jsonify(items=conn().execute(_ZONES, {"uid": user.id}).fetchall())
