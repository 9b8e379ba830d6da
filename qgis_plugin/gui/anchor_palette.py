"""A palette of the pictograms of every anchor kind: pick one, then click the map."""

from __future__ import annotations

from qgis.PyQt.QtCore import QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QButtonGroup, QGridLayout, QToolButton, QWidget

from ..core.i18n import vocabulary_label
from ..core.resources import icon_path, pictogram_path
from ..definitions.anchor_kinds import ANCHOR_KINDS

COLUMNS = 3


class AnchorPalette(QWidget):
    kind_selected = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for n, kind in enumerate(ANCHOR_KINDS):
            button = QToolButton()
            path = pictogram_path(kind.pictogram)
            button.setIcon(QIcon(str(path) if path.exists() else icon_path("anchor")))
            button.setIconSize(QSize(32, 32))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setText(_short(vocabulary_label("anchor_kinds", kind.code)))
            button.setToolTip(vocabulary_label("anchor_kinds", kind.code))
            button.setMinimumWidth(110)
            button.setMaximumWidth(150)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            button.setFont(font)
            button.setObjectName(f"anchor_{kind.code}")
            button.clicked.connect(lambda _checked=False, code=kind.code: self.kind_selected.emit(code))
            self.group.addButton(button)
            self.buttons[kind.code] = button
            grid.addWidget(button, n // COLUMNS, n % COLUMNS)

    def select(self, code: str) -> None:
        self.buttons[code].setChecked(True)
        self.kind_selected.emit(code)


def _short(label: str, width: int = 14) -> str:
    """The label cut to fit under a pictogram (the tooltip has it whole)."""
    text = label.split("(")[0].strip()
    if len(text) <= width:
        return text
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) + 1 > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines[:2]) + ("…" if len(lines) > 2 else "")
