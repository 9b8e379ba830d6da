"""The situation map in the database: its layers as GeoJSON built by PostGIS, and versioned writes of anchors and
perimeters into the same tables, triggers and audit as WFS-T."""

from __future__ import annotations

import psycopg
from psycopg import sql
from psycopg.adapt import Loader

from .. import vocabulary
from ..db import DictConnection, one, set_actor
from . import situations
from .accounts import User
from .errors import ApiError, Conflict, Forbidden, NotFound, ValidationFailed

LAYERS = ("anchors", "perimeters", "feed_entries", "weather", "plan_zones")
ANCHOR_STATUSES = vocabulary.codes("anchor_statuses")
EDITABLE = {"anchors": ("kind", "label", "status", "notes"), "perimeters": ("kind", "label", "notes")}

# The properties of an anchor or perimeter as the map shows it; `id` is also in the feature's GeoJSON id
# `<layer>.<id>` (the id WFS gives the same feature).
PROPERTIES = {
    "anchors": "t.id, t.kind, t.label, t.status, t.notes, t.version, t.created_at, t.updated_at, t.updated_by",
    "perimeters": "t.id, t.kind, t.label, t.notes, t.version, t.created_at, t.updated_at, t.updated_by",
}
# One feature as GeoJSON text, of a row `t` of the layer's table and `p`, its properties: the geometry by
# ST_AsGeoJSON (7 decimals, about 1 cm), the properties by row_to_json. ST_AsGeoJSON of the whole row writes the
# same, but took twice as long per feature (PostgreSQL's time for 1,000 perimeters 20 -> 10 ms, for 10,000 anchors
# 56 -> 28 ms): most of a large layer's time.
_FEATURE_TEXT = """concat('{{"type":"Feature","id":"{layer}.', t.id, '","geometry":', ST_AsGeoJSON(t.geom, 7),
                          ',"properties":', row_to_json(p), '}}')"""
_PEOPLE = """(SELECT json_build_object('id', u.id, 'name', u.display_name, 'organisation', o.name)
              FROM crisis.users u LEFT JOIN crisis.organisations o ON o.id = u.organisation_id WHERE u.id = t.{})"""
# The feature of the row `t` as json (one feature: written and live changes).
FEATURE = {
    name: sql.SQL("(SELECT {}::json FROM (SELECT {}) p)").format(
        sql.SQL(_FEATURE_TEXT.format(layer=name)), sql.SQL(properties)
    )
    for name, properties in PROPERTIES.items()
}

# Who wrote the features of a layer: {id: {name, organisation}}, once per answer rather than once per feature.
_AUTHORS = """coalesce((SELECT json_object_agg(u.id, json_build_object('name', u.display_name, 'organisation', o.name))
    FROM crisis.users u LEFT JOIN crisis.organisations o ON o.id = u.organisation_id
    WHERE u.id IN (SELECT DISTINCT updated_by FROM crisis.{table} WHERE situation_id = %(sid)s)), '{{}}'::json)::text"""

