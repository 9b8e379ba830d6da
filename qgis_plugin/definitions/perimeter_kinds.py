"""Perimeter kinds (safety zones and other polygons), as in crisis.perimeter_kinds."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PerimeterKind:
    code: str
    label: str  # English; widgets show the translation
    fill_colour: str
    draw_order: int


PERIMETER_KINDS: tuple[PerimeterKind, ...] = (
    PerimeterKind("red", "Red zone (exclusion perimeter)", "#d7191c", 100),
    PerimeterKind("orange", "Orange zone (isolation perimeter)", "#f28e1c", 90),
    PerimeterKind("yellow", "Yellow zone (deterrence perimeter)", "#ffd92f", 80),
    PerimeterKind("emergency_planning_zone", "Emergency planning zone", "#7b3294", 10),
    PerimeterKind("intervention_zone", "Intervention zone", "#2c7bb6", 50),
    PerimeterKind("evacuation", "Evacuation area", "#a6611a", 60),
    PerimeterKind("sheltering", "Sheltering (confinement) area", "#018571", 70),
    PerimeterKind("traffic_diversion", "Traffic-diversion area", "#636363", 20),
)
PERIMETER_KIND_CODES = tuple(kind.code for kind in PERIMETER_KINDS)

# The three safety perimeters drawn around a hazard, innermost first.
SAFETY_ZONES = ("red", "orange", "yellow")
DEFAULT_RING_RADII_M = (100.0, 300.0, 1000.0)


def perimeter_kind(code: str) -> PerimeterKind:
    for kind in PERIMETER_KINDS:
        if kind.code == code:
            return kind
    raise KeyError(code)
