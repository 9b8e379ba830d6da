"""The service API under /api: a Flask application factory."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..config import load_settings

if TYPE_CHECKING:  # Flask is imported by create_app only: nothing is done at import time
    from flask import Flask


def _env_number(name: str, default: float) -> float:
    return float(os.environ.get(name, default))


def create_app(test_config: dict | None = None) -> Flask:
    from flask import Flask

    from . import http_policy

    app = Flask(__name__)
    settings = load_settings()
    app.config.update(
        DATABASE_URL=settings.app_database_url,
        DB_POOL_SIZE=int(_env_number("CRISIS_DB_POOL_SIZE", 16)),
        DB_POOL_TIMEOUT=_env_number("CRISIS_DB_POOL_TIMEOUT", 10),
        TOKEN_TTL_SECONDS=int(_env_number("CRISIS_TOKEN_TTL_HOURS", 12) * 3600),
        FEED_HEARTBEAT_SECONDS=_env_number("CRISIS_FEED_HEARTBEAT_SECONDS", 15),
        # A follower whose organisation lost the share stops receiving within this time.
        FEED_ACCESS_RECHECK_SECONDS=_env_number("CRISIS_FEED_ACCESS_RECHECK_SECONDS", 30),
        FEED_POLL_SECONDS=_env_number("CRISIS_FEED_POLL_SECONDS", 5),
        # Each live feed holds one of the worker's threads (stack.py runs gthread workers with 600 threads).
        FEED_MAX_STREAMS=int(_env_number("CRISIS_FEED_MAX_STREAMS", 560)),
        MAX_CONTENT_LENGTH=25 * 1024 * 1024,  # the same as nginx's client_max_body_size
        ALLOWED_ORIGINS=http_policy.allowed_origins(os.environ.get("CRISIS_ALLOWED_ORIGINS", "")),
    )
    if test_config:
        app.config.update(test_config)

    from . import (
        auth,
        contacts,
        docs,
        errors,
        feeds,
        health,
        jsonout,
        maps,
        openapi,
        perimeters,
        plan_zones,
        plans,
        pool,
        reference,
        situations,
        stream,
        users,
        weather,
    )

    app.json = jsonout.JSONProvider(app)
    errors.register(app)
    http_policy.init_app(app)
    pool.init_app(app)
    for module in (health, auth, users, situations, perimeters, maps, feeds, stream, weather, reference, contacts,
                   plan_zones, plans, openapi):
        app.register_blueprint(module.bp, url_prefix="/api")
    app.register_blueprint(docs.bp)
    from ..web import bp as web_bp  # the situation view at `/` (nginx sends `/` to this app)

    app.register_blueprint(web_bp)
    return app
