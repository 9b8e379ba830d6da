"""GET /api/plan-zones: the emergency planning zones of the plans the caller may see, to take a situation's area
from (the web view's situation form)."""

from __future__ import annotations

from flask import Blueprint, jsonify

from ..store import plans
from .auth import require_user
from .pool import conn

bp = Blueprint("plan_zones", __name__)


@bp.get("/plan-zones")
def plan_zones():
    return jsonify(items=plans.zones(conn(), require_user()))