# One statement per layer: the access rule (evaluated once: OFFSET 0 keeps `v` a sub-select), the features and (for
# the live map) the last change they include, in one snapshot. PostgreSQL writes every JSON value, the features as
# one text; `layer` frames them without copying them (framing them in SQL, by concat or ||, copied the megabytes
# again: a fifth more of PostgreSQL's time).
_EDITABLE_LAYER = """
SELECT v.visible,
       CASE WHEN v.visible THEN
           (SELECT coalesce(max(id), 0) FROM crisis_live.map_changes WHERE situation_id = %(sid)s)::text END AS cursor,
       CASE WHEN v.visible THEN {authors} END AS authors,
       CASE WHEN v.visible THEN
           (SELECT string_agg({feature}, ',')
            FROM crisis.{table} t, LATERAL (SELECT {properties}) p WHERE t.situation_id = %(sid)s) END AS features
FROM (SELECT crisis.can_see_situation(%(uid)s, %(sid)s) AS visible OFFSET 0) v
"""
_READ_ONLY_LAYERS = {
    "feed_entries": """json_build_object('type', 'Feature', 'id', 'feed_entries.' || t.id,
        'geometry', ST_AsGeoJSON(t.location, 7)::json,
        'properties', json_build_object('layer', 'feed_entries', 'id', t.id, 'channel', t.channel,
            'priority', t.priority, 'body', t.body, 'created_at', t.created_at, 'author', t.author_name,
            'organisation', t.organisation_name, 'corrects_id', t.corrects_id, 'is_system', t.is_system))
        FROM crisis.located_feed_entries t WHERE t.situation_id = %(sid)s""",
    "weather": """json_build_object('type', 'Feature', 'id', 'weather.' || t.id,
        'geometry', ST_AsGeoJSON(t.geom, 7)::json,
        'properties', json_build_object('layer', 'weather', 'id', t.id, 'observed_at', t.observed_at,
            'wind_from_deg', t.wind_from_deg, 'wind_speed_ms', t.wind_speed_ms, 'temperature_c', t.temperature_c,
            'precipitation_mm', t.precipitation_mm, 'stability_class', t.stability_class, 'source', t.source))
        FROM crisis.weather_observations t WHERE t.situation_id = %(sid)s""",
    # The plans in force on the situation (activated on it), whose zones the users of the situation see.
    "plan_zones": """json_build_object('type', 'Feature', 'id', 'plan_zones.' || t.id,
        'geometry', ST_AsGeoJSON(t.zone, 7)::json,
        'properties', json_build_object('layer', 'plan_zones', 'id', t.id, 'code', t.code, 'kind', t.kind,
            'title', t.title, 'risk_site', t.risk_site, 'status', t.status))
        FROM crisis.plans t JOIN crisis.plan_activations a ON a.plan_id = t.id
        WHERE a.situation_id = %(sid)s AND a.deactivated_at IS NULL AND t.zone IS NOT NULL""",
}
_READ_ONLY_LAYER = """
SELECT crisis.can_see_situation(%(uid)s, %(sid)s) AS visible,
       CASE WHEN crisis.can_see_situation(%(uid)s, %(sid)s) THEN json_build_object(
           'type', 'FeatureCollection', 'layer', %(layer)s::text,
           'features', coalesce((SELECT json_agg(f ORDER BY (f ->> 'id')) FROM (SELECT {select} AS f {rest}) x),
                                '[]'::json))::text END AS body
"""


class _Utf8(Loader):
    """Text as the UTF-8 bytes PostgreSQL sent: a layer's answer goes out as it came, never decoded and encoded."""

    def load(self, data) -> bytes:
        return bytes(data)


def layer(conn: DictConnection, user: User, situation_id: int, name: str) -> list[bytes]:
    """One layer of the situation's map as GeoJSON (UTF-8, in parts to send one after the other), 404 if the
    situation is not visible."""
    params = {"uid": user.id, "sid": situation_id, "layer": name}
    if name in EDITABLE:
        query = sql.SQL(_EDITABLE_LAYER).format(
            table=sql.SQL(name),
            properties=sql.SQL(PROPERTIES[name]),
            feature=sql.SQL(_FEATURE_TEXT.format(layer=name)),
            authors=sql.SQL(_AUTHORS.format(table=name)),
        )
    else:
        select, _, rest = _READ_ONLY_LAYERS[name].partition("\n        FROM ")
        query = sql.SQL(_READ_ONLY_LAYER).format(select=sql.SQL(select), rest=sql.SQL("FROM " + rest))
    with conn.cursor() as cursor:
        cursor.adapters.register_loader("text", _Utf8)
        row = one(cursor.execute(query, params))
    if not row["visible"]:
        raise NotFound("No such situation.")
    if name not in EDITABLE:
        return [row["body"]]
    head = b'{"type":"FeatureCollection","layer":"%s","cursor":%s,"authors":%s,"features":[' % (
        name.encode(),
        row["cursor"],
        row["authors"],
    )
    return [head, row["features"] or b"", b"]}"]


