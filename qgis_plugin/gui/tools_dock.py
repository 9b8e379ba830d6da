"""Dock of the open situation's drawing tools: the anchor palette and the perimeter tools."""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ..core.i18n import tr
from ..core.tasks import run_task
from ..definitions.perimeter_kinds import perimeter_kind
from .anchor_palette import AnchorPalette
from .anchor_tool import AnchorTool
from .banner import SituationBanner
from .history_dialog import HistoryDialog
from .perimeter_panel import PerimeterPanel
from .perimeter_tools import DownwindTool, PerimeterWriter, RingsTool, ZoneTool


class ToolsDock(QgsDockWidget):
    def __init__(self, iface, session, notifier, parent=None):
        super().__init__(tr("Situation tools"), parent)
        self.setObjectName("CrisisPlatformToolsDock")
        self.iface, self.session, self.notifier = iface, session, notifier
        canvas = iface.mapCanvas()
        body = QWidget()
        layout = QVBoxLayout(body)
        self.banner = SituationBanner()
        self.permission = QLabel()
        self.permission.setWordWrap(True)
        self.permission.setStyleSheet("color:#8a4b00;")
        layout.addWidget(self.banner)
        layout.addWidget(self.permission)

        self.tabs = QTabWidget()
        self.palette = AnchorPalette()
        palette_page = QWidget()
        palette_layout = QVBoxLayout(palette_page)
        hint = QLabel(tr("Pick a kind, then click the map where it is."))
        hint.setWordWrap(True)
        palette_layout.addWidget(hint)
        palette_layout.addWidget(self.palette)
        palette_layout.addStretch(1)
        self.panel = PerimeterPanel()
        self.tabs.addTab(palette_page, tr("Anchors"))
        self.tabs.addTab(self.panel, tr("Perimeters"))
        layout.addWidget(self.tabs)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)

        self.anchor_tool = AnchorTool(canvas, session, notifier)
        self.perimeter_writer = PerimeterWriter(session, notifier, self)
        self.zone_tool = ZoneTool(canvas, self.perimeter_writer, self.panel)
        self.rings_tool = RingsTool(canvas, self.perimeter_writer, self.panel)
        self.downwind_tool = DownwindTool(canvas, self.perimeter_writer, self.panel)
        self.history: HistoryDialog | None = None

        self.palette.kind_selected.connect(self._anchor_kind)
        self.panel.draw_zone_requested.connect(lambda: self._arm(self.zone_tool, self.panel.draw_button))
        self.panel.rings_requested.connect(lambda: self._arm(self.rings_tool, self.panel.rings_button))
        self.panel.downwind_requested.connect(lambda: self._arm(self.downwind_tool, self.panel.downwind_button))
        self.panel.latest_wind_requested.connect(self.fetch_latest_wind)
        self.panel.history_requested.connect(self.show_history)
        self.panel.kind.currentIndexChanged.connect(lambda: self.zone_tool.set_colour(_colour(self.panel.zone_kind())))
        canvas.mapToolSet.connect(self._tool_changed)
        session.situation_opened.connect(self._situation_changed)
        session.situation_closed.connect(lambda: self._situation_changed(None))
        session.logged_out.connect(lambda: self._situation_changed(None))
        self._situation_changed(session.situation)

    def tools(self):
        return (self.anchor_tool, self.zone_tool, self.rings_tool, self.downwind_tool)

    def _anchor_kind(self, code: str) -> None:
        self.anchor_tool.kind = code
        self.iface.mapCanvas().setMapTool(self.anchor_tool)

    def _arm(self, tool, button) -> None:
        canvas = self.iface.mapCanvas()
        if button.isChecked():
            canvas.setMapTool(tool)
        elif canvas.mapTool() is tool:
            canvas.unsetMapTool(tool)

    def _tool_changed(self, new_tool, _old_tool=None) -> None:
        for tool, button in (
            (self.zone_tool, self.panel.draw_button),
            (self.rings_tool, self.panel.rings_button),
            (self.downwind_tool, self.panel.downwind_button),
        ):
            button.setChecked(new_tool is tool)
        if new_tool is not self.anchor_tool:
            checked = self.palette.group.checkedButton()
            if checked is not None:
                self.palette.group.setExclusive(False)
                checked.setChecked(False)
                self.palette.group.setExclusive(True)

    def _situation_changed(self, situation) -> None:
        self.banner.show_situation(situation)
        refusal = self.session.why_not_write()
        self.permission.setText(refusal or "")
        self.permission.setVisible(bool(refusal))
        self.tabs.setEnabled(refusal is None)
        if refusal:
            canvas = self.iface.mapCanvas()
            if canvas.mapTool() in self.tools():
                canvas.unsetMapTool(canvas.mapTool())

    def fetch_latest_wind(self) -> None:
        situation_id = self.session.situation_id
        if situation_id is None:
            self.notifier.warning(tr("Open a situation first."))
            return
        client = self.session.client()
        run_task(tr("Latest wind"), lambda: client.latest_wind(situation_id), self._wind, self.notifier.error)

    def _wind(self, observation) -> None:
        if not observation:
            self.notifier.warning(tr("No wind observed at this situation yet; type the wind in."))
            return
        self.panel.set_wind(observation["wind_from_deg"], observation.get("wind_speed_ms"))
        self.notifier.info(
            tr("Wind from {deg:.0f}° at {speed} m/s, observed {when}.").format(
                deg=observation["wind_from_deg"],
                speed=observation.get("wind_speed_ms", "?"),
                when=observation.get("observed_at", ""),
            )
        )

    def show_history(self) -> None:
        if self.session.situation_id is None:
            self.notifier.warning(tr("Open a situation first."))
            return
        self.history = HistoryDialog(self.iface, self.session, self.notifier, self)
        self.history.show()
        self.history.load()

    def unload(self) -> None:
        canvas = self.iface.mapCanvas()
        try:
            canvas.mapToolSet.disconnect(self._tool_changed)
        except TypeError:
            pass
        for tool in self.tools():
            if canvas.mapTool() is tool:
                canvas.unsetMapTool(tool)
            if hasattr(tool, "release"):
                tool.release()
            tool.deleteLater()
        if self.history is not None:
            self.history.release()
            self.history.close()


def _colour(kind: str) -> str:
    return perimeter_kind(kind).fill_colour
