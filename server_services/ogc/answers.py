"""What QGIS Server answered, made right for other clients before it goes out (one place for such fixes)."""

from __future__ import annotations

from . import guard
from .server import Answer


def _gml3_of_wfs_1_1(checked: guard.Checked, answer: Answer) -> bool:
    """QGIS Server 3.22 writes WFS 1.1.0 GML in latitude, longitude order (right for EPSG:4326) but names the
    CRS "EPSG:4326", which GDAL and others read as longitude, latitude: where the client did not name the CRS
    itself, the answer names it by its URN, which says the order used. A client that asked for "EPSG:4326"
    (QGIS's WFS client does, and reads this server's answer right) gets the name it asked for. Incoming
    WFS-T geometry is read as x = longitude, as QGIS's WFS client sends it."""
    if checked.service != "WFS" or checked.operation != "GETFEATURE" or answer.status != 200:
        return False
    params = {k.upper(): v for k, v in checked.params}
    if params.get("SRSNAME"):
        return False
    version = params.get("VERSION", "1.1.0")
    content_type = answer.headers.get("Content-Type", "")
    return version.startswith("1.1") and "xml" in content_type and "gml/2" not in content_type


def finish(checked: guard.Checked, answer: Answer) -> None:
    """Fixes QGIS Server's answer in place."""
    if _gml3_of_wfs_1_1(checked, answer):
        answer.body = answer.body.replace(b'srsName="EPSG:4326"', b'srsName="urn:ogc:def:crs:EPSG::4326"')