def feature(conn, layer_name: str, situation_id: int, feature_id: int) -> dict | None:
    """The current state of one anchor or perimeter (no access check: callers have made it), with its author."""
    row = conn.execute(
        sql.SQL(
            "SELECT {} AS feature, {} AS author FROM crisis.{} t WHERE t.id = %(id)s AND t.situation_id = %(sid)s"
        ).format(FEATURE[layer_name], sql.SQL(_PEOPLE.format("updated_by")), sql.Identifier(layer_name)),
        {"id": feature_id, "sid": situation_id},
    ).fetchone()
    if row is None:
        return None
    out = row["feature"]
    out["properties"]["updated_by"] = row["author"]
    return out


# --- writes ---------------------------------------------------------------------------------------------------
_ACCESS = """SELECT crisis.can_see_situation(%(uid)s, %(sid)s) AS can_see,
                    crisis.can_write_situation(%(uid)s, %(sid)s) AS can_write,
                    (SELECT status FROM crisis.situations WHERE id = %(sid)s) AS status"""


def _require_writer(conn, user: User, situation_id: int) -> None:
    access = conn.execute(_ACCESS, {"uid": user.id, "sid": situation_id}).fetchone()
    if not access["can_see"]:
        raise NotFound("No such situation.")
    if not access["can_write"]:
        if access["status"] not in ("draft", "active"):
            raise Forbidden(f"The situation is {access['status']}: its map can no longer be changed.")
        raise Forbidden("Your role may read this map but not change it.")


def _check_shape(conn, geometry: str) -> None:
    """Refuses an invalid polygon with the reason and the place of the fault, so the map can show where."""
    row = conn.execute(
        """SELECT ST_IsValid(g) AS ok, ST_IsValidReason(g) AS reason,
                                 ST_AsGeoJSON((ST_IsValidDetail(g)).location, 7)::json AS location
                          FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(%s::text), 4326) AS g) x""",
        (geometry,),
    ).fetchone()
    if not row["ok"]:
        reason = row["reason"].split("[")[0].strip()
        raise ValidationFailed(
            f"The shape is not valid: {reason}. Nothing was written; move the vertices so that "
            "the outline does not cross itself.",
            {"fields": {"geometry": f"invalid: {reason}"}, "reason": reason, "location": row["location"]},
        )


def _geometry_sql(layer_name: str) -> sql.Composable:
    text = "ST_SetSRID(ST_GeomFromGeoJSON(%(geometry)s::text), 4326)"
    return sql.SQL(f"ST_Multi({text})" if layer_name == "perimeters" else text)


def create(conn, user: User, layer_name: str, situation_id: int, data: dict) -> dict:
    """Writes a new anchor or perimeter; returns it as a GeoJSON Feature."""
    columns = [c for c in EDITABLE[layer_name] if data.get(c) is not None]
    with conn.transaction():
        set_actor(conn, user.id)
        _require_writer(conn, user, situation_id)
        if layer_name == "perimeters":
            _check_shape(conn, data["geometry"])
        query = sql.SQL("INSERT INTO crisis.{} (situation_id, geom{}) VALUES (%(sid)s, {}{}) RETURNING id").format(
            sql.Identifier(layer_name),
            sql.SQL("").join(sql.SQL(", ") + sql.Identifier(c) for c in columns),
            _geometry_sql(layer_name),
            sql.SQL("").join(sql.SQL(", ") + sql.Placeholder(c) for c in columns),
        )
        new_id = one(conn.execute(query, {**data, "sid": situation_id}))["id"]
    return _written(conn, layer_name, situation_id, new_id)


def _written(conn, layer_name: str, situation_id: int, feature_id: int) -> dict:
    """The feature just written; 404 if it was removed meanwhile."""
    current = feature(conn, layer_name, situation_id, feature_id)
    if current is None:
        raise NotFound(
            "The key place was removed meanwhile."
            if layer_name == "anchors"
            else "The perimeter was removed meanwhile."
        )
    return current


