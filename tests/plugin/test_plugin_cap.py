"""CAP 1.2 alerts: structure, status by situation kind, polygons as closed lat,lon rings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from qgis_plugin.core.cap import CAP_NS, CapArea, build_alert, polygon_text

NS = {"cap": CAP_NS}
RING = [(51.29, 4.28), (51.30, 4.29), (51.29, 4.30)]  # lat, lon; open on purpose


def _alert(kind: str, areas=None) -> ET.Element:
    situation = {"id": 7, "kind": kind, "title": "Chlorine leak", "description": "Leak at a Seveso site",
                 "is_exercise": kind in ("exercise", "test")}
    text = build_alert(situation, areas or [CapArea("Red zone", [RING], "red")], sender="planner@example.be")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(text.split("\n", 1)[1])


@pytest.mark.parametrize("kind, status", [("incident", "Actual"), ("event", "Actual"), ("exercise", "Exercise"),
                                          ("test", "Test")])
def test_status_follows_the_situation_kind(kind, status):
    alert = _alert(kind)
    assert alert.tag == f"{{{CAP_NS}}}alert"
    assert alert.findtext("cap:status", namespaces=NS) == status
    if status != "Actual":
        assert status.upper() in alert.findtext("cap:note", namespaces=NS)


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


def test_polygon_is_a_closed_ring_of_lat_lon_pairs():
    alert = _alert("exercise", [CapArea("Yellow zone", [RING], "yellow"), CapArea("Red zone", [RING], "red")])
    polygons = alert.findall("cap:info/cap:area/cap:polygon", NS)
    assert len(polygons) == 2
    pairs = polygons[0].text.split(" ")
    assert len(pairs) >= 4 and pairs[0] == pairs[-1]
    lat, lon = map(float, pairs[1].split(","))
    assert (lat, lon) == (51.30, 4.29)  # latitude first


def test_degenerate_polygon_is_refused():
    with pytest.raises(ValueError):
        polygon_text([(51.0, 4.0), (51.1, 4.1)])
    with pytest.raises(ValueError):
        polygon_text([(95.0, 4.0), (51.1, 4.1), (51.2, 4.0)])
