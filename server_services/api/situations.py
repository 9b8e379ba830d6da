"""Routes for situations: list, read, create, update, lifecycle, phase, activation level, shares."""

from __future__ import annotations

from flask import Blueprint, jsonify

from ..store import situations as store
from .auth import require_user
from .pool import conn
from .validation import Fields, bbox, json_body, query

bp = Blueprint("situations", __name__)

_EDITABLE = {"title", "description", "area", "starts_at", "ends_at"}


def _details(fields: Fields, creating: bool = False) -> dict:
    data = {
        "title": fields.string("title", required=creating, min_len=3, max_len=300),
        "description": fields.string("description", max_len=20000, strip=False),
        "area": fields.area("area", nullable=not creating),  # null in a change: no area any more
        "starts_at": fields.timestamp("starts_at"),
        "ends_at": fields.timestamp("ends_at", nullable=not creating),
    }
    return {k: v for k, v in data.items() if fields.has(k)}


@bp.get("/situations")
def list_situations():
    user = require_user()
    args = query()
    filters = {
        "kind": args.choice("kind", store.KINDS),
        "status": args.choice("status", store.STATUSES),
        "phase": args.choice("phase", store.PHASES),
        "q": args.string("q", max_len=200) or None,
        "bbox": bbox(args),
    }
    limit = args.integer("limit", minimum=1, maximum=500) or 50
    offset = args.integer("offset", minimum=0, maximum=1_000_000) or 0
    args.done()
    items, total = store.list_situations(conn(), user, filters, limit, offset)
    return jsonify(items=items, total=total, limit=limit, offset=offset)


@bp.post("/situations")
def create_situation():
    user = require_user()
    fields = Fields(
        json_body(), allowed=_EDITABLE | {"kind", "status", "phase", "activation_level", "owner_organisation_id"}
    )
    data = _details(fields, creating=True)
    data["kind"] = fields.choice("kind", store.KINDS, required=True)
    for name, choices in (
        ("status", store.WRITABLE),
        ("phase", store.PHASES),
        ("activation_level", store.ACTIVATION_LEVELS),
    ):
        value = fields.choice(name, choices)
        if value is not None:
            data[name] = value
    owner = fields.integer("owner_organisation_id", minimum=1)
    fields.done()
    if owner is not None:
        data["owner_organisation_id"] = owner
    situation_id = store.create(conn(), user, data)
    response = jsonify(store.get(conn(), user, situation_id))
    response.status_code = 201
    response.headers["Location"] = f"/api/situations/{situation_id}"
    return response


@bp.get("/situations/<int:situation_id>")
def get_situation(situation_id: int):
    return jsonify(store.get(conn(), require_user(), situation_id))


@bp.patch("/situations/<int:situation_id>")
def update_situation(situation_id: int):
    user = require_user()
    fields = Fields(json_body(), allowed=_EDITABLE | {"version"})
    data = _details(fields)
    version = fields.integer("version", minimum=1)
    fields.done()
    store.update(conn(), user, situation_id, data, version)
    return jsonify(store.get(conn(), user, situation_id))


def _one_value(name: str, choices, nullable: bool = False) -> tuple:
    """(value, version, reason) of a lifecycle change: the new value; the version it was decided on (optional:
    refused with 409 if the situation changed since); why (optional, written to the logbook with the change)."""
    fields = Fields(json_body(), allowed={name, "version", "reason"})
    version = fields.integer("version", minimum=1)
    reason = fields.string("reason", min_len=1, max_len=1000) or None
    if nullable and fields.has(name) and fields.data[name] is None:
        fields.done()
        return None, version, reason
    value = fields.choice(name, choices, required=True)
    fields.done()
    return value, version, reason


@bp.post("/situations/<int:situation_id>/status")
def change_status(situation_id: int):
    user = require_user()
    store.change_status(conn(), user, situation_id, *_one_value("status", store.STATUSES))
    return jsonify(store.get(conn(), user, situation_id))


@bp.post("/situations/<int:situation_id>/phase")
def change_phase(situation_id: int):
    user = require_user()
    store.change_phase(conn(), user, situation_id, *_one_value("phase", store.PHASES))
    return jsonify(store.get(conn(), user, situation_id))


@bp.post("/situations/<int:situation_id>/activation-level")
def change_activation_level(situation_id: int):
    user = require_user()
    store.change_activation_level(
        conn(), user, situation_id, *_one_value("activation_level", store.ACTIVATION_LEVELS, nullable=True)
    )
    return jsonify(store.get(conn(), user, situation_id))


@bp.put("/situations/<int:situation_id>/shares/<int:organisation_id>")
def share(situation_id: int, organisation_id: int):
    user = require_user()
    changed = store.set_share(conn(), user, situation_id, organisation_id, True)
    return jsonify(store.get(conn(), user, situation_id)), 201 if changed else 200


@bp.delete("/situations/<int:situation_id>/shares/<int:organisation_id>")
def unshare(situation_id: int, organisation_id: int):
    user = require_user()
    store.set_share(conn(), user, situation_id, organisation_id, False)
    return jsonify(store.get(conn(), user, situation_id))
