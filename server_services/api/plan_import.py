"""Prepared zones and places of a plan from a GIS file: the file's attribute mapped to the platform's kinds
(guessed where the names are obvious, given explicitly otherwise), the whole file checked feature by feature
first (geometry type, kind, validity, Belgium), then all of it written in one transaction, or nothing
(store/plan_places.py)."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

import psycopg

from ..store import plan_places
from ..store.accounts import User
from ..store.errors import ValidationFailed
from ..store.plans import managed_plan
from . import gis_files

MODES = ("append", "replace")
MAX_VERTICES = 100_000  # per feature
KIND_FIELDS = (
    "kind",
    "type",
    "zone",
    "zone_type",
    "zonetype",
    "soort",
    "categorie",
    "category",
    "typ",
    "art",
    "klasse",
    "class",
    "code",
)
LABEL_FIELDS = (
    "label",
    "name",
    "naam",
    "nom",
    "titel",
    "title",
    "titre",
    "bezeichnung",
    "libelle",
    "omschrijving",
    "description",
)
# Words planners write for the kinds, beyond the kinds' own codes and labels in four languages (sql/004).
SYNONYMS = {
    "perimeter": {
        "red": (
            "rood",
            "rode",
            "rouge",
            "rot",
            "rote",
            "exclusion",
            "uitsluiting",
            "uitsluitingszone",
            "perimetre d exclusion",
            "zone d exclusion",
            "sperrzone",
        ),
        "orange": (
            "oranje",
            "orange zone",
            "isolation",
            "isolatie",
            "isolatiezone",
            "perimetre d isolation",
            "zone d isolation",
            "absperrzone",
        ),
        "yellow": (
            "geel",
            "gele",
            "jaune",
            "gelb",
            "gelbe",
            "dissuasion",
            "ontrading",
            "ontradingszone",
            "perimetre de dissuasion",
            "zone de dissuasion",
        ),
        "emergency_planning_zone": (
            "npz",
            "noodplanningszone",
            "planning zone",
            "zpu",
            "zone de planification",
            "notfallplanungszone",
            "planningszone",
        ),
        "evacuation": ("evacuatie", "evacuation", "evacuatiezone", "zone d evacuation", "evakuierung"),
        "sheltering": ("schuilen", "schuilzone", "confinement", "mise a l abri", "shelter", "shelter in place"),
        "intervention_zone": ("intervention", "interventie", "interventiezone"),
        "traffic_diversion": ("omleiding", "deviation", "umleitung", "traffic diversion", "verkeersomleiding"),
    },
    "anchor": {
        "pc_ops": ("pc ops", "cp ops", "pcops", "cpops", "commandopost", "poste de commandement", "command post"),
        "coordination_committee": ("cc", "cc prov", "cc com", "cc gem", "coordinatiecomite"),
        "advanced_medical_post": ("pma", "vmp", "medical post", "medische post"),
        "triage_point": ("triage",),
        "ambulance_park": ("ambulances", "ambulance"),
        "reception_centre": ("onthaalcentrum", "centre d accueil", "reception", "opvang"),
        "evacuation_centre": ("evacuatiecentrum", "opvangcentrum", "centre d evacuation", "shelter centre"),
        "regroupment_point": ("hergroeperingspunt", "point de regroupement", "regroupment", "assembly point"),
        "staging_area": ("verzamelplaats", "zone de rassemblement", "staging"),
        "press_point": ("perspunt", "point presse", "press", "pers"),
        "helicopter_landing_zone": ("heli", "helikopter", "helicopter", "hls", "helistation"),
        "decontamination_point": ("decontaminatie", "decontamination", "deconta"),
        "road_block": ("wegafsluiting", "afsluiting", "barrage", "road block", "roadblock", "strassensperre"),
        "incident_origin": ("bron", "source", "origin", "hazard source"),
    },
}


@dataclass(frozen=True)
class ImportOptions:
    kind_field: str | None = None
    kind_map: dict[str, str] | None = None
    label_field: str | None = None
    source_crs: str | None = None
    layer: str | None = None
    mode: str = "append"  # replace: the file's features take the place of all the plan's prepared ones
    dry_run: bool = False


@dataclass
class Checked:
    family: str  # anchor or perimeter
    kind: str
    label: str
    wkb: bytes


@dataclass
class Report:
    format: str
    layers: list
    mapping: dict
    features: int = 0
    problems: list = field(default_factory=list)
    accepted: list = field(default_factory=list)

    def as_json(self, options: ImportOptions) -> dict:
        return {
            "dry_run": options.dry_run,
            "mode": options.mode,
            "format": self.format,
            "layers": self.layers,
            "mapping": self.mapping,
            "features": self.features,
            "anchors": sum(c.family == "anchor" for c in self.accepted),
            "perimeters": sum(c.family == "perimeter" for c in self.accepted),
            "problems": self.problems,
            "written": False,
        }


def normalise(text: str) -> str:
    """Case, accents and punctuation left out: "Zone d'évacuation" -> "zone d evacuation"."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def vocabulary(conn: psycopg.Connection) -> dict[str, dict[str, str]]:
    """{family: {normalised word: kind}} from the kinds' codes and labels (sql/004) and SYNONYMS."""
    words: dict[str, dict[str, str]] = {"anchor": {}, "perimeter": {}}
    for family, kinds in plan_places.kind_words(conn).items():
        for code, *labels in kinds:
            for text in (code, *labels):
                for part in (text, text.split("(")[0], *re.findall(r"\(([^)]*)\)", text)):
                    words[family].setdefault(normalise(part), code)
        for code, synonyms in SYNONYMS[family].items():
            for synonym in synonyms:
                words[family].setdefault(normalise(synonym), code)
    words["anchor"].pop("", None)
    words["perimeter"].pop("", None)
    return words


