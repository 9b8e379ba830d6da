"""Generate the QGIS project that QGIS Server publishes, from the database and styles/ (never edited by hand)."""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from ..config import STYLES_DIR
from ..qgis_runtime import ensure_qgis
from . import pgservice
from .layers import EDITABLE, LAYERS, LayerSpec

PROJECT_NAME = "crisis.qgs"
CRS_LIST = ["EPSG:4326", "EPSG:3857", "EPSG:3812", "EPSG:31370"]
MAX_IMAGE_SIZE = 4096
# Belgium and its borders, in EPSG:4326 (the WMS extent is written in the project CRS).
EXTENT_4326 = (2.3, 49.4, 6.5, 51.6)
WFS_PRECISION = 7  # decimals of a degree: about 1 cm
# The WMS root layer (all layers at once): a name clients can put in LAYERS (no comma, no space); the service
# title stays descriptive.
WMS_ROOT_NAME = "crisis"
# Where each layer keeps the pixel size of its default legend (GetLegendGraphic LAYER=<name>&FORMAT=image/png),
# measured when the project is built: WMS 1.1.1 capabilities must give a LegendURL's width and height.
LEGEND_SIZE_PROPERTY = "crisis/legendSize"

METADATA = {
    "title": "Crisis platform: situations, anchors, perimeters",
    "abstract": (
        "Situations (incidents, events, exercises) followed by the crisis cells, with their key places (anchors), "
        "safety perimeters, located logbook entries, emergency planning zones, the places and zones prepared in "
        "emergency plans, and weather observations. "
        "Each user sees the situations (and plans) its organisation owns or that are shared with it. Anchors and "
        "perimeters are editable through WFS-T by editors and coordinators. Exercise data is marked is_exercise."
    ),
    "keywords": [
        "crisis management",
        "emergency planning",
        "situation",
        "perimeter",
        "anchor",
        "civil protection",
        "Belgium",
        "WMS",
        "WFS",
    ],
    "organisation": "Crisis platform operators",
    "person": "Platform duty officer",
    "position": "GIS support",
    "mail": "gis-support@crisis-platform.invalid",
    "phone": "+32 2 000 00 00",
    "fees": "none",
    "access_constraints": (
        "Restricted: for the organisations taking part in emergency planning and crisis management. "
        "Authentication required (HTTP Basic or bearer token); data of a situation is shown only to the "
        "organisations it is shared with. Exercise data must never be taken for real data."
    ),
}


class ProjectError(RuntimeError):
    """The published project cannot be built (database unreachable, style broken...)."""


@dataclass(frozen=True)
class OwsFiles:
    """Where the OGC front keeps its generated files, under the run directory."""

    run_dir: Path

    @property
    def folder(self) -> Path:
        return self.run_dir / "ows"

    @property
    def project(self) -> Path:
        return self.folder / PROJECT_NAME

    @property
    def service_file(self) -> Path:
        return self.folder / "pg_service.conf"

    @property
    def actors(self) -> Path:
        return self.folder / "actors"


def layer_uri(spec: LayerSpec, service: str) -> str:
    # Exact metadata (not estimated): feature counts must be those of the caller's rows (OGC API paging).
    return (
        f"service='{service}' key='{spec.key}' srid=4326 type={spec.geometry_type} "
        f'checkPrimaryKeyUnicity=\'0\' table="{spec.schema}"."{spec.relation}" ({spec.geometry_column})'
    )


def _write_ows_metadata(project, layers: dict, crs) -> None:
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsRectangle

    m = METADATA
    entries = {
        "WMSServiceCapabilities": True,
        "WMSServiceTitle": m["title"],
        "WMSServiceAbstract": m["abstract"],
        "WMSKeywordList": m["keywords"],
        "WMSContactOrganization": m["organisation"],
        "WMSContactPerson": m["person"],
        "WMSContactPosition": m["position"],
        "WMSContactMail": m["mail"],
        "WMSContactPhone": m["phone"],
        "WMSFees": m["fees"],
        "WMSAccessConstraints": m["access_constraints"],
        "WMSCrsList": CRS_LIST,
        "WMSMaxWidth": str(MAX_IMAGE_SIZE),
        "WMSMaxHeight": str(MAX_IMAGE_SIZE),
        "WMSAddWktGeometry": True,
        "WMSPrecision": "6",
        "WMSImageQuality": 85,  # JPEG: small and clean for maps (QGIS Server 3.22 ignores it for PNG)
        "WMSUseLayerIDs": False,
        "WMSRootName": WMS_ROOT_NAME,
        # No layers from URLs in requests: only what this project publishes.
        "WMSRequestDefinedDataSources": False,
        "WFSLayers": [layer.id() for layer in layers.values()],
    }
    for key, value in entries.items():
        if isinstance(value, bool):
            project.writeEntryBool(key, "/", value)
        else:
            project.writeEntry(key, "/", value)
    for layer in layers.values():
        project.writeEntry("WFSLayersPrecision", "/" + layer.id(), WFS_PRECISION)
    editable = [layer.id() for name, layer in layers.items() if name in EDITABLE]
    for operation in ("Insert", "Update", "Delete"):
        project.writeEntry("WFSTLayers", operation, editable)
    to_project = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, project)
    extent = to_project.transformBoundingBox(QgsRectangle(*EXTENT_4326))
    project.writeEntry(
        "WMSExtent",
        "/",
        [f"{v:.2f}" for v in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())],
    )


