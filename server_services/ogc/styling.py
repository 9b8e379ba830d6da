"""Styles of the published layers: styles/qml/<layer>.qml when present, else a plain default drawn here."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsSvgMarkerSymbolLayer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

from .layers import LayerSpec


class StyleError(RuntimeError):
    """A style file exists but QGIS cannot load it."""


def _served_categories():
    """What the server takes from a QML: how to draw, not the forms. Aliases and value maps would replace
    the column names and codes in OGC API Features output (the contract: field names are column names)."""
    from qgis.core import QgsMapLayer

    categories = QgsMapLayer.StyleCategories()
    for category in (QgsMapLayer.Symbology, QgsMapLayer.Labeling, QgsMapLayer.Rendering, QgsMapLayer.Diagrams,
                     QgsMapLayer.Legend, QgsMapLayer.MapTips, QgsMapLayer.LayerConfiguration):
        categories |= category
    return categories


_SERVED_CATEGORIES = _served_categories()


def apply_style(layer: QgsVectorLayer, spec: LayerSpec, styles_dir: Path, vocabularies: dict) -> str:
    """Style the layer; returns where the style came from."""
    qml = styles_dir / "qml" / f"{spec.name}.qml"
    if qml.exists():
        message, ok = layer.loadNamedStyle(str(qml), categories=_SERVED_CATEGORIES)
        if not ok:
            raise StyleError(f"{qml}: {message}")
        return str(qml)
    default = _DEFAULTS.get(spec.name)
    if default:
        default(layer, styles_dir, vocabularies)
    return "default"


def _labels(layer: QgsVectorLayer, expression: str, size: float = 9, offset_mm: float = 0) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    fmt = QgsTextFormat()
    fmt.setSize(size)
    buffer = fmt.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    if offset_mm:
        settings.dist = offset_mm
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _anchors(layer, styles_dir: Path, vocabularies: dict) -> None:
    categories = []
    for code, pictogram in vocabularies.get("anchor_kinds", []):
        svg = styles_dir / "pictograms" / f"{pictogram}.svg"
        if svg.exists():
            symbol = QgsMarkerSymbol()
            symbol.changeSymbolLayer(0, QgsSvgMarkerSymbolLayer(str(svg), 7.0))
        else:
            symbol = QgsMarkerSymbol.createSimple({"name": "square", "color": "#1f78b4", "size": "4"})
        categories.append(QgsRendererCategory(code, symbol, code))
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))
    _labels(layer, "\"label\"", offset_mm=4)


def _perimeters(layer, styles_dir: Path, vocabularies: dict) -> None:
    categories, order = [], []
    for code, colour, draw_order in vocabularies.get("perimeter_kinds", []):
        fill = QColor(colour)
        fill.setAlpha(90)
        symbol = QgsFillSymbol.createSimple({"color": fill.name(QColor.HexArgb), "outline_color": colour,
                                             "outline_width": "0.6"})
        symbol.symbolLayer(0).setFillColor(fill)
        categories.append(QgsRendererCategory(code, symbol, code))
        order.append(f"WHEN '{code}' THEN {int(draw_order)}")
    renderer = QgsCategorizedSymbolRenderer("kind", categories)
    if order:
        # The red zone is drawn last, on top of the orange and yellow ones it lies in.
        renderer.setOrderBy(QgsFeatureRequest.OrderBy(
            [QgsFeatureRequest.OrderByClause(f"CASE \"kind\" {' '.join(order)} ELSE 0 END", True)]))
        renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)


def _situations(layer, styles_dir: Path, vocabularies: dict) -> None:
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#404040", "outline_width": "0.5",
                                         "outline_style": "dash"})
    layer.renderer().setSymbol(symbol)
    _labels(layer, "if(\"is_exercise\", 'EXERCISE - ' || \"title\", \"title\")", size=10)


def _plan_zones(layer, styles_dir: Path, vocabularies: dict) -> None:
    layer.renderer().setSymbol(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#7b3294", "outline_width": "0.4", "outline_style": "dot"}))


def _points(colour: str, name: str):
    def apply(layer, styles_dir: Path, vocabularies: dict) -> None:
        layer.renderer().setSymbol(QgsMarkerSymbol.createSimple({"name": name, "color": colour, "size": "3"}))
    return apply


_DEFAULTS = {
    "anchors": _anchors,
    "perimeters": _perimeters,
    "situations": _situations,
    "plan_zones": _plan_zones,
    "weather_observations": _points("#3182bd", "triangle"),
    "feed_entries": _points("#636363", "circle"),
}
