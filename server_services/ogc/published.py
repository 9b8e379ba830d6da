"""What the OGC front publishes: the one positive list of operations, parameters, formats and OGC API paths.

A request naming anything else is refused before QGIS Server sees it. QGIS Server has many extras (HTML
outputs, DXF, external WMS layers fetched by URL, prints, project files named by MAP); none of them is here, so
none of them is reachable. The README's "OGC services" and "Security" sections say the same in words.
"""

from __future__ import annotations

import re

# --- WMS and WFS (key-value parameters, upper case) ---------------------------------------------------------
_COMMON = frozenset({"SERVICE", "REQUEST", "VERSION", "WMTVER"})
_MAP = frozenset(
    {
        "LAYERS",
        "STYLES",
        "CRS",
        "SRS",
        "BBOX",
        "WIDTH",
        "HEIGHT",
        "FORMAT",
        "TRANSPARENT",
        "BGCOLOR",
        "EXCEPTIONS",
        "DPI",
        "MAP_RESOLUTION",
        "FORMAT_OPTIONS",
        "FILTER",
        "OPACITIES",
        "SLD_BODY",
        "SLD_VERSION",
        "TILED",
    }
)
_LEGEND = frozenset(
    {
        "LAYER",
        "LAYERS",
        "STYLE",
        "STYLES",
        "FORMAT",
        "WIDTH",
        "HEIGHT",
        "SLD_VERSION",
        "SCALE",
        "BBOX",
        "CRS",
        "SRS",
        "RULE",
        "TRANSPARENT",
        "DPI",
        "SYMBOLWIDTH",
        "SYMBOLHEIGHT",
        "LAYERTITLE",
        "RULELABEL",
        "BOXSPACE",
        "LAYERSPACE",
        "LAYERTITLESPACE",
        "SYMBOLSPACE",
        "ICONLABELSPACE",
        "LAYERFONTSIZE",
        "ITEMFONTSIZE",
        "SHOWFEATURECOUNT",
        "EXCEPTIONS",
        "SLD_BODY",
        "FILTER",
    }
)
_WFS_READ = frozenset({"TYPENAME", "TYPENAMES", "OUTPUTFORMAT", "NAMESPACE", "NAMESPACES"})

PARAMETERS: dict[tuple[str, str], frozenset[str]] = {
    # QGIS's WMS client repeats its layer URL's parameters (the situation FILTER) on every request.
    ("WMS", "GETCAPABILITIES"): _COMMON | {"FORMAT", "SLD_VERSION", "UPDATESEQUENCE", "FILTER"},
    ("WMS", "GETMAP"): _COMMON | _MAP,
    ("WMS", "GETFEATUREINFO"): _COMMON
    | _MAP
    | {
        "QUERY_LAYERS",
        "INFO_FORMAT",
        "FEATURE_COUNT",
        "I",
        "J",
        "X",
        "Y",
        "FI_POINT_TOLERANCE",
        "FI_LINE_TOLERANCE",
        "FI_POLYGON_TOLERANCE",
        "WITH_GEOMETRY",
    },
    ("WMS", "GETLEGENDGRAPHIC"): _COMMON | _LEGEND,
    ("WFS", "GETCAPABILITIES"): _COMMON | {"ACCEPTVERSIONS", "ACCEPTFORMATS", "SECTIONS", "UPDATESEQUENCE"},
    ("WFS", "DESCRIBEFEATURETYPE"): _COMMON | _WFS_READ,
    ("WFS", "GETFEATURE"): _COMMON
    | _WFS_READ
    | {
        "RESULTTYPE",
        "PROPERTYNAME",
        "MAXFEATURES",
        "COUNT",
        "STARTINDEX",
        "SRSNAME",
        "FEATUREID",
        "FILTER",
        "EXP_FILTER",
        "BBOX",
        "SORTBY",
        "GEOMETRYNAME",
    },
    ("WFS", "TRANSACTION"): _COMMON,
}
OPERATIONS: dict[str, frozenset[str]] = {}
for _service, _operation in PARAMETERS:
    OPERATIONS.setdefault(_service, frozenset())
    OPERATIONS[_service] = OPERATIONS[_service] | {_operation}
# GetLegendGraphics is QGIS's older spelling of the same operation.
ALIASES = {"GETLEGENDGRAPHICS": "GETLEGENDGRAPHIC"}


