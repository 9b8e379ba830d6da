"""What QGIS Server answered, made right for other clients before it goes out (one place for such fixes).

Each fix names what QGIS Server 3.22 gets wrong and what the official schema or standard says instead; the
documents are QGIS's own, rewritten with lxml (namespace prefixes kept), or edited as bytes where they can be
large (GetFeature, OGC API Features item lists). tests/ogc/test_schemas.py validates the results against the
official OGC schemas, tests/ogc/test_interop_caps.py drives the clients that read them.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

from lxml import etree

from . import errors, guard, published
from .filters import local
from .server import Answer

OGC = "http://www.opengis.net/ogc"
QGS_WMS = "http://www.qgis.org/wms"
XSI_LOCATION = "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"
WMS_XML = "application/vnd.ogc.wms_xml"  # WMS 1.1.1 capabilities' media type (WMS 1.1.1, 6.5.3)


def finish(checked: guard.Checked, answer: Answer) -> None:
    """Fixes QGIS Server's answer in place."""
    if checked.api:
        _ogc_api(checked, answer)
        return
    content_type = answer.headers.get("Content-Type", "")
    if "xml" not in content_type:
        return
    if b"ExceptionReport" in answer.body[:600]:
        _exception_report(checked, answer)
    elif checked.service == "WMS" and checked.operation == "GETCAPABILITIES" and answer.status == 200:
        _xml_rewrite(answer, _wms_capabilities)
    elif checked.service == "WFS" and checked.operation == "GETCAPABILITIES" and answer.status == 200:
        _xml_rewrite(answer, _wfs_capabilities)
    elif checked.service == "WFS" and checked.operation == "GETFEATURE" and answer.status == 200:
        _wfs_features(checked, answer)


def _version(checked: guard.Checked) -> str | None:
    """The version the client asked for: VERSION, or the version of its XML request."""
    params = {k.upper(): v for k, v in checked.params}
    version = params.get("VERSION") or params.get("WMTVER")
    if not version and checked.document is not None:
        version = checked.document.get("version")
    return version


# --- XML documents ------------------------------------------------------------------------------------------
def _parser() -> etree.XMLParser:
    # QGIS Server's own output; still no entities, no DTD loading, no network.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, strip_cdata=False)


def _xml_rewrite(answer: Answer, rewrite) -> None:
    try:
        tree = etree.ElementTree(etree.fromstring(answer.body, _parser()))
    except etree.XMLSyntaxError:
        return
    content_type = rewrite(tree.getroot())
    # tostring of the tree keeps the DOCTYPE (WMS 1.1.1 capabilities must keep theirs).
    answer.body = etree.tostring(tree, xml_declaration=True, encoding="utf-8") + b"\n"
    if content_type:
        answer.headers["Content-Type"] = content_type


def _children(element, name: str) -> list:
    return [child for child in element if isinstance(child.tag, str) and local(child.tag) == name]


def _first(element, *path: str):
    for name in path:
        found = _children(element, name) if element is not None else []
        element = found[0] if found else None
    return element


def _remove(element) -> None:
    """Removes an element; what followed it keeps its indentation (the removed element's tail)."""
    parent = element.getparent()
    previous = element.getprevious()
    if element.tail is not None and not element.tail.strip():
        if previous is not None:
            previous.tail = element.tail
        else:
            parent.text = element.tail
    parent.remove(element)


def _drop_schema_location(root, namespace: str) -> None:
    """Takes a namespace and its location out of xsi:schemaLocation (QGIS names schemas it does not publish)."""
    if root.get(XSI_LOCATION) is None:
        return
    tokens = root.get(XSI_LOCATION).split()
    pairs = [(tokens[i], tokens[i + 1]) for i in range(0, len(tokens) - 1, 2) if tokens[i] != namespace]
    root.set(XSI_LOCATION, " ".join(f"{ns} {location}" for ns, location in pairs))


