"""GET /api/reference: every code list of the platform (kinds, statuses, phases, levels, channels, priorities,
roles, disciplines, languages...) with its labels in the four languages, read from the database's reference
tables (the one source: the plugin's and the styles' copies are generated from the same tables)."""

from __future__ import annotations

from flask import Blueprint, jsonify

from ..store import reference
from ..store.errors import NotFound
from .auth import require_user
from .pool import conn

bp = Blueprint("reference", __name__)


@bp.get("/reference")
def every_list():
    """{"languages": [...], "lists": {name: [items in form order]}}: one answer for a client's start."""
    require_user()
    lists = reference.lists(conn())
    return jsonify(languages=[i["code"] for i in lists.get("languages", [])], lists=lists)


@bp.get("/reference/<name>")
def one_list(name: str):
    """One list by its name (anchor_kinds, or anchor-kinds as the first clients wrote it)."""
    require_user()
    key = name.replace("-", "_")
    if not key.replace("_", "").isalpha() or len(key) > 64:
        raise NotFound("No such list.")
    items = reference.lists(conn(), key).get(key)
    if items is None:
        raise NotFound("No such list.")
    return jsonify(items=items)
