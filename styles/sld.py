"""Finish QGIS's SLD 1.1 export for other servers: what it leaves out (expressions) or writes QGIS-only."""

from __future__ import annotations

import copy
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


def property_equals(name: str, value: str) -> ET.Element:
    test = ET.Element(ogc("PropertyIsEqualTo"))
    ET.SubElement(test, ogc("PropertyName")).text = name
    ET.SubElement(test, ogc("Literal")).text = value
    return test


def property_not_in(name: str, *values: str) -> ET.Element:
    test = ET.Element(ogc("And"))
    for value in values:
        differs = ET.SubElement(test, ogc("PropertyIsNotEqualTo"))
        ET.SubElement(differs, ogc("PropertyName")).text = name
        ET.SubElement(differs, ogc("Literal")).text = value
    return test


def label(prefix: str, field: str, suffix: str = "") -> list:
    """Mixed content of an se:Label: text, the field's value, text (SE concatenates them)."""
    return [prefix, field, suffix]


# Labels QGIS writes as expressions (exported as "Placeholder"): per layer, (filter or None, label parts).
EXPRESSION_LABELS = {
    "situations": [
        (property_equals("kind", "exercise"), label("EXERCISE: ", "title")),
        (property_equals("kind", "test"), label("TEST: ", "title")),
        (property_not_in("kind", "exercise", "test"), label("", "title")),
    ],
    "weather_observations": [(None, label("", "wind_speed_ms", " m/s"))],
}


# Point labels clear of the pictogram (pixels): anchor point of the label, then displacement.
LABEL_PLACEMENTS = {
    "anchors": ((0.5, 1.0), (0, -14)),  # centred below the 24 px pictogram
    "weather_observations": ((0.0, 0.5), (17, 0)),  # right of the wind arrow
}


def tidy(root: ET.Element, layer: str) -> None:
    for graphic in root.iter(se("Graphic")):
        keep_plain_svg(graphic)
    for mark in root.iter(se("WellKnownName")):
        # QGIS names its hatch "horline"; other servers know it as shape://horline.
        if mark.text == "horline":
            mark.text = "shape://horline"
    if layer in EXPRESSION_LABELS:
        write_expression_labels(root, EXPRESSION_LABELS[layer])
    if layer in LABEL_PLACEMENTS:
        place_labels(root, *LABEL_PLACEMENTS[layer])
    if layer == "weather_observations":
        rotate_wind_arrow(root)
    if layer == "perimeters":
        split_by_draw_order(root)


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
    for offset, (test, parts) in enumerate(variants):
        variant = copy.deepcopy(rule)
        if test is not None:
            condition = ET.Element(ogc("Filter"))
            condition.append(copy.deepcopy(test))
            # A rule's filter comes after its name and description (SE 1.1 sequence).
            head = sum(1 for child in variant if child.tag in (se("Name"), se("Description")))
            variant.insert(head, condition)
        text = variant.find(f"{se('TextSymbolizer')}/{se('Label')}")
        text.clear()
        prefix, field, suffix = parts
        text.text = prefix or None
        name = ET.SubElement(text, ogc("PropertyName"))
        name.text = field
        name.tail = suffix or None
        parent.insert(position + offset, variant)


def place_labels(root: ET.Element, anchor: tuple, displacement: tuple) -> None:
    for placement in root.iter(se("PointPlacement")):
        placement.clear()
        anchor_point = ET.SubElement(placement, se("AnchorPoint"))
        ET.SubElement(anchor_point, se("AnchorPointX")).text = str(anchor[0])
        ET.SubElement(anchor_point, se("AnchorPointY")).text = str(anchor[1])
        shift = ET.SubElement(placement, se("Displacement"))
        ET.SubElement(shift, se("DisplacementX")).text = str(displacement[0])
        ET.SubElement(shift, se("DisplacementY")).text = str(displacement[1])


def rotate_wind_arrow(root: ET.Element) -> None:
    """The arrow points downwind: rotation = wind_from_deg + 180 (SE rotations are clockwise degrees)."""
    for graphic in root.iter(se("Graphic")):
        if graphic.find(se("ExternalGraphic")) is None:
            continue
        rotation = ET.Element(se("Rotation"))
        add = ET.SubElement(rotation, ogc("Add"))
        ET.SubElement(add, ogc("PropertyName")).text = "wind_from_deg"
        ET.SubElement(add, ogc("Literal")).text = "180"
        size = graphic.find(se("Size"))
        graphic.insert(list(graphic).index(size) + 1, rotation)


def split_by_draw_order(root: ET.Element) -> None:
    """One FeatureTypeStyle per perimeter kind, in draw_order: SLD renders later FeatureTypeStyles on top."""
    user_style = root.find(f".//{{{SLD}}}UserStyle")
    (fts,) = user_style.findall(se("FeatureTypeStyle"))
    rules = {rule_kind(rule): rule for rule in fts.findall(se("Rule"))}
    user_style.remove(fts)
    for kind in sorted(d.PERIMETER_KINDS, key=lambda k: k.draw_order):
        style = ET.SubElement(user_style, se("FeatureTypeStyle"))
        ET.SubElement(style, se("Name")).text = f"perimeters_{kind.code}"
        style.append(rules.pop(kind.code))
    if rules:  # the labels, above every zone
        style = ET.SubElement(user_style, se("FeatureTypeStyle"))
        ET.SubElement(style, se("Name")).text = "perimeters_labels"
        style.extend(rules.values())


def rule_kind(rule: ET.Element) -> str:
    literal = rule.find(f"{ogc('Filter')}/{ogc('PropertyIsEqualTo')}/{ogc('Literal')}")
    return "" if literal is None else literal.text
