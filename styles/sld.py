"""Finish QGIS's SLD 1.1 export for other servers: what it leaves out (expressions) or writes QGIS-only.

The result validates against the official SLD 1.1.0 / SE 1.1.0 schemas (tests/styles/test_sld_schema.py) and draws
in MapServer 8 as QGIS draws the QML (tests/styles/test_mapserver.py). What that takes, beyond the schema:
- no rule holding only a TextSymbolizer in a polygon layer: MapServer gives the whole layer the geometry type of the
  last rule it reads, and a text-only rule makes it a point layer that draws no zone; labels go into the rules that
  draw the features;
- no se:Rotation of an arrow (MapServer turns SE's clockwise rotations anticlockwise), no ogc:PropertyIsNull
  (MapServer drops it), an else rule last in its FeatureTypeStyle (MapServer reads no class after a fallback).
"""

from __future__ import annotations

import copy
import math
import re
from xml.etree import ElementTree as ET

from . import definitions as d

SLD = "http://www.opengis.net/sld"
SE = "http://www.opengis.net/se"
OGC = "http://www.opengis.net/ogc"
XLINK = "http://www.w3.org/1999/xlink"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
NAMESPACES = {"sld": SLD, "se": SE, "ogc": OGC, "xlink": XLINK, "xsi": XSI}


def register_namespaces() -> None:
    """ElementTree's prefixes are global and other modules change them: set ours again before writing."""
    for prefix, uri in NAMESPACES.items():
        ET.register_namespace("" if prefix == "sld" else prefix, uri)


def se(tag: str) -> str:
    return f"{{{SE}}}{tag}"


def ogc(tag: str) -> str:
    return f"{{{OGC}}}{tag}"


def compare(operator: str, name: str, value: str) -> ET.Element:
    test = ET.Element(ogc(operator))
    ET.SubElement(test, ogc("PropertyName")).text = name
    ET.SubElement(test, ogc("Literal")).text = value
    return test


def property_equals(name: str, value: str) -> ET.Element:
    return compare("PropertyIsEqualTo", name, value)


def combine(operator: str, *tests: ET.Element) -> ET.Element:
    both = ET.Element(ogc(operator))
    both.extend(tests)
    return both


def present(name: str) -> ET.Element:
    """The field has a value. Not ogc:Not(ogc:PropertyIsNull): MapServer 8 drops that filter (its class then takes
    every feature) and cannot parse it inside an ogc:And; it reads a NULL as "" and a "" as 0 in comparisons."""
    return compare("PropertyIsNotEqualTo", name, "")


def label(prefix: str, field: str, suffix: str = "") -> list:
    """Mixed content of an se:Label: text, the field's value, text (SE concatenates them)."""
    return [prefix, field, suffix]


# The label variant that goes with the style's else rule (the features no other rule takes).
ELSE = "else"

# Labels QGIS writes as expressions (exported as "Placeholder"): per layer, (filter or ELSE or None, label parts).
EXPRESSION_LABELS = {
    "situations": [
        (property_equals("kind", "exercise"), label("EXERCISE: ", "title")),
        (property_equals("kind", "test"), label("TEST: ", "title")),
        (ELSE, label("", "title")),
    ],
    # On every feature, unit included: a rule of labels with a filter ("has a speed") would have to come after the
    # else rule of the calm marker, and MapServer 8 stops reading a feature's classes at a fallback class it skips.
    # A no-break space: MapServer drops the white space that starts a text node (5.2m/s).
    "weather_observations": [(None, label("", "wind_speed_ms", "\u00a0m/s"))],
}


# Point labels clear of the pictogram (pixels): anchor point of the label, then displacement. MapServer 8 reads an
# SE anchor point as the side of the point the label goes to, and a displacement upwards as downwards: only a centred
# label moved sideways lands in the same place everywhere; the anchors' labels go above the pictogram there.
LABEL_PLACEMENTS = {
    "anchors": ((0.5, 1.0), (0, -14)),  # centred below the 24 px pictogram
    "plan_anchors": ((0.5, 1.0), (0, -16)),  # below the dashed ring around the pictogram
    "weather_observations": ((0.5, 0.5), (40, 0)),  # right of the wind arrow (a "12.5 m/s" label is 50 px wide)
}