# --- exception reports --------------------------------------------------------------------------------------
def _exception_report(checked: guard.Checked, answer: Answer) -> None:
    """QGIS Server answers every exception as an ogc:ServiceExceptionReport (1.3.0 for WMS, 1.2.0 for WFS).
    WFS 1.1.0 says ows:ExceptionReport (OWS Common 1.0.0), WMS 1.1.1 its own DTD's ServiceExceptionReport 1.1.1
    (application/vnd.ogc.se_xml): the report is written again in the dialect of the request's version, by the
    same code as the front's own reports (errors.report)."""
    try:
        root = etree.fromstring(answer.body, _parser())
    except etree.XMLSyntaxError:
        return
    if local(root.tag) == "ServiceExceptionReport":
        exceptions = [
            (e.get("code"), "".join(e.itertext()).strip(), e.get("locator"))
            for e in root
            if isinstance(e.tag, str) and local(e.tag) == "ServiceException"
        ]
    elif local(root.tag) == "ExceptionReport":
        exceptions = [
            (e.get("exceptionCode"), " ".join(t.strip() for t in e.itertext() if t.strip()), e.get("locator"))
            for e in root
            if isinstance(e.tag, str) and local(e.tag) == "Exception"
        ]
    else:
        return
    kind = errors.dialect(checked.service, _version(checked))
    answer.headers["Content-Type"], answer.body = errors.report(kind, exceptions)


# --- WMS capabilities ---------------------------------------------------------------------------------------
# The parameter each Request element's Format elements stand for.
_FORMAT_PARAMETER = {"GETFEATUREINFO": "INFO_FORMAT"}


def _wms_capabilities(root) -> str | None:
    """Only what is published is advertised (published.py): QGIS lists DescribeLayer, GetStyles, DXF maps and HTML
    feature info, which the front refuses. LegendURLs give the legend's size (required by the WMS 1.1.1 DTD), WMS
    1.1.1 keywords no vocabulary (a WMS 1.3.0 attribute), and WMS 1.1.1 capabilities go out as
    application/vnd.ogc.wms_xml."""
    v111 = local(root.tag) == "WMT_MS_Capabilities"
    _wms_operations(root)
    if not any(isinstance(e.tag, str) and e.tag.startswith(f"{{{QGS_WMS}}}") for e in root.iter()):
        _drop_schema_location(root, QGS_WMS)
    _wms_legend_urls(root, v111)
    if not v111:
        return None
    for keyword in [k for k in root.iter() if isinstance(k.tag, str) and local(k.tag) == "Keyword"]:
        if keyword.get("vocabulary") is not None:  # WMS 1.3.0's attribute; the 1.1.1 DTD has none
            _remove(keyword)
    return WMS_XML


def _wms_operations(root) -> None:
    """The Request elements of the published operations only, each with the formats published for it."""
    request = _first(root, "Capability", "Request")
    for operation in list(request if request is not None else ()):
        if not isinstance(operation.tag, str):
            continue
        name = local(operation.tag).upper()
        name = published.ALIASES.get(name, name)
        if name not in published.OPERATIONS["WMS"]:
            _remove(operation)
            continue
        allowed = published.VALUES.get(("WMS", name, _FORMAT_PARAMETER.get(name, "FORMAT")))
        for element in _children(operation, "Format"):
            if allowed is not None and published.normal_media(element.text or "") not in allowed:
                _remove(element)


def _wms_legend_urls(root, v111: bool) -> None:
    """Each layer's LegendURLs with the legend's size; in WMS 1.1.1, where the size is required, none without."""
    sizes = _legend_sizes()
    for layer in [e for e in root.iter() if isinstance(e.tag, str) and local(e.tag) == "Layer"]:
        size = sizes.get((_first(layer, "Name").text or "").strip()) if _first(layer, "Name") is not None else None
        for style in _children(layer, "Style"):
            for legend in _children(style, "LegendURL"):
                if size is not None:
                    legend.set("width", str(size[0]))
                    legend.set("height", str(size[1]))
                elif v111:  # width and height are required there
                    _remove(legend)


