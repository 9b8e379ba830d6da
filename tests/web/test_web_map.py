"""The web map as a workplace, in headless Chromium: anchors and perimeters placed, drawn, reshaped and removed in
the browser land in PostGIS with versions and audit rows, appear in a second browser and in the WFS within a
second; conflicts name who changed the feature; invalid shapes are refused on the map; readers get no tools."""

from __future__ import annotations

import secrets
import time
import xml.etree.ElementTree as ET

import psycopg
import pytest
import requests
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.support.ui import Select
from support import DEMO_PASSWORD, wfs_geojson

PLANNER = "planner@province-antwerp.demo"
OFFICER = "officer@fire-antwerp.demo"
READER = "reader@police-antwerp.demo"
OUTSIDER = "outsider@province-liege.demo"
LIVE_LIMIT = 1.0  # seconds: a change made elsewhere is on every open map within this
NS = {"wfs": "http://www.opengis.net/wfs", "ogc": "http://www.opengis.net/ogc", "gml": "http://www.opengis.net/gml"}


@pytest.fixture
def other(other_page) -> MapPage:
    return MapPage(other_page)


@pytest.fixture
def mpage(page) -> MapPage:
    return MapPage(page)


class MapPage:
    """The situation map, with the gestures a user makes on it (the page's other steps as they are)."""

    def __init__(self, page):
        self.page = page

    def __getattr__(self, name):
        return getattr(self.page, name)

    def open_map(self, email: str, situation_id: int) -> None:
        self.sign_in(email, f"#/situations/{situation_id}")
        self.wait(
            lambda d: self.js("return document.getElementById('map').dataset.ready === 'true'"),
            20,
            "the map data did not load",
        )
        self.wait_live()

    def pixel(self, lon: float, lat: float) -> tuple[int, int]:
        """Offsets from the map element's centre of a place (what Selenium's pointer moves take)."""
        x, y = self.js(
            "const m = document.getElementById('map').crisisMap.map;"
            "const p = m.getPixelFromCoordinate(ol.proj.fromLonLat([arguments[0], arguments[1]]));"
            "const s = m.getSize(); return [p[0] - s[0] / 2, p[1] - s[1] / 2];",
            lon,
            lat,
        )
        return round(x), round(y)

    def click_at(self, lon: float, lat: float) -> None:
        x, y = self.pixel(lon, lat)
        ActionChains(self.driver).move_to_element_with_offset(self.find("#map"), x, y).pause(0.05).click().perform()
        time.sleep(0.35)  # not a double click

    def drag(self, start: tuple[float, float], end: tuple[float, float]) -> None:
        x0, y0 = self.pixel(*start)
        x1, y1 = self.pixel(*end)
        (
            ActionChains(self.driver)
            .move_to_element_with_offset(self.find("#map"), x0, y0)
            .click_and_hold()
            .pause(0.1)
            .move_by_offset((x1 - x0) // 2, (y1 - y0) // 2)
            .pause(0.05)
            .move_by_offset(x1 - x0 - (x1 - x0) // 2, y1 - y0 - (y1 - y0) // 2)
            .pause(0.1)
            .release()
            .perform()
        )

    def centre_on(self, lon: float, lat: float, zoom: int = 16) -> None:
        self.js(
            "const v = document.getElementById('map').crisisMap.map.getView();"
            "v.setCenter(ol.proj.fromLonLat([arguments[0], arguments[1]])); v.setZoom(arguments[2]);",
            lon,
            lat,
            zoom,
        )
        time.sleep(0.3)

    def feature(self, layer: str, feature_id: int) -> dict | None:
        """The feature as this browser's map holds it: properties and geometry in EPSG:4326."""
        return self.js(
            "const d = document.getElementById('map').crisisMap.data;"
            "const f = d.find(arguments[0], arguments[1]); if (!f) return null;"
            "const p = {...f.getProperties()}; delete p.geometry;"
            "const g = new ol.format.GeoJSON().writeGeometryObject(f.getGeometry(),"
            " {featureProjection: 'EPSG:3857', decimals: 7}); return {p, g};",
            layer,
            feature_id,
        )

    def wait_feature(self, layer: str, feature_id: int, predicate, timeout: float, message: str):
        return self.wait_until(
            lambda: (f := self.feature(layer, feature_id)) is not None and predicate(f) and f, timeout, message
        )

    def open_details(self, lon: float, lat: float) -> None:
        self.click_at(lon, lat)
        self.wait_until(lambda: self.find("#feature-info").is_displayed(), 10, "no details after a click")


def _db(database):
    return psycopg.connect(database.admin_url)


def _audit(conn, table: str, row_id: int) -> list[tuple]:
    return conn.execute(
        "SELECT operation, actor_id FROM crisis.audit_log WHERE table_name = %s AND row_id = %s ORDER BY id",
        (table, str(row_id)),
    ).fetchall()


def _wfs_feature(origin: str, email: str, layer: str, feature_id: int) -> dict | None:
    response = requests.get(
        f"{origin}/ows",
        auth=(email, DEMO_PASSWORD),
        timeout=30,
        params=wfs_geojson(layer, FEATUREID=f"{layer}.{feature_id}"),
    )
    assert response.status_code == 200, response.text[:300]
    features = response.json()["features"]
    return features[0] if features else None


def test_anchor_placed_edited_moved_and_removed_in_the_browser(
    mpage, other, database, demo_situations, user_ids, platform
):
    incident = demo_situations["incident"]["id"]
    place, moved = (4.2950, 51.2860), (4.2975, 51.2870)
    mpage.open_map(PLANNER, incident)
    other.open_map(OFFICER, incident)
    mpage.centre_on(*place)

    # Place a PC-Ops from the palette.
    mpage.find("#edit-anchor").click()
    mpage.find('#anchor-palette [data-kind="pc_ops"]').click()
    mpage.click_at(*place)
    form = mpage.visible("#feature-form")
    anchor_id = int(form.get_attribute("data-id"))
    placed_at = time.monotonic()
    with _db(database) as conn:
        row = conn.execute(
            "SELECT kind, version, created_by, ST_X(geom), ST_Y(geom) FROM crisis.anchors WHERE id = %s", (anchor_id,)
        ).fetchone()
        assert row[:3] == ("pc_ops", 1, user_ids[PLANNER])
        assert abs(row[3] - place[0]) < 1e-4 and abs(row[4] - place[1]) < 1e-4
        assert _audit(conn, "anchors", anchor_id) == [("INSERT", user_ids[PLANNER])]
    other.wait_feature(
        "anchors",
        anchor_id,
        lambda f: f["p"]["kind"] == "pc_ops",
        LIVE_LIMIT + (time.monotonic() - placed_at),
        "the new anchor is not on the other map",
    )

    # Label, status and notes from the form.
    label = f"PC-Ops Kanaaldok ({secrets.token_hex(3)})"
    form.find_element("name", "label").send_keys(label)
    Select(form.find_element("name", "status")).select_by_value("planned")
    mpage.find("#feature-save").click()
    saved_at = time.monotonic()
    mpage.wait_until(lambda: not mpage.find_all("#feature-form"), 10, "the form stayed open")
    other.wait_feature(
        "anchors",
        anchor_id,
        lambda f: f["p"]["label"] == label,
        LIVE_LIMIT + 0.3,
        "the label did not reach the other map within a second",
    )
    assert time.monotonic() - saved_at < LIVE_LIMIT + 0.5
    wfs = _wfs_feature(platform.origin, OFFICER, "anchors", anchor_id)
    assert wfs["properties"]["label"] == label and wfs["properties"]["status"] == "planned"
    assert wfs["properties"]["version"] == 2

    # Move it: drag the pictogram.
    mpage.open_details(*place)
    mpage.find('#feature-info [data-action="move"]').click()
    mpage.wait_until(lambda: "Drag the anchor" in mpage.find("#map-status").text, 5, "the move did not start")
    mpage.drag(place, moved)
    mpage.wait_until(
        lambda: (mpage.feature("anchors", anchor_id) or {"p": {}})["p"].get("version") == 3,
        10,
        "the move was not saved",
    )
    other.wait_feature(
        "anchors", anchor_id, lambda f: f["p"]["version"] == 3, LIVE_LIMIT + 0.5, "the move did not reach the other map"
    )
    with _db(database) as conn:
        x, y, version = conn.execute(
            "SELECT ST_X(geom), ST_Y(geom), version FROM crisis.anchors WHERE id = %s", (anchor_id,)
        ).fetchone()
        assert version == 3 and abs(x - moved[0]) < 2e-4 and abs(y - moved[1]) < 2e-4
    mpage.screenshot("map_anchor_moved")

    # Remove it.
    mpage.open_details(*moved)
    mpage.find('#feature-info [data-action="delete"]').click()
    mpage.driver.switch_to.alert.accept()
    other.wait_until(
        lambda: other.feature("anchors", anchor_id) is None,
        LIVE_LIMIT + 1,
        "the removed anchor is still on the other map",
    )
    with _db(database) as conn:
        assert conn.execute("SELECT count(*) FROM crisis.anchors WHERE id = %s", (anchor_id,)).fetchone()[0] == 0
        assert [op for op, _ in _audit(conn, "anchors", anchor_id)] == ["INSERT", "UPDATE", "UPDATE", "DELETE"]
        assert {actor for _, actor in _audit(conn, "anchors", anchor_id)} == {user_ids[PLANNER]}
    assert _wfs_feature(platform.origin, OFFICER, "anchors", anchor_id) is None
    # (the browser's own look for a /favicon.ico of the bare SVG page the fixture starts from is no error of ours)
    assert [m for m in mpage.severe_console_messages() if "/favicon.ico" not in m] == []


SQUARE = [(4.2940, 51.2840), (4.2990, 51.2840), (4.2990, 51.2870), (4.2940, 51.2870)]
BOW_TIE = [(4.2940, 51.2840), (4.2990, 51.2870), (4.2990, 51.2840), (4.2940, 51.2870)]


def _draw(mpage: MapPage, corners) -> None:
    mpage.find("#edit-draw").click()
    for corner in corners:
        mpage.click_at(*corner)
    mpage.click_at(*corners[0])  # closes the ring


def test_perimeter_drawn_and_reshaped_in_the_browser(mpage, other, database, demo_situations, user_ids, platform):
    incident = demo_situations["incident"]["id"]
    mpage.open_map(OFFICER, incident)
    other.open_map(PLANNER, incident)
    mpage.centre_on(4.2965, 51.2855)
    _draw(mpage, SQUARE)
    form = mpage.visible("#draft-form")
    Select(form.find_element("name", "kind")).select_by_value("intervention_zone")
    label = f"Zone d'intervention ({secrets.token_hex(3)})"
    form.find_element("name", "label").send_keys(label)
    mpage.find("#draft-save").click()
    with _db(database) as conn:
        row = mpage.wait_until(
            lambda: conn.execute(
                "SELECT id, kind, version, created_by, ST_NPoints(geom) FROM crisis.perimeters WHERE label = %s",
                (label,),
            ).fetchone(),
            10,
            "the zone was not written",
        )
    perimeter_id = row[0]
    assert row[1:] == ("intervention_zone", 1, user_ids[OFFICER], 5)
    other.wait_feature(
        "perimeters",
        perimeter_id,
        lambda f: f["p"]["label"] == label,
        LIVE_LIMIT + 0.5,
        "the drawn zone did not reach the other map",
    )

    # Move one corner.
    mpage.open_details(4.2965, 51.2855)
    mpage.wait_until(lambda: mpage.find_all(f'#feature-info .feature[data-id="{perimeter_id}"]'), 5)
    buttons = mpage.find_all(f'#feature-info .feature[data-id="{perimeter_id}"] [data-action="move"]')
    buttons[0].click()
    mpage.wait_until(lambda: "Drag a vertex" in mpage.find("#map-status").text, 5, "the reshaping did not start")
    mpage.drag(SQUARE[2], (4.3000, 51.2880))
    changed = mpage.wait_feature(
        "perimeters", perimeter_id, lambda f: f["p"]["version"] == 2, 10, "the new shape was not saved"
    )
    seen = other.wait_feature(
        "perimeters",
        perimeter_id,
        lambda f: f["p"]["version"] == 2,
        LIVE_LIMIT + 0.5,
        "the new shape did not reach the other map",
    )
    assert seen["g"] == changed["g"]
    with _db(database) as conn:
        corner = conn.execute(
            "SELECT ST_Distance(geom::geography, "
            "ST_SetSRID(ST_MakePoint(4.3, 51.288), 4326)::geography) "
            "FROM crisis.perimeters WHERE id = %s",
            (perimeter_id,),
        ).fetchone()[0]
        assert corner < 15
        history = conn.execute(
            "SELECT version, changed_by FROM crisis.perimeter_history WHERE perimeter_id = %s", (perimeter_id,)
        ).fetchall()
        assert history == [(1, user_ids[OFFICER])]
        assert [op for op, _ in _audit(conn, "perimeters", perimeter_id)] == ["INSERT", "UPDATE"]
    assert _wfs_feature(platform.origin, PLANNER, "perimeters", perimeter_id)["properties"]["version"] == 2

    # Its history: both shapes, with a slider.
    mpage.open_details(4.2965, 51.2855)
    mpage.find(f'#feature-info .feature[data-id="{perimeter_id}"] [data-action="history"]').click()
    slider = mpage.visible("#history-slider")
    assert slider.get_attribute("max") == "1"
    assert "Version 2" in mpage.find("#history-caption").text
    mpage.js("const s = arguments[0]; s.value = 0; s.dispatchEvent(new Event('input'));", slider)
    assert "Version 1" in mpage.find("#history-caption").text
    mpage.screenshot("map_history")


def test_self_intersecting_zone_is_refused_with_its_reason(mpage, database, demo_situations):
    incident = demo_situations["incident"]["id"]
    with _db(database) as conn:
        before = conn.execute("SELECT count(*) FROM crisis.perimeters").fetchone()[0]
    mpage.open_map(OFFICER, incident)
    mpage.centre_on(4.2965, 51.2855)
    _draw(mpage, BOW_TIE)
    mpage.visible("#draft-form")
    mpage.find("#draft-save").click()
    error = mpage.wait_until(
        lambda: (e := mpage.find("#draft-form .form-error")).is_displayed() and e, 10, "no reason shown"
    )
    assert "Self-intersection" in error.text
    status = mpage.find("#map-status")
    assert status.is_displayed() and "Self-intersection" in status.text
    assert mpage.js(
        "return document.getElementById('map').crisisMap.editor.overlay.getFeatures()"
        ".some(f => f.get('role') === 'fault')"
    ), "the fault is not marked on the map"
    mpage.screenshot("map_refused")
    with _db(database) as conn:
        assert conn.execute("SELECT count(*) FROM crisis.perimeters").fetchone()[0] == before


def test_two_browsers_editing_one_zone_the_second_is_told_who(
    mpage, other, database, demo_situations, user_ids, api_as, platform
):
    incident = demo_situations["incident"]["id"]
    created = api_as(PLANNER).post(
        f"{platform.origin}/api/situations/{incident}/perimeters",
        timeout=30,
        json={
            "kind": "orange",
            "label": "Shared zone",
            "geometry": {"type": "Polygon", "coordinates": [[list(c) for c in SQUARE + SQUARE[:1]]]},
        },
    )
    assert created.status_code == 201, created.text
    perimeter_id = created.json()["properties"]["id"]
    mpage.open_map(PLANNER, incident)
    other.open_map(OFFICER, incident)
    for p in (mpage, other):
        p.centre_on(4.2965, 51.2855)
        p.open_details(4.2965, 51.2855)
        p.find(f'#feature-info .feature[data-id="{perimeter_id}"] [data-action="edit"]').click()
        p.visible("#feature-form")
    mpage.find("#feature-form [name=label]").clear()
    mpage.find("#feature-form [name=label]").send_keys("Orange zone (planner)")
    mpage.find("#feature-save").click()
    other.wait_feature(
        "perimeters",
        perimeter_id,
        lambda f: f["p"]["version"] == 2,
        LIVE_LIMIT + 0.5,
        "the planner's change did not arrive",
    )
    other.find("#feature-form [name=notes]").send_keys("Officer's note")
    other.find("#feature-save").click()
    conflict = other.visible("#conflict")
    assert "Jan Van den Broeck" in conflict.text and "Province of Antwerp" in conflict.text
    assert "version 2" in conflict.text.lower()
    with _db(database) as conn:
        assert conn.execute(
            "SELECT version, label, notes FROM crisis.perimeters WHERE id = %s", (perimeter_id,)
        ).fetchone() == (2, "Orange zone (planner)", "")
    other.screenshot("map_conflict")
    other.find("#conflict-redo").click()
    other.wait_until(lambda: not other.find_all("#conflict"), 10, "the redo was not saved")
    with _db(database) as conn:
        row = conn.execute(
            "SELECT version, notes, updated_by FROM crisis.perimeters WHERE id = %s", (perimeter_id,)
        ).fetchone()
    # The redo lays the officer's change (the notes) on the planner's version: the planner's label stays.
    assert row == (3, "Officer's note", user_ids[OFFICER])
    with _db(database) as conn:
        assert (
            conn.execute("SELECT label FROM crisis.perimeters WHERE id = %s", (perimeter_id,)).fetchone()[0]
            == "Orange zone (planner)"
        )


def test_rings_and_downwind_zone_from_the_latest_wind(mpage, database, demo_situations):
    incident = demo_situations["incident"]["id"]
    mpage.open_map(PLANNER, incident)
    mpage.centre_on(4.30, 51.29, 14)
    mpage.find("#edit-rings").click()
    mpage.click_at(4.30, 51.29)
    form = mpage.visible("#draft-form")
    kinds = [Select(s).first_selected_option.get_attribute("value") for s in form.find_elements("name", "kind")]
    assert kinds == ["red", "orange", "yellow"]
    tag = secrets.token_hex(3)
    for box in form.find_elements("name", "label"):
        box.send_keys(f" {tag}")
    mpage.find("#draft-save").click()
    mpage.wait_until(lambda: not mpage.find_all("#draft-form"), 10, "the rings were not saved")
    mpage.find("#edit-downwind").click()
    mpage.click_at(4.30, 51.29)
    form = mpage.visible("#draft-form")
    assert "Downwind, wind from" in form.find_element("name", "label").get_attribute("value")
    mpage.find("#draft-save").click()
    mpage.wait_until(lambda: not mpage.find_all("#draft-form"), 10, "the downwind zone was not saved")
    with _db(database) as conn:
        rings = conn.execute(
            "SELECT kind, label FROM crisis.perimeters WHERE label LIKE %s ORDER BY id", (f"%{tag}",)
        ).fetchall()
        assert [k for k, _ in rings] == ["red", "orange", "yellow"]
        assert rings[1][1].startswith("100-300 m")
        wind = conn.execute(
            "SELECT wind_from_deg FROM crisis.weather_observations WHERE situation_id = %s "
            "ORDER BY observed_at DESC LIMIT 1",
            (incident,),
        ).fetchone()[0]
        zone = conn.execute(
            "SELECT label, degrees(ST_Azimuth(ST_SetSRID(ST_MakePoint(4.3, 51.29), 4326)::geography,"
            " ST_Centroid(geom)::geography)) FROM crisis.perimeters "
            "WHERE label LIKE 'Downwind, wind from%%' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert f"{round(wind)}°" in zone[0]
    assert abs((zone[1] - (float(wind) + 180)) % 360) < 5 or abs((zone[1] - (float(wind) + 180)) % 360) > 355
    mpage.screenshot("map_downwind")


def test_located_entry_posted_from_the_map_and_highlighted(mpage, database, demo_situations):
    incident = demo_situations["incident"]["id"]
    mpage.open_map(OFFICER, incident)
    mpage.centre_on(4.2965, 51.2855)
    mpage.find("#entry-locate").click()
    mpage.click_at(4.2965, 51.2855)
    assert "4.2965" in mpage.visible("#entry-location").text
    text = f"Foam tender positioned here ({secrets.token_hex(3)})."
    mpage.find("#entry-body").send_keys(text)
    mpage.find("#entry-submit").click()
    entry = mpage.wait_until(lambda: mpage.entry_with_text(text), 10, "the entry is not shown")
    entry_id = int(entry.get_attribute("data-id"))
    with _db(database) as conn:
        x, y = conn.execute(
            "SELECT ST_X(location), ST_Y(location) FROM crisis.feed_entries WHERE id = %s", (entry_id,)
        ).fetchone()
    assert abs(x - 4.2965) < 1e-4 and abs(y - 51.2855) < 1e-4
    assert mpage.feature("feed_entries", entry_id) is not None
    # From the map to the logbook: a click on the place brings the entry into view, highlighted.
    mpage.click_at(4.2965, 51.2855)
    mpage.wait_until(
        lambda: "entry--target" in mpage.find(f"#entry-{entry_id}").get_attribute("class"),
        5,
        "the entry was not highlighted from the map",
    )
    # And back: "Show on map" highlights its place.
    mpage.find(f"#entry-{entry_id} .entry__actions .link-button").click()
    highlighted = mpage.js(
        "return document.getElementById('map').crisisMap.layers.feed_entries.getStyle()"
        "(document.getElementById('map').crisisMap.data.find('feed_entries', arguments[0]), 1)"
        ".getImage().getRadius()",
        entry_id,
    )
    assert highlighted == 10


def test_reader_gets_no_tools_and_the_api_refuses(mpage, api_as, demo_situations, platform):
    incident = demo_situations["incident"]["id"]
    mpage.open_map(READER, incident)
    assert mpage.find_all("#edit-toolbar") == []
    mpage.centre_on(4.2965, 51.2855)
    response = api_as(READER).post(
        f"{platform.origin}/api/situations/{incident}/anchors",
        timeout=30,
        json={"kind": "pc_ops", "geometry": {"type": "Point", "coordinates": [4.3, 51.29]}},
    )
    assert response.status_code == 403
    outsider = api_as(OUTSIDER)
    assert outsider.get(f"{platform.origin}/api/situations/{incident}/map/anchors", timeout=30).status_code == 404


def test_the_embedded_base_map_draws_from_the_origin(mpage, demo_situations, platform):
    mpage.open_map(PLANNER, demo_situations["incident"]["id"])
    mpage.wait_until(
        lambda: mpage.js(
            "const c = document.querySelector('#map .basemap-embedded canvas');"
            "if (!c || !c.width) return false; const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            "let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n > d.length / 8;"
        ),
        20,
        "the embedded base map was not drawn",
    )
    urls = mpage.js("return performance.getEntriesByType('resource').map(e => e.name)")
    tiles = [u for u in urls if "/tiles/" in u]
    assert tiles and all(u.startswith(f"{platform.origin}/tiles/embedded/") for u in tiles)
    assert all(u.startswith(platform.origin) or u.startswith(("blob:", "data:")) for u in urls)
    assert "Natural Earth" in mpage.find(".ol-attribution").text
    # Drawn here, from the data on the machine: MapProxy's only outside source would be the operator's.
    config = (platform.run_dir / "basemap" / "mapproxy.yaml").read_text()
    assert "http://127.0.0.1:" in config and "https://" not in config


def test_wfst_change_reaches_an_open_map(mpage, api_as, demo_situations, platform):
    incident = demo_situations["incident"]["id"]
    created = api_as(OFFICER).post(
        f"{platform.origin}/api/situations/{incident}/anchors",
        timeout=30,
        json={
            "kind": "road_block",
            "label": "WFS-T target",
            "geometry": {"type": "Point", "coordinates": [4.29, 51.28]},
        },
    )
    anchor_id = created.json()["properties"]["id"]
    mpage.open_map(PLANNER, incident)
    body = (
        f'<wfs:Transaction service="WFS" version="1.1.0" xmlns:wfs="{NS["wfs"]}" xmlns:ogc="{NS["ogc"]}" '
        f'xmlns:gml="{NS["gml"]}"><wfs:Update typeName="anchors"><wfs:Property><wfs:Name>label</wfs:Name>'
        "<wfs:Value>Road block moved by QGIS</wfs:Value></wfs:Property><wfs:Property><wfs:Name>version</wfs:Name>"
        f'<wfs:Value>1</wfs:Value></wfs:Property><ogc:Filter><ogc:FeatureId fid="anchors.{anchor_id}"/>'
        "</ogc:Filter></wfs:Update></wfs:Transaction>"
    )
    response = requests.post(
        f"{platform.origin}/ows?SERVICE=WFS",
        data=body.encode(),
        auth=(OFFICER, DEMO_PASSWORD),
        headers={"Content-Type": "text/xml"},
        timeout=60,
    )
    written = time.monotonic()
    root = ET.fromstring(response.content)
    assert root.findtext(".//wfs:totalUpdated", namespaces=NS) == "1", response.text[:500]
    mpage.wait_feature(
        "anchors",
        anchor_id,
        lambda f: f["p"]["label"] == "Road block moved by QGIS",
        LIVE_LIMIT,
        "the WFS-T change did not reach the open map within a second",
    )
    assert time.monotonic() - written < LIVE_LIMIT + 0.3
