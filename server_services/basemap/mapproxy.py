"""MapProxy's configuration: one cached layer per base map, served as XYZ tiles under /tiles/<id>/{z}/{x}/{y}.png."""

from __future__ import annotations

import json
import os
from pathlib import Path

from .config import EMBEDDED, GRID, Basemap, basemaps
from .render import RENDERED_LAYERS


def _mapproxy_template(url: str) -> str:
    """An XYZ or WMTS REST template as MapProxy's tile source writes it (%(z)s, %(x)s, %(y)s)."""
    for key, value in (
        ("{z}", "%(z)s"),
        ("{x}", "%(x)s"),
        ("{y}", "%(y)s"),
        ("{-y}", "%(y)s"),
        ("{TileMatrix}", "%(z)s"),
        ("{TileCol}", "%(x)s"),
        ("{TileRow}", "%(y)s"),
    ):
        url = url.replace(key, value)
    return url.replace("%(", "\0").replace("%", "%%").replace("\0", "%(")


def _source(basemap: Basemap, renderer_url: str) -> dict:
    if basemap.kind == EMBEDDED:
        return {
            "type": "wms",
            "req": {
                "url": renderer_url,
                "layers": RENDERED_LAYERS,
                "transparent": False,
                "format": "image/png",
                "bgcolor": "0xC5DEEE",
            },
            "supported_srs": ["EPSG:3857"],
            "http": {"client_timeout": 60},
        }
    if basemap.kind == "wms":
        return {
            "type": "wms",
            "req": {"url": basemap.source_url, "layers": basemap.wms_layers, "transparent": False},
            "http": {"client_timeout": 30},
        }
    origin = "sw" if "{-y}" in basemap.source_url else "nw"
    return {
        "type": "tile",
        "url": _mapproxy_template(basemap.source_url),
        "grid": GRID,
        "origin": origin,
        "http": {"client_timeout": 30, "headers": {"User-Agent": "crisis-platform tile cache (MapProxy)"}},
    }


def config(cache_dir: Path, renderer_url: str, environ=os.environ) -> dict:
    maps = basemaps(environ)
    out = {
        "services": {"tms": {"use_grid_names": True, "origin": "nw"}, "demo": None},
        "grids": {GRID: {"base": "GLOBAL_WEBMERCATOR"}},
        "globals": {
            "cache": {
                "base_dir": str(cache_dir),
                "lock_dir": str(cache_dir / "locks"),
                "tile_lock_dir": str(cache_dir / "tile_locks"),
            },
            "image": {"paletted": False},
        },
        "layers": [],
        "caches": {},
        "sources": {},
    }
    del out["services"]["demo"]
    for basemap in maps:
        out["sources"][f"{basemap.id}_source"] = _source(basemap, renderer_url)
        out["caches"][f"{basemap.id}_cache"] = {
            "grids": [GRID],
            "sources": [f"{basemap.id}_source"],
            "format": "image/png",
            "cache": {"type": "file", "directory_layout": "tms"},
            # The embedded map is drawn here: kept; an outside source's tiles are refreshed after a week.
            **({} if basemap.kind == EMBEDDED else {"refresh_before": {"days": 7}}),
            "link_single_color_images": True,
        }
        out["layers"].append({"name": basemap.id, "title": basemap.title, "sources": [f"{basemap.id}_cache"]})
    return out


def write_config(path: Path, cache_dir: Path, renderer_url: str, environ=os.environ) -> Path:
    """mapproxy.yaml (JSON is YAML), written only when it changes."""
    text = json.dumps(config(cache_dir, renderer_url, environ), indent=1)
    if not path.exists() or path.read_text() != text:
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(text)
        os.replace(tmp, path)
    return path


def seed_config(bbox: tuple[float, float, float, float], levels: tuple[int, int], layers: list[str]) -> dict:
    """A mapproxy-seed task: the base map tiles of an area, before going where the network may fail."""
    return {
        "seeds": {
            "area": {
                "caches": [f"{name}_cache" for name in layers],
                "grids": [GRID],
                "levels": {"from": levels[0], "to": levels[1]},
                "coverages": ["area"],
            }
        },
        "coverages": {"area": {"bbox": list(bbox), "srs": "EPSG:4326"}},
    }
