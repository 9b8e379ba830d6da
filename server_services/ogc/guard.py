"""The request sanitiser: QGIS Server only sees requests this module has read and found sound.

It refuses what QGIS would read unsafely or answer with a 500 (XML with a DTD, huge images, filters that reach
SQL, functions that read other layers, links to other resources, duplicated parameters) and hands QGIS a query
string it wrote itself from the parameters it checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote

from . import filters, published
from .errors import OwsError
from .filters import bad, local
from .project import WMS_ROOT_NAME

MAX_BODY_BYTES = 20 * 1024 * 1024
MAX_QUERY_BYTES = 64 * 1024
MAX_IMAGE_SIZE = 4096
MAX_DPI = 1200
MAX_VALUE_CHARS = 16 * 1024  # one parameter; FILTER, EXP_FILTER and SLD_BODY may use the whole query string
_LONG_VALUES = {"FILTER", "EXP_FILTER", "SLD_BODY"}

OPERATIONS = published.OPERATIONS
_WFS_XML_ROOTS = {"GetCapabilities", "DescribeFeatureType", "GetFeature", "Transaction"}
_XML_MEDIA = {"text/xml", "application/xml"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NAMES = re.compile(r"^[\w\-.: ,]*$")
_FEATURE_IDS = re.compile(r"^[\w.\-@, ]*$")
_INT = re.compile(r"^\s*\d{1,9}\s*$")
_NUMBER = re.compile(r"^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d{1,3})?\s*$")
_VERSION = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?$")
_TOKENS = re.compile(r"^[\w.,/ ;=+\-]{0,200}$")
_NAMESPACES = re.compile(r"^[\w\s(),=:/.#\-]{0,1000}$")
_BGCOLOR = re.compile(r"^(?:0x|#)?[0-9A-Fa-f]{6}$")
_TRUTH = {"true", "false", "1", "0", "yes", "no", "on", "off"}


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
        if len(value) > MAX_VALUE_CHARS and key.upper() not in _LONG_VALUES:
            raise bad(f"the parameter {key[:40]} is too long")
    return pairs


def _no_duplicates(pairs: list[tuple[str, str]]) -> dict[str, str]:
    seen: dict[str, str] = {}
    for key, value in pairs:
        upper = key.upper()
        if upper in seen:
            raise bad(f"the parameter {key[:40]} is given twice")
        seen[upper] = value
    return seen


def _size(params: dict[str, str], name: str, high: int) -> None:
    if name in params:
        value = params[name]
        if not _INT.match(value) or not 1 <= int(value) <= high:
            raise bad(f"{name} must be a whole number from 1 to {high}")


def _integer(name: str, value: str, low: int, high: int) -> None:
    if not _INT.match(value) or not low <= int(value) <= high:
        raise bad(f"{name} must be a whole number from {low} to {high}")


def _number(name: str, value: str, limit: float) -> float:
    if not _NUMBER.match(value):
        raise bad(f"{name} must hold numbers")
    number = float(value)
    if not abs(number) <= limit:  # also refuses inf and nan
        raise bad(f"{name} holds a number out of range")
    return number


def _crs(name: str, value: str) -> None:
    if value.strip().lower() not in published.CRS_NAMES:
        raise bad(f"{name}: the CRSs published are EPSG:4326, EPSG:3857, EPSG:3812 and EPSG:31370", "InvalidCRS")


def _bbox(name: str, value: str, service: str) -> None:
    """minx,miny,maxx,maxy (and, in WFS, an optional CRS after them): finite numbers of a sensible size."""
    parts = [part.strip() for part in value.split(",")]
    if service == "WFS" and len(parts) == 5:
        _crs(name, parts.pop())
    if len(parts) not in (4, 6) or (service != "API" and len(parts) != 4):
        raise bad(f"{name} must be minx,miny,maxx,maxy")
    for part in parts:
        _number(name, part, published.MAX_COORDINATE)


def _crs_object(name: str):
    from qgis.core import QgsCoordinateReferenceSystem

    crs = QgsCoordinateReferenceSystem.fromOgcWmsCrs(name.strip())
    if not crs.isValid():
        crs = QgsCoordinateReferenceSystem(name.strip())
    return crs


def wfs_bbox(value: str, srs_name: str) -> str:
    """A WFS BBOX that names its CRS (minx,miny,maxx,maxy,crs), as QGIS Server 3.22 reads it right: four numbers in
    the CRS of the answer (SRSNAME, else the layers' EPSG:4326), x first. QGIS Server itself ignores the fifth
    value and reads a URN's latitude-first box as x, y, so a box in another CRS or axis order found nothing."""
    from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle

    *numbers, crs_name = (part.strip() for part in value.split(","))
    a, b, c, d = (float(n) for n in numbers)
    source, target = _crs_object(crs_name), _crs_object(srs_name or "EPSG:4326")
    if source.hasAxisInverted() and crs_name.lower().startswith(("urn:", "http")):
        a, b, c, d = b, a, d, c  # a URN or URI means the CRS's own axis order: latitude first
    box = QgsRectangle(a, b, c, d)
    if source != target:
        box = QgsCoordinateTransform(source, target, QgsProject.instance()).transformBoundingBox(box)
    return ",".join(repr(round(v, 9)) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))


