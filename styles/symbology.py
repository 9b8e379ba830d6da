"""Renderers and labels of the published layers, built from styles.definitions."""

from __future__ import annotations

import base64
from collections.abc import Callable

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointPatternFillSymbolLayer,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSvgMarkerSymbolLayer,
    QgsSymbol,
    QgsSymbolLayer,
    QgsTextBackgroundSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QFont

from . import definitions as d

PEN_STYLES = {"solid": Qt.SolidLine, "dash": Qt.DashLine, "dot": Qt.DotLine, "dash dot": Qt.DashDotLine}
MARKER_SHAPES = {
    "circle": QgsSimpleMarkerSymbolLayerBase.Circle,
    "diamond": QgsSimpleMarkerSymbolLayerBase.Diamond,
    "star": QgsSimpleMarkerSymbolLayerBase.Star,
}


def colour(hex_code: str, opacity: float = 1.0) -> QColor:
    c = QColor(hex_code)
    c.setAlphaF(opacity)
    return c


def embedded_svg(relative: str) -> str:
    """An SVG of styles/ as an embedded path: the QML then works on the server, in the plugin and in a zip."""
    return "base64:" + base64.b64encode((d.STYLES_DIR / relative).read_bytes()).decode("ascii")


def linked_svg(relative: str) -> str:
    """An SVG of styles/ as the SLD references it: relative to styles/sld/."""
    return f"../{relative}"


# --- labels -----------------------------------------------------------------------------------------------------


def text_format(size: float, text_colour: str = "#111111", bold: bool = False) -> QgsTextFormat:
    fmt = QgsTextFormat()
    font = QFont(d.FONT_FAMILY)
    font.setBold(bold)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(text_colour))
    # A light box behind the text keeps it readable over the zone fills; a halo (text buffer) does the same
    # but strokes every glyph outline, which made labelling a third of a GetMap's time.
    background = QgsTextBackgroundSettings()
    background.setEnabled(True)
    background.setType(QgsTextBackgroundSettings.ShapeRectangle)
    background.setSizeType(QgsTextBackgroundSettings.SizeBuffer)
    background.setSize(QSizeF(0.6, 0.3))
    background.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    background.setFillColor(QColor(255, 255, 255, 200))
    background.setStrokeWidth(0)
    fmt.setBackground(background)
    return fmt


def labeling(expression: str, fmt: QgsTextFormat, placement, **settings) -> QgsVectorLayerSimpleLabeling:
    s = QgsPalLayerSettings()
    s.fieldName = expression
    s.isExpression = not expression.isidentifier()
    s.setFormat(fmt)
    s.placement = placement
    for name, value in settings.items():
        setattr(s, name, value)
    return QgsVectorLayerSimpleLabeling(s)


# --- symbols ----------------------------------------------------------------------------------------------------


def symbol(cls, layers: list) -> QgsSymbol:
    """A symbol of these layers; appendSymbolLayer hands them to C++ (a layer list in the constructor does not)."""
    made = cls()
    made.deleteSymbolLayer(0)
    for layer in layers:
        made.appendSymbolLayer(layer)
    return made


def simple_marker(
    shape, size: float, fill: QColor, stroke: QColor | None = None, stroke_width: float = 0.4
) -> QgsSimpleMarkerSymbolLayer:
    marker = QgsSimpleMarkerSymbolLayer(shape=shape, size=size, color=fill)
    if stroke is None:
        marker.setStrokeStyle(Qt.NoPen)
    else:
        marker.setStrokeColor(stroke)
        marker.setStrokeWidth(stroke_width)
    return marker


def outline_layer(hex_code: str, width: float, dash: str = "solid") -> QgsSimpleFillSymbolLayer:
    return QgsSimpleFillSymbolLayer(colour(hex_code), Qt.NoBrush, colour(hex_code), PEN_STYLES[dash], width)


def hatch_layer(
    hex_code: str, angle: float, distance: float = 2.5, width: float = 0.35, opacity: float = 1.0
) -> QgsSymbolLayer:
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(angle)
    hatch.setDistance(distance)
    hatch.setSubSymbol(symbol(QgsLineSymbol, [QgsSimpleLineSymbolLayer(colour(hex_code, opacity), width)]))
    hatch.setColor(colour(hex_code, opacity))
    return hatch


