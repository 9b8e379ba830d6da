"""Routes of the plan library: search, the card, create and update, shares, reviews, documents, the import of
prepared zones and places from GIS files, and the plans in force on a situation (activation, deactivation)."""

from __future__ import annotations

import math
from datetime import date
from urllib.parse import quote

from flask import Blueprint, Response, jsonify, request

from ..store import activations as activation_store
from ..store import plans as plan_store
from ..store.errors import UnsupportedMediaType, ValidationFailed
from . import gis_export, plan_documents, plan_import, plan_messages
from .auth import require_user
from .pool import conn
from .validation import Fields, bbox, json_body, parse_json_object, query

bp = Blueprint("plans", __name__)

MAX_KIND_MAP = 200


def _date(fields: Fields, name: str) -> date | None:
    value = fields.data.get(name)
    if value is None:
        return None
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        fields.errors[name] = "must be a date YYYY-MM-DD"
        return None


def _details(fields: Fields, creating: bool) -> dict:
    data = {
        "code": fields.string("code", required=creating, min_len=2, max_len=64),
        "kind": fields.choice("kind", plan_store.KINDS, required=creating),
        "discipline": fields.choice("discipline", plan_store.DISCIPLINES, nullable=True),
        "title": fields.string("title", required=creating, min_len=3, max_len=300),
        "description": fields.string("description", max_len=20000, strip=False),
        "risk_site": fields.string("risk_site", nullable=True, min_len=1, max_len=500),
        "status": fields.choice("status", plan_store.STATUSES),
        "approved_on": _date(fields, "approved_on"),
        "next_review_on": _date(fields, "next_review_on"),
        "zone": fields.area("zone", nullable=True),
    }
    code = data["code"]
    if code is not None and not (
        code[0].isascii() and code[0].isalnum() and all(c.isascii() and (c.isalnum() or c in "._/-") for c in code)
    ):
        fields.errors["code"] = "letters, digits and . _ / - only, starting with a letter or digit"
    return {k: v for k, v in data.items() if fields.has(k)}


def _created(body, location: str) -> Response:
    response = jsonify(body)
    response.status_code = 201
    response.headers["Location"] = location
    return response


@bp.get("/plans")
def list_plans():
    user = require_user()
    args = query()
    owner = args.string("owner", max_len=100) or None
    by_id = owner is not None and owner.isascii() and owner.isdigit() and len(owner) < 19
    filters = {
        "kind": args.choice("kind", plan_store.KINDS),
        "discipline": args.choice("discipline", plan_store.DISCIPLINES),
        "status": args.choice("status", plan_store.STATUSES),
        "owner_id": int(owner) if by_id else None,
        "owner_slug": owner if owner and not by_id else None,
        "risk_site": args.string("risk_site", max_len=200) or None,
        "q": args.string("q", max_len=200) or None,
        "bbox": bbox(args),
        "covers": _point(args, "covers"),
        "situation_id": args.integer("situation_id", minimum=1),
    }
    limit = args.integer("limit", minimum=1, maximum=500) or 50
    offset = args.integer("offset", minimum=0, maximum=1_000_000) or 0
    args.done()
    items, total = plan_store.search(conn(), user, filters, limit, offset)
    return jsonify(items=items, total=total, limit=limit, offset=offset)


def _point(fields: Fields, name: str):
    raw = fields.data.get(name)
    if raw is None:
        return None
    try:
        lon, lat = (float(p) for p in raw.split(","))
        if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
            raise ValueError
    except ValueError:
        fields.errors[name] = "must be longitude,latitude in EPSG:4326"
        return None
    return lon, lat


@bp.post("/plans")
def create_plan():
    user = require_user()
    fields = Fields(json_body(), allowed=set(plan_store.EDITABLE))
    data = _details(fields, creating=True)
    fields.done()
    plan_id = plan_store.create(conn(), user, data)
    return _created(plan_store.get(conn(), user, plan_id), f"/api/plans/{plan_id}")


