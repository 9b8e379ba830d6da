"""The published layers: name, relation, key, geometry, and the column that ties a row to what a user may see."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LayerSpec:
    name: str  # layer name = short name = WFS type name
    schema: str
    relation: str
    key: str  # key columns as the postgres provider's URI names them
    geometry_column: str
    geometry_type: str  # as the postgres provider names it in a URI
    scope_column: str  # situation_id, or plan_id for the plans' layers
    title: str
    abstract: str
    editable: bool = False  # WFS-T Insert/Update/Delete

    @property
    def scoped_by_plan(self) -> bool:
        return self.scope_column == "plan_id"


# Drawn bottom to top in this order.
LAYERS: tuple[LayerSpec, ...] = (
    LayerSpec(
        "situations",
        "crisis",
        "situation_areas",
        "situation_id",
        "area",
        "MultiPolygon",
        "situation_id",
        "Situations",
        "Area of interest of each situation (incident, event, exercise, test); "
        "is_exercise marks exercises and tests, whose data must never be taken for real.",
    ),
    LayerSpec(
        "plan_zones",
        "crisis",
        "plan_zones",
        "plan_id",
        "geom",
        "MultiPolygon",
        "plan_id",
        "Emergency planning zones",
        "Emergency planning zone of each emergency plan (PGUI, PPUI, monodisciplinary, internal).",
    ),
    LayerSpec(
        "plan_perimeters",
        "crisis",
        "plan_perimeter_features",
        "id",
        "geom",
        "MultiPolygon",
        "plan_id",
        "Prepared perimeters of plans",
        "Zones prepared in emergency plans (planning zones, safety zones, "
        "evacuation and sheltering areas), copied into a situation when its plan is activated there. "
        "Read-only: they change through the plan library.",
    ),
    LayerSpec(
        "perimeters",
        "crisis",
        "perimeter_features",
        "id",
        "geom",
        "MultiPolygon",
        "situation_id",
        "Perimeters",
        "Safety zones (red exclusion, orange isolation, yellow deterrence) and other areas "
        "of a situation. Editable through WFS-T; earlier shapes are kept in the perimeter history.",
        editable=True,
    ),
    LayerSpec(
        "weather_observations",
        "crisis",
        "weather_observation_features",
        "id",
        "geom",
        "Point",
        "situation_id",
        "Weather observations",
        "Wind (direction it blows from, speed), temperature, precipitation and "
        "stability observed at a place and time for a situation.",
    ),
    LayerSpec(
        "feed_entries",
        "crisis",
        "located_feed_entries",
        "id",
        "location",
        "Point",
        "situation_id",
        "Logbook entries",
        "Logbook (main courante) entries of a situation that carry a location.",
    ),
    LayerSpec(
        "plan_anchors",
        "crisis",
        "plan_anchor_features",
        "id",
        "geom",
        "Point",
        "plan_id",
        "Prepared anchors of plans",
        "Places prepared in emergency plans (command posts, assembly and "
        "regroupment points, medical posts, road blocks...), copied into a situation when its plan is activated "
        "there. Read-only: they change through the plan library.",
    ),
    LayerSpec(
        "anchors",
        "crisis",
        "anchor_features",
        "id",
        "geom",
        "Point",
        "situation_id",
        "Anchors",
        "Key places of a situation: command post, coordination committee, advanced medical "
        "post, road blocks, hazard source... Editable through WFS-T.",
        editable=True,
    ),
)

BY_NAME: dict[str, LayerSpec] = {spec.name: spec for spec in LAYERS}
EDITABLE: frozenset[str] = frozenset(spec.name for spec in LAYERS if spec.editable)