def _media(*names: str) -> frozenset[str]:
    return frozenset(name.lower().replace(" ", "") for name in names)


def normal_media(value: str) -> str:
    """A media type as compared here: lower case, no spaces ("image/png; mode=8bit" -> "image/png;mode=8bit")."""
    return value.strip().lower().replace(" ", "")


# Values a parameter may take (compared with normal_media); a parameter not named here is checked elsewhere.
VALUES: dict[tuple[str, str, str], frozenset[str]] = {
    ("WMS", "GETMAP", "FORMAT"): _media(
        "image/png",
        "png",
        "image/png; mode=8bit",
        "image/png; mode=16bit",
        "image/png; mode=1bit",
        "image/jpeg",
        "jpeg",
        "jpg",
        "image/jpg",
    ),
    ("WMS", "GETFEATUREINFO", "FORMAT"): _media("image/png", "png", "image/png; mode=8bit", "image/jpeg"),
    ("WMS", "GETFEATUREINFO", "INFO_FORMAT"): _media(
        "application/json",
        "application/geo+json",
        "text/plain",
        "text/xml",
        "application/vnd.ogc.gml",
        "application/vnd.ogc.gml/3.1.1",
    ),
    ("WMS", "GETLEGENDGRAPHIC", "FORMAT"): _media("image/png", "png", "image/jpeg", "application/json"),
    ("WMS", "GETCAPABILITIES", "FORMAT"): _media("text/xml", "application/vnd.ogc.wms_xml"),
    ("WFS", "GETFEATURE", "OUTPUTFORMAT"): _media(
        "GML2",
        "GML3",
        "text/xml; subtype=gml/2.1.2",
        "text/xml; subtype=gml/3.1.1",
        "application/json",
        "application/geo+json",
        "application/vnd.geo+json",
        "geojson",
    ),
    ("WFS", "DESCRIBEFEATURETYPE", "OUTPUTFORMAT"): _media(
        "XMLSCHEMA", "text/xml; subtype=gml/2.1.2", "text/xml; subtype=gml/3.1.1"
    ),
}
for _operation in ("GETMAP", "GETFEATUREINFO", "GETLEGENDGRAPHIC"):
    VALUES[("WMS", _operation, "EXCEPTIONS")] = _media(
        "XML",
        "application/vnd.ogc.se_xml",
        "text/xml",
        "application/vnd.ogc.se_inimage",
        "INIMAGE",
        "application/vnd.ogc.se_blank",
        "BLANK",
    )
    VALUES[("WMS", _operation, "TRANSPARENT")] = _media("true", "false")

# CRSs the project publishes, in the spellings clients use.
_CRS_CODES = ("4326", "3857", "3812", "31370")
CRS_NAMES = frozenset(
    [f"epsg:{code}" for code in _CRS_CODES]
    + [f"urn:ogc:def:crs:epsg::{code}" for code in _CRS_CODES]
    + [f"urn:x-ogc:def:crs:epsg:{code}" for code in _CRS_CODES]
    + [f"http://www.opengis.net/def/crs/epsg/0/{code}" for code in _CRS_CODES]
    + [f"http://www.opengis.net/gml/srs/epsg.xml#{code}" for code in _CRS_CODES]
    + ["crs:84", "urn:ogc:def:crs:ogc:1.3:crs84", "http://www.opengis.net/def/crs/ogc/1.3/crs84"]
)

# Whole numbers and their ranges (besides image sizes and DPI, checked with their own limits).
INTEGERS: dict[str, tuple[int, int]] = {
    "FEATURE_COUNT": (1, 1000),
    "I": (0, 4096),
    "J": (0, 4096),
    "X": (0, 4096),
    "Y": (0, 4096),
    "FI_POINT_TOLERANCE": (0, 100),
    "FI_LINE_TOLERANCE": (0, 100),
    "FI_POLYGON_TOLERANCE": (0, 100),
    "MAXFEATURES": (0, 1_000_000),
    "COUNT": (0, 1_000_000),
    "STARTINDEX": (0, 1_000_000_000),
    "LAYERFONTSIZE": (1, 100),
    "ITEMFONTSIZE": (1, 100),
    "BOXSPACE": (0, 100),
    "LAYERSPACE": (0, 100),
    "LAYERTITLESPACE": (0, 100),
    "SYMBOLSPACE": (0, 100),
    "ICONLABELSPACE": (0, 100),
}
BOOLEANS = frozenset({"LAYERTITLE", "RULELABEL", "TILED", "WITH_GEOMETRY", "SHOWFEATURECOUNT"})
MAX_COORDINATE = 1e9  # larger than any coordinate of the published CRSs
MAX_SCALE = 1e10

