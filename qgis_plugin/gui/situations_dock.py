"""Situations dock: the situations the user may see, filtered; open one (its layers), create one, save its CAP
alert (made in core.alerts)."""

from __future__ import annotations

import html

from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QSize, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QIcon
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import alerts, layers, permissions
from ..core.geometry import METRIC, WGS84, as_multipolygon, geojson, transform
from ..core.i18n import tr, vocabulary_label
from ..core.resources import icon_path
from ..core.tasks import run_task
from ..definitions.situations import KINDS, PHASES, STATUSES
from .banner import SituationBanner
from .map_tools import PolygonTool
from .situation_dialog import SituationDialog

EXERCISE_BACKGROUND = QColor("#ece2f6")


def situation_html(situation: dict) -> str:
    """Two lines: the title (marked when an exercise), then kind, status, phase and owner."""
    title = html.escape(situation.get("title", ""))
    kind = vocabulary_label("situation_kinds", situation.get("kind"))
    details = " · ".join(
        [
            f"<b style='color:#6a3d9a'>{html.escape(kind.upper())}</b>"
            if situation.get("is_exercise")
            else html.escape(kind),
            html.escape(vocabulary_label("situation_statuses", situation.get("status"))),
            html.escape(vocabulary_label("coordination_phases", situation.get("phase"))),
            html.escape((situation.get("owner_organisation") or {}).get("name", "")),
        ]
    )
    if situation.get("is_exercise"):
        title = html.escape(tr("[EXERCISE] {title}").format(title=situation.get("title", "")))
    return f"<b>{title}</b><br><span style='color:#555'>{details}</span>"