def dots_layer(hex_code: str, distance: float = 3.0, opacity: float = 1.0) -> QgsSymbolLayer:
    dots = QgsPointPatternFillSymbolLayer()
    dots.setDistanceX(distance)
    dots.setDistanceY(distance)
    dots.setSubSymbol(
        symbol(QgsMarkerSymbol, [simple_marker(QgsSimpleMarkerSymbolLayerBase.Circle, 1.0, colour(hex_code, opacity))])
    )
    return dots


def perimeter_symbol(kind: d.PerimeterKind, prepared: bool = False) -> QgsFillSymbol:
    """A zone of its kind; prepared in a plan: fills and patterns lighter, a solid edge dashed."""
    share = d.PREPARED_FILL_SHARE if prepared else 1.0
    dash = "dash" if prepared and kind.dash == "solid" else kind.dash
    if kind.look == "zone":
        # A darker edge keeps the yellow zone's border visible on a light background map.
        layers = [
            QgsSimpleFillSymbolLayer(
                colour(kind.colour, d.ZONE_FILL_OPACITY * share),
                Qt.SolidPattern,
                QColor(kind.colour).darker(d.ZONE_EDGE_DARKER),
                PEN_STYLES[dash],
                0.7,
            )
        ]
    elif kind.look == "outline":
        layers = [outline_layer(kind.colour, 0.8, dash)]
    elif kind.look == "hatch":
        layers = [hatch_layer(kind.colour, 45, opacity=share), outline_layer(kind.colour, 0.6, dash)]
    elif kind.look == "crosshatch":
        layers = [
            hatch_layer(kind.colour, 45, opacity=share),
            hatch_layer(kind.colour, 135, opacity=share),
            outline_layer(kind.colour, 0.6, dash),
        ]
    elif kind.look == "dots":
        layers = [dots_layer(kind.colour, opacity=share), outline_layer(kind.colour, 0.6, dash)]
    else:
        raise ValueError(f"unknown perimeter look {kind.look!r}")
    return symbol(QgsFillSymbol, layers)


def anchor_symbol(code: str, path: str, prepared: bool = False) -> QgsMarkerSymbol:
    svg = QgsSvgMarkerSymbolLayer(path, d.PICTOGRAM_SIZE_MM)
    svg.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    svg.setFillColor(QColor())  # the pictograms carry their own colours
    svg.setStrokeColor(QColor())
    if prepared:  # faded, in a dashed ring on a light disc: a place a plan foresees, not one in use
        ring_colour, diameter, width = d.PREPARED_RING
        ring = simple_marker(
            QgsSimpleMarkerSymbolLayerBase.Circle, diameter, colour("#ffffff", 0.6), colour(ring_colour), width
        )
        ring.setStrokeStyle(Qt.DashLine)
        marker = symbol(QgsMarkerSymbol, [ring, svg])
        marker.setOpacity(d.PREPARED_ANCHOR_OPACITY)
        return marker
    marker = symbol(QgsMarkerSymbol, [svg])
    # Planned and inactive places stay visible but fade, so the active picture reads first.
    marker.setDataDefinedProperty(
        QgsSymbol.PropertyOpacity,
        QgsProperty.fromExpression(
            "CASE WHEN \"status\" = 'inactive' THEN 40 WHEN \"status\" = 'planned' THEN 70 ELSE 100 END"
        ),
    )
    return marker


# --- renderers per layer ----------------------------------------------------------------------------------------


def anchors_renderer(svg: Callable[[str], str], prepared: bool = False) -> QgsFeatureRenderer:
    categories = [
        QgsRendererCategory(k.code, anchor_symbol(k.code, svg(f"pictograms/{k.code}.svg"), prepared), k.label)
        for k in d.ANCHOR_KINDS
    ]
    return QgsCategorizedSymbolRenderer("kind", categories)


