"""Anchor pictograms: one per kind, clean SVG, readable at 24 px, white-edged, distinct in shape."""

from __future__ import annotations

import itertools

import defusedxml.ElementTree as SafeET
import pytest

from styles import definitions as d

SVG = "{http://www.w3.org/2000/svg}"
CODES = [k.code for k in d.ANCHOR_KINDS]


def render(code: str, size: int = 24):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage, QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(d.PICTOGRAMS_DIR / f"{code}.svg"))
    assert renderer.isValid(), code
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def silhouette(image) -> set[tuple[int, int]]:
    return {
        (x, y) for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).alpha() >= 128
    }


def test_every_anchor_kind_in_the_database_has_its_pictogram(admin_conn):
    pictograms = {p for (p,) in admin_conn.execute("SELECT pictogram FROM crisis.anchor_kinds")}
    files = {path.stem for path in d.PICTOGRAMS_DIR.glob("*.svg")}
    assert pictograms == files


@pytest.mark.unit
@pytest.mark.parametrize("code", CODES)
def test_pictogram_is_plain_self_contained_svg(code):
    root = SafeET.parse(d.PICTOGRAMS_DIR / f"{code}.svg").getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 24 24"
    assert root.findtext(f"{SVG}title", "").strip()
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    # Letters are drawn as paths (no font on the server can change them); nothing is fetched or run.
    assert not tags & {"text", "image", "script", "use", "foreignObject", "style"}
    assert not any("href" in name for element in root.iter() for name in element.attrib)


@pytest.mark.parametrize("code", CODES)
def test_pictogram_renders_at_24_px_with_a_glyph_on_a_fill(qgis_app, code):
    image = render(code)
    shape = silhouette(image)
    assert len(shape) >= 0.4 * 24 * 24
    colours = {image.pixelColor(x, y).name() for x, y in shape}
    assert len(colours) >= 3  # at least outline, fill and glyph (plus antialiasing)


@pytest.mark.parametrize("code", CODES)
def test_pictogram_edge_is_white_so_it_reads_over_the_zones(qgis_app, code):
    image = render(code)
    shape = silhouette(image)
    edge = [(x, y) for x, y in shape if any(n not in shape for n in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)))]
    light = [p for p in edge if min(image.pixelColor(*p).getRgb()[:3]) >= 200]
    assert len(light) >= 0.9 * len(edge)


def test_pictograms_differ_in_shape_not_only_in_colour(qgis_app):
    shapes = {code: silhouette(render(code)) for code in CODES}
    too_alike = []
    for a, b in itertools.combinations(CODES, 2):
        overlap = len(shapes[a] & shapes[b]) / len(shapes[a] | shapes[b])
        if overlap >= 0.88:  # at 24 px at least 12% of the two silhouettes' union must differ
            too_alike.append((a, b, round(overlap, 3)))
    assert not too_alike
