"""OWSLib against the platform: WMS 1.3.0 and WFS 1.1.0 capabilities, GetMap, GetFeatureInfo, GetFeature with a
filter on situation_id and paging, DescribeFeatureType, OGC API Features."""

from __future__ import annotations

import json

import pytest
from owslib.fes import PropertyIsEqualTo
from owslib.util import Authentication
from owslib.wfs import WebFeatureService
from owslib.wms import WebMapService
from support import DEMO_PASSWORD

from server_services.ogc.layers import LAYERS

from .helpers import image_summary

PLANNER = "planner@province-antwerp.demo"
LAYER_NAMES = {spec.name for spec in LAYERS}


@pytest.fixture(scope="module")
def wms(ows):
    return WebMapService(ows, version="1.3.0", username=PLANNER, password=DEMO_PASSWORD, timeout=60)


@pytest.fixture(scope="module")
def wfs(ows):
    return WebFeatureService(ows, version="1.1.0", username=PLANNER, password=DEMO_PASSWORD, timeout=60)


def _incident_bbox_3857(admin_conn, situation_id: int) -> tuple[float, ...]:
    return admin_conn.execute(
        "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
        "(SELECT ST_Extent(ST_Transform(area, 3857)) e FROM crisis.situations WHERE id = %s) s",
        (situation_id,),
    ).fetchone()


def test_wms_capabilities(wms):
    assert LAYER_NAMES <= set(wms.contents)
    identification = wms.identification
    assert identification.title and identification.abstract and "crisis management" in identification.keywords
    assert identification.fees == "none" and "Authentication required" in identification.accessconstraints
    assert wms.provider.contact.organization and wms.provider.contact.name and wms.provider.contact.position
    for name in LAYER_NAMES:
        assert {"EPSG:4326", "EPSG:3857", "EPSG:3812", "EPSG:31370"} <= set(wms.contents[name].crsOptions), name
    operations = {op.name for op in wms.operations}
    assert {"GetMap", "GetFeatureInfo", "GetLegendGraphic"} <= operations


def test_wms_getmap_png_and_jpeg(wms, admin_conn, situations, qgis_app):
    bbox = _incident_bbox_3857(admin_conn, situations["incident"].id)
    for fmt in ("image/png", "image/jpeg"):
        response = wms.getmap(
            layers=["situations", "perimeters", "anchors"],
            styles=["", "", ""],
            srs="EPSG:3857",
            bbox=bbox,
            size=(1024, 768),
            format=fmt,
            transparent=fmt == "image/png",
        )
        width, height, _, colours = image_summary(response.read(), fmt.split("/")[1])
        assert (width, height) == (1024, 768)
        assert colours > 50  # zones, pictograms and labels, not a blank image


def test_wms_getfeatureinfo(wms, admin_conn, situations):
    anchor_id, x, y = admin_conn.execute(
        "SELECT id, ST_X(ST_Transform(geom, 3857)), ST_Y(ST_Transform(geom, 3857)) FROM crisis.anchors "
        "WHERE situation_id = %s ORDER BY id LIMIT 1",
        (situations["incident"].id,),
    ).fetchone()
    response = wms.getfeatureinfo(
        layers=["anchors"],
        srs="EPSG:3857",
        bbox=(x - 100, y - 100, x + 100, y + 100),
        size=(101, 101),
        format="image/png",
        query_layers=["anchors"],
        info_format="application/json",
        xy=(50, 50),
        feature_count=20,
    )
    features = json.loads(response.read())["features"]
    assert anchor_id in {f["properties"]["id"] for f in features}


def test_wfs_capabilities_and_schema(wfs):
    assert LAYER_NAMES <= set(wfs.contents)
    assert wfs.identification.title
    operations = {op.name for op in wfs.operations}
    assert {"GetFeature", "DescribeFeatureType", "Transaction"} <= operations
    schema = wfs.get_schema("anchors")
    assert {"situation_id", "kind", "label", "status", "version"} <= set(schema["properties"])


def test_wfs_getfeature_filtered_on_situation(wfs, admin_conn, situations):
    for kind in ("incident", "exercise"):
        situation = situations[kind]
        expected = admin_conn.execute(
            "SELECT count(*) FROM crisis.anchors WHERE situation_id = %s", (situation.id,)
        ).fetchone()[0]
        fes = PropertyIsEqualTo(propertyname="situation_id", literal=str(situation.id))
        from owslib.etree import etree

        filter_xml = etree.tostring(fes.toXML()).decode()
        response = wfs.getfeature(
            typename=["anchors"],
            outputFormat="application/json",
            filter=f'<ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">{filter_xml}</ogc:Filter>',
        )
        features = json.loads(response.read())["features"]
        # The planner sees the Antwerp incident, not the Liège exercise.
        assert len(features) == (expected if kind == "incident" else 0)
        assert expected > 0
        assert all(f["properties"]["situation_id"] == situation.id for f in features)


def test_wfs_getfeature_gml_with_paging(wfs, admin_conn, situations):
    incident = situations["incident"].id
    ids = [
        r[0]
        for r in admin_conn.execute(
            "SELECT id FROM crisis.anchors WHERE situation_id = %s ORDER BY id", (incident,)
        ).fetchall()
    ]
    pages = []
    for start in (0, 3):
        response = wfs.getfeature(typename=["anchors"], maxfeatures=3, startindex=start, sortby=["id"])
        gml = response.read().decode()
        assert "<gml:featureMember>" in gml or "featureMember" in gml
        pages.append([int(part.split('"')[0]) for part in gml.split('gml:id="anchors.')[1:]])
    assert [len(p) for p in pages] == [3, 3] and not set(pages[0]) & set(pages[1])
    assert set(pages[0] + pages[1]) <= set(ids)


def test_ogc_api_features(ows, admin_conn, situations):
    from owslib.ogcapi.features import Features

    api = Features(f"{ows}/wfs3", auth=Authentication(username=PLANNER, password=DEMO_PASSWORD), timeout=60)
    collections = {c["id"] for c in api.collections()["collections"]}
    assert LAYER_NAMES <= collections
    incident = situations["incident"].id
    expected = admin_conn.execute(
        "SELECT count(*) FROM crisis.perimeters WHERE situation_id = %s", (incident,)
    ).fetchone()[0]
    items = api.collection_items("perimeters", situation_id=str(incident), limit=100)
    assert len(items["features"]) == expected > 0
    assert {f["properties"]["situation_id"] for f in items["features"]} == {incident}
    # Each listed feature can be fetched by the id the list gives (the perimeter's id).
    first = items["features"][0]
    assert str(first["id"]) == str(first["properties"]["id"])
    assert api.collection_item("perimeters", first["id"])["properties"] == first["properties"]
