"""The SLD files validate against the official SLD 1.1.0 / SE 1.1.0 schemas, offline, and link files that exist."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from styles import definitions as d

pytestmark = pytest.mark.unit  # needs nothing: `pytest -m unit`

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas" / "ogc"
SLD_XSD = "http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd"
MIRRORED = ("http://schemas.opengis.net/", "http://www.w3.org/")
NS = {"se": "http://www.opengis.net/se", "xlink": "http://www.w3.org/1999/xlink"}


class OfflineSchemas(etree.Resolver):
    """Serves the public schema URLs from tests/data/schemas/ogc, under their own URL; refuses any other URL."""

    def resolve(self, url, public_id, context):
        for prefix in MIRRORED:
            if url.startswith(prefix):
                local = SCHEMAS / prefix.removeprefix("http://") / url.removeprefix(prefix)
                # Under its public URL, so that one schema reached by relative and absolute paths is loaded once.
                return self.resolve_string(local.read_bytes(), context, base_url=url)
        raise OSError(f"not in the offline schema copy: {url}")


@pytest.fixture(scope="module")
def sld_schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(OfflineSchemas())
    return etree.XMLSchema(etree.parse(SLD_XSD, parser))


def sld_document(name: str):
    return etree.parse(str(d.SLD_DIR / f"{name}.sld"), etree.XMLParser(no_network=True, resolve_entities=False))


@pytest.mark.parametrize("name", [layer.name for layer in d.LAYERS])
def test_sld_validates_against_sld_1_1_and_se_1_1(sld_schema, name):
    document = sld_document(name)
    valid = sld_schema.validate(document)
    assert valid, "\n".join(f"{name}.sld:{e.line}: {e.message}" for e in sld_schema.error_log)


def test_the_validator_rejects_what_qgis_exports_and_se_1_1_lacks(sld_schema):
    # A label's background box and VendorOptions (QGIS's export) are not SE 1.1: the check must see them.
    document = sld_document("perimeters")
    text = document.find(".//se:TextSymbolizer", NS)
    etree.SubElement(text, f"{{{NS['se']}}}VendorOption", name="graphic-margin").text = "2 1"
    assert not sld_schema.validate(document)


@pytest.mark.parametrize("name", [layer.name for layer in d.LAYERS])
def test_sld_links_only_files_of_styles(name):
    for resource in sld_document(name).iterfind(".//se:ExternalGraphic/se:OnlineResource", NS):
        href = resource.get(f"{{{NS['xlink']}}}href")
        assert "://" not in href and not href.startswith("/"), href  # relative to the SLD: deploy styles/ as a tree
        linked = (d.SLD_DIR / href).resolve()
        assert linked.is_file(), href
        assert d.STYLES_DIR in linked.parents, href
        assert resource.getparent().findtext("se:Format", namespaces=NS) == "image/svg+xml"
        etree.parse(str(linked))  # well-formed SVG
