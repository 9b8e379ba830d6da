"""Paging without a sort order, as GDAL, OWSLib and QGIS's OGC API Features provider page: every feature exactly
once (the published relations come in the order of their key), on the situations' layers and the plans' alike."""

from __future__ import annotations

import json
import subprocess

import psycopg
import pytest
from psycopg import sql
from support import DEMO_PASSWORD

from server_services.ogc.layers import BY_NAME

PLANNER = "planner@province-antwerp.demo"
COORDINATOR = "coordinator@crisis-centre.demo"
# A layer and a login that sees part of it, several pages' worth (the coordinator sees every plan: the planner sees
# only one prepared zone).
PAGED = [("anchors", PLANNER), ("plan_anchors", PLANNER), ("plan_perimeters", COORDINATOR)]
LAYER_AND_LOGIN = pytest.mark.parametrize("layer, email", PAGED, ids=[layer for layer, _ in PAGED])


@pytest.fixture(scope="module")
def visible_ids(database, user_ids):
    """layer, login -> the ids of the layer's features the login sees, in the order of the key."""
    found = {}

    def ids(layer: str, email: str) -> list[int]:
        if (layer, email) not in found:
            spec = BY_NAME[layer]
            visible = "visible_plan_ids" if spec.scoped_by_plan else "visible_situation_ids"
            query = sql.SQL("SELECT {key} FROM {relation} WHERE {scope} IN (SELECT {visible}(%s)) ORDER BY {key}")
            query = query.format(
                key=sql.Identifier(spec.key),
                relation=sql.Identifier(spec.schema, spec.relation),
                scope=sql.Identifier(spec.scope_column),
                visible=sql.Identifier("crisis", visible),
            )
            with psycopg.connect(database.admin_url) as conn:
                found[(layer, email)] = [r[0] for r in conn.execute(query, (user_ids[email],)).fetchall()]
        return found[(layer, email)]

    return ids


def page_size(ids: list[int]) -> int:
    assert len(ids) >= 4, "too few features to page through"
    return max(1, len(ids) // 3)  # three pages and some


@LAYER_AND_LOGIN
def test_wfs_pages_hold_every_feature_once(ows, sessions, visible_ids, layer, email):
    expected = visible_ids(layer, email)
    size = page_size(expected)
    seen: list[int] = []
    for start in range(0, len(expected) + size, size):
        response = sessions(email).get(
            ows,
            params={
                "SERVICE": "WFS",
                "VERSION": "1.1.0",
                "REQUEST": "GetFeature",
                "TYPENAME": layer,
                "MAXFEATURES": str(size),
                "STARTINDEX": str(start),
                "OUTPUTFORMAT": "application/json",
            },
            timeout=60,
        )
        assert response.status_code == 200, response.text[:300]
        seen += [f["properties"]["id"] for f in response.json()["features"]]
    assert seen == expected


@LAYER_AND_LOGIN
def test_ogc_api_pages_and_links_hold_every_feature_once(ows, sessions, visible_ids, layer, email):
    expected = visible_ids(layer, email)
    seen: list[int] = []
    url = f"{ows}/wfs3/collections/{layer}/items.json?limit={page_size(expected)}"
    pages = 0
    while url and pages < 100:
        page = sessions(email).get(url, timeout=60).json()
        seen += [f["properties"]["id"] for f in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
        pages += 1
    assert seen == expected


@LAYER_AND_LOGIN
def test_gdal_pages_hold_every_feature_once(ows, visible_ids, tmp_path, layer, email):
    expected = visible_ids(layer, email)
    size = str(page_size(expected))
    auth = ["--config", "GDAL_HTTP_AUTH", "BASIC", "--config", "GDAL_HTTP_USERPWD", f"{email}:{DEMO_PASSWORD}"]
    for source, options in (
        (f"WFS:{ows}", ["--config", "OGR_WFS_PAGING_ALLOWED", "ON", "--config", "OGR_WFS_PAGE_SIZE", size]),
        (f"OAPIF:{ows}/wfs3", ["-oo", f"PAGE_SIZE={size}"]),
    ):
        out = tmp_path / f"{layer}.geojson"
        out.unlink(missing_ok=True)
        result = subprocess.run(
            ["ogr2ogr", *auth, *options, "-f", "GeoJSON", str(out), source, layer],
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        ids = [f["properties"]["id"] for f in json.loads(out.read_text())["features"]]
        assert sorted(ids) == expected and len(ids) == len(set(ids)), source


@LAYER_AND_LOGIN
def test_qgis_ogc_api_provider_pages_every_feature_once(qgis_app, basic_authcfg, ows, visible_ids, layer, email):
    from qgis.core import QgsVectorLayer

    expected = visible_ids(layer, email)
    config = basic_authcfg(email)
    provider = QgsVectorLayer(
        f"url='{ows}/wfs3' typename='{layer}' pageSize='{page_size(expected)}' authcfg='{config}'", layer, "OAPIF"
    )
    assert provider.isValid(), provider.error().message()
    ids = [f["id"] for f in provider.getFeatures()]
    assert sorted(ids) == expected and len(ids) == len(set(ids))