def perimeters_renderer(prepared: bool = False) -> QgsFeatureRenderer:
    categories = []
    passes = {k.code: rank for rank, k in enumerate(sorted(d.PERIMETER_KINDS, key=lambda k: k.draw_order))}
    for kind in d.PERIMETER_KINDS:
        fill = perimeter_symbol(kind, prepared)
        for i in range(fill.symbolLayerCount()):
            fill.symbolLayer(i).setRenderingPass(passes[kind.code])
        categories.append(QgsRendererCategory(kind.code, fill, kind.label))
    renderer = QgsCategorizedSymbolRenderer("kind", categories)
    # Symbol levels put the red zone on top; the feature order does the same where levels are switched off.
    renderer.setUsingSymbolLevels(True)
    renderer.setOrderBy(
        QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(d.perimeter_draw_order_expression(), True)])
    )
    renderer.setOrderByEnabled(True)
    return renderer


def situations_renderer() -> QgsFeatureRenderer:
    renderer = QgsRuleBasedRenderer(QgsRuleBasedRenderer.Rule(None))
    root = renderer.rootRule()
    root.setRuleKey("root")
    hatched = symbol(
        QgsFillSymbol, [hatch_layer(d.EXERCISE_COLOUR, 45, 3.0, 0.4), outline_layer(d.EXERCISE_COLOUR, 1.0, "dash")]
    )
    exercise = QgsRuleBasedRenderer.Rule(
        hatched, 0, 0, "\"kind\" IN ('exercise', 'test')", "Exercise or test (not real)"
    )
    exercise.setRuleKey("exercise")
    real = QgsRuleBasedRenderer.Rule(
        symbol(QgsFillSymbol, [outline_layer(d.SITUATION_COLOUR, 1.0)]), 0, 0, "", "Incident or event"
    )
    real.setIsElse(True)
    real.setRuleKey("real")
    root.appendChild(exercise)
    root.appendChild(real)
    return renderer


def feed_entry_symbol(priority: str) -> QgsMarkerSymbol:
    shape, hex_code, size = d.FEED_PRIORITY_MARKERS[priority]
    layers = [simple_marker(MARKER_SHAPES[shape], size, colour(hex_code), colour("#ffffff"))]
    if priority == "urgent":
        layers.insert(
            0,
            simple_marker(
                QgsSimpleMarkerSymbolLayerBase.Circle, size + 3.0, colour(hex_code, 0.25), colour(hex_code), 0.6
            ),
        )
    return symbol(QgsMarkerSymbol, layers)


def feed_entries_renderer() -> QgsFeatureRenderer:
    categories = [
        QgsRendererCategory(code, feed_entry_symbol(code), label) for code, label in d.FEED_PRIORITIES.items()
    ]
    renderer = QgsCategorizedSymbolRenderer("priority", categories)
    renderer.setOrderBy(
        QgsFeatureRequest.OrderBy(
            [
                QgsFeatureRequest.OrderByClause(
                    "CASE WHEN \"priority\" = 'urgent' THEN 2 WHEN \"priority\" = 'important' THEN 1 ELSE 0 END", True
                )
            ]
        )
    )
    renderer.setOrderByEnabled(True)
    return renderer


def plan_zones_renderer() -> QgsFeatureRenderer:
    categories = []
    for code, label in d.PLAN_KINDS.items():
        hex_code, dash = d.PLAN_KIND_LOOKS[code]
        fill = QgsSimpleFillSymbolLayer(
            colour(hex_code, 0.08), Qt.SolidPattern, colour(hex_code), PEN_STYLES[dash], 0.8
        )
        categories.append(QgsRendererCategory(code, symbol(QgsFillSymbol, [fill]), label))
    return QgsCategorizedSymbolRenderer("kind", categories)


