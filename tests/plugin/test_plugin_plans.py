"""The plans dock against the running platform, as the Antwerp planner: find the PPUI covering a new incident,
read its card, show its prepared zones, activate it on the incident and deactivate it (the import algorithm:
test_plugin_plan_import.py)."""

from __future__ import annotations

import pytest
import requests
from plugin_qt import process_events, wait_until
from support import DEMO_PASSWORD, wfs_geojson

PLANNER = "planner@province-antwerp.demo"
PPUI = "BNIP-PA-017"
AREA = {"type": "Polygon", "coordinates": [[[4.25, 51.26], [4.34, 51.26], [4.34, 51.32], [4.25, 51.32], [4.25, 51.26]]]}


def _api(platform, method: str, path: str, **kwargs):
    r = requests.request(method, f"{platform.origin}/api{path}", auth=(PLANNER, DEMO_PASSWORD), timeout=30, **kwargs)
    assert r.status_code < 300, r.text
    return r.json()


@pytest.fixture(scope="module")
def logged_in(platform, module_iface, qgis_app):
    """The plugin loaded and logged in as the planner, with a new incident (near the Seveso site) open."""
    from qgis.core import QgsProject

    import qgis_plugin

    situation = _api(
        platform,
        "POST",
        "/situations",
        json={
            "kind": "incident",
            "status": "active",
            "title": "Ammonia smell at the tank farm (plugin plans test)",
            "area": AREA,
        },
    )
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
    situations = plugin.situations_dock
    situations.setUserVisible(True)
    wait_until(
        lambda: any(s["id"] == situation["id"] for s in situations.situations) and not situations.loading,
        message="the new incident listed",
    )
    situations.select(situation["id"])
    situations.open_selected()
    wait_until(lambda: plugin.session.situation is not None, message="situation opened")
    yield plugin, situation
    plugin.unload()
    QgsProject.instance().clear()
    process_events()


def _anchor_count(platform, situation_id: int) -> int:
    r = requests.get(
        f"{platform.origin}/ows",
        auth=(PLANNER, DEMO_PASSWORD),
        timeout=30,
        params=wfs_geojson("anchors", EXP_FILTER=f'"situation_id" = {situation_id}'),
    )
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
    wait_until(
        lambda: anchors.featureCount() == 9 or len(list(anchors.getFeatures())) == 9,
        message="the anchors layer reloaded",
    )
    feed = _api(platform, "GET", f"/situations/{situation['id']}/feed")["items"]
    assert any("activated by Jan Van den Broeck" in e["body"] for e in feed)

    wait_until(lambda: dock.deactivate_button.isEnabled(), message="deactivate enabled")
    dock.deactivate()
    wait_until(lambda: ppui["id"] not in dock.active and not dock.loading, message="deactivated")
    assert _anchor_count(platform, situation["id"]) == 0
    # The layer is read again (and its download thread done) before the project goes away.
    wait_until(lambda: len(list(anchors.getFeatures())) == 0, message="the anchors layer reloaded")
