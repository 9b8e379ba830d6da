"""MapServer draws the SLD files as QGIS draws the QML: zones as polygons, pictograms at their places, same colours.

Each scene is drawn twice over white, 240 px for 2,400 m around the port of Antwerp: by QGIS with the committed QML
(in this process) and by MapServer with the committed SLD (in a process of its own: one GDAL per process).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from test_rendering import CENTRE, SIZE, disc, layer_with, point, render, square

from styles import definitions as d

RENDERER = Path(__file__).with_name("mapserver_render.py")
SE = "http://www.opengis.net/se"
WHITE = (255, 255, 255)
POLYGON_LAYERS = ("perimeters", "situations", "plan_zones", "plan_perimeters")

# The zones side by side on a grid of 800 m, 500 m squares; labels at their centres.
GRID = [
    ["red", "orange", "yellow"],
    ["intervention_zone", "evacuation", "sheltering"],
    ["emergency_planning_zone", "traffic_diversion", None],
]
ANCHORS = {
    "pc_ops": (-600, 600),
    "incident_origin": (600, 600),
    "advanced_medical_post": (-600, -600),
    "road_block": (600, -600),
    "helicopter_landing_zone": (0, 0),
}
FEEDS = {"info": (-600, 0), "important": (0, 0), "urgent": (600, 0)}
WINDS = {270: (-600, 400), 0: (600, 400), 135: (-600, -500), None: (600, -500)}  # wind_from_deg: place
SPEEDS = {270: 5.2}  # the others have none
PLANS = {kind: (-600 + 1200 * (i % 2), 600 - 1200 * (i // 2)) for i, kind in enumerate(d.PLAN_KINDS)}


def grid_centre(row: int, column: int) -> tuple[int, int]:
    return -800 + 800 * column, 800 - 800 * row


def box(x: float, y: float, half: float) -> str:
    return square(x - half, y - half, x + half, y + half)


def scenes() -> dict[str, tuple[str, list]]:
    """name -> (layer, rows of (WKT in EPSG:3857, attributes))."""
    zones = [
        (box(*grid_centre(r, c), 250), {"kind": kind, "label": f"Z{r}{c}"})
        for r, row in enumerate(GRID)
        for c, kind in enumerate(row)
        if kind
    ]
    # Stored in draw order, as MapServer draws the features in the order it reads them (see styles/README.md).
    nested = [
        (disc(1000), {"kind": "yellow", "label": ""}),
        (disc(600), {"kind": "orange", "label": ""}),
        (disc(250), {"kind": "red", "label": ""}),
    ]
    return {
        "zones": ("perimeters", zones),
        "prepared_zones": ("plan_perimeters", zones),
        "nested_zones": ("perimeters", nested),
        "anchors": (
            "anchors",
            [(point(*at), {"kind": kind, "label": "", "status": "active"}) for kind, at in ANCHORS.items()],
        ),
        "prepared_anchors": (
            "plan_anchors",
            [(point(*at), {"kind": kind, "label": ""}) for kind, at in ANCHORS.items()],
        ),
        "situations": (
            "situations",
            [
                (square(-1100, -1100, -100, 1100), {"kind": "exercise", "title": "Drill"}),
                (square(100, -1100, 1100, 1100), {"kind": "incident", "title": "Leak"}),
            ],
        ),
        "plan_zones": ("plan_zones", [(box(*at, 450), {"kind": kind, "code": kind[:4]}) for kind, at in PLANS.items()]),
        "weather": (
            "weather_observations",
            [(point(*at), {"wind_from_deg": deg, "wind_speed_ms": SPEEDS.get(deg)}) for deg, at in WINDS.items()],
        ),
        "feed_entries": ("feed_entries", [(point(*at), {"priority": p, "body": p}) for p, at in FEEDS.items()]),
    }


def geojson(layer) -> dict:
    """The layer's features as GeoJSON (EPSG:4326, as the database stores them)."""
    features = []
    for feature in layer.getFeatures():
        properties = {
            name: (None if value is None or (hasattr(value, "isNull") and value.isNull()) else value)
            for name, value in zip(layer.fields().names(), feature.attributes(), strict=True)
        }
        features.append(
            {"type": "Feature", "geometry": json.loads(feature.geometry().asJson(7)), "properties": properties}
        )
    return {"type": "FeatureCollection", "features": features}


def text_only_rule_last(sld: Path, out: Path) -> Path:
    """The perimeters SLD as QGIS exported it: labels in a rule of their own, after the zones."""
    document = etree.parse(str(sld))
    text = next(document.iter(f"{{{SE}}}TextSymbolizer"))
    style = etree.SubElement(text.getparent().getparent().getparent(), f"{{{SE}}}FeatureTypeStyle")
    rule = etree.SubElement(style, f"{{{SE}}}Rule")
    rule.append(etree.fromstring(etree.tostring(text)))
    document.write(str(out))
    return out


