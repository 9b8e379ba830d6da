"""The plugin against the running platform, driven as a user would: log in, open the Antwerp incident,
place an anchor and zones, post to the feed, follow it live."""

from __future__ import annotations

import json
import math
import threading
import time
from urllib.parse import unquote

import pytest
import requests
from plugin_qt import process_events, reload_layer, wait_until
from support import DEMO_PASSWORD

PLANNER = "planner@province-antwerp.demo"
OFFICER = "officer@fire-antwerp.demo"
# On the Scheldelaan, inside the incident's area.
SPOT = (4.2985, 51.2982)


def _press(tool, canvas, lon, lat, button=None):
    """A left click on the canvas at (lon, lat), delivered to the map tool as QGIS does."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
    from qgis.gui import QgsMapMouseEvent
    from qgis.PyQt.QtCore import QEvent, QPoint, Qt

    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    )
    pixel = canvas.getCoordinateTransform().transform(transform.transform(QgsPointXY(lon, lat)))
    event = QgsMapMouseEvent(
        canvas, QEvent.MouseButtonRelease, QPoint(round(pixel.x()), round(pixel.y())), button or Qt.LeftButton
    )
    tool.canvasReleaseEvent(event)


def _emitted(signal) -> list:
    """What `signal` emits from now on (the writes run in tasks: their outcome comes as a signal)."""
    got: list = []
    signal.connect(got.append)
    return got


@pytest.fixture(scope="module")
def opened(platform, module_iface, qgis_app):
    """The plugin loaded, logged in as the Antwerp planner through the login dialog, the incident open."""
    from qgis.core import QgsProject

    import qgis_plugin

    QgsProject.instance().clear()
    plugin = qgis_plugin.classFactory(module_iface)
    plugin.initGui()
    plugin.show_login()
    dialog = plugin.login_dialog
    dialog.url.setText(platform.origin)
    dialog.email.setText(PLANNER)
    dialog.password.setText(DEMO_PASSWORD)
    dialog.log_in()
    wait_until(lambda: plugin.session.is_logged_in, message="login")
    dock = plugin.situations_dock
    dock.setUserVisible(True)
    wait_until(lambda: dock.situations and not dock.loading, message="situations listed")
    incident = next(s for s in dock.situations if s["kind"] == "incident" and "Chlorine" in s["title"])
    dock.select(incident["id"])
    dock.open_selected()
    wait_until(lambda: plugin.session.situation is not None, message="situation opened")
    process_events(0.2)  # the zoom to the situation's area comes right after
    yield plugin, incident
    plugin.unload()
    QgsProject.instance().clear()
    process_events()


def _wfs_features(platform, typename: str, situation_id: int, user: str = PLANNER) -> list[dict]:
    """GetFeature as another client would (GeoJSON over plain HTTP), filtered to the situation."""
    response = requests.get(
        f"{platform.origin}/ows",
        params={
            "SERVICE": "WFS",
            "VERSION": "1.1.0",
            "REQUEST": "GetFeature",
            "TYPENAME": typename,
            "OUTPUTFORMAT": "application/vnd.geo+json",
            "EXP_FILTER": f'"situation_id" = {int(situation_id)}',
        },
        auth=(user, DEMO_PASSWORD),
        timeout=30,
    )
    assert response.status_code == 200, response.text[:500]
    return response.json()["features"]


def test_situation_layers_are_grouped_filtered_and_styled(opened, module_iface):
    from qgis.core import QgsProject, QgsVectorLayer

    from qgis_plugin.core import layers

    plugin, incident = opened
    project = QgsProject.instance()
    group = layers.find_group(project, incident["id"])
    assert group is not None and group.name() == incident["title"]
    typenames = [node.layer().customProperty(layers.PROPERTY_TYPENAME) for node in group.findLayers()]
    assert typenames == ["anchors", "feed_entries", "perimeters", "weather_observations", "situations", "basemap"]
    anchors = layers.situation_layer(project, incident["id"], "anchors")
    perimeters = layers.situation_layer(project, incident["id"], "perimeters")
    for layer in (anchors, perimeters):
        assert isinstance(layer, QgsVectorLayer) and layer.providerType() == "WFS"
        assert layer.subsetString() == f'"situation_id" = {incident["id"]}'
        assert "authcfg=" in layer.source() and "password" not in layer.source().lower()
        features = list(layer.getFeatures())
        assert features and {f["situation_id"] for f in features} == {incident["id"]}
    assert module_iface.mapCanvas().extent().contains(_in_canvas(module_iface.mapCanvas(), *SPOT))
    # Styled with the project's QML: anchors by kind with the pictograms, perimeters by kind.
    assert anchors.renderer().type() in ("categorizedSymbol", "RuleRenderer")
    assert perimeters.renderer().type() in ("categorizedSymbol", "RuleRenderer")
    kind_widget = anchors.editorWidgetSetup(anchors.fields().indexOf("kind"))
    assert kind_widget.type() == "ValueMap"
    wms = [
        node.layer()
        for node in group.findLayers()
        if node.layer().providerType() == "wms" and node.layer().customProperty(layers.PROPERTY_TYPENAME) != "basemap"
    ]
    assert len(wms) == 3 and all("FILTER" in layer.source() for layer in wms)
    # Under them, the platform's base map: the same tiles as the web view, from the platform's cache.
    basemap = layers.situation_layer(project, incident["id"], "basemap")
    source = unquote(basemap.source())
    assert basemap.isValid() and "type=xyz" in source
    assert "/tiles/embedded/{z}/{x}/{y}.png" in source and "Natural Earth" in basemap.attribution()
    assert not [m for m in _messages(module_iface) if "could not be loaded" in m]


def _in_canvas(canvas, lon, lat):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    return QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), canvas.mapSettings().destinationCrs(), QgsProject.instance()
    ).transform(QgsPointXY(lon, lat))


def test_anchor_tool_places_an_anchor_for_everyone(opened, module_iface, admin_conn, platform, user_ids):
    plugin, incident = opened
    canvas = module_iface.mapCanvas()
    canvas.setCenter(_in_canvas(canvas, *SPOT))  # zoom in where the press point goes, as a user would
    canvas.zoomScale(5000)
    tools = plugin.tools_dock
    tools.palette.select("press_point")
    assert canvas.mapTool() is tools.anchor_tool and tools.anchor_tool.kind == "press_point"
    tools.anchor_tool.ask_label = lambda kind: "Press point Kallo (plugin test)"
    added = _emitted(tools.anchor_tool.anchor_added)
    _press(tools.anchor_tool, canvas, *SPOT)
    wait_until(lambda: added, message="the anchor stored")
    row = admin_conn.execute(
        "SELECT kind, status, situation_id, created_by, organisation_id, ST_X(geom), ST_Y(geom) "
        "FROM crisis.anchors WHERE label = %s",
        ("Press point Kallo (plugin test)",),
    ).fetchone()
    assert row is not None, "the anchor did not reach PostGIS"
    kind, status, situation_id, created_by, _org, lon, lat = row
    assert (kind, status, situation_id, created_by) == ("press_point", "active", incident["id"], user_ids[PLANNER])
    # The click went through the canvas' pixel grid (at 1:5,000, about a metre a pixel).
    assert abs(lon - SPOT[0]) < 2e-5 and abs(lat - SPOT[1]) < 2e-5
    seen_by_officer = _wfs_features(platform, "anchors", incident["id"], OFFICER)
    assert "Press point Kallo (plugin test)" in [f["properties"]["label"] for f in seen_by_officer]
    audit = admin_conn.execute(
        "SELECT count(*) FROM crisis.audit_log WHERE table_name = 'anchors' AND actor_id = %s", (user_ids[PLANNER],)
    ).fetchone()[0]
    assert audit >= 1
    # The map's own anchors layer shows it without anyone reloading it (once the drawing under way, if any, ends).
    from qgis.core import QgsProject

    from qgis_plugin.core import layers

    shown = layers.situation_layer(QgsProject.instance(), incident["id"], "anchors")
    wait_until(
        lambda: "Press point Kallo (plugin test)" in [f["label"] for f in shown.getFeatures()],
        message="the new anchor on the map's layer",
    )


def test_a_write_leaves_qgis_free_and_is_acknowledged_once_stored(opened, module_iface, database, admin_conn):
    """While the platform holds the insert (the table is locked here), QGIS's event loop keeps turning and nothing
    says "added"; once the platform stored the anchor, the user is told, and the map shows it."""
    import psycopg
    from qgis.core import QgsPointXY, QgsProject
    from qgis.PyQt.QtCore import QTimer

    from qgis_plugin.core import layers

    plugin, incident = opened
    tools = plugin.tools_dock
    tools.palette.select("road_block")
    added, failed = _emitted(tools.anchor_tool.anchor_added), _emitted(tools.anchor_tool.write_failed)
    ticks: list = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    with psycopg.connect(database.admin_url) as holder:
        holder.execute("LOCK TABLE crisis.anchors IN SHARE ROW EXCLUSIVE MODE")  # reads go on, writes wait
        task = tools.anchor_tool.place_anchor(QgsPointXY(4.2990, 51.2978), "Held road block (plugin test)")
        assert task is not None
        process_events(1.5)
        assert len(ticks) > 5, "the GUI thread stood still during the write"
        assert not added and not failed and not any("Held road block" in m for m in _messages(module_iface))
        assert (
            admin_conn.execute(
                "SELECT count(*) FROM crisis.anchors WHERE label = 'Held road block (plugin test)'"
            ).fetchone()[0]
            == 0
        )
        admin_conn.commit()
        holder.rollback()  # the platform's insert goes through now
    timer.stop()
    wait_until(lambda: added or failed, message="the write's outcome")
    assert not failed and added[0]["label"] == "Held road block (plugin test)"
    assert any("Held road block (plugin test)" in m and "added" in m for m in _messages(module_iface))
    assert (
        admin_conn.execute(
            "SELECT count(*) FROM crisis.anchors WHERE label = 'Held road block (plugin test)'"
        ).fetchone()[0]
        == 1
    )
    shown = layers.situation_layer(QgsProject.instance(), incident["id"], "anchors")
    wait_until(
        lambda: "Held road block (plugin test)" in [f["label"] for f in shown.getFeatures()],
        message="the new anchor on the map's layer",
    )
    admin_conn.execute("DELETE FROM crisis.anchors WHERE label = 'Held road block (plugin test)'")
    admin_conn.commit()


def test_refreshing_a_layer_after_a_write_does_not_wait_for_the_platform(opened, database):
    """What the plugin does on the GUI thread after a write drops the layer's cache only: with the anchors table
    locked against any read, it returns at once; the download is the render threads' (once the lock goes)."""
    import time

    import psycopg
    from qgis.core import QgsProject

    from qgis_plugin.core import layers

    plugin, incident = opened
    anchors = layers.situation_layer(QgsProject.instance(), incident["id"], "anchors")
    wait_until(lambda: not layers.drawing_canvases(), message="the map drawn")  # else the cache is dropped later
    with psycopg.connect(database.admin_url) as holder:
        holder.execute("LOCK TABLE crisis.anchors IN ACCESS EXCLUSIVE MODE")
        start = time.monotonic()
        layers.refresh(anchors)
        assert time.monotonic() - start < 0.5
        holder.rollback()
    process_events(0.2)


