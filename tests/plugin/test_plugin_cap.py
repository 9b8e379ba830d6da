"""CAP 1.2 alerts: structure, status by situation kind, polygons as closed lat,lon rings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from qgis_plugin.core.cap import CAP_NS, CapArea, build_alert, polygon_text

NS = {"cap": CAP_NS}
RING = [(51.29, 4.28), (51.30, 4.29), (51.29, 4.30)]  # lat, lon; open on purpose


def _alert(kind: str, areas=None) -> ET.Element:
    situation = {
        "id": 7,
        "kind": kind,
        "title": "Chlorine leak",
        "description": "Leak at a Seveso site",
        "is_exercise": kind in ("exercise", "test"),
    }
    text = build_alert(situation, areas or [CapArea("Red zone", [RING], "red")], sender="planner@example.be")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(text.split("\n", 1)[1])


@pytest.mark.unit
@pytest.mark.parametrize(
    "kind, status", [("incident", "Actual"), ("event", "Actual"), ("exercise", "Exercise"), ("test", "Test")]
)
def test_status_follows_the_situation_kind(kind, status):
    alert = _alert(kind)
    assert alert.tag == f"{{{CAP_NS}}}alert"
    assert alert.findtext("cap:status", namespaces=NS) == status
    if status != "Actual":
        assert status.upper() in alert.findtext("cap:note", namespaces=NS)


@pytest.mark.unit
def test_required_elements_in_schema_order():
    alert = _alert("incident")
    children = [child.tag.split("}")[1] for child in alert]
    assert children[:6] == ["identifier", "sender", "sent", "status", "msgType", "scope"]
    sent = alert.findtext("cap:sent", namespaces=NS)
    assert sent[-6] in "+-" and "." not in sent  # an explicit offset, whole seconds
    info = alert.find("cap:info", NS)
    info_children = [child.tag.split("}")[1] for child in info]
    for required in ("category", "event", "urgency", "severity", "certainty"):
        assert required in info_children
    assert info_children.index("event") < info_children.index("urgency") < info_children.index("area")
    assert info.findtext("cap:severity", namespaces=NS) == "Extreme"


@pytest.mark.unit
def test_polygon_is_a_closed_ring_of_lat_lon_pairs():
    alert = _alert("exercise", [CapArea("Yellow zone", [RING], "yellow"), CapArea("Red zone", [RING], "red")])
    polygons = alert.findall("cap:info/cap:area/cap:polygon", NS)
    assert len(polygons) == 2
    pairs = polygons[0].text.split(" ")
    assert len(pairs) >= 4 and pairs[0] == pairs[-1]
    lat, lon = map(float, pairs[1].split(","))
    assert (lat, lon) == (51.30, 4.29)  # latitude first


@pytest.mark.unit
def test_degenerate_polygon_is_refused():
    with pytest.raises(ValueError):
        polygon_text([(51.0, 4.0), (51.1, 4.1)])
    with pytest.raises(ValueError):
        polygon_text([(95.0, 4.0), (51.1, 4.1), (51.2, 4.0)])


def test_the_alert_areas_are_the_safety_zones_of_the_layer_worst_first(qgis_app):
    """core.alerts reads the red, orange and yellow perimeters of a layer (any CRS) as closed lat,lon rings, the
    worst zone first; other kinds (sheltering...) are not announced."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    from qgis_plugin.core.alerts import perimeter_areas

    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:3812&field=id:integer&field=kind:string&field=label:string", "perimeters", "memory"
    )
    square = "MultiPolygon((({x} {y}, {x2} {y}, {x2} {y2}, {x} {y2}, {x} {y})))"
    features = []
    for n, (kind, label, size) in enumerate(
        (("yellow", "", 900), ("sheltering", "Stabroek", 700), ("red", "Seveso site", 100), ("orange", "", 300)),
        start=1,
    ):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([n, kind, label])
        x, y = 652000 - size, 717000 - size  # around Kallo, in Lambert 2008
        feature.setGeometry(QgsGeometry.fromWkt(square.format(x=x, y=y, x2=x + 2 * size, y2=y + 2 * size)))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    areas = perimeter_areas(layer)
    assert [area.kind for area in areas] == ["red", "orange", "yellow"]
    assert areas[0].description.endswith(": Seveso site") and ":" not in areas[1].description
    for area in areas:
        (ring,) = area.polygons
        assert ring[0] == ring[-1] and len(ring) == 5
        assert all(51 < lat < 52 and 4 < lon < 5 for lat, lon in ring)  # latitude first, in WGS84
    assert (
        perimeter_areas(
            QgsVectorLayer(
                "MultiPolygon?crs=EPSG:4326&field=id:integer&field=kind:string&field=label:string", "none", "memory"
            )
        )
        == []
    )