def _combo(all_label: str, codes, vocabulary: str, default: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(all_label, None)
    for code in codes:
        combo.addItem(vocabulary_label(vocabulary, code), code)
    if default:
        combo.setCurrentIndex(combo.findData(default))
    return combo


class SituationsDock(QgsDockWidget):
    """Emits `login_requested` when the user asks to log in; `cap_alert_saved(path)` once an alert is written."""

    login_requested = pyqtSignal()
    cap_alert_saved = pyqtSignal(str)

    def __init__(self, iface, session, notifier, parent=None):
        super().__init__(tr("Situations"), parent)
        self.setObjectName("CrisisPlatformSituationsDock")
        self.iface, self.session, self.notifier = iface, session, notifier
        self.situations: list[dict] = []
        self.loading = False
        self.area_tool = PolygonTool(iface.mapCanvas(), "#2c5d8f")
        self.area_tool.captured.connect(self._area_drawn)

        body = QWidget()
        layout = QVBoxLayout(body)
        account = QHBoxLayout()
        self.user_label = QLabel()
        self.user_label.setWordWrap(True)
        self.login_button = QPushButton(QIcon(icon_path("login")), tr("Log in…"))
        account.addWidget(self.user_label, 1)
        account.addWidget(self.login_button)
        layout.addLayout(account)

        filters = QHBoxLayout()
        self.kind_filter = _combo(tr("All kinds"), KINDS, "situation_kinds")
        self.status_filter = _combo(tr("All statuses"), STATUSES, "situation_statuses", "active")
        self.phase_filter = _combo(tr("All phases"), PHASES, "coordination_phases")
        for combo in (self.kind_filter, self.status_filter, self.phase_filter):
            combo.currentIndexChanged.connect(self.refresh)
            filters.addWidget(combo)
        layout.addLayout(filters)
        search = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Search titles and descriptions"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        search.addWidget(self.search, 1)
        search.addWidget(self.refresh_button)
        layout.addLayout(search)

        self.tree = QListWidget()
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.tree, 1)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color:#666;")
        layout.addWidget(self.count_label)

        self.banner = SituationBanner()
        layout.addWidget(self.banner)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(tr("Open"))
        self.close_button = QPushButton(tr("Close"))
        self.new_button = QPushButton(tr("New…"))
        self.new_button.setToolTip(tr("Draw the area of a new situation on the map (right click ends it)"))
        self.cap_button = QPushButton(QIcon(icon_path("cap")), tr("CAP alert…"))
        self.cap_button.setToolTip(tr("Save a CAP 1.2 alert with the red, orange and yellow zones"))
        for button in (self.open_button, self.close_button, self.new_button, self.cap_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.setWidget(body)

        self.login_button.clicked.connect(self._login_clicked)
        self.open_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.close_situation)
        self.new_button.clicked.connect(self.start_new_situation)
        self.cap_button.clicked.connect(self.save_cap_alert)
        session.logged_in.connect(self._logged_in)
        session.logged_out.connect(self._logged_out)
        session.situation_opened.connect(self._situation_opened)
        session.situation_closed.connect(lambda: self.banner.show_situation(None))
        self._logged_out()

    # --- account -----------------------------------------------------------------------------------
    def _login_clicked(self) -> None:
        if self.session.is_logged_in:
            self.session.log_out()
        else:
            self.login_requested.emit()

    def _logged_in(self, user: dict) -> None:
        self.user_label.setText(
            tr("<b>{name}</b><br>{organisation} · {role}").format(
                name=user.get("display_name", ""),
                organisation=(user.get("organisation") or {}).get("name", ""),
                role=user.get("role", ""),
            )
        )
        self.login_button.setText(tr("Log out"))
        self.refresh()

    def _logged_out(self) -> None:
        self.user_label.setText(tr("Not logged in."))
        self.login_button.setText(tr("Log in…"))
        self.situations = []
        self.tree.clear()
        self.count_label.setText("")
        self._update_buttons()

    # --- the list ----------------------------------------------------------------------------------
    def filters(self) -> dict:
        return {
            "kind": self.kind_filter.currentData(),
            "status": self.status_filter.currentData(),
            "phase": self.phase_filter.currentData(),
            "q": self.search.text().strip() or None,
        }

    def refresh(self) -> None:
        if not self.session.is_logged_in:
            return
        client = self.session.client()
        filters = self.filters()
        self.loading = True
        self.count_label.setText(tr("Loading…"))
        run_task(tr("Situations"), lambda: client.all_situations(**filters), self.show_situations, self._failed)

    def _failed(self, error) -> None:
        self.loading = False
        self.count_label.setText("")
        self.notifier.error(error)

    def show_situations(self, situations: list[dict]) -> None:
        self.loading = False
        self.situations = situations
        self.tree.clear()
        for situation in situations:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, situation["id"])
            label = QLabel(situation_html(situation))
            label.setWordWrap(True)
            label.setContentsMargins(6, 4, 6, 4)
            label.setToolTip(html.escape(situation.get("description", "")[:400]))
            if situation.get("is_exercise"):
                item.setBackground(QBrush(EXERCISE_BACKGROUND))
            item.setSizeHint(QSize(100, label.sizeHint().height() + 4))
            self.tree.addItem(item)
            self.tree.setItemWidget(item, label)
        self.count_label.setText(tr("{n} situation(s)").format(n=len(situations)))
        self._update_buttons()

    def item_text(self, situation_id: int) -> str:
        """The text shown for a situation in the list (plain)."""
        for n in range(self.tree.count()):
            item = self.tree.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == situation_id:
                return self.tree.itemWidget(item).text()
        return ""

    def selected_situation(self) -> dict | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        wanted = items[0].data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.situations if s["id"] == wanted), None)

    def select(self, situation_id: int) -> None:
        for n in range(self.tree.count()):
            item = self.tree.item(n)
            if item.data(Qt.ItemDataRole.UserRole) == situation_id:
                self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        logged_in = self.session.is_logged_in
        self.open_button.setEnabled(self.selected_situation() is not None)
        self.close_button.setEnabled(self.session.situation is not None)
        self.new_button.setEnabled(permissions.can_create_situation(self.session.user))
        self.cap_button.setEnabled(logged_in and self.session.situation is not None)
        for widget in (self.kind_filter, self.status_filter, self.phase_filter, self.search, self.refresh_button):
            widget.setEnabled(logged_in)

    # --- open / close ------------------------------------------------------------------------------
    def open_selected(self) -> None:
        situation = self.selected_situation()
        if situation is not None:
            self.open_situation(situation)

    def open_situation(self, situation: dict) -> None:
        """Build its layers in a background task, then add them in a group and zoom to its area."""
        if self.session.situation and self.session.situation_id != situation["id"]:
            self.close_situation()
        connection = self.session.connection
        self.count_label.setText(tr("Opening {title}…").format(title=situation.get("title", "")))
        run_task(
            tr("Open situation"),
            lambda: layers.build_situation_layers(connection, situation),
            lambda built: self._layers_built(situation, built),
            self._failed,
        )

    def _layers_built(self, situation: dict, built: list) -> None:
        project = QgsProject.instance()
        layers.add_situation_layers(project, situation, built)
        self.count_label.setText(tr("{n} situation(s)").format(n=len(self.situations)))
        missing = len({spec.typename for spec in layers.SITUATION_LAYERS} - {spec.typename for spec, _layer in built})
        if missing:
            self.notifier.warning(tr("{n} layer(s) of the situation could not be loaded.").format(n=missing))
        self.session.open_situation(situation)
        # After QGIS's layer-tree bridge has set the canvas up for the new layers (it may zoom to the first).
        QTimer.singleShot(0, lambda: self.zoom_to(situation))

    def zoom_to(self, situation: dict) -> None:
        bbox = situation.get("bbox")
        if not bbox:
            return
        canvas = self.iface.mapCanvas()
        extent = QgsRectangle(*bbox)
        transform = QgsCoordinateTransform(WGS84, canvas.mapSettings().destinationCrs(), QgsProject.instance())
        extent = transform.transformBoundingBox(extent)
        extent.scale(1.1)
        canvas.setExtent(extent)
        canvas.refresh()

    def _situation_opened(self, situation: dict) -> None:
        self.banner.show_situation(situation)
        self._update_buttons()

    def close_situation(self) -> None:
        if self.session.situation is None:
            return
        layers.close_situation_layers(QgsProject.instance(), self.session.situation_id)
        self.session.close_situation()
        self._update_buttons()

    # --- new situation -----------------------------------------------------------------------------
    def start_new_situation(self) -> None:
        self.notifier.info(tr("Click the corners of the area on the map; right click ends it."))
        self.iface.mapCanvas().setMapTool(self.area_tool)

    def ask_situation_details(self, area_text: str) -> dict | None:
        """Title, kind, phase and description typed by the user; None when cancelled."""
        dialog = SituationDialog(area_text, self)
        if dialog.exec() != SituationDialog.DialogCode.Accepted:
            return None
        return dialog.values()

    def _area_drawn(self, area) -> None:
        self.iface.mapCanvas().unsetMapTool(self.area_tool)
        hectares = transform(area, WGS84, METRIC).area() / 10000.0
        values = self.ask_situation_details(tr("{ha:.1f} ha drawn on the map").format(ha=hectares))
        if values is not None:
            self.create_situation(values, geojson(as_multipolygon(area)))

    def create_situation(self, values: dict, area: dict | None) -> None:
        client = self.session.client()
        run_task(
            tr("New situation"),
            lambda: client.create_situation(area=area, **values),
            self._created,
            self.notifier.error,
        )

    def _created(self, situation: dict) -> None:
        self.notifier.success(tr("Situation “{title}” created.").format(title=situation.get("title", "")))
        self.situations.append(situation)
        self.show_situations(self.situations)
        self.select(situation["id"])

    # --- CAP ---------------------------------------------------------------------------------------
    def ask_cap_path(self) -> str | None:
        """Where to save the alert, chosen by the user; None when cancelled."""
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save CAP alert"), "alert.xml", tr("CAP (*.xml)"))
        return path or None

    def save_cap_alert(self):
        """Read the open situation's zones, build the CAP 1.2 alert and write it, in a task (returned)."""
        situation = self.session.situation
        if situation is None:
            self.notifier.warning(tr("Open a situation first."))
            return None
        path = self.ask_cap_path()
        if not path:
            return None
        connection, sender = self.session.connection, (self.session.user or {}).get("email", "")
        task = run_task(tr("CAP alert"), lambda: str(alerts.save_alert(connection, situation, path, sender)))
        task.succeeded.connect(self._cap_saved)
        task.failed.connect(self.notifier.error)
        return task

    def _cap_saved(self, path: str) -> None:
        self.notifier.success(tr("CAP alert saved to {path}.").format(path=path))
        self.cap_alert_saved.emit(path)

    def unload(self) -> None:
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.area_tool:
            canvas.unsetMapTool(self.area_tool)
        self.area_tool.release()
        self.area_tool.deleteLater()
