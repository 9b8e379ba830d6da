"""Which base maps the platform offers, from the operator's settings (environment, var/platform.env)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# QGIS's own world map (Debian's qgis-common): Natural Earth countries, provinces and disputed borders.
WORLD_MAP = "/usr/share/qgis/resources/data/world_map.gpkg"
GRID = "webmercator"
EMBEDDED = "embedded"
CONFIGURED = "configured"
EMBEDDED_MAX_ZOOM = 12  # Natural Earth's 1:10m data says nothing more closely


class BasemapError(ValueError):
    """The operator's base map settings cannot be used."""


@dataclass(frozen=True)
class Basemap:
    id: str
    title: str
    attribution: str
    max_zoom: int
    kind: str  # "embedded", "xyz" (XYZ or WMTS REST template) or "wms"
    source_url: str = ""  # the outside source (template, or WMS base URL)
    wms_layers: str = ""

    @property
    def tile_url(self) -> str:
        """Where browsers and the plugin get its tiles: the origin's MapProxy (XYZ, top-left origin)."""
        return f"/tiles/{self.id}/{{z}}/{{x}}/{{y}}.png"

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "attribution": self.attribution,
            "max_zoom": self.max_zoom,
            "url": self.tile_url,
            "kind": self.kind,
        }


_TEMPLATE_KEYS = re.compile(r"\{(z|x|y|-y|TileMatrix|TileRow|TileCol)\}")


def _check_url(url: str, template: bool) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c in url for c in " \"'\n\r\\"):
        raise BasemapError(f"CRISIS_BASEMAP_URL must be an http(s) URL, not {url[:80]!r}")
    if template and not {"z", "x", "y"} <= {
        k.replace("-", "").replace("TileMatrix", "z").replace("TileRow", "y").replace("TileCol", "x")
        for k in _TEMPLATE_KEYS.findall(url)
    }:
        raise BasemapError("CRISIS_BASEMAP_URL must hold {z}, {x} and {y} (or WMTS {TileMatrix}, {TileRow}, {TileCol})")
    return url


def basemaps(environ=os.environ) -> list[Basemap]:
    """The embedded base map, and the configured one first if the operator set CRISIS_BASEMAP_URL."""
    embedded = Basemap(
        EMBEDDED,
        environ.get("CRISIS_BASEMAP_EMBEDDED_TITLE", "Embedded base map (offline)"),
        "Natural Earth (public domain), via QGIS",
        EMBEDDED_MAX_ZOOM,
        "embedded",
    )
    url = environ.get("CRISIS_BASEMAP_URL", "").strip()
    if not url:
        return [embedded]
    kind = environ.get("CRISIS_BASEMAP_TYPE", "xyz").strip().lower()
    if kind not in ("xyz", "wmts", "wms"):
        raise BasemapError("CRISIS_BASEMAP_TYPE must be xyz, wmts or wms")
    kind = "xyz" if kind == "wmts" else kind
    layers = environ.get("CRISIS_BASEMAP_LAYERS", "").strip()
    if kind == "wms" and not re.fullmatch(r"[\w:.,\- ]{1,200}", layers):
        raise BasemapError("a WMS base map needs CRISIS_BASEMAP_LAYERS (layer names, comma separated)")
    try:
        max_zoom = int(environ.get("CRISIS_BASEMAP_MAX_ZOOM", "19"))
    except ValueError:
        raise BasemapError("CRISIS_BASEMAP_MAX_ZOOM must be a number") from None
    configured = Basemap(
        CONFIGURED,
        environ.get("CRISIS_BASEMAP_TITLE", "Streets"),
        environ.get("CRISIS_BASEMAP_ATTRIBUTION", ""),
        max(1, min(max_zoom, 22)),
        kind,
        _check_url(url, template=kind == "xyz"),
        layers,
    )
    return [configured, embedded]
