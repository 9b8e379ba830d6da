"""The service API under /api: a Flask application factory."""

from __future__ import annotations

from flask import Flask, jsonify

from ..config import load_settings


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__)
    settings = load_settings()
    app.config.update(DATABASE_URL=settings.app_database_url)
    if test_config:
        app.config.update(test_config)

    from . import health

    app.register_blueprint(health.bp, url_prefix="/api")

    @app.errorhandler(404)
    def not_found(_exc):
        return jsonify(error={"code": "not_found", "message": "No such resource.", "details": {}}), 404

    return app
