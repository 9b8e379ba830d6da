"""Styles of the published layers: styles/qml/<layer>.qml, made by the styles' generator (styles/README.md)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsMapLayer, QgsVectorLayer

from .layers import LayerSpec
from .project import ProjectError


class StyleError(ProjectError):
    """A layer has no style file, or QGIS cannot load it."""


def _served_categories():
    """What the server takes from a QML: how to draw, not the forms. Aliases and value maps would replace
    the column names and codes in OGC API Features output (the contract: field names are column names)."""
    categories = QgsMapLayer.StyleCategories()
    for category in (
        QgsMapLayer.Symbology,
        QgsMapLayer.Labeling,
        QgsMapLayer.Rendering,
        QgsMapLayer.Diagrams,
        QgsMapLayer.Legend,
        QgsMapLayer.MapTips,
        QgsMapLayer.LayerConfiguration,
    ):
        categories |= category
    return categories


_SERVED_CATEGORIES = _served_categories()


def apply_style(layer: QgsVectorLayer, spec: LayerSpec, styles_dir: Path) -> Path:
    """Style the layer from its QML; returns the file."""
    qml = styles_dir / "qml" / f"{spec.name}.qml"
    if not qml.is_file():
        raise StyleError(f"layer {spec.name}: no style {qml} (python -m styles.build_styles makes it)")
    message, ok = layer.loadNamedStyle(str(qml), categories=_SERVED_CATEGORIES)
    if not ok:
        raise StyleError(f"{qml}: {message}")
    return qml
