"""The request sanitiser on its own: what it passes on to QGIS Server, and what it refuses."""

from __future__ import annotations

import pytest

from server_services.ogc import filters, guard
from server_services.ogc.errors import OwsError

FIELDS = {
    "anchors": frozenset({"id", "situation_id", "kind", "label"}),
    "perimeters": frozenset({"id", "situation_id", "kind"}),
}
CATALOGUE = guard.Catalogue(FIELDS)


def _check(query: str, method: str = "GET", body: bytes = b"", content_type: str = "") -> guard.Checked:
    headers = {"content-type": content_type} if content_type else {}
    return guard.check(guard.OwsRequest(method, "/ows", query, headers, body), CATALOGUE)


@pytest.mark.unit
@pytest.mark.parametrize(
    "given,written",
    [
        ('anchors:"situation_id" = 3', 'anchors:"situation_id" = 3'),
        (
            "anchors:situation_id=3 AND kind IN ('pc_ops','road_block')",
            "anchors:\"situation_id\" = 3 AND \"kind\" IN ( 'pc_ops' , 'road_block' )",
        ),
        (
            'anchors:("label" ILIKE \'%PC%\' OR "label" IS NULL);perimeters:"kind" <> \'red\'',
            'anchors:( "label" ILIKE \'%PC%\' OR "label" IS NULL );perimeters:"kind" <> \'red\'',
        ),
        ("anchors:NOT \"label\" = 'it''s'", "anchors:NOT \"label\" = 'it''s'"),
    ],
)
def test_wms_filter_is_written_out_again(given, written):
    assert filters.rewrite_wms_filter(given, FIELDS) == written


@pytest.mark.unit
@pytest.mark.parametrize(
    "bad",
    [
        'anchors:"situation_id" = 1 ) OR ( 1 = 1',
        'anchors:"id" = 1 --',
        "anchors:label = 'x\\' OR 1=1",
        'anchors:"id" IN (SELECT id FROM crisis.users)',
        'users:"id" = 1',
        'anchors:"password_hash" = 1',
        'anchors:"id" = 1; DROP TABLE crisis.anchors',
        "anchors:pg_sleep(10) = 1",
        "anchors:\"label\" = '12:00'",
    ],
)
def test_wms_filter_refuses(bad):
    with pytest.raises(OwsError):
        filters.rewrite_wms_filter(bad, FIELDS)


def test_expressions(qgis_app):
    all_fields = CATALOGUE.all_fields
    filters.check_expression('"situation_id" = 3 AND lower("label") LIKE \'%pc%\'', all_fields)
    filters.check_expression("intersects($geometry, geom_from_wkt('POINT(4.3 51.3)'))", all_fields)
    for bad in (
        "aggregate('anchors','count',\"id\") > 0",
        "eval('1')",
        "@layer_id",
        "env('HOME')",
        '"secret" = 1',
        "1 = ",
    ):
        with pytest.raises(OwsError):
            filters.check_expression(bad, all_fields)


@pytest.mark.unit
def test_xml_refusals():
    for text in (
        '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        "<x><y></x>",
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'.encode("utf-16"),
    ):
        with pytest.raises(OwsError):
            filters.parse_xml(text, "test")


def test_parameters():  # EXP_FILTER is parsed by QGIS
    checked = _check("service=wfs&request=GetFeature&typename=anchors&EXP_FILTER=%22id%22+%3D+1")
    assert checked.service == "WFS" and checked.operation == "GETFEATURE"
    assert "EXP_FILTER=%22id%22%20%3D%201" in checked.query_string()  # a space, never a '+' QGIS may read
    for bad in (
        "SERVICE=WMS&REQUEST=GetMap&WIDTH=4097&HEIGHT=10",
        "SERVICE=WMS&REQUEST=GetMap&LAYERS=a&layers=b",
        "SERVICE=WCS&REQUEST=GetCoverage",
        "SERVICE=WFS&REQUEST=GetFeature&SORTBY=id%3B",
        "SERVICE=WMS&REQUEST=GetPrint",
    ):
        with pytest.raises(OwsError):
            _check(bad)


@pytest.mark.unit
def test_xml_body_names_its_operation():
    body = (
        b'<wfs:GetFeature service="WFS" version="1.1.0" xmlns:wfs="http://www.opengis.net/wfs">'
        b'<wfs:Query typeName="anchors"/></wfs:GetFeature>'
    )
    checked = _check("", "POST", body, "text/xml")
    assert checked.operation == "GETFEATURE" and ("SERVICE", "WFS") in checked.params
    with pytest.raises(OwsError):
        _check("REQUEST=Transaction", "POST", body, "text/xml")


@pytest.mark.unit
def test_geometry_may_be_named_in_property_names():
    """Clients ask for the geometry by its column (OWSLib propertyname, QGIS, GDAL): that is not refused."""
    for names in ("id,label,geom", "geometry", "kind,location", "(id,area)"):
        _check(f"SERVICE=WFS&REQUEST=GetFeature&TYPENAME=anchors&PROPERTYNAME={names}")
    for bad in ("id,geom2", "geom;1"):
        with pytest.raises(OwsError):
            _check(f"SERVICE=WFS&REQUEST=GetFeature&TYPENAME=anchors&PROPERTYNAME={bad}")
