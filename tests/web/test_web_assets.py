"""The page at `/` and its files, over HTTP through the nginx origin (no browser)."""

from __future__ import annotations

import re
from pathlib import Path

import requests


def test_page_is_served_at_the_origin_with_a_strict_policy(platform):
    response = requests.get(f"{platform.origin}/", timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    policy = response.headers["Content-Security-Policy"]
    # Only our own origin: no CDN, no external tiles; map images come back as blob: URLs.
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy and "img-src 'self' blob:" in policy
    assert "http" not in policy
    assert 'id="login-form"' in response.text
    assert not re.search(r'(src|href)="(https?:)?//', response.text), "a resource is loaded from elsewhere"


def test_every_linked_file_is_served_with_its_type(platform):
    html = requests.get(f"{platform.origin}/", timeout=30).text
    links = re.findall(r'(?:src|href)="(/web/[^"]+)"', html)
    assert any("/web/vendor/ol.js" in link for link in links)
    assert any("/web/vendor/ol.css" in link for link in links)
    types = {".js": "javascript", ".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png"}
    for link in set(links):
        response = requests.get(platform.origin + link, timeout=30)
        assert response.status_code == 200, link
        suffix = re.search(r"\.\w+(?=\?|$)", link).group(0)
        assert types[suffix] in response.headers["Content-Type"], (link, response.headers["Content-Type"])
        if "?v=" in link:  # versioned by content: browsers keep them as they are
            assert "max-age=31536000" in response.headers.get("Cache-Control", ""), link
            assert "immutable" in response.headers.get("Cache-Control", ""), link
        else:  # the modules preloaded under the name app.js imports them by: revalidated
            assert "no-cache" in response.headers.get("Cache-Control", ""), link
    # OpenLayers reduced to what the page uses (src/ol.js), compressed on the way.
    ol = requests.get(
        platform.origin + next(link for link in links if "ol.js" in link),
        timeout=30,
        headers={"Accept-Encoding": "gzip"},
    )
    assert ol.headers.get("Content-Encoding") == "gzip"
    assert 100_000 < len(ol.content) < 500_000 and b"window.ol" in ol.content.replace(b" ", b"")


def test_text_files_are_compressed_and_a_stale_version_is_not_kept(platform):
    html = requests.get(f"{platform.origin}/", timeout=30).text
    for link in set(re.findall(r'(?:src|href)="(/web/[^"]+\.(?:js|css)[^"]*)"', html)):
        response = requests.get(platform.origin + link, timeout=30, headers={"Accept-Encoding": "gzip"})
        assert response.headers.get("Content-Encoding") == "gzip", link
        assert "Accept-Encoding" in response.headers.get("Vary", ""), link
    stale = requests.get(f"{platform.origin}/web/static/js/app.js?v=000000000000", timeout=30)
    assert stale.status_code == 200 and "immutable" not in stale.headers["Cache-Control"]
    assert "no-cache" in stale.headers["Cache-Control"]
    icon = requests.get(f"{platform.origin}/web/pictograms/pc_ops.svg", timeout=30)
    assert icon.status_code == 200 and icon.headers["Content-Type"].startswith("image/svg+xml")
    assert requests.get(f"{platform.origin}/web/pictograms/..%2Fviews.svg", timeout=30).status_code == 404


def test_modules_imported_by_the_page_exist(platform):
    """app.js imports its siblings without a version: each must be there and revalidated, not kept."""
    app_js = requests.get(f"{platform.origin}/web/static/js/app.js", timeout=30)
    assert app_js.status_code == 200
    seen, pending = set(), ["app.js"]
    while pending:
        name = pending.pop()
        seen.add(name)
        response = requests.get(f"{platform.origin}/web/static/js/{name}", timeout=30)
        assert response.status_code == 200, name
        assert "immutable" not in response.headers.get("Cache-Control", "")
        pending += [m for m in re.findall(r'from "\./([\w-]+\.js)"', response.text) if m not in seen]
    assert {
        "app.js",
        "api.js",
        "feed.js",
        "map.js",
        "sse.js",
        "i18n.js",
        "map_edit.js",
        "legend.js",
        "basemap.js",
    } <= seen


def test_unknown_files_are_not_served(platform):
    assert requests.get(f"{platform.origin}/web/vendor/package.json", timeout=30).status_code == 404
    assert requests.get(f"{platform.origin}/web/static/js/nothing.js", timeout=30).status_code == 404
    assert requests.get(f"{platform.origin}/web/static/../views.py", timeout=30).status_code == 404


def test_the_reduced_openlayers_holds_everything_the_page_uses(page):
    """build/ol.js exports only what src/ol.js names: every ol.<name> the page's modules use must be there."""
    static = Path(__file__).resolve().parents[2] / "server_services" / "web" / "static" / "js"
    used = sorted({m for path in static.glob("*.js") for m in re.findall(r"\bol(?:\.[A-Za-z]+)+", path.read_text())})
    assert len(used) > 20
    page.open()
    page.wait(lambda d: page.js("return typeof ol !== 'undefined'"), message="ol.js did not load")
    missing = page.js(
        "return arguments[0].filter(p => p.split('.').slice(1).reduce((o, k) => o && o[k], ol) === undefined)", used
    )
    assert missing == [], f"used by the page but not in src/ol.js: {missing}"