def _messages(iface) -> list[str]:
    return [item.text() for item in iface.messageBar().items()]


def test_a_layer_is_read_again_only_once_the_map_is_drawn(opened, module_iface):
    """After a write, the plugin has the WFS provider drop its cache, but never under a render thread still reading
    the layer (QGIS 3.22 then corrupted memory and crashed moments later): while the map draws, it waits."""
    from qgis.core import QgsProject

    from qgis_plugin.core import layers

    plugin, incident = opened
    canvas = module_iface.mapCanvas()
    layer = layers.situation_layer(QgsProject.instance(), incident["id"], "anchors")
    provider = layer.dataProvider()  # the same Python object for as long as it is held here
    drawing_when_reloaded: list[bool] = []
    reload_data = provider.reloadData
    provider.reloadData = lambda: (drawing_when_reloaded.append(canvas.isDrawing()), reload_data())
    at_once: list[bool] = []

    def as_drawing_starts() -> None:  # the drawing has begun and cannot end before the event loop runs again
        canvas.renderStarting.disconnect(as_drawing_starts)
        layers.refresh(layer)
        at_once.append(bool(drawing_when_reloaded))

    canvas.renderStarting.connect(as_drawing_starts)
    try:
        canvas.refresh()
        wait_until(lambda: drawing_when_reloaded, message="the layer read again")
        assert at_once == [False] and drawing_when_reloaded == [False]
    finally:
        del provider.reloadData


