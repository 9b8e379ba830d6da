"""WSGI entry point of the OGC front for gunicorn: server_services.ogc.wsgi:app (one QGIS Server per worker)."""

from ..config import forget_owner_credentials
from .app import create_app

app = create_app()
forget_owner_credentials()  # QGIS expressions can read the environment: no owner connection may be there
