"""What the styles are made of: layers, fields, kinds with labels and colours, value maps (plain data, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import vocabulary

STYLES_DIR = Path(__file__).resolve().parent
PICTOGRAMS_DIR = STYLES_DIR / "pictograms"
QML_DIR = STYLES_DIR / "qml"
SLD_DIR = STYLES_DIR / "sld"

# Pictograms are 24 px on a 96 dpi screen (6.35 mm), and scale with the DPI of a print or a WMS request.
PICTOGRAM_SIZE_MM = 6.35
FONT_FAMILY = "DejaVu Sans"
WIND_ARROW = "symbols/wind_arrow.svg"
WIND_ARROW_SIZE_MM = 8.0


@dataclass(frozen=True)
class AnchorKind:
    code: str
    label: str


@dataclass(frozen=True)
class PerimeterKind:
    code: str
    label: str
    colour: str
    draw_order: int
    look: str  # "zone" (translucent fill), "outline", "hatch", "crosshatch", "dots"
    dash: str = "solid"  # outline pen: solid, dash, dot, dash dot


def _english(name: str) -> dict:
    """code -> English label of one list of the database's vocabulary (styles/vocabulary.py), in form order."""
    return {code: labels["en"] for code, labels in vocabulary.LISTS[name]}


# How each kind of zone is drawn (the colour and draw order are the database's, the look is the styles' own).
_PERIMETER_LOOKS = {
    "red": ("zone",),
    "orange": ("zone",),
    "yellow": ("zone",),
    "emergency_planning_zone": ("outline", "dash"),
    "intervention_zone": ("hatch",),
    "evacuation": ("crosshatch", "dash dot"),
    "sheltering": ("dots",),
    "traffic_diversion": ("outline", "dot"),
}

# The rows of crisis.anchor_kinds and crisis.perimeter_kinds, in their form order.
ANCHOR_KINDS = tuple(AnchorKind(code, label) for code, label in _english("anchor_kinds").items())
PERIMETER_KINDS = tuple(
    PerimeterKind(
        code,
        label,
        vocabulary.EXTRAS["perimeter_kinds"][code]["fill_colour"],
        vocabulary.EXTRAS["perimeter_kinds"][code]["draw_order"],
        *_PERIMETER_LOOKS[code],
    )
    for code, label in _english("perimeter_kinds").items()
)

ZONE_FILL_OPACITY = 0.4
ZONE_EDGE_DARKER = 125  # QColor.darker factor of a zone's outline

# Value maps: code -> English label, in the order a form lists them. A None code is the empty value (NULL).
SITUATION_KINDS = _english("situation_kinds")
SITUATION_STATUSES = _english("situation_statuses")
PHASES = _english("coordination_phases")
ACTIVATION_LEVELS = {None: "(none)", **_english("activation_levels")}
ANCHOR_STATUSES = _english("anchor_statuses")
FEED_CHANNELS = _english("feed_channels")
FEED_PRIORITIES = _english("feed_priorities")
DISCIPLINES = {None: "(none)", **_english("disciplines")}
PLAN_KINDS = _english("plan_kinds")
PLAN_STATUSES = _english("plan_statuses")
STABILITY_CLASSES = {None: "(unknown)", **_english("stability_classes")}

# Feed priorities: marker shape, colour and size (mm); urgent is larger, red and ringed.
FEED_PRIORITY_MARKERS = {
    "info": ("circle", "#546e7a", 3.0),
    "important": ("diamond", "#ef6c00", 4.2),
    "urgent": ("star", "#d50000", 5.5),
}

PLAN_KIND_LOOKS = {  # colour, outline pen
    "PGUI": ("#2c7bb6", "dash"),
    "PPUI": ("#7b3294", "solid"),
    "monodisciplinary": ("#1a9641", "dash dot"),
    "internal": ("#636363", "dot"),
}

# Places and zones prepared in plans (the layers plan_anchors and plan_perimeters) are drawn as their situation
# counterparts but visibly "prepared", so that nobody takes a plan's command post or zone for one in force: fills
# and patterns lighter, solid outlines dashed, pictograms faded inside a dashed ring, labels grey.
PREPARED_FILL_SHARE = 0.4  # a prepared zone's fill and pattern opacity, as a share of its situation counterpart's
PREPARED_ANCHOR_OPACITY = 0.6
PREPARED_RING = ("#37474f", 7.6, 0.4)  # colour, diameter (mm, around the 6.35 mm pictogram), pen width (mm)
PREPARED_LABEL_COLOUR = "#455a64"

EXERCISE_COLOUR = "#c51b7d"
SITUATION_COLOUR = "#1a237e"
WIND_COLOUR = "#0d47a1"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # int, bigint, text, bool, datetime, double
    alias: str
    value_map: dict | None = None
    read_only: bool = False
    not_null: bool = False
    default: str | None = None  # QGIS expression
    max_length: int | None = None
    multiline: bool = False


@dataclass(frozen=True)
class Layer:
    name: str
    geometry: str  # Point, MultiPolygon
    fields: tuple[Field, ...]
    table: str  # the database table behind the layer (for checks against the database)
    geometry_column: str = "geom"  # as the OGC front publishes it
    editable: bool = False  # WFS-T layers; the others are read-only in their forms
    columns: dict = field(default_factory=dict)  # layer field -> table column where the names differ


