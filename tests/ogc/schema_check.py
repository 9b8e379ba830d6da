"""Offline validation against the official OGC schemas kept in tests/data/schemas (never the network, never
../shared): an lxml resolver serves http://schemas.opengis.net/... and http://www.w3.org/... from the copy, under
their public URLs, and the platform's own URLs (DescribeFeatureType) through an authenticated session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import quoteattr

from lxml import etree

SCHEMAS = Path(__file__).resolve().parents[1] / "data" / "schemas" / "ogc"
MIRRORED = ("http://schemas.opengis.net/", "http://www.w3.org/")
XSI_LOCATION = "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"
WMS_111_CAPABILITIES_DTD = "http://schemas.opengis.net/wms/1.1.1/WMS_MS_Capabilities.dtd"
WMS_111_EXCEPTION_DTD = "http://schemas.opengis.net/wms/1.1.1/exception_1_1_1.dtd"


def local_copy(url: str) -> Path:
    for prefix in MIRRORED:
        if url.startswith(prefix):
            return SCHEMAS / prefix.removeprefix("http://") / url.removeprefix(prefix)
    raise OSError(f"not in the offline schema copy: {url}")


class OfflineSchemas(etree.Resolver):
    """The offline copy under the public URLs (one schema reached by relative and absolute paths is loaded once);
    `fetch` answers other URLs (the platform's DescribeFeatureType) or None; anything else is an error."""

    def __init__(self, fetch: Callable[[str], bytes | None] | None = None):
        super().__init__()
        self.fetch = fetch

    def resolve(self, url, public_id, context):
        if url.startswith(MIRRORED):
            return self.resolve_string(local_copy(url).read_bytes(), context, base_url=url)
        data = self.fetch(url) if self.fetch else None
        if data is None:
            raise OSError(f"a schema outside the offline copy: {url}")
        return self.resolve_string(data, context, base_url=url)


def parser(fetch=None) -> etree.XMLParser:
    made = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    made.resolvers.add(OfflineSchemas(fetch))
    return made


def parse(document: bytes):
    return etree.fromstring(document, etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False))


def schema_locations(root) -> list[tuple[str, str]]:
    tokens = (root.get(XSI_LOCATION) or "").split()
    assert len(tokens) % 2 == 0, f"xsi:schemaLocation is not a list of namespace, location pairs: {tokens}"
    return list(zip(tokens[::2], tokens[1::2], strict=True))


_compiled: dict[tuple, etree.XMLSchema] = {}


def schema(pairs: list[tuple[str, str]], fetch=None) -> etree.XMLSchema:
    """One schema importing each (namespace, location); compiled once per set of official locations."""
    key = tuple(pairs)
    cacheable = all(location.startswith(MIRRORED) for _, location in pairs)
    if cacheable and key in _compiled:
        return _compiled[key]
    imports = "".join(
        f"<xs:import namespace={quoteattr(ns)} schemaLocation={quoteattr(location)}/>" for ns, location in pairs
    )
    text = f'<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">{imports}</xs:schema>'
    compiled = etree.XMLSchema(
        etree.fromstring(text.encode(), parser(fetch), base_url="http://schemas.opengis.net/validation-wrapper.xsd")
    )
    if cacheable:
        _compiled[key] = compiled
    return compiled


def xsd_errors(document: bytes, fetch=None, locations: list[tuple[str, str]] | None = None) -> list[str]:
    """What the official schemas say is wrong with `document` (validated against the schemas its
    xsi:schemaLocation names, or `locations`); [] when it is valid."""
    root = parse(document)
    pairs = locations or schema_locations(root)
    assert pairs, "the document names no schema (xsi:schemaLocation)"
    checker = schema(pairs, fetch)
    if checker.validate(etree.ElementTree(root)):
        return []
    return [f"line {e.line}: {e.message}" for e in checker.error_log][:20]


def dtd_errors(document: bytes, dtd_url: str) -> list[str]:
    """The document must name `dtd_url` in its DOCTYPE and be valid against the offline copy of that DTD."""
    tree = etree.ElementTree(parse(document))
    if tree.docinfo.system_url != dtd_url:
        return [f"the DOCTYPE names {tree.docinfo.system_url!r}, not {dtd_url!r}"]
    with open(local_copy(dtd_url), "rb") as dtd_file:
        dtd = etree.DTD(dtd_file)
    if dtd.validate(tree):
        return []
    return [f"line {e.line}: {e.message}" for e in dtd.error_log][:20]