def _layer_names(name: str, value: str, catalogue: Catalogue, service: str = "WFS") -> None:
    if not _NAMES.match(value):
        raise bad(f"{name} holds characters that no layer name has", "LayerNotDefined")
    for item in value.split(","):
        layer = item.strip().split(":")[-1]
        # WMS also publishes the root layer (all layers at once) under its own name.
        if layer and layer not in catalogue.layers and not (service == "WMS" and layer == WMS_ROOT_NAME):
            raise bad(f"{name}: no published layer is called {item.strip()[:60]!r}", "LayerNotDefined")


# Parameters whose value must match a pattern as it is: the pattern, what is wrong otherwise, and its OGC code.
_NAMESPACE_ITEMS = (_NAMESPACES, "must be xmlns(prefix=uri) items", "InvalidParameterValue")
_TOKEN_LIST = (_TOKENS, "holds characters it cannot hold", "InvalidParameterValue")
_STYLE_NAMES = (_NAMES, "holds characters that no style name has", "StyleNotDefined")
_SHAPES: dict[str, tuple[re.Pattern, str, str]] = {
    "STYLES": _STYLE_NAMES,
    "STYLE": _STYLE_NAMES,
    "NAMESPACE": _NAMESPACE_ITEMS,
    "NAMESPACES": _NAMESPACE_ITEMS,
    **dict.fromkeys(
        ("ACCEPTVERSIONS", "ACCEPTFORMATS", "SECTIONS", "UPDATESEQUENCE", "RESULTTYPE", "GEOMETRYNAME", "RULE"),
        _TOKEN_LIST,
    ),
    "FEATUREID": (_FEATURE_IDS, "must be a list of typename.id", "InvalidParameterValue"),
}
_LAYER_PARAMETERS = ("LAYERS", "QUERY_LAYERS", "LAYER", "TYPENAME", "TYPENAMES")


def _check_value(service: str, operation: str, name: str, value: str, catalogue: Catalogue) -> None:
    """One parameter's value, by what the parameter is."""
    allowed = published.VALUES.get((service, operation, name))
    if allowed is not None:
        if published.normal_media(value) not in allowed and value.strip():
            raise bad(
                f"{name}={value[:60]!r} is not offered; choose one of {', '.join(sorted(allowed))}",
                "InvalidFormat" if "FORMAT" in name else "InvalidParameterValue",
            )
    elif name in _LAYER_PARAMETERS:
        _layer_names(name, value, catalogue, service)
    elif name in _SHAPES:
        pattern, wrong, code = _SHAPES[name]
        if not pattern.match(value):
            raise bad(f"{name} {wrong}", code)
    elif value.strip():  # the others may be left blank
        _check_quantity(service, name, value)


