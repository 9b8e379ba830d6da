"""Bad requests get OGC exception reports (4xx), never a 500, never a leak, and change nothing."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from .helpers import WFS_NS

PLANNER = "planner@province-antwerp.demo"
OUTSIDER = "outsider@province-liege.demo"
GF = "SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=anchors&OUTPUTFORMAT=application/json"
GM = (
    "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=anchors&STYLES=&CRS=EPSG:3857"
    "&BBOX=470000,6660000,500000,6690000&FORMAT=image/png"
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    f'<wfs:GetFeature service="WFS" version="1.1.0" {WFS_NS}><wfs:Query typeName="anchors">'
    "<ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>label</ogc:PropertyName>"
    "<ogc:Literal>&xxe;</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter></wfs:Query></wfs:GetFeature>"
)
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    f'<wfs:Transaction service="WFS" version="1.1.0" {WFS_NS}><wfs:Insert><qgs:anchors>'
    "<qgs:label>&lol3;</qgs:label></qgs:anchors></wfs:Insert></wfs:Transaction>"
)
SLD_HREF = (
    '<StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" '
    'xmlns:se="http://www.opengis.net/se" xmlns:xlink="http://www.w3.org/1999/xlink"><NamedLayer>'
    "<se:Name>anchors</se:Name><UserStyle><se:FeatureTypeStyle><se:Rule><se:PointSymbolizer><se:Graphic>"
    '<se:ExternalGraphic><se:OnlineResource xlink:href="http://169.254.169.254/latest/meta-data/"/>'
    "<se:Format>image/png</se:Format></se:ExternalGraphic></se:Graphic></se:PointSymbolizer></se:Rule>"
    "</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>"
)
SLD_FUNCTION = (
    '<StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld" '
    'xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc"><NamedLayer>'
    "<se:Name>anchors</se:Name><UserStyle><se:FeatureTypeStyle><se:Rule><ogc:Filter>"
    '<ogc:PropertyIsGreaterThan><ogc:Function name="aggregate"><ogc:Literal>situations</ogc:Literal>'
    "<ogc:Literal>count</ogc:Literal><ogc:PropertyName>situation_id</ogc:PropertyName></ogc:Function>"
    "<ogc:Literal>0</ogc:Literal></ogc:PropertyIsGreaterThan></ogc:Filter><se:PointSymbolizer/>"
    "</se:Rule></se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>"
)
FILTER_FUNCTION = (
    '<ogc:Filter xmlns:ogc="http://www.opengis.net/ogc"><ogc:PropertyIsGreaterThan>'
    '<ogc:Function name="get_feature"><ogc:Literal>situations</ogc:Literal>'
    "<ogc:Literal>situation_id</ogc:Literal><ogc:Literal>1</ogc:Literal></ogc:Function>"
    "<ogc:Literal>0</ogc:Literal></ogc:PropertyIsGreaterThan></ogc:Filter>"
)

# name: (method, query, body, content type)
BAD = {
    "malformed XML": ("POST", "SERVICE=WFS", f"<wfs:Transaction {WFS_NS}><wfs:Insert>", "text/xml"),
    "XML external entity": ("POST", "SERVICE=WFS", XXE, "text/xml"),
    "entity expansion": ("POST", "SERVICE=WFS", LAUGHS, "text/xml"),
    "DTD in UTF-16": ("POST", "SERVICE=WFS", XXE.replace('<?xml version="1.0"?>', "").encode("utf-16"), "text/xml"),
    "XML that is not a WFS request": ("POST", "SERVICE=WFS", "<html><body>hello</body></html>", "text/xml"),
    "XXE in FILTER": (
        "GET",
        GF + "&FILTER=" + XXE[XXE.index("<!DOCTYPE") : XXE.index("<wfs:GetFeature")] + "<ogc:Filter/>",
        None,
        None,
    ),
    "function in FILTER": ("GET", GF + "&FILTER=" + FILTER_FUNCTION, None, None),
    "aggregate in EXP_FILTER": (
        "GET",
        GF + "&EXP_FILTER=aggregate('situations','count',\"situation_id\")>0",
        None,
        None,
    ),
    "get_feature in EXP_FILTER": (
        "GET",
        GF + "&EXP_FILTER=get_feature('situations','situation_id',1) IS NOT NULL",
        None,
        None,
    ),
    "env in EXP_FILTER": ("GET", GF + "&EXP_FILTER=env('HOME') IS NOT NULL", None, None),
    "variable in EXP_FILTER": ("GET", GF + "&EXP_FILTER=@project_path IS NOT NULL", None, None),
    "SQL in EXP_FILTER": ("GET", GF + '&EXP_FILTER="id" = 1); DROP TABLE crisis.anchors; --', None, None),
    "unknown field in EXP_FILTER": ("GET", GF + '&EXP_FILTER="password_hash" IS NOT NULL', None, None),
    "parenthesis break-out in WMS FILTER": ("GET", GM + '&FILTER=anchors:"situation_id" = 1 ) OR ( 1 = 1', None, None),
    "statement in WMS FILTER": ("GET", GM + '&FILTER=anchors:"id" = 1; DROP TABLE crisis.anchors', None, None),
    "quote escape in WMS FILTER": ("GET", GM + "&FILTER=anchors:\"label\" = 'x\\' OR 1 = 1 --'", None, None),
    "subquery in WMS FILTER": ("GET", GM + '&FILTER=anchors:"id" IN ( SELECT id FROM crisis.users )', None, None),
    "external graphic in SLD_BODY": ("GET", GM + "&SLD_BODY=" + SLD_HREF, None, None),
    "function in SLD_BODY": ("GET", GM + "&SLD_BODY=" + SLD_FUNCTION, None, None),
    "SLD by URL": ("GET", GM + "&SLD=http://169.254.169.254/style.sld", None, None),
    "SQL in SORTBY": ("GET", GF + "&SORTBY=id;DROP TABLE crisis.anchors", None, None),
    "subquery in SORTBY": ("GET", GF + "&SORTBY=(SELECT 1)", None, None),
    "unknown field in SORTBY": ("GET", GF + "&SORTBY=password_hash D", None, None),
    "subquery in PROPERTYNAME": ("GET", GF + "&PROPERTYNAME=id,(SELECT password_hash FROM crisis.users)", None, None),
    "unknown field in PROPERTYNAME": ("GET", GF + "&PROPERTYNAME=password_hash", None, None),
    "huge WIDTH": ("GET", GM + "&WIDTH=100000&HEIGHT=100", None, None),
    "huge HEIGHT": ("GET", GM + "&WIDTH=100&HEIGHT=4097", None, None),
    "negative WIDTH": ("GET", GM + "&WIDTH=-5&HEIGHT=100", None, None),
    "WIDTH not a number": ("GET", GM + "&WIDTH=abc&HEIGHT=100", None, None),
    "huge legend": (
        "GET",
        "SERVICE=WMS&REQUEST=GetLegendGraphic&LAYERS=anchors&FORMAT=image/png&WIDTH=90000",
        None,
        None,
    ),
    "unknown layer": ("GET", GM.replace("LAYERS=anchors", "LAYERS=users") + "&WIDTH=10&HEIGHT=10", None, None),
    "unknown type name": ("GET", GF.replace("TYPENAME=anchors", "TYPENAME=users"), None, None),
    "unknown service": ("GET", "SERVICE=WCS&REQUEST=GetCapabilities", None, None),
    "unknown request": ("GET", "SERVICE=WMS&REQUEST=GetPrint&TEMPLATE=x", None, None),
    "no service": ("GET", "REQUEST=GetCapabilities", None, None),
    "duplicated parameter": ("GET", GF + "&TYPENAME=situations", None, None),
    "invalid UTF-8": ("GET", GF + "&EXP_FILTER=%ff%fe", None, None),
    "update of a column that is not a field": (
        "POST",
        "SERVICE=WFS",
        f'<wfs:Transaction service="WFS" version="1.1.0" {WFS_NS}>'
        '<wfs:Update typeName="anchors"><wfs:Property><wfs:Name>password_hash</wfs:Name><wfs:Value>x</wfs:Value>'
        '</wfs:Property><ogc:Filter><ogc:FeatureId fid="anchors.1"/></ogc:Filter></wfs:Update></wfs:Transaction>',
        "text/xml",
    ),
}


def _send(session, ows: str, case: str):
    method, query, body, content_type = BAD[case]
    headers = {"Content-Type": content_type} if content_type else {}
    data = body.encode("utf-8") if isinstance(body, str) else body
    return session.request(method, f"{ows}?{query}", data=data, headers=headers, timeout=60)


@pytest.mark.parametrize("case", list(BAD))
def test_bad_request_gets_an_exception_report(case, ows, sessions, admin_conn):
    before = admin_conn.execute(
        "SELECT (SELECT count(*) FROM crisis.anchors), (SELECT count(*) FROM crisis.audit_log)"
    ).fetchone()
    response = _send(sessions(PLANNER), ows, case)
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:500])
    assert "xml" in response.headers["Content-Type"]
    root = ET.fromstring(response.content)
    assert root.tag.endswith("ServiceExceptionReport") or root.tag.endswith("ExceptionReport")
    text = response.text
    assert "root:" not in text and "Traceback" not in text
    assert "password" not in text.lower().replace("password_hash", "")
    assert (
        admin_conn.execute(
            "SELECT (SELECT count(*) FROM crisis.anchors), (SELECT count(*) FROM crisis.audit_log)"
        ).fetchone()
        == before
    )


def test_huge_body_is_refused(ows, sessions):
    response = sessions(PLANNER).post(
        f"{ows}?SERVICE=WFS",
        data=b"<a>" + b" " * (21 * 1024 * 1024) + b"</a>",
        headers={"Content-Type": "text/xml"},
        timeout=120,
    )
    assert response.status_code == 413


@pytest.mark.parametrize(
    "path,method,status",
    [
        ("/ows/wfs3/collections/anchors/items", "POST", 405),
        ("/ows/wfs3/collections/anchors/items/1", "DELETE", 405),
        ("/ows/wfs3/collections/users/items.json", "GET", 404),
        ("/ows/somewhere", "GET", 404),
        ("/ows", "PUT", 405),
        ("/ows/wfs3/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "GET", 400),  # nginx refuses it first
        ("/ows/wfs3/static/%2e%2e/collections.json", "GET", 404),
        (
            "/ows?SERVICE=WFS&VERSION=1.1.0&REQUEST=Transaction&OPERATION=DELETE&TYPENAME=anchors&FEATUREID=anchors.1",
            "GET",
            405,
        ),
    ],
)
def test_bad_paths_and_methods(platform, sessions, path, method, status):
    response = sessions(PLANNER).request(method, f"{platform.origin}{path}", timeout=60)
    assert response.status_code == status, response.text[:300]
    assert response.status_code < 500


def test_transaction_from_a_plain_form_is_refused(ows, sessions, admin_conn):
    """A cross-site HTML form can POST text/plain with the user's cached Basic credentials: no write that way."""
    before = admin_conn.execute("SELECT count(*) FROM crisis.anchors").fetchone()[0]
    body = (
        f'<wfs:Transaction service="WFS" version="1.1.0" {WFS_NS}><wfs:Delete typeName="anchors"><ogc:Filter>'
        '<ogc:FeatureId fid="anchors.1"/></ogc:Filter></wfs:Delete></wfs:Transaction>'
    )
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        response = sessions(PLANNER).post(
            f"{ows}?SERVICE=WFS", data=body, headers={"Content-Type": content_type}, timeout=60
        )
        assert 400 <= response.status_code < 500, content_type
    assert admin_conn.execute("SELECT count(*) FROM crisis.anchors").fetchone()[0] == before