def _server_set(*names: str) -> tuple[Field, ...]:
    aliases = {
        "id": "Id",
        "version": "Version",
        "organisation_id": "Organisation",
        "created_by": "Created by",
        "created_at": "Created at",
        "updated_by": "Updated by",
        "updated_at": "Updated at",
    }
    types = {"created_at": "datetime", "updated_at": "datetime", "version": "int"}
    return tuple(Field(n, types.get(n, "bigint"), aliases[n], read_only=True) for n in names)


ANCHOR_KIND_MAP = {k.code: k.label for k in ANCHOR_KINDS}
PERIMETER_KIND_MAP = {k.code: k.label for k in PERIMETER_KINDS}

LAYERS = (
    Layer(
        "situations",
        "MultiPolygon",
        (
            *_server_set("id"),
            Field("kind", "text", "Kind", SITUATION_KINDS, not_null=True),
            Field("status", "text", "Status", SITUATION_STATUSES, not_null=True),
            Field("phase", "text", "Coordination phase", PHASES, not_null=True),
            Field("activation_level", "text", "Activation level", ACTIVATION_LEVELS),
            Field("title", "text", "Title", not_null=True),
            Field("description", "text", "Description", multiline=True),
            Field("starts_at", "datetime", "Starts at"),
            Field("ends_at", "datetime", "Ends at"),
            Field("owner_org_id", "bigint", "Owner organisation"),
            Field("is_exercise", "bool", "Exercise or test"),
            *_server_set("version", "created_by", "created_at", "updated_by", "updated_at"),
        ),
        "situations",
        geometry_column="area",
    ),
    Layer(
        "anchors",
        "Point",
        (
            *_server_set("id"),
            Field("situation_id", "bigint", "Situation", not_null=True),
            Field("kind", "text", "Kind", ANCHOR_KIND_MAP, not_null=True),
            Field("label", "text", "Label", max_length=200, default="''"),
            Field("status", "text", "Status", ANCHOR_STATUSES, not_null=True, default="'active'"),
            Field("notes", "text", "Notes", max_length=4000, default="''", multiline=True),
            *_server_set("version", "organisation_id", "created_by", "created_at", "updated_by", "updated_at"),
        ),
        "anchors",
        editable=True,
    ),
    Layer(
        "perimeters",
        "MultiPolygon",
        (
            *_server_set("id"),
            Field("situation_id", "bigint", "Situation", not_null=True),
            Field("kind", "text", "Kind", PERIMETER_KIND_MAP, not_null=True),
            Field("label", "text", "Label", max_length=200, default="''"),
            Field("notes", "text", "Notes", max_length=4000, default="''", multiline=True),
            *_server_set("version", "organisation_id", "created_by", "created_at", "updated_by", "updated_at"),
        ),
        "perimeters",
        editable=True,
    ),
    Layer(
        "feed_entries",
        "Point",
        (
            *_server_set("id"),
            Field("situation_id", "bigint", "Situation"),
            Field("channel", "text", "Channel", FEED_CHANNELS),
            Field("priority", "text", "Priority", FEED_PRIORITIES),
            Field("body", "text", "Text", multiline=True),
            Field("author_id", "bigint", "Author"),
            Field("organisation_id", "bigint", "Organisation"),
            Field("discipline", "text", "Discipline", DISCIPLINES),
            Field("corrects_id", "bigint", "Corrects entry"),
            Field("is_system", "bool", "System entry"),
            Field("created_at", "datetime", "Created at"),
        ),
        "feed_entries",
        geometry_column="location",
    ),
    Layer(
        "plan_zones",
        "MultiPolygon",
        (
            Field("plan_id", "bigint", "Plan"),
            Field("code", "text", "Code"),
            Field("kind", "text", "Kind", PLAN_KINDS),
            Field("title", "text", "Title"),
            Field("discipline", "text", "Discipline", DISCIPLINES),
            Field("risk_site", "text", "Risk site"),
            Field("status", "text", "Status", PLAN_STATUSES),
        ),
        "plans",
        columns={"plan_id": "id", "geom": "zone"},
    ),
    Layer(
        "plan_perimeters",
        "MultiPolygon",
        (
            *_server_set("id"),
            Field("plan_id", "bigint", "Plan"),
            Field("kind", "text", "Kind", PERIMETER_KIND_MAP),
            Field("label", "text", "Label"),
        ),
        "plan_perimeters",
    ),
    Layer(
        "plan_anchors",
        "Point",
        (
            *_server_set("id"),
            Field("plan_id", "bigint", "Plan"),
            Field("kind", "text", "Kind", ANCHOR_KIND_MAP),
            Field("label", "text", "Label"),
        ),
        "plan_anchors",
    ),
    Layer(
        "weather_observations",
        "Point",
        (
            *_server_set("id"),
            Field("situation_id", "bigint", "Situation"),
            Field("observed_at", "datetime", "Observed at"),
            Field("wind_from_deg", "double", "Wind from (degrees)"),
            Field("wind_speed_ms", "double", "Wind speed (m/s)"),
            Field("temperature_c", "double", "Temperature (°C)"),
            Field("precipitation_mm", "double", "Precipitation (mm)"),
            Field("stability_class", "text", "Stability class", STABILITY_CLASSES),
            Field("source", "text", "Source"),
            Field("created_at", "datetime", "Created at"),
        ),
        "weather_observations",
    ),
)

LAYERS_BY_NAME = {layer.name: layer for layer in LAYERS}


def perimeter_draw_order_expression() -> str:
    """A QGIS expression giving a perimeter's draw_order from its kind (unknown kinds go first)."""
    whens = " ".join(f"WHEN \"kind\" = '{k.code}' THEN {k.draw_order}" for k in PERIMETER_KINDS)
    return f"CASE {whens} ELSE 0 END"
