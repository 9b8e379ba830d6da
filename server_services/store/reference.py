"""The platform's code lists as the database's reference tables hold them (crisis.vocabulary): codes in form
order, their labels in the four languages, and what some lists carry besides (pictograms, colours)."""

from __future__ import annotations

import psycopg
from psycopg.rows import dict_row

_LISTS = """
SELECT v.list, v.code, json_build_object('en', v.label_en, 'fr', v.label_fr, 'nl', v.label_nl, 'de', v.label_de)
       AS labels, v.label_en, v.label_fr, v.label_nl, v.label_de, v.sort_order
FROM crisis.vocabulary v
WHERE %(list)s::text IS NULL OR v.list = %(list)s
ORDER BY v.list, v.sort_order, v.code
"""

# What some lists carry besides their labels.
EXTRAS = {
    "anchor_kinds": "SELECT code, pictogram FROM crisis.anchor_kinds",
    "perimeter_kinds": "SELECT code, fill_colour, draw_order FROM crisis.perimeter_kinds",
}


def lists(conn: psycopg.Connection, name: str | None = None) -> dict[str, list[dict]]:
    """{list: [{code, labels: {language: label}, label_en ... label_de, sort_order, extras...}]}, every list or
    the one named (an unknown name gives {}). Works on any connection (its own cursor reads dictionaries)."""
    found: dict[str, list[dict]] = {}
    with conn.cursor(row_factory=dict_row) as cur:
        for row in cur.execute(_LISTS, {"list": name}).fetchall():
            found.setdefault(row.pop("list"), []).append(row)
        for list_name, query in EXTRAS.items():
            if list_name in found:
                extras = {r.pop("code"): r for r in cur.execute(query).fetchall()}
                for item in found[list_name]:
                    item.update(extras.get(item["code"], {}))
    return found