def _check_quantity(service: str, name: str, value: str) -> None:
    """A CRS, a box, a number, a truth value, a version, a colour or the output's resolution (not blank)."""
    if name in ("CRS", "SRS", "SRSNAME"):
        _crs(name, value)
    elif name == "BBOX":
        _bbox(name, value, service)
    elif name in published.INTEGERS:
        _integer(name, value, *published.INTEGERS[name])
    elif name in published.BOOLEANS and value.strip().lower() not in _TRUTH:
        raise bad(f"{name} must be true or false")
    elif name in ("VERSION", "WMTVER", "SLD_VERSION") and not _VERSION.match(value.strip()):
        raise bad(f"{name} must be a version number such as 1.3.0")
    elif name == "SCALE":
        _number(name, value, published.MAX_SCALE)
    elif name == "OPACITIES":
        for part in value.split(","):
            _integer(name, part, 0, 255)
    elif name == "BGCOLOR" and not _BGCOLOR.match(value.strip()):
        raise bad("BGCOLOR must be a colour such as 0xFFFFFF")
    elif name == "FORMAT_OPTIONS":
        _format_options(value)


def _format_options(value: str) -> None:
    for option in value.split(";"):
        key, _, number = option.partition(":")
        if key.strip().lower() != "dpi":
            raise bad("FORMAT_OPTIONS may only give dpi:<number>")
        _integer("FORMAT_OPTIONS dpi", number, 1, MAX_DPI)


def _check_kvp(params: dict[str, str], service: str, operation: str, catalogue: Catalogue) -> dict[str, str]:
    """Parameter by parameter, against the published list; returns the values to replace (a WFS BBOX in another
    CRS, a WMS FILTER written out again)."""
    allowed = published.PARAMETERS[(service, operation)]
    for name in params:
        if name not in allowed:
            raise bad(
                f'{name[:40]} is not a parameter of {service} {operation} here (see the README\'s "OGC services")'
            )
    for name in ("WIDTH", "HEIGHT", "SYMBOLWIDTH", "SYMBOLHEIGHT"):
        _size(params, name, MAX_IMAGE_SIZE)
    for name in ("DPI", "MAP_RESOLUTION"):
        _size(params, name, MAX_DPI)
    for name, value in params.items():
        _check_value(service, operation, name, value, catalogue)
    replaced = {}
    if service == "WFS" and params.get("BBOX", "").count(",") == 4:
        replaced["BBOX"] = wfs_bbox(params["BBOX"], params.get("SRSNAME", ""))
    return replaced | _check_filters(params, service, catalogue)


def _check_filters(params: dict[str, str], service: str, catalogue: Catalogue) -> dict[str, str]:
    """What may name fields or reach SQL (styles, filters, sorting, property lists), against the published fields;
    returns a WMS FILTER written out again."""
    fields = catalogue.all_fields
    replaced = {}
    if params.get("SLD_BODY", "").strip():
        filters.check_xml_tree(filters.parse_xml(params["SLD_BODY"], "SLD_BODY"), fields, "SLD_BODY")
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
        for attribute, value in element.attrib.items():
            if local(attribute).lower() in ("typename", "typenames"):
                _layer_names("typeName", value, catalogue)
    return operation.upper()


# --- OGC API Features ----------------------------------------------------------------------------------------
def _api_route(path: str, catalogue: Catalogue) -> tuple[str, frozenset[str], str | None]:
    """The route a path names, its parameters and its layer; 404 for anything not published."""
    for name, pattern, params in published.API_ROUTES:
        match = pattern.match(path)
        if match:
            layer = match.groupdict().get("layer")
            if layer is not None and layer not in catalogue.layers:
                raise OwsError("NotFound", f"No collection called {layer[:60]!r}.", 404)
            return name, params, layer
    raise OwsError(
        "NotFound",
        "No such OGC API Features resource (JSON only: the landing page, /conformance, "
        "/api, /collections, /collections/<name>, /collections/<name>/items, .../items/<id>).",
        404,
    )