# A whole point symbol's opacity (prepared places), which QGIS's SLD export leaves out.
FADED = {"plan_anchors": d.PREPARED_ANCHOR_OPACITY}


def tidy(root: ET.Element, layer: str, else_rules: tuple[str, ...] = ()) -> dict[str, str]:
    """Rewrite the exported SLD in place; returns the files it links that the export does not make (name: text)."""
    for graphic in root.iter(se("Graphic")):
        keep_plain_svg(graphic)
    for mark in root.iter(se("WellKnownName")):
        # QGIS names its hatch "horline"; other servers know it as shape://horline.
        if mark.text == "horline":
            mark.text = "shape://horline"
    mark_else_rules(root, else_rules)
    for text in root.iter(se("TextSymbolizer")):
        halo_instead_of_box(text)
    tiles = dict(spaced_pattern_tiles(root, layer))
    if layer in EXPRESSION_LABELS:
        write_expression_labels(root, EXPRESSION_LABELS[layer])
    if layer in LABEL_PLACEMENTS:
        place_labels(root, *LABEL_PLACEMENTS[layer])
    if layer in FADED:
        tiles.update(faded_graphics(root, FADED[layer]))
    for graphic in root.iter(se("Graphic")):
        diamond_as_turned_square(graphic)
    for stroke in root.iter(se("Stroke")):
        dashes_in_pixels(stroke)
    if layer == "weather_observations":
        tiles.update(wind_sectors(root))
    labels_with_drawing_rules(root)
    if layer in ("perimeters", "plan_perimeters"):
        split_by_draw_order(root, layer)
    return tiles


def rule_parts(rule: ET.Element) -> int:
    """How many of a rule's first children come before its filter (SE 1.1: Name, Description, LegendGraphic)."""
    return sum(1 for child in rule if child.tag in (se("Name"), se("Description"), se("LegendGraphic")))


def mark_else_rules(root: ET.Element, names: tuple[str, ...]) -> None:
    """QGIS exports an else rule with no filter, which every other server applies to every feature."""
    for rule in root.iter(se("Rule")):
        if rule.findtext(se("Name")) in names and rule.find(ogc("Filter")) is None:
            rule.insert(rule_parts(rule), ET.Element(se("ElseFilter")))


def halo_instead_of_box(text: ET.Element) -> None:
    """SE 1.1 has no box behind a label (QGIS writes an se:Graphic and VendorOptions): a halo of its colour."""
    box = text.find(f"{se('Graphic')}/{se('Mark')}/{se('Fill')}")
    margins = [o.text for o in text.findall(se("VendorOption")) if o.get("name") == "graphic-margin"]
    for child in text.findall(se("Graphic")) + text.findall(se("VendorOption")):
        text.remove(child)
    if box is None:
        return
    halo = ET.Element(se("Halo"))
    ET.SubElement(halo, se("Radius")).text = margins[0].split()[0] if margins else "1"
    halo.append(copy.deepcopy(box))
    fill = text.find(se("Fill"))  # SE 1.1 sequence: ..., LabelPlacement, Halo, Fill
    text.insert(len(text) if fill is None else list(text).index(fill), halo)