# --- OGC API Features (QGIS Server's draft, read-only, JSON only) ----------------------------------------------
API_ROOT = "/ows/wfs3"
_JSON_SUFFIX = r"(?:\.json)?"
API_ROUTES: tuple[tuple[str, re.Pattern, frozenset[str]], ...] = (
    ("landing", re.compile(rf"^/ows/wfs3(?:/|{_JSON_SUFFIX})$"), frozenset({"f"})),
    ("conformance", re.compile(rf"^/ows/wfs3/conformance{_JSON_SUFFIX}$"), frozenset({"f"})),
    ("api", re.compile(r"^/ows/wfs3/api(?:\.json|\.openapi)?$"), frozenset({"f"})),
    ("collections", re.compile(rf"^/ows/wfs3/collections{_JSON_SUFFIX}$"), frozenset({"f"})),
    ("collection", re.compile(rf"^/ows/wfs3/collections/(?P<layer>\w+){_JSON_SUFFIX}$"), frozenset({"f"})),
    (
        "items",
        re.compile(r"^/ows/wfs3/collections/(?P<layer>\w+)/items(?:\.json|\.geojson)?$"),
        frozenset(
            {"f", "limit", "offset", "bbox", "bbox-crs", "crs", "datetime", "properties", "sortby", "resultType"}
        ),
    ),
    (
        "item",
        re.compile(
            r"^/ows/wfs3/collections/(?P<layer>\w+)/items/(?P<item>[\w\-@]{1,80})"
            r"(?:\.json|\.geojson)?$"
        ),
        frozenset({"f", "crs"}),
    ),
)
API_FORMATS = frozenset(
    {
        "json",
        "geojson",
        "application/json",
        "application/geo+json",
        "openapi",
        "application/vnd.oai.openapi+json;version=3.0",
    }
)
API_MAX_LIMIT = 10_000
# An attribute filter value (items?label=...) becomes `"label" = '<value>'` inside QGIS Server: no quote, no
# backslash and nothing that QGIS's URL parsing of the value would change may be in it.
API_FILTER_VALUE = re.compile(r"^[^\W_][\w \-.,/@()+*]{0,199}$")


# Clients name CRSs by the standard URIs (http://www.opengis.net/def/crs/EPSG/0/<code>, OGC API Features Part 2);
# QGIS Server 3.22 accepts only its own spelling with an EPSG database version (.../EPSG/9.6.2/<code>) and reads a
# bbox-crs of EPSG:4326 longitude first. answers.py writes the standard spelling in every answer.
_API_EPSG = re.compile(r"^http://www\.opengis\.net/def/crs/epsg/[^/]+/(\d+)$", re.IGNORECASE)
QGIS_API_EPSG = "http://www.opengis.net/def/crs/EPSG/9.6.2/{code}"


def qgis_api_params(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """OGC API Features parameters as QGIS Server 3.22 reads them: crs and bbox-crs in its spelling, and a bbox in
    EPSG:4326 (latitude first, that CRS's axis order, as the standard says) given to QGIS longitude first."""
    out, latitude_first = [], False
    for key, value in pairs:
        match = _API_EPSG.match(value.strip()) if key in ("crs", "bbox-crs") else None
        if match:
            value = QGIS_API_EPSG.format(code=match.group(1))
            latitude_first = latitude_first or (key == "bbox-crs" and match.group(1) == "4326")
        out.append((key, value))
    if latitude_first:
        out = [(key, lon_lat_bbox(value) if key == "bbox" else value) for key, value in out]
    return out


def lon_lat_bbox(value: str) -> str:
    """A bbox with its two first axes swapped (latitude first <-> longitude first)."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) == 4:
        return ",".join([parts[1], parts[0], parts[3], parts[2]])
    if len(parts) == 6:  # lower corner (lat, lon, height), then the upper one
        return ",".join([parts[1], parts[0], parts[2], parts[4], parts[3], parts[5]])
    return value
