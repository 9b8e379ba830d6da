"""A WFS-T Transaction made readable for QGIS Server 3.22 exactly as the client meant it.

Two things other clients send that QGIS Server 3.22 would store wrongly or refuse:
- geometry in `urn:ogc:def:crs:EPSG::4326` (or the http://www.opengis.net/def/crs/EPSG/0/4326 URI) is in
  latitude, longitude order by definition (GDAL sends it so), while QGIS reads x = longitude: the coordinates
  are swapped and the CRS named `EPSG:4326`; other published CRSs named by URN or URI are named `EPSG:<code>`
  (their axes are easting, northing either way);
- `gml:MultiSurface` (how QGIS Server itself describes and serves perimeters in GML 3) is not read back: it is
  written as the equivalent `gml:MultiPolygon`.
The body is read with lxml (no network, no entities; the guard has already checked its size, depth and DTD) and
written out again with the client's own namespace prefixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .filters import bad, local

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_blank_text=False
)
_PUBLISHED_CODES = ("4326", "3857", "3812", "31370")
_CRS_FORMS = (
    re.compile(r"^urn:ogc:def:crs:epsg:[\d.]*:(\d+)$"),
    re.compile(r"^urn:x-ogc:def:crs:epsg:[\d.]*:?(\d+)$"),
    re.compile(r"^https?://www\.opengis\.net/def/crs/epsg/0/(\d+)$"),
)
# Published CRSs whose axis order, by their EPSG definition, is latitude before longitude.
_LATITUDE_FIRST = {"4326"}
_COORDINATES = {"pos", "posList", "lowerCorner", "upperCorner", "coordinates"}


def parse(body: bytes):
    try:
        return etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise bad(f"the request body: malformed XML ({exc})") from None


def serialise(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _code_of(srs_name: str) -> str | None:
    """The EPSG code of a CRS named by URN or URI (None for `EPSG:4326` and other plain names)."""
    name = srs_name.strip().lower()
    for form in _CRS_FORMS:
        match = form.match(name)
        if match:
            return match.group(1)
    return None


def _nearest_srs(element) -> str:
    for node in (element, *element.iterancestors()):
        if node.get("srsName"):
            return node.get("srsName")
    return ""


def _dimension(element) -> int:
    for node in (element, *element.iterancestors()):
        if node.get("srsDimension"):
            try:
                return max(2, int(node.get("srsDimension")))
            except ValueError:
                raise bad("srsDimension must be a whole number") from None
    return 2


def _swap_numbers(text: str, dimension: int) -> str:
    numbers = text.split()
    if len(numbers) % dimension:
        raise bad("a coordinate list does not hold whole coordinates")
    for i in range(0, len(numbers), dimension):
        numbers[i], numbers[i + 1] = numbers[i + 1], numbers[i]
    return " ".join(numbers)


def _swap(element) -> None:
    if local(element.tag) == "coordinates":  # GML 2: "a,b a,b" (cs and ts as declared)
        cs, ts = element.get("cs", ","), element.get("ts", " ")
        tuples = [t.split(cs) for t in (element.text or "").strip().split(ts) if t]
        element.text = ts.join(cs.join([t[1], t[0], *t[2:]]) for t in tuples if len(t) >= 2)
    else:
        element.text = _swap_numbers(element.text or "", _dimension(element))


def fix_axis_order(root) -> None:
    """Coordinates in a latitude-first CRS swapped to the x = longitude QGIS Server reads; CRS names made plain."""
    for element in root.iter():
        if local(element.tag) in _COORDINATES and _code_of(_nearest_srs(element)) in _LATITUDE_FIRST:
            _swap(element)
    for element in root.iter():
        srs = element.get("srsName")
        if srs:
            code = _code_of(srs)
            if code is not None:
                if code not in _PUBLISHED_CODES:
                    raise bad(
                        f"srsName {srs[:80]!r}: the CRSs published are EPSG:4326, 3857, 3812 and 31370", "InvalidCRS"
                    )
                element.set("srsName", f"EPSG:{code}")


def _renamed(element, name: str):
    namespace = element.tag.rsplit("}", 1)[0] + "}" if element.tag.startswith("{") else ""
    element.tag = namespace + name
    return element


def _surface_as_polygon(surface) -> None:
    """gml:Surface with one gml:PolygonPatch -> gml:Polygon (its exterior and interiors moved in)."""
    patches = [
        p
        for container in surface
        if local(container.tag) == "patches"
        for p in container
        if local(p.tag) == "PolygonPatch"
    ]
    if len(patches) != 1:
        raise bad("a gml:Surface must hold exactly one gml:PolygonPatch")
    for child in list(surface):
        surface.remove(child)
    for ring in list(patches[0]):
        surface.append(ring)
    _renamed(surface, "Polygon")


def fix_multi_surfaces(root) -> None:
    """gml:MultiSurface -> gml:MultiPolygon, which QGIS Server 3.22 reads."""
    for element in list(root.iter()):
        name = local(element.tag)
        if name == "Surface":
            _surface_as_polygon(element)
        elif name == "MultiSurface":
            _renamed(element, "MultiPolygon")
        elif name == "surfaceMember":
            _renamed(element, "polygonMember")
        elif name == "surfaceMembers":
            parent = element.getparent()
            position = parent.index(element)
            for offset, polygon in enumerate(list(element)):
                member = etree.Element(element.tag.replace("surfaceMembers", "polygonMember"), nsmap=None)
                member.append(polygon)
                parent.insert(position + offset, member)
            parent.remove(element)


# --- Inserts of several features ------------------------------------------------------------------------------
# QGIS Server 3.22 reads one feature per Insert action (and counts whitespace as a feature); GDAL sends many. Each
# feature goes to QGIS Server in an Insert of its own, marked with a handle naming the Insert it came from; the
# answer is then read back per original Insert, which stands or falls whole (see settle_inserts).
_HANDLE = "crisis-insert-{action}-{feature}"
_OUR_HANDLE = re.compile(r"^crisis-insert-(\d+)-(\d+)$")


def split_inserts(root) -> dict[int, str | None]:
    """One Insert per feature; returns {Insert number: the handle the client gave it}."""
    originals: dict[int, str | None] = {}
    number = 0
    for action in list(root):
        if not isinstance(action.tag, str) or local(action.tag) != "Insert":
            continue
        features = [child for child in action if isinstance(child.tag, str)]
        originals[number] = action.get("handle")
        position = root.index(action)
        for i, feature in enumerate(features):
            single = etree.Element(action.tag, {k: v for k, v in action.attrib.items() if k != "handle"}, nsmap=None)
            single.set("handle", _HANDLE.format(action=number, feature=i))
            feature.tail = None
            single.append(feature)
            root.insert(position + i, single)
        root.remove(action)
        number += 1
    return originals


@dataclass
class InsertOutcome:
    """What became of a Transaction's Inserts, read from QGIS Server's TransactionResponse."""

    written: dict[int, list[str]]  # Insert number -> feature ids written
    failed: dict[int, list[str]]  # Insert number -> QGIS Server's messages


def read_inserts(response: bytes) -> InsertOutcome:
    outcome = InsertOutcome({}, {})
    root = etree.fromstring(response, _PARSER)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if local(element.tag) == "Feature":
            match = _OUR_HANDLE.match(element.get("handle") or "")
            fids = [e.get("fid") for e in element.iter() if isinstance(e.tag, str) and local(e.tag) == "FeatureId"]
            if match:
                outcome.written.setdefault(int(match.group(1)), []).extend(f for f in fids if f)
        elif local(element.tag) == "Action":
            match = _OUR_HANDLE.match(element.get("locator") or "")
            if match:
                text = " ".join("".join(m.itertext()) for m in element if isinstance(m.tag, str)).strip()
                outcome.failed.setdefault(int(match.group(1)), []).append(text)
    return outcome


def settle_inserts(response: bytes, originals: dict[int, str | None], undone: set[str]) -> bytes:
    """QGIS Server's TransactionResponse told per original Insert: the features of `undone` (those of an Insert
    of which some feature was refused, since removed) are left out, each refused Insert is one Action under the
    client's handle, and the client's handles come back on the features written."""
    root = etree.fromstring(response, _PARSER)
    outcome = read_inserts(response)
    removed = 0
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        name = local(element.tag)
        handle = element.get("handle") if name == "Feature" else element.get("locator") if name == "Action" else None
        match = _OUR_HANDLE.match(handle or "")
        if not match:
            continue
        number = int(match.group(1))
        original = originals.get(number)
        if name == "Feature":
            fids = [e.get("fid") for e in element.iter() if isinstance(e.tag, str) and local(e.tag) == "FeatureId"]
            if any(f in undone for f in fids):
                removed += len(fids)
                element.getparent().remove(element)
            elif original:
                element.set("handle", original)
            else:
                del element.attrib["handle"]
        elif name == "Action":
            siblings = outcome.failed.get(number, [])
            if element is not _first_failure(root, number):
                element.getparent().remove(element)
                continue
            element.set("locator", original or "Insert")
            messages = [m for m in element if isinstance(m.tag, str)]
            if messages:
                messages[0].text = "; ".join(dict.fromkeys(siblings)) + (
                    " (nothing of this Insert was written)" if outcome.written.get(number) else ""
                )
    for element in root.iter():
        if isinstance(element.tag, str) and local(element.tag).lower() == "totalinserted" and removed:
            element.text = str(max(0, int(element.text or 0) - removed))
    return serialise(root)


def _first_failure(root, number: int):
    for element in root.iter():
        if isinstance(element.tag, str) and local(element.tag) == "Action":
            match = _OUR_HANDLE.match(element.get("locator") or "")
            if match and int(match.group(1)) == number:
                return element
    return None


def several_feature_inserts(root) -> list[tuple[str, dict[str, str], str | None]]:
    """The features of the Inserts holding more than one (before split_inserts): (layer, text values, GML of the
    geometry), for a trial write."""
    found = []
    for action in root:
        if not isinstance(action.tag, str) or local(action.tag) != "Insert":
            continue
        features = [child for child in action if isinstance(child.tag, str)]
        if len(features) < 2:
            continue
        for feature in features:
            values, gml = {}, None
            for prop in feature:
                if not isinstance(prop.tag, str):
                    continue
                geometries = [g for g in prop if isinstance(g.tag, str)]
                if geometries:
                    gml = etree.tostring(geometries[0], encoding="unicode")
                else:
                    values[local(prop.tag)] = (prop.text or "").strip()
            found.append((local(feature.tag), values, gml))
    return found
