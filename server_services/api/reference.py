"""GET /api/reference/...: the fixed vocabularies (anchor and perimeter kinds) with labels in four languages."""

from __future__ import annotations

from flask import Blueprint, jsonify

from .auth import require_user
from .pool import conn

bp = Blueprint("reference", __name__)

# Labels both as one object and as the flat columns of the table, for clients that read either.
_LABELS = ("json_build_object('en', label_en, 'fr', label_fr, 'nl', label_nl, 'de', label_de) AS labels, "
           "label_en, label_fr, label_nl, label_de")


@bp.get("/reference/anchor-kinds")
def anchor_kinds():
    require_user()
    rows = conn().execute(f"SELECT code, {_LABELS}, pictogram, sort_order FROM crisis.anchor_kinds "
                          "ORDER BY sort_order, code").fetchall()
    return jsonify(items=rows)


@bp.get("/reference/perimeter-kinds")
def perimeter_kinds():
    require_user()
    rows = conn().execute(f"SELECT code, {_LABELS}, fill_colour, draw_order FROM crisis.perimeter_kinds "
                          "ORDER BY draw_order DESC, code").fetchall()
    return jsonify(items=rows)
