"""Fields and attribute forms of a style's layer: aliases, editor widgets, read-only fields, constraints."""

from __future__ import annotations

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsField,
    QgsFieldConstraints,
    QgsValueMapFieldFormatter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from .definitions import Field, Layer

_TYPES = {
    "int": (QVariant.Int, "integer"),
    "bigint": (QVariant.LongLong, "int8"),
    "text": (QVariant.String, "text"),
    "bool": (QVariant.Bool, "bool"),
    "datetime": (QVariant.DateTime, "timestamptz"),
    "double": (QVariant.Double, "numeric"),
}


def memory_layer(spec: Layer) -> QgsVectorLayer:
    """An empty layer with the published layer's name, geometry type and fields."""
    layer = QgsVectorLayer(f"{spec.geometry}?crs=EPSG:4326", spec.name, "memory")
    layer.dataProvider().addAttributes([QgsField(f.name, *_TYPES[f.type]) for f in spec.fields])
    layer.updateFields()
    return layer


def value_map_config(value_map: dict) -> dict:
    """ValueMap widget configuration as QGIS writes it: an ordered list of {label: value}."""
    return {
        "map": [
            {label: QgsValueMapFieldFormatter.NULL_VALUE if code is None else code} for code, label in value_map.items()
        ]
    }


def widget_setup(f: Field) -> QgsEditorWidgetSetup:
    if f.value_map:
        return QgsEditorWidgetSetup("ValueMap", value_map_config(f.value_map))
    if f.type == "datetime":
        return QgsEditorWidgetSetup(
            "DateTime",
            {
                "allow_null": True,
                "calendar_popup": True,
                "display_format": "yyyy-MM-dd HH:mm:ss",
                "field_format": "yyyy-MM-dd HH:mm:ss",
                "field_iso_format": True,
            },
        )
    if f.type == "bool":
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": "", "TextDisplayMethod": 0})
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": f.multiline, "UseHtml": False})


def apply_form(layer: QgsVectorLayer, spec: Layer) -> None:
    """Aliases, widgets, constraints and defaults; on read-only layers every field is read-only in the form."""
    config = layer.editFormConfig()
    for f in spec.fields:
        idx = layer.fields().indexOf(f.name)
        layer.setFieldAlias(idx, f.alias)
        layer.setEditorWidgetSetup(idx, widget_setup(f))
        config.setReadOnly(idx, f.read_only or not spec.editable)
        if not spec.editable:
            continue
        if f.not_null:
            layer.setFieldConstraint(
                idx, QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintStrengthHard
            )
        if f.max_length:
            layer.setConstraintExpression(
                idx, f"length(coalesce(\"{f.name}\", '')) <= {f.max_length}", f"At most {f.max_length} characters"
            )
            layer.setFieldConstraint(
                idx, QgsFieldConstraints.ConstraintExpression, QgsFieldConstraints.ConstraintStrengthHard
            )
        if f.default:
            layer.setDefaultValueDefinition(idx, QgsDefaultValue(f.default))
    layer.setEditFormConfig(config)
    # Only anchors and perimeters are edited through WFS-T; the rest change through the API.
    layer.setReadOnly(not spec.editable)
