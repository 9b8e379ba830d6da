"""The plans dock and the import algorithm against the running platform, as the Antwerp planner: find the PPUI
covering a new incident, read its card, show its prepared zones, activate it on the incident and deactivate it;
import a zipped Lambert 72 Shapefile of zones into a plan through Processing, in the right place."""

from __future__ import annotations

import json

import pytest
import requests
from api import gis_samples as gs
from plugin_qt import process_events, wait_until

PLANNER = "planner@province-antwerp.demo"
PASSWORD = "demo-crisis-2026"
PPUI = "BNIP-PA-017"
AREA = {"type": "Polygon", "coordinates": [[[4.25, 51.26], [4.34, 51.26], [4.34, 51.32], [4.25, 51.32],
                                            [4.25, 51.26]]]}


def _api(platform, method: str, path: str, **kwargs):
    r = requests.request(method, f"{platform.origin}/api{path}", auth=(PLANNER, PASSWORD), timeout=30, **kwargs)
    assert r.status_code < 300, r.text
    return r.json()


@pytest.fixture(scope="module")
def logged_in(platform, module_iface, qgis_app):
    """The plugin loaded and logged in as the planner, with a new incident (near the Seveso site) open."""
    from qgis.core import QgsProject

    import qgis_plugin

    situation = _api(platform, "POST", "/situations", json={
        "kind": "incident", "status": "active", "title": "Ammonia smell at the tank farm (plugin plans test)",
        "area": AREA})
    QgsProject.instance().clear()
    plugin = qgis_plugin.classFactory(module_iface)
    plugin.initGui()
    plugin.show_login()
    dialog = plugin.login_dialog
    dialog.url.setText(platform.origin)
    dialog.email.setText(PLANNER)
    dialog.password.setText(PASSWORD)
    dialog.log_in()
    wait_until(lambda: plugin.session.is_logged_in, message="login")
    situations = plugin.situations_dock
    situations.setUserVisible(True)
    wait_until(lambda: any(s["id"] == situation["id"] for s in situations.situations) and not situations.loading,
               message="the new incident listed")
    situations.select(situation["id"])
    situations.open_selected()
    wait_until(lambda: plugin.session.situation is not None, message="situation opened")
    yield plugin, situation
    plugin.unload()
    QgsProject.instance().clear()
    process_events()


def _anchor_count(platform, situation_id: int) -> int:
    r = requests.get(f"{platform.origin}/ows", auth=(PLANNER, PASSWORD), timeout=30, params={
        "SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature", "TYPENAME": "anchors",
        "OUTPUTFORMAT": "application/json", "EXP_FILTER": f'"situation_id" = {situation_id}'})
    return len(r.json()["features"])


def test_find_read_show_activate_and_deactivate_a_plan(logged_in, platform):
    from qgis.core import QgsProject

    from qgis_plugin.core import layers

    plugin, situation = logged_in
    dock = plugin.plans_dock
    dock.setUserVisible(True)
    dock.covering.setChecked(True)
    wait_until(lambda: not dock.loading and any(p["code"] == PPUI for p in dock.plans), message="plans listed")
    assert {p["code"] for p in dock.plans} >= {PPUI, "ANIP-PA-2023"}
    assert "PPUI-LG-MEUSE" not in {p["code"] for p in dock.plans}
    ppui = next(p for p in dock.plans if p["code"] == PPUI)
    dock.select(ppui["id"])
    wait_until(lambda: dock.card is not None and dock.card["id"] == ppui["id"], message="card shown")
    text = dock.card_view.toPlainText()
    assert PPUI in text and "Province of Antwerp" in text and "Alarmeringsschema" in text

    zones, places = dock.show_on_map()
    assert zones.featureCount() == 1 and places.featureCount() == 9
    assert {f["kind"] for f in places.getFeatures()} >= {"pc_ops", "advanced_medical_post"}
    assert zones.renderer().type() in ("categorizedSymbol", "RuleRenderer")
    assert QgsProject.instance().mapLayer(zones.id()) is not None

    assert dock.activate_button.isEnabled() and not dock.deactivate_button.isEnabled()
    dock.activate()
    wait_until(lambda: ppui["id"] in dock.active and not dock.loading, message="activated")
    assert _anchor_count(platform, situation["id"]) == 9
    anchors = layers.situation_layer(QgsProject.instance(), situation["id"], "anchors")
    wait_until(lambda: anchors.featureCount() == 9 or len(list(anchors.getFeatures())) == 9,
               message="the anchors layer reloaded")
    feed = _api(platform, "GET", f"/situations/{situation['id']}/feed")["items"]
    assert any("activated by Jan Van den Broeck" in e["body"] for e in feed)

    wait_until(lambda: dock.deactivate_button.isEnabled(), message="deactivate enabled")
    dock.deactivate()
    wait_until(lambda: ppui["id"] not in dock.active and not dock.loading, message="deactivated")
    assert _anchor_count(platform, situation["id"]) == 0


