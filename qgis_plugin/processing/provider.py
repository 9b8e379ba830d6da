"""The crisis platform's Processing provider."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..core.resources import icon_path
from .count_in_zones import CountInZonesAlgorithm
from .downwind_perimeter import DownwindPerimeterAlgorithm
from .export_situation import ExportSituationAlgorithm
from .import_plan_zones import ImportPlanZonesAlgorithm
from .rings_perimeter import RingsPerimeterAlgorithm


class CrisisPlatformProvider(QgsProcessingProvider):
    def id(self) -> str:
        return "crisis_platform"

    def name(self) -> str:
        return tr("Crisis platform")

    def icon(self) -> QIcon:
        return QIcon(icon_path("crisis_platform"))

    def loadAlgorithms(self) -> None:
        for algorithm in (
            RingsPerimeterAlgorithm(),
            DownwindPerimeterAlgorithm(),
            CountInZonesAlgorithm(),
            ExportSituationAlgorithm(),
            ImportPlanZonesAlgorithm(),
        ):
            self.addAlgorithm(algorithm)
