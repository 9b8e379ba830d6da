"""Export a situation to one GeoPackage: its area, anchors, perimeters, weather and the whole feed."""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeedback,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from .api_client import ApiClient
from .auth import Connection
from .exceptions import CrisisPlatformError
from .i18n import tr
from .layers import worker_layer

# Layers fetched through WFS, in the order they are written.
EXPORTED_LAYERS = ("situations", "anchors", "perimeters", "weather_observations")
FEED_FIELDS = (
    ("id", QVariant.LongLong),
    ("channel", QVariant.String),
    ("priority", QVariant.String),
    ("body", QVariant.String),
    ("author", QVariant.String),
    ("organisation", QVariant.String),
    ("discipline", QVariant.String),
    ("corrects_id", QVariant.LongLong),
    ("is_system", QVariant.Bool),
    ("created_at", QVariant.String),
    ("attachments", QVariant.String),
)


def feed_layer(entries: list[dict]) -> QgsVectorLayer:
    """The feed as a point layer (entries without a location have no geometry), oldest first."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "feed_entries", "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(name, kind) for name, kind in FEED_FIELDS])
    layer.updateFields()
    features = []
    for entry in sorted(entries, key=lambda e: (e.get("created_at") or "", e.get("id") or 0)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(
            [
                entry.get("id"),
                entry.get("channel"),
                entry.get("priority"),
                entry.get("body"),
                (entry.get("author") or {}).get("display_name"),
                (entry.get("organisation") or {}).get("name"),
                entry.get("discipline"),
                entry.get("corrects_id"),
                bool(entry.get("is_system")),
                entry.get("created_at"),
                json.dumps([a.get("filename") for a in entry.get("attachments") or []]),
            ]
        )
        location = entry.get("location")
        if location and location.get("coordinates"):
            lon, lat = location["coordinates"][:2]
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(feature)
    provider.addFeatures(features)
    return layer


def _write(layer: QgsVectorLayer, path: Path, name: str, first: bool) -> None:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteFile if first else QgsVectorFileWriter.CreateOrOverwriteLayer
    )
    error, message, _file, _layer = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    if error != QgsVectorFileWriter.NoError:
        raise CrisisPlatformError(
            tr("Could not write {name} to {path}: {message}").format(name=name, path=path, message=message)
        )


def export_situation(
    connection: Connection, situation_id: int, path: str | Path, feedback: QgsFeedback | None = None
) -> dict[str, int]:
    """Write every layer of the situation and its feed to the GeoPackage at `path`; {layer: feature count}."""
    path = Path(path)
    client = ApiClient(connection, feedback)
    client.situation(situation_id)  # 404 for what the user may not see, before any file is written
    counts: dict[str, int] = {}
    steps = len(EXPORTED_LAYERS) + 1
    for n, typename in enumerate(EXPORTED_LAYERS):
        if feedback and feedback.isCanceled():
            return counts
        layer = worker_layer(connection, typename, situation_id)
        # Read once into memory so the count and the file agree even if someone edits meanwhile.
        memory = layer.materialize(QgsFeatureRequest())
        _write(memory, path, typename, first=(n == 0))
        counts[typename] = memory.featureCount()
        if feedback:
            feedback.setProgress(100.0 * (n + 1) / steps)
    entries = client.all_feed_entries(situation_id)
    feed = feed_layer(entries)
    _write(feed, path, "feed_entries", first=False)
    counts["feed_entries"] = feed.featureCount()
    if feedback:
        feedback.setProgress(100.0)
    return counts
