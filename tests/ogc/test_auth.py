"""Authentication at the OGC front: HTTP Basic and the API's bearer tokens; 401 with a challenge otherwise."""

from __future__ import annotations

import pytest
import requests
from support import DEMO_PASSWORD

PLANNER = "planner@province-antwerp.demo"
REQUESTS = {
    "GetCapabilities": ("GET", "?SERVICE=WMS&REQUEST=GetCapabilities", None),
    "GetMap": (
        "GET",
        "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=anchors&STYLES=&CRS=EPSG:3857"
        "&BBOX=470000,6660000,500000,6690000&WIDTH=64&HEIGHT=64&FORMAT=image/png",
        None,
    ),
    "GetFeatureInfo": (
        "GET",
        "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=anchors&QUERY_LAYERS=anchors"
        "&STYLES=&CRS=EPSG:3857&BBOX=470000,6660000,500000,6690000&WIDTH=64&HEIGHT=64&I=1&J=1"
        "&INFO_FORMAT=application/json",
        None,
    ),
    "GetLegendGraphic": ("GET", "?SERVICE=WMS&REQUEST=GetLegendGraphic&LAYERS=anchors&FORMAT=image/png", None),
    "GetFeature": ("GET", "?SERVICE=WFS&REQUEST=GetFeature&TYPENAME=anchors", None),
    "DescribeFeatureType": ("GET", "?SERVICE=WFS&REQUEST=DescribeFeatureType&TYPENAME=anchors", None),
    "Transaction": (
        "POST",
        "?SERVICE=WFS",
        '<wfs:Transaction service="WFS" version="1.1.0" '
        'xmlns:wfs="http://www.opengis.net/wfs" xmlns:ogc="http://www.opengis.net/ogc">'
        '<wfs:Delete typeName="anchors"><ogc:Filter><ogc:FeatureId fid="anchors.1"/></ogc:Filter>'
        "</wfs:Delete></wfs:Transaction>",
    ),
    "wfs3 landing": ("GET", "/wfs3.json", None),
    "wfs3 items": ("GET", "/wfs3/collections/anchors/items.json", None),
}


def _call(ows: str, name: str, **kwargs) -> requests.Response:
    method, suffix, body = REQUESTS[name]
    return requests.request(
        method, ows + suffix, data=body, timeout=60, headers={"Content-Type": "text/xml"} if body else {}, **kwargs
    )


@pytest.mark.parametrize("name", list(REQUESTS))
def test_no_credentials_get_401_with_a_challenge(ows, name, admin_conn):
    before = admin_conn.execute("SELECT count(*) FROM crisis.anchors").fetchone()[0]
    response = _call(ows, name)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Basic realm=")
    assert "ExceptionReport" in response.text or response.text.startswith("[")  # WFS 1.1: ows:ExceptionReport
    assert "<qgs:" not in response.text and "FeatureCollection" not in response.text
    assert admin_conn.execute("SELECT count(*) FROM crisis.anchors").fetchone()[0] == before


@pytest.mark.parametrize("auth", [("nobody@crisis-platform.demo", DEMO_PASSWORD), ("info@comms-antwerp.demo", "wrong")])
def test_wrong_credentials_get_401(ows, auth):
    response = _call(ows, "GetFeature", auth=auth)
    assert response.status_code == 401 and "WWW-Authenticate" in response.headers


def test_malformed_authorization_gets_401(ows):
    for header in ("Basic !!!notbase64", "Basic " + "bm9jb2xvbg==", "Digest username=x", "Bearer"):
        response = requests.get(ows + REQUESTS["GetFeature"][1], headers={"Authorization": header}, timeout=60)
        assert response.status_code == 401, header


def test_basic_credentials_are_accepted(ows):
    for name in ("GetCapabilities", "GetMap", "GetFeature", "wfs3 items"):
        assert _call(ows, name, auth=(PLANNER, DEMO_PASSWORD)).status_code == 200, name


def test_bearer_token_of_the_api(platform, ows):
    r = requests.post(
        f"{platform.origin}/api/auth/login", json={"email": PLANNER, "password": DEMO_PASSWORD}, timeout=60
    )
    assert r.status_code == 200, r.text
    token = r.json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    for name in ("GetCapabilities", "GetFeature", "wfs3 items"):
        method, suffix, _ = REQUESTS[name]
        assert requests.get(ows + suffix, headers=headers, timeout=60).status_code == 200, name
    # After logout the token is revoked: the OGC front refuses it too.
    assert requests.post(f"{platform.origin}/api/auth/logout", headers=headers, timeout=60).status_code == 204
    assert requests.get(ows + REQUESTS["GetFeature"][1], headers=headers, timeout=60).status_code == 401
    assert (
        requests.get(
            ows + REQUESTS["GetFeature"][1], headers={"Authorization": "Bearer not-a-token"}, timeout=60
        ).status_code
        == 401
    )


def test_refused_credentials_get_no_basic_challenge(ows):
    """A Basic challenge after refused credentials makes Qt (QGIS) and browsers prompt instead of reporting."""
    response = _call(ows, "GetFeature", auth=("info@comms-antwerp.demo", "wrong"))
    assert response.status_code == 401
    assert "Basic" not in response.headers["WWW-Authenticate"]
