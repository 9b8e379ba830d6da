"""The weather observed around a situation, newest first."""

from __future__ import annotations

from datetime import datetime

from ..db import DictConnection
from .accounts import User
from .errors import NotFound

_SITUATION = """
SELECT is_exercise FROM crisis.situations WHERE crisis.can_see_situation(%(uid)s, %(sid)s) AND id = %(sid)s
"""

_OBSERVATIONS = """
SELECT w.id, w.observed_at, ST_AsGeoJSON(w.geom, 7)::json AS location, w.wind_from_deg, w.wind_speed_ms,
       w.temperature_c, w.precipitation_mm, w.stability_class, w.source
FROM crisis.weather_observations w
WHERE w.situation_id = %(sid)s AND crisis.can_see_situation(%(uid)s, %(sid)s)
  AND (%(since)s::timestamptz IS NULL OR w.observed_at >= %(since)s::timestamptz)
ORDER BY w.observed_at DESC, w.id DESC
LIMIT %(limit)s
"""


def observations(conn: DictConnection, user: User, situation_id: int, since: datetime | None, limit: int) -> dict:
    """{"items": [observations], "is_exercise": bool}; 404 for a situation the user may not see."""
    params = {"sid": situation_id, "uid": user.id, "since": since, "limit": limit}
    situation = conn.execute(_SITUATION, params).fetchone()
    if situation is None:
        raise NotFound("No such situation.")
    return {"items": conn.execute(_OBSERVATIONS, params).fetchall(), "is_exercise": situation["is_exercise"]}
