"""The Processing provider's algorithms, run through processing.run on known data."""

from __future__ import annotations

import json
import math

import pytest

SOURCE = (4.2906, 51.2931)


@pytest.fixture(scope="module")
def provider(qgis_app):
    from qgis.core import QgsApplication

    from qgis_plugin.processing.provider import CrisisPlatformProvider

    provider = CrisisPlatformProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield provider
    QgsApplication.processingRegistry().removeProvider(provider)


def _points_layer(named_points):
    """A memory point layer (EPSG:4326) of (name, QgsPointXY)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "schools", "memory")
    features = []
    for name, point in named_points:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _source_point():
    from qgis.core import QgsPointXY

    return QgsPointXY(*SOURCE)


def test_provider_lists_its_algorithms(provider):
    names = sorted(a.name() for a in provider.algorithms())
    assert names == ["count_in_zones", "downwind_perimeter", "export_situation", "import_plan_zones", "rings_perimeter"]


def test_rings_then_count_points_in_each_zone(provider):
    import processing

    from qgis_plugin.core.geometry import offset_point

    rings = processing.run(
        "crisis_platform:rings_perimeter",
        {
            "CENTER": f"{SOURCE[0]},{SOURCE[1]} [EPSG:4326]",
            "RED_RADIUS": 100,
            "ORANGE_RADIUS": 300,
            "YELLOW_RADIUS": 1000,
            "RINGS": True,
            "OUTPUT": "memory:zones",
        },
    )["OUTPUT"]
    assert [f["kind"] for f in rings.getFeatures()] == ["red", "orange", "yellow"]
    assert [f["outer_radius_m"] for f in rings.getFeatures()] == [100, 300, 1000]
    src = _source_point()
    points = _points_layer(
        [
            ("school 50 m", offset_point(src, 10, 50)),
            ("school 250 m", offset_point(src, 100, 250)),
            ("school 500 m downwind", offset_point(src, 90, 500)),
            ("hospital 900 m", offset_point(src, 200, 900)),
            ("school 3 km", offset_point(src, 0, 3000)),
        ]
    )
    result = processing.run(
        "crisis_platform:count_in_zones",
        {"ZONES": rings, "POINTS": points, "OUTPUT": "memory:inside", "SUMMARY": "memory:summary"},
    )
    assert json.loads(result["COUNTS"]) == {"orange": 1, "red": 1, "yellow": 2}
    assert result["TOTAL"] == 4
    inside = {(f["name"], f["zone_kind"]) for f in result["OUTPUT"].getFeatures()}
    assert inside == {
        ("school 50 m", "red"),
        ("school 250 m", "orange"),
        ("school 500 m downwind", "yellow"),
        ("hospital 900 m", "yellow"),
    }
    summary = {f["zone_kind"]: f["count"] for f in result["SUMMARY"].getFeatures()}
    assert summary == {"red": 1, "orange": 1, "yellow": 2}


def test_discs_count_a_point_in_every_zone_around_it(provider):
    import processing

    from qgis_plugin.core.geometry import offset_point

    zones = processing.run(
        "crisis_platform:rings_perimeter",
        {"CENTER": f"{SOURCE[0]},{SOURCE[1]} [EPSG:4326]", "RINGS": False, "OUTPUT": "memory:"},
    )["OUTPUT"]
    points = _points_layer([("close", offset_point(_source_point(), 45, 50))])
    result = processing.run(
        "crisis_platform:count_in_zones", {"ZONES": zones, "POINTS": points, "OUTPUT": "memory:", "SUMMARY": "memory:"}
    )
    assert json.loads(result["COUNTS"]) == {"orange": 1, "red": 1, "yellow": 1}
    assert result["TOTAL"] == 1


def test_downwind_perimeter_contains_a_point_500_m_downwind(provider):
    import processing

    from qgis_plugin.core.geometry import METRIC, WGS84, bearing_deg, offset_point, transform

    result = processing.run(
        "crisis_platform:downwind_perimeter",
        {
            "SOURCE": f"{SOURCE[0]},{SOURCE[1]} [EPSG:4326]",
            "WIND_FROM": 225,
            "WIND_SPEED": 4,
            "LENGTH": 1500,
            "OPENING_ANGLE": 50,
            "KIND": 2,
            "LABEL": "plume",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    features = list(result.getFeatures())
    assert len(features) == 1 and features[0]["kind"] == "yellow" and features[0]["label"] == "plume"
    shape = features[0].geometry()
    assert abs(bearing_deg(_source_point(), shape.centroid().asPoint()) - 45) < 3
    points = _points_layer(
        [
            ("downwind 500 m", offset_point(_source_point(), 45, 500)),
            ("upwind 500 m", offset_point(_source_point(), 225, 500)),
        ]
    )
    counted = processing.run(
        "crisis_platform:count_in_zones", {"ZONES": result, "POINTS": points, "OUTPUT": "memory:", "SUMMARY": "memory:"}
    )
    assert [f["name"] for f in counted["OUTPUT"].getFeatures()] == ["downwind 500 m"]
    area = transform(shape, WGS84, METRIC).area()
    assert area > math.pi * 1500**2 * 50 / 360


def test_count_keeps_only_the_given_situation(provider):
    import processing
    from qgis.core import QgsFeature, QgsVectorLayer

    from qgis_plugin.core.geometry import offset_point, rings_perimeter

    zones = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:4326&field=situation_id:integer&field=kind:string&field=label:string",
        "perimeters",
        "memory",
    )
    features = []
    for situation_id in (1, 2):
        for zone in rings_perimeter(_source_point()):
            feature = QgsFeature(zones.fields())
            feature.setAttributes([situation_id, zone.kind, zone.label])
            feature.setGeometry(zone.geometry)
            features.append(feature)
    zones.dataProvider().addFeatures(features)
    points = _points_layer([("close", offset_point(_source_point(), 0, 20))])
    result = processing.run(
        "crisis_platform:count_in_zones",
        {"ZONES": zones, "SITUATION_ID": 2, "POINTS": points, "OUTPUT": "memory:", "SUMMARY": "memory:"},
    )
    assert json.loads(result["COUNTS"]) == {"orange": 0, "red": 1, "yellow": 0}
    assert result["SUMMARY"].featureCount() == 3
