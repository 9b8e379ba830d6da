"""Algorithm: export a situation (area, anchors, perimeters, weather, feed) to a GeoPackage."""

from __future__ import annotations

import json

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.auth import Connection, load_connection, normalise_url
from ..core.exceptions import CrisisPlatformError
from ..core.export import export_situation
from ..core.i18n import tr
from .base import PlatformAlgorithm


class ExportSituationAlgorithm(PlatformAlgorithm):
    NAME = "export_situation"
    TITLE = "Export situation to GeoPackage"
    HELP = (
        "Writes a situation's area, anchors, perimeters, weather observations and whole feed (as the "
        "logged-in user may see them) into one GeoPackage. Uses the saved login unless another "
        "authentication configuration and platform address are given."
    )
    SITUATION, AUTHCFG, URL, OUTPUT, COUNTS = "SITUATION_ID", "AUTHCFG", "URL", "OUTPUT", "COUNTS"

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SITUATION, tr("Situation id"), QgsProcessingParameterNumber.Integer, None, False, 1
            )
        )
        self.addParameter(
            QgsProcessingParameterAuthConfig(self.AUTHCFG, tr("Authentication configuration"), optional=True)
        )
        self.addParameter(QgsProcessingParameterString(self.URL, tr("Platform address"), optional=True))
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT, tr("GeoPackage"), tr("GeoPackage (*.gpkg)"))
        )
        self.addOutput(QgsProcessingOutputString(self.COUNTS, tr("Features per layer")))

    def processAlgorithm(self, parameters, context, feedback):
        try:
            authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
            url = self.parameterAsString(parameters, self.URL, context)
            connection = load_connection(authcfg or None)
            if url:
                connection = Connection(normalise_url(url), connection.authcfg, connection.login)
            path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
            counts = export_situation(
                connection, self.parameterAsInt(parameters, self.SITUATION, context), path, feedback
            )
        except CrisisPlatformError as exc:
            raise QgsProcessingException(exc.message) from exc
        for name, count in counts.items():
            feedback.pushInfo(f"{name}: {count}")
        return {self.OUTPUT: path, self.COUNTS: json.dumps(counts, sort_keys=True)}