def test_import_a_lambert_72_shapefile_through_processing(logged_in, platform, admin_conn, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    plan = _api(platform, "POST", "/plans", json={"code": "PIU-QGIS-IMPORT", "kind": "internal",
                                                  "title": "Tank farm internal plan (QGIS import)"})
    archive = tmp_path / "zones.zip"
    archive.write_bytes(gs.shapefile_zip(gs.zones_geojson(), tmp_path, "EPSG:31370"))
    source = QgsVectorLayer(f"/vsizip/{archive}/zones.shp", "zones", "ogr")  # as QGIS opens a zipped Shapefile
    assert source.isValid() and source.crs().authid() == "EPSG:31370"
    result = processing.run("crisis_platform:import_plan_zones", {
        "PLAN_ID": plan["id"], "INPUT": source, "MODE": 1, "DRY_RUN": False})
    report = json.loads(result["REPORT"])
    assert report["written"] and (result["ANCHORS"], result["PERIMETERS"]) == (0, 3)
    assert report["layers"][0]["crs"].startswith("EPSG:31370")
    for kind, label, ring in gs.ZONES:
        distance, stored_kind = admin_conn.execute(
            "SELECT ST_Distance(ST_Centroid(geom)::geography, ST_Centroid(ST_GeomFromGeoJSON(%s))::geography), kind"
            " FROM crisis.plan_perimeters WHERE plan_id = %s AND label = %s",
            (json.dumps(gs.polygon(ring)), plan["id"], label)).fetchone()
        assert distance < 1.0 and stored_kind == {"Rood": "red", "Oranje": "orange", "Geel": "yellow"}[kind]

    # A layer whose kinds say nothing is refused whole, each feature named; nothing changes.
    with pytest.raises(QgsProcessingException, match="Nothing was written"):
        processing.run("crisis_platform:import_plan_zones", {
            "PLAN_ID": plan["id"], "INPUT": source, "KIND_FIELD": "NAAM", "MODE": 1})
    assert admin_conn.execute("SELECT count(*) FROM crisis.plan_perimeters WHERE plan_id = %s",
                              (plan["id"],)).fetchone()[0] == 3
    # Explicit kinds for the values, as a JSON map.
    mapped = processing.run("crisis_platform:import_plan_zones", {
        "PLAN_ID": plan["id"], "INPUT": source, "KIND_FIELD": "ZONE", "LABEL_FIELD": "NAAM", "MODE": 1,
        "KIND_MAP": json.dumps({"Rood": "evacuation", "Oranje": "sheltering", "Geel": "traffic_diversion"})})
    assert mapped["PERIMETERS"] == 3
    assert {k for (k,) in admin_conn.execute("SELECT kind FROM crisis.plan_perimeters WHERE plan_id = %s",
                                             (plan["id"],))} == {"evacuation", "sheltering", "traffic_diversion"}
