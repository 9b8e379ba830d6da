"""GET /api/health: is the service up, does the database answer."""

from __future__ import annotations

import psycopg
from flask import Blueprint, current_app, jsonify

from .. import __version__
from ..db import ping

bp = Blueprint("health", __name__)


@bp.get("/health")
def health():
    try:
        with psycopg.connect(current_app.config["DATABASE_URL"], connect_timeout=3) as conn:
            ping(conn)
        database = "ok"
    except psycopg.Error as exc:
        current_app.logger.warning("health: database does not answer: %s", exc)
        database = "unavailable"
    status = 200 if database == "ok" else 503
    return jsonify(status="ok" if status == 200 else "degraded", database=database, version=__version__), status
