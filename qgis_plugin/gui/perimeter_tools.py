"""Map tools for perimeters: draw a zone, rings around a click, a downwind zone from a click; one writer sends the
zones of all three to the platform (WFS-T, in a task)."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..core import editing, layers
from ..core.exceptions import CrisisPlatformError
from ..core.geometry import downwind_zone, rings_perimeter
from ..core.i18n import tr
from ..core.tasks import run_task
from .map_tools import PointTool, PolygonTool


class PerimeterWriter(QObject):
    """Checks, then writes zones in a background task; emits `saved({kind: "added" | "redrawn"})` once the
    platform stored them, `write_failed(error)` if it did not."""

    saved = pyqtSignal(dict)
    write_failed = pyqtSignal(object)

    def __init__(self, session, notifier, parent=None):
        super().__init__(parent)
        self.session, self.notifier = session, notifier

    def save(self, zones: list[tuple[str, str, QgsGeometry]], replace: bool = False):
        """The task writing the zones (kind, label, geometry in EPSG:4326), or None when nothing is sent."""
        refusal = self.session.why_not_write()
        if refusal:
            self.notifier.warning(refusal)
            return None
        situation_id = self.session.situation_id
        if layers.situation_layer(QgsProject.instance(), situation_id, "perimeters") is None:
            self.notifier.warning(tr("The perimeters layer of the situation is not loaded; open the situation again."))
            return None
        connection = self.session.connection
        task = run_task(tr("Perimeters"), lambda: editing.write_zones(connection, situation_id, zones, replace))
        task.succeeded.connect(lambda outcome: self._saved(situation_id, outcome))
        task.failed.connect(self._failed)
        return task

    def _saved(self, situation_id: int, outcome: dict) -> None:
        layer = layers.situation_layer(QgsProject.instance(), situation_id, "perimeters")
        if layer is not None:
            layers.refresh(layer)
        redrawn = sum(1 for v in outcome.values() if v == "redrawn")
        self.notifier.success(
            tr("{added} zone(s) added, {redrawn} redrawn.").format(added=len(outcome) - redrawn, redrawn=redrawn)
        )
        self.saved.emit(outcome)

    def _failed(self, error) -> None:
        self.notifier.error(error)
        self.write_failed.emit(error)


class ZoneTool(PolygonTool):
    def __init__(self, canvas, writer: PerimeterWriter, panel):
        super().__init__(canvas)
        self.writer, self.panel = writer, panel

    def on_polygon(self, geometry: QgsGeometry) -> None:
        self.draw_zone(geometry)

    def draw_zone(self, geometry: QgsGeometry):
        return self.writer.save(
            [(self.panel.zone_kind(), self.panel.zone_label(), geometry)], self.panel.replace.isChecked()
        )


class RingsTool(PointTool):
    def __init__(self, canvas, writer: PerimeterWriter, panel):
        super().__init__(canvas)
        self.writer, self.panel = writer, panel

    def on_point(self, point: QgsPointXY) -> None:
        self.place_rings(point)

    def place_rings(self, point: QgsPointXY):
        settings = self.panel.ring_settings()
        try:
            zones = rings_perimeter(point, settings.radii, settings.rings)
        except CrisisPlatformError as exc:
            self.writer.notifier.error(exc)
            return None
        label = self.panel.zone_label()
        return self.writer.save(
            [(z.kind, f"{label} {z.label}".strip(), z.geometry) for z in zones], self.panel.replace.isChecked()
        )


class DownwindTool(PointTool):
    def __init__(self, canvas, writer: PerimeterWriter, panel):
        super().__init__(canvas)
        self.writer, self.panel = writer, panel

    def on_point(self, point: QgsPointXY) -> None:
        self.place_downwind(point)

    def place_downwind(self, point: QgsPointXY):
        s = self.panel.downwind_settings()
        try:
            shape = downwind_zone(point, s.wind_from_deg, s.length_m, s.opening_deg, wind_speed_ms=s.wind_speed_ms)
        except CrisisPlatformError as exc:
            self.writer.notifier.error(exc)
            return None
        label = self.panel.zone_label() or tr("Downwind, wind from {deg:.0f}° at {speed:.1f} m/s").format(
            deg=s.wind_from_deg, speed=s.wind_speed_ms
        )
        return self.writer.save([(s.kind, label, shape)], self.panel.replace.isChecked())