def _legend_sizes() -> dict[str, tuple[int, int]]:
    """Legend sizes measured when the project was built (project.py), from the project QGIS Server has just
    answered from (QGIS Server makes it the process's current project)."""
    try:
        from qgis.core import QgsProject

        from .project import legend_size
    except ImportError:  # without PyQGIS (the guard's unit tests): no sizes, no LegendURL in WMS 1.1.1
        return {}
    sizes = {}
    for layer in QgsProject.instance().mapLayers().values():
        size = legend_size(layer)
        if size:
            sizes[layer.shortName() or layer.name()] = size
    return sizes


# --- WFS capabilities ---------------------------------------------------------------------------------------
# Every comparison QGIS Server evaluates in an OGC filter (QgsOgcUtils), checked one by one against the database in
# tests/ogc/test_interop_caps.py. GDAL sends a -where to the server only when all the comparisons it may need are
# advertised (NotEqualTo, NullCheck...); otherwise it downloads the whole layer and filters it itself.
COMPARISONS_1_1 = (
    "LessThan",
    "GreaterThan",
    "LessThanEqualTo",
    "GreaterThanEqualTo",
    "EqualTo",
    "NotEqualTo",
    "Like",
    "Between",
    "NullCheck",
)
COMPARISONS_1_0 = ("Simple_Comparisons", "Like", "Between", "NullCheck")
_TRANSACTION_INPUTS = {"text/xml; subtype=gml/3.1.1", "text/xml; subtype=gml/2.1.2"}
# WFS 1.0.0 FeatureType content, in the order of its schema (WFS-capabilities.xsd).
_FEATURE_TYPE_1_0 = ("Name", "Title", "Abstract", "Keywords", "SRS", "Operations", "LatLongBoundingBox", "MetadataURL")


def _wfs_capabilities(root) -> None:
    if root.get("version", "").startswith("1.0"):
        _wfs_1_0_capabilities(root)
    else:
        _wfs_1_1_capabilities(root)


def _wfs_1_1_capabilities(root) -> None:
    """A Transaction is a POST with an XML body (the front answers GET with 405): its DCP says so, and its input
    formats are GML. Filter capabilities list every comparison that is evaluated."""
    metadata = _first(root, "OperationsMetadata")
    for operation in _children(metadata, "Operation") if metadata is not None else ():
        if operation.get("name") != "Transaction":
            continue
        for http in [h for dcp in _children(operation, "DCP") for h in _children(dcp, "HTTP")]:
            for get in _children(http, "Get"):
                _remove(get)
        for parameter in _children(operation, "Parameter"):
            if parameter.get("name", "").lower() == "inputformat":
                for value in _children(parameter, "Value"):
                    if (value.text or "").strip() not in _TRANSACTION_INPUTS:
                        _remove(value)
    scalar = _first(root, "Filter_Capabilities", "Scalar_Capabilities")
    if scalar is None:
        return
    ogc = etree.QName
    for child in list(scalar):
        scalar.remove(child)
    scalar.text = "\n   "
    logical = etree.SubElement(scalar, ogc(OGC, "LogicalOperators"))
    comparisons = etree.SubElement(scalar, ogc(OGC, "ComparisonOperators"))
    comparisons.text = "\n    "
    for name in COMPARISONS_1_1:
        etree.SubElement(comparisons, ogc(OGC, "ComparisonOperator")).text = name
    _indent(comparisons, "\n    ", "\n   ")
    arithmetic = etree.SubElement(scalar, ogc(OGC, "ArithmeticOperators"))
    etree.SubElement(arithmetic, ogc(OGC, "SimpleArithmetic"))
    _indent(arithmetic, "\n    ", "\n   ")
    logical.tail = comparisons.tail = "\n   "
    arithmetic.tail = "\n  "


