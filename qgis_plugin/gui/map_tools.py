"""Base map tools: one click gives a point in EPSG:4326; clicks draw a polygon (right click ends it)."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..core.geometry import WGS84


def to_wgs84(canvas, point: QgsPointXY) -> QgsPointXY:
    crs = canvas.mapSettings().destinationCrs()
    if crs == WGS84:
        return QgsPointXY(point)
    return QgsCoordinateTransform(crs, WGS84, QgsProject.instance()).transform(point)


def geometry_to_wgs84(canvas, geometry: QgsGeometry) -> QgsGeometry:
    out = QgsGeometry(geometry)
    crs = canvas.mapSettings().destinationCrs()
    if crs != WGS84:
        out.transform(QgsCoordinateTransform(crs, WGS84, QgsProject.instance()))
    return out


class PointTool(QgsMapTool):
    """Emits `picked(point in EPSG:4326)` on a left click and calls `on_point` (the tool's action)."""

    picked = pyqtSignal(QgsPointXY)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasReleaseEvent(self, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = to_wgs84(self.canvas(), event.mapPoint())
        self.picked.emit(point)
        self.on_point(point)

    def on_point(self, point: QgsPointXY) -> None:
        """What a click does; subclasses act here."""


class PolygonTool(QgsMapTool):
    """Left clicks add vertices, right click (or Enter) closes the polygon, Esc or Backspace edit it."""

    captured = pyqtSignal(QgsGeometry)  # in EPSG:4326

    def __init__(self, canvas, colour: str = "#d7191c"):
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.points: list[QgsPointXY] = []
        self.band = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
        colour_fill = QColor(colour)
        colour_fill.setAlpha(70)
        self.band.setFillColor(colour_fill)
        self.band.setStrokeColor(QColor(colour))
        self.band.setWidth(2)

    def set_colour(self, colour: str) -> None:
        if self.band is None:
            return
        fill = QColor(colour)
        fill.setAlpha(70)
        self.band.setFillColor(fill)
        self.band.setStrokeColor(QColor(colour))

    def canvasReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            self.points.append(event.mapPoint())
            self._redraw()
        elif event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def canvasMoveEvent(self, event):
        if self.points:
            self._redraw(event.mapPoint())

    def keyPressEvent(self, event):
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
        elif event.key() == Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self._redraw()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()

    def _redraw(self, moving: QgsPointXY | None = None) -> None:
        if self.band is None:
            return
        points = self.points + ([moving] if moving is not None else [])
        self.band.reset(QgsWkbTypes.PolygonGeometry)
        for point in points:
            self.band.addPoint(point, False)
        self.band.show()
        self.band.updatePosition()
        self.band.update()

    def finish(self) -> None:
        if len(self.points) >= 3:
            polygon = QgsGeometry.fromPolygonXY([self.points + [self.points[0]]])
            geometry = geometry_to_wgs84(self.canvas(), polygon)
            self.reset()
            self.captured.emit(geometry)
            self.on_polygon(geometry)
        else:
            self.reset()

    def on_polygon(self, geometry: QgsGeometry) -> None:
        """What a finished polygon does; subclasses act here."""

    def reset(self) -> None:
        self.points = []
        if self.band is not None:
            self.band.reset(QgsWkbTypes.PolygonGeometry)

    def deactivate(self):
        self.reset()
        super().deactivate()

    def release(self) -> None:
        """Take the rubber band off the canvas now (not when Python collects it, maybe after the canvas)."""
        if self.band is not None:
            self.band.reset(QgsWkbTypes.PolygonGeometry)
            self.canvas().scene().removeItem(self.band)
            self.band = None
