"""New situation: title, kind, phase and description; the area is drawn on the map before."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ..core.i18n import tr, vocabulary_label
from ..definitions.situations import KINDS, PHASES


class SituationDialog(QDialog):
    def __init__(self, area_text: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("New situation"))
        self.setMinimumWidth(420)
        self.title = QLineEdit()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(vocabulary_label("situation_kinds", kind), kind)
        self.phase = QComboBox()
        for phase in PHASES:
            self.phase.addItem(vocabulary_label("coordination_phases", phase), phase)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(100)
        form = QFormLayout()
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Phase"), self.phase)
        form.addRow(tr("Description"), self.description)
        form.addRow(tr("Area"), QLabel(area_text or tr("none")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if len(self.title.text().strip()) < 3:
            self.error.setText(tr("The title needs at least 3 characters."))
            return
        self.accept()

    def values(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "kind": self.kind.currentData(),
            "phase": self.phase.currentData(),
            "description": self.description.toPlainText().strip(),
        }
