"""Algorithm: count and list the features of any point layer inside each zone of a situation."""

from __future__ import annotations

import json

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.analysis import features_in_zones
from ..core.i18n import tr
from .base import PlatformAlgorithm


class CountInZonesAlgorithm(PlatformAlgorithm):
    NAME = "count_in_zones"
    TITLE = "Count features in zones"
    HELP = (
        "For each zone of a situation (for example its perimeters layer), how many features of a point "
        "layer (schools, hospitals, addresses) lie inside, and which ones. A point inside nested zones "
        "counts in each of them. Give a situation id to keep only that situation's zones."
    )
    ZONES, KIND_FIELD, SITUATION, POINTS, OUTPUT, SUMMARY, TOTAL, COUNTS = (
        "ZONES",
        "KIND_FIELD",
        "SITUATION_ID",
        "POINTS",
        "OUTPUT",
        "SUMMARY",
        "TOTAL",
        "COUNTS",
    )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.ZONES, tr("Zones (perimeters)"), [QgsProcessing.TypeVectorPolygon])
        )
        self.addParameter(
            QgsProcessingParameterField(self.KIND_FIELD, tr("Zone kind field"), "kind", self.ZONES, optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.SITUATION, tr("Situation id"), QgsProcessingParameterNumber.Integer, None, True, 1
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.POINTS, tr("Points to count"), [QgsProcessing.TypeVectorPoint])
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Features inside the zones")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Count per zone"), QgsProcessing.TypeVector)
        )
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL, tr("Features inside any zone")))
        self.addOutput(QgsProcessingOutputString(self.COUNTS, tr("Count per zone kind")))

    def processAlgorithm(self, parameters, context, feedback):
        zones_source = self.parameterAsSource(parameters, self.ZONES, context)
        points = self.parameterAsSource(parameters, self.POINTS, context)
        kind_field = self.parameterAsString(parameters, self.KIND_FIELD, context) or "kind"
        request = QgsFeatureRequest()
        if parameters.get(self.SITUATION) not in (None, ""):
            situation_id = self.parameterAsInt(parameters, self.SITUATION, context)
            request.setFilterExpression(f'"situation_id" = {int(situation_id)}')
        zones = list(zones_source.getFeatures(request))
        counts = features_in_zones(zones, zones_source.sourceCrs(), points, kind_field, "label", feedback)

        out_fields = QgsFields(points.fields())
        for name, kind in (
            ("zone_id", QVariant.String),
            ("zone_kind", QVariant.String),
            ("zone_label", QVariant.String),
        ):
            out_fields.append(QgsField(name, kind))
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, out_fields, points.wkbType(), points.sourceCrs()
        )
        wanted = sorted({fid for count in counts for fid in count.feature_ids})
        by_id = {f.id(): f for f in points.getFeatures(QgsFeatureRequest().setFilterFids(wanted))}
        for count in counts:
            for fid in count.feature_ids:
                source_feature = by_id[fid]
                feature = QgsFeature(out_fields)
                feature.setGeometry(source_feature.geometry())
                feature.setAttributes(source_feature.attributes() + [str(count.zone_id), count.kind, count.label])
                sink.addFeature(feature, QgsFeatureSink.FastInsert)

        summary_fields = QgsFields()
        for name, kind in (
            ("zone_id", QVariant.String),
            ("zone_kind", QVariant.String),
            ("zone_label", QVariant.String),
            ("count", QVariant.Int),
        ):
            summary_fields.append(QgsField(name, kind))
        summary, summary_dest = self.parameterAsSink(
            parameters, self.SUMMARY, context, summary_fields, QgsWkbTypes.NoGeometry
        )
        per_kind: dict[str, int] = {}
        for count in counts:
            feature = QgsFeature(summary_fields)
            feature.setAttributes([str(count.zone_id), count.kind, count.label, count.count])
            summary.addFeature(feature, QgsFeatureSink.FastInsert)
            per_kind[count.kind] = per_kind.get(count.kind, 0) + count.count
            feedback.pushInfo(
                tr("{kind} {label}: {count} feature(s)").format(kind=count.kind, label=count.label, count=count.count)
            )
        return {
            self.OUTPUT: dest,
            self.SUMMARY: summary_dest,
            self.TOTAL: len(wanted),
            self.COUNTS: json.dumps(per_kind, sort_keys=True),
        }
