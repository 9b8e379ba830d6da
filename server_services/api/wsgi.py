"""WSGI entry point of the API for gunicorn: server_services.api.wsgi:app."""

from . import create_app
from .feed_hub import end_streams_on_stop

app = create_app()
end_streams_on_stop()
