"""Readable API docs at /api/docs (Swagger UI served from its Python package, no CDN), and the API's index page."""

from __future__ import annotations

from flask import Blueprint, Response, send_from_directory
from swagger_ui_bundle import swagger_ui_path

bp = Blueprint("docs", __name__)

_DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Crisis platform API</title>
  <link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script src="/api/docs/swagger-ui-standalone-preset.js"></script>
  <script>
    window.ui = SwaggerUIBundle({
      url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true,
      presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout"
    });
  </script>
</body>
</html>
"""

# `/` is the web situation view (server_services/web); this small index answers at the API's root.
_INDEX_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Crisis platform</title>
  <style>body { font-family: sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.5; }</style>
</head>
<body>
  <h1>Crisis platform</h1>
  <ul>
    <li><a href="/">Situation view</a></li>
    <li><a href="/api/docs">Service API documentation</a> (<a href="/api/openapi.json">OpenAPI document</a>)</li>
    <li><a href="/ows?SERVICE=WMS&amp;REQUEST=GetCapabilities">OGC services: WMS capabilities</a></li>
    <li><a href="/api/health">Health check</a></li>
  </ul>
</body>
</html>
"""


def _html(text: str) -> Response:
    return Response(text, mimetype="text/html", headers={"Cache-Control": "no-cache"})


@bp.get("/api/")
def index():
    return _html(_INDEX_PAGE)


@bp.get("/api/docs")
@bp.get("/api/docs/")
def docs():
    return _html(_DOCS_PAGE)


@bp.get("/api/docs/<path:filename>")
def docs_asset(filename: str):
    return send_from_directory(swagger_ui_path, filename, max_age=86400)
