"""Feed dock: the open situation's logbook, live, filtered by channel and priority; post and correct entries."""

from __future__ import annotations

import html

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject
from qgis.gui import QgsDockWidget, QgsVertexMarker
from qgis.PyQt.QtCore import QEvent, QSize, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QIcon
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.geometry import WGS84
from ..core.i18n import tr, vocabulary_label
from ..core.resources import icon_path
from ..core.stream import FeedStream
from ..core.tasks import run_task
from ..core.times import brussels_time
from ..definitions.feed import CHANNELS, PRIORITIES
from .banner import SituationBanner
from .map_tools import PointTool

BACKGROUND = {"urgent": QColor("#fbd5d5"), "important": QColor("#fff1c7")}


def entry_html(entry: dict) -> str:
    """A grey line (number, time, channel, priority, author, organisation), then the text."""
    when = brussels_time(entry.get("created_at"))
    author = (entry.get("author") or {}).get("display_name", "")
    organisation = (entry.get("organisation") or {}).get("name", "")
    parts = [f"#{entry.get('id')}", when, vocabulary_label("feed_channels", entry.get("channel"))]
    head = " · ".join(html.escape(p) for p in parts)
    priority = entry.get("priority")
    if priority == "urgent":
        head += f" · <b style='color:#9b0000'>{html.escape(vocabulary_label('feed_priorities', 'urgent').upper())}</b>"
    elif priority == "important":
        head += f" · <b style='color:#8a5a00'>{html.escape(vocabulary_label('feed_priorities', 'important'))}</b>"
    if entry.get("location"):
        head += " · " + html.escape(tr("on the map"))
    who = html.escape(author + (f" ({organisation})" if organisation else ""))
    body = html.escape(entry.get("body", "")).replace("\n", "<br>")
    if entry.get("corrects_id"):
        body = f"<i>{html.escape(tr('Correction of #{id}:').format(id=entry['corrects_id']))}</i> {body}"
    weight = "font-weight:600;" if priority == "urgent" else ""
    if entry.get("is_system"):
        weight += "color:#555; font-style:italic;"
    return f"<span style='color:#555'>{head}<br>{who}</span><br><span style='{weight}'>{body}</span>"