def _wfs_1_0_capabilities(root) -> None:
    """Made valid against WFS-capabilities.xsd 1.0.0: GML2 the only ResultFormat element the schema has (GML3 and
    GeoJSON stay available by OUTPUTFORMAT), FeatureType content in the schema's order, the service's URL in
    Service/OnlineResource; filter capabilities with every comparison evaluated."""
    service_url = None
    for element in root.iter():
        if isinstance(element.tag, str) and local(element.tag) in ("Get", "Post") and element.get("onlineResource"):
            service_url = element.get("onlineResource")
            break
    online = _first(root, "Service", "OnlineResource")
    if online is not None and not (online.text or "").strip() and service_url:
        online.text = service_url
    for result in [e for e in root.iter() if isinstance(e.tag, str) and local(e.tag) == "ResultFormat"]:
        for child in list(result):
            if isinstance(child.tag, str) and local(child.tag) != "GML2":
                _remove(child)
    feature_types = _first(root, "FeatureTypeList")
    for feature_type in _children(feature_types, "FeatureType") if feature_types is not None else ():
        _reorder(feature_type, _FEATURE_TYPE_1_0)
    scalar = _first(root, "Filter_Capabilities", "Scalar_Capabilities")
    if scalar is None:
        return
    for child in list(scalar):
        scalar.remove(child)
    scalar.text = "\n   "
    logical = etree.SubElement(scalar, etree.QName(OGC, "Logical_Operators"))
    comparisons = etree.SubElement(scalar, etree.QName(OGC, "Comparison_Operators"))
    for name in COMPARISONS_1_0:
        etree.SubElement(comparisons, etree.QName(OGC, name))
    _indent(comparisons, "\n    ", "\n   ")
    arithmetic = etree.SubElement(scalar, etree.QName(OGC, "Arithmetic_Operators"))
    etree.SubElement(arithmetic, etree.QName(OGC, "Simple_Arithmetic"))
    _indent(arithmetic, "\n    ", "\n   ")
    logical.tail = comparisons.tail = "\n   "
    arithmetic.tail = "\n  "


def _indent(parent, inner: str, closing: str) -> None:
    parent.text = inner
    children = list(parent)
    for child in children:
        child.tail = inner
    if children:
        children[-1].tail = closing


def _reorder(parent, order: tuple[str, ...]) -> None:
    children = [c for c in parent if isinstance(c.tag, str)]
    rank = {name: i for i, name in enumerate(order)}
    ordered = sorted(children, key=lambda c: rank.get(local(c.tag), len(order)))
    if ordered == children:
        return
    tails = [c.tail for c in children]
    for child in children:
        parent.remove(child)
    for child, tail in zip(ordered, tails, strict=True):
        child.tail = tail
        parent.append(child)


# --- WFS GetFeature -----------------------------------------------------------------------------------------
_LOCATION = re.compile(rb'xsi:schemaLocation="([^"]*)"')
_WFS_XSD = re.compile(rb"http://schemas\.opengis\.net/wfs/1\.[01]\.0/wfs\.xsd")
_WFS_100_XSD = b"http://schemas.opengis.net/wfs/1.0.0/wfs.xsd"
_WFS_110_XSD = b"http://schemas.opengis.net/wfs/1.1.0/wfs.xsd"


def _wfs_features(checked: guard.Checked, answer: Answer) -> None:
    params = {k.upper(): v for k, v in checked.params}
    content_type = answer.headers.get("Content-Type", "")
    version = params.get("VERSION", "1.1.0")
    if not params.get("SRSNAME") and version.startswith("1.1") and "gml/2" not in content_type:
        # QGIS Server 3.22 writes WFS 1.1.0 GML in latitude, longitude order (right for EPSG:4326) but names the
        # CRS "EPSG:4326", which GDAL and others read as longitude, latitude: where the client did not name the
        # CRS itself, the answer names it by its URN, which says the order used. A client that asked for
        # "EPSG:4326" (QGIS's WFS client does, and reads this server's answer right) gets the name it asked for.
        answer.body = answer.body.replace(b'srsName="EPSG:4326"', b'srsName="urn:ogc:def:crs:EPSG::4326"')
    # xsi:schemaLocation must name the schemas of what was written: QGIS names the WFS schema of the request's
    # version, whatever the GML (a WFS 1.1.0 FeatureCollection holds GML 3 only, a WFS 1.0.0 one GML 2), and in
    # WFS 1.0.0 a GML 2 schema of the features even for GML 3. Its DescribeFeatureType URL holds "text/xml;
    # subtype=gml/3.1.1", whose space splits it in two in a list separated by spaces.
    head = answer.body[:4096]
    match = _LOCATION.search(head)
    if match:
        gml2 = "gml/2" in content_type
        location = match.group(1).replace(b"; ", b"%3B%20")
        location = _WFS_XSD.sub(_WFS_100_XSD if gml2 else _WFS_110_XSD, location)
        if not gml2:
            location = location.replace(b"OUTPUTFORMAT=XMLSCHEMA", b"OUTPUTFORMAT=text/xml%3B%20subtype%3Dgml/3.1.1")
        answer.body = head[: match.start(1)] + location + head[match.end(1) :] + answer.body[4096:]