def spaced_pattern_tiles(root: ET.Element, layer: str):
    """A point pattern (QGIS: a mark every `distance` pixels, a VendorOption) as an SVG tile of that size.

    SE 1.1 repeats a GraphicFill's graphic at its own size, so the mark alone would tile edge to edge.
    """
    for rule in root.iter(se("Rule")):
        for polygon in rule.findall(se("PolygonSymbolizer")):
            spacing = [o for o in polygon.findall(se("VendorOption")) if o.get("name") == "distance"]
            for option in polygon.findall(se("VendorOption")):
                polygon.remove(option)
            graphic = polygon.find(f"{se('Fill')}/{se('GraphicFill')}/{se('Graphic')}")
            if not spacing or graphic is None or graphic.find(se("Mark")) is None:
                continue
            width, height = (float(v) for v in spacing[0].text.split(","))
            name = f"{layer}_{rule_kind(rule) or 'fill'}_dots.svg"
            yield name, dot_tile(graphic, width, height)
            graphic.clear()
            external = ET.SubElement(graphic, se("ExternalGraphic"))
            ET.SubElement(external, se("OnlineResource"), {f"{{{XLINK}}}href": name, f"{{{XLINK}}}type": "simple"})
            ET.SubElement(external, se("Format")).text = "image/svg+xml"
            ET.SubElement(graphic, se("Size")).text = f"{height:g}"


def dot_tile(graphic: ET.Element, width: float, height: float) -> str:
    mark = graphic.find(se("Mark"))
    shape = mark.findtext(se("WellKnownName"))
    if shape != "circle":
        raise ValueError(f"no SVG tile for a {shape!r} pattern")
    paint = {
        p.get("name"): p.text for part in ("Fill", "Stroke") for p in mark.iterfind(f"{se(part)}/{se('SvgParameter')}")
    }
    radius = float(graphic.findtext(se("Size"))) / 2
    attributes = {
        "cx": f"{width / 2:g}",
        "cy": f"{height / 2:g}",
        "r": f"{radius:g}",
        "fill": paint.get("fill", "none"),
    }
    if "fill-opacity" in paint:
        attributes["fill-opacity"] = paint["fill-opacity"]
    if "stroke" in paint:
        attributes.update({"stroke": paint["stroke"], "stroke-width": paint.get("stroke-width", "1")})
    circle = " ".join(f'{key}="{value}"' for key, value in attributes.items())
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
        f'viewBox="0 0 {width:g} {height:g}">\n  <circle {circle}/>\n</svg>\n'
    )


def labels_with_drawing_rules(root: ET.Element) -> None:
    """A label rule for every feature goes into each rule that draws one, so that no rule holds only text.

    MapServer reads a text-only rule as a point layer; other servers draw labels above every symbol anyway.
    """
    rules = [(style, rule) for style in root.iter(se("FeatureTypeStyle")) for rule in style.findall(se("Rule"))]
    drawing = [rule for _, rule in rules if any(child.tag in SYMBOLIZERS for child in rule)]
    for style, rule in rules:
        if rule in drawing or rule.find(ogc("Filter")) is not None or rule.find(se("ElseFilter")) is not None:
            continue
        for target in drawing:
            target.extend(copy.deepcopy(text) for text in rule.findall(se("TextSymbolizer")))
        style.remove(rule)


SYMBOLIZERS = (se("PointSymbolizer"), se("LineSymbolizer"), se("PolygonSymbolizer"))


def keep_plain_svg(graphic: ET.Element) -> None:
    """One ExternalGraphic per pictogram: no parametrised copy (our SVGs carry their colours), no square fallback."""
    externals = graphic.findall(se("ExternalGraphic"))
    if not externals:
        return
    for child in list(graphic):
        href = child.find(se("OnlineResource"))
        if child.tag == se("Mark") or (href is not None and "?" in href.get(f"{{{XLINK}}}href", "")):
            graphic.remove(child)
        for replacement in child.findall(se("ColorReplacement")):
            child.remove(replacement)


def write_expression_labels(root: ET.Element, variants: list) -> None:
    rule = next(r for r in root.iter(se("Rule")) if r.find(se("TextSymbolizer")) is not None)
    parent = next(p for p in root.iter() if rule in list(p))
    position = list(parent).index(rule)
    parent.remove(rule)
    for test, parts in variants:
        variant = copy.deepcopy(rule)
        text = variant.find(f"{se('TextSymbolizer')}/{se('Label')}")
        text.clear()
        prefix, field, suffix = parts
        text.text = prefix or None
        name = ET.SubElement(text, ogc("PropertyName"))
        name.text = field
        name.tail = suffix or None
        if test is ELSE:  # the else rule draws these features: it labels them too
            otherwise = next(r for r in parent.findall(se("Rule")) if r.find(se("ElseFilter")) is not None)
            otherwise.extend(variant.findall(se("TextSymbolizer")))
            continue
        if test is not None:
            condition = ET.Element(ogc("Filter"))
            condition.append(copy.deepcopy(test))
            variant.insert(rule_parts(variant), condition)  # SE 1.1 sequence: Name, Description, filter, ...
        parent.insert(position, variant)
        position += 1