def _family(geometry) -> tuple[str | None, object, str | None]:
    """(anchor | perimeter, the geometry to store, or None and the reason)."""
    import shapely

    kind = geometry.geom_type
    if kind == "MultiPoint" and len(geometry.geoms) == 1:
        geometry, kind = geometry.geoms[0], "Point"
    geometry = shapely.force_2d(geometry)
    if kind == "Point":
        return "anchor", geometry, None
    if kind in ("Polygon", "MultiPolygon"):
        return "perimeter", shapely.multipolygons([geometry]) if kind == "Polygon" else geometry, None
    what = {"LineString": "a line", "MultiLineString": "lines", "MultiPoint": "several points"}.get(kind, kind)
    return None, None, (f"{what} ({kind}): prepared places must be points and zones polygons")


def _field(fields: list[str], wanted: str | None, candidates: tuple[str, ...]) -> str | None:
    by_name = {f.lower(): f for f in fields}
    if wanted is not None:
        return by_name.get(wanted.lower())
    return next((by_name[c] for c in candidates if c in by_name), None)


def _explicit_kind(kind_map: dict[str, str], value: str) -> str | None:
    if value in kind_map:
        return kind_map[value]
    lowered = {k.strip().lower(): v for k, v in kind_map.items()}
    return lowered.get(value.strip().lower())


def _guess_kind_field(source: gis_files.SourceFile, words, families) -> str | None:
    """The attribute whose values name the most kinds (the obvious names first on a tie)."""
    best, best_hits = None, 0
    ordered = sorted(
        source.fields, key=lambda f: KIND_FIELDS.index(f.lower()) if f.lower() in KIND_FIELDS else len(KIND_FIELDS)
    )
    for name in ordered:
        hits = sum(
            1
            for feature, family in zip(source.features, families, strict=True)
            if family and normalise(feature.properties.get(name) or "") in words[family]
        )
        if hits > best_hits:
            best, best_hits = name, hits
    return best


