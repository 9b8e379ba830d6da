"""Map tool: click the map to place an anchor of the kind picked in the palette (WFS-T insert)."""

from __future__ import annotations

from qgis.core import QgsPointXY, QgsProject
from qgis.PyQt.QtWidgets import QInputDialog, QLineEdit

from ..core import layers
from ..core.editing import add_anchor
from ..core.exceptions import CrisisPlatformError
from ..core.i18n import tr, vocabulary_label
from .map_tools import PointTool


class AnchorTool(PointTool):
    def __init__(self, canvas, session, notifier):
        super().__init__(canvas)
        self.session = session
        self.notifier = notifier
        self.kind: str | None = None

    def ask_label(self, kind: str) -> str | None:
        """The label typed by the user; None when cancelled."""
        label, ok = QInputDialog.getText(self.canvas(), tr("New anchor"),
                                         tr("Label of the {kind}:").format(kind=vocabulary_label("anchor_kinds", kind)),
                                         QLineEdit.EchoMode.Normal, "")
        return label if ok else None

    def on_point(self, point: QgsPointXY) -> None:
        self.place_anchor(point)

    def place_anchor(self, point: QgsPointXY, label: str | None = None):
        """Create the anchor at `point` (EPSG:4326); returns the stored feature, or None."""
        refusal = self.session.why_not_write()
        if refusal:
            self.notifier.warning(refusal)
            return None
        if not self.kind:
            self.notifier.warning(tr("Pick an anchor kind in the palette first."))
            return None
        layer = layers.situation_layer(QgsProject.instance(), self.session.situation_id, "anchors")
        if layer is None:
            self.notifier.warning(tr("The anchors layer of the situation is not loaded; open the situation again."))
            return None
        if label is None:
            label = self.ask_label(self.kind)
            if label is None:
                return None
        try:
            feature = add_anchor(layer, self.session.situation_id, self.kind, point, label.strip())
        except CrisisPlatformError as exc:
            self.notifier.error(exc)
            return None
        shown = label or vocabulary_label("anchor_kinds", self.kind)
        self.notifier.success(tr("Anchor “{label}” added.").format(label=shown))
        return feature