def _conflict(conn, layer_name: str, situation_id: int, feature_id: int, version: int) -> ApiError:
    current = feature(conn, layer_name, situation_id, feature_id)
    if current is None:
        return NotFound(
            "The key place was removed meanwhile."
            if layer_name == "anchors"
            else "The perimeter was removed meanwhile."
        )
    props = current["properties"]
    who = props["updated_by"] or {}
    name = ", ".join(v for v in (who.get("name"), who.get("organisation")) if v) or "someone else"
    changed = one(
        conn.execute(
            "SELECT to_char(%s AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD HH24:MI:SS') AS t", (props["updated_at"],)
        )
    )["t"]
    details = {"your_version": version, "current": current, "changed_by": who, "changed_at": props["updated_at"]}
    if layer_name == "anchors":
        return Conflict(
            f"Key place {feature_id} was changed by {name} at {changed} (now version {props['version']}; "
            f"your edit was based on version {version}). Nothing was written.",
            details,
        )
    return Conflict(
        f"Perimeter {feature_id} was changed by {name} at {changed} (now version {props['version']}; "
        f"your edit was based on version {version}). Nothing was written.",
        details,
    )


def update(conn, user: User, layer_name: str, situation_id: int, feature_id: int, version: int, data: dict) -> dict:
    """Changes the given fields (and geometry) of the feature, if it is still at `version`; 409 otherwise."""
    columns = [c for c in EDITABLE[layer_name] if c in data]
    assignments: list[sql.Composable] = [
        sql.SQL("{} = {}").format(sql.Identifier(c), sql.Placeholder(c)) for c in columns
    ]
    if data.get("geometry") is not None:
        assignments.append(sql.SQL("geom = {}").format(_geometry_sql(layer_name)))
    # The version is the one the edit was based on: the database refuses it if it is not the current one
    # (crisis.stamp_feature, under the row lock).
    assignments.append(sql.SQL("version = %(version)s"))
    try:
        with conn.transaction():
            set_actor(conn, user.id)
            _require_writer(conn, user, situation_id)
            if layer_name == "perimeters" and data.get("geometry") is not None:
                _check_shape(conn, data["geometry"])
            statement = sql.SQL("UPDATE crisis.{} SET {} WHERE id = %(fid)s AND situation_id = %(sid)s RETURNING id")
            row = conn.execute(
                statement.format(sql.Identifier(layer_name), sql.SQL(", ").join(assignments)),
                {**data, "version": version, "fid": feature_id, "sid": situation_id},
            ).fetchone()
    except psycopg.errors.SerializationFailure:
        raise _conflict(conn, layer_name, situation_id, feature_id, version) from None
    if row is None:
        raise NotFound("No such key place." if layer_name == "anchors" else "No such perimeter.")
    return _written(conn, layer_name, situation_id, feature_id)


def delete(conn, user: User, layer_name: str, situation_id: int, feature_id: int, version: int) -> None:
    with conn.transaction():
        set_actor(conn, user.id)
        _require_writer(conn, user, situation_id)
        # The version condition is checked again on the locked row: a change committed meanwhile keeps it.
        row = conn.execute(
            sql.SQL(
                "DELETE FROM crisis.{} WHERE id = %(fid)s AND situation_id = %(sid)s "
                "AND version = %(version)s RETURNING id"
            ).format(sql.Identifier(layer_name)),
            {"fid": feature_id, "sid": situation_id, "version": version},
        ).fetchone()
    if row is None:
        raise _conflict(conn, layer_name, situation_id, feature_id, version)


