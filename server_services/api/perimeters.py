"""GET /api/situations/{id}/perimeters/{id}/history: every shape a perimeter has had, oldest first."""

from __future__ import annotations

from flask import Blueprint, jsonify

from ..store import perimeters
from .auth import require_user
from .pool import conn

bp = Blueprint("perimeters", __name__)


@bp.get("/situations/<int:situation_id>/perimeters/<int:perimeter_id>/history")
def history(situation_id: int, perimeter_id: int):
    return jsonify(items=perimeters.history(conn(), require_user(), situation_id, perimeter_id))
