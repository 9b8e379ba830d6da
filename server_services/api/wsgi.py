"""WSGI entry point of the API for gunicorn: server_services.api.wsgi:app."""

from ..config import forget_owner_credentials
from . import create_app
from .feed_hub import end_streams_on_stop

app = create_app()
forget_owner_credentials()  # the API uses the crisis_app connection only
end_streams_on_stop()
