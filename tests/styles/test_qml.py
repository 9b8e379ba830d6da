"""The QML styles: generated, loading onto the database's layers, covering every kind, with the right forms."""

from __future__ import annotations

import base64
import difflib

import pytest

from styles import definitions as d
from styles.build_styles import build

SERVER_SET = ("id", "version", "organisation_id", "created_by", "created_at", "updated_by", "updated_at")
VALUE_MAP_FIELDS = [(layer.name, f) for layer in d.LAYERS for f in layer.fields if f.value_map]


@pytest.fixture(scope="module")
def styled(postgis_layer):
    """name -> the layer of the test database (plan_zones: the query its view stands for), styled by its QML."""
    layers = {}
    for spec in d.LAYERS:
        table, geometry, key = spec.table, spec.geometry_column, "id"
        if spec.columns:
            select = ", ".join(
                f"{spec.columns.get(name, name)} AS {name}"
                for name in [f.name for f in spec.fields] + [spec.geometry_column]
            )
            table, key = f"(SELECT {select} FROM crisis.{spec.table})", spec.fields[0].name
        layer = postgis_layer(spec.name, table, geometry, spec.geometry, key)
        message, ok = layer.loadNamedStyle(str(d.QML_DIR / f"{spec.name}.qml"))
        assert ok, f"{spec.name}.qml: {message}"
        layers[spec.name] = layer
    return layers


def test_committed_styles_are_what_the_generator_makes(qgis_app, tmp_path):
    build(tmp_path / "qml", tmp_path / "sld")
    for folder in ("qml", "sld"):
        committed = files_under(d.STYLES_DIR / folder)
        assert committed == files_under(tmp_path / folder)
        for name in committed:
            made = (tmp_path / folder / name).read_text(encoding="utf-8").splitlines()
            kept = (d.STYLES_DIR / folder / name).read_text(encoding="utf-8").splitlines()
            diff = list(difflib.unified_diff(kept, made, f"committed {folder}/{name}", "generated", n=1, lineterm=""))
            assert not diff, "run `python -m styles.build_styles`:\n" + "\n".join(diff[:20])


