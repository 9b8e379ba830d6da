"""The settings of the perimeter tools: zone kind and label, ring radii, wind, length and opening."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QColor, QIcon, QPixmap
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr, vocabulary_label
from ..core.resources import icon_path
from ..definitions.perimeter_kinds import DEFAULT_RING_RADII_M, PERIMETER_KINDS


@dataclass
class RingSettings:
    radii: tuple[float, float, float]
    rings: bool


@dataclass
class DownwindSettings:
    wind_from_deg: float
    wind_speed_ms: float
    length_m: float
    opening_deg: float
    kind: str


def _spin(minimum: float, maximum: float, value: float, suffix: str, decimals: int = 0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(minimum, maximum)
    spin.setDecimals(decimals)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def kind_combo(default: str = "red") -> QComboBox:
    combo = QComboBox()
    for kind in PERIMETER_KINDS:
        swatch = QPixmap(14, 14)
        swatch.fill(QColor(kind.fill_colour))
        combo.addItem(QIcon(swatch), vocabulary_label("perimeter_kinds", kind.code), kind.code)
    combo.setCurrentIndex(combo.findData(default))
    # Long labels must not widen the dock: the combo shows what fits, the list shows all.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    return combo


class PerimeterPanel(QWidget):
    """Buttons arm the map tools; the tools read their settings from here."""

    draw_zone_requested = pyqtSignal()
    rings_requested = pyqtSignal()
    downwind_requested = pyqtSignal()
    latest_wind_requested = pyqtSignal()
    history_requested = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        common = QFormLayout()
        self.kind = kind_combo("red")
        self.label = QLineEdit()
        self.label.setPlaceholderText(tr("e.g. chlorine leak, first estimate"))
        self.replace = QCheckBox(tr("Redraw the existing zone of this kind"))
        self.replace.setToolTip(tr("The zone of the same kind is redrawn; its earlier shape stays in the history"))
        common.addRow(tr("Zone kind"), self.kind)
        common.addRow(tr("Label"), self.label)
        layout.addLayout(common)
        layout.addWidget(self.replace)
        self.draw_button = self._button(tr("Draw zone"), "zone", self.draw_zone_requested)
        layout.addWidget(self.draw_button)

        rings_box = QGroupBox(tr("Rings around a point"))
        rings = QFormLayout(rings_box)
        self.red_radius = _spin(1, 100000, DEFAULT_RING_RADII_M[0], " m")
        self.orange_radius = _spin(1, 100000, DEFAULT_RING_RADII_M[1], " m")
        self.yellow_radius = _spin(1, 100000, DEFAULT_RING_RADII_M[2], " m")
        self.as_rings = QCheckBox(tr("Orange and yellow as rings (else discs)"))
        self.as_rings.setChecked(True)
        rings.addRow(tr("Red radius"), self.red_radius)
        rings.addRow(tr("Orange radius"), self.orange_radius)
        rings.addRow(tr("Yellow radius"), self.yellow_radius)
        rings.addRow(self.as_rings)
        self.rings_button = self._button(tr("Place rings"), "rings", self.rings_requested)
        rings.addRow(self.rings_button)
        layout.addWidget(rings_box)

        wind_box = QGroupBox(tr("Downwind zone"))
        wind = QFormLayout(wind_box)
        self.wind_from = _spin(0, 360, 270, " °")
        self.wind_speed = _spin(0, 60, 3, " m/s", 1)
        self.latest_wind = QPushButton(tr("Use the latest observed wind"))
        self.latest_wind.setToolTip(tr("Fill in the latest wind observed at the situation"))
        self.latest_wind.clicked.connect(self.latest_wind_requested)
        row = QHBoxLayout()
        row.addWidget(self.wind_from)
        row.addWidget(self.wind_speed)
        self.length = _spin(10, 100000, 2000, " m")
        self.opening = _spin(1, 359, 60, " °")
        self.downwind_kind = kind_combo("yellow")
        wind.addRow(tr("Wind from / speed"), row)
        wind.addRow(self.latest_wind)
        wind.addRow(tr("Length"), self.length)
        wind.addRow(tr("Opening angle"), self.opening)
        wind.addRow(tr("Zone kind"), self.downwind_kind)
        self.downwind_button = self._button(tr("Place downwind zone"), "downwind", self.downwind_requested)
        wind.addRow(self.downwind_button)
        layout.addWidget(wind_box)

        self.history_button = QPushButton(QIcon(icon_path("history")), tr("Perimeter history…"))
        self.history_button.clicked.connect(self.history_requested)
        layout.addWidget(self.history_button)
        layout.addStretch(1)

    def _button(self, text: str, icon: str, signal) -> QPushButton:
        button = QPushButton(QIcon(icon_path(icon)), text)
        button.setCheckable(True)
        button.clicked.connect(signal)
        return button

    # --- what the tools read ---------------------------------------------------------------------
    def zone_kind(self) -> str:
        return self.kind.currentData()

    def zone_label(self) -> str:
        return self.label.text().strip()

    def ring_settings(self) -> RingSettings:
        return RingSettings(
            (self.red_radius.value(), self.orange_radius.value(), self.yellow_radius.value()), self.as_rings.isChecked()
        )

    def downwind_settings(self) -> DownwindSettings:
        return DownwindSettings(
            self.wind_from.value(),
            self.wind_speed.value(),
            self.length.value(),
            self.opening.value(),
            self.downwind_kind.currentData(),
        )

    def set_wind(self, wind_from_deg: float, wind_speed_ms: float | None) -> None:
        self.wind_from.setValue(float(wind_from_deg))
        if wind_speed_ms is not None:
            self.wind_speed.setValue(float(wind_speed_ms))
