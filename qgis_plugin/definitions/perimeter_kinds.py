"""Perimeter kinds (safety zones and other polygons), as in crisis.perimeter_kinds."""

from __future__ import annotations

from dataclasses import dataclass

from .labels import EXTRAS, english


@dataclass(frozen=True)
class PerimeterKind:
    code: str
    label: str  # English; widgets show the label in QGIS's language (core.i18n.vocabulary_label)
    fill_colour: str
    draw_order: int


PERIMETER_KINDS: tuple[PerimeterKind, ...] = tuple(
    PerimeterKind(
        code, label, EXTRAS["perimeter_kinds"][code]["fill_colour"], EXTRAS["perimeter_kinds"][code]["draw_order"]
    )
    for code, label in english("perimeter_kinds").items()
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
