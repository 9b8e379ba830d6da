"""What the plugin's algorithms share: translated names, the group, the zone output fields."""

from __future__ import annotations

from qgis.core import QgsField, QgsFields, QgsProcessingAlgorithm
from qgis.PyQt.QtCore import QVariant

from ..core.i18n import tr


class PlatformAlgorithm(QgsProcessingAlgorithm):
    """Base: subclasses set NAME, TITLE (English, translated here) and HELP."""

    NAME = ""
    TITLE = ""
    HELP = ""

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:
        return tr(self.TITLE)

    def group(self) -> str:
        return tr("Situations")

    def groupId(self) -> str:
        return "situations"

    def shortHelpString(self) -> str:
        return tr(self.HELP)

    def createInstance(self):
        return type(self)()


def zone_fields() -> QgsFields:
    """Fields of generated zones: what the perimeters layer takes, plus the sizes they were made with."""
    fields = QgsFields()
    fields.append(QgsField("kind", QVariant.String))
    fields.append(QgsField("label", QVariant.String))
    fields.append(QgsField("inner_radius_m", QVariant.Double))
    fields.append(QgsField("outer_radius_m", QVariant.Double))
    return fields