def _url_keeps(value: str) -> bool:
    """QGIS Server passes a filter value through QUrl before quoting it: the value must come out unchanged."""
    try:
        from qgis.PyQt.QtCore import QUrl
    except ImportError:  # the guard's own unit tests run without PyQGIS at times
        return True
    return QUrl(value).toString() == value


def _check_api_filter(field: str, value: str) -> None:
    if not published.API_FILTER_VALUE.match(value) or not _url_keeps(value):
        raise bad(
            f"{field}: a filter value may hold letters, digits, spaces and - . , / @ ( ) + * (a wildcard) "
            "only; use WFS with a FILTER for anything else"
        )


def _check_api(request: OwsRequest, catalogue: Catalogue) -> Checked:
    if request.method not in ("GET", "HEAD"):
        raise OwsError(
            "OperationNotSupported",
            "OGC API Features is read-only here; write through WFS-T",
            405,
            {"Allow": "GET, HEAD"},
        )
    route, allowed, layer = _api_route(request.path, catalogue)
    pairs = _params(request.query)
    params = _no_duplicates(pairs)
    fields = catalogue.layers.get(layer, frozenset()) if route == "items" else frozenset()
    exact = dict(pairs)
    for name, value in exact.items():
        if name in allowed:
            continue
        if name in fields:
            _check_api_filter(name, value)
            continue
        raise bad(f"{name[:40]} is not a parameter of this OGC API Features resource")
    pairs = _api_paging(exact, pairs)
    _check_api_query(exact, params, catalogue)
    return Checked(api=True, service=None, operation=None, params=published.qgis_api_params(pairs))


