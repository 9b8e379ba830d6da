"""The service API under /api: a Flask application factory."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..config import load_settings

if TYPE_CHECKING:  # Flask is imported by create_app only: nothing is done at import time
    from flask import Flask

# What a configuration holds when it does not say otherwise (the environment's CRISIS_* variables override these).
DEFAULTS = {
    "DB_POOL_SIZE": 16,
    "DB_POOL_TIMEOUT": 10.0,
    "TOKEN_TTL_SECONDS": 12 * 3600,
    "FEED_HEARTBEAT_SECONDS": 15.0,
    # A follower whose organisation lost the share stops receiving within this time.
    "FEED_ACCESS_RECHECK_SECONDS": 30.0,
    "FEED_POLL_SECONDS": 5.0,
    # Each live feed holds one of the worker's threads (stack.py runs gthread workers with 600 threads).
    "FEED_MAX_STREAMS": 560,
    "MAX_CONTENT_LENGTH": 25 * 1024 * 1024,  # the same as nginx's client_max_body_size
    "ALLOWED_ORIGINS": frozenset(),
}


# Settings an operator may change through the environment: config key -> variable (numbers, of DEFAULTS' type).
ENVIRONMENT = {
    "DB_POOL_SIZE": "CRISIS_DB_POOL_SIZE",
    "DB_POOL_TIMEOUT": "CRISIS_DB_POOL_TIMEOUT",
    "FEED_HEARTBEAT_SECONDS": "CRISIS_FEED_HEARTBEAT_SECONDS",
    "FEED_ACCESS_RECHECK_SECONDS": "CRISIS_FEED_ACCESS_RECHECK_SECONDS",
    "FEED_POLL_SECONDS": "CRISIS_FEED_POLL_SECONDS",
    "FEED_MAX_STREAMS": "CRISIS_FEED_MAX_STREAMS",
}


def config_from_environment(environ=os.environ) -> dict:
    """A running service's configuration: the crisis_app connection (config.py) and the CRISIS_* settings."""
    from .http_policy import allowed_origins

    config = {
        "DATABASE_URL": load_settings(environ).app_database_url,
        "ALLOWED_ORIGINS": allowed_origins(environ.get("CRISIS_ALLOWED_ORIGINS", "")),
    }
    for key, name in ENVIRONMENT.items():
        if name in environ:
            config[key] = type(DEFAULTS[key])(float(environ[name]))
    if "CRISIS_TOKEN_TTL_HOURS" in environ:
        config["TOKEN_TTL_SECONDS"] = int(float(environ["CRISIS_TOKEN_TTL_HOURS"]) * 3600)
    return config


def create_app(test_config: dict | None = None) -> Flask:
    """The API. Without `test_config` it is configured from the environment (and var/platform.env); with one,
    from DEFAULTS and `test_config` alone, which then names the DATABASE_URL: nothing of the environment is read."""
    from flask import Flask

    from . import http_policy

    app = Flask(__name__)
    app.config.update(DEFAULTS, **(config_from_environment() if test_config is None else test_config))
    if not app.config.get("DATABASE_URL"):
        raise KeyError("DATABASE_URL")

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
    for module in (
        health,
        auth,
        users,
        situations,
        perimeters,
        maps,
        feeds,
        stream,
        weather,
        reference,
        contacts,
        plan_zones,
        plans,
        openapi,
    ):
        app.register_blueprint(module.bp, url_prefix="/api")
    app.register_blueprint(docs.bp)
    from ..web import bp as web_bp  # the situation view at `/` (nginx sends `/` to this app)

    app.register_blueprint(web_bp)
    return app
