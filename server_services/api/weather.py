"""GET /api/situations/{id}/weather: the weather observed around a situation, newest first."""

from __future__ import annotations

from flask import Blueprint, jsonify

from .auth import require_user
from .errors import NotFound
from .pool import conn
from .validation import query

bp = Blueprint("weather", __name__)

_OBSERVATIONS = """
SELECT w.id, w.observed_at, ST_AsGeoJSON(w.geom, 7)::json AS location, w.wind_from_deg, w.wind_speed_ms,
       w.temperature_c, w.precipitation_mm, w.stability_class, w.source
FROM crisis.weather_observations w
WHERE w.situation_id = %(sid)s AND crisis.can_see_situation(%(uid)s, %(sid)s)
  AND (%(since)s::timestamptz IS NULL OR w.observed_at >= %(since)s::timestamptz)
ORDER BY w.observed_at DESC, w.id DESC
LIMIT %(limit)s
"""


@bp.get("/situations/<int:situation_id>/weather")
def observations(situation_id: int):
    user = require_user()
    args = query()
    limit = args.integer("limit", minimum=1, maximum=1000) or 100
    since = args.timestamp("since")
    args.done()
    situation = conn().execute(
        "SELECT is_exercise FROM crisis.situations WHERE crisis.can_see_situation(%(uid)s, %(sid)s) AND id = %(sid)s",
        {"sid": situation_id, "uid": user.id}).fetchone()
    if situation is None:
        raise NotFound("No such situation.")
    rows = conn().execute(_OBSERVATIONS, {"sid": situation_id, "uid": user.id, "since": since,
                                          "limit": limit}).fetchall()
    return jsonify(items=rows, is_exercise=situation["is_exercise"])