# --- generated shapes -----------------------------------------------------------------------------------------
def rings(conn, user: User, situation_id: int, center: str, radii: list[float], as_rings: bool) -> dict:
    """Red, orange and yellow zones around a point, not written: the user adjusts and saves them."""
    situations.require_visible(conn, user, situation_id)
    rows = conn.execute(
        """SELECT kind, label, inner_radius_m, outer_radius_m, ST_AsGeoJSON(geom, 7)::json AS geometry
                           FROM crisis.safety_rings(ST_SetSRID(ST_GeomFromGeoJSON(%s::text), 4326),
                                                    %s::double precision[], %s)""",
        (center, radii, as_rings),
    ).fetchall()
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": r["geometry"],
                "properties": {
                    "kind": r["kind"],
                    "label": r["label"],
                    "inner_radius_m": r["inner_radius_m"],
                    "outer_radius_m": r["outer_radius_m"],
                },
            }
            for r in rows
        ],
    }


_LATEST_WIND = """SELECT wind_from_deg::float8 AS wind_from_deg, wind_speed_ms::float8 AS wind_speed_ms, observed_at
FROM crisis.weather_observations WHERE situation_id = %s AND wind_from_deg IS NOT NULL
ORDER BY observed_at DESC, id DESC LIMIT 1"""


def downwind(
    conn,
    user: User,
    situation_id: int,
    source: str,
    length_m: float,
    opening_deg: float,
    upwind_radius_m: float | None,
    wind: dict | None,
) -> dict:
    """A downwind zone from `source`, with the given wind or else the situation's latest observation."""
    situations.require_visible(conn, user, situation_id)
    if wind is None:
        wind = conn.execute(_LATEST_WIND, (situation_id,)).fetchone()
        if wind is None:
            raise ValidationFailed(
                "No wind is known for this situation: record a weather observation or give the wind direction.",
                {"fields": {"wind_from_deg": "required: no observation"}},
            )
    row = conn.execute(
        """SELECT ST_AsGeoJSON(crisis.downwind_zone(ST_SetSRID(ST_GeomFromGeoJSON(%s::text), 4326),
                                     %s, %s, %s, %s, %s), 7)::json AS geometry""",
        (source, wind["wind_from_deg"], length_m, opening_deg, upwind_radius_m, wind.get("wind_speed_ms")),
    ).fetchone()
    return {
        "type": "Feature",
        "geometry": row["geometry"],
        "properties": {
            "kind": "orange",
            "wind_from_deg": wind["wind_from_deg"],
            "wind_speed_ms": wind.get("wind_speed_ms"),
            "observed_at": wind.get("observed_at"),
            "length_m": length_m,
            "opening_deg": opening_deg,
        },
    }


# --- the live map -----------------------------------------------------------------------------------------------
_CHANGES = sql.SQL("""
SELECT c.id, json_build_object(
    'change', c.id, 'situation_id', c.situation_id, 'layer', c.layer, 'id', c.feature_id, 'operation', c.operation,
    'version', c.version, 'changed_at', c.changed_at,
    'changed_by', (SELECT json_build_object('id', u.id, 'name', u.display_name, 'organisation', o.name)
                   FROM crisis.users u LEFT JOIN crisis.organisations o ON o.id = u.organisation_id
                   WHERE u.id = c.changed_by),
    'feature', CASE c.layer WHEN 'anchors' THEN (SELECT {anchor} FROM crisis.anchors t WHERE t.id = c.feature_id)
                            ELSE (SELECT {perimeter} FROM crisis.perimeters t WHERE t.id = c.feature_id) END
) AS data
FROM crisis_live.map_changes c
WHERE c.situation_id = %(sid)s AND c.id > %(after)s {scope}
ORDER BY c.id LIMIT %(limit)s
""")


def changes_after(conn, situation_id: int, after_id: int, limit: int, user: User | None = None) -> list[dict]:
    """Map changes of a situation after `after_id`, oldest first, each with the feature as it is now (None once
    deleted). The live stream's fetcher reads without a user (it serves followers whose access it checked)."""
    scope = sql.SQL("AND crisis.can_see_situation(%(uid)s, %(sid)s)" if user else "")
    return conn.execute(
        _CHANGES.format(anchor=FEATURE["anchors"], perimeter=FEATURE["perimeters"], scope=scope),
        {"sid": situation_id, "after": after_id, "limit": limit, "uid": user.id if user else None},
    ).fetchall()
