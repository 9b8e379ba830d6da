"""OGC requests made up by a property-based generator (Hypothesis): whatever a caller sends, the front answers
without a server error, keeps its workers, and tells nothing of the server's configuration."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server_services.ogc import published

READER = "reader@police-antwerp.demo"
LEAKS = ("postgresql://", "password", "Traceback", "/work/", "crisis_app", "pg_service")

_names = sorted(
    {name for names in published.PARAMETERS.values() for name in names}
    | {
        "f",
        "limit",
        "offset",
        "bbox",
        "crs",
        "sortby",
        "properties",
        "label",
        "kind",
        "situation_id",
        "MAP",
        "x:url",
        "datetime",
    }
)
_known_values = [
    "WMS",
    "WFS",
    "GetMap",
    "GetFeature",
    "GetFeatureInfo",
    "GetLegendGraphic",
    "GetCapabilities",
    "DescribeFeatureType",
    "Transaction",
    "anchors",
    "perimeters",
    "situations",
    "anchors,perimeters",
    "EPSG:4326",
    "EPSG:3857",
    "urn:ogc:def:crs:EPSG::4326",
    "image/png",
    "application/json",
    "text/html",
    "application/dxf",
    "1.3.0",
    "1.1.0",
    "4.2,51.2,4.4,51.4",
    "0,0,0,0",
    "-1e308,0,1e308,1",
    "10",
    "4096",
    "0",
    "-1",
    "99999999999999999999",
    "nan",
    "'",
    '"',
    "\\",
    "<a>",
    "%00",
    "*",
    "',''",
    "env('HOME')",
    '"id" = 1',
    "label DESC",
    "1' OR '1'='1",
    "<Filter/>",
    "html",
    "json",
]
_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)
_values = st.one_of(
    st.sampled_from(_known_values),
    _text,
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)
_paths = st.one_of(
    st.sampled_from(
        [
            "/ows",
            "/ows/",
            "/ows/wfs3",
            "/ows/wfs3/",
            "/ows/wfs3.json",
            "/ows/wfs3/collections",
            "/ows/wfs3/collections/anchors",
            "/ows/wfs3/collections/anchors/items",
            "/ows/wfs3/collections/anchors/items.json",
            "/ows/wfs3/collections/anchors/items/1",
            "/ows/wfs3/collections/perimeters/items.geojson",
            "/ows/wfs3/api",
            "/ows/wfs3/conformance",
            "/ows/wfs3/static/x.js",
            "/ows/wfs3/collections/users/items",
        ]
    ),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789./_-@", max_size=40).map(lambda p: f"/ows/{p}"),
)
_params = st.dictionaries(st.one_of(st.sampled_from(_names), _text.filter(bool)), _values, max_size=8)


def _workers(platform) -> set[int]:
    master = platform.running()["ows"]
    return {master, *(int(p) for p in Path(f"/proc/{master}/task/{master}/children").read_text().split())}


@pytest.fixture(scope="module")
def reader(sessions):
    return sessions(READER)


@pytest.fixture(scope="module")
def workers_before(platform, reader, ows):
    reader.get(ows, params={"SERVICE": "WMS", "REQUEST": "GetCapabilities"}, timeout=30)
    return _workers(platform)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(path=_paths, params=_params)
def test_no_request_makes_the_front_fail(platform, reader, workers_before, path, params):
    response = reader.get(f"{platform.origin}{path}", params=params, timeout=60)
    assert response.status_code < 500, (path, params, response.status_code, response.text[:300])
    assert "text/html" not in response.headers.get("Content-Type", ""), (path, params)
    for leak in LEAKS:
        assert leak not in response.text, (path, params, leak)


def test_the_workers_lived_through_the_fuzzing(platform, workers_before, reader, ows):
    """Runs after the generator (same module): the same worker processes still answer."""
    assert reader.get(ows, params={"SERVICE": "WFS", "REQUEST": "GetCapabilities"}, timeout=30).status_code == 200
    assert _workers(platform) == workers_before
