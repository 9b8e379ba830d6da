"""A situation's CAP 1.2 alert: its red, orange and yellow perimeters, read from the platform, made into the alert
(core.cap) and saved. No widgets: it runs in a task, or in a script."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from qgis.core import QgsCoordinateTransform, QgsCoordinateTransformContext, QgsVectorLayer

from ..definitions.perimeter_kinds import SAFETY_ZONES
from .auth import Connection
from .cap import CapArea, area_for_perimeter, build_alert
from .exceptions import CrisisPlatformError, NothingToAnnounceError
from .geometry import WGS84, outer_rings_latlon
from .i18n import tr
from .layers import worker_layer

DEFAULT_SENDER = "crisis-platform"


def perimeter_areas(layer: QgsVectorLayer) -> list[CapArea]:
    """One CAP area per red, orange or yellow perimeter of the layer (of the calling thread), worst zone first."""
    to_wgs84 = QgsCoordinateTransform(layer.crs(), WGS84, QgsCoordinateTransformContext())
    found = []
    for feature in layer.getFeatures():
        if feature["kind"] not in SAFETY_ZONES:
            continue
        shape = feature.geometry()
        shape.transform(to_wgs84)
        found.append(
            (
                SAFETY_ZONES.index(feature["kind"]),
                feature["id"] or 0,
                area_for_perimeter(feature["kind"], feature["label"] or "", outer_rings_latlon(shape)),
            )
        )
    return [area for _order, _id, area in sorted(found, key=lambda f: f[:2])]


def situation_alert(connection: Connection, situation: dict, sender: str = DEFAULT_SENDER) -> str:
    """The CAP alert text of the situation's zones as the platform holds them now."""
    layer = worker_layer(connection, "perimeters", int(situation["id"]))
    areas = perimeter_areas(layer)
    if not areas:
        raise NothingToAnnounceError(tr("The situation has no red, orange or yellow zone to announce."))
    return build_alert(situation, areas, sender=sender or DEFAULT_SENDER)


def save_alert(connection: Connection, situation: dict, path: str | Path, sender: str = DEFAULT_SENDER) -> Path:
    """Write the situation's alert to `path`, whole or not at all (a reader never sees half a file)."""
    path = Path(path)
    text = situation_alert(connection, situation, sender)
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=".cap-", suffix=".xml", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, path)
    except OSError as exc:
        if temporary:
            Path(temporary).unlink(missing_ok=True)
        raise CrisisPlatformError(
            tr("Could not write the CAP alert to {path}: {error}").format(path=path, error=exc.strerror or exc)
        ) from exc
    return path
