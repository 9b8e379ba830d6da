"""GET /api/reference: every code list of the platform (kinds, statuses, phases, levels, channels, priorities,
roles, disciplines, languages...) with its labels in the four languages, read from the database's reference
tables (the one source: the plugin's and the styles' copies are generated from the same tables)."""

from __future__ import annotations

from flask import Blueprint, jsonify

from .auth import require_user
from .errors import NotFound
from .pool import conn

bp = Blueprint("reference", __name__)

_ALL = """
SELECT v.list, v.code, json_build_object('en', v.label_en, 'fr', v.label_fr, 'nl', v.label_nl, 'de', v.label_de)
       AS labels, v.label_en, v.label_fr, v.label_nl, v.label_de, v.sort_order
FROM crisis.vocabulary v
WHERE %(list)s::text IS NULL OR v.list = %(list)s
ORDER BY v.list, v.sort_order, v.code
"""

# What some lists carry besides their labels.
_EXTRAS = {
    "anchor_kinds": "SELECT code, pictogram FROM crisis.anchor_kinds",
    "perimeter_kinds": "SELECT code, fill_colour, draw_order FROM crisis.perimeter_kinds",
}


def _lists(name: str | None = None) -> dict[str, list[dict]]:
    lists: dict[str, list[dict]] = {}
    for row in conn().execute(_ALL, {"list": name}).fetchall():
        lists.setdefault(row.pop("list"), []).append(row)
    for list_name, query in _EXTRAS.items():
        if list_name in lists:
            extras = {r.pop("code"): r for r in conn().execute(query).fetchall()}
            for item in lists[list_name]:
                item.update(extras.get(item["code"], {}))
    return lists


@bp.get("/reference")
def every_list():
    """{"languages": [...], "lists": {name: [items in form order]}}: one answer for a client's start."""
    require_user()
    lists = _lists()
    return jsonify(languages=[i["code"] for i in lists.get("languages", [])], lists=lists)


@bp.get("/reference/<name>")
def one_list(name: str):
    """One list by its name (anchor_kinds, or anchor-kinds as the first clients wrote it)."""
    require_user()
    key = name.replace("-", "_")
    if not key.replace("_", "").isalpha() or len(key) > 64:
        raise NotFound("No such list.")
    items = _lists(key).get(key)
    if items is None:
        raise NotFound("No such list.")
    return jsonify(items=items)
