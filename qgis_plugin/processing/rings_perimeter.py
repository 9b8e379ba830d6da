"""Algorithm: red, orange and yellow zones around a point (discs or rings)."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsWkbTypes,
)

from ..core.exceptions import GeometryError
from ..core.geometry import WGS84, rings_perimeter
from ..core.i18n import tr
from ..definitions.perimeter_kinds import DEFAULT_RING_RADII_M
from .base import PlatformAlgorithm, zone_fields


class RingsPerimeterAlgorithm(PlatformAlgorithm):
    NAME = "rings_perimeter"
    TITLE = "Rings perimeter"
    HELP = (
        "Red, orange and yellow safety zones around a point, with radii in metres (computed in Belgian "
        "Lambert 2008). The orange and yellow zones are rings around the inner zone, or full discs."
    )
    CENTER, RED, ORANGE, YELLOW, RINGS, OUTPUT = (
        "CENTER",
        "RED_RADIUS",
        "ORANGE_RADIUS",
        "YELLOW_RADIUS",
        "RINGS",
        "OUTPUT",
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterPoint(self.CENTER, tr("Centre (hazard source)")))
        for key, label, default in (
            (self.RED, tr("Red zone radius (m)"), DEFAULT_RING_RADII_M[0]),
            (self.ORANGE, tr("Orange zone radius (m)"), DEFAULT_RING_RADII_M[1]),
            (self.YELLOW, tr("Yellow zone radius (m)"), DEFAULT_RING_RADII_M[2]),
        ):
            self.addParameter(
                QgsProcessingParameterNumber(key, label, QgsProcessingParameterNumber.Double, default, False, 1.0)
            )
        self.addParameter(QgsProcessingParameterBoolean(self.RINGS, tr("Orange and yellow zones as rings"), True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Safety zones")))

    def processAlgorithm(self, parameters, context, feedback):
        center = self.parameterAsPoint(parameters, self.CENTER, context, WGS84)
        radii = [self.parameterAsDouble(parameters, key, context) for key in (self.RED, self.ORANGE, self.YELLOW)]
        try:
            zones = rings_perimeter(center, radii, self.parameterAsBool(parameters, self.RINGS, context))
        except GeometryError as exc:
            raise QgsProcessingException(exc.message) from exc
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, zone_fields(), QgsWkbTypes.MultiPolygon, WGS84
        )
        for zone in zones:
            feature = QgsFeature(zone_fields())
            feature.setAttributes([zone.kind, zone.label, zone.inner_radius_m, zone.outer_radius_m])
            feature.setGeometry(zone.geometry)
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return {self.OUTPUT: dest}
