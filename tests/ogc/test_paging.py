"""Paging without a sort order, as GDAL, OWSLib and QGIS's OGC API Features provider page: every feature exactly
once (the published relations come in the order of their key)."""

from __future__ import annotations

import json
import subprocess

import psycopg
import pytest

PLANNER = "planner@province-antwerp.demo"
PASSWORD = "demo-crisis-2026"


@pytest.fixture(scope="module")
def visible_anchor_ids(database, user_ids) -> list[int]:
    with psycopg.connect(database.admin_url) as conn:
        return [r[0] for r in conn.execute(
            "SELECT id FROM crisis.anchors WHERE situation_id IN (SELECT crisis.visible_situation_ids(%s)) "
            "ORDER BY id", (user_ids[PLANNER],)).fetchall()]


def test_wfs_pages_hold_every_feature_once(ows, sessions, visible_anchor_ids):
    assert len(visible_anchor_ids) > 10
    seen: list[int] = []
    for start in range(0, len(visible_anchor_ids) + 5, 5):
        response = sessions(PLANNER).get(ows, params={
            "SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature", "TYPENAME": "anchors",
            "MAXFEATURES": "5", "STARTINDEX": str(start), "OUTPUTFORMAT": "application/json"}, timeout=60)
        assert response.status_code == 200, response.text[:300]
        seen += [f["properties"]["id"] for f in response.json()["features"]]
    assert seen == visible_anchor_ids


def test_ogc_api_pages_and_links_hold_every_feature_once(ows, sessions, visible_anchor_ids):
    seen: list[int] = []
    url = f"{ows}/wfs3/collections/anchors/items.json?limit=5"
    pages = 0
    while url and pages < 100:
        page = sessions(PLANNER).get(url, timeout=60).json()
        seen += [f["properties"]["id"] for f in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
        pages += 1
    assert seen == visible_anchor_ids


def test_gdal_pages_hold_every_feature_once(ows, visible_anchor_ids, tmp_path):
    auth = ["--config", "GDAL_HTTP_AUTH", "BASIC", "--config", "GDAL_HTTP_USERPWD", f"{PLANNER}:{PASSWORD}"]
    for source, options in ((f"WFS:{ows}", ["--config", "OGR_WFS_PAGING_ALLOWED", "ON", "--config",
                                            "OGR_WFS_PAGE_SIZE", "5"]),
                            (f"OAPIF:{ows}/wfs3", ["-oo", "PAGE_SIZE=5"])):
        out = tmp_path / "anchors.geojson"
        out.unlink(missing_ok=True)
        result = subprocess.run(["ogr2ogr", *auth, *options, "-f", "GeoJSON", str(out), source, "anchors"],
                                capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr[-2000:]
        ids = [f["properties"]["id"] for f in json.loads(out.read_text())["features"]]
        assert sorted(ids) == visible_anchor_ids and len(ids) == len(set(ids)), source


def test_qgis_ogc_api_provider_pages_every_feature_once(qgis_app, basic_authcfg, ows, visible_anchor_ids):
    from qgis.core import QgsVectorLayer

    config = basic_authcfg(PLANNER)
    layer = QgsVectorLayer(f"url='{ows}/wfs3' typename='anchors' pageSize='5' authcfg='{config}'", "anchors",
                           "OAPIF")
    assert layer.isValid(), layer.error().message()
    ids = [f["id"] for f in layer.getFeatures()]
    assert sorted(ids) == visible_anchor_ids and len(ids) == len(set(ids))
