"""Preview sheets to look at: every pictogram at 24 and 64 px, and a situation rendered with the committed QML."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from . import definitions as d
from .build_styles import qgis_app

# A chemical-leak-like scene in the port of Antwerp, in Web Mercator metres around the hazard source.
ORIGIN_3857 = (478_700.0, 6_672_300.0)
ZONES = (("yellow", 1100, 500), ("orange", 620, 280), ("red", 260, 110))  # kind, radius, shift downwind (east)
ANCHOR_OFFSETS = {
    "incident_origin": (0, 0),
    "pc_ops": (-420, 330),
    "coordination_committee": (-1500, 950),
    "advanced_medical_post": (-900, -250),
    "triage_point": (-560, -80),
    "ambulance_park": (-1000, -560),
    "reception_centre": (-1550, -300),
    "evacuation_centre": (-1650, 300),
    "regroupment_point": (-750, 620),
    "staging_area": (-1150, 400),
    "press_point": (-1350, 820),
    "helicopter_landing_zone": (-1300, -900),
    "decontamination_point": (-320, -260),
    "road_block": (-580, 900),
}
ZONE_TINTS = ("#ffffff", "#f2efe9", "#ec8351", "#faca74", "#fff2ae", "#333333")


def svg_sheet(path: Path) -> Path:
    """Every pictogram at 24 px on light, zone-tinted and dark grounds, and at 64 px."""
    from qgis.PyQt.QtCore import QRectF, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer

    row, cell, text_width = 76, 34, 300
    width = len(ZONE_TINTS) * cell + 2 * 76 + text_width
    image = QImage(width, row * len(d.ANCHOR_KINDS), QImage.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setFont(QFont(d.FONT_FAMILY, 10))
    for i, kind in enumerate(d.ANCHOR_KINDS):
        svg = QSvgRenderer(str(d.PICTOGRAMS_DIR / f"{kind.code}.svg"))
        top = i * row
        for j, tint in enumerate(ZONE_TINTS):
            painter.fillRect(j * cell, top, cell, row, QColor(tint))
            svg.render(painter, QRectF(j * cell + 5, top + 26, 24, 24))
        x = len(ZONE_TINTS) * cell
        painter.fillRect(x, top, 76, row, QColor("#f2efe9"))
        svg.render(painter, QRectF(x + 6, top + 6, 64, 64))
        painter.fillRect(x + 76, top, 76, row, QColor("#ec8351"))
        svg.render(painter, QRectF(x + 82, top + 6, 64, 64))
        painter.setPen(QColor("#111111"))
        painter.drawText(
            QRectF(x + 160, top, text_width - 8, row), Qt.AlignVCenter | Qt.TextWordWrap, f"{kind.code}\n{kind.label}"
        )
    painter.end()
    image.save(str(path))
    return path


def scene_layers() -> list:
    """Memory layers styled with the committed QML, holding a small made-up situation."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
    )

    from .forms import memory_layer

    to_wgs84 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:3857"), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    ox, oy = ORIGIN_3857

    def point(dx: float, dy: float) -> QgsGeometry:
        geom = QgsGeometry.fromPointXY(QgsPointXY(ox + dx, oy + dy))
        geom.transform(to_wgs84)
        return geom

    def disc(dx: float, dy: float, radius: float) -> QgsGeometry:
        geom = QgsGeometry.fromPointXY(QgsPointXY(ox + dx, oy + dy)).buffer(radius, 24)
        geom.convertToMultiType()
        geom.transform(to_wgs84)
        return geom

    def box(x0: float, y0: float, x1: float, y1: float) -> QgsGeometry:
        geom = QgsGeometry.fromWkt(
            f"MULTIPOLYGON((({ox + x0} {oy + y0},{ox + x1} {oy + y0},{ox + x1} {oy + y1},"
            f"{ox + x0} {oy + y1},{ox + x0} {oy + y0})))"
        )
        geom.transform(to_wgs84)
        return geom

    rows = {
        "situations": [
            (box(-1900, -1250, 1900, 1250), {"kind": "incident", "title": "Chlorine leak, port"}),
            (box(2050, -1250, 3300, 1250), {"kind": "exercise", "title": "Seveso drill"}),
        ],
        "perimeters": [
            (disc(shift, 0, radius), {"kind": kind, "label": kind.capitalize() + " zone"})
            for kind, radius, shift in ZONES
        ]
        + [
            (box(2150, 700, 3200, 1150), {"kind": "emergency_planning_zone", "label": "EPZ"}),
            (box(2150, 150, 3200, 600), {"kind": "intervention_zone", "label": "Intervention"}),
            (box(2150, -400, 3200, 50), {"kind": "evacuation", "label": "Evacuation"}),
            (box(2150, -950, 3200, -500), {"kind": "sheltering", "label": "Sheltering"}),
            (box(1250, -1200, 1900, -700), {"kind": "traffic_diversion", "label": "Diversion"}),
        ],
        "anchors": [
            (point(*ANCHOR_OFFSETS[k.code]), {"kind": k.code, "label": k.label.split(" (")[0], "status": "active"})
            for k in d.ANCHOR_KINDS
        ],
        "feed_entries": [
            (point(300, -800), {"priority": "info", "body": "Info"}),
            (point(600, -800), {"priority": "important", "body": "Important"}),
            (point(900, -800), {"priority": "urgent", "body": "Urgent"}),
        ],
        "weather_observations": [(point(-1500, -1050), {"wind_from_deg": 250.0, "wind_speed_ms": 6.4})],
    }
    layers = []
    for name in ("situations", "perimeters", "feed_entries", "weather_observations", "anchors"):
        layer = memory_layer(d.LAYERS_BY_NAME[name])
        message, ok = layer.loadNamedStyle(str(d.QML_DIR / f"{name}.qml"))
        if not ok:
            raise RuntimeError(f"{name}.qml: {message}")
        features = []
        for geom, values in rows[name]:
            feature = QgsFeature(layer.fields())
            feature.setGeometry(geom)
            for field_name, value in values.items():
                feature[field_name] = value
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        layers.append(layer)
    return layers


def render(layers: list, extent, size=(1024, 768), crs: str = "EPSG:3857", background: str = "#f2efe9"):
    """The layers (topmost first in the list) drawn into a QImage by QGIS's map renderer."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(crs))
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor(background))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def scene(path: Path) -> Path:
    from qgis.core import QgsRectangle

    ox, oy = ORIGIN_3857
    layers = scene_layers()
    image = render(list(reversed(layers)), QgsRectangle(ox - 2000, oy - 1400, ox + 3400, oy + 1400))
    image.save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--pictograms",
        type=Path,
        help="the pictogram sheet to write (default: pictograms.png in a new folder of the system's temporary folder)",
    )
    parser.add_argument(
        "--scene", type=Path, help="the rendered situation to write (default: perimeters.png, likewise)"
    )
    args = parser.parse_args(argv)
    # A folder made for this run, where no other user can have put a file or a link first (a fixed /tmp path can).
    folder = Path(tempfile.mkdtemp(prefix="crisis-preview-")) if not (args.pictograms and args.scene) else None
    qgis_app()
    print(svg_sheet(args.pictograms or folder / "pictograms.png"))
    print(scene(args.scene or folder / "perimeters.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
