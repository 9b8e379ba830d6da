"""A perimeter's earlier shapes (the platform keeps one per redraw or deletion)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from qgis.core import QgsGeometry, QgsJsonUtils

from .api_client import ApiClient
from .auth import Connection
from .layers import worker_layer


@dataclass
class PerimeterVersion:
    version: int
    kind: str
    label: str
    geometry: QgsGeometry
    valid_from: str
    valid_to: str | None  # None: the current shape
    changed_by: str
    operation: str  # UPDATE, DELETE, or CURRENT


def _geometry(value) -> QgsGeometry:
    if not value:
        return QgsGeometry()
    if isinstance(value, dict):
        value = json.dumps(value)
    features = QgsJsonUtils.stringToFeatureList(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [{"type": "Feature", "properties": {}, "geometry": json.loads(value)}],
            }
        )
    )
    return features[0].geometry() if features else QgsGeometry()


def perimeter_history(client: ApiClient, situation_id: int, perimeter_id: int) -> list[PerimeterVersion]:
    """Every version of the perimeter, oldest first (the current one last, operation CURRENT)."""
    payload = client.get(f"/situations/{int(situation_id)}/perimeters/{int(perimeter_id)}/history")
    items = payload.get("items", []) if isinstance(payload, dict) else payload or []
    versions = []
    for item in items:
        changed_by = item.get("changed_by")
        if isinstance(changed_by, dict):
            changed_by = changed_by.get("display_name", "")
        versions.append(
            PerimeterVersion(
                int(item.get("version", 0)),
                item.get("kind", ""),
                item.get("label", ""),
                _geometry(item.get("geom") or item.get("geometry")),
                item.get("valid_from", ""),
                item.get("valid_to"),
                changed_by or "",
                item.get("operation", "CURRENT" if not item.get("valid_to") else "UPDATE"),
            )
        )
    versions.sort(key=lambda v: v.version)
    return versions


@dataclass(frozen=True)
class PerimeterEntry:
    """A perimeter of the situation, as the history view lists it."""

    id: int
    kind: str
    label: str


def situation_perimeters(connection: Connection, situation_id: int) -> list[PerimeterEntry]:
    """The situation's perimeters as the platform holds them now, by kind then id (read in the calling thread's own
    layer: for a task)."""
    layer = worker_layer(connection, "perimeters", situation_id)
    entries = [PerimeterEntry(int(f["id"]), f["kind"] or "", f["label"] or "") for f in layer.getFeatures()]
    return sorted(entries, key=lambda e: (e.kind, e.id))
