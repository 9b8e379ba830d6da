"""GET /api/situations/{id}/weather: the weather observed around a situation, newest first."""

from __future__ import annotations

from flask import Blueprint, jsonify

from ..store import weather
from .auth import require_user
from .pool import conn
from .validation import query

bp = Blueprint("weather", __name__)


@bp.get("/situations/<int:situation_id>/weather")
def observations(situation_id: int):
    user = require_user()
    args = query()
    limit = args.integer("limit", minimum=1, maximum=1000) or 100
    since = args.timestamp("since")
    args.done()
    return jsonify(weather.observations(conn(), user, situation_id, since, limit))
