"""The OGC front against a hostile caller: each finding of the security review, reproduced, does no harm.

Expression injection through every parameter that reaches a QGIS expression, markup in text fields on every
output format, crash and cost payloads, server-side requests to other hosts, cross-site writes, writes that
dodge the version check, values that made QGIS Server answer 500.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from support import wfs_geojson

from .helpers import WFS_NS, anchor_insert, inserted_ids

READER = "reader@police-antwerp.demo"
EDITOR = "officer@fire-antwerp.demo"
MARKUP = "<img src=x onerror=alert(1)><script>alert(2)</script>"


def _workers(platform) -> set[int]:
    master = platform.running()["ows"]
    return {master, *(int(p) for p in Path(f"/proc/{master}/task/{master}/children").read_text().split())}


@pytest.fixture(scope="module")
def marked_anchor(database, situations, user_ids):
    """An anchor of the Antwerp incident whose label and notes carry markup (as an editor could write them)."""
    with psycopg.connect(database.admin_url) as conn:
        conn.execute("SELECT set_config('crisis.actor_id', %s, true)", (str(user_ids[EDITOR]),))
        row = conn.execute(
            "INSERT INTO crisis.anchors (situation_id, kind, label, notes, geom) VALUES "
            "(%s, 'press_point', %s, %s, ST_SetSRID(ST_MakePoint(4.301, 51.291), 4326)) RETURNING id",
            (situations["incident"].id, MARKUP, MARKUP),
        ).fetchone()
    yield row[0]
    with psycopg.connect(database.admin_url) as conn:
        conn.execute("SELECT set_config('crisis.actor_id', %s, true)", (str(user_ids[EDITOR]),))
        conn.execute("DELETE FROM crisis.anchors WHERE id = %s", (row[0],))


# --- 1. expression injection --------------------------------------------------------------------------------
ORACLE = "zz' OR (left(env('DATABASE_URL'),10)='postgresql') OR 'a'='b"


def test_api_attribute_filter_cannot_carry_an_expression(ows, sessions, situations):
    """The oracle of the review: `label=zz' OR (env(...)) OR 'a'='b` returned every feature. Now refused."""
    reader = sessions(READER)
    for value in (
        ORACLE,
        ORACLE.replace("postgresql", "postgresqX"),
        "x\\' OR 1=1 OR 'a'='b",
        "a'b",
        "x' OR eval('1')='1",
        "%27 OR 1=1",
    ):
        response = reader.get(f"{ows}/wfs3/collections/anchors/items.json", params={"label": value}, timeout=30)
        assert response.status_code == 400, (value, response.status_code, response.text[:300])
        assert "features" not in response.text


def test_api_every_field_filter_is_a_literal(ows, sessions, situations, catalogue_fields):
    """Every field of every collection: a quote is refused, a plain value filters as a literal."""
    reader = sessions(READER)
    for layer, fields in catalogue_fields.items():
        for field in sorted(fields):
            bad = reader.get(f"{ows}/wfs3/collections/{layer}/items.json", params={field: "1' OR '1'='1"}, timeout=30)
            assert bad.status_code == 400, (layer, field, bad.status_code)
    plain = reader.get(
        f"{ows}/wfs3/collections/anchors/items.json",
        params={"situation_id": situations["incident"].id, "limit": 3},
        timeout=30,
    )
    assert plain.status_code == 200 and plain.json()["features"], plain.text[:300]


@pytest.mark.parametrize(
    "params",
    [
        {"sortby": "label,env('HOME')"},
        {"properties": "label,eval('1')"},
        {"datetime": "2026-01-01' OR 'a'='a"},
        {"bbox": "1,2,3,4' OR 1=1"},
        {"crs": "EPSG:4326' OR 1"},
        {"unknown": "1"},
        {"MAP": "/etc/passwd"},
        {"limit": "-1"},
        {"offset": "1e9999"},
        {"f": "html"},
        {"bbox-crs": "EPSG:9999"},
    ],
)
def test_api_other_parameters_refused(ows, sessions, params):
    response = sessions(READER).get(f"{ows}/wfs3/collections/anchors/items", params=params, timeout=30)
    assert 400 <= response.status_code < 500, (params, response.status_code, response.text[:200])


@pytest.mark.parametrize(
    "name,value",
    [
        ("EXP_FILTER", "left(env('DATABASE_URL'),10)='postgresql'"),
        ("EXP_FILTER", "eval('1')=1"),
        ("EXP_FILTER", "file_exists('/etc/passwd')"),
        ("EXP_FILTER", "@project_path IS NOT NULL"),
        ("EXP_FILTER", "layer_property('anchors','source') IS NOT NULL"),
        ("EXP_FILTER", "array_length(generate_series(1,100000000))>0"),
        (
            "FILTER",
            '<Filter xmlns="http://www.opengis.net/ogc"><PropertyIsEqualTo><Function name="env">'
            "<Literal>HOME</Literal></Function><Literal>/root</Literal></PropertyIsEqualTo></Filter>",
        ),
        ("SORTBY", "env('HOME')"),
        ("PROPERTYNAME", "label,env('HOME')"),
    ],
)
def test_wfs_expression_parameters_refused(ows, sessions, name, value):
    response = sessions(READER).get(
        ows,
        params={"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature", "TYPENAME": "anchors", name: value},
        timeout=30,
    )
    assert response.status_code == 400, (name, value, response.status_code, response.text[:200])


# --- 2. markup in text fields: no HTML output, every answer locked down ----------------------------------------
# A GetFeatureInfo at the marked anchor (EPSG:4326 in WMS 1.3.0: latitude first), in each of its formats below.
_FEATURE_INFO = {
    "SERVICE": "WMS",
    "VERSION": "1.3.0",
    "REQUEST": "GetFeatureInfo",
    "LAYERS": "anchors",
    "QUERY_LAYERS": "anchors",
    "CRS": "EPSG:4326",
    "BBOX": "51.281,4.291,51.301,4.311",
    "WIDTH": "101",
    "HEIGHT": "101",
    "I": "50",
    "J": "50",
    "FEATURE_COUNT": "50",
}


def test_html_outputs_are_not_offered(ows, sessions, marked_anchor):
    reader = sessions(READER)
    for path in (
        f"{ows}/wfs3/collections/anchors/items.html",
        f"{ows}/wfs3/collections/anchors/items/{marked_anchor}.html",
        f"{ows}/wfs3.html",
        f"{ows}/wfs3/collections.html",
        f"{ows}/wfs3/static/jquery.min.js",
    ):
        response = reader.get(path, timeout=30)
        assert response.status_code == 404, (path, response.status_code)
    info = reader.get(ows, params={**_FEATURE_INFO, "INFO_FORMAT": "text/html"}, timeout=30)
    assert info.status_code == 400 and "text/html" not in info.headers["Content-Type"]


def test_a_browser_asking_for_html_gets_json(ows, sessions, marked_anchor):
    response = sessions(READER).get(
        f"{ows}/wfs3/collections/anchors/items/{marked_anchor}",
        headers={"Accept": "text/html,application/xhtml+xml"},
        timeout=30,
    )
    assert response.status_code == 200, response.text[:300]
    assert "json" in response.headers["Content-Type"]
    assert response.json()["properties"]["label"] == MARKUP


@pytest.mark.parametrize(
    "params",
    [
        {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature", "TYPENAME": "anchors"},
        {"SERVICE": "WFS", "VERSION": "1.0.0", "REQUEST": "GetFeature", "TYPENAME": "anchors"},
        {
            "SERVICE": "WFS",
            "VERSION": "1.1.0",
            "REQUEST": "GetFeature",
            "TYPENAME": "anchors",
            "OUTPUTFORMAT": "application/json",
        },
        *({**_FEATURE_INFO, "INFO_FORMAT": fmt} for fmt in ("text/xml", "text/plain", "application/json")),
    ],
)
def test_markup_is_data_in_every_format(ows, sessions, marked_anchor, params):
    """The label comes back as the text it is: escaped in XML, a JSON string, plain text under nosniff; never
    as a page of the origin."""
    response = sessions(READER).get(ows, params=params, timeout=60)
    assert response.status_code == 200, response.text[:300]
    content_type = response.headers["Content-Type"]
    assert "html" not in content_type
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    if "xml" in content_type:  # escaped or in CDATA: read back by an XML parser as the text it is
        root = ET.fromstring(response.content)
        assert MARKUP in ["".join(e.itertext()) for e in root.iter()] + [e.get("value") for e in root.iter()]
    elif "json" in content_type:
        assert MARKUP in response.text.replace("\\/", "/") or MARKUP in json.dumps(response.json())


def test_every_answer_carries_the_security_headers(ows, sessions):
    for response in (
        sessions(READER).get(ows, params={"SERVICE": "WMS", "REQUEST": "GetCapabilities"}, timeout=30),
        sessions(READER).get(f"{ows}/wfs3/collections", timeout=30),
        sessions(READER).get(ows, params={"SERVICE": "WCS"}, timeout=30),
    ):
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


# --- 3. crash and cost ---------------------------------------------------------------------------------------
def test_cost_payloads_are_refused_fast_and_the_workers_live_on(ows, sessions, platform):
    before = _workers(platform)
    editor = sessions(EDITOR)
    nested = (
        b'<wfs:GetFeature service="WFS" xmlns:wfs="http://www.opengis.net/wfs">'
        + b"<a>" * 200_000
        + b"</a>" * 200_000
        + b"</wfs:GetFeature>"
    )
    attributes = (
        b'<wfs:GetFeature service="WFS" xmlns:wfs="http://www.opengis.net/wfs" '
        + b" ".join(b'a%d="1"' % i for i in range(50_000))
        + b"/>"
    )
    for body in (nested, attributes):
        start = time.monotonic()
        response = editor.post(f"{ows}?SERVICE=WFS", data=body, headers={"Content-Type": "text/xml"}, timeout=60)
        assert response.status_code == 400, response.text[:300]
        assert time.monotonic() - start < 5
    for fmt in ("application/dxf", "application/pdf", "image/svg+xml", "image/svg", "text/html"):
        response = editor.get(
            ows,
            params={
                "SERVICE": "WMS",
                "VERSION": "1.3.0",
                "REQUEST": "GetMap",
                "LAYERS": "anchors",
                "STYLES": "",
                "CRS": "EPSG:3857",
                "BBOX": "474000,6668000,495000,6689000",
                "WIDTH": "4096",
                "HEIGHT": "4096",
                "FORMAT": fmt,
            },
            timeout=60,
        )
        assert response.status_code == 400, (fmt, response.status_code)
    assert _workers(platform) == before, "an OGC worker died or was replaced"
    assert editor.get(ows, params={"SERVICE": "WMS", "REQUEST": "GetCapabilities"}, timeout=30).status_code == 200


@pytest.mark.parametrize(
    "params",
    [
        {
            "SERVICE": "WMS",
            "VERSION": "1.3.0",
            "REQUEST": "GetMap",
            "LAYERS": "anchors",
            "STYLES": "",
            "CRS": "EPSG:3857",
            "BBOX": "-1e308,-1e308,1e308,1e308",
            "WIDTH": "10",
            "HEIGHT": "10",
            "FORMAT": "image/png",
        },
        {
            "SERVICE": "WMS",
            "VERSION": "1.3.0",
            "REQUEST": "GetMap",
            "LAYERS": "anchors",
            "STYLES": "",
            "CRS": "EPSG:3857",
            "BBOX": "nan,0,inf,1",
            "WIDTH": "10",
            "HEIGHT": "10",
            "FORMAT": "image/png",
        },
        {
            "SERVICE": "WMS",
            "VERSION": "1.3.0",
            "REQUEST": "GetLegendGraphic",
            "LAYER": "anchors",
            "FORMAT": "image/png",
            "LAYERFONTSIZE": "1000000000",
        },
        {
            "SERVICE": "WMS",
            "VERSION": "1.3.0",
            "REQUEST": "GetLegendGraphic",
            "LAYER": "anchors",
            "FORMAT": "image/png",
            "SCALE": "1e400",
        },
        {
            "SERVICE": "WFS",
            "VERSION": "1.1.0",
            "REQUEST": "GetFeature",
            "TYPENAME": "anchors",
            "MAXFEATURES": "99999999999999999999",
        },
        {
            "SERVICE": "WFS",
            "VERSION": "1.1.0",
            "REQUEST": "GetFeature",
            "TYPENAME": "anchors",
            "BBOX": "1,2,3,4,EPSG:666",
        },
        {"SERVICE": "WMS", "REQUEST": "GetMap", "MAP": "/etc/passwd"},
        {"SERVICE": "WMS", "REQUEST": "GetPrint", "TEMPLATE": "x"},
        {"SERVICE": "WMS", "REQUEST": "GetProjectSettings"},
        {
            "SERVICE": "WMS",
            "REQUEST": "GetMap",
            "LAYERS": "anchors,users",
            "STYLES": ",",
            "CRS": "EPSG:4326",
            "BBOX": "0,0,1,1",
            "WIDTH": "10",
            "HEIGHT": "10",
            "FORMAT": "image/png",
        },
    ],
)
def test_extreme_values_get_a_clear_4xx(ows, sessions, params):
    response = sessions(READER).get(ows, params=params, timeout=60)
    assert 400 <= response.status_code < 500, (params, response.status_code, response.text[:300])
    assert b"ExceptionReport" in response.content


# --- 5. server-side requests ---------------------------------------------------------------------------------
def test_external_layers_are_refused_and_nothing_is_fetched(ows, sessions):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    hits: list[int] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
                hits.append(1)
                connection.close()
            except OSError:
                pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{port}/wms"
        for params in (
            {
                "SERVICE": "WMS",
                "VERSION": "1.3.0",
                "REQUEST": "GetMap",
                "LAYERS": "EXTERNAL_WMS:x",
                "STYLES": "",
                "CRS": "EPSG:3857",
                "BBOX": "0,0,1,1",
                "WIDTH": "10",
                "HEIGHT": "10",
                "FORMAT": "image/png",
                "x:url": url,
                "x:layers": "a",
                "x:format": "image/png",
                "x:crs": "EPSG:3857",
                "x:styles": "",
            },
            {"SERVICE": "WMS", "REQUEST": "GetMap", "SLD": url},
            {
                "SERVICE": "WMS",
                "REQUEST": "GetMap",
                "LAYERS": "anchors",
                "SLD_BODY": f'<StyledLayerDescriptor xmlns:xlink="http://www.w3.org/1999/xlink"><x xlink:href="{url}"/>'
                "</StyledLayerDescriptor>",
            },
        ):
            response = sessions(READER).get(ows, params=params, timeout=30)
            assert 400 <= response.status_code < 500, (params, response.status_code)
            assert str(port) not in response.text
        time.sleep(0.5)
        assert hits == [], "the OGC front connected to a URL a caller named"
    finally:
        stop.set()
        thread.join()
        listener.close()


# --- 6. cross-site writes ------------------------------------------------------------------------------------
def _anchor_count(database, label: str) -> int:
    with psycopg.connect(database.admin_url) as conn:
        return conn.execute("SELECT count(*) FROM crisis.anchors WHERE label = %s", (label,)).fetchone()[0]


@pytest.mark.parametrize(
    "headers",
    [
        {"Content-Type": "text/plain; charset=xml"},
        {"Content-Type": "text/plain"},
        {"Content-Type": "application/x-www-form-urlencoded; x=xml"},
        {"Content-Type": "multipart/form-data; boundary=xml"},
        {"Content-Type": "text/xml", "Origin": "http://attacker.example"},
        {"Content-Type": "text/xml", "Origin": "null"},
        {"Content-Type": "text/xml", "Sec-Fetch-Site": "cross-site"},
    ],
)
def test_cross_site_writes_are_refused(ows, sessions, situations, database, headers):
    label = f"cross-site {abs(hash(json.dumps(headers))) % 10**8}"
    body = (
        f'<wfs:Transaction service="WFS" version="1.1.0" {WFS_NS}>'
        f"{anchor_insert(situations['incident'].id, label=label)}</wfs:Transaction>"
    )
    response = sessions(EDITOR).post(
        f"{ows}?SERVICE=WFS&REQUEST=Transaction", data=body.encode(), headers=headers, timeout=60
    )
    assert 400 <= response.status_code < 500, (headers, response.status_code, response.text[:300])
    assert _anchor_count(database, label) == 0


def test_own_origin_may_write(ows, sessions, situations, database, platform):
    label = "same-origin write"
    body = (
        f'<wfs:Transaction service="WFS" version="1.1.0" {WFS_NS}>'
        f"{anchor_insert(situations['incident'].id, label=label)}</wfs:Transaction>"
    )
    response = sessions(EDITOR).post(
        f"{ows}?SERVICE=WFS",
        data=body.encode(),
        timeout=60,
        headers={"Content-Type": "text/xml; charset=utf-8", "Origin": platform.origin},
    )
    assert response.status_code == 200 and b"totalInserted>1<" in response.content, response.text[:300]
    ids = inserted_ids(ET.fromstring(response.content))
    with psycopg.connect(database.admin_url) as conn:
        conn.execute("DELETE FROM crisis.anchors WHERE id = ANY(%s)", (ids,))


# --- 7. the version check cannot be dodged -------------------------------------------------------------------
@pytest.mark.parametrize(
    "type_name",
    ['wfs:typeName="anchors"', 'typename="qgs:anchors"', 'typeName="anchors" wfs:typeName="weather_observations"', ""],
)
def test_updates_name_versions_however_the_type_is_spelt(wfst, situations, database, type_name):
    with psycopg.connect(database.admin_url) as conn:
        anchor_id, version, label = conn.execute(
            "SELECT id, version, label FROM crisis.anchors WHERE situation_id = %s ORDER BY id LIMIT 1",
            (situations["incident"].id,),
        ).fetchone()
    action = (
        f"<wfs:Update {type_name}><wfs:Property><wfs:Name>label</wfs:Name><wfs:Value>overwritten"
        f"</wfs:Value></wfs:Property><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>id"
        f"</ogc:PropertyName><ogc:Literal>{anchor_id}</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>"
        "</wfs:Update>"
    )
    status, root = wfst(EDITOR, action)
    assert "ExceptionReport" in root.tag, ET.tostring(root)[:300]
    with psycopg.connect(database.admin_url) as conn:
        assert conn.execute("SELECT version, label FROM crisis.anchors WHERE id = %s", (anchor_id,)).fetchone() == (
            version,
            label,
        )


# --- 9. lesser findings --------------------------------------------------------------------------------------
def test_long_query_strings_reach_the_front(ows, sessions):
    """A filter of 20 KB is read by the front (gunicorn refused request lines over 4 KB)."""
    exp = " OR ".join(f'"id" = {i}' for i in range(1500))
    response = sessions(READER).get(
        ows,
        params=wfs_geojson("anchors", EXP_FILTER=exp),
        timeout=60,
    )
    assert len(quote(exp)) > 20_000
    assert response.status_code == 200, response.text[:300]


def test_unknown_api_paths_are_404(ows, sessions):
    for path in (
        "/wfs3/nothing",
        "/wfs3/collections/users/items",
        "/wfs3/collections/anchors/items/1/x",
        "/wfs3/static/style.css",
    ):
        assert sessions(READER).get(f"{ows}{path}", timeout=30).status_code == 404, path


def test_api_limit_above_the_maximum_is_capped(ows, sessions):
    response = sessions(READER).get(
        f"{ows}/wfs3/collections/anchors/items.json", params={"limit": "100000000"}, timeout=60
    )
    assert response.status_code == 200, response.text[:300]


def test_api_blank_paging_is_as_if_not_given(ows, sessions):
    for params in ({"limit": ""}, {"offset": " "}, {"limit": "", "offset": ""}):
        response = sessions(READER).get(f"{ows}/wfs3/collections/anchors/items.json", params=params, timeout=60)
        assert response.status_code == 200, (params, response.text[:300])
        assert response.json()["features"], params


def test_multi_feature_ids(wfst):
    """A Delete naming a feature by an id of another layer is refused, not sent on."""
    action = '<wfs:Delete typeName="anchors"><ogc:Filter><ogc:FeatureId fid="perimeters.1"/></ogc:Filter></wfs:Delete>'
    _, root = wfst(EDITOR, action)
    assert "ExceptionReport" in root.tag


@pytest.fixture(scope="module")
def catalogue_fields(ows, sessions) -> dict[str, set[str]]:
    """Each collection's fields, as DescribeFeatureType tells another agency's client."""
    response = sessions(READER).get(
        ows, params={"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "DescribeFeatureType"}, timeout=30
    )
    root = ET.fromstring(response.content)
    xsd = "{http://www.w3.org/2001/XMLSchema}"
    found: dict[str, set[str]] = {}
    for complex_type in root.iter(f"{xsd}complexType"):
        layer = complex_type.get("name", "").removesuffix("Type")
        found[layer] = {
            e.get("name")
            for e in complex_type.iter(f"{xsd}element")
            if e.get("type", "").split(":")[-1]
            not in (
                "GeometryPropertyType",
                "PointPropertyType",
                "MultiPolygonPropertyType",
                "MultiSurfacePropertyType",
                "PolygonPropertyType",
            )
        }
    assert "anchors" in found, found
    return found


def test_an_insert_of_several_features_stands_or_falls_whole(wfst, situations, database):
    """QGIS Server 3.22 reads one feature per Insert; GDAL sends many: all of them are written, or none."""
    incident = situations["incident"].id

    def several(*labels_kinds):
        inner = "".join(
            anchor_insert(incident, kind=kind, label=label).removeprefix("<wfs:Insert>").removesuffix("</wfs:Insert>")
            for label, kind in labels_kinds
        )
        return f"<wfs:Insert>\n{inner}\n</wfs:Insert>"

    status, root = wfst(EDITOR, several(("multi one", "press_point"), ("multi two", "road_block")))
    assert "ExceptionReport" not in root.tag and len(inserted_ids(root)) == 2, ET.tostring(root)[:500]
    assert _anchor_count(database, "multi one") == _anchor_count(database, "multi two") == 1
    with psycopg.connect(database.admin_url) as conn:
        audit_before = conn.execute("SELECT count(*) FROM crisis.audit_log").fetchone()[0]
    status, root = wfst(EDITOR, several(("multi three", "press_point"), ("multi four", "tea_room")))
    text = "".join(root.itertext())
    assert "ExceptionReport" in root.tag and "tea_room" in text and "Nothing was written" in text, text[:300]
    assert _anchor_count(database, "multi three") == 0
    with psycopg.connect(database.admin_url) as conn:
        assert conn.execute("SELECT count(*) FROM crisis.audit_log").fetchone()[0] == audit_before
