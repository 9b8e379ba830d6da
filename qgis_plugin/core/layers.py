"""A situation's layers: WFS (editable anchors and perimeters) and WMS (read-only) filtered to it, styled."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from qgis.core import (
    QgsDataSourceUri,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsLayerTreeGroup,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QTimer

from ..definitions.anchor_kinds import ANCHOR_KINDS, ANCHOR_STATUSES
from ..definitions.feed import CHANNELS, PRIORITIES
from ..definitions.perimeter_kinds import PERIMETER_KINDS
from .auth import Connection
from .exceptions import ServerUnreachableError
from .i18n import tr, vocabulary_label
from .resources import qml_path

PROPERTY_SITUATION = "crisis_platform/situation_id"
PROPERTY_BASEMAP = "crisis_platform/basemap"
PROPERTY_TYPENAME = "crisis_platform/typename"
WFS_VERSION = "1.1.0"
# Fields the platform fills itself: shown read-only in forms.
EDITABLE_TYPENAMES = frozenset({"anchors", "perimeters"})
SERVER_FIELDS = ("id", "version", "organisation_id", "created_by", "created_at", "updated_by", "updated_at")


@dataclass(frozen=True)
class LayerSpec:
    typename: str
    title: str  # English; translated when the layer is added
    service: str  # "WFS" (vector, editable when the platform allows WFS-T) or "WMS" (picture)


# Top to bottom in the layer group.
SITUATION_LAYERS = (
    LayerSpec("anchors", "Anchors", "WFS"),
    LayerSpec("feed_entries", "Feed locations", "WMS"),
    LayerSpec("perimeters", "Perimeters", "WFS"),
    LayerSpec("weather_observations", "Weather", "WMS"),
    LayerSpec("situations", "Situation area", "WMS"),
)


def situation_filter(situation_id: int) -> str:
    """The QGIS expression selecting one situation (every published layer carries situation_id)."""
    return f'"situation_id" = {int(situation_id)}'


def wfs_uri(connection: Connection, typename: str, situation_id: int | None = None) -> str:
    uri = QgsDataSourceUri()
    uri.setParam("url", connection.ows_url)
    uri.setParam("typename", typename)
    uri.setParam("version", WFS_VERSION)
    uri.setParam("srsname", "EPSG:4326")
    uri.setParam("restrictToRequestBBOX", "0")
    uri.setAuthConfigId(connection.authcfg)
    if situation_id is not None:
        uri.setParam("filter", situation_filter(situation_id))
    return uri.uri(False)


def wms_uri(connection: Connection, layer: str, situation_id: int | None = None, crs: str = "EPSG:3857") -> str:
    """WMS layer source; the situation filter rides on the URL as QGIS Server's FILTER parameter."""
    url = connection.ows_url
    if situation_id is not None:
        url += "?" + urlencode({"FILTER": f"{layer}:{situation_filter(situation_id)}"})
    uri = QgsDataSourceUri()
    uri.setParam("url", url)
    uri.setParam("layers", layer)
    uri.setParam("styles", "")
    uri.setParam("format", "image/png")
    uri.setParam("crs", crs)
    uri.setParam("dpiMode", "7")
    uri.setParam("contextualWMSLegend", "0")
    # Use our URL (with the FILTER) for GetMap, not the one the capabilities advertise.
    uri.setParam("IgnoreGetMapUrl", "1")
    uri.setParam("IgnoreGetFeatureInfoUrl", "1")
    uri.setAuthConfigId(connection.authcfg)
    return bytes(uri.encodedUri()).decode()


