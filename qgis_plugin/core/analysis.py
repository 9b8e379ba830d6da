"""Which features of a point layer (schools, hospitals, addresses) lie inside each zone of a situation."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFeedback,
    QgsGeometry,
    QgsProject,
    QgsSpatialIndex,
)


@dataclass
class ZoneCount:
    zone_id: object
    kind: str
    label: str
    count: int = 0
    feature_ids: list[int] = field(default_factory=list)


def features_in_zones(
    zones: list[QgsFeature],
    zones_crs: QgsCoordinateReferenceSystem,
    points: QgsFeatureSource,
    kind_field: str = "kind",
    label_field: str = "label",
    feedback: QgsFeedback | None = None,
) -> list[ZoneCount]:
    """One ZoneCount per zone feature: how many (and which) point features it contains.

    A point on several zones (discs that nest) counts in each of them.
    """
    to_zones = QgsCoordinateTransform(points.sourceCrs(), zones_crs, QgsProject.instance().transformContext())
    index = QgsSpatialIndex()
    geometries: dict[int, QgsGeometry] = {}
    for feature in points.getFeatures(QgsFeatureRequest().setNoAttributes()):
        if feedback and feedback.isCanceled():
            return []
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            continue
        if points.sourceCrs() != zones_crs:
            geometry.transform(to_zones)
        geometries[feature.id()] = geometry
        index.addFeature(feature.id(), geometry.boundingBox())
    counts = []
    for n, zone in enumerate(zones):
        if feedback:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * n / max(1, len(zones)))
        names = zone.fields().names()
        count = ZoneCount(
            zone.id(),
            str(zone[kind_field]) if kind_field in names else "",
            str(zone[label_field] or "") if label_field in names else "",
        )
        shape = zone.geometry()
        if shape.isEmpty():
            counts.append(count)
            continue
        engine = QgsGeometry.createGeometryEngine(shape.constGet())
        engine.prepareGeometry()
        for fid in index.intersects(shape.boundingBox()):
            if engine.intersects(geometries[fid].constGet()):
                count.feature_ids.append(fid)
        count.feature_ids.sort()
        count.count = len(count.feature_ids)
        counts.append(count)
    return counts