# --- OGC API Features ---------------------------------------------------------------------------------------
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
_EPSG_URI = re.compile(r"^https?://www\.opengis\.net/def/crs/EPSG/[^/]+/(\d+)$", re.IGNORECASE)
_QGIS_EPSG = (b"/def/crs/EPSG/9.6.2/", b"%2Fdef%2Fcrs%2FEPSG%2F9.6.2%2F", b"%2fdef%2fcrs%2fEPSG%2f9.6.2%2f")
_STANDARD_EPSG = (b"/def/crs/EPSG/0/", b"%2Fdef%2Fcrs%2FEPSG%2F0%2F", b"%2Fdef%2Fcrs%2FEPSG%2F0%2F")
_TIMESTAMP = re.compile(rb'"timeStamp":"[^"]*"')
_COORDINATES = re.compile(rb'"coordinates":\[')
_PAIR = re.compile(rb"\[(-?[0-9.eE+\-]+),(-?[0-9.eE+\-]+)((?:,-?[0-9.eE+\-]+)?)\]")
_BBOX = re.compile(rb'"bbox":\[(-?[0-9.eE+\-]+),(-?[0-9.eE+\-]+),(-?[0-9.eE+\-]+),(-?[0-9.eE+\-]+)\]')
_COLLECTION_TAIL = b'],"links":['


def api_crs_code(params) -> int | None:
    """The EPSG code of an OGC API `crs` parameter (None: CRS84, the default), in any spelling the front accepts
    (the standard http://www.opengis.net/def/crs/EPSG/0/<code>, or QGIS's .../EPSG/9.6.2/<code>)."""
    value = dict(params).get("crs", "").strip()
    match = _EPSG_URI.match(value)
    return int(match.group(1)) if match else None


def crs_uri(code: int | None) -> str:
    return f"http://www.opengis.net/def/crs/EPSG/0/{code}" if code else CRS84


_NAIVE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")


def _with_offset(value):
    """A date-time QGIS wrote in its local time without saying so, with that time's offset (RFC 3339)."""
    if not isinstance(value, str) or not _NAIVE_TIME.match(value):
        return value
    moment = datetime.fromisoformat(value).astimezone()  # naive: the process's local time, as QGIS made it
    text = moment.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _now() -> bytes:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ").encode()


def _ogc_api(checked: guard.Checked, answer: Answer) -> None:
    """QGIS Server 3.22's OGC API Features, made to say what the standard says:
    - CRSs are named http://www.opengis.net/def/crs/EPSG/0/<code> (QGIS writes .../EPSG/9.6.2/<code>; the guard
      gives QGIS its own spelling of what clients send);
    - items and single items carry Content-Crs; a single item honours `crs` (QGIS ignores it there);
    - EPSG:4326 coordinates are latitude, longitude, the CRS's axis order (QGIS writes longitude first);
    - timeStamp is the time of the answer in UTC (QGIS writes its local time followed by "Z");
    - paging links keep the request's parameters (QGIS garbles a crs in them) and `prev` goes one page back
      (QGIS always points it at offset 0); links to HTML pages, which are not published, are left out."""
    if answer.status != 200:
        return
    content_type = answer.headers.get("Content-Type", "")
    if "json" not in content_type:
        return
    body = answer.body
    code = api_crs_code(checked.params)
    tail = body.rstrip()[-40:]
    if tail.endswith(b'"type":"FeatureCollection"}'):
        body = _api_items(checked, body, code)
        answer.headers["Content-Crs"] = f"<{crs_uri(code)}>"
    elif tail.endswith(b'"type":"Feature"}'):
        body = _api_item(body, code)
        answer.headers["Content-Crs"] = f"<{crs_uri(code)}>"
    elif b'"links"' in body and len(body) < (1 << 20) and "openapi" not in content_type:
        body = _api_document(body)
    for qgis, standard in zip(_QGIS_EPSG, _STANDARD_EPSG, strict=True):
        body = body.replace(qgis, standard)
    answer.body = body