def make_wfs_layer(connection: Connection, typename: str, situation_id: int | None, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(wfs_uri(connection, typename, situation_id), name, "WFS")
    if layer.isValid() and situation_id is not None and not layer.subsetString():
        layer.setSubsetString(situation_filter(situation_id))
    return layer


def worker_layer(connection: Connection, typename: str, situation_id: int) -> QgsVectorLayer:
    """The situation's WFS layer made in, and belonging to, the calling thread (a task's own, never the map's);
    ServerUnreachableError when the platform does not serve it."""
    layer = make_wfs_layer(connection, typename, situation_id, typename)
    if not layer.isValid():
        raise ServerUnreachableError(tr("The layer {name} could not be read from the platform.").format(name=typename))
    return layer


def make_wms_layer(connection: Connection, layer: str, situation_id: int | None, name: str) -> QgsRasterLayer:
    return QgsRasterLayer(wms_uri(connection, layer, situation_id), name, "wms")


def basemap_uri(connection: Connection, basemap: dict) -> str:
    """The platform's tile cache as an XYZ layer: the same base map as the web view, from the same place."""
    uri = QgsDataSourceUri()
    uri.setParam("type", "xyz")
    uri.setParam("url", connection.url + basemap["url"])
    uri.setParam("zmin", "0")
    uri.setParam("zmax", str(int(basemap.get("max_zoom", 19))))
    return bytes(uri.encodedUri()).decode()


def make_basemap_layer(connection: Connection, basemap: dict) -> QgsRasterLayer:
    # Named as the platform names it (the operator's title for its source).
    layer = QgsRasterLayer(basemap_uri(connection, basemap), basemap.get("title") or basemap["id"], "wms")
    if basemap.get("attribution"):
        layer.setAttribution(basemap["attribution"])
    return layer


def apply_style(layer: QgsVectorLayer, typename: str) -> bool:
    """The project's QML for the layer, if the styles are there."""
    path = qml_path(typename)
    if not path.exists():
        return False
    _message, ok = layer.loadNamedStyle(str(path))
    return bool(ok)


def _value_map(pairs) -> QgsEditorWidgetSetup:
    return QgsEditorWidgetSetup("ValueMap", {"map": [{label: code} for code, label in pairs]})


def configure_form(layer: QgsVectorLayer, typename: str, situation_id: int) -> None:
    """Value maps for codes, the situation id filled in, server-side fields read-only."""
    fields = layer.fields()

    def setup(name: str, widget: QgsEditorWidgetSetup) -> None:
        index = fields.indexOf(name)
        if index >= 0:
            layer.setEditorWidgetSetup(index, widget)

    if typename == "anchors":
        setup("kind", _value_map((k.code, vocabulary_label("anchor_kinds", k.code)) for k in ANCHOR_KINDS))
        setup("status", _value_map((s, vocabulary_label("anchor_statuses", s)) for s in ANCHOR_STATUSES))
    elif typename == "perimeters":
        setup("kind", _value_map((k.code, vocabulary_label("perimeter_kinds", k.code)) for k in PERIMETER_KINDS))
    elif typename == "feed_entries":
        setup("channel", _value_map((c, vocabulary_label("feed_channels", c)) for c in CHANNELS))
        setup("priority", _value_map((p, vocabulary_label("feed_priorities", p)) for p in PRIORITIES))
    index = fields.indexOf("situation_id")
    if index >= 0:
        layer.setDefaultValueDefinition(index, QgsDefaultValue(str(int(situation_id))))
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))
    for name in SERVER_FIELDS:
        index = fields.indexOf(name)
        if index >= 0:
            form = layer.editFormConfig()
            form.setReadOnly(index, True)
            layer.setEditFormConfig(form)
    index = fields.indexOf("kind")
    if index >= 0:
        layer.setFieldConstraint(index, QgsFieldConstraints.ConstraintNotNull)


def group_name(situation: dict) -> str:
    title = situation.get("title", "")
    if situation.get("is_exercise"):
        return tr("[EXERCISE] {title}").format(title=title)
    return title


def find_group(project: QgsProject, situation_id: int) -> QgsLayerTreeGroup | None:
    for group in project.layerTreeRoot().findGroups(True):
        if str(group.customProperty(PROPERTY_SITUATION, "")) == str(int(situation_id)):
            return group
    return None


def situation_layer(project: QgsProject, situation_id: int, typename: str):
    """The layer of the situation's group serving `typename`, or None."""
    group = find_group(project, situation_id)
    if group is None:
        return None
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None and layer.customProperty(PROPERTY_TYPENAME) == typename:
            return layer
    return None