def _api_paging(exact: dict[str, str], pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The format (JSON only), limit and offset; returns the parameters with the limit brought down to the most
    one page may hold."""
    f = exact.get("f", "").strip().lower()
    if f and f not in published.API_FORMATS:
        raise OwsError("InvalidParameterValue", "Only JSON is offered here (f=json or f=geojson).", 406)
    for name in ("limit", "offset"):
        if exact.get(name, "").strip():
            _integer(name, exact[name], 0 if name == "offset" else 1, 10**12)
        elif name in exact:  # given blank (`?limit=`): as if not given
            pairs = [(k, v) for k, v in pairs if k.lower() != name]
    if exact.get("limit", "").strip() and int(exact["limit"]) > published.API_MAX_LIMIT:
        pairs = [(k, str(published.API_MAX_LIMIT) if k == "limit" else v) for k, v in pairs]
    return pairs


def _check_api_query(exact: dict[str, str], params: dict[str, str], catalogue: Catalogue) -> None:
    """The CRSs, box, time, result type, properties and sort order of an OGC API Features request."""
    for name in ("crs", "bbox-crs"):
        if exact.get(name, "").strip():
            _crs(name, exact[name])
    if exact.get("bbox", "").strip():
        _bbox("bbox", exact["bbox"], "API")
    if exact.get("datetime", "").strip() and not re.match(r"^[0-9TZtz:.\-+/ ]{1,80}$", exact["datetime"]):
        raise bad("datetime must be an RFC 3339 time or interval")
    if exact.get("resultType", "results") not in ("results", "hits"):
        raise bad("resultType must be results or hits")
    for name in ("properties", "sortby"):
        if params.get(name.upper(), "").strip():
            filters.check_name_list(params[name.upper()].replace("+", "").replace("-", ""), catalogue.all_fields, name)


def media_type(content_type: str) -> str:
    return content_type.split(";")[0].strip().lower()


def check(request: OwsRequest, catalogue: Catalogue) -> Checked:
    """Checked request, or OwsError."""
    if any(part in (".", "..") for part in request.path.split("/")):
        raise OwsError("NotFound", "No such OGC resource.", 404)
    if request.path == published.API_ROOT or request.path.startswith(
        (published.API_ROOT + "/", published.API_ROOT + ".")
    ):
        return _check_api(request, catalogue)
    if request.path not in ("/ows", "/ows/"):
        raise OwsError("NotFound", "No such OGC resource: use /ows (WMS, WFS) or /ows/wfs3 (OGC API Features).", 404)
    if request.method not in ("GET", "POST", "HEAD"):
        raise OwsError("OperationNotSupported", "Use GET or POST.", 405, {"Allow": "GET, POST, HEAD"})

    pairs = _params(request.query)
    form, body, document, xml_operation = _read_body(request, catalogue)
    pairs += form
    params = _no_duplicates(pairs)
    service, operation = _service_and_operation(params, xml_operation)
    if xml_operation:
        pairs += [(k, v) for k, v in (("SERVICE", "WFS"), ("REQUEST", xml_operation)) if k not in params]
    replaced = _check_kvp(params, service, operation, catalogue)
    if replaced:
        pairs = [(k, replaced.get(k.upper(), v)) for k, v in pairs]
    # Legend feature counts come out as 0 from QGIS Server here (counted asynchronously): leave them out
    # rather than show wrong numbers.
    pairs = [(k, v) for k, v in pairs if k.upper() != "SHOWFEATURECOUNT"]
    return Checked(api=False, service=service, operation=operation, params=pairs, body=body, document=document)


def _read_body(request: OwsRequest, catalogue: Catalogue) -> tuple[list[tuple[str, str]], bytes, object, str | None]:
    """A POST's body: (the parameters of a form, the XML body to pass on, its parsed document, the WFS operation
    it holds); nothing for a GET or an empty body."""
    if request.method != "POST" or not request.body.strip():
        return [], b"", None, None
    if len(request.body) > MAX_BODY_BYTES:
        raise OwsError("InvalidParameterValue", "the request body is too large", 413)
    content_type = media_type(request.headers.get("content-type", ""))
    if content_type == "application/x-www-form-urlencoded":
        try:
            return _params(request.body.decode("utf-8")), b"", None, None
        except UnicodeDecodeError:
            raise bad("the request body is not valid UTF-8") from None
    if content_type in _XML_MEDIA:
        document = filters.parse_xml(request.body, "the request body")
        return [], request.body, document, _check_wfs_xml(document, catalogue)
    raise OwsError(
        "InvalidParameterValue",
        "A POST body is XML (Content-Type: text/xml) or a form (application/x-www-form-urlencoded).",
        415,
    )


def _service_and_operation(params: dict[str, str], xml_operation: str | None) -> tuple[str, str]:
    """SERVICE and REQUEST (upper case, aliases resolved), as published; an XML body's operation must be the one
    REQUEST names, if it names one, and a Transaction comes only as XML."""
    service = (params.get("SERVICE") or ("WFS" if xml_operation else "")).upper()
    if service not in OPERATIONS:
        raise bad(
            "SERVICE must be WMS or WFS" if service else "SERVICE is missing (WMS or WFS)",
            "OperationNotSupported" if service else "MissingParameterValue",
        )
    operation = xml_operation or params.get("REQUEST", "").upper()
    operation = published.ALIASES.get(operation, operation)
    if xml_operation:
        requested = params.get("REQUEST", xml_operation).upper()
        if published.ALIASES.get(requested, requested) != xml_operation:
            raise bad("REQUEST in the URL and the XML body disagree")
    if operation not in OPERATIONS[service]:
        raise bad(
            f"REQUEST must be one of {', '.join(sorted(OPERATIONS[service]))} for {service}"
            if operation
            else "REQUEST is missing",
            "OperationNotSupported",
        )
    if operation == "TRANSACTION" and not xml_operation:
        # Writes only as an XML POST (a media type no cross-site form or link can send without a preflight).
        raise OwsError(
            "OperationNotSupported",
            "A Transaction is a POST with an XML body (Content-Type: text/xml).",
            405,
            {"Allow": "POST"},
        )
    return service, operation
