"""Emergency plans in QGIS: a plan's card as text, its prepared places and zones as layers, a layer written to a
GeoPackage for the platform's import (the platform reads it; nothing of the file is interpreted here)."""

from __future__ import annotations

import html
import json
import tempfile
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsJsonUtils,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTextCodec

from .exceptions import CrisisPlatformError
from .i18n import tr, vocabulary_label
from .layers import apply_style

PROPERTY_PLAN = "crisis_platform/plan_id"


def kind_label(kind: str) -> str:
    return vocabulary_label("plan_kinds", kind)


def plan_line(plan: dict) -> str:
    return f"{plan.get('code', '')} — {plan.get('title', '')}"


def card_html(card: dict) -> str:
    """The card as escaped HTML for a text browser: nothing the platform sends is read as markup."""
    e = html.escape
    owner = (card.get("owner_organisation") or {}).get("name", "")
    review = card.get("next_review_on") or "—"
    if card.get("review_overdue"):
        review += " " + tr("(review overdue)")
    rows = [
        (tr("Kind"), kind_label(card.get("kind", ""))),
        (tr("Owner"), owner),
        (tr("Status"), vocabulary_label("plan_statuses", card.get("status"))),
        (tr("Risk site"), card.get("risk_site") or "—"),
        (tr("Next review"), review),
    ]
    parts = [
        f"<h3>{e(plan_line(card))}</h3>",
        "<table>" + "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(str(v))}</td></tr>" for k, v in rows) + "</table>",
        f"<p>{e(card.get('description', ''))}</p>",
        f"<p><b>{e(tr('Prepared places'))}:</b> {len(card.get('anchors', {}).get('features', []))} · "
        f"<b>{e(tr('Prepared zones'))}:</b> {len(card.get('perimeters', {}).get('features', []))}</p>",
    ]
    documents = card.get("documents", [])
    if documents:
        parts.append(
            f"<p><b>{e(tr('Documents'))}</b></p><ul>"
            + "".join(f"<li>{e(d['title'])} ({e(d.get('filename') or d.get('link') or '')})</li>" for d in documents)
            + "</ul>"
        )
    exercises = card.get("exercises", [])
    if exercises:
        parts.append(
            f"<p><b>{e(tr('Exercises'))}</b></p><ul>"
            + "".join(f"<li>{e(str(x['held_on']))}: {e(x.get('evaluation', ''))}</li>" for x in exercises)
            + "</ul>"
        )
    active = [a for a in card.get("activations", []) if a.get("active")]
    if active:
        parts.append(
            f"<p><b>{e(tr('In force on'))}</b></p><ul>"
            + "".join(f"<li>{e(a['situation']['title'])}</li>" for a in active)
            + "</ul>"
        )
    return "".join(parts)


def _memory_layer(collection: dict, geometry: str, name: str, typename: str, plan_id: int) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326&field=kind:string&field=label:string", name, "memory")
    fields = layer.fields()
    features = QgsJsonUtils.stringToFeatureList(json.dumps(collection), fields, QTextCodec.codecForName("UTF-8"))
    for feature in features:
        feature.setFields(fields, False)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    apply_style(layer, typename)
    layer.setCustomProperty(PROPERTY_PLAN, int(plan_id))
    return layer


def plan_layers(card: dict) -> list[QgsVectorLayer]:
    """The plan's prepared zones and places as memory layers, styled like a situation's (read-only copies)."""
    code = card.get("code", "")
    return [
        _memory_layer(
            card["perimeters"], "MultiPolygon", tr("{code} prepared zones").format(code=code), "perimeters", card["id"]
        ),
        _memory_layer(card["anchors"], "Point", tr("{code} prepared places").format(code=code), "anchors", card["id"]),
    ]


def source_to_geopackage(source, crs, feedback=None) -> bytes:
    """The features of a Processing source, written as they are (their own CRS) into a GeoPackage's bytes."""
    with tempfile.TemporaryDirectory(prefix="crisis-plan-import-") as folder:
        path = str(Path(folder) / "features.gpkg")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "features"
        options.fileEncoding = "UTF-8"
        fields = QgsFields(source.fields())
        writer = QgsVectorFileWriter.create(
            path, fields, source.wkbType(), crs, QgsCoordinateTransformContext(), options
        )
        if writer is None or writer.hasError() != QgsVectorFileWriter.NoError:
            raise CrisisPlatformError(
                tr("Could not write the features to send: {error}").format(
                    error=writer.errorMessage() if writer else ""
                )
            )
        for feature in source.getFeatures():
            if feedback is not None and feedback.isCanceled():
                break
            copy = QgsFeature(fields)
            copy.setAttributes(feature.attributes())
            copy.setGeometry(feature.geometry())
            writer.addFeature(copy, QgsFeatureSink.FastInsert)
        del writer  # closes the file
        return Path(path).read_bytes()
