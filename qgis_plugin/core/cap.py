"""OASIS CAP 1.2 alerts built from a situation and its perimeters (plain XML, no Qt)."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime

from ..definitions.perimeter_kinds import perimeter_kind

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
# CAP status by situation kind: exercise data must never read as real.
STATUS_BY_KIND = {"incident": "Actual", "event": "Actual", "exercise": "Exercise", "test": "Test"}
# What the zone asks of the public, in CAP's terms.
SEVERITY_BY_ZONE = {"red": "Extreme", "orange": "Severe", "yellow": "Moderate"}
URGENCY_BY_ZONE = {"red": "Immediate", "orange": "Immediate", "yellow": "Expected"}


@dataclass
class CapArea:
    """One alert area: a description and its polygons, each a closed ring of (lat, lon) in WGS84."""

    description: str
    polygons: list[list[tuple[float, float]]] = field(default_factory=list)
    kind: str = ""


def cap_status(situation: dict) -> str:
    if situation.get("is_exercise") and situation.get("kind") not in STATUS_BY_KIND:
        return "Exercise"
    return STATUS_BY_KIND.get(situation.get("kind", ""), "Actual")


def polygon_text(ring: list[tuple[float, float]], decimals: int = 6) -> str:
    """CAP polygon text: 'lat,lon' pairs separated by spaces, first pair repeated at the end."""
    points = [(round(lat, decimals), round(lon, decimals)) for lat, lon in ring]
    if points and points[0] != points[-1]:
        points.append(points[0])
    if len(points) < 4:
        raise ValueError("a CAP polygon needs at least 4 coordinate pairs")
    for lat, lon in points:
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"coordinate out of range: {lat},{lon}")
    return " ".join(f"{lat:.{decimals}f},{lon:.{decimals}f}" for lat, lon in points)


def _cap_time(moment: datetime) -> str:
    """CAP dateTime: seconds precision with an explicit offset, never 'Z'."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def build_alert(
    situation: dict,
    areas: list[CapArea],
    sender: str,
    headline: str = "",
    description: str = "",
    instruction: str = "",
    language: str = "en-GB",
    identifier: str | None = None,
    sent: datetime | None = None,
    msg_type: str = "Alert",
    category: str = "Safety",
    event: str | None = None,
    web: str | None = None,
) -> str:
    """A CAP 1.2 alert document (UTF-8 XML text) for the situation, one <area> per zone."""
    ET.register_namespace("", CAP_NS)
    q = f"{{{CAP_NS}}}"
    alert = ET.Element(q + "alert")

    def sub(parent, tag, text):
        element = ET.SubElement(parent, q + tag)
        element.text = str(text)
        return element

    status = cap_status(situation)
    sub(alert, "identifier", identifier or f"urn:uuid:{uuid.uuid4()}")
    sub(alert, "sender", sender)
    sub(alert, "sent", _cap_time(sent or datetime.now(UTC)))
    sub(alert, "status", status)
    sub(alert, "msgType", msg_type)
    sub(alert, "scope", "Public")
    if status != "Actual":
        sub(alert, "note", f"{status.upper()}: {situation.get('title', '')}")
    info = ET.SubElement(alert, q + "info")
    sub(info, "language", language)
    sub(info, "category", category)
    sub(info, "event", event or situation.get("title", ""))
    kinds = [area.kind for area in areas]
    worst = next((k for k in ("red", "orange", "yellow") if k in kinds), None)
    sub(info, "urgency", URGENCY_BY_ZONE.get(worst, "Expected"))
    sub(info, "severity", SEVERITY_BY_ZONE.get(worst, "Moderate"))
    sub(info, "certainty", "Observed" if situation.get("kind") == "incident" else "Likely")
    sub(info, "headline", (headline or situation.get("title", ""))[:160])
    if description or situation.get("description"):
        sub(info, "description", description or situation.get("description", ""))
    if instruction:
        sub(info, "instruction", instruction)
    if web:
        sub(info, "web", web)
    for area in areas:
        element = ET.SubElement(info, q + "area")
        sub(element, "areaDesc", area.description)
        for ring in area.polygons:
            sub(element, "polygon", polygon_text(ring))
    return ET.tostring(alert, encoding="unicode", xml_declaration=False).join(
        ['<?xml version="1.0" encoding="UTF-8"?>\n', "\n"]
    )


def area_for_perimeter(kind: str, label: str, rings: list[list[tuple[float, float]]]) -> CapArea:
    """A CAP area for a perimeter: its kind's English label (and the perimeter's label) as description."""
    try:
        name = perimeter_kind(kind).label
    except KeyError:
        name = kind
    return CapArea(f"{name}: {label}" if label else name, rings, kind)