def build_situation_layers(connection: Connection, situation: dict) -> list:
    """Make the situation's layers (network: may run in a worker thread); [(spec, layer)] of valid ones."""
    situation_id = int(situation["id"])
    main_thread = QCoreApplication.instance().thread()
    built = []
    for spec in SITUATION_LAYERS:
        name = tr(spec.title)
        if spec.service == "WFS":
            layer = make_wfs_layer(connection, spec.typename, situation_id, name)
            if layer.isValid():
                apply_style(layer, spec.typename)
                configure_form(layer, spec.typename, situation_id)
        else:
            layer = make_wms_layer(connection, spec.typename, situation_id, name)
        if not layer.isValid():
            continue
        layer.setCustomProperty(PROPERTY_SITUATION, situation_id)
        layer.setCustomProperty(PROPERTY_TYPENAME, spec.typename)
        if layer.thread() != main_thread:
            layer.moveToThread(main_thread)
        built.append((spec, layer))
    basemap = _basemap_layer(connection)
    if basemap is not None:
        basemap.setCustomProperty(PROPERTY_SITUATION, situation_id)
        basemap.setCustomProperty(PROPERTY_TYPENAME, BASEMAP_SPEC.typename)
        if basemap.thread() != main_thread:
            basemap.moveToThread(main_thread)
        built.append((BASEMAP_SPEC, basemap))
    return built


BASEMAP_SPEC = LayerSpec("basemap", "", "XYZ")  # titled by the platform


def _basemap_layer(connection: Connection):
    """The platform's default base map as the bottom layer, or None if the platform offers none (older ones)."""
    from .api_client import ApiClient
    from .exceptions import CrisisPlatformError

    try:
        basemaps = ApiClient(connection).basemaps()
    except CrisisPlatformError:
        return None
    if not basemaps:
        return None
    layer = make_basemap_layer(connection, basemaps[0])
    if not layer.isValid():
        return None
    layer.setCustomProperty(PROPERTY_BASEMAP, basemaps[0]["id"])
    return layer


def add_situation_layers(project: QgsProject, situation: dict, built: list) -> QgsLayerTreeGroup:
    """Put built layers into the situation's group (made at the top of the layer tree); main thread only."""
    situation_id = int(situation["id"])
    group = find_group(project, situation_id)
    if group is None:
        group = project.layerTreeRoot().insertGroup(0, group_name(situation))
        group.setCustomProperty(PROPERTY_SITUATION, situation_id)
    for spec, layer in built:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        if spec.typename in EDITABLE_TYPENAMES:
            # After a commit or a discarded edit, read the layer again: the user sees what others changed
            # meanwhile, and edits the versions the platform holds now (an edit of an outdated version is
            # refused, with who changed it). Once the commit has returned: dropping the WFS cache from inside
            # it waited forever, now and then, for QGIS 3.22's download thread.
            layer.editingStopped.connect(lambda layer=layer: QTimer.singleShot(0, lambda: _refresh_if_alive(layer)))
    return group


def refresh(layer) -> None:
    """Show what the platform holds now (after a write made elsewhere): the provider drops its cache here, on the
    GUI thread, without a download; the map's render threads download the layer again.

    Never while a map is being drawn: QGIS 3.22's WFS provider deletes its cache (a SpatiaLite file and its open
    connections) under a render thread that is still reading the layer, which corrupts memory; QGIS then crashed a
    moment later (SIGSEGV in a render thread making the new cache, in QgsCoordinateReferenceSystem, or in the next
    WFS-T commit). The drawing under way ends first: the cache is dropped as soon as that map is drawn."""
    drawing = drawing_canvases()
    if drawing:
        canvas = drawing[0]

        def when_drawn() -> None:
            canvas.mapCanvasRefreshed.disconnect(when_drawn)
            _refresh_if_alive(layer)

        canvas.mapCanvasRefreshed.connect(when_drawn)
        return
    layer.dataProvider().reloadData()
    layer.triggerRepaint()


def _refresh_if_alive(layer) -> None:
    if not sip.isdeleted(layer):
        refresh(layer)


def drawing_canvases() -> list:
    """The map canvases of this QGIS (the main map and any extra map view) that are drawing now."""
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtWidgets import QApplication

    return [widget for widget in QApplication.allWidgets() if isinstance(widget, QgsMapCanvas) and widget.isDrawing()]


def close_situation_layers(project: QgsProject, situation_id: int) -> None:
    group = find_group(project, situation_id)
    if group is None:
        return
    project.removeMapLayers([node.layerId() for node in group.findLayers()])
    group.parent().removeChildNode(group)
