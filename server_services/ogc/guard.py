"""The request sanitiser: QGIS Server only sees requests this module has read and found sound.

It refuses what QGIS would read unsafely or answer with a 500 (XML with a DTD, huge images, filters that reach
SQL, functions that read other layers, links to other resources, duplicated parameters) and hands QGIS a query
string it wrote itself from the parameters it checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote

from . import filters
from .errors import OwsError
from .filters import bad, local

MAX_BODY_BYTES = 20 * 1024 * 1024
MAX_QUERY_BYTES = 64 * 1024
MAX_IMAGE_SIZE = 4096
MAX_DPI = 1200

OPERATIONS = {
    "WMS": {"GETCAPABILITIES", "GETMAP", "GETFEATUREINFO", "GETLEGENDGRAPHIC", "GETLEGENDGRAPHICS",
            "DESCRIBELAYER", "GETSTYLES", "GETSTYLE", "GETSCHEMAEXTENSION", "GETPROJECTSETTINGS"},
    "WFS": {"GETCAPABILITIES", "DESCRIBEFEATURETYPE", "GETFEATURE", "TRANSACTION"},
}
_WFS_XML_ROOTS = {"GetCapabilities", "DescribeFeatureType", "GetFeature", "Transaction"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NAMES = re.compile(r"^[\w\-.: ,]*$")
_FEATURE_IDS = re.compile(r"^[\w.\-@, ]*$")
_API_PATH = re.compile(r"^/ows/wfs3(?:/[\w.\-@]+)*/?$")
_INT = re.compile(r"^\s*\d{1,9}\s*$")


@dataclass
class OwsRequest:
    """An HTTP request as the WSGI layer read it."""

    method: str
    path: str
    query: str
    headers: dict[str, str]  # lower-case names
    body: bytes = b""


@dataclass
class Checked:
    """What may go on to QGIS Server."""

    api: bool  # OGC API Features (/ows/wfs3)
    service: str | None
    operation: str | None  # upper case: GETMAP, TRANSACTION...
    params: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    document: object = None  # the body's XML as this module parsed it (ElementTree root), if any

    @property
    def transaction(self) -> bool:
        return self.service == "WFS" and self.operation == "TRANSACTION"

    def query_string(self) -> str:
        return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in self.params)


@dataclass(frozen=True)
class Catalogue:
    """Published layers and their fields, as the loaded project has them."""

    layers: dict[str, frozenset[str]]

    @property
    def all_fields(self) -> frozenset[str]:
        return frozenset().union(*self.layers.values()) if self.layers else frozenset()


def _params(query: str) -> list[tuple[str, str]]:
    if len(query.encode("utf-8", "surrogateescape")) > MAX_QUERY_BYTES:
        raise bad("the query string is too long")
    try:
        pairs = parse_qsl(query, keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        raise bad("the query string is not valid UTF-8") from None
    for key, value in pairs:
        if _CONTROL.search(key) or _CONTROL.search(value):
            raise bad("control characters are not allowed in parameters")
    return pairs


def _no_duplicates(pairs: list[tuple[str, str]]) -> dict[str, str]:
    seen: dict[str, str] = {}
    for key, value in pairs:
        upper = key.upper()
        if upper in seen:
            raise bad(f"the parameter {key} is given twice")
        seen[upper] = value
    return seen


def _size(params: dict[str, str], name: str, high: int) -> None:
    if name in params:
        value = params[name]
        if not _INT.match(value) or not 1 <= int(value) <= high:
            raise bad(f"{name} must be a whole number from 1 to {high}")


def _check_kvp(params: dict[str, str], service: str, catalogue: Catalogue) -> dict[str, str]:
    """Parameter by parameter; returns the values to replace (a WMS FILTER written out again)."""
    fields = catalogue.all_fields
    replaced = {}
    for name in ("WIDTH", "HEIGHT", "SYMBOLWIDTH", "SYMBOLHEIGHT"):
        _size(params, name, MAX_IMAGE_SIZE)
    for name in ("DPI", "MAP_RESOLUTION"):
        _size(params, name, MAX_DPI)
    dpi = re.search(r"dpi:(\d+)", params.get("FORMAT_OPTIONS", ""), re.IGNORECASE)
    if dpi and not 1 <= int(dpi.group(1)) <= MAX_DPI:
        raise bad(f"FORMAT_OPTIONS dpi must be from 1 to {MAX_DPI}")
    for name in ("LAYERS", "QUERY_LAYERS", "LAYER", "TYPENAME", "TYPENAMES", "STYLES", "STYLE"):
        if name in params and not _NAMES.match(params[name]):
            raise bad(f"{name} holds characters that no layer or style name has", "LayerNotDefined")
    if "FEATUREID" in params and not _FEATURE_IDS.match(params["FEATUREID"]):
        raise bad("FEATUREID must be a list of typename.id")
    if "SLD" in params:
        raise bad("SLD by URL is not supported; send SLD_BODY", "OperationNotSupported")
    for name in ("SLD_BODY", "HIGHLIGHT_SYMBOL"):
        if params.get(name, "").strip():
            for piece in params[name].split(";") if name == "HIGHLIGHT_SYMBOL" else [params[name]]:
                filters.check_xml_tree(filters.parse_xml(piece, name), fields, name)
    if params.get("FILTER", "").strip():
        if service == "WMS":
            replaced["FILTER"] = filters.rewrite_wms_filter(params["FILTER"], catalogue.layers)
        else:
            filters.check_xml_filters(params["FILTER"], fields)
    if params.get("EXP_FILTER", "").strip():
        filters.check_expression(params["EXP_FILTER"], fields)  # QGIS 3.22 reads it whole
    if params.get("SORTBY", "").strip():
        filters.check_name_list(params["SORTBY"], fields, "SORTBY", sort=True)
    if params.get("PROPERTYNAME", "").strip():
        filters.check_name_list(params["PROPERTYNAME"], fields, "PROPERTYNAME")
    return replaced


def _check_wfs_xml(root, catalogue: Catalogue) -> str:
    """A WFS request sent as XML; returns its operation."""
    operation = local(root.tag)
    if operation not in _WFS_XML_ROOTS:
        raise bad(f"an XML request must be a WFS {', '.join(sorted(_WFS_XML_ROOTS))}", "OperationNotSupported")
    if (root.get("service") or "WFS").upper() != "WFS":
        raise bad("only WFS requests are accepted as XML", "OperationNotSupported")
    fields = catalogue.all_fields
    filters.check_xml_tree(root, fields, operation)
    for element in root.iter():
        if local(element.tag) == "Property":
            for child in element:
                if local(child.tag) == "Name":
                    # An Update may set the geometry too (QGIS redraws a perimeter that way).
                    filters.field_name(child.text or "", fields | filters.GEOMETRY_NAMES, "Update")
    return operation.upper()


def check(request: OwsRequest, catalogue: Catalogue) -> Checked:
    """Checked request, or OwsError."""
    if any(part in (".", "..") for part in request.path.split("/")):
        raise OwsError("NotFound", "No such OGC resource.", 404)
    if _API_PATH.match(request.path):
        if request.method not in ("GET", "HEAD"):
            raise OwsError("OperationNotSupported", "OGC API Features is read-only here; write through WFS-T",
                           405, {"Allow": "GET, HEAD"})
        pairs = _params(request.query)
        params = _no_duplicates(pairs)
        for name in ("PROPERTIES", "SORTBY"):
            if params.get(name, "").strip():
                filters.check_name_list(params[name].replace("+", "").replace("-", ""),
                                        catalogue.all_fields, name.lower())
        return Checked(api=True, service=None, operation=None, params=pairs)
    if request.path not in ("/ows", "/ows/"):
        raise OwsError("NotFound", "No such OGC resource: use /ows (WMS, WFS) or /ows/wfs3 (OGC API Features).", 404)
    if request.method not in ("GET", "POST", "HEAD"):
        raise OwsError("OperationNotSupported", "Use GET or POST.", 405, {"Allow": "GET, POST, HEAD"})

    pairs = _params(request.query)
    body, document, xml_operation = b"", None, None
    if request.method == "POST" and request.body.strip():
        if len(request.body) > MAX_BODY_BYTES:
            raise OwsError("InvalidParameterValue", "the request body is too large", 413)
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/x-www-form-urlencoded":
            try:
                pairs += _params(request.body.decode("utf-8"))
            except UnicodeDecodeError:
                raise bad("the request body is not valid UTF-8") from None
        else:
            document = filters.parse_xml(request.body, "the request body")
            xml_operation = _check_wfs_xml(document, catalogue)
            body = request.body
    params = _no_duplicates(pairs)
    service = (params.get("SERVICE") or ("WFS" if xml_operation else "")).upper()
    if service not in OPERATIONS:
        raise bad("SERVICE must be WMS or WFS" if service else "SERVICE is missing (WMS or WFS)",
                  "OperationNotSupported" if service else "MissingParameterValue")
    operation = xml_operation or params.get("REQUEST", "").upper()
    if xml_operation:
        if params.get("REQUEST", xml_operation).upper() != xml_operation:
            raise bad("REQUEST in the URL and the XML body disagree")
        pairs += [(k, v) for k, v in (("SERVICE", "WFS"), ("REQUEST", xml_operation)) if k not in params]
    if operation not in OPERATIONS[service]:
        raise bad(f"REQUEST must be one of {', '.join(sorted(OPERATIONS[service]))} for {service}"
                  if operation else "REQUEST is missing", "OperationNotSupported")
    if operation == "TRANSACTION" and not (xml_operation and "xml" in request.headers.get("content-type", "")):
        # Writes only as an XML POST: a link, an image or a plain HTML form of another site (which a browser
        # would send with the user's cached credentials) cannot make one.
        raise OwsError("OperationNotSupported", "A Transaction is a POST with an XML body (Content-Type: text/xml).",
                       405, {"Allow": "POST"})
    replaced = _check_kvp(params, service, catalogue)
    if replaced:
        pairs = [(k, replaced.get(k.upper(), v)) for k, v in pairs]
    # Legend feature counts come out as 0 from QGIS Server here (counted asynchronously): leave them out
    # rather than show wrong numbers.
    pairs = [(k, v) for k, v in pairs if k.upper() != "SHOWFEATURECOUNT"]
    return Checked(api=False, service=service, operation=operation, params=pairs, body=body, document=document)