def check(conn: psycopg.Connection, source: gis_files.SourceFile, options: ImportOptions) -> Report:
    """Every feature checked; the report names each refused one with its reason."""
    words = vocabulary(conn)
    shaped = [_family(f.geometry) if f.geometry is not None else (None, None, "no geometry") for f in source.features]
    families = [family for family, _, _ in shaped]
    if options.kind_field is not None:
        kind_field = _field(source.fields, options.kind_field, ())
        if kind_field is None:
            raise ValidationFailed(
                details={
                    "fields": {
                        "kind_field": "the file has no field "
                        f"{options.kind_field!r}; its fields: " + ", ".join(source.fields)[:500]
                    }
                }
            )
    elif options.kind_map:
        kind_field = max(
            source.fields,
            default=None,
            key=lambda f: sum(
                _explicit_kind(options.kind_map, x.properties.get(f) or "\x00") is not None for x in source.features
            ),
        )
    else:
        kind_field = _guess_kind_field(source, words, families)
    label_field = _field(source.fields, options.label_field, LABEL_FIELDS)
    if options.label_field is not None and label_field is None:
        raise ValidationFailed(details={"fields": {"label_field": f"the file has no field {options.label_field!r}"}})
    report = Report(
        source.format,
        source.layers,
        {
            "kind_field": kind_field,
            "label_field": label_field,
            "guessed": not (options.kind_field or options.kind_map),
            "values": {},
        },
        len(source.features),
    )
    candidates = []
    for feature, (family, geometry, reason) in zip(source.features, shaped, strict=True):
        value = feature.properties.get(kind_field) if kind_field else None
        if reason is None:
            kind, reason = _kind(family, value, kind_field, options, words)
            if kind is not None:
                report.mapping["values"][value] = kind
        if reason is None:
            reason = _geometry_problem(geometry)
        if reason is not None:
            report.problems.append({"layer": feature.layer, "feature": feature.number, "reason": reason})
            continue
        label = (feature.properties.get(label_field) or "") if label_field else ""
        candidates.append((feature, Checked(family, kind, label.strip()[:200], geometry.wkb)))
    _check_in_database(conn, candidates, report)
    return report


def _kind(family: str, value: str | None, kind_field: str | None, options: ImportOptions, words):
    if kind_field is None:
        return None, "unknown kind: no attribute of the file names the kinds; give kind_field and kind_map"
    if value is None or not value.strip():
        return None, f"unknown kind: the field {kind_field!r} is empty"
    kind = _explicit_kind(options.kind_map, value) if options.kind_map else None
    other = "perimeter" if family == "anchor" else "anchor"
    if kind is None:
        kind = words[family].get(normalise(value)) or words[other].get(normalise(value))
    if kind is None:
        return None, f"unknown kind {value[:100]!r} (field {kind_field!r}): map it in kind_map"
    if kind not in words[family].values():
        shape = "point" if family == "anchor" else "polygon"
        return None, f"kind {kind!r} ({value[:100]!r}) does not fit a {shape}: places are points, zones polygons"
    return kind, None


def _geometry_problem(geometry) -> str | None:
    import shapely

    if shapely.get_num_coordinates(geometry) > MAX_VERTICES:
        return f"more than {MAX_VERTICES} vertices"
    if not all(math.isfinite(v) for v in geometry.bounds):
        return "the coordinates cannot be placed in EPSG:4326 (wrong coordinate system?)"
    minx, miny, maxx, maxy = geometry.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        return "coordinates out of range for EPSG:4326 (wrong coordinate system?)"
    return None


def _check_in_database(conn, candidates: list, report: Report) -> None:
    if not candidates:
        return
    rows = plan_places.judge(conn, [c.wkb for _, c in candidates])
    for (feature, checked), row in zip(candidates, rows, strict=True):
        if not row["valid"]:
            reason = f"invalid geometry: {row['reason']}"
        elif not row["near"]:
            reason = "outside Belgium (wrong coordinate system or axis order?)"
        else:
            report.accepted.append(checked)
            continue
        report.problems.append({"layer": feature.layer, "feature": feature.number, "reason": reason})
    report.problems.sort(key=lambda p: (p["layer"], p["feature"]))


def run(conn: psycopg.Connection, user: User, plan_id: int, content: bytes, options: ImportOptions) -> dict:
    """Reads and checks the file; writes it unless it is a dry run or something was refused. The report."""
    managed_plan(conn, user, plan_id)  # outsiders learn nothing about the file, readers may not import
    source = gis_files.read(content, options.source_crs, options.layer)
    report = check(conn, source, options)
    answer = report.as_json(options)
    if not options.dry_run and not report.problems:
        answer["created"] = plan_places.write(conn, user, plan_id, report.accepted, options.mode)
        answer["written"] = True
    return answer
