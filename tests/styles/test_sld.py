"""The SLD 1.1 styles: valid, one rule per legend entry of the QML with the same colour or pictogram, zones ordered."""

from __future__ import annotations

import base64

import defusedxml.ElementTree as SafeET
import pytest

from styles import definitions as d
from styles.forms import memory_layer
from styles.sld import turned_svg

NS = {
    "sld": "http://www.opengis.net/sld",
    "se": "http://www.opengis.net/se",
    "ogc": "http://www.opengis.net/ogc",
    "xlink": "http://www.w3.org/1999/xlink",
}
HREF = f"{{{NS['xlink']}}}href"
NAMES = [layer.name for layer in d.LAYERS]


def sld(name: str):
    return SafeET.parse(d.SLD_DIR / f"{name}.sld").getroot()


def rule_named(root, title: str):
    rules = [r for r in root.iterfind(".//se:Rule", NS) if r.findtext("se:Name", namespaces=NS) == title]
    assert len(rules) == 1, title
    return rules[0]


def colours(rule) -> set[str]:
    return {p.text for p in rule.iterfind(".//se:SvgParameter", NS) if p.get("name") in ("fill", "stroke")}


def qml_layer(name: str):
    layer = memory_layer(d.LAYERS_BY_NAME[name])
    message, ok = layer.loadNamedStyle(str(d.QML_DIR / f"{name}.qml"))
    assert ok, message
    return layer


@pytest.mark.parametrize("name", NAMES)
def test_sld_is_an_sld_1_1_named_layer(name):
    root = sld(name)
    assert root.tag == f"{{{NS['sld']}}}StyledLayerDescriptor"
    assert root.get("version") == "1.1.0"
    assert root.findtext("sld:NamedLayer/se:Name", namespaces=NS) == name
    rules = root.findall(".//se:Rule", NS)
    assert rules
    symbolizers = ("PointSymbolizer", "LineSymbolizer", "PolygonSymbolizer", "TextSymbolizer")
    for rule in rules:
        assert any(rule.find(f"se:{s}", NS) is not None for s in symbolizers)


@pytest.mark.parametrize("name", NAMES)
def test_sld_labels_are_fields_of_the_layer(name):
    fields = {f.name for f in d.LAYERS_BY_NAME[name].fields}
    for text in sld(name).iterfind(".//se:Label", NS):
        assert "Placeholder" not in "".join(text.itertext())
        properties = [p.text for p in text.iterfind("ogc:PropertyName", NS)]
        assert properties and set(properties) <= fields


@pytest.mark.parametrize("name", NAMES)
def test_sld_has_a_rule_per_qml_legend_entry_with_the_same_look(qgis_app, name):
    layer = qml_layer(name)
    items = layer.renderer().legendSymbolItems()
    assert items
    root = sld(name)
    for item in items:
        rule = rule_named(root, item.label())
        symbol = item.symbol()
        first = symbol.symbolLayer(0)
        if first.layerType() == "SvgMarker":
            (href,) = [r.get(HREF) for r in rule.iterfind(".//se:ExternalGraphic/se:OnlineResource", NS)]
            linked = (d.SLD_DIR / href).resolve()
            assert linked.is_file(), href
            svg = base64.b64decode(first.path().removeprefix("base64:"))
            if href.startswith("wind/"):  # the first sector's arrow: wind from the north, pointing south
                svg = turned_svg(svg.decode("utf-8"), 180).encode("utf-8")
            assert svg == linked.read_bytes()
        else:
            assert symbol.color().name() in colours(rule), item.label()
        fill = symbol.color()
        if first.layerType() == "SimpleFill" and 0 < first.color().alphaF() < 1:
            opacity = rule.find(".//se:Fill/se:SvgParameter[@name='fill-opacity']", NS)
            assert opacity is not None and float(opacity.text) == pytest.approx(first.color().alphaF(), abs=0.01)
            assert rule.find(".//se:Fill/se:SvgParameter[@name='fill']", NS).text == fill.name()


def kind_of(rule) -> str | None:
    literal = rule.find("ogc:Filter/ogc:PropertyIsEqualTo/ogc:Literal", NS)
    return None if literal is None else literal.text


def test_anchor_rules_cover_every_kind_with_its_pictogram(admin_conn):
    rules = {kind_of(r): r for r in sld("anchors").iterfind(".//se:Rule", NS) if kind_of(r)}
    for (code,) in admin_conn.execute("SELECT code FROM crisis.anchor_kinds"):
        graphics = rules[code].findall(".//se:ExternalGraphic", NS)
        assert len(graphics) == 1
        href = graphics[0].find("se:OnlineResource", NS).get(HREF)
        assert href == f"../pictograms/{code}.svg"
        assert graphics[0].findtext("se:Format", namespaces=NS) == "image/svg+xml"