class Picture:
    """A rendered image, read in metres from the scene's centre (x east, y north)."""

    def __init__(self, image):
        self.image = image

    def at(self, dx: float, dy: float) -> tuple[int, int, int]:
        colour = self.image.pixelColor(int(SIZE / 2 + dx / 10), int(SIZE / 2 - dy / 10))
        return colour.red(), colour.green(), colour.blue()

    def pixels(self, x: float, y: float, half: float) -> list[tuple[int, int, int]]:
        """The pixels of the square of `half` metres around (x, y)."""
        steps = range(int(-half / 10), int(half / 10) + 1)
        return [self.at(x + 10 * i, y + 10 * j) for i in steps for j in steps]


@pytest.fixture(scope="module")
def drawn(qgis_app, tmp_path_factory):
    """name -> (QGIS picture, MapServer picture, what MapServer made of the SLD)."""
    from qgis.PyQt.QtGui import QImage

    if importlib.util.find_spec("mapscript") is None:  # found, not imported: MapServer's GDAL stays out of here
        pytest.fail(
            "MapServer's Python binding is missing: install the Debian packages python3-mapscript and mapserver-bin"
        )
    work = tmp_path_factory.mktemp("mapserver")
    job = {"size": SIZE, "dpi": 96, "sld_dir": str(d.SLD_DIR), "scenes": []}
    half = SIZE * 10 / 2
    job["extent"] = [CENTRE[0] - half, CENTRE[1] - half, CENTRE[0] + half, CENTRE[1] + half]
    qgis = {}
    plan = dict(scenes())
    plan["zones_text_only_last"] = plan["zones"]
    for name, (layer_name, rows) in plan.items():
        layer = layer_with(layer_name, rows)
        qgis[name] = Picture(render(layer))
        data = work / f"{name}.geojson"
        data.write_text(json.dumps(geojson(layer)), encoding="utf-8")
        sld = d.SLD_DIR / f"{layer_name}.sld"
        if name == "zones_text_only_last":
            sld = text_only_rule_last(sld, work / "perimeters_text_only_last.sld")
        job["scenes"].append(
            {
                "name": name,
                "layer": layer_name,
                "data": str(data),
                "sld": str(sld),
                "png": str(work / f"{name}.png"),
                "geometry": "polygon" if layer_name in POLYGON_LAYERS else "point",
            }
        )
    (work / "job.json").write_text(json.dumps(job), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(RENDERER), str(work / "job.json")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    reports = json.loads(done.stdout)
    return {name: (qgis[name], Picture(QImage(str(work / f"{name}.png"))), reports[name]) for name in plan}


def over(base: tuple, hex_colour: str, alpha: float) -> tuple:
    top = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return tuple(alpha * t + (1 - alpha) * b for t, b in zip(top, base, strict=True))


def distance(a: tuple, b: tuple) -> float:
    return max(abs(x - y) for x, y in zip(a, b, strict=True))


def near(colour: tuple, hex_colour: str, tolerance: int = 60) -> bool:
    return distance(colour, over(WHITE, hex_colour, 1.0)) <= tolerance


def mean(pixels: list[tuple]) -> tuple:
    return tuple(sum(p[i] for p in pixels) / len(pixels) for i in range(3))


def colour_of(kind: str) -> str:
    return next(k.colour for k in d.PERIMETER_KINDS if k.code == kind)


def fill_share(scene: str) -> float:
    """How much of a kind's fill or pattern opacity the scene's zones have (prepared ones are lighter)."""
    return d.PREPARED_FILL_SHARE if scene == "prepared_zones" else 1.0


def centroid(pixels: list[tuple[float, float]]) -> tuple[float, float]:
    return sum(x for x, _ in pixels) / len(pixels), sum(y for _, y in pixels) / len(pixels)


def ink_at(picture: Picture, x: float, y: float, half: float) -> list[tuple[float, float]]:
    """Where, in metres, the square around (x, y) is not white."""
    steps = range(int(-half / 10), int(half / 10) + 1)
    return [
        (x + 10 * i, y + 10 * j)
        for i in steps
        for j in steps
        if distance(picture.at(x + 10 * i, y + 10 * j), WHITE) > 40
    ]


def edge(picture: Picture, points: list[tuple[float, float]], across: tuple[int, int]) -> list[tuple]:
    """Per point of a line, the most inked pixel within 20 m across it (lines fall between pixels)."""
    ax, ay = across
    return [
        max((picture.at(x + ax * k, y + ay * k) for k in (-20, -10, 0, 10, 20)), key=lambda p: distance(p, WHITE))
        for x, y in points
    ]


def share(pixels: list[tuple], test) -> float:
    return sum(1 for p in pixels if test(p)) / len(pixels)


@pytest.mark.parametrize(
    ("scene", "geometry"),
    [
        ("zones", "polygon"),
        ("nested_zones", "polygon"),
        ("situations", "polygon"),
        ("plan_zones", "polygon"),
        ("prepared_zones", "polygon"),
        ("anchors", "point"),
        ("prepared_anchors", "point"),
        ("weather", "point"),
        ("feed_entries", "point"),
    ],
)
def test_mapserver_applies_the_sld_and_keeps_the_geometry_type(drawn, scene, geometry):
    report = drawn[scene][2]
    assert report["applied"] and report["drawn"], report["errors"]
    assert report["errors"] == []
    assert report["type"] == geometry  # MapServer turns a layer into points for a rule holding only text
    assert report["classes"] > 0


def test_pictograms_are_the_svg_files_as_external_graphics(drawn):
    assert drawn["anchors"][2]["symbols"] == sorted(f"../pictograms/{k.code}.svg" for k in d.ANCHOR_KINDS)
    # Prepared places: faded copies (MapServer draws an SVG opaque whatever the SLD's opacity says).
    graphics = [name for name in drawn["prepared_anchors"][2]["symbols"] if name.endswith(".svg")]
    assert graphics == sorted(f"prepared/{k.code}.svg" for k in d.ANCHOR_KINDS)
    assert "../symbols/wind_arrow.svg" not in drawn["weather"][2]["symbols"]  # turned copies, never rotated


def test_the_check_sees_a_polygon_layer_turned_into_points(drawn):
    # QGIS's own export put the labels in a rule of their own: MapServer then draws no zone at all.
    qgis, mapserver, report = drawn["zones_text_only_last"]
    assert report["type"] == "point"
    red = over(WHITE, colour_of("red"), d.ZONE_FILL_OPACITY)
    x, y = grid_centre(0, 0)
    assert distance(qgis.at(x - 150, y - 150), red) <= 8
    assert not report["drawn"] or distance(mapserver.at(x - 150, y - 150), red) > 40


@pytest.mark.parametrize("scene", ["zones", "prepared_zones"])
@pytest.mark.parametrize("kind", ["red", "orange", "yellow"])
def test_zones_are_filled_with_their_colour_where_qgis_fills_them(drawn, kind, scene):
    qgis, mapserver, _ = drawn[scene]
    row, column = next((r, c) for r, line in enumerate(GRID) for c, k in enumerate(line) if k == kind)
    x, y = grid_centre(row, column)
    fill = over(WHITE, colour_of(kind), d.ZONE_FILL_OPACITY * fill_share(scene))
    for dx, dy in ((-150, -150), (150, -180), (-200, 150), (180, 200)):  # inside, clear of the label
        assert distance(mapserver.at(x + dx, y + dy), fill) <= 8, (dx, dy)
        assert distance(mapserver.at(x + dx, y + dy), qgis.at(x + dx, y + dy)) <= 8, (dx, dy)
    for dx, dy in ((0, 280), (0, -280), (280, 0), (-280, 0)):  # 30 m outside the 500 m square
        assert mapserver.at(x + dx, y + dy) == WHITE == qgis.at(x + dx, y + dy), (dx, dy)
    line = over(WHITE, next(k for k in d.PERIMETER_KINDS if k.code == kind).colour, 1.0)
    for picture in (qgis, mapserver):  # on the edge: the zone's line, darker than its fill (dashed if prepared)
        pixels = edge(picture, [(x + 250, y + dy) for dy in range(-200, 201, 10)], (1, 0))
        inked = share(pixels, lambda p: distance(p, line) <= 90 and distance(p, WHITE) > distance(fill, WHITE) + 20)
        assert inked == 1 if scene == "zones" else 0.35 <= inked <= 0.9, inked


def test_nested_zones_show_the_colours_qgis_shows(drawn):
    qgis, mapserver, _ = drawn["nested_zones"]
    for dx, dy in ((800, 0), (0, 420), (-100, -50), (0, -700)):  # yellow, orange, red, yellow
        assert distance(mapserver.at(dx, dy), qgis.at(dx, dy)) <= 8, (dx, dy)
    assert mapserver.at(1150, 1150) == WHITE


@pytest.mark.parametrize("scene", ["zones", "prepared_zones"])
@pytest.mark.parametrize(
    "kind", ["intervention_zone", "evacuation", "sheltering", "emergency_planning_zone", "traffic_diversion"]
)
def test_patterned_and_outlined_zones_look_as_in_qgis(drawn, kind, scene):
    qgis, mapserver, _ = drawn[scene]
    row, column = next((r, c) for r, line in enumerate(GRID) for c, k in enumerate(line) if k == kind)
    x, y = grid_centre(row, column)
    inside = {name: picture.pixels(x, y - 120, 60) for name, picture in (("qgis", qgis), ("mapserver", mapserver))}
    look = next(k.look for k in d.PERIMETER_KINDS if k.code == kind)
    if look == "outline":
        assert share(inside["qgis"], lambda p: p == WHITE) == 1 == share(inside["mapserver"], lambda p: p == WHITE)
    else:  # lines or dots of the kind's colour over white, about as much of them
        pattern = over(WHITE, colour_of(kind), fill_share(scene))
        shares = {
            name: share(pixels, lambda p: distance(p, pattern) <= 90 * fill_share(scene))
            for name, pixels in inside.items()
        }
        assert shares["qgis"] >= 0.05
        assert 0.4 * shares["qgis"] <= shares["mapserver"] <= 2.5 * shares["qgis"], shares
    for picture in (qgis, mapserver):  # the outline, in the kind's colour (dashed or dotted for some)
        outline = edge(picture, [(x - 250, y + dy) for dy in range(-200, 201, 10)], (1, 0))
        assert share(outline, lambda p: near(p, colour_of(kind), 90)) >= 0.3


@pytest.mark.parametrize("scene", ["anchors", "prepared_anchors", "feed_entries"])
def test_point_symbols_are_drawn_at_their_places_as_in_qgis(drawn, scene):
    qgis, mapserver, _ = drawn[scene]
    places = FEEDS if scene == "feed_entries" else ANCHORS
    for name, (x, y) in places.items():
        seen = {picture: ink_at(picture, x, y, 200) for picture in (qgis, mapserver)}
        assert len(seen[qgis]) >= 20, name
        assert 0.6 * len(seen[qgis]) <= len(seen[mapserver]) <= 1.5 * len(seen[qgis]), (name, len(seen[mapserver]))
        (qx, qy), (mx, my) = centroid(seen[qgis]), centroid(seen[mapserver])
        assert abs(qx - mx) <= 20 and abs(qy - my) <= 20, name  # within two pixels
        colours = {picture: mean([picture.at(*at) for at in seen[picture]]) for picture in (qgis, mapserver)}
        assert distance(colours[qgis], colours[mapserver]) <= 35, (name, colours)
    for picture in (qgis, mapserver):  # nothing anywhere else
        assert not any(
            distance(picture.at(x, y), WHITE) > 40
            for x in range(-1150, 1151, 50)
            for y in range(-1150, 1151, 50)
            if all(max(abs(x - px), abs(y - py)) > 220 for px, py in places.values())
        )


def test_wind_arrows_point_the_way_qgis_points_them(drawn):
    qgis, mapserver, _ = drawn["weather"]
    for wind_from, (x, y) in WINDS.items():
        shapes = [set(ink_at(picture, x, y, 180)) for picture in (qgis, mapserver)]
        overlap = len(shapes[0] & shapes[1]) / len(shapes[0] | shapes[1])
        assert overlap >= 0.5, (wind_from, overlap)  # an arrow turned the other way shares little but its shaft
        if wind_from in SPEEDS:  # the speed, right of the arrow
            assert all(ink_at(picture, x + 400, y, 240) for picture in (qgis, mapserver)), wind_from


def test_exercises_are_hatched_and_real_situations_outlined_as_in_qgis(drawn):
    qgis, mapserver, _ = drawn["situations"]
    navy = d.SITUATION_COLOUR

    def magenta(p):
        return p[0] > 150 and p[1] < 120 and p[2] > 80

    for picture in (qgis, mapserver):
        exercise = picture.pixels(-600, 600, 300)
        real = picture.pixels(600, 600, 300)
        assert share(exercise, magenta) >= 0.04
        assert share(real, magenta) == 0
        assert near(picture.at(1100, 300), navy, 60)  # the real situation's outline
        # The else rule: no navy outline on the exercise, in MapServer too.
        assert not any(near(picture.at(-1100, y), navy, 60) for y in range(-1000, 1001, 10))


@pytest.mark.parametrize("kind", list(d.PLAN_KINDS))
def test_plan_zones_are_tinted_polygons_as_in_qgis(drawn, kind):
    qgis, mapserver, _ = drawn["plan_zones"]
    x, y = PLANS[kind]
    colour, _ = d.PLAN_KIND_LOOKS[kind]
    for dx, dy in ((-300, -300), (300, -250), (-250, 300)):
        assert distance(mapserver.at(x + dx, y + dy), qgis.at(x + dx, y + dy)) <= 6, (dx, dy)
        assert mapserver.at(x + dx, y + dy) != WHITE
    for picture in (qgis, mapserver):
        outline = edge(picture, [(x - 450, y + dy) for dy in range(-400, 401, 10)], (1, 0))
        assert share(outline, lambda p: near(p, colour, 90)) >= 0.3
