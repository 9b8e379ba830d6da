"""The zones the web map gets from PostGIS (sql/040: crisis.safety_rings, crisis.downwind_zone) are the zones the
plugin's tools draw (qgis_plugin/core/geometry.py): the same construction, to the centimetre."""

from __future__ import annotations

import psycopg
import pytest

SOURCE = (4.3012, 51.2897)


@pytest.fixture(scope="module")
def shapes(qgis_app):
    from qgis_plugin.core import geometry

    return geometry


def _metric(shapes, wkt: str):
    from qgis.core import QgsGeometry

    return shapes.transform(QgsGeometry.fromWkt(wkt), shapes.WGS84, shapes.METRIC)


def _same(shapes, plugin_geometry, server_wkt: str) -> None:
    mine = shapes.transform(plugin_geometry, shapes.WGS84, shapes.METRIC)
    theirs = _metric(shapes, server_wkt)
    assert mine.hausdorffDistance(theirs) < 0.05  # metres
    assert abs(mine.area() - theirs.area()) < 0.01 * max(1.0, mine.area() / 1e4)


@pytest.mark.parametrize("rings", [True, False])
def test_rings_are_the_plugins(shapes, database, rings):
    from qgis.core import QgsPointXY

    zones = shapes.rings_perimeter(QgsPointXY(*SOURCE), (120, 350, 1500), rings=rings)
    with psycopg.connect(database.admin_url) as conn:
        server = conn.execute(
            "SELECT kind, label, ST_AsText(geom) FROM crisis.safety_rings("
            "ST_SetSRID(ST_MakePoint(%s, %s), 4326), ARRAY[120, 350, 1500]::float8[], %s)",
            (*SOURCE, rings),
        ).fetchall()
    assert [(z.kind, z.label) for z in zones] == [(kind, label) for kind, label, _ in server]
    for zone, (_, _, wkt) in zip(zones, server, strict=True):
        _same(shapes, zone.geometry, wkt)


@pytest.mark.parametrize("wind_from, speed, opening", [(226.0, 3.9, 60.0), (10.0, 8.0, 90.0), (300.0, 0.2, 60.0)])
def test_downwind_zone_is_the_plugins(shapes, database, wind_from, speed, opening):
    from qgis.core import QgsPointXY

    zone = shapes.downwind_zone(QgsPointXY(*SOURCE), wind_from, 2500.0, opening, wind_speed_ms=speed)
    with psycopg.connect(database.admin_url) as conn:
        wkt = conn.execute(
            "SELECT ST_AsText(crisis.downwind_zone(ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s, 2500, %s, NULL, %s))",
            (*SOURCE, wind_from, opening, speed),
        ).fetchone()[0]
    _same(shapes, zone, wkt)
