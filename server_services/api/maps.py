"""Routes of the situation map: its layers as GeoJSON, anchors and perimeters written with the version they were
based on, and perimeter shapes generated around a point or downwind."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from .. import vocabulary
from ..store import maps as store
from ..store.errors import NotFound
from .auth import require_user
from .pool import conn
from .validation import Fields, json_body, query

bp = Blueprint("maps", __name__)

KIND_LISTS = {"anchors": "anchor_kinds", "perimeters": "perimeter_kinds"}


@bp.get("/situations/<int:situation_id>/map/<layer>")
def map_layer(situation_id: int, layer: str):
    if layer not in store.LAYERS:
        raise NotFound("No such map layer.")
    # The parts as they are (Werkzeug sums their lengths for Content-Length; gunicorn sends one after the other).
    return Response(store.layer(conn(), require_user(), situation_id, layer), mimetype="application/geo+json")


def _kinds(layer: str) -> tuple[str, ...]:
    return vocabulary.codes(KIND_LISTS[layer])


def _fields(layer: str, creating: bool) -> tuple[dict, int | None]:
    allowed = {"kind", "label", "notes", "geometry"} | ({"status"} if layer == "anchors" else set())
    fields = Fields(json_body(), allowed=allowed | (set() if creating else {"version"}))
    data = {
        "kind": fields.choice("kind", _kinds(layer), required=creating),
        "label": fields.string("label", max_len=200),
        "notes": fields.string("notes", max_len=4000, strip=False),
        "geometry": (fields.point if layer == "anchors" else fields.area)("geometry", required=creating),
    }
    if layer == "anchors":
        data["status"] = fields.choice("status", store.ANCHOR_STATUSES)
    version = None if creating else fields.integer("version", required=True, minimum=1, maximum=2**31 - 1)
    fields.done()
    return {k: v for k, v in data.items() if v is not None}, version


def _created(feature: dict, situation_id: int, layer: str):
    response = jsonify(feature)
    response.status_code = 201
    response.headers["Location"] = f"/api/situations/{situation_id}/{layer}/{feature['properties']['id']}"
    return response


def _routes(layer: str) -> None:
    def create(situation_id: int):
        user = require_user()
        data, _ = _fields(layer, creating=True)
        return _created(store.create(conn(), user, layer, situation_id, data), situation_id, layer)

    def update(situation_id: int, feature_id: int):
        user = require_user()
        data, version = _fields(layer, creating=False)
        return jsonify(store.update(conn(), user, layer, situation_id, feature_id, version, data))

    def delete(situation_id: int, feature_id: int):
        user = require_user()
        args = query()
        version = args.integer("version", required=True, minimum=1, maximum=2**31 - 1)
        args.done()
        store.delete(conn(), user, layer, situation_id, feature_id, version)
        return "", 204

    bp.add_url_rule(f"/situations/<int:situation_id>/{layer}", f"create_{layer}", create, methods=["POST"])
    bp.add_url_rule(
        f"/situations/<int:situation_id>/{layer}/<int:feature_id>", f"update_{layer}", update, methods=["PATCH"]
    )
    bp.add_url_rule(
        f"/situations/<int:situation_id>/{layer}/<int:feature_id>", f"delete_{layer}", delete, methods=["DELETE"]
    )


_routes("anchors")
_routes("perimeters")


def _number(fields: Fields, name: str, minimum: float, maximum: float, required=False):
    value = fields._get(name, required)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not minimum <= value <= maximum:
        fields.errors[name] = f"must be a number between {minimum:g} and {maximum:g}"
        return None
    return float(value)


@bp.post("/situations/<int:situation_id>/perimeters/rings")
def rings(situation_id: int):
    user = require_user()
    fields = Fields(json_body(), allowed={"center", "radii", "rings"})
    center = fields.point("center", required=True)
    radii = fields.data.get("radii", [100, 300, 1000])
    if (
        not isinstance(radii, list)
        or len(radii) != 3
        or not all(isinstance(r, int | float) and not isinstance(r, bool) and 0 < r <= 100000 for r in radii)
    ):
        fields.errors["radii"] = "three radii in metres (red, orange, yellow), each above 0 and at most 100000"
    as_rings = fields.boolean("rings")
    fields.done()
    return jsonify(
        store.rings(
            conn(), user, situation_id, center, [float(r) for r in radii], True if as_rings is None else as_rings
        )
    )


@bp.post("/situations/<int:situation_id>/perimeters/downwind")
def downwind(situation_id: int):
    user = require_user()
    fields = Fields(
        json_body(), allowed={"source", "length_m", "opening_deg", "upwind_radius_m", "wind_from_deg", "wind_speed_ms"}
    )
    source = fields.point("source", required=True)
    length = _number(fields, "length_m", 1, 100000) or 1000.0
    opening = _number(fields, "opening_deg", 1, 359) or 60.0
    upwind = _number(fields, "upwind_radius_m", 0, 100000)
    wind_from = _number(fields, "wind_from_deg", 0, 359.999)
    speed = _number(fields, "wind_speed_ms", 0, 119)
    fields.done()
    wind = None if wind_from is None else {"wind_from_deg": wind_from, "wind_speed_ms": speed}
    return jsonify(store.downwind(conn(), user, situation_id, source, length, opening, upwind, wind))


@bp.get("/basemap")
def basemap():
    """The base maps the operator offers (tiles from the origin's cache), the first being the default."""
    from ..basemap.config import basemaps

    require_user()
    return jsonify(items=[b.as_json() for b in basemaps()])
