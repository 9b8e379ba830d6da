"""WSGI entry point of the API for gunicorn: server_services.api.wsgi:app."""

from . import create_app

app = create_app()