def weather_renderer(svg: Callable[[str], str]) -> QgsFeatureRenderer:
    renderer = QgsRuleBasedRenderer(QgsRuleBasedRenderer.Rule(None))
    root = renderer.rootRule()
    root.setRuleKey("root")
    arrow = QgsSvgMarkerSymbolLayer(svg(d.WIND_ARROW), d.WIND_ARROW_SIZE_MM)
    arrow.setFillColor(QColor())
    arrow.setStrokeColor(QColor())
    # wind_from_deg is where the wind blows from; the arrow points where it goes (downwind), as a plume does.
    arrow.setDataDefinedProperty(
        QgsSymbolLayer.PropertyAngle, QgsProperty.fromExpression('("wind_from_deg" + 180) % 360')
    )
    wind = QgsRuleBasedRenderer.Rule(
        symbol(QgsMarkerSymbol, [arrow]), 0, 0, '"wind_from_deg" IS NOT NULL', "Wind (arrow points downwind)"
    )
    wind.setRuleKey("wind")
    calm_marker = simple_marker(QgsSimpleMarkerSymbolLayerBase.Circle, 3.0, colour("#ffffff"), colour(d.WIND_COLOUR))
    calm = QgsRuleBasedRenderer.Rule(symbol(QgsMarkerSymbol, [calm_marker]), 0, 0, "", "No wind direction")
    calm.setIsElse(True)
    calm.setRuleKey("calm")
    root.appendChild(wind)
    root.appendChild(calm)
    return renderer


# --- labels per layer -------------------------------------------------------------------------------------------

EXERCISE_LABEL = (
    "CASE WHEN \"kind\" = 'test' THEN 'TEST: ' WHEN \"kind\" = 'exercise' THEN 'EXERCISE: ' ELSE '' END || \"title\""
)
WIND_LABEL = "CASE WHEN \"wind_speed_ms\" IS NOT NULL THEN format_number(\"wind_speed_ms\", 1) || ' m/s' ELSE '' END"


def layer_labeling(name: str) -> QgsVectorLayerSimpleLabeling:
    if name == "anchors":
        return labeling(
            "label",
            text_format(8),
            QgsPalLayerSettings.OrderedPositionsAroundPoint,
            dist=0.5,
            offsetType=QgsPalLayerSettings.FromSymbolBounds,
        )
    if name == "perimeters":
        return labeling("label", text_format(8, bold=True), QgsPalLayerSettings.Horizontal)
    if name == "situations":
        return labeling(EXERCISE_LABEL, text_format(10, "#000000", bold=True), QgsPalLayerSettings.Horizontal)
    if name == "plan_zones":
        return labeling("code", text_format(8, "#333333"), QgsPalLayerSettings.Horizontal)
    if name == "plan_anchors":
        return labeling(
            "label",
            text_format(8, d.PREPARED_LABEL_COLOUR),
            QgsPalLayerSettings.OrderedPositionsAroundPoint,
            dist=0.5,
            offsetType=QgsPalLayerSettings.FromSymbolBounds,
        )
    if name == "plan_perimeters":
        return labeling("label", text_format(8, d.PREPARED_LABEL_COLOUR), QgsPalLayerSettings.Horizontal)
    if name == "weather_observations":
        return labeling(
            WIND_LABEL,
            text_format(8, d.WIND_COLOUR, bold=True),
            QgsPalLayerSettings.OrderedPositionsAroundPoint,
            dist=0.5,
            offsetType=QgsPalLayerSettings.FromSymbolBounds,
        )
    return None


def layer_renderer(name: str, svg: Callable[[str], str] = embedded_svg) -> QgsFeatureRenderer:
    return {
        "anchors": lambda: anchors_renderer(svg),
        "perimeters": perimeters_renderer,
        "situations": situations_renderer,
        "feed_entries": feed_entries_renderer,
        "plan_zones": plan_zones_renderer,
        "plan_anchors": lambda: anchors_renderer(svg, prepared=True),
        "plan_perimeters": lambda: perimeters_renderer(prepared=True),
        "weather_observations": lambda: weather_renderer(svg),
    }[name]()


DISPLAY_EXPRESSIONS = {
    "situations": EXERCISE_LABEL,
    "anchors": 'coalesce(nullif("label", \'\'), "kind")',
    "perimeters": 'coalesce(nullif("label", \'\'), "kind")',
    "feed_entries": 'left("body", 80)',
    "plan_zones": '"code" || \' \' || "title"',
    "plan_anchors": 'coalesce(nullif("label", \'\'), "kind")',
    "plan_perimeters": 'coalesce(nullif("label", \'\'), "kind")',
    "weather_observations": "format_date(\"observed_at\", 'yyyy-MM-dd HH:mm')",
}
