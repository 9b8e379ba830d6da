"""Perimeter geometry: safety rings around a point and downwind zones, made in Belgian Lambert 2008 (metres)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsPointXY,
    QgsWkbTypes,
)

from ..definitions.perimeter_kinds import DEFAULT_RING_RADII_M, SAFETY_ZONES
from .exceptions import GeometryError
from .i18n import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
METRIC = QgsCoordinateReferenceSystem("EPSG:3812")
SEGMENTS = 32  # per quarter circle: about 1 m off a true 1 km circle
CALM_WIND_MS = 0.5  # below this the wind has no direction to speak of: the zone becomes a disc


@dataclass(frozen=True)
class Zone:
    """One generated zone, in EPSG:4326, with what it was made from."""

    kind: str
    geometry: QgsGeometry
    label: str = ""
    inner_radius_m: float = 0.0
    outer_radius_m: float = 0.0


def transform(
    geometry: QgsGeometry, source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem
) -> QgsGeometry:
    out = QgsGeometry(geometry)
    if source != target:
        out.transform(QgsCoordinateTransform(source, target, QgsCoordinateTransformContext()))
    return out


def point_to_metric(point: QgsPointXY, crs: QgsCoordinateReferenceSystem = WGS84) -> QgsPointXY:
    return transform(QgsGeometry.fromPointXY(point), crs, METRIC).asPoint()


def to_wgs84(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> QgsGeometry:
    return transform(geometry, crs, WGS84)


def as_multipolygon(geometry: QgsGeometry) -> QgsGeometry:
    """What the perimeters table stores: a valid, non-empty MultiPolygon."""
    if geometry is None or geometry.isEmpty():
        raise GeometryError(tr("The zone is empty."))
    if geometry.type() != QgsWkbTypes.PolygonGeometry:
        raise GeometryError(tr("A zone must be a polygon."))
    if not geometry.isGeosValid():
        geometry = geometry.makeValid()
    out = QgsGeometry(geometry)
    if not out.isMultipart():
        out.convertToMultiType()
    return out


def _disc(center: QgsPointXY, radius: float) -> QgsGeometry:
    return QgsGeometry.fromPointXY(center).buffer(radius, SEGMENTS)


def rings_perimeter(
    center: QgsPointXY, radii=DEFAULT_RING_RADII_M, rings: bool = True, crs: QgsCoordinateReferenceSystem = WGS84
) -> list[Zone]:
    """Red, orange and yellow zones around `center`: the red a disc, the others rings (or discs).

    Radii are metres, innermost first, strictly increasing.
    """
    radii = [float(r) for r in radii]
    if len(radii) != len(SAFETY_ZONES):
        raise GeometryError(tr("Give one radius for each of the red, orange and yellow zones."))
    if any(r <= 0 for r in radii) or any(b <= a for a, b in zip(radii, radii[1:], strict=False)):
        raise GeometryError(tr("The radii must be positive and grow from the red to the yellow zone."))
    center_m = point_to_metric(center, crs)
    zones = []
    inner = 0.0
    previous = None
    for kind, radius in zip(SAFETY_ZONES, radii, strict=True):
        disc = _disc(center_m, radius)
        shape = disc.difference(previous) if (rings and previous is not None) else disc
        zones.append(
            Zone(
                kind,
                as_multipolygon(to_wgs84(shape, METRIC)),
                f"{inner:g}-{radius:g} m" if (rings and inner) else f"0-{radius:g} m",
                inner if rings else 0.0,
                radius,
            )
        )
        inner = radius
        previous = disc
    return zones


def downwind_zone(
    source: QgsPointXY,
    wind_from_deg: float,
    length_m: float,
    opening_deg: float = 60.0,
    upwind_radius_m: float | None = None,
    wind_speed_ms: float | None = None,
    crs: QgsCoordinateReferenceSystem = WGS84,
) -> QgsGeometry:
    """A sector from `source` pointing where the wind blows to, with a rounded part around the source.

    `wind_from_deg` is the meteorological direction (where the wind comes FROM, clockwise from north);
    the sector points to wind_from + 180. With a calm wind (below 0.5 m/s) a plume can go anywhere,
    so the zone is a disc of radius `length_m`.
    """
    if length_m <= 0:
        raise GeometryError(tr("The length of the downwind zone must be positive."))
    if not 0 < opening_deg < 360:
        raise GeometryError(tr("The opening angle must be between 0 and 360 degrees."))
    if upwind_radius_m is None:
        upwind_radius_m = max(50.0, 0.1 * length_m)
    if upwind_radius_m < 0 or upwind_radius_m >= length_m:
        raise GeometryError(tr("The radius around the source must be smaller than the length."))
    source_m = point_to_metric(source, crs)
    if wind_speed_ms is not None and wind_speed_ms < CALM_WIND_MS:
        return as_multipolygon(to_wgs84(_disc(source_m, length_m), METRIC))
    downwind = (float(wind_from_deg) + 180.0) % 360.0
    half = opening_deg / 2.0
    steps = max(8, int(math.ceil(opening_deg / 2.0)))
    arc = []
    for i in range(steps + 1):
        azimuth = math.radians(downwind - half + opening_deg * i / steps)
        arc.append(QgsPointXY(source_m.x() + length_m * math.sin(azimuth), source_m.y() + length_m * math.cos(azimuth)))
    sector = QgsGeometry.fromPolygonXY([[source_m, *arc, source_m]])
    if upwind_radius_m > 0:
        sector = sector.combine(_disc(source_m, upwind_radius_m))
    return as_multipolygon(to_wgs84(sector, METRIC))


def bearing_deg(origin: QgsPointXY, target: QgsPointXY, crs: QgsCoordinateReferenceSystem = WGS84) -> float:
    """Grid bearing (clockwise from north, 0-360) from origin to target, measured in metres."""
    a = point_to_metric(origin, crs)
    b = point_to_metric(target, crs)
    return math.degrees(math.atan2(b.x() - a.x(), b.y() - a.y())) % 360.0


def offset_point(
    origin: QgsPointXY, bearing: float, distance_m: float, crs: QgsCoordinateReferenceSystem = WGS84
) -> QgsPointXY:
    """The point `distance_m` from origin towards `bearing`, in the CRS of origin."""
    a = point_to_metric(origin, crs)
    rad = math.radians(bearing)
    moved = QgsGeometry.fromPointXY(QgsPointXY(a.x() + distance_m * math.sin(rad), a.y() + distance_m * math.cos(rad)))
    return transform(moved, METRIC, crs).asPoint()


def geojson(geometry: QgsGeometry) -> dict:
    """A geometry as a GeoJSON dict (for the API)."""
    import json

    return json.loads(geometry.asJson(7))


def outer_rings_latlon(geometry: QgsGeometry) -> list[list[tuple[float, float]]]:
    """The outer ring of each polygon part as (lat, lon) pairs, closed: what a CAP <polygon> carries."""
    geometry = QgsGeometry(geometry)
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    rings = []
    for polygon in polygons:
        if not polygon:
            continue
        ring = [(p.y(), p.x()) for p in polygon[0]]
        if ring[0] != ring[-1]:
            ring.append(ring[0])
        rings.append(ring)
    return rings