def faded_graphics(root: ET.Element, opacity: float) -> dict[str, str]:
    """Point symbols at the opacity QGIS gives the whole symbol: the marks' paint, and each linked SVG as a faded
    copy of its own (prepared/<name>.svg). Not an se:Opacity: MapServer 8 draws SVG graphics opaque whatever it says."""
    files = {}
    for resource in root.iter(se("OnlineResource")):
        href = resource.get(f"{{{XLINK}}}href")
        name = "prepared/" + href.rsplit("/", 1)[-1]
        files[name] = faded_svg((d.SLD_DIR / href).resolve().read_text(encoding="utf-8"), opacity)
        resource.set(f"{{{XLINK}}}href", name)
    for mark in root.iter(se("Mark")):
        for part, name in (("Fill", "fill-opacity"), ("Stroke", "stroke-opacity")):
            paint = mark.find(se(part))
            if paint is None:
                continue
            given = next((p for p in paint.findall(se("SvgParameter")) if p.get("name") == name), None)
            if given is None:
                given = ET.SubElement(paint, se("SvgParameter"), {"name": name})
                given.text = "1"
            given.text = f"{float(given.text) * opacity:g}"
    return files


def faded_svg(svg: str, opacity: float) -> str:
    """The SVG drawn at `opacity` as one group (its title stays first)."""
    opening = svg.index(">", svg.index("<svg")) + 1
    closing = svg.rindex("</svg>")
    body = svg[opening:closing]
    after_title = body.index("</title>") + len("</title>") if "</title>" in body else 0
    return (
        svg[:opening]
        + body[:after_title]
        + f'\n  <g opacity="{opacity:g}">'
        + body[after_title:].rstrip()
        + "\n  </g>\n</svg>\n"
    )


def place_labels(root: ET.Element, anchor: tuple, displacement: tuple) -> None:
    for placement in root.iter(se("PointPlacement")):
        placement.clear()
        anchor_point = ET.SubElement(placement, se("AnchorPoint"))
        ET.SubElement(anchor_point, se("AnchorPointX")).text = str(anchor[0])
        ET.SubElement(anchor_point, se("AnchorPointY")).text = str(anchor[1])
        shift = ET.SubElement(placement, se("Displacement"))
        ET.SubElement(shift, se("DisplacementX")).text = str(displacement[0])
        ET.SubElement(shift, se("DisplacementY")).text = str(displacement[1])


WIND_SECTOR = 10  # degrees: the resolution at which weather services report the wind's direction


def wind_sectors(root: ET.Element) -> dict[str, str]:
    """The wind arrow once per 10-degree sector of wind_from_deg, turned in its own SVG to point downwind.

    Not an se:Rotation of one arrow: MapServer 8 turns SE's clockwise rotations anticlockwise, so its plume arrows
    would point the mirror way (east for west). Pre-turned arrows point the same way in every server.
    """
    (rule,) = [r for r in root.iter(se("Rule")) if r.find(f".//{se('ExternalGraphic')}") is not None]
    parent = next(p for p in root.iter() if rule in list(p))
    position = list(parent).index(rule)
    parent.remove(rule)
    href = rule.find(f".//{se('OnlineResource')}").get(f"{{{XLINK}}}href")
    arrow = (d.SLD_DIR / href).resolve().read_text(encoding="utf-8")
    field = rule.find(f"{ogc('Filter')}//{ogc('PropertyName')}").text
    files = {}
    for offset, centre in enumerate(range(0, 360, WIND_SECTOR)):
        sector = copy.deepcopy(rule)
        if centre:  # the first sector keeps the rule's name: the legend entry of the QML
            sector.find(se("Name")).text = f"Wind from {centre}°"
        sector.find(f"{se('Description')}/{se('Title')}").text = f"Wind from {centre}° (arrow points downwind)"
        low, high = (centre - WIND_SECTOR / 2) % 360, centre + WIND_SECTOR / 2
        within = combine(
            "Or" if low > high else "And",
            compare("PropertyIsGreaterThanOrEqualTo", field, f"{low:g}"),
            compare("PropertyIsLessThan", field, f"{high:g}"),
        )
        condition = sector.find(ogc("Filter"))
        condition.clear()
        condition.append(combine("And", present(field), within))
        name = f"wind/from_{centre:03d}.svg"
        sector.find(f".//{se('OnlineResource')}").set(f"{{{XLINK}}}href", name)
        files[name] = turned_svg(arrow, (centre + 180) % 360)
        parent.insert(position + offset, sector)
    return files