def _api_items(checked: guard.Checked, body: bytes, code: int | None) -> bytes:
    """An item list can hold 10,000 features: it is edited as bytes, and only its last keys (links, counts,
    timeStamp) are read as JSON."""
    if code == 4326:
        body = _lat_lon(body)
    at = body.rfind(_COLLECTION_TAIL)
    if at < 0:
        return _TIMESTAMP.sub(b'"timeStamp":"' + _now() + b'"', body)
    try:
        rest = json.loads(b"{" + body[at + 2 :])
    except ValueError:
        return body
    rest["links"] = _paging_links(checked, rest.get("links", []))
    if "timeStamp" in rest:
        rest["timeStamp"] = _now().decode()
    return body[: at + 1] + b"," + json.dumps(rest, ensure_ascii=False, separators=(",", ":")).encode()[1:]


def _client_params(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The request's OGC API parameters as the client sent them, from the guard's version for QGIS
    (published.qgis_api_params: QGIS's CRS spelling, an EPSG:4326 bbox longitude first)."""
    mapped = any(k == "bbox-crs" and v == published.QGIS_API_EPSG.format(code=4326) for k, v in pairs)
    out = []
    for key, value in pairs:
        code = api_crs_code([("crs", value)]) if key in ("crs", "bbox-crs") else None
        if code:
            value = crs_uri(code)
        elif key == "bbox" and mapped:
            value = published.lon_lat_bbox(value)  # the same swap undoes itself
        out.append((key, value))
    return out


def _paging_links(checked: guard.Checked, links: list) -> list:
    """self, next and prev with the client's own parameters; next and prev one page on and one page back."""
    given = dict(checked.params)
    client = _client_params(checked.params)
    params = [(k, v) for k, v in client if k not in ("offset", "limit")]
    offset = int(given.get("offset") or 0)
    limit = None
    for link in links:
        query = dict(parse_qsl(urlsplit(link.get("href", "")).query))
        if link.get("rel") in ("self", "next", "prev") and query.get("limit", "").isdigit():
            limit = int(query["limit"])
            break
    limit = int(given.get("limit") or limit or 10)
    out = []
    for link in links:
        if link.get("type") == "text/html":
            continue
        rel = link.get("rel")
        if rel in ("self", "next", "prev"):
            if rel == "self":
                pairs = client
            else:
                target = offset + limit if rel == "next" else max(0, offset - limit)
                pairs = [*params, ("offset", str(target)), ("limit", str(limit))]
            scheme, netloc, path, _, _ = urlsplit(link.get("href", ""))
            query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)
            link = {**link, "href": urlunsplit((scheme, netloc, path, query, ""))}
        out.append(link)
    return out


def _lat_lon(body: bytes) -> bytes:
    """EPSG:4326 positions and bounding boxes, which QGIS writes longitude first, in latitude, longitude order."""
    out, position = [], 0
    for match in _COORDINATES.finditer(body):
        start = match.end() - 1
        end = _closing_bracket(body, start)
        if end < 0:
            break
        out.append(body[position:start])
        out.append(_PAIR.sub(rb"[\2,\1\3]", body[start : end + 1]))
        position = end + 1
    out.append(body[position:])
    return _BBOX.sub(rb'"bbox":[\2,\1,\4,\3]', b"".join(out))


def _closing_bracket(body: bytes, start: int) -> int:
    depth = 0
    for i in range(start, len(body)):
        char = body[i]
        if char == 0x5B:  # [
            depth += 1
        elif char == 0x5D:  # ]
            depth -= 1
            if depth == 0:
                return i
        elif char not in b"0123456789.,-+eE \n":
            return -1
    return -1


def _api_item(body: bytes, code: int | None) -> bytes:
    try:
        feature = json.loads(body)
    except ValueError:
        return body
    if code and code != 4326 and feature.get("geometry"):
        _transform(feature, code)
    elif code == 4326:
        if feature.get("geometry"):
            feature["geometry"]["coordinates"] = _swap(feature["geometry"].get("coordinates"))
        if isinstance(feature.get("bbox"), list) and len(feature["bbox"]) == 4:
            x1, y1, x2, y2 = feature["bbox"]
            feature["bbox"] = [y1, x1, y2, x2]
    feature["links"] = [link for link in feature.get("links", []) if link.get("type") != "text/html"]
    if "timeStamp" in feature:
        feature["timeStamp"] = _now().decode()
    return json.dumps(feature, ensure_ascii=False, separators=(",", ":")).encode()


def _swap(coordinates):
    if isinstance(coordinates, list) and coordinates and isinstance(coordinates[0], (int, float)):
        return [coordinates[1], coordinates[0], *coordinates[2:]]
    return [_swap(c) for c in coordinates] if isinstance(coordinates, list) else coordinates


def _transform(feature: dict, code: int) -> None:
    """A single item's geometry, which QGIS 3.22 always writes in CRS84, in the CRS the client asked for (the same
    transformation and precision as QGIS's item lists)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject, QgsRectangle

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("OGC:CRS84"), QgsCoordinateReferenceSystem(f"EPSG:{code}"), QgsProject.instance()
    )

    def convert(coordinates):
        if isinstance(coordinates, list) and coordinates and isinstance(coordinates[0], (int, float)):
            point = transform.transform(QgsPointXY(coordinates[0], coordinates[1]))
            return [round(point.x(), 6), round(point.y(), 6), *coordinates[2:]]
        return [convert(c) for c in coordinates] if isinstance(coordinates, list) else coordinates

    feature["geometry"]["coordinates"] = convert(feature["geometry"].get("coordinates"))
    if isinstance(feature.get("bbox"), list) and len(feature["bbox"]) == 4:
        box = transform.transformBoundingBox(QgsRectangle(*feature["bbox"]))
        feature["bbox"] = [round(v, 6) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())]


def _api_document(body: bytes) -> bytes:
    """Landing page, conformance, collections: small documents, read whole."""
    try:
        document = json.loads(body)
    except ValueError:
        return body

    def clean(value):
        if isinstance(value, dict):
            out = {}
            for key, item in value.items():
                if key == "links" and isinstance(item, list):
                    item = [link for link in item if not (isinstance(link, dict) and link.get("type") == "text/html")]
                    for link in item:
                        if isinstance(link, dict) and link.get("rel") == "describedBy":
                            # QGIS points at a WFS 2.0 DescribeFeatureType; the service is WFS 1.1.0.
                            link["href"] = link.get("href", "").replace("version=2.0", "version=1.1.0")
                elif key == "temporal" and isinstance(item, dict) and item.get("interval") is None:
                    # A layer without date fields (the plans' prepared places): QGIS writes "interval": null, which
                    # the standard's schema refuses; the temporal extent is optional.
                    continue
                elif key == "timeStamp":
                    item = _now().decode()
                elif key == "interval" and isinstance(item, list):
                    # Temporal extents of date fields come out as local midnight without an offset.
                    item = [[_with_offset(v) for v in pair] if isinstance(pair, list) else pair for pair in item]
                out[key] = clean(item)
            return out
        if isinstance(value, list):
            return [clean(item) for item in value]
        return value

    return json.dumps(clean(document), ensure_ascii=False, separators=(",", ":")).encode()
