"""Generate styles/qml/*.qml and styles/sld/*.sld from styles.definitions: `python -m styles.build_styles`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

from server_services.qgis_runtime import ensure_qgis as qgis_app

from . import definitions as d
from . import sld

QML_DOCTYPE = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"


def styled_layer(spec: d.Layer, for_sld: bool = False):
    """A memory layer with the layer's fields, form, renderer and labels (what the QML and SLD are exported from)."""
    from . import forms, symbology

    layer = forms.memory_layer(spec)
    forms.apply_form(layer, spec)
    layer.setRenderer(symbology.layer_renderer(spec.name, symbology.linked_svg if for_sld else symbology.embedded_svg))
    labeling = symbology.layer_labeling(spec.name)
    if labeling is not None:
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
    layer.setDisplayExpression(symbology.DISPLAY_EXPRESSIONS[spec.name])
    return layer


def canonical(root: ET.Element, keep_text_of: tuple[str, ...] = (), pretty: bool = True) -> str:
    """Sorted attributes and one-space indents: QDom writes attributes in a per-process random order."""
    for element in root.iter():
        element.attrib = {name: canonical_value(value) for name, value in sorted(element.attrib.items())}
    if pretty:
        indent(root, keep_text_of)
    return ET.tostring(root, encoding="unicode")


def canonical_value(value: str) -> str:
    """Symbols that QGIS stores as XML inside an attribute (a hatch's line) get the same treatment."""
    if not value.startswith("<"):
        return value
    try:
        return canonical(ET.fromstring(value), pretty=False)  # noqa: S314 - QGIS's own export
    except ET.ParseError:
        return value


def indent(element: ET.Element, keep_text_of: tuple[str, ...], level: int = 0) -> None:
    """ET.indent, except inside elements whose text is content (an SE label's mixed text)."""
    children = list(element)
    if not children or element.tag in keep_text_of:
        return
    pad = "\n" + " " * (level + 1)
    if not (element.text or "").strip():
        element.text = pad
    for child in children:
        indent(child, keep_text_of, level + 1)
        if not (child.tail or "").strip():
            child.tail = pad
    children[-1].tail = "\n" + " " * level


def qml_text(spec: d.Layer) -> str:
    from qgis.PyQt.QtXml import QDomDocument

    doc = QDomDocument()
    error = styled_layer(spec).exportNamedStyle(doc)
    if error:
        raise RuntimeError(f"{spec.name}: QML export failed: {error}")
    root = ET.fromstring(doc.toString(-1))  # noqa: S314 - QGIS's own export
    return QML_DOCTYPE + "\n" + canonical(root) + "\n"


def sld_files(spec: d.Layer) -> dict[str, str]:
    """The layer's SLD and the pattern tiles it links, by file name (all in styles/sld/)."""
    from qgis.core import QgsRuleBasedRenderer
    from qgis.PyQt.QtXml import QDomDocument

    layer = styled_layer(spec, for_sld=True)
    doc = QDomDocument()
    layer.exportSldStyle(doc, "")
    if doc.documentElement().isNull():
        raise RuntimeError(f"{spec.name}: SLD export failed")
    renderer = layer.renderer()
    else_rules = (
        tuple(rule.label() for rule in renderer.rootRule().descendants() if rule.isElse())
        if isinstance(renderer, QgsRuleBasedRenderer)
        else ()
    )
    root = ET.fromstring(doc.toString(-1))  # noqa: S314 - QGIS's own export
    files = sld.tidy(root, spec.name, else_rules)
    sld.register_namespaces()
    files[f"{spec.name}.sld"] = '<?xml version="1.0" encoding="UTF-8"?>\n' + canonical(root, (sld.se("Label"),)) + "\n"
    return files


def build(qml_dir: Path = d.QML_DIR, sld_dir: Path = d.SLD_DIR) -> list[Path]:
    """Write every layer's QML and SLD (with the pattern tiles the SLD links); returns the files written."""
    qgis_app()
    written = []
    for spec in d.LAYERS:
        files = [(qml_dir, f"{spec.name}.qml", qml_text(spec))]
        files += [(sld_dir, name, text) for name, text in sorted(sld_files(spec).items())]
        for folder, name, text in files:
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="write qml/ and sld/ under this folder instead of styles/")
    args = parser.parse_args(argv)
    paths = build(args.out / "qml", args.out / "sld") if args.out else build()
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
