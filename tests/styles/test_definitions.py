"""styles.definitions against the database: kinds, labels, colours, draw order, value maps and field names."""

from __future__ import annotations

import re

import pytest

from styles import definitions as d

VALUE_MAP_FIELDS = [(layer, f) for layer in d.LAYERS for f in layer.fields if f.value_map]
VALUE_MAP_IDS = [f"{layer.name}.{f.name}" for layer, f in VALUE_MAP_FIELDS]


def column_of(layer: d.Layer, field: str) -> str:
    return layer.columns.get(field, field)


def test_anchor_kinds_are_the_database_rows(admin_conn):
    rows = admin_conn.execute(
        "SELECT code, label_en, pictogram FROM crisis.anchor_kinds ORDER BY sort_order"
    ).fetchall()
    assert [(k.code, k.label, k.code) for k in d.ANCHOR_KINDS] == rows


def test_perimeter_kinds_are_the_database_rows(admin_conn):
    rows = admin_conn.execute(
        "SELECT code, label_en, fill_colour, draw_order FROM crisis.perimeter_kinds ORDER BY sort_order"
    ).fetchall()
    assert [(k.code, k.label, k.colour, k.draw_order) for k in d.PERIMETER_KINDS] == rows


def test_red_zone_has_the_highest_draw_order(admin_conn):
    top = admin_conn.execute("SELECT code FROM crisis.perimeter_kinds ORDER BY draw_order DESC LIMIT 1").fetchone()
    assert top == ("red",)
    assert max(d.PERIMETER_KINDS, key=lambda k: k.draw_order).code == "red"


def allowed_codes(conn, table: str, column: str) -> set[str]:
    """The codes a column accepts: from its foreign key's kinds table, else from its CHECK (col IN (...))."""
    foreign = conn.execute(
        """SELECT confrelid::regclass::text FROM pg_constraint
           WHERE conrelid = %s::regclass AND contype = 'f'
             AND conkey = ARRAY[(SELECT attnum FROM pg_attribute WHERE attrelid = %s::regclass AND attname = %s)]""",
        (f"crisis.{table}", f"crisis.{table}", column),
    ).fetchone()
    if foreign:  # a reference table of crisis.vocabulary (sql/050)
        return {
            code
            for (code,) in conn.execute(
                "SELECT code FROM crisis.vocabulary WHERE list = %s", (foreign[0].split(".")[1],)
            )
        }
    definitions = [
        row[0]
        for row in conn.execute(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass AND contype = 'c'",
            (f"crisis.{table}",),
        )
    ]
    (check,) = [c for c in definitions if re.search(rf"\(\(?{column} = ANY", c)]
    return set(re.findall(r"'((?:[^']|'')*)'::text", check))


@pytest.mark.parametrize(("layer", "field"), VALUE_MAP_FIELDS, ids=VALUE_MAP_IDS)
def test_value_map_codes_are_what_the_database_accepts(admin_conn, layer, field):
    codes = {code for code in field.value_map if code is not None}
    assert codes == allowed_codes(admin_conn, layer.table, column_of(layer, field.name))


@pytest.mark.parametrize(("layer", "field"), VALUE_MAP_FIELDS, ids=VALUE_MAP_IDS)
def test_value_map_offers_empty_only_where_the_column_is_nullable(admin_conn, layer, field):
    (nullable,) = admin_conn.execute(
        "SELECT is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'crisis' "
        "AND table_name = %s AND column_name = %s",
        (layer.table, column_of(layer, field.name)),
    ).fetchone()
    assert (None in field.value_map) == nullable


@pytest.mark.parametrize("layer", d.LAYERS, ids=lambda layer: layer.name)
def test_layer_fields_are_columns_of_the_table(admin_conn, layer):
    columns = {
        name
        for (name,) in admin_conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'crisis' AND table_name = %s",
            (layer.table,),
        )
    }
    assert {column_of(layer, f.name) for f in layer.fields} <= columns
    assert column_of(layer, layer.geometry_column) in columns


def test_the_plugins_kinds_are_the_database_rows(admin_conn):
    """The QGIS plugin ships its own copy of the kinds (it runs without this repository): the same rows."""
    from qgis_plugin.definitions.anchor_kinds import ANCHOR_KINDS, ANCHOR_STATUSES
    from qgis_plugin.definitions.perimeter_kinds import PERIMETER_KINDS

    anchors = admin_conn.execute("SELECT code, label_en, pictogram FROM crisis.anchor_kinds ORDER BY sort_order")
    assert [(k.code, k.label, k.pictogram) for k in ANCHOR_KINDS] == anchors.fetchall()
    perimeters = admin_conn.execute(
        "SELECT code, label_en, fill_colour, draw_order FROM crisis.perimeter_kinds ORDER BY code"
    ).fetchall()
    assert sorted((k.code, k.label, k.fill_colour, k.draw_order) for k in PERIMETER_KINDS) == perimeters
    assert set(ANCHOR_STATUSES) == allowed_codes(admin_conn, "anchors", "status")
