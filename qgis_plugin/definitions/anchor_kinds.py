"""Anchor kinds (key places of a situation), as in crisis.anchor_kinds, in palette order."""

from __future__ import annotations

from dataclasses import dataclass

from .labels import EXTRAS, codes, english


@dataclass(frozen=True)
class AnchorKind:
    code: str
    label: str  # English; widgets show the label in QGIS's language (core.i18n.vocabulary_label)
    pictogram: str  # file name (without .svg) under styles/pictograms


ANCHOR_KINDS: tuple[AnchorKind, ...] = tuple(
    AnchorKind(code, label, EXTRAS["anchor_kinds"][code]["pictogram"])
    for code, label in english("anchor_kinds").items()
)
ANCHOR_STATUSES = codes("anchor_statuses")