class FeedDock(QgsDockWidget):
    def __init__(self, iface, session, notifier, parent=None):
        super().__init__(tr("Logbook"), parent)
        self.setObjectName("CrisisPlatformFeedDock")
        self.iface, self.session, self.notifier = iface, session, notifier
        self.entries: dict[int, dict] = {}
        self.stream: FeedStream | None = None
        self.location: QgsPointXY | None = None
        self.canvas = iface.mapCanvas()
        self.location_tool = PointTool(self.canvas)  # a click gives the location of the entry being written
        self.marker: QgsVertexMarker | None = None

        body = QWidget()
        layout = QVBoxLayout(body)
        self.banner = SituationBanner()
        layout.addWidget(self.banner)
        top = QHBoxLayout()
        self.channel_filter = QComboBox()
        self.channel_filter.addItem(tr("All channels"), None)
        for channel in CHANNELS:
            self.channel_filter.addItem(vocabulary_label("feed_channels", channel), channel)
        self.priority_filter = QComboBox()
        self.priority_filter.addItem(tr("All priorities"), None)
        for priority in PRIORITIES:
            self.priority_filter.addItem(vocabulary_label("feed_priorities", priority), priority)
        self.live = QLabel()
        top.addWidget(self.channel_filter, 1)
        top.addWidget(self.priority_filter, 1)
        top.addWidget(self.live)
        layout.addLayout(top)

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(1)
        self.list.viewport().installEventFilter(self)
        layout.addWidget(self.list, 1)

        compose = QHBoxLayout()
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(vocabulary_label("feed_channels", channel), channel)
        self.priority = QComboBox()
        for priority in PRIORITIES:
            self.priority.addItem(vocabulary_label("feed_priorities", priority), priority)
        compose.addWidget(self.channel, 1)
        compose.addWidget(self.priority, 1)
        layout.addLayout(compose)
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(tr("What happened, what was decided, what is needed…"))
        self.body.setMaximumHeight(90)
        layout.addWidget(self.body)
        self.correction_label = QLabel()
        self.correction_label.setStyleSheet("color:#8a4b00;")
        self.correction_label.hide()
        layout.addWidget(self.correction_label)
        actions = QHBoxLayout()
        self.location_button = QPushButton(QIcon(icon_path("location")), tr("Location"))
        self.location_button.setCheckable(True)
        self.location_button.setToolTip(tr("Click the map to attach a location to the entry"))
        self.correct_button = QPushButton(tr("Correct selected"))
        self.correct_button.setCheckable(True)
        self.post_button = QPushButton(tr("Post"))
        self.post_button.setDefault(True)
        actions.addWidget(self.location_button)
        actions.addWidget(self.correct_button)
        actions.addStretch(1)
        actions.addWidget(self.post_button)
        layout.addLayout(actions)
        self.setWidget(body)

        self.channel_filter.currentIndexChanged.connect(self.apply_filters)
        self.priority_filter.currentIndexChanged.connect(self.apply_filters)
        self.list.currentItemChanged.connect(self._entry_selected)
        self.location_button.clicked.connect(self._location_clicked)
        self.correct_button.clicked.connect(self._correct_clicked)
        self.post_button.clicked.connect(self.post)
        self.location_tool.picked.connect(self.set_location)
        self.canvas.mapToolSet.connect(self._tool_changed)
        session.situation_opened.connect(self.show_situation)
        session.situation_closed.connect(lambda: self.show_situation(None))
        self.show_situation(session.situation)

    # --- situation and stream ----------------------------------------------------------------------
    def show_situation(self, situation: dict | None) -> None:
        self.stop_stream()
        self.entries.clear()
        self.list.clear()
        self.banner.show_situation(situation)
        self.clear_location()
        self._set_live(None)
        writable = self.session.why_not_write() is None
        for widget in (
            self.channel,
            self.priority,
            self.body,
            self.location_button,
            self.correct_button,
            self.post_button,
        ):
            widget.setEnabled(situation is not None and writable)
        if situation is None:
            return
        client = self.session.client()
        situation_id = int(situation["id"])
        run_task(
            tr("Logbook"),
            lambda: client.feed(situation_id, limit=200),
            lambda page: self._loaded(situation_id, page),
            self.notifier.error,
        )

    def _loaded(self, situation_id: int, page: dict) -> None:
        if self.session.situation_id != situation_id:
            return
        for entry in reversed(page.get("items", [])):
            self.add_entry(entry)
        last = max(self.entries) if self.entries else None
        self.stream = FeedStream(self.session.connection, situation_id, str(last) if last else None, self)
        self.stream.entry_received.connect(self.add_entry)
        self.stream.connected.connect(lambda: self._set_live(True))
        self.stream.connection_lost.connect(self._stream_lost)
        self.stream.authentication_failed.connect(self.notifier.error)
        self.stream.start()

    def _stream_lost(self, message: str) -> None:
        self._set_live(False)
        self.notifier.warning(message)

    def _set_live(self, state: bool | None) -> None:
        if state is None:
            self.live.setText("")
        elif state:
            self.live.setText(f"<span style='color:#1a7f37'>● {tr('Live')}</span>")
        else:
            self.live.setText(f"<span style='color:#b35900'>● {tr('Reconnecting')}</span>")

    def stop_stream(self) -> None:
        if self.stream is not None:
            self.stream.stop()
            self.stream.deleteLater()
            self.stream = None

    # --- the list ----------------------------------------------------------------------------------
    def add_entry(self, entry: dict) -> None:
        """Newest on top; an entry already shown (posted here, then streamed) is not repeated."""
        entry_id = int(entry["id"])
        if entry_id in self.entries or int(entry.get("situation_id", self.session.situation_id or 0)) != (
            self.session.situation_id or 0
        ):
            return
        self.entries[entry_id] = entry
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, entry_id)
        label = QLabel(entry_html(entry))
        label.setWordWrap(True)
        label.setContentsMargins(6, 4, 6, 6)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        priority = entry.get("priority")
        if priority in BACKGROUND:
            item.setBackground(QBrush(BACKGROUND[priority]))
        self._fit(item, label)
        row = 0
        while row < self.list.count() and self.list.item(row).data(Qt.ItemDataRole.UserRole) > entry_id:
            row += 1
        self.list.insertItem(row, item)
        self.list.setItemWidget(item, label)
        item.setHidden(not self._passes(entry))

    def _fit(self, item, label) -> None:
        width = max(200, self.list.viewport().width() - 8)
        item.setSizeHint(QSize(width, label.heightForWidth(width) + 6))

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            for row in range(self.list.count()):
                item = self.list.item(row)
                label = self.list.itemWidget(item)
                if label is not None:
                    self._fit(item, label)
        return super().eventFilter(watched, event)

    def _passes(self, entry: dict) -> bool:
        channel = self.channel_filter.currentData()
        priority = self.priority_filter.currentData()
        return (channel is None or entry.get("channel") == channel) and (
            priority is None or entry.get("priority") == priority
        )

    def apply_filters(self) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not self._passes(self.entries[item.data(Qt.ItemDataRole.UserRole)]))

    def visible_entries(self) -> list[dict]:
        return [
            self.entries[self.list.item(r).data(Qt.ItemDataRole.UserRole)]
            for r in range(self.list.count())
            if not self.list.item(r).isHidden()
        ]

    def _entry_selected(self, item, _previous=None) -> None:
        if item is None:
            return
        entry = self.entries.get(item.data(Qt.ItemDataRole.UserRole), {})
        location = entry.get("location")
        if location and location.get("coordinates"):
            lon, lat = location["coordinates"][:2]
            geometry = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
            geometry.transform(
                QgsCoordinateTransform(WGS84, self.canvas.mapSettings().destinationCrs(), QgsProject.instance())
            )
            self.canvas.flashGeometries([geometry])
        if self.correct_button.isChecked():
            self._correct_clicked()

    # --- composing ---------------------------------------------------------------------------------
    def _location_clicked(self) -> None:
        if self.location_button.isChecked():
            self.canvas.setMapTool(self.location_tool)
        else:
            self.clear_location()

    def _tool_changed(self, new_tool, _old=None) -> None:
        if new_tool is not self.location_tool and self.location is None:
            self.location_button.setChecked(False)

    def set_location(self, point: QgsPointXY) -> None:
        """The entry's location (EPSG:4326), marked on the map."""
        self.location = QgsPointXY(point)
        self.location_button.setChecked(True)
        self.location_button.setText(f"{point.y():.5f}, {point.x():.5f}")
        if self.marker is None:
            self.marker = QgsVertexMarker(self.canvas)
            self.marker.setIconType(QgsVertexMarker.ICON_CIRCLE)
            self.marker.setColor(QColor("#d7191c"))
            self.marker.setIconSize(14)
            self.marker.setPenWidth(3)
        shown = QgsCoordinateTransform(
            WGS84, self.canvas.mapSettings().destinationCrs(), QgsProject.instance()
        ).transform(point)
        self.marker.setCenter(shown)
        self.marker.show()
        if self.canvas.mapTool() is self.location_tool:
            self.canvas.unsetMapTool(self.location_tool)

    def clear_location(self) -> None:
        self.location = None
        self.location_button.setChecked(False)
        self.location_button.setText(tr("Location"))
        if self.marker is not None:
            self.canvas.scene().removeItem(self.marker)
            self.marker = None

    def _correct_clicked(self) -> None:
        item = self.list.currentItem()
        if self.correct_button.isChecked() and item is not None:
            self.correction_label.setText(tr("Correcting entry #{id}").format(id=item.data(Qt.ItemDataRole.UserRole)))
            self.correction_label.show()
        else:
            self.correct_button.setChecked(False)
            self.correction_label.hide()

    def corrects_id(self) -> int | None:
        item = self.list.currentItem()
        if self.correct_button.isChecked() and item is not None:
            return int(item.data(Qt.ItemDataRole.UserRole))
        return None

    def post(self) -> None:
        refusal = self.session.why_not_write()
        if refusal:
            self.notifier.warning(refusal)
            return
        text = self.body.toPlainText().strip()
        if not text:
            self.notifier.warning(tr("Write the entry first."))
            return
        client = self.session.client()
        situation_id = self.session.situation_id
        location = (self.location.x(), self.location.y()) if self.location else None
        args = dict(
            channel=self.channel.currentData(),
            priority=self.priority.currentData(),
            body=text,
            location=location,
            corrects_id=self.corrects_id(),
        )
        self.post_button.setEnabled(False)
        run_task(
            tr("Post feed entry"), lambda: client.post_feed_entry(situation_id, **args), self._posted, self._post_failed
        )

    def _posted(self, entry: dict) -> None:
        self.post_button.setEnabled(True)
        self.add_entry(entry)
        self.body.clear()
        self.clear_location()
        self.correct_button.setChecked(False)
        self.correction_label.hide()
        self.notifier.success(tr("Entry #{id} posted.").format(id=entry.get("id")))

    def _post_failed(self, error) -> None:
        self.post_button.setEnabled(True)
        self.notifier.error(error)

    def unload(self) -> None:
        self.list.viewport().removeEventFilter(self)
        self.stop_stream()
        self.clear_location()
        try:
            self.canvas.mapToolSet.disconnect(self._tool_changed)
        except TypeError:
            pass
        if self.canvas.mapTool() is self.location_tool:
            self.canvas.unsetMapTool(self.location_tool)
        self.location_tool.deleteLater()
