"""Writes through WFS-T: new anchors and perimeters, redrawn perimeters, sent to the platform at once.

The functions that take a layer write through that layer's provider, on the calling thread: the layer must
belong to it. `write_anchor` and `write_zones` open the situation's layer themselves, in the calling thread, so
that a task writes without touching the layers the map shows (QGIS's providers are not shared across threads).
"""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsVectorDataProvider,
    QgsVectorLayer,
)

from .auth import Connection
from .exceptions import EditRefusedError
from .geometry import WGS84, as_multipolygon, transform
from .i18n import tr
from .layers import worker_layer


def _new_feature(layer: QgsVectorLayer, values: dict, geometry: QgsGeometry) -> QgsFeature:
    feature = QgsFeature(layer.fields())
    for name, value in values.items():
        index = layer.fields().indexOf(name)
        if index >= 0:
            feature.setAttribute(index, value)
    # The provider expects the layer's CRS (the platform serves 4326).
    feature.setGeometry(transform(geometry, WGS84, layer.crs()))
    return feature


def _refusal(provider) -> EditRefusedError:
    errors = "; ".join(provider.errors()[-3:]) or tr("no reason given")
    return EditRefusedError(tr("The platform refused the change: {errors}").format(errors=errors))


def _provider_for(layer: QgsVectorLayer, capability, refused: str):
    """The layer's provider, its errors cleared, if it can do `capability`; else EditRefusedError(`refused`, with
    the layer's {name})."""
    provider = layer.dataProvider()
    if not provider.capabilities() & capability:
        raise EditRefusedError(refused.format(name=layer.name()))
    provider.clearErrors()
    return provider


def _add(layer: QgsVectorLayer, features: list[QgsFeature]) -> list[QgsFeature]:
    provider = _provider_for(
        layer, QgsVectorDataProvider.AddFeatures, tr("The platform does not accept new features on the layer {name}.")
    )
    ok, added = provider.addFeatures(features)
    if not ok:
        raise _refusal(provider)
    return added


def add_anchor(
    layer: QgsVectorLayer,
    situation_id: int,
    kind: str,
    point: QgsPointXY,
    label: str = "",
    status: str = "active",
    notes: str = "",
) -> QgsFeature:
    """Create one anchor (point in EPSG:4326); returns the feature as the platform stored it."""
    values = {"situation_id": int(situation_id), "kind": kind, "label": label, "status": status, "notes": notes}
    return _add(layer, [_new_feature(layer, values, QgsGeometry.fromPointXY(point))])[0]


def add_perimeters(
    layer: QgsVectorLayer, situation_id: int, zones: list[tuple[str, str, QgsGeometry]], notes: str = ""
) -> list[QgsFeature]:
    """Create perimeters, one per (kind, label, geometry in EPSG:4326), in one WFS-T transaction."""
    features = [
        _new_feature(
            layer,
            {"situation_id": int(situation_id), "kind": kind, "label": label, "notes": notes},
            as_multipolygon(geometry),
        )
        for kind, label, geometry in zones
    ]
    return _add(layer, features)


def replace_perimeter_geometry(layer: QgsVectorLayer, feature_id: int, geometry: QgsGeometry) -> None:
    """Redraw a perimeter (WFS-T update); the platform keeps the earlier shape in its history."""
    provider = _provider_for(
        layer, QgsVectorDataProvider.ChangeGeometries, tr("The platform does not accept changes on the layer {name}.")
    )
    shape = transform(as_multipolygon(geometry), WGS84, layer.crs())
    if not provider.changeGeometryValues({feature_id: shape}):
        raise _refusal(provider)
    provider.reloadData()  # the next read sees the new version


def save_zones(
    layer: QgsVectorLayer, situation_id: int, zones: list[tuple[str, str, QgsGeometry]], replace: bool = False
) -> dict[str, str]:
    """Insert zones, or (replace=True) redraw the situation's existing perimeter of the same kind.

    Returns {kind: "added" | "redrawn"}.
    """
    outcome: dict[str, str] = {}
    new = []
    for kind, label, geometry in zones:
        existing = _perimeter_of_kind(layer, situation_id, kind) if replace else None
        if existing is not None:
            replace_perimeter_geometry(layer, existing, geometry)
            outcome[kind] = "redrawn"
        else:
            new.append((kind, label, geometry))
            outcome[kind] = "added"
    if new:
        add_perimeters(layer, situation_id, new)
    return outcome


def _perimeter_of_kind(layer: QgsVectorLayer, situation_id: int, kind: str):
    """The feature id of the newest perimeter of that kind in the situation, or None."""
    layer.dataProvider().reloadData()  # the platform set the ids of what was just added
    ids = [
        (f["id"] or 0, f.id())
        for f in layer.getFeatures()
        if f["kind"] == kind and f["situation_id"] == int(situation_id)
    ]
    return max(ids)[1] if ids else None


# --- from a task ---------------------------------------------------------------------------------------
def write_anchor(
    connection: Connection,
    situation_id: int,
    kind: str,
    point: QgsPointXY,
    label: str = "",
    status: str = "active",
    notes: str = "",
) -> QgsFeature:
    """add_anchor through a layer of the calling thread's own (for a worker thread)."""
    layer = worker_layer(connection, "anchors", situation_id)
    return add_anchor(layer, situation_id, kind, point, label, status, notes)


def write_zones(
    connection: Connection, situation_id: int, zones: list[tuple[str, str, QgsGeometry]], replace: bool = False
) -> dict[str, str]:
    """save_zones through a layer of the calling thread's own (for a worker thread)."""
    layer = worker_layer(connection, "perimeters", situation_id)
    return save_zones(layer, situation_id, zones, replace)