def test_prepared_anchors_link_their_pictograms_faded():
    """QGIS fades a prepared place's whole symbol; the SLD links a faded copy of each pictogram and fades the ring."""
    from styles.sld import faded_svg

    rules = {kind_of(r): r for r in sld("plan_anchors").iterfind(".//se:Rule", NS) if kind_of(r)}
    assert set(rules) == {k.code for k in d.ANCHOR_KINDS}
    for code, rule in rules.items():
        (href,) = [r.get(HREF) for r in rule.iterfind(".//se:ExternalGraphic/se:OnlineResource", NS)]
        assert href == f"prepared/{code}.svg"
        pictogram = (d.PICTOGRAMS_DIR / f"{code}.svg").read_text(encoding="utf-8")
        assert (d.SLD_DIR / href).read_text(encoding="utf-8") == faded_svg(pictogram, d.PREPARED_ANCHOR_OPACITY)
        stroke = {p.get("name"): p.text for p in rule.iterfind(".//se:Mark/se:Stroke/se:SvgParameter", NS)}
        assert float(stroke["stroke-opacity"]) == d.PREPARED_ANCHOR_OPACITY and stroke["stroke-dasharray"]


@pytest.mark.parametrize("name", ["perimeters", "plan_perimeters"])
def test_perimeter_zones_are_drawn_in_draw_order_red_last(admin_conn, name):
    order = [code for (code,) in admin_conn.execute("SELECT code FROM crisis.perimeter_kinds ORDER BY draw_order")]
    styles = sld(name).findall(".//se:FeatureTypeStyle", NS)
    kinds = [kind_of(style.find("se:Rule", NS)) for style in styles]
    assert [k for k in kinds if k] == order
    assert kinds.index("red") > max(kinds.index(code) for code in order if code != "red")


@pytest.mark.parametrize("name", ["perimeters", "plan_perimeters"])
def test_perimeter_rules_have_the_database_colours(admin_conn, name):
    rules = {kind_of(r): r for r in sld(name).iterfind(".//se:Rule", NS) if kind_of(r)}
    for code, colour in admin_conn.execute("SELECT code, fill_colour FROM crisis.perimeter_kinds"):
        assert colour in colours(rules[code]), code


def test_situation_sld_marks_exercises_with_hatching_and_label():
    root = sld("situations")
    hatched = [r for r in root.iterfind(".//se:Rule", NS) if r.find(".//se:GraphicFill", NS) is not None]
    assert len(hatched) == 1
    literals = {lit.text for lit in hatched[0].iterfind("ogc:Filter//ogc:Literal", NS)}
    assert literals == {"exercise", "test"}
    labels = {
        kind_of(r): "".join(r.find(".//se:Label", NS).itertext())
        for r in root.iterfind(".//se:Rule", NS)
        if r.find(".//se:Label", NS) is not None
    }
    assert labels["exercise"].startswith("EXERCISE: ")
    assert labels["test"].startswith("TEST: ")


def sector_of(rule) -> tuple[float, float]:
    """The [low, high) bounds of wind_from_deg a wind rule takes (low > high: the sector across north)."""
    low = rule.find("ogc:Filter//ogc:PropertyIsGreaterThanOrEqualTo/ogc:Literal", NS).text
    high = rule.find("ogc:Filter//ogc:PropertyIsLessThan/ogc:Literal", NS).text
    return float(low), float(high)


def test_wind_arrows_point_downwind_in_every_10_degree_sector():
    root = sld("weather_observations")
    rules = [r for r in root.iterfind(".//se:Rule", NS) if r.find(".//se:ExternalGraphic", NS) is not None]
    assert len(rules) == 36
    covered = []
    arrow = (d.STYLES_DIR / d.WIND_ARROW).read_text(encoding="utf-8")
    for rule in rules:
        low, high = sector_of(rule)
        centre = (low + 5) % 360
        covered += [x for x in range(360) if (low <= x < high if low < high else x >= low or x < high)]
        # Never an se:Rotation: MapServer turns it the other way.
        assert rule.find(".//se:Rotation", NS) is None
        href = rule.find(".//se:OnlineResource", NS).get(HREF)
        assert (d.SLD_DIR / href).read_text(encoding="utf-8") == turned_svg(arrow, (centre + 180) % 360)
        # A NULL direction is no wind from the north, in MapServer too (where NULL compares as 0).
        assert rule.find("ogc:Filter/ogc:And/ogc:PropertyIsNotEqualTo/ogc:PropertyName", NS).text == "wind_from_deg"
    assert sorted(covered) == list(range(360))
    calm = rule_named(root, "No wind direction")
    assert calm.find("se:ElseFilter", NS) is not None


def test_turned_svg_turns_clockwise_about_the_centre():
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><title>t</title><path d="M0 0"/></svg>'
    turned = turned_svg(svg, 90)
    assert '<title>t</title>\n  <g transform="rotate(90 12 12)"><path d="M0 0"/>\n  </g>\n</svg>' in turned
