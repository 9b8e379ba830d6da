"""Perimeter geometry: rings and downwind zones, built in EPSG:3812 and returned in EPSG:4326."""

from __future__ import annotations

import math

import pytest

SOURCE = (4.2906, 51.2931)  # a point in the port of Antwerp (lon, lat)


@pytest.fixture
def geometry(qgis_app):
    from qgis_plugin.core import geometry

    return geometry


def _point(lon, lat):
    from qgis.core import QgsGeometry, QgsPointXY

    return QgsGeometry.fromPointXY(QgsPointXY(lon, lat))


def _source():
    from qgis.core import QgsPointXY

    return QgsPointXY(*SOURCE)


def _area_m2(geometry_module, shape):
    return geometry_module.transform(shape, geometry_module.WGS84, geometry_module.METRIC).area()


def test_rings_put_a_point_in_the_right_zone(geometry):
    zones = {z.kind: z for z in geometry.rings_perimeter(_source())}
    assert list(zones) == ["red", "orange", "yellow"]
    near = geometry.offset_point(_source(), 33.0, 50.0)
    mid = geometry.offset_point(_source(), 200.0, 200.0)
    far = geometry.offset_point(_source(), 290.0, 500.0)
    outside = geometry.offset_point(_source(), 10.0, 1200.0)
    where = {
        name: [k for k, z in zones.items() if z.geometry.contains(_point(p.x(), p.y()))]
        for name, p in (("near", near), ("mid", mid), ("far", far), ("outside", outside))
    }
    assert where == {"near": ["red"], "mid": ["orange"], "far": ["yellow"], "outside": []}


def test_ring_areas_match_the_radii_in_metres(geometry):
    zones = {z.kind: z for z in geometry.rings_perimeter(_source(), (100, 300, 1000))}
    assert _area_m2(geometry, zones["red"].geometry) == pytest.approx(math.pi * 100**2, rel=0.01)
    assert _area_m2(geometry, zones["orange"].geometry) == pytest.approx(math.pi * (300**2 - 100**2), rel=0.01)
    assert _area_m2(geometry, zones["yellow"].geometry) == pytest.approx(math.pi * (1000**2 - 300**2), rel=0.01)
    discs = {z.kind: z for z in geometry.rings_perimeter(_source(), (100, 300, 1000), rings=False)}
    assert _area_m2(geometry, discs["yellow"].geometry) == pytest.approx(math.pi * 1000**2, rel=0.01)
    assert discs["yellow"].geometry.contains(_point(*SOURCE))
    for zone in zones.values():
        assert zone.geometry.isMultipart() and zone.geometry.isGeosValid()


def test_rings_refuse_radii_that_do_not_grow(geometry):
    from qgis_plugin.core.exceptions import GeometryError

    with pytest.raises(GeometryError):
        geometry.rings_perimeter(_source(), (300, 100, 1000))
    with pytest.raises(GeometryError):
        geometry.rings_perimeter(_source(), (0, 100, 1000))


@pytest.mark.parametrize("wind_from", [0, 45, 90, 135, 180, 225, 270, 315])
def test_downwind_zone_points_away_from_the_wind(geometry, wind_from):
    shape = geometry.downwind_zone(_source(), wind_from, 2000, 60)
    centroid = shape.centroid().asPoint()
    bearing = geometry.bearing_deg(_source(), centroid)
    expected = (wind_from + 180) % 360
    assert abs((bearing - expected + 180) % 360 - 180) < 3, (bearing, expected)
    # 1,500 m downwind is inside; 1,500 m upwind and 1,500 m across the wind are not.
    downwind = geometry.offset_point(_source(), expected, 1500)
    upwind = geometry.offset_point(_source(), wind_from, 1500)
    across = geometry.offset_point(_source(), expected + 90, 1500)
    assert shape.contains(_point(downwind.x(), downwind.y()))
    assert not shape.contains(_point(upwind.x(), upwind.y()))
    assert not shape.contains(_point(across.x(), across.y()))


def test_downwind_zone_is_rounded_around_the_source(geometry):
    shape = geometry.downwind_zone(_source(), 270, 2000, 60, upwind_radius_m=150)
    behind = geometry.offset_point(_source(), 270, 100)  # 100 m upwind: inside the rounded part
    beyond = geometry.offset_point(_source(), 270, 200)
    assert shape.contains(_point(behind.x(), behind.y()))
    assert not shape.contains(_point(beyond.x(), beyond.y()))
    sector = math.pi * 2000**2 * 60 / 360
    assert sector < _area_m2(geometry, shape) < sector + math.pi * 150**2


def test_calm_wind_gives_a_disc(geometry):
    shape = geometry.downwind_zone(_source(), 90, 1000, 60, wind_speed_ms=0.2)
    assert _area_m2(geometry, shape) == pytest.approx(math.pi * 1000**2, rel=0.01)


def test_cap_rings_are_lat_lon_and_closed(geometry):
    zone = geometry.rings_perimeter(_source())[2]
    rings = geometry.outer_rings_latlon(zone.geometry)
    assert len(rings) == 1
    ring = rings[0]
    assert ring[0] == ring[-1] and len(ring) >= 4
    lat, lon = ring[0]
    assert 51 < lat < 52 and 4 < lon < 5