def test_injection_does_not_widen_what_a_user_sees(ows, sessions, admin_conn, situations):
    """A filter that is always true still returns only the caller's rows (its access filter is ANDed)."""
    incident = situations["incident"].id
    own = admin_conn.execute(
        "SELECT count(*) FROM crisis.anchors WHERE situation_id IN "
        "(SELECT id FROM crisis.situations WHERE owner_org_id = "
        "(SELECT organisation_id FROM crisis.users WHERE email = %s))",
        (OUTSIDER,),
    ).fetchone()[0]
    session = sessions(OUTSIDER)
    for extra in (
        f'&EXP_FILTER="situation_id" = {incident} OR 1 = 1',
        "&EXP_FILTER=TRUE OR FALSE",
        f'&FEATUREID=anchors.1,anchors.2&EXP_FILTER="situation_id" = {incident}',
    ):
        response = session.get(f"{ows}?{GF}{extra}", timeout=60)
        if response.status_code == 200:
            situations_seen = {f["properties"]["situation_id"] for f in response.json()["features"]}
            assert incident not in situations_seen and len(response.json()["features"]) <= own
        else:
            assert 400 <= response.status_code < 500
    response = session.get(
        f'{ows}?{GM}&WIDTH=64&HEIGHT=64&FILTER=anchors:"situation_id" = {incident} OR 1 = 1', timeout=60
    )
    assert response.status_code == 200
