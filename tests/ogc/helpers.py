"""Small helpers of the OGC tests: logins, WFS-T actions and the reading of their answers."""

from __future__ import annotations

import requests
from support import DEMO_PASSWORD

NS = {
    "wfs": "http://www.opengis.net/wfs",
    "ogc": "http://www.opengis.net/ogc",
    "gml": "http://www.opengis.net/gml",
    "qgs": "http://www.qgis.org/gml",
    "ows": "http://www.opengis.net/ows",
}
WFS_NS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


def image_summary(data: bytes, fmt: str = "") -> tuple[int, int, int, int]:
    """(width, height, pixels not fully transparent, distinct colours) of a PNG or JPEG, read with Qt."""
    from qgis.PyQt.QtGui import QImage

    image = QImage.fromData(data, fmt.upper() or None)
    assert not image.isNull(), "not an image"
    opaque, colours = 0, set()
    for x in range(image.width()):
        for y in range(0, image.height(), 2):
            pixel = image.pixel(x, y)
            if pixel >> 24:
                opaque += 1
            colours.add(pixel)
    return image.width(), image.height(), opaque, len(colours)


def anchor_insert(
    situation_id: int,
    kind: str = "press_point",
    label: str = "WFS-T test",
    lon: float = 4.30,
    lat: float = 51.29,
    extra: str = "",
) -> str:
    return (
        f"<wfs:Insert><qgs:anchors><qgs:situation_id>{situation_id}</qgs:situation_id><qgs:kind>{kind}</qgs:kind>"
        f'<qgs:label>{label}</qgs:label>{extra}<qgs:geometry><gml:Point srsName="EPSG:4326">'
        f"<gml:pos>{lon} {lat}</gml:pos></gml:Point></qgs:geometry></qgs:anchors></wfs:Insert>"
    )


def polygon_gml(ring: list[tuple[float, float]]) -> str:
    """A GML MultiPolygon in EPSG:4326 from (lon, lat) pairs, x = longitude as QGIS Server 3.22 reads WFS-T
    geometry (and QGIS's WFS client writes it); QGIS 3.22 does not read gml:MultiSurface."""
    pos = " ".join(f"{lon} {lat}" for lon, lat in ring)
    return (
        '<gml:MultiPolygon srsName="EPSG:4326"><gml:polygonMember><gml:Polygon><gml:exterior><gml:LinearRing>'
        f"<gml:posList>{pos}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:polygonMember>"
        "</gml:MultiPolygon>"
    )


def fid(layer: str, feature_id: int) -> str:
    """The id the OGC front gives a feature (anchors.12): a valid XML id that GDAL maps to its feature id 12."""
    return f"{layer}.{feature_id}"


def inserted_ids(root) -> list[int]:
    """The ids of the features an Insert created (each named "anchors.12")."""
    ids = [e.get("fid") for e in root.iterfind(".//ogc:FeatureId", NS)]
    return [int(i.rsplit(".", 1)[1]) for i in ids]


def transaction_failed(root) -> str | None:
    """The failure message of a TransactionResponse or exception report, or None if it succeeded."""
    if root.tag.endswith("ExceptionReport"):
        return "".join(root.itertext()).strip() or "exception"
    messages = ["".join(m.itertext()) for m in root.iterfind(".//wfs:Action/wfs:Message", NS)]
    return "; ".join(messages) if messages else None


def total(root, what: str) -> int:
    element = root.find(f".//wfs:TransactionSummary/wfs:{what}", NS)
    return int(element.text) if element is not None else 0


def login_session(email: str) -> requests.Session:
    """An HTTP session that sends this demo login's credentials (HTTP Basic, as QGIS and GDAL do)."""
    session = requests.Session()
    session.auth = (email, DEMO_PASSWORD)
    return session