def _find(layer, field: str, value):
    """The layer's feature whose `field` is `value`, the layer read to its end as QGIS's attribute table reads it. A
    read left half-way leaves its WFS download running; both hangs seen in these editing tests (QGIS 3.22 dropping
    the layer's cache after a commit, waiting forever for that download's thread) came after such a read."""
    return next(f for f in list(layer.getFeatures()) if f[field] == value)


def test_ordinary_editing_moves_renames_and_deletes_an_anchor(opened, admin_conn):
    """QGIS's own editing (edit buffer, commit) on the situation's WFS-T layer: update, move, delete."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsProject

    from qgis_plugin.core import layers

    plugin, incident = opened
    layer = layers.situation_layer(QgsProject.instance(), incident["id"], "anchors")
    reload_layer(layer)
    feature = _find(layer, "label", "Press point Kallo (plugin test)")
    assert layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("label"), "Press point Kallo (moved)")
    layer.changeGeometry(feature.id(), QgsGeometry.fromPointXY(QgsPointXY(4.3001, 51.2990)))
    assert layer.commitChanges(), layer.commitErrors()
    row = admin_conn.execute(
        "SELECT label, version, ST_X(geom), ST_Y(geom) FROM crisis.anchors WHERE label = 'Press point Kallo (moved)'"
    ).fetchone()
    assert row is not None and row[1] >= 2
    assert (row[2], row[3]) == (pytest.approx(4.3001), pytest.approx(51.2990))
    reload_layer(layer)
    moved = _find(layer, "label", "Press point Kallo (moved)")
    assert layer.startEditing() and layer.deleteFeature(moved.id())
    assert layer.commitChanges(), layer.commitErrors()
    assert (
        admin_conn.execute("SELECT count(*) FROM crisis.anchors WHERE label LIKE 'Press point Kallo%%'").fetchone()[0]
        == 0
    )


def _wfst_update(platform, user: str, fid: str, label: str, version: int) -> str:
    """Another client, elsewhere: a WFS-T Update of one anchor's label, based on the version it read (sent with
    the Update, as GDAL does); returns the answer."""
    body = (
        '<wfs:Transaction service="WFS" version="1.1.0" xmlns:wfs="http://www.opengis.net/wfs" '
        'xmlns:ogc="http://www.opengis.net/ogc"><wfs:Update typeName="anchors"><wfs:Property>'
        f"<wfs:Name>version</wfs:Name><wfs:Value>{version}</wfs:Value></wfs:Property><wfs:Property>"
        f"<wfs:Name>label</wfs:Name><wfs:Value>{label}</wfs:Value></wfs:Property><ogc:Filter>"
        f'<ogc:FeatureId fid="{fid}"/></ogc:Filter></wfs:Update></wfs:Transaction>'
    )
    response = requests.post(
        f"{platform.origin}/ows?SERVICE=WFS",
        data=body.encode(),
        auth=(user, DEMO_PASSWORD),
        headers={"Content-Type": "text/xml"},
        timeout=30,
    )
    assert response.status_code == 200, response.text[:500]
    return response.text


def test_edit_conflict_is_explained_and_discarding_shows_the_other_change(opened, platform, admin_conn):
    """The planner edits an anchor that a fire officer renamed meanwhile: the commit is refused with who changed
    it; discarding the edit shows the officer's version at once, and the planner's next edit lands."""
    from qgis.core import QgsProject

    from qgis_plugin.core import layers

    plugin, incident = opened
    layer = layers.situation_layer(QgsProject.instance(), incident["id"], "anchors")
    reload_layer(layer)
    anchor_id, version = admin_conn.execute(
        "SELECT id, version FROM crisis.anchors WHERE situation_id = %s AND kind = 'advanced_medical_post' "
        "ORDER BY id LIMIT 1",
        (incident["id"],),
    ).fetchone()
    admin_conn.commit()
    mine = _find(layer, "id", anchor_id)
    assert "<totalUpdated>1</totalUpdated>" in _wfst_update(
        platform, OFFICER, f"anchors.{anchor_id}", "PMA (officer)", version
    )
    assert admin_conn.execute("SELECT label FROM crisis.anchors WHERE id = %s", (anchor_id,)).fetchone()[0] == (
        "PMA (officer)"
    )
    admin_conn.commit()

    label = layer.fields().indexOf("label")
    assert layer.startEditing()
    layer.changeAttributeValue(mine.id(), label, "PMA (planner)")
    assert not layer.commitChanges()
    errors = " ".join(layer.commitErrors())
    assert "changed by someone else" in errors and "Fire Rescue Zone Antwerp" in errors, errors
    layer.rollBack()  # the layer is read again as soon as the event loop turns (and no map is drawing)
    wait_until(
        lambda: _find(layer, "id", anchor_id)["label"] == "PMA (officer)",
        message="the officer's version shown",
    )

    fresh = _find(layer, "id", anchor_id)
    assert layer.startEditing()
    layer.changeAttributeValue(fresh.id(), label, "PMA (planner)")
    assert layer.commitChanges(), layer.commitErrors()
    assert admin_conn.execute("SELECT label, version FROM crisis.anchors WHERE id = %s", (anchor_id,)).fetchone() == (
        "PMA (planner)",
        version + 2,
    )
    admin_conn.commit()


def test_downwind_zone_from_the_latest_wind(opened, module_iface, admin_conn, platform):
    from qgis.core import QgsGeometry, QgsPointXY

    from qgis_plugin.core.geometry import bearing_deg

    plugin, incident = opened
    panel = plugin.tools_dock.panel
    plugin.tools_dock.fetch_latest_wind()
    latest = admin_conn.execute(
        "SELECT wind_from_deg, wind_speed_ms FROM crisis.weather_observations WHERE situation_id = %s "
        "AND wind_from_deg IS NOT NULL ORDER BY observed_at DESC, id DESC LIMIT 1",
        (incident["id"],),
    ).fetchone()
    latest = [float(v) for v in latest]
    wait_until(lambda: panel.wind_from.value() == pytest.approx(latest[0]), message="latest wind filled in")
    assert panel.wind_speed.value() == pytest.approx(latest[1], abs=0.05)
    panel.length.setValue(1500)
    panel.opening.setValue(50)
    panel.label.setText("Chlorine plume (plugin test)")
    panel.downwind_kind.setCurrentIndex(panel.downwind_kind.findData("sheltering"))
    panel.downwind_button.click()
    canvas = module_iface.mapCanvas()
    assert canvas.mapTool() is plugin.tools_dock.downwind_tool
    saved = _emitted(plugin.tools_dock.perimeter_writer.saved)
    _press(plugin.tools_dock.downwind_tool, canvas, *SPOT)
    wait_until(lambda: saved, message="the downwind zone stored")
    assert saved == [{"sheltering": "added"}]
    row = admin_conn.execute(
        "SELECT kind, ST_AsText(geom), version FROM crisis.perimeters WHERE label = %s",
        ("Chlorine plume (plugin test)",),
    ).fetchone()
    assert row is not None, "the downwind zone did not reach PostGIS"
    assert row[0] == "sheltering"
    zone = QgsGeometry.fromWkt(row[1])
    source = QgsPointXY(*SPOT)
    downwind = (latest[0] + 180) % 360
    assert abs((bearing_deg(source, zone.centroid().asPoint()) - downwind + 180) % 360 - 180) < 3
    labels = [f["properties"]["label"] for f in _wfs_features(platform, "perimeters", incident["id"], OFFICER)]
    assert "Chlorine plume (plugin test)" in labels


def test_rings_then_redraw_keeps_the_history(opened, module_iface, admin_conn):
    plugin, incident = opened
    panel = plugin.tools_dock.panel
    canvas = module_iface.mapCanvas()
    panel.label.setText("Rings (plugin test)")
    panel.replace.setChecked(False)
    panel.rings_button.click()
    saved = _emitted(plugin.tools_dock.perimeter_writer.saved)
    _press(plugin.tools_dock.rings_tool, canvas, *SPOT)
    wait_until(lambda: saved, message="the rings stored")
    rows = admin_conn.execute(
        "SELECT kind, round(ST_Area(geom::geography)) FROM crisis.perimeters WHERE label LIKE 'Rings (plugin test)%%' "
        "ORDER BY kind"
    ).fetchall()
    areas = dict(rows)
    assert sorted(areas) == ["orange", "red", "yellow"]
    assert areas["red"] == pytest.approx(math.pi * 100**2, rel=0.02)
    assert areas["yellow"] == pytest.approx(math.pi * (1000**2 - 300**2), rel=0.02)
    # Redraw the red zone bigger: the earlier shape goes to the history.
    red_id, red_version = admin_conn.execute(
        "SELECT id, version FROM crisis.perimeters WHERE label LIKE 'Rings (plugin test)%%' AND kind = 'red'"
    ).fetchone()
    panel.replace.setChecked(True)
    panel.red_radius.setValue(150)
    admin_conn.commit()
    _press(plugin.tools_dock.rings_tool, canvas, *SPOT)
    wait_until(lambda: len(saved) == 2, message="the rings redrawn")
    assert saved[1] == {"red": "redrawn", "orange": "redrawn", "yellow": "redrawn"}
    version, area = admin_conn.execute(
        "SELECT version, ST_Area(geom::geography) FROM crisis.perimeters WHERE id = %s", (red_id,)
    ).fetchone()
    assert version == red_version + 1 and area == pytest.approx(math.pi * 150**2, rel=0.02)
    history = admin_conn.execute(
        "SELECT version, ST_Area(geom::geography) FROM crisis.perimeter_history WHERE perimeter_id = %s", (red_id,)
    ).fetchall()
    assert [v for v, _a in history] == [red_version]
    assert history[0][1] == pytest.approx(math.pi * 100**2, rel=0.02)
    panel.replace.setChecked(False)
    panel.red_radius.setValue(100)


def test_history_view_lists_and_shows_earlier_shapes(opened, module_iface, admin_conn):
    """The history view of the redrawn red ring: its versions, and the chosen one drawn on the map.

    The platform does not publish perimeter_history yet (no API route, no OGC layer): the versions shown here
    are read from PostGIS and handed to the view as the client would return them.
    """
    from qgis.core import QgsGeometry, QgsWkbTypes

    from qgis_plugin.core.history import PerimeterVersion

    plugin, incident = opened
    plugin.tools_dock.show_history()
    dialog = plugin.tools_dock.history
    listed = _emitted(dialog.perimeters_listed)
    wait_until(lambda: listed, message="the perimeters listed")
    labels = [dialog.perimeters.item(n).text() for n in range(dialog.perimeters.count())]
    assert any("Rings (plugin test) 0-100 m" in label for label in labels)
    red_id = admin_conn.execute(
        "SELECT id FROM crisis.perimeters WHERE label = 'Rings (plugin test) 0-100 m'"
    ).fetchone()[0]
    rows = admin_conn.execute(
        "SELECT version, kind, label, ST_AsText(geom), valid_from::text, valid_to::text, operation "
        "FROM crisis.perimeter_history WHERE perimeter_id = %s UNION ALL "
        "SELECT version, kind, label, ST_AsText(geom), updated_at::text, NULL, 'CURRENT' FROM crisis.perimeters "
        "WHERE id = %s ORDER BY 1",
        (red_id, red_id),
    ).fetchall()
    versions = [
        PerimeterVersion(v, k, lab, QgsGeometry.fromWkt(wkt), f, t, "Jan Van den Broeck", op)
        for v, k, lab, wkt, f, t, op in rows
    ]
    dialog.show_history(versions)
    assert dialog.versions.rowCount() == 2
    assert [dialog.versions.item(r, 1).text() for r in range(2)] == ["redrawn", "current"]
    dialog.versions.selectRow(0)
    band = dialog.band.asGeometry()
    assert band.type() == QgsWkbTypes.PolygonGeometry and not band.isEmpty()
    dialog.resize(760, 380)
    dialog.grab().save("/tmp/dock_history.png")
    dialog.close()


def test_feed_post_reaches_another_users_live_stream(opened, platform, admin_conn):
    import sseclient

    plugin, incident = opened
    received: list[dict] = []
    ready = threading.Event()

    def follow():
        response = requests.get(
            f"{platform.origin}/api/situations/{incident['id']}/feed/stream",
            auth=(OFFICER, DEMO_PASSWORD),
            stream=True,
            timeout=60,
            headers={"Accept": "text/event-stream"},
        )
        ready.set()
        for event in sseclient.SSEClient(response).events():
            if event.event == "feed_entry":
                entry = json.loads(event.data)
                received.append(entry)
                if "plugin test" in entry["body"]:
                    response.close()
                    return

    thread = threading.Thread(target=follow, daemon=True)
    thread.start()
    assert ready.wait(30)
    time.sleep(0.5)  # the stream is subscribed once its headers are out
    dock = plugin.feed_dock
    wait_until(lambda: dock.stream is not None and dock.stream.is_connected(), message="feed dock live")
    dock.channel.setCurrentIndex(dock.channel.findData("D1"))
    dock.priority.setCurrentIndex(dock.priority.findData("urgent"))
    dock.body.setPlainText("Wind turning north-east: sheltering zone extended (plugin test)")
    from qgis.core import QgsPointXY

    dock.set_location(QgsPointXY(*SPOT))
    dock.post_button.click()
    wait_until(
        lambda: any("plugin test" in e["body"] for e in received),
        timeout=30,
        message="the officer's stream to receive the entry",
    )
    thread.join(5)
    entry = next(e for e in received if "plugin test" in e["body"])
    assert entry["channel"] == "D1" and entry["priority"] == "urgent"
    assert entry["author"]["display_name"].startswith("Jan Van den Broeck")
    assert entry["location"]["coordinates"] == pytest.approx(list(SPOT), abs=1e-6)
    # The dock shows it once (posted here, then streamed back), highlighted.
    wait_until(lambda: entry["id"] in dock.entries, message="the dock to show the entry")
    process_events(0.5)
    assert [e["id"] for e in dock.visible_entries()].count(entry["id"]) == 1
    stored = admin_conn.execute(
        "SELECT channel, priority, ST_X(location) FROM crisis.feed_entries WHERE id = %s", (entry["id"],)
    ).fetchone()
    assert stored[:2] == ("D1", "urgent") and stored[2] == pytest.approx(SPOT[0])


def test_feed_filters_and_urgent_highlight(opened):
    plugin, _incident = opened
    dock = plugin.feed_dock
    wait_until(lambda: len(dock.entries) > 3, message="the feed loaded")
    dock.channel_filter.setCurrentIndex(dock.channel_filter.findData("D1"))
    shown = dock.visible_entries()
    assert shown and {e["channel"] for e in shown} == {"D1"}
    dock.channel_filter.setCurrentIndex(0)
    dock.priority_filter.setCurrentIndex(dock.priority_filter.findData("urgent"))
    shown = dock.visible_entries()
    assert shown and {e["priority"] for e in shown} == {"urgent"}
    dock.priority_filter.setCurrentIndex(0)
    assert len(dock.visible_entries()) == len(dock.entries)
    from qgis.PyQt.QtCore import Qt

    urgent_rows = [
        dock.list.item(r)
        for r in range(dock.list.count())
        if dock.entries[dock.list.item(r).data(Qt.UserRole)]["priority"] == "urgent"
    ]
    assert urgent_rows and all(
        item.background().color().name() == "#fbd5d5" and "URGENT" in dock.list.itemWidget(item).text()
        for item in urgent_rows
    )


def test_correction_points_to_the_corrected_entry(opened, admin_conn):
    plugin, _incident = opened
    dock = plugin.feed_dock
    from qgis.PyQt.QtCore import Qt

    target = next(
        r
        for r in range(dock.list.count())
        if "plugin test" in dock.entries[dock.list.item(r).data(Qt.UserRole)]["body"]
    )
    dock.list.setCurrentRow(target)
    corrected_id = dock.list.currentItem().data(Qt.UserRole)
    dock.correct_button.click()
    assert f"#{corrected_id}" in dock.correction_label.text()
    dock.body.setPlainText("Correction: the sheltering zone covers Stabroek only (plugin test)")
    dock.post_button.click()
    wait_until(
        lambda: any(e.get("corrects_id") == corrected_id for e in dock.entries.values()), message="the correction"
    )
    row = admin_conn.execute(
        "SELECT corrects_id FROM crisis.feed_entries WHERE body LIKE 'Correction: the sheltering%%'"
    ).fetchone()
    assert row == (corrected_id,)


def test_new_situation_with_an_area_drawn_on_the_map(opened, module_iface, admin_conn):
    from qgis.PyQt.QtCore import Qt

    plugin, _incident = opened
    dock = plugin.situations_dock
    canvas = module_iface.mapCanvas()
    asked = []
    dock.ask_situation_details = lambda area_text: (
        asked.append(area_text)
        or {
            "title": "Plugin test: evacuation exercise Kallo",
            "kind": "exercise",
            "phase": "communal",
            "description": "Drawn in QGIS",
        }
    )
    dock.start_new_situation()
    assert canvas.mapTool() is dock.area_tool
    for lon, lat in ((4.28, 51.28), (4.31, 51.28), (4.31, 51.30), (4.28, 51.30)):
        _press(dock.area_tool, canvas, lon, lat)
    _press(dock.area_tool, canvas, 4.28, 51.30, Qt.RightButton)
    assert asked and "ha" in asked[0]
    try:
        wait_until(
            lambda: any(s["title"].startswith("Plugin test: evacuation") for s in dock.situations),
            message="the new situation",
        )
        _check_new_situation(dock, admin_conn)
    finally:
        # Other suites share this database and list the exercises: leave none of ours behind.
        admin_conn.execute("DELETE FROM crisis.situations WHERE title = 'Plugin test: evacuation exercise Kallo'")
        admin_conn.commit()


def _check_new_situation(dock, admin_conn):
    from qgis.PyQt.QtCore import Qt

    row = admin_conn.execute(
        "SELECT kind, phase, is_exercise, ST_Area(area::geography) / 10000 FROM crisis.situations "
        "WHERE title = 'Plugin test: evacuation exercise Kallo'"
    ).fetchone()
    assert row[:3] == ("exercise", "communal", True)
    assert 200 < row[3] < 800  # about 2.1 km x 2.2 km
    created = next(s for s in dock.situations if "Kallo" in s["title"])
    assert "[EXERCISE] Plugin test" in dock.item_text(created["id"]) and "EXERCISE</b>" in dock.item_text(created["id"])
    item = next(
        dock.tree.item(n) for n in range(dock.tree.count()) if dock.tree.item(n).data(Qt.UserRole) == created["id"]
    )
    assert item.background().color().name() == "#ece2f6"


def test_cap_alert_for_the_open_situation(opened, admin_conn, module_iface, tmp_path):
    """The dock asks where, then reads the zones, builds the alert and writes it in a task."""
    import xml.etree.ElementTree as ET

    from qgis_plugin.core.cap import CAP_NS

    plugin, incident = opened
    dock = plugin.situations_dock
    dock.ask_cap_path = lambda: str(tmp_path / "alert.xml")
    saved = _emitted(dock.cap_alert_saved)
    assert dock.save_cap_alert() is not None
    wait_until(lambda: saved, message="the CAP alert saved")
    assert saved == [str(tmp_path / "alert.xml")]
    assert any("CAP alert saved" in m for m in _messages(module_iface))
    text = (tmp_path / "alert.xml").read_text(encoding="utf-8")
    alert = ET.fromstring(text.split("\n", 1)[1])
    ns = {"cap": CAP_NS}
    assert alert.findtext("cap:status", namespaces=ns) == "Actual"
    assert alert.findtext("cap:sender", namespaces=ns) == PLANNER
    zones = admin_conn.execute(
        "SELECT count(*) FROM crisis.perimeters WHERE situation_id = %s AND kind IN ('red', 'orange', 'yellow')",
        (incident["id"],),
    ).fetchone()[0]
    areas = alert.findall("cap:info/cap:area", ns)
    assert len(areas) == zones
    for polygon in alert.iterfind("cap:info/cap:area/cap:polygon", ns):
        pairs = polygon.text.split()
        assert pairs[0] == pairs[-1] and len(pairs) >= 4
        lat, lon = map(float, pairs[0].split(","))
        assert 51 < lat < 52 and 4 < lon < 5
    assert [p.name for p in tmp_path.iterdir()] == ["alert.xml"]  # written whole, nothing left beside it


def test_export_situation_to_geopackage(opened, admin_conn, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    plugin, incident = opened
    path = tmp_path / "incident.gpkg"
    result = processing.run("crisis_platform:export_situation", {"SITUATION_ID": incident["id"], "OUTPUT": str(path)})
    counts = json.loads(result["COUNTS"])
    expected = {
        table: admin_conn.execute(
            f"SELECT count(*) FROM crisis.{table} WHERE situation_id = %s", (incident["id"],)
        ).fetchone()[0]
        for table in ("anchors", "perimeters", "weather_observations", "feed_entries")
    }
    expected["situations"] = 1
    assert counts == expected
    for name, count in expected.items():
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        assert layer.isValid() and layer.featureCount() == count, name
    feed = QgsVectorLayer(f"{path}|layername=feed_entries", "feed", "ogr")
    located = [f for f in feed.getFeatures() if not f.geometry().isEmpty()]
    assert located and any("plugin test" in f["body"] for f in located)


def test_docks_render_offscreen(opened, module_iface):
    """Each dock and the map, rendered to PNG (look at them: /tmp/dock_*.png)."""
    plugin, incident = opened
    canvas = module_iface.mapCanvas()
    plugin.situations_dock.zoom_to(incident)
    shots = {"situations": plugin.situations_dock, "tools": plugin.tools_dock, "feed": plugin.feed_dock}
    plugin.tools_dock.tabs.setCurrentIndex(0)
    for name, dock in shots.items():
        dock.setFloating(True)
        dock.setUserVisible(True)
        dock.resize(460, 860)
        process_events(0.2)
        image = dock.grab().toImage()
        assert image.width() >= 400 and image.height() >= 600
        colours = {
            image.pixelColor(x, y).name() for x in range(0, image.width(), 23) for y in range(0, image.height(), 23)
        }
        assert len(colours) > 8, f"the {name} dock looks blank"
        image.save(f"/tmp/dock_{name}.png")
    plugin.tools_dock.tabs.setCurrentIndex(1)
    process_events(0.2)
    plugin.tools_dock.grab().save("/tmp/dock_tools_perimeters.png")
    map_image = _render(canvas)
    map_image.save("/tmp/dock_map.png")
    # The situation's zones are on the map: some pixels carry the red zone's colour family.
    reds = sum(
        1
        for x in range(0, map_image.width(), 4)
        for y in range(0, map_image.height(), 4)
        if _reddish(map_image.pixelColor(x, y))
    )
    assert reds > 20


def _render(canvas):
    """The canvas' layers rendered to an image, waiting for every layer (WFS downloads included)."""
    from qgis.core import QgsMapRendererSequentialJob

    job = QgsMapRendererSequentialJob(canvas.mapSettings())
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def _reddish(colour) -> bool:
    return colour.red() > 150 and colour.green() < 110 and colour.blue() < 110
