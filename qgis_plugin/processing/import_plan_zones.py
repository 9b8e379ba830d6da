"""Algorithm: import prepared zones and places into a plan, through the platform's own import (the same checks,
the same report, all or nothing)."""

from __future__ import annotations

import json

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.api_client import ApiClient
from ..core.auth import Connection, load_connection, normalise_url
from ..core.exceptions import CrisisPlatformError, ValidationError
from ..core.i18n import tr
from ..core.plans import source_to_geopackage
from .base import PlatformAlgorithm

MODES = ("append", "replace")


class ImportPlanZonesAlgorithm(PlatformAlgorithm):
    NAME = "import_plan_zones"
    TITLE = "Import prepared zones into a plan"
    HELP = (
        "Sends the features of a layer (zones as polygons, places as points, in any coordinate system) to the "
        "crisis platform as the prepared zones and places of a plan. The platform maps the kind field's values "
        "to its kinds (guessed from names like Rood/Rouge/red or PC-Ops, or given as a JSON map), checks the "
        "whole layer first and writes everything or nothing; a dry run only reports. Only the coordinators and "
        "admins of the organisation that owns the plan may import."
    )
    PLAN, INPUT, KIND_FIELD, KIND_MAP, LABEL_FIELD, MODE, DRY_RUN = (
        "PLAN_ID",
        "INPUT",
        "KIND_FIELD",
        "KIND_MAP",
        "LABEL_FIELD",
        "MODE",
        "DRY_RUN",
    )
    AUTHCFG, URL, REPORT, ANCHORS, PERIMETERS = "AUTHCFG", "URL", "REPORT", "ANCHORS", "PERIMETERS"

    def group(self) -> str:
        return tr("Plans")

    def groupId(self) -> str:  # noqa: N802
        return "plans"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterNumber(self.PLAN, tr("Plan id"), QgsProcessingParameterNumber.Integer, None, False, 1)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT, tr("Zones and places"), [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(self.KIND_FIELD, tr("Zone kind field"), None, self.INPUT, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.KIND_MAP, tr('Kinds of the field\'s values (JSON, e.g. {"A": "red"})'), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(self.LABEL_FIELD, tr("Label field"), None, self.INPUT, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.MODE,
                tr("Mode"),
                [tr("Add to the plan's prepared features"), tr("Replace the plan's prepared features")],
                defaultValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean(self.DRY_RUN, tr("Dry run (report only)"), False))
        self.addParameter(
            QgsProcessingParameterAuthConfig(self.AUTHCFG, tr("Authentication configuration"), optional=True)
        )
        self.addParameter(QgsProcessingParameterString(self.URL, tr("Platform address"), optional=True))
        self.addOutput(QgsProcessingOutputString(self.REPORT, tr("Report")))
        self.addOutput(QgsProcessingOutputNumber(self.ANCHORS, tr("Prepared places")))
        self.addOutput(QgsProcessingOutputNumber(self.PERIMETERS, tr("Prepared zones")))

    def _options(self, parameters, context) -> dict:
        options = {
            "mode": MODES[self.parameterAsEnum(parameters, self.MODE, context)],
            "dry_run": self.parameterAsBool(parameters, self.DRY_RUN, context),
        }
        for key, name in (("kind_field", self.KIND_FIELD), ("label_field", self.LABEL_FIELD)):
            value = self.parameterAsString(parameters, name, context)
            if value:
                options[key] = value
        raw = self.parameterAsString(parameters, self.KIND_MAP, context)
        if raw:
            try:
                options["kind_map"] = json.loads(raw)
            except ValueError as exc:
                raise QgsProcessingException(
                    tr("The kinds of the values are not valid JSON: {error}").format(error=exc)
                ) from exc
        return options

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(tr("The layer to import cannot be read."))
        plan_id = self.parameterAsInt(parameters, self.PLAN, context)
        options = self._options(parameters, context)
        try:
            connection = load_connection(self.parameterAsString(parameters, self.AUTHCFG, context) or None)
            url = self.parameterAsString(parameters, self.URL, context)
            if url:
                connection = Connection(normalise_url(url), connection.authcfg, connection.login)
            content = source_to_geopackage(source, source.sourceCrs(), feedback)
            report = ApiClient(connection, feedback).import_plan_features(plan_id, content, "features.gpkg", options)
        except ValidationError as exc:
            for problem in (exc.details.get("report") or {}).get("problems", []):
                feedback.reportError(tr("Feature {n}: {reason}").format(n=problem["feature"], reason=problem["reason"]))
            raise QgsProcessingException(exc.message) from exc
        except CrisisPlatformError as exc:
            raise QgsProcessingException(exc.message) from exc
        for problem in report.get("problems", []):
            feedback.pushWarning(tr("Feature {n}: {reason}").format(n=problem["feature"], reason=problem["reason"]))
        feedback.pushInfo(
            tr("{anchors} place(s) and {perimeters} zone(s); written: {written}").format(
                anchors=report["anchors"], perimeters=report["perimeters"], written=report["written"]
            )
        )
        return {
            self.REPORT: json.dumps(report, sort_keys=True),
            self.ANCHORS: report["anchors"],
            self.PERIMETERS: report["perimeters"],
        }
