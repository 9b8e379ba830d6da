"""WSGI entry points of the base map processes: the renderer (QGIS Server) and the tile cache (MapProxy)."""

from __future__ import annotations

import os
from pathlib import Path


def renderer():
    from .render import RenderApplication

    return RenderApplication(Path(os.environ["CRISIS_BASEMAP_DIR"]))


def tiles():
    from mapproxy.wsgiapp import make_wsgi_app

    return make_wsgi_app(str(Path(os.environ["CRISIS_BASEMAP_DIR"]) / "mapproxy.yaml"))