def _measure_legends(project, layers: dict) -> None:
    """Each layer's default legend as QGIS Server draws it (same code, same defaults), measured once here and kept
    in the project for the WMS 1.1.1 capabilities' LegendURL width and height. A legend that cannot be drawn
    keeps no size (the capabilities then leave its LegendURL out)."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QByteArray
    from qgis.server import QgsBufferServerRequest, QgsBufferServerResponse, QgsServer

    server = QgsServer()  # QGIS Server's state is per process: later instances share this one's set-up
    default = QgsProject.instance()
    try:
        for name, layer in layers.items():
            url = (
                f"http://localhost/ows?SERVICE=WMS&VERSION=1.1.1&REQUEST=GetLegendGraphic&LAYER={name}"
                "&FORMAT=image/png&STYLE=default"
            )
            request = QgsBufferServerRequest(url, QgsBufferServerRequest.GetMethod, {}, QByteArray())
            response = QgsBufferServerResponse()
            server.handleRequest(request, response, project)
            png = bytes(response.body())
            if response.statusCode() == 200 and png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) >= 24:
                width, height = struct.unpack(">II", png[16:24])
                layer.setCustomProperty(LEGEND_SIZE_PROPERTY, f"{width}x{height}")
            else:
                layer.removeCustomProperty(LEGEND_SIZE_PROPERTY)
    finally:
        # QGIS Server made the project being built the process's current one: that project is cleared and freed
        # after the build.
        QgsProject.setInstance(default)


def legend_size(layer) -> tuple[int, int] | None:
    """The measured default legend size of a layer of the published project, or None."""
    value = str(layer.customProperty(LEGEND_SIZE_PROPERTY) or "")
    width, sep, height = value.partition("x")
    return (int(width), int(height)) if sep and width.isdigit() and height.isdigit() else None


def build_project(app_database_url: str, run_dir: Path, styles_dir: Path = STYLES_DIR) -> Path:
    """Write run_dir/ows/crisis.qgs (and the service file it connects through); returns the project path."""
    ensure_qgis()
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

    from .styling import apply_style

    files = OwsFiles(Path(run_dir))
    files.folder.mkdir(parents=True, exist_ok=True)
    pgservice.write_base(files.service_file, app_database_url)
    os.environ["PGSERVICEFILE"] = str(files.service_file)

    project = QgsProject()
    crs = QgsCoordinateReferenceSystem("EPSG:3857")
    project.setCrs(crs)
    project.setTitle(METADATA["title"])
    project.writeEntryBool("Paths", "/Absolute", True)
    layers = {}
    root = project.layerTreeRoot()
    for spec in LAYERS:
        layer = QgsVectorLayer(layer_uri(spec, pgservice.BASE_SERVICE), spec.name, "postgres")
        if not layer.isValid():
            raise ProjectError(
                f"layer {spec.name}: {spec.schema}.{spec.relation} cannot be opened "
                f"({layer.dataProvider().error().summary() if layer.dataProvider() else 'no provider'})"
            )
        layer.setShortName(spec.name)
        layer.setTitle(spec.title)
        layer.setAbstract(spec.abstract)
        layer.setKeywordList(", ".join(["crisis", spec.name]))
        apply_style(layer, spec, styles_dir)
        project.addMapLayer(layer, False)
        root.insertLayer(0, layer)  # LAYERS goes bottom to top
        layers[spec.name] = layer
    _write_ows_metadata(project, layers, crs)
    _measure_legends(project, layers)
    # Fewer label candidates per polygon and line: labelling is most of a GetMap's time, and the zones'
    # labels need no more than this to find a place.
    engine = project.labelingEngineSettings()
    engine.setMaximumPolygonCandidatesPerCmSquared(0.5)
    engine.setMaximumLineCandidatesPerCm(1)
    project.setLabelingEngineSettings(engine)

    tmp = files.folder / f".{PROJECT_NAME}.{os.getpid()}.qgs"
    if not project.write(str(tmp)):
        raise ProjectError(f"cannot write {tmp}: {project.error()}")
    os.replace(tmp, files.project)
    project.clear()
    return files.project


def project_is_stale(project_path: Path, styles_dir: Path = STYLES_DIR) -> bool:
    """Missing, or older than a style or than the code that generates it."""
    if not project_path.exists():
        return True
    built = project_path.stat().st_mtime
    sources = [Path(__file__), Path(__file__).with_name("styling.py"), Path(__file__).with_name("layers.py")]
    if styles_dir.exists():
        sources += [p for p in styles_dir.rglob("*") if p.is_file()]
    return any(p.stat().st_mtime > built for p in sources)
