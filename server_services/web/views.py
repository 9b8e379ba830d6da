"""Routes of the web situation view: the page, its own static files and the two OpenLayers files."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, abort, render_template, request, send_from_directory, url_for

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
# The anchor pictograms and the wind arrow of the QGIS styles, drawn the same on the web map.
STYLE_FILES = {
    "pictograms": HERE.parent.parent / "styles" / "pictograms",
    "symbols": HERE.parent.parent / "styles" / "symbols",
}
# OpenLayers, installed by `npm ci` in this folder (package-lock.json pins the version) and reduced by
# `npm run build` (esbuild) to the parts src/ol.js names; served from here, no CDN.
BUILD = HERE / "build"
VENDOR = {"ol.js": BUILD, "ol.css": BUILD}
LONG_CACHE = 365 * 24 * 3600  # URLs carry a hash of the content, so a changed file gets a new URL

# The page talks only to its own origin (API and OGC front); map images arrive as blob: URLs.
PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)

bp = Blueprint("web", __name__, template_folder="templates")


@lru_cache(maxsize=64)
def _digest(path: Path, mtime_ns: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def _version(path: Path) -> str:
    try:
        return _digest(path, path.stat().st_mtime_ns)
    except FileNotFoundError:
        return "missing"


@bp.app_template_global("asset_url")
def asset_url(filename: str) -> str:
    """The URL of a file of static/, with a content hash that lets browsers keep it."""
    return url_for("web.static_file", filename=filename, v=_version(STATIC / filename))


@bp.app_template_global("vendor_url")
def vendor_url(name: str) -> str:
    return url_for("web.vendor", name=name, v=_version(VENDOR[name] / name))


def _send(folder: Path, filename: str) -> Response:
    """A file; immutable for a year under the URL of its current content (?v=<hash>), else revalidated."""
    response = send_from_directory(folder, filename, max_age=0)
    if request.args.get("v") and request.args.get("v") == _version(folder / filename):
        response.cache_control.public = True
        response.cache_control.max_age = LONG_CACHE
        response.cache_control.immutable = True
    else:
        response.cache_control.no_cache = True
    return response


@bp.get("/")
def page():
    """The page with its own policy; nosniff, Referrer-Policy and the like are added to every answer of the app
    (server_services/api/http_policy.py)."""
    return Response(
        render_template("web/index.html"),
        mimetype="text/html",
        headers={"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-cache"},
    )


@bp.get("/manifest.webmanifest")
def manifest():
    """What a phone needs to put the page on its home screen (an app window of its own, the platform's icon)."""
    body = {
        "name": "Crisis platform",
        "short_name": "Crisis",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#f2f4f7",
        "theme_color": "#14233a",
        "icons": [
            {
                "src": asset_url(f"img/icon-{size}.png"),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "any maskable",
            }
            for size in (192, 512)
        ]
        + [{"src": asset_url("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"}],
    }
    return Response(json.dumps(body), mimetype="application/manifest+json", headers={"Cache-Control": "no-cache"})


@bp.get("/web/static/<path:filename>")
def static_file(filename: str):
    return _send(STATIC, filename)


@bp.get("/web/<any(pictograms, symbols):folder>/<name>.svg")
def style_file(folder: str, name: str):
    if not name.replace("_", "").isalnum():
        abort(404)
    return _send(STYLE_FILES[folder], f"{name}.svg")


@bp.get("/web/vendor/<name>")
def vendor(name: str):
    if name not in VENDOR:
        abort(404)
    if not (VENDOR[name] / name).is_file():
        # The set-up runs `npm ci` and `npm run build` in server_services/web; without them no map is drawn.
        return Response(
            f"/* {name} is missing: run `npm ci && npm run build` in server_services/web */\n",
            status=503,
            mimetype="text/plain",
        )
    return _send(VENDOR[name], name)
