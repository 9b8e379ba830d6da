"""The embedded base map: a QGIS project of QGIS's own world map (countries, provinces, disputed borders), drawn by
QGIS Server for MapProxy alone (127.0.0.1, behind the tile cache, never reached from outside)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

from .config import WORLD_MAP

RENDERED_LAYERS = "countries,states_provinces,disputed_borders"
PROJECT = "basemap.qgs"
# Land, water and borders in quiet colours: the situation's zones and pictograms must stand out on them.
_STYLE = {
    "countries": {"color": "246,243,236,255", "outline_color": "150,150,150,255", "outline_width": "0.4"},
    "states_provinces": {
        "color": "0,0,0,0",
        "outline_color": "180,180,180,255",
        "outline_width": "0.2",
        "outline_style": "dash",
    },
}
_PARAMETERS = {
    "SERVICE",
    "VERSION",
    "REQUEST",
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
}


def build_project(folder: Path, world_map: str = WORLD_MAP) -> Path:
    """Writes folder/basemap.qgs from the world map; refuses to run without it (Debian's qgis-common)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFillSymbol,
        QgsLineSymbol,
        QgsPalLayerSettings,
        QgsProject,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor

    if not Path(world_map).is_file():
        raise FileNotFoundError(f"{world_map} is missing: install Debian's qgis-common (scripts/setup.sh does)")
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    project.setBackgroundColor(QColor(197, 222, 238))
    project.writeEntry("WMSCrsList", "/", ["EPSG:3857", "EPSG:4326"])
    project.writeEntryBool("WMSServiceCapabilities", "/", True)
    for name in ("countries", "states_provinces", "disputed_borders"):
        layer = QgsVectorLayer(f"{world_map}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"{world_map}: layer {name} cannot be opened")
        if name in _STYLE:
            layer.renderer().setSymbol(QgsFillSymbol.createSimple(_STYLE[name]))
        else:
            layer.renderer().setSymbol(
                QgsLineSymbol.createSimple({"color": "150,150,150,255", "width": "0.3", "line_style": "dot"})
            )
        if name == "states_provinces":
            settings = QgsPalLayerSettings()
            settings.fieldName = "name"
            settings.maximumScale, settings.minimumScale, settings.scaleVisibility = 1, 4_000_000, True
            text = QgsTextFormat()
            text.setColor(QColor(110, 110, 110))
            text.setSize(8)
            buffer = QgsTextBufferSettings()
            buffer.setEnabled(True)
            buffer.setColor(QColor(255, 255, 255, 200))
            text.setBuffer(buffer)
            settings.setFormat(text)
            layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
            layer.setLabelsEnabled(True)
        project.addMapLayer(layer)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PROJECT
    tmp = folder / f".{PROJECT}.{os.getpid()}.qgs"
    if not project.write(str(tmp)):
        raise RuntimeError(f"cannot write {tmp}")
    os.replace(tmp, path)
    return path


class RenderApplication:
    """WSGI: WMS GetMap of the base map project, for the tile cache; anything else is refused."""

    def __init__(self, folder: Path):
        from ..qgis_runtime import ensure_qgis

        os.environ.setdefault("QGIS_SERVER_LOG_LEVEL", "2")
        ensure_qgis()
        from qgis.core import QgsProject
        from qgis.server import QgsServer

        path = folder / PROJECT
        if not path.exists() or path.stat().st_mtime < Path(__file__).stat().st_mtime:
            build_project(folder)
        self.server = QgsServer()
        self.project = QgsProject()
        if not self.project.read(str(path)):
            raise RuntimeError(f"{path}: {self.project.error()}")

    def __call__(self, environ, start_response):
        from qgis.PyQt.QtCore import QByteArray
        from qgis.server import QgsBufferServerRequest, QgsBufferServerResponse

        params = {k.upper(): v for k, v in parse_qsl(environ.get("QUERY_STRING", ""))}
        if (
            environ.get("REQUEST_METHOD") != "GET"
            or not set(params) <= _PARAMETERS
            or params.get("SERVICE", "").upper() != "WMS"
            or params.get("REQUEST", "").lower() not in ("getmap", "getcapabilities")
        ):
            start_response("400 Bad Request", [("Content-Type", "text/plain")])
            return [b"only WMS GetMap of the base map\n"]
        request = QgsBufferServerRequest(
            "http://localhost/basemap?" + urlencode(params), QgsBufferServerRequest.GetMethod, {}, QByteArray()
        )
        response = QgsBufferServerResponse()
        self.server.handleRequest(request, response, self.project)
        body = bytes(response.body())
        headers = [(k, v) for k, v in response.headers().items() if k.lower() in ("content-type",)]
        start_response(f"{response.statusCode()} OK", headers + [("Content-Length", str(len(body)))])
        return [body]
