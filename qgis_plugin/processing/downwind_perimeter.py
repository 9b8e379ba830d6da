"""Algorithm: a downwind zone from a source point and a wind."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterPoint,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.exceptions import GeometryError
from ..core.geometry import WGS84, downwind_zone
from ..core.i18n import tr
from ..definitions.perimeter_kinds import PERIMETER_KIND_CODES
from .base import PlatformAlgorithm, zone_fields

Double = QgsProcessingParameterNumber.Double


class DownwindPerimeterAlgorithm(PlatformAlgorithm):
    NAME = "downwind_perimeter"
    TITLE = "Downwind perimeter"
    HELP = (
        "A zone that points downwind from a source: a sector of the given length and opening angle, in the "
        "direction the wind blows to (the wind direction is where it comes FROM, in degrees clockwise from "
        "north), with a rounded part around the source. With a calm wind (under 0.5 m/s) the zone is a disc."
    )
    SOURCE, WIND_FROM, WIND_SPEED, LENGTH, OPENING, UPWIND, KIND, LABEL, OUTPUT = (
        "SOURCE",
        "WIND_FROM",
        "WIND_SPEED",
        "LENGTH",
        "OPENING_ANGLE",
        "UPWIND_RADIUS",
        "KIND",
        "LABEL",
        "OUTPUT",
    )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterPoint(self.SOURCE, tr("Source point")))
        self.addParameter(
            QgsProcessingParameterNumber(self.WIND_FROM, tr("Wind from (degrees)"), Double, 270.0, False, 0.0, 360.0)
        )
        self.addParameter(QgsProcessingParameterNumber(self.WIND_SPEED, tr("Wind speed (m/s)"), Double, 3.0, True, 0.0))
        self.addParameter(QgsProcessingParameterNumber(self.LENGTH, tr("Length (m)"), Double, 2000.0, False, 1.0))
        self.addParameter(
            QgsProcessingParameterNumber(self.OPENING, tr("Opening angle (degrees)"), Double, 60.0, False, 1.0, 359.0)
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.UPWIND, tr("Radius around the source (m)"), Double, None, True, 0.0)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.KIND, tr("Zone kind"), list(PERIMETER_KIND_CODES), False, PERIMETER_KIND_CODES.index("yellow")
            )
        )
        self.addParameter(QgsProcessingParameterString(self.LABEL, tr("Label"), "", False, True))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Downwind zone")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsPoint(parameters, self.SOURCE, context, WGS84)
        speed = parameters.get(self.WIND_SPEED)
        upwind = parameters.get(self.UPWIND)
        length = self.parameterAsDouble(parameters, self.LENGTH, context)
        try:
            shape = downwind_zone(
                source,
                self.parameterAsDouble(parameters, self.WIND_FROM, context),
                length,
                self.parameterAsDouble(parameters, self.OPENING, context),
                None if upwind in (None, "") else self.parameterAsDouble(parameters, self.UPWIND, context),
                None if speed in (None, "") else self.parameterAsDouble(parameters, self.WIND_SPEED, context),
            )
        except GeometryError as exc:
            raise QgsProcessingException(exc.message) from exc
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, zone_fields(), QgsWkbTypes.MultiPolygon, WGS84
        )
        feature = QgsFeature(zone_fields())
        kind = PERIMETER_KIND_CODES[self.parameterAsEnum(parameters, self.KIND, context)]
        feature.setAttributes([kind, self.parameterAsString(parameters, self.LABEL, context), 0.0, length])
        feature.setGeometry(shape)
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return {self.OUTPUT: dest}
