"""Readable API docs at /api/docs (Swagger UI served from its Python package, no CDN), and the API's index page."""

from __future__ import annotations

import base64
import hashlib

from flask import Blueprint, Response, send_from_directory
from swagger_ui_bundle import swagger_ui_path

bp = Blueprint("docs", __name__)

# Served as a file, not inline, so that the page's policy allows scripts of this origin only. No validator
# badge: Swagger UI would fetch it from an outside host.
_DOCS_SCRIPT = """window.ui = SwaggerUIBundle({
  url: document.getElementById("swagger-ui").dataset.url, dom_id: "#swagger-ui", deepLinking: true,
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset], layout: "StandaloneLayout"
});
"""
# Swagger UI draws its icons as data: images and sets styles from script.
_DOCS_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)

_DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Crisis platform API</title>
  <link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui" data-url="/api/openapi.json"></div>
  <script src="/api/docs/swagger-ui-bundle.js"></script>
  <script src="/api/docs/swagger-ui-standalone-preset.js"></script>
  <script src="/api/docs/crisis-docs.js"></script>
</body>
</html>
"""

# `/` is the web situation view (server_services/web); this small index answers at the API's root.
_INDEX_PAGE = """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Crisis platform</title>
  <style>{style}</style>
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


_INDEX_STYLE = "body { font-family: sans-serif; max-width: 40em; margin: 3em auto; line-height: 1.5; }"
# Its one inline style is allowed by its hash; nothing else runs or loads.
_INDEX_POLICY = (
    "default-src 'none'; style-src 'sha256-"
    + base64.b64encode(hashlib.sha256(_INDEX_STYLE.encode()).digest()).decode()
    + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


def _html(text: str, policy: str) -> Response:
    return Response(
        text, mimetype="text/html", headers={"Cache-Control": "no-cache", "Content-Security-Policy": policy}
    )


@bp.get("/api/")
def index():
    return _html(_INDEX_PAGE.replace("{style}", _INDEX_STYLE), _INDEX_POLICY)


@bp.get("/api/docs")
@bp.get("/api/docs/")
def docs():
    return _html(_DOCS_PAGE, _DOCS_POLICY)


@bp.get("/api/docs/<path:filename>")
def docs_asset(filename: str):
    if filename == "crisis-docs.js":  # the page's own start-up script, next to Swagger UI's files
        return Response(_DOCS_SCRIPT, mimetype="text/javascript", headers={"Cache-Control": "no-cache"})
    return send_from_directory(swagger_ui_path, filename, max_age=86400)
