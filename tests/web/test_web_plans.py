"""The Plans panel in headless Chromium: the planner activates the Seveso site's PPUI on a new incident from the
web view and its places appear on the map; readers see the plans in force but cannot activate; the outsider
finds none of Antwerp's plans."""

from __future__ import annotations

import requests
from selenium.webdriver.common.by import By
from support import DEMO_PASSWORD, wfs_geojson

PLANNER = "planner@province-antwerp.demo"
READER = "reader@police-antwerp.demo"
OUTSIDER = "outsider@province-liege.demo"
PPUI = "BNIP-PA-017"
AREA = {"type": "Polygon", "coordinates": [[[4.25, 51.26], [4.34, 51.26], [4.34, 51.32], [4.25, 51.32], [4.25, 51.26]]]}
_PLAN_ITEMS = "return [...document.querySelectorAll(arguments[0] + ' .plans-item')].map(e => e.dataset.code)"


def _open_panel(page, situation_id: int) -> None:
    page.open(f"#/situations/{situation_id}")
    page.visible("#plans-toggle").click()
    page.visible("#plans-panel")
    page.wait_until(
        lambda: page.js(_PLAN_ITEMS, "#plans-results") or page.find_all("#plans-results li.muted"),
        message="the library did not load",
    )


def _wfs_count(platform, email: str, layer: str, situation_id: int) -> int:
    r = requests.get(
        f"{platform.origin}/ows",
        auth=(email, DEMO_PASSWORD),
        timeout=60,
        params=wfs_geojson(layer, EXP_FILTER=f'"situation_id" = {situation_id}'),
    )
    return len(r.json()["features"])


def test_planner_activates_the_ppui_from_the_web_view(page, platform, api_as):
    planner = api_as(PLANNER)
    situation = planner.post(
        f"{platform.origin}/api/situations",
        json={
            "kind": "incident",
            "status": "active",
            "title": "Chlorine alarm at the loading station (web plans)",
            "area": AREA,
        },
    ).json()
    page.sign_in(PLANNER)
    _open_panel(page, situation["id"])
    assert PPUI in page.js(_PLAN_ITEMS, "#plans-results")  # the library shows the plans covering the incident
    assert page.js(_PLAN_ITEMS, "#plans-active") == []
    page.wait_map_drawn()

    item = page.find(f'#plans-results .plans-item[data-code="{PPUI}"]')
    item.find_element(By.CSS_SELECTOR, ".plans-activate").click()
    page.wait_until(lambda: page.js(_PLAN_ITEMS, "#plans-active") == [PPUI], message="the plan is not in force")
    assert "activated" in page.find("#plans-panel .plans-panel__status").text
    assert "1 in force" in page.find("#plans-toggle").text
    # Its places and zones are the situation's now, for the planner, through the OGC front the map draws.
    assert _wfs_count(platform, PLANNER, "anchors", situation["id"]) == 9
    assert _wfs_count(platform, PLANNER, "perimeters", situation["id"]) == 1
    assert _wfs_count(platform, OUTSIDER, "anchors", situation["id"]) == 0
    page.wait_map_drawn()
    # The map takes the copies in from the live stream, and the list of places and zones beside it follows.
    page.wait_until(
        lambda: (
            page.js("return document.getElementById('map').crisisMap.data.sources.anchors.getFeatures().length") == 9
        ),
        message="the copied places are not on the map",
    )
    page.wait_until(
        lambda: page.find("#feature-list-count").text == "(10)",
        message="the list of places and zones did not follow the activation",
    )
    # The logbook of the page shows who activated it (it follows the feed live).
    page.wait_until(
        lambda: any("activated by Jan Van den Broeck" in e.text for e in page.find_all("#entries .entry")),
        message="the activation is not in the logbook",
    )

    # The card: documents, prepared places; the zones toggle draws the plan's zone.
    item = page.find(f'#plans-active .plans-item[data-code="{PPUI}"]')
    item.find_element(By.CSS_SELECTOR, ".link-button").click()
    page.visible("#plans-card")
    card = page.find("#plans-card").text
    assert "Province of Antwerp" in card and "9 place(s), 1 zone(s)" in card and "Alarmeringsschema" in card
    page.find("#plans-show-zones").click()
    page.wait_until(
        lambda: page.js("const c = document.querySelector('#map .plan-zones-layer canvas');return !!c && c.width > 0;"),
        message="the plan zones were not drawn",
    )
    page.screenshot("plans_panel")

    # Deactivation from the panel withdraws the copies nobody changed.
    page.find(f'#plans-active .plans-item[data-code="{PPUI}"] .plans-deactivate').click()
    page.wait_until(lambda: page.js(_PLAN_ITEMS, "#plans-active") == [], message="the plan is still in force")
    assert _wfs_count(platform, PLANNER, "anchors", situation["id"]) == 0
    assert page.severe_console_messages() == []


def test_a_reader_sees_the_plans_in_force_but_cannot_activate(page, demo_situations):
    page.sign_in(READER)
    _open_panel(page, demo_situations["incident"]["id"])
    page.wait_until(lambda: page.js(_PLAN_ITEMS, "#plans-active"), message="no plan in force listed")
    assert PPUI in page.js(_PLAN_ITEMS, "#plans-active")
    assert page.find_all("#plans-panel .plans-activate") == page.find_all("#plans-panel .plans-deactivate") == []
    assert page.severe_console_messages() == []


def test_the_outsider_finds_no_antwerp_plan(page, demo_situations):
    page.sign_in(OUTSIDER)
    _open_panel(page, demo_situations["exercise"]["id"])
    page.wait_until(lambda: page.js(_PLAN_ITEMS, "#plans-active"), message="no plan in force listed")
    assert page.js(_PLAN_ITEMS, "#plans-active") == ["PPUI-LG-MEUSE"]
    page.find("#plans-covering").click()  # the whole library the outsider may read
    page.wait_until(lambda: "PPUI-LG-MEUSE" in page.js(_PLAN_ITEMS, "#plans-results"), message="library")
    assert not {PPUI, "ANIP-PA-2023"} & set(page.js(_PLAN_ITEMS, "#plans-results"))
