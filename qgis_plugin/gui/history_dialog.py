"""Perimeter history: the earlier shapes of a perimeter of the open situation, shown on the map."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsProject, QgsWkbTypes
from qgis.gui import QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import layers
from ..core.geometry import WGS84
from ..core.history import perimeter_history, situation_perimeters
from ..core.i18n import tr, vocabulary_label
from ..core.tasks import run_task


class HistoryDialog(QDialog):
    """Emits `perimeters_listed(count)` once the situation's perimeters are listed."""

    perimeters_listed = pyqtSignal(int)

    def __init__(self, iface, session, notifier, parent=None):
        super().__init__(parent)
        self.iface, self.session, self.notifier = iface, session, notifier
        self.setWindowTitle(tr("Perimeter history"))
        self.resize(760, 380)
        self.perimeters = QListWidget()
        self.perimeters.setWordWrap(True)
        self.perimeters.setSpacing(3)
        self.perimeters.setMaximumWidth(260)
        self.versions = QTableWidget(0, 5)
        self.versions.setHorizontalHeaderLabels([tr("Version"), tr("Change"), tr("From"), tr("Until"), tr("By")])
        self.versions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.horizontalHeader().setStretchLastSection(True)
        self.versions.verticalHeader().hide()
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.perimeters)
        row.addWidget(self.versions, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.band = QgsRubberBand(iface.mapCanvas(), QgsWkbTypes.PolygonGeometry)
        self.band.setStrokeColor(QColor("#222222"))
        self.band.setFillColor(QColor(0, 0, 0, 30))
        self.band.setLineStyle(Qt.PenStyle.DashLine)
        self.band.setWidth(2)
        self.history = []
        self.perimeters.currentItemChanged.connect(self._perimeter_chosen)
        self.versions.itemSelectionChanged.connect(self._version_chosen)

    def load(self):
        """List the open situation's perimeters, read from the platform in a task (returned); the perimeter
        selected on the map, if any, is chosen."""
        self.perimeters.clear()
        layer = layers.situation_layer(QgsProject.instance(), self.session.situation_id, "perimeters")
        selected = None
        if layer is not None and layer.selectedFeatureCount():
            selected = layer.selectedFeatures()[0]["id"]  # from the layer's cache: the user picked it on the map
        connection, situation_id = self.session.connection, self.session.situation_id
        self.status.setText(tr("Loading…"))
        task = run_task(tr("Perimeter history"), lambda: situation_perimeters(connection, situation_id))
        task.succeeded.connect(lambda entries: self.show_perimeters(entries, selected))
        task.failed.connect(self._failed)
        return task

    def show_perimeters(self, entries, selected_id: int | None = None) -> None:
        self.perimeters.clear()
        for entry in entries:
            kind = vocabulary_label("perimeter_kinds", entry.kind)
            item = QListWidgetItem(f"#{entry.id} {kind}\n{entry.label}".strip())
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.perimeters.addItem(item)
        self.status.setText(tr("{n} perimeter(s); select one to see its earlier shapes.").format(n=len(entries)))
        self.perimeters_listed.emit(len(entries))
        for n in range(self.perimeters.count()):
            if self.perimeters.item(n).data(Qt.ItemDataRole.UserRole) == selected_id:
                self.perimeters.setCurrentRow(n)

    def _perimeter_chosen(self, item, _previous=None) -> None:
        if item is None:
            return
        perimeter_id = item.data(Qt.ItemDataRole.UserRole)
        client = self.session.client()
        situation_id = self.session.situation_id
        self.status.setText(tr("Loading…"))
        run_task(
            tr("Perimeter history"),
            lambda: perimeter_history(client, situation_id, perimeter_id),
            self.show_history,
            self._failed,
        )

    def _failed(self, error) -> None:
        self.status.setText("")
        self.notifier.error(error)

    def show_history(self, history) -> None:
        self.history = history
        self.versions.setRowCount(0)
        for version in history:
            row = self.versions.rowCount()
            self.versions.insertRow(row)
            change = {"UPDATE": tr("redrawn"), "DELETE": tr("deleted"), "CURRENT": tr("current")}.get(
                version.operation, version.operation
            )
            for column, value in enumerate(
                (
                    str(version.version),
                    change,
                    _moment(version.valid_from),
                    _moment(version.valid_to),
                    version.changed_by,
                )
            ):
                self.versions.setItem(row, column, QTableWidgetItem(value))
        self.versions.resizeColumnsToContents()
        self.status.setText(tr("{n} version(s); select one to see it on the map.").format(n=len(history)))

    def _version_chosen(self) -> None:
        rows = sorted({index.row() for index in self.versions.selectedIndexes()})
        if self.band is None:
            return
        self.band.reset(QgsWkbTypes.PolygonGeometry)
        if not rows:
            return
        canvas = self.iface.mapCanvas()
        transform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
        for row in rows:
            geometry = self.history[row].geometry
            if not geometry.isEmpty():
                shape = type(geometry)(geometry)
                shape.transform(transform)
                self.band.addGeometry(shape, None)

    def closeEvent(self, event):
        if self.band is not None:
            self.band.reset(QgsWkbTypes.PolygonGeometry)
        super().closeEvent(event)

    def release(self) -> None:
        """Take the rubber band off the canvas while the canvas is still there."""
        if self.band is not None:
            self.iface.mapCanvas().scene().removeItem(self.band)
            self.band = None


def _moment(text: str | None) -> str:
    """'2026-11-28T13:52:10.123+00:00' as '28/11 13:52:10' (local time of the server's answer)."""
    if not text:
        return ""
    text = text.replace("T", " ")
    return f"{text[8:10]}/{text[5:7]} {text[11:19]}"