@bp.get("/plans/overdue")
def overdue_plans():
    user = require_user()
    args = query()
    within = args.integer("within_days", minimum=0, maximum=3650) or 0
    args.done()
    return jsonify(items=plan_store.overdue(conn(), user, within))


@bp.get("/plans/<int:plan_id>")
def get_plan(plan_id: int):
    return jsonify(plan_store.get(conn(), require_user(), plan_id))


@bp.patch("/plans/<int:plan_id>")
def update_plan(plan_id: int):
    user = require_user()
    fields = Fields(json_body(), allowed={*plan_store.EDITABLE, "version"})
    data = _details(fields, creating=False)
    version = fields.integer("version", minimum=1)
    fields.done()
    plan_store.update(conn(), user, plan_id, data, version)
    return jsonify(plan_store.get(conn(), user, plan_id))


@bp.put("/plans/<int:plan_id>/shares/<int:organisation_id>")
def share_plan(plan_id: int, organisation_id: int):
    user = require_user()
    changed = plan_store.set_share(conn(), user, plan_id, organisation_id, True)
    return jsonify(plan_store.get(conn(), user, plan_id)), 201 if changed else 200


@bp.delete("/plans/<int:plan_id>/shares/<int:organisation_id>")
def withdraw_plan_share(plan_id: int, organisation_id: int):
    user = require_user()
    plan_store.set_share(conn(), user, plan_id, organisation_id, False)
    return jsonify(plan_store.get(conn(), user, plan_id))


# --- documents --------------------------------------------------------------------------------------------------


def _multipart(message: str) -> None:
    if request.mimetype != "multipart/form-data":
        raise UnsupportedMediaType(message)


@bp.post("/plans/<int:plan_id>/documents")
def upload_document(plan_id: int):
    user = require_user()
    _multipart(plan_messages.DOCUMENT_FORM)
    fields = Fields(request.form.to_dict(), allowed={"title", "category"}, text_values=True)
    upload = request.files.get("file")
    category = fields.choice("category", plan_documents.CATEGORIES) or "annex"
    title = fields.string("title", max_len=300)
    if upload is None:
        fields.errors["file"] = "required: the document as a file part"
    fields.done()
    plan_store.managed_plan(conn(), user, plan_id)  # outsiders and readers are refused before the file is read
    document = plan_documents.check(upload.filename, upload.read(plan_documents.MAX_BYTES + 1))
    title = title or document.filename.rsplit(".", 1)[0] or document.filename
    document_id = plan_store.add_document(conn(), user, plan_id, title, category, document)
    card = plan_store.get(conn(), user, plan_id)
    return _created(
        next(d for d in card["documents"] if d["id"] == document_id), f"/api/plans/{plan_id}/documents/{document_id}"
    )


@bp.get("/plans/<int:plan_id>/documents/<int:document_id>")
def download_document(plan_id: int, document_id: int):
    row = plan_store.document(conn(), require_user(), plan_id, document_id)
    mimetype = row["content_type"] + ("; charset=utf-8" if row["content_type"] == "text/plain" else "")
    return Response(
        bytes(row["content"]),
        headers={
            "Content-Type": mimetype,
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(row['filename'])}",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Cache-Control": "private, no-store",  # a withdrawn share takes effect at once
            "ETag": '"' + bytes(row["sha256"]).hex() + '"',
        },
    )


@bp.delete("/plans/<int:plan_id>/documents/<int:document_id>")
def remove_document(plan_id: int, document_id: int):
    plan_store.remove_document(conn(), require_user(), plan_id, document_id)
    return "", 204


# --- import of prepared zones and places -----------------------------------------------------------------------


