"""Map tools for perimeters: draw a zone, rings around a click, a downwind zone from a click."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY, QgsProject

from ..core import layers
from ..core.editing import save_zones
from ..core.exceptions import CrisisPlatformError
from ..core.geometry import downwind_zone, rings_perimeter
from ..core.i18n import tr
from .map_tools import PointTool, PolygonTool


class _PerimeterWriter:
    """What the three tools share: checks, the perimeters layer, the write and the message. Comes first in each
    tool's bases, so that its __init__ goes on to the map tool's (PointTool or PolygonTool)."""

    def __init__(self, canvas, session, notifier, panel):
        super().__init__(canvas)
        self.session, self.notifier, self.panel = session, notifier, panel

    def _save(self, zones: list[tuple[str, str, QgsGeometry]]) -> dict | None:
        refusal = self.session.why_not_write()
        if refusal:
            self.notifier.warning(refusal)
            return None
        layer = layers.situation_layer(QgsProject.instance(), self.session.situation_id, "perimeters")
        if layer is None:
            self.notifier.warning(tr("The perimeters layer of the situation is not loaded; open the situation "
                                     "again."))
            return None
        try:
            outcome = save_zones(layer, self.session.situation_id, zones, self.panel.replace.isChecked())
        except CrisisPlatformError as exc:
            self.notifier.error(exc)
            return None
        redrawn = sum(1 for v in outcome.values() if v == "redrawn")
        self.notifier.success(tr("{added} zone(s) added, {redrawn} redrawn.").format(
            added=len(outcome) - redrawn, redrawn=redrawn))
        return outcome


class ZoneTool(_PerimeterWriter, PolygonTool):
    def on_polygon(self, geometry: QgsGeometry) -> None:
        self.draw_zone(geometry)

    def draw_zone(self, geometry: QgsGeometry):
        return self._save([(self.panel.zone_kind(), self.panel.zone_label(), geometry)])


class RingsTool(_PerimeterWriter, PointTool):
    def on_point(self, point: QgsPointXY) -> None:
        self.place_rings(point)

    def place_rings(self, point: QgsPointXY):
        settings = self.panel.ring_settings()
        try:
            zones = rings_perimeter(point, settings.radii, settings.rings)
        except CrisisPlatformError as exc:
            self.notifier.error(exc)
            return None
        label = self.panel.zone_label()
        return self._save([(z.kind, f"{label} {z.label}".strip(), z.geometry) for z in zones])


class DownwindTool(_PerimeterWriter, PointTool):
    def on_point(self, point: QgsPointXY) -> None:
        self.place_downwind(point)

    def place_downwind(self, point: QgsPointXY):
        s = self.panel.downwind_settings()
        try:
            shape = downwind_zone(point, s.wind_from_deg, s.length_m, s.opening_deg, wind_speed_ms=s.wind_speed_ms)
        except CrisisPlatformError as exc:
            self.notifier.error(exc)
            return None
        label = self.panel.zone_label() or tr("Downwind, wind from {deg:.0f}° at {speed:.1f} m/s").format(
            deg=s.wind_from_deg, speed=s.wind_speed_ms)
        return self._save([(s.kind, label, shape)])
