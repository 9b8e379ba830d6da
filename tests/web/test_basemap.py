"""The operator's base map source (XYZ tiles) through the origin's tile cache: proxied, cached, seeded for an
area, listed with its attribution; served from a local tile server standing in for the outside one."""

from __future__ import annotations

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests
from PIL import Image
from support import DEMO_PASSWORD, start_platform

from server_services.basemap.seed import seed

TILE_COLOUR = (30, 144, 90)


class _Tiles(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        parts = self.path.strip("/").removesuffix(".png").split("/")
        if len(parts) != 4 or parts[0] != "osm" or not all(p.isdigit() for p in parts[1:]):
            self.send_error(404)
            return
        self.hits.append(self.path)
        buffer = io.BytesIO()
        Image.new("RGB", (256, 256), TILE_COLOUR).save(buffer, "PNG")
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(buffer.tell()))
        self.end_headers()
        self.wfile.write(buffer.getvalue())

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def tile_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Tiles)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def configured_platform(database, tile_server):
    """The platform with the operator's XYZ source configured (only its tile cache and API are looked at)."""
    environment = {
        "CRISIS_BASEMAP_URL": f"{tile_server}/osm/{{z}}/{{x}}/{{y}}.png",
        "CRISIS_BASEMAP_TITLE": "Streets (test)",
        "CRISIS_BASEMAP_ATTRIBUTION": "© Test tiles",
        "CRISIS_BASEMAP_MAX_ZOOM": "18",
        "CRISIS_OWS_WORKERS": "1",  # the OGC front is not looked at here
    }
    yield from start_platform(database, environment, "platform-tiles")


def _colour(png: bytes) -> tuple[int, int, int]:
    return Image.open(io.BytesIO(png)).convert("RGB").getpixel((128, 128))


def test_configured_xyz_source_is_proxied_and_cached(configured_platform, tile_server):
    origin = configured_platform.origin
    _Tiles.hits.clear()
    first = requests.get(f"{origin}/tiles/configured/12/2096/1366.png", timeout=60)
    assert first.status_code == 200 and first.headers["Content-Type"] == "image/png"
    assert _colour(first.content) == TILE_COLOUR
    assert _Tiles.hits == ["/osm/12/2096/1366.png"]  # XYZ rows counted from the top, as asked
    assert "max-age=86400" in first.headers["Cache-Control"]
    again = requests.get(f"{origin}/tiles/configured/12/2096/1366.png", timeout=60)
    assert again.content == first.content and len(_Tiles.hits) == 1, "not served from the cache"
    # Only the XYZ form of known base maps reaches MapProxy.
    assert requests.get(f"{origin}/tiles/1.0.0/configured/webmercator/12/2096/1366.png", timeout=30).status_code == 404
    assert requests.get(f"{origin}/tiles/configured/12/2096/x.png", timeout=30).status_code == 404
    assert requests.get(f"{origin}/tiles/elsewhere/1/0/0.png", timeout=30).status_code == 404


def test_configured_source_is_offered_first_with_its_attribution(configured_platform):
    token = requests.post(
        f"{configured_platform.origin}/api/auth/login",
        timeout=30,
        json={"email": "reader@police-antwerp.demo", "password": DEMO_PASSWORD},
    ).json()["token"]
    items = requests.get(
        f"{configured_platform.origin}/api/basemap", timeout=30, headers={"Authorization": f"Bearer {token}"}
    ).json()["items"]
    assert [(i["id"], i["title"], i["attribution"], i["max_zoom"]) for i in items[:1]] == [
        ("configured", "Streets (test)", "© Test tiles", 18)
    ]
    assert items[1]["id"] == "embedded"


def test_an_area_is_seeded_before_going_to_the_field(configured_platform):
    _Tiles.hits.clear()
    done = seed(configured_platform, (4.28, 51.27, 4.32, 51.30), (10, 12), ["configured"])
    assert done.returncode == 0, done.stderr[-2000:]
    seeded = len(_Tiles.hits)
    assert seeded >= 3
    cache = configured_platform.tile_cache
    assert len([p for p in cache.rglob("*.png") if "configured" in str(p)]) >= seeded
    # The field: the source is not asked again for what was seeded.
    tile = next(hit for hit in _Tiles.hits if hit.startswith("/osm/12/"))
    answer = requests.get(f"{configured_platform.origin}/tiles/configured/{tile.removeprefix('/osm/')}", timeout=60)
    assert answer.status_code == 200 and _colour(answer.content) == TILE_COLOUR
    assert len(_Tiles.hits) == seeded