def turned_svg(svg: str, degrees: float) -> str:
    """The SVG turned clockwise about the centre of its viewBox (its title stays first)."""
    opening = svg.index(">", svg.index("<svg")) + 1
    closing = svg.rindex("</svg>")
    body = svg[opening:closing]
    after_title = body.index("</title>") + len("</title>") if "</title>" in body else 0
    x, y, width, height = (float(v) for v in re.search(r'viewBox="([^"]+)"', svg[:opening]).group(1).split())
    turn = f'\n  <g transform="rotate({degrees:g} {x + width / 2:g} {y + height / 2:g})">'
    return svg[:opening] + body[:after_title] + turn + body[after_title:].rstrip() + "\n  </g>\n</svg>\n"


def dashes_in_pixels(stroke: ET.Element) -> None:
    """QGIS writes a Qt pen's dash pattern, counted in line widths; SE counts stroke-dasharray in pixels."""
    parameters = {p.get("name"): p for p in stroke.findall(se("SvgParameter"))}
    if "stroke-dasharray" not in parameters or "stroke-width" not in parameters:
        return
    width = float(parameters["stroke-width"].text)
    dashes = parameters["stroke-dasharray"]
    dashes.text = " ".join(f"{float(length) * width:g}" for length in dashes.text.split())


def diamond_as_turned_square(graphic: ET.Element) -> None:
    """SE 1.1 knows square, circle, triangle, star, cross and x: QGIS's diamond is a square turned 45 degrees, of
    the same width across its corners."""
    shape = graphic.find(f"{se('Mark')}/{se('WellKnownName')}")
    if shape is None or shape.text != "diamond":
        return
    shape.text = "square"
    size = graphic.find(se("Size"))
    size.text = f"{float(size.text) / math.sqrt(2):.1f}"
    rotation = ET.Element(se("Rotation"))
    ET.SubElement(rotation, ogc("Literal")).text = "45"
    graphic.insert(list(graphic).index(size) + 1, rotation)


def split_by_draw_order(root: ET.Element, layer: str) -> None:
    """One FeatureTypeStyle per perimeter kind, in draw_order: SLD renders later FeatureTypeStyles on top."""
    user_style = root.find(f".//{{{SLD}}}UserStyle")
    (fts,) = user_style.findall(se("FeatureTypeStyle"))
    rules = {rule_kind(rule): rule for rule in fts.findall(se("Rule"))}
    user_style.remove(fts)
    for kind in sorted(d.PERIMETER_KINDS, key=lambda k: k.draw_order):
        style = ET.SubElement(user_style, se("FeatureTypeStyle"))
        ET.SubElement(style, se("Name")).text = f"{layer}_{kind.code}"
        style.append(rules.pop(kind.code))
    if rules:
        raise ValueError(f"perimeter rules of no kind: {sorted(rules)}")


def rule_kind(rule: ET.Element) -> str:
    literal = rule.find(f"{ogc('Filter')}/{ogc('PropertyIsEqualTo')}/{ogc('Literal')}")
    return "" if literal is None else literal.text
