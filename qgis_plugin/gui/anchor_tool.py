"""Map tool: click the map to place an anchor of the kind picked in the palette (WFS-T insert, in a task)."""

from __future__ import annotations

from qgis.core import QgsPointXY, QgsProject
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QInputDialog, QLineEdit

from ..core import editing, layers
from ..core.i18n import tr, vocabulary_label
from ..core.tasks import run_task
from .map_tools import PointTool


class AnchorTool(PointTool):
    """Emits `anchor_added(feature)` once the platform stored the anchor, `write_failed(error)` if it did not."""

    anchor_added = pyqtSignal(object)
    write_failed = pyqtSignal(object)

    def __init__(self, canvas, session, notifier):
        super().__init__(canvas)
        self.session = session
        self.notifier = notifier
        self.kind: str | None = None

    def ask_label(self, kind: str) -> str | None:
        """The label typed by the user; None when cancelled."""
        label, ok = QInputDialog.getText(
            self.canvas(),
            tr("New anchor"),
            tr("Label of the {kind}:").format(kind=vocabulary_label("anchor_kinds", kind)),
            QLineEdit.EchoMode.Normal,
            "",
        )
        return label if ok else None

    def on_point(self, point: QgsPointXY) -> None:
        self.place_anchor(point)

    def place_anchor(self, point: QgsPointXY, label: str | None = None):
        """Send the anchor at `point` (EPSG:4326) to the platform in a background task (returned), or None when
        nothing is sent (no right to write, no kind picked, cancelled)."""
        refusal = self.session.why_not_write()
        if refusal:
            self.notifier.warning(refusal)
            return None
        if not self.kind:
            self.notifier.warning(tr("Pick an anchor kind in the palette first."))
            return None
        if layers.situation_layer(QgsProject.instance(), self.session.situation_id, "anchors") is None:
            self.notifier.warning(tr("The anchors layer of the situation is not loaded; open the situation again."))
            return None
        if label is None:
            label = self.ask_label(self.kind)
            if label is None:
                return None
        connection, situation_id, kind, label = self.session.connection, self.session.situation_id, self.kind, label
        label = label.strip()
        task = run_task(
            tr("New anchor"), lambda: editing.write_anchor(connection, situation_id, kind, QgsPointXY(point), label)
        )
        task.succeeded.connect(lambda feature: self._added(situation_id, kind, label, feature))
        task.failed.connect(self._failed)
        return task

    def _added(self, situation_id: int, kind: str, label: str, feature) -> None:
        layer = layers.situation_layer(QgsProject.instance(), situation_id, "anchors")
        if layer is not None:
            layers.refresh(layer)
        shown = label or vocabulary_label("anchor_kinds", kind)
        self.notifier.success(tr("Anchor “{label}” added.").format(label=shown))
        self.anchor_added.emit(feature)

    def _failed(self, error) -> None:
        self.notifier.error(error)
        self.write_failed.emit(error)