def _import_options() -> plan_import.ImportOptions:
    part = request.files.get("options")
    raw = part.read(64 * 1024) if part is not None else request.form.get("options")
    fields = Fields(
        parse_json_object(raw) if raw else {},
        allowed={"kind_field", "kind_map", "label_field", "source_crs", "layer", "mode", "dry_run"},
    )
    kind_map = fields.data.get("kind_map")
    if kind_map is not None and not (
        isinstance(kind_map, dict)
        and len(kind_map) <= MAX_KIND_MAP
        and all(
            isinstance(k, str) and 0 < len(k) <= 200 and isinstance(v, str) and len(v) <= 64
            for k, v in kind_map.items()
        )
    ):
        fields.errors["kind_map"] = f"an object of at most {MAX_KIND_MAP} file values -> kind codes"
        kind_map = None
    options = plan_import.ImportOptions(
        kind_field=fields.string("kind_field", min_len=1, max_len=100),
        kind_map=kind_map or None,
        label_field=fields.string("label_field", min_len=1, max_len=100),
        source_crs=fields.string("source_crs", min_len=1, max_len=200),
        layer=fields.string("layer", min_len=1, max_len=200),
        mode=fields.choice("mode", plan_import.MODES) or "append",
        dry_run=bool(fields.boolean("dry_run")),
    )
    fields.done()
    return options


@bp.post("/plans/<int:plan_id>/import")
def import_features(plan_id: int):
    user = require_user()
    _multipart(plan_messages.IMPORT_FORM)
    options = _import_options()
    upload = request.files.get("file")
    if upload is None:
        raise ValidationFailed(details={"fields": {"file": "required: the GIS file as a file part"}})
    if options.kind_map:
        known = plan_import.vocabulary(conn())
        codes = set(known["anchor"].values()) | set(known["perimeter"].values())
        unknown = sorted({v for v in options.kind_map.values() if v not in codes})
        if unknown:
            raise ValidationFailed(details={"fields": {"kind_map": "unknown kind code(s): " + ", ".join(unknown)}})
    content = upload.read(plan_import.gis_files.MAX_FILE_BYTES + 1)
    report = plan_import.run(conn(), user, plan_id, content, options)
    if report["problems"] and not options.dry_run:
        raise ValidationFailed(
            f"Nothing was written: {len(report['problems'])} feature(s) of the file are refused.", {"report": report}
        )
    return jsonify(report), 201 if report["written"] else 200


@bp.get("/plans/<int:plan_id>/export")
def export_features(plan_id: int):
    user = require_user()
    args = query()
    fmt = args.choice("format", tuple(gis_export.FORMATS)) or "gpkg"
    crs = args.choice("crs", gis_export.CRSS) or "EPSG:4326"
    args.done()
    code, features = plan_store.prepared_features(conn(), user, plan_id)
    content, filename, media_type = gis_export.write(code, features, fmt, crs)
    return Response(
        content,
        headers={
            "Content-Type": media_type,
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename)}",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'; sandbox",
            "Cache-Control": "private, no-store",
        },
    )


# --- plans in force on a situation ------------------------------------------------------------------------------


@bp.get("/situations/<int:situation_id>/plans")
def situation_plans(situation_id: int):
    return jsonify(activation_store.active_plans(conn(), require_user(), situation_id))


@bp.post("/situations/<int:situation_id>/plans")
def activate_plan(situation_id: int):
    user = require_user()
    fields = Fields(json_body(), allowed={"plan_id"})
    plan_id = fields.integer("plan_id", required=True, minimum=1)
    fields.done()
    activated = activation_store.activate(conn(), user, situation_id, plan_id)
    answer = activation_store.active_plan(conn(), user, situation_id, plan_id)
    if not activated:
        return jsonify(answer)
    return _created(answer, f"/api/plans/{plan_id}")


@bp.delete("/situations/<int:situation_id>/plans/<int:plan_id>")
def deactivate_plan(situation_id: int, plan_id: int):
    return jsonify(activation_store.deactivate(conn(), require_user(), situation_id, plan_id))