def files_under(folder) -> list[str]:
    """The files of a folder and its subfolders (sld/wind/), as paths relative to it."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("name", [layer.name for layer in d.LAYERS])
def test_qml_styles_the_database_layer(styled, name):
    layer = styled[name]
    assert layer.renderer() is not None
    assert {f.name for f in d.LAYERS_BY_NAME[name].fields} <= set(layer.fields().names())
    for f in d.LAYERS_BY_NAME[name].fields:
        assert layer.attributeAlias(layer.fields().indexOf(f.name)) == f.alias


def test_anchors_are_drawn_with_the_pictogram_of_their_kind(styled, admin_conn):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsUnitTypes

    renderer = styled["anchors"].renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "kind"
    codes = [code for (code,) in admin_conn.execute("SELECT code FROM crisis.anchor_kinds ORDER BY sort_order")]
    categories = renderer.categories()
    assert [c.value() for c in categories] == codes
    for category in categories:
        symbol = category.symbol()
        layer = symbol.symbolLayer(0)
        assert layer.layerType() == "SvgMarker"
        assert layer.path().startswith("base64:")
        svg = (d.PICTOGRAMS_DIR / f"{category.value()}.svg").read_bytes()
        assert base64.b64decode(layer.path().removeprefix("base64:")) == svg
        assert layer.sizeUnit() == QgsUnitTypes.RenderMillimeters
        assert round(layer.size() / 25.4 * 96) == 24  # 24 px on a 96 dpi screen


def test_anchor_labels_show_the_label_field(styled):
    layer = styled["anchors"]
    assert layer.labelsEnabled()
    assert layer.labeling().settings().fieldName == "label"


def test_perimeters_are_filled_with_their_kind_colour_and_red_is_drawn_last(styled, admin_conn):
    from qgis.core import QgsCategorizedSymbolRenderer

    renderer = styled["perimeters"].renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "kind"
    kinds = dict(
        (code, (colour, order))
        for code, colour, order in admin_conn.execute(
            "SELECT code, fill_colour, draw_order FROM crisis.perimeter_kinds"
        )
    )
    categories = renderer.categories()
    assert {c.value() for c in categories} == set(kinds)
    passes = {}
    for category in categories:
        symbol = category.symbol()
        colour, _ = kinds[category.value()]
        layer = symbol.symbolLayer(0)
        assert symbol.color().name() == colour
        if category.value() in ("red", "orange", "yellow"):
            assert layer.layerType() == "SimpleFill"
            assert 0.35 <= layer.color().alphaF() <= 0.45  # translucent: the map stays readable under the zone
            assert layer.strokeColor().alphaF() == 1.0
        passes[category.value()] = {symbol.symbolLayer(i).renderingPass() for i in range(symbol.symbolLayerCount())}
    assert renderer.usingSymbolLevels()
    assert all(len(p) == 1 for p in passes.values())
    by_draw_order = [max(passes[code]) for code in sorted(kinds, key=lambda code: kinds[code][1])]
    assert by_draw_order == sorted(set(by_draw_order))  # strictly increasing: later kinds drawn on top
    assert max(passes["red"]) == max(by_draw_order)


def test_perimeter_kinds_look_different_without_colour(styled):
    """Beyond colour, the other kinds differ by pattern or pen: no two kinds share both."""
    looks = []
    for category in styled["perimeters"].renderer().categories():
        symbol = category.symbol()
        looks.append(
            tuple(
                (symbol.symbolLayer(i).layerType(), symbol.symbolLayer(i).properties().get("outline_style"))
                for i in range(symbol.symbolLayerCount())
            )
        )
    zones = 3  # red, orange and yellow share their look and differ by colour and nesting
    assert len(set(looks)) == len(looks) - zones + 1


@pytest.mark.parametrize(("name", "field"), VALUE_MAP_FIELDS, ids=[f"{n}.{f.name}" for n, f in VALUE_MAP_FIELDS])
def test_coded_fields_are_value_maps_with_every_code(styled, name, field):
    from qgis.core import QgsValueMapFieldFormatter

    layer = styled[name]
    setup = layer.editorWidgetSetup(layer.fields().indexOf(field.name))
    assert setup.type() == "ValueMap"
    pairs = [next(iter(entry.items())) for entry in setup.config()["map"]]
    null = QgsValueMapFieldFormatter.NULL_VALUE
    assert [None if value == null else value for _, value in pairs] == list(field.value_map)
    assert [label for label, _ in pairs] == list(field.value_map.values())


@pytest.mark.parametrize("name", ["anchors", "perimeters"])
def test_server_set_fields_are_read_only_in_the_editable_layers(styled, name):
    layer = styled[name]
    form = layer.editFormConfig()
    for field in SERVER_SET:
        assert form.readOnly(layer.fields().indexOf(field)), field
    for field in ("situation_id", "kind", "label", "notes"):
        assert not form.readOnly(layer.fields().indexOf(field)), field


@pytest.mark.parametrize("name", ["anchors", "perimeters"])
def test_kind_and_situation_are_required(styled, name):
    from qgis.core import QgsFieldConstraints

    layer = styled[name]
    for field in ("kind", "situation_id"):
        constraints = layer.fields().field(field).constraints()
        assert (
            constraints.constraintStrength(QgsFieldConstraints.ConstraintNotNull)
            == QgsFieldConstraints.ConstraintStrengthHard
        ), field


@pytest.mark.parametrize(
    "name", ["situations", "feed_entries", "plan_zones", "plan_anchors", "plan_perimeters", "weather_observations"]
)
def test_layers_not_edited_through_the_map_have_read_only_forms(styled, name):
    layer = styled[name]
    form = layer.editFormConfig()
    assert all(form.readOnly(layer.fields().indexOf(f.name)) for f in d.LAYERS_BY_NAME[name].fields)
    assert layer.readOnly()


@pytest.mark.parametrize("name", ["anchors", "perimeters"])
def test_editable_layers_stay_editable(styled, name):
    assert not styled[name].readOnly()


def _symbols(layer) -> dict:
    """kind -> a copy of its symbol (a category's own symbol goes with the category list it came in)."""
    return {c.value(): c.symbol().clone() for c in layer.renderer().categories()}


def _pen(symbol_layer) -> str:
    return symbol_layer.properties().get("outline_style", "")


def test_prepared_zones_are_their_kinds_lighter_and_dashed(styled):
    """A zone prepared in a plan: its kind's colour and pattern, its fill or pattern lighter, a solid edge dashed."""
    situation, prepared = (_symbols(styled[name]) for name in ("perimeters", "plan_perimeters"))
    assert set(prepared) == set(situation) == {k.code for k in d.PERIMETER_KINDS}
    for code, symbol in prepared.items():
        counterpart = situation[code]
        assert symbol.color().name() == counterpart.color().name(), code
        types = [symbol.symbolLayer(i).layerType() for i in range(symbol.symbolLayerCount())]
        assert types == [counterpart.symbolLayer(i).layerType() for i in range(counterpart.symbolLayerCount())]
        for i, layer_type in enumerate(types):
            mine, theirs = symbol.symbolLayer(i), counterpart.symbolLayer(i)
            if layer_type == "SimpleFill":
                if theirs.properties()["style"] != "no":  # a fill, not an outline only
                    assert mine.color().alphaF() < theirs.color().alphaF(), code
                assert _pen(mine) != "solid" and (_pen(theirs) == "solid" or _pen(mine) == _pen(theirs)), code
            else:  # hatches and dots: their lines or dots lighter
                assert mine.subSymbol().color().alphaF() < theirs.subSymbol().color().alphaF(), code
    assert styled["plan_perimeters"].renderer().usingSymbolLevels()  # the red zone on top there too


def test_prepared_anchors_are_their_pictograms_faded_in_a_dashed_ring(styled):
    from qgis.core import QgsUnitTypes

    situation, prepared = (_symbols(styled[name]) for name in ("anchors", "plan_anchors"))
    assert set(prepared) == set(situation)
    for code, symbol in prepared.items():
        ring, pictogram = symbol.symbolLayer(0), symbol.symbolLayer(1)
        assert pictogram.path() == situation[code].symbolLayer(0).path(), code
        assert ring.layerType() == "SimpleMarker" and ring.properties()["outline_style"] == "dash"
        assert ring.size() > pictogram.size() and ring.sizeUnit() == QgsUnitTypes.RenderMillimeters
        assert symbol.opacity() == d.PREPARED_ANCHOR_OPACITY < 1
    assert styled["plan_anchors"].labeling().settings().fieldName == "label"


def feature_of(layer, **values):
    from qgis.core import QgsFeature

    feature = QgsFeature(layer.fields())
    for name, value in values.items():
        feature[name] = value
    return feature


def render_context(layer):
    from qgis.core import QgsExpressionContextUtils, QgsRenderContext

    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    return context


@pytest.mark.parametrize(
    ("kind", "hatched", "prefix"),
    [("incident", False, ""), ("event", False, ""), ("exercise", True, "EXERCISE: "), ("test", True, "TEST: ")],
)
def test_exercises_and_tests_are_hatched_and_labelled(styled, kind, hatched, prefix):
    from qgis.core import QgsExpression

    layer = styled["situations"]
    renderer = layer.renderer()
    context = render_context(layer)
    renderer.startRender(context, layer.fields())
    feature = feature_of(layer, kind=kind, title="Chlorine leak")
    context.expressionContext().setFeature(feature)
    symbols = renderer.symbolsForFeature(feature, context)
    layer_types = [s.symbolLayer(i).layerType() for s in symbols for i in range(s.symbolLayerCount())]
    renderer.stopRender(context)
    assert layer_types, kind
    assert ("LinePatternFill" in layer_types) == hatched
    label = QgsExpression(layer.labeling().settings().fieldName).evaluate(context.expressionContext())
    assert label == prefix + "Chlorine leak"


@pytest.mark.parametrize(
    ("priority", "shape", "larger_than_info"),
    [("info", "circle", False), ("important", "diamond", True), ("urgent", "star", True)],
)
def test_feed_entries_are_marked_by_priority(styled, priority, shape, larger_than_info):
    renderer = styled["feed_entries"].renderer()
    assert renderer.classAttribute() == "priority"
    categories = {c.value(): c for c in renderer.categories()}
    symbol = categories[priority].symbol()
    info = categories["info"].symbol()
    assert symbol.symbolLayer(symbol.symbolLayerCount() - 1).properties()["name"] == shape
    assert (symbol.size() > info.size()) == larger_than_info
