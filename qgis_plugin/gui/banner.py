"""The line at the top of every dock naming the open situation; exercises in a colour of their own."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QLabel

from ..core.i18n import tr

EXERCISE_STYLE = "background:#6a3d9a; color:white; font-weight:bold; padding:4px; border-radius:3px;"
REAL_STYLE = "background:#2c5d8f; color:white; font-weight:bold; padding:4px; border-radius:3px;"
NONE_STYLE = "color:#666; padding:4px;"


class SituationBanner(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.show_situation(None)

    def show_situation(self, situation: dict | None) -> None:
        if not situation:
            self.setText(tr("No situation open."))
            self.setStyleSheet(NONE_STYLE)
        elif situation.get("is_exercise"):
            self.setText(tr("EXERCISE — {title}").format(title=situation.get("title", "")))
            self.setStyleSheet(EXERCISE_STYLE)
        else:
            self.setText(situation.get("title", ""))
            self.setStyleSheet(REAL_STYLE)
