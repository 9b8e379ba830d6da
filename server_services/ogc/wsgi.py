"""WSGI entry point of the OGC front for gunicorn: server_services.ogc.wsgi:app (one QGIS Server per worker)."""

from .app import create_app

app = create_app()
