"""What QGIS draws with the committed QML: nested zones with red on top, pictograms over them, wind, exercises."""

from __future__ import annotations

import pytest

from styles import definitions as d
from styles.forms import memory_layer

CENTRE = (478_700.0, 6_672_300.0)  # Web Mercator metres, port of Antwerp
SIZE = 240  # pixels, for 2,400 m: 10 m a pixel


def layer_with(name: str, rows: list[tuple[str, dict]]):
    """A memory layer styled by the committed QML, holding WKT geometries in EPSG:3857 (stored as 4326)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsGeometry,
        QgsProject,
    )

    layer = memory_layer(d.LAYERS_BY_NAME[name])
    message, ok = layer.loadNamedStyle(str(d.QML_DIR / f"{name}.qml"))
    assert ok, message
    to_wgs84 = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:3857"), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    features = []
    for wkt, values in rows:
        geometry = QgsGeometry.fromWkt(wkt)
        geometry.transform(to_wgs84)
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        for field, value in values.items():
            feature[field] = value
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    layer.updateExtents()
    return layer


def disc(radius: float, dx: float = 0.0, dy: float = 0.0) -> str:
    from qgis.core import QgsGeometry, QgsPointXY

    geometry = QgsGeometry.fromPointXY(QgsPointXY(CENTRE[0] + dx, CENTRE[1] + dy)).buffer(radius, 32)
    geometry.convertToMultiType()
    return geometry.asWkt()


def point(dx: float = 0.0, dy: float = 0.0) -> str:
    return f"POINT({CENTRE[0] + dx} {CENTRE[1] + dy})"


def square(x0: float, y0: float, x1: float, y1: float) -> str:
    cx, cy = CENTRE
    return (
        f"MULTIPOLYGON((({cx + x0} {cy + y0},{cx + x1} {cy + y0},{cx + x1} {cy + y1},{cx + x0} {cy + y1},"
        f"{cx + x0} {cy + y0})))"
    )


def render(*layers):
    """Draw the layers (first on top) over white, 96 dpi, the 2,400 m square around CENTRE."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    half = SIZE * 10 / 2
    settings.setExtent(QgsRectangle(CENTRE[0] - half, CENTRE[1] - half, CENTRE[0] + half, CENTRE[1] + half))
    settings.setOutputSize(QSize(SIZE, SIZE))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("#ffffff"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def pixel_at(image, dx_m: float, dy_m: float) -> tuple[int, int, int]:
    colour = image.pixelColor(int(SIZE / 2 + dx_m / 10), int(SIZE / 2 - dy_m / 10))
    return colour.red(), colour.green(), colour.blue()


def over(base: tuple, hex_colour: str, alpha: float) -> tuple:
    top = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(alpha * t + (1 - alpha) * b for t, b in zip(top, base, strict=True))


def distance(a: tuple, b: tuple) -> float:
    return max(abs(x - y) for x, y in zip(a, b, strict=True))


@pytest.fixture(scope="module")
def zone_colours(admin_conn_module):
    return dict(admin_conn_module.execute("SELECT code, fill_colour FROM crisis.perimeter_kinds"))


@pytest.fixture(scope="module")
def admin_conn_module(database):
    import psycopg

    with psycopg.connect(database.admin_url) as conn:
        yield conn


def test_nested_zones_show_red_on_top_of_orange_on_top_of_yellow(qgis_app, zone_colours):
    # Stored red first, so only the style's ordering can bring it on top.
    zones = [
        (disc(250), {"kind": "red", "label": ""}),
        (disc(600), {"kind": "orange", "label": ""}),
        (disc(1000), {"kind": "yellow", "label": ""}),
    ]
    image = render(layer_with("perimeters", zones))
    alpha = d.ZONE_FILL_OPACITY
    white = (255, 255, 255)
    yellow = over(white, zone_colours["yellow"], alpha)
    orange = over(yellow, zone_colours["orange"], alpha)
    red = over(orange, zone_colours["red"], alpha)
    red_underneath = over(
        over(over(white, zone_colours["red"], alpha), zone_colours["orange"], alpha), zone_colours["yellow"], alpha
    )
    assert distance(pixel_at(image, 800, 0), yellow) <= 6
    assert distance(pixel_at(image, 0, 420), orange) <= 6
    inside_red = pixel_at(image, -100, -50)
    assert distance(inside_red, red) <= 6
    assert distance(inside_red, red_underneath) >= 25
    assert inside_red[0] - inside_red[1] >= 80  # reddish
    assert pixel_at(image, 1150, 1150) == white


def count(image, x0: int, y0: int, x1: int, y1: int, test) -> int:
    return sum(1 for x in range(x0, x1) for y in range(y0, y1) if test(image.pixelColor(x, y)))


def test_pictograms_stand_out_over_the_red_zone(qgis_app):
    zones = layer_with("perimeters", [(disc(1000), {"kind": "red", "label": ""})])
    anchors = layer_with(
        "anchors",
        [
            (point(-400, 0), {"kind": "pc_ops", "label": "", "status": "active"}),
            (point(400, 0), {"kind": "incident_origin", "label": "", "status": "active"}),
        ],
    )
    image = render(anchors, zones)
    c = SIZE // 2
    navy = count(image, c - 52, c - 12, c - 28, c + 12, lambda p: p.blue() > 90 and p.red() < 60 and p.green() < 60)
    yellow = count(image, c + 28, c - 12, c + 52, c + 12, lambda p: p.red() > 220 and p.green() > 190 and p.blue() < 80)
    white = count(image, c - 52, c - 12, c - 28, c + 12, lambda p: min(p.red(), p.green(), p.blue()) > 235)
    assert navy >= 120  # the PC-Ops square is drawn at its 24 px size
    assert yellow >= 60  # the hazard triangle
    assert white >= 40  # the white edge and letters, which the red zone alone never gives


def test_inactive_anchors_fade(qgis_app):
    active = render(layer_with("anchors", [(point(), {"kind": "pc_ops", "label": "", "status": "active"})]))
    inactive = render(layer_with("anchors", [(point(), {"kind": "pc_ops", "label": "", "status": "inactive"})]))
    c = SIZE // 2
    assert active.pixelColor(c - 8, c + 8).name() == "#1a237e"
    faded = inactive.pixelColor(c - 8, c + 8)
    assert faded.red() > 120 and faded.blue() > 150


@pytest.mark.parametrize(("wind_from", "downwind"), [(270, (1, 0)), (90, (-1, 0)), (0, (0, -1)), (180, (0, 1))])
def test_wind_arrow_points_downwind(qgis_app, wind_from, downwind):
    layer = layer_with("weather_observations", [(point(), {"wind_from_deg": wind_from, "wind_speed_ms": None})])
    image = render(layer)
    blue = [
        (x, y) for x in range(SIZE) for y in range(SIZE) if (p := image.pixelColor(x, y)).blue() > 120 and p.red() < 60
    ]
    assert len(blue) > 60
    # Along the downwind axis (east, north = +x, -y on the image), the arrow's head is its wide end.
    dx, dy = downwind
    along = [((x - SIZE / 2) * dx - (y - SIZE / 2) * dy, (x - SIZE / 2) * dy + (y - SIZE / 2) * dx) for x, y in blue]
    head = [across for a, across in along if a > 4]
    tail = [across for a, across in along if a < -4]
    assert head and tail
    assert max(head) - min(head) >= max(tail) - min(tail) + 5
    assert max(a for a, _ in along) - min(a for a, _ in along) > max(head) - min(head)  # long along the wind


def test_exercise_situations_are_hatched_and_real_ones_are_not(qgis_app):
    layer = layer_with(
        "situations",
        [
            (square(-1100, -1100, -100, 1100), {"kind": "exercise", "title": "Drill"}),
            (square(100, -1100, 1100, 1100), {"kind": "incident", "title": "Leak"}),
        ],
    )
    image = render(layer)

    def magenta(p):
        return p.red() > 150 and p.green() < 120 and p.blue() > 80

    # Interiors, away from the borders and from the labels at the centres.
    exercise = count(image, 20, 20, 100, 90, magenta)
    real = count(image, 140, 20, 220, 90, magenta)
    assert exercise >= 0.04 * 80 * 70  # 0.4 mm lines every 3 mm, antialiased
    assert real == 0
