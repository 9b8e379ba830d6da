"""Anchor kinds (key places of a situation), as in crisis.anchor_kinds, in palette order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AnchorKind:
    code: str
    label: str  # English; the palette shows the translation
    pictogram: str  # file name (without .svg) under styles/pictograms


_KINDS = [
    ("pc_ops", "Operational command post (PC-Ops)"),
    ("coordination_committee", "Coordination committee (CC)"),
    ("advanced_medical_post", "Advanced medical post (PMA)"),
    ("triage_point", "Triage / transfer point"),
    ("ambulance_park", "Ambulance park"),
    ("reception_centre", "Victim and involved-persons reception centre"),
    ("evacuation_centre", "Evacuation / shelter centre"),
    ("regroupment_point", "Regroupment point for responders"),
    ("staging_area", "Staging area for means"),
    ("press_point", "Press point"),
    ("helicopter_landing_zone", "Helicopter landing zone"),
    ("decontamination_point", "Decontamination point"),
    ("road_block", "Road block"),
    ("incident_origin", "Incident origin (hazard source)"),
]

ANCHOR_KINDS: tuple[AnchorKind, ...] = tuple(AnchorKind(code, label, code) for code, label in _KINDS)
ANCHOR_KIND_CODES = tuple(kind.code for kind in ANCHOR_KINDS)
ANCHOR_STATUSES = ("planned", "active", "inactive")
ANCHOR_STATUS_LABELS = {"planned": "Planned", "active": "Active", "inactive": "Inactive"}


def anchor_kind(code: str) -> AnchorKind:
    for kind in ANCHOR_KINDS:
        if kind.code == code:
            return kind
    raise KeyError(code)
