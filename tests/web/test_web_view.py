"""The situation view in headless Chromium: log in, list, map, logbook (posting and live updates), access."""

from __future__ import annotations

import secrets
import time

import psycopg
import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

PLANNER = "planner@province-antwerp.demo"
OFFICER = "officer@fire-antwerp.demo"
OUTSIDER = "outsider@province-liege.demo"
COORDINATOR = "coordinator@crisis-centre.demo"

# Pixels of the map's perimeters canvas whose colour is near `rgb`, and how many were drawn at all.
_COUNT_COLOUR = """
const [r, g, b, tolerance] = arguments;
const canvas = document.querySelector('#map .perimeters-layer canvas');
if (!canvas || !canvas.width) return null;
const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
let near = 0, drawn = 0;
for (let i = 0; i < data.length; i += 4) {
  if (data[i + 3] === 0) continue;
  drawn += 1;
  if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) <= tolerance) near += 1;
}
return {near, drawn, total: canvas.width * canvas.height};
"""


def _hex_rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


@pytest.fixture(scope="module")
def incident_zone(database, demo_situations):
    """The fill colour of the incident's largest safety zone (red/orange/yellow), as the styles define it."""
    with psycopg.connect(database.admin_url) as conn:
        return conn.execute(
            "SELECT p.kind, k.fill_colour FROM crisis.perimeters p JOIN crisis.perimeter_kinds k ON k.code = p.kind "
            "WHERE p.situation_id = %s AND p.kind IN ('red', 'orange', 'yellow') "
            "ORDER BY ST_Area(p.geom::geography) DESC LIMIT 1",
            (demo_situations["incident"]["id"],),
        ).fetchone()


def test_planner_sees_the_incident_not_the_liege_exercise(page, demo_situations):
    page.login(PLANNER)
    titles = page.listed_titles()
    assert demo_situations["incident"]["title"] in titles
    assert demo_situations["exercise"]["title"] not in titles
    assert page.find("#user-name").text.startswith("Jan")  # the logged-in user is shown
    page.screenshot("list")
    assert page.severe_console_messages() == []


def test_wrong_password_is_refused_on_the_form(page):
    page.open()
    page.visible("#login-email").send_keys(PLANNER)
    page.find("#login-password").send_keys("not-the-password")
    page.find("#login-submit").click()
    error = page.visible("#login-error")
    assert "wrong" in error.text.lower()
    assert not page.find("#view-list").is_displayed()
    assert page.js("return sessionStorage.getItem('crisis.token')") is None


def test_incident_map_weather_and_logbook(page, database, demo_situations, incident_zone):
    incident = demo_situations["incident"]
    page.sign_in(PLANNER)
    page.open_situation(incident["title"])
    entries = page.wait_for_entries()

    # The map: the layers came from our API (with the token) and show the zone's colour.
    kind, fill = incident_zone
    r, g, b = _hex_rgb(fill)
    counts = page.wait_until(
        lambda: (c := page.js(_COUNT_COLOUR, r, g, b, 24)) and c["near"] > 0.03 * c["drawn"] and c,
        20,
        f"the {kind} zone colour {fill} is not on the map",
    )
    assert counts["drawn"] > 0.05 * counts["total"]
    requests_made = page.js("return performance.getEntriesByType('resource').map(e => [e.name, e.responseStatus])")
    layers = [(url, status) for url, status in requests_made if f"/api/situations/{incident['id']}/map/" in url]
    assert len(layers) == 5 and all(status == 200 for _, status in layers), layers
    assert all(
        url.startswith(page.origin) or url.startswith("blob:") or url.startswith("data:") for url, _ in requests_made
    ), "a request left the platform's origin"

    # The logbook: newest first, the same entries as the database's newest.
    with psycopg.connect(database.admin_url) as conn:
        newest = conn.execute(
            "SELECT id FROM crisis.feed_entries WHERE situation_id = %s ORDER BY created_at DESC, id DESC LIMIT 5",
            (incident["id"],),
        ).fetchall()
        urgent_count = conn.execute(
            "SELECT count(*) FROM crisis.feed_entries WHERE situation_id = %s AND priority = 'urgent'",
            (incident["id"],),
        ).fetchone()[0]
        weather = conn.execute(
            "SELECT wind_from_deg FROM crisis.weather_observations WHERE situation_id = %s "
            "ORDER BY observed_at DESC LIMIT 1",
            (incident["id"],),
        ).fetchone()
    shown = [int(el.get_attribute("data-id")) for el in entries[:5]]
    assert shown == [row[0] for row in newest]
    urgent = page.find_all("#entries .entry--urgent")
    assert urgent and all(el.get_attribute("data-priority") == "urgent" for el in urgent)
    assert len(urgent) <= urgent_count

    # Weather: the arrow points downwind.
    page.visible("#weather")
    needle = page.find("#weather-arrow-needle").get_attribute("transform")
    assert needle == f"rotate({(float(weather[0]) + 180) % 360:g})"
    assert f"{round(weather[0])}°" in page.find("#weather-facts").text
    page.wait_live()
    page.screenshot("situation")
    assert page.severe_console_messages() == []


def test_channel_filter_and_corrections(page, demo_situations):
    page.sign_in(PLANNER)
    page.open_situation(demo_situations["incident"]["title"])
    page.wait_for_entries()
    page.find("#feed-refine-summary").click()  # the filters beside the search are folded away
    Select(page.find("#feed-channel-filter")).select_by_value("D1")
    page.wait_until(lambda: set(page.entry_channels()) == {"D1"}, message="the channel filter did not apply")
    Select(page.find("#feed-channel-filter")).select_by_value("")
    page.wait_until(lambda: len(set(page.entry_channels())) > 2, message="the filter was not lifted")

    link = page.wait_until(lambda: page.find_all("#entries .entry__corrects a"), message="no correction shown")[0]
    correction = link.find_element(By.XPATH, "./ancestor::li[contains(@class, 'entry')]")
    target_id = link.get_attribute("href").rsplit("-", 1)[1]
    link.click()
    target = page.wait_until(lambda: page.find_all(f"#entry-{target_id}"))[0]
    assert page.js("return document.activeElement.id") == f"entry-{target_id}"
    assert (
        f"#{correction.get_attribute('data-id')}" in target.find_element(By.CSS_SELECTOR, ".entry__corrected-by").text
    )


def test_posting_an_entry_from_the_form(page, database, demo_situations, user_ids):
    page.sign_in(PLANNER)
    page.open_situation(demo_situations["incident"]["title"])
    page.wait_for_entries()
    page.wait_live()
    text = f"Evacuation bus 3 left the regroupment point ({secrets.token_hex(4)})."
    page.visible("#entry-body").send_keys(text)
    Select(page.find("#entry-channel")).select_by_value("coordination")
    Select(page.find("#entry-priority")).select_by_value("urgent")
    page.find("#entry-submit").click()
    entry = page.wait_until(lambda: page.entry_with_text(text), message="the posted entry is not shown")
    assert "entry--urgent" in entry.get_attribute("class")
    assert page.find_all("#entries .entry")[0].get_attribute("data-id") == entry.get_attribute("data-id")
    assert page.find("#entry-body").get_attribute("value") == ""
    time.sleep(1)  # the live feed brings the same entry back: it must not be shown twice
    assert sum(1 for el in page.find_all("#entries .entry__body") if el.text == text) == 1
    with psycopg.connect(database.admin_url) as conn:
        rows = conn.execute(
            "SELECT id, situation_id, channel, priority, author_id FROM crisis.feed_entries WHERE body = %s", (text,)
        ).fetchall()
    assert rows == [
        (
            int(entry.get_attribute("data-id")),
            demo_situations["incident"]["id"],
            "coordination",
            "urgent",
            user_ids[PLANNER],
        )
    ]


def test_correcting_an_entry_from_the_form(page, database, demo_situations):
    page.sign_in(OFFICER)
    page.open_situation(demo_situations["incident"]["title"])
    page.wait_for_entries()
    # A fire officer (D1 editor) writes in the multidisciplinary feed and in D1's, as the API allows.
    options = [o.get_attribute("value") for o in Select(page.find("#entry-channel")).options]
    assert options == ["multidisciplinary", "D1"]
    assert page.find("#entry-channel").get_attribute("value") == "D1"
    original = page.find('#entries .entry[data-channel="D1"]')
    original_id, channel = int(original.get_attribute("data-id")), original.get_attribute("data-channel")
    original.find_element(By.CSS_SELECTOR, f'[aria-label="Post a correction of entry #{original_id}"]').click()
    assert f"#{original_id}" in page.visible("#entry-correcting").text
    assert page.js("return document.activeElement.id") == "entry-body"
    text = f"Correction: the figure above should read 35 % ({secrets.token_hex(4)})."
    page.find("#entry-body").send_keys(text)
    page.screenshot("correcting")
    page.find("#entry-submit").click()
    correction = page.wait_until(lambda: page.entry_with_text(text), message="the correction is not shown")
    assert f"Corrects #{original_id}" in correction.find_element(By.CSS_SELECTOR, ".entry__corrects").text
    corrected = page.find(f"#entry-{original_id}")
    assert (
        f"#{correction.get_attribute('data-id')}"
        in corrected.find_element(By.CSS_SELECTOR, ".entry__corrected-by").text
    )
    assert not page.find("#entry-correcting").is_displayed()
    page.screenshot("corrected")
    with psycopg.connect(database.admin_url) as conn:
        row = conn.execute("SELECT corrects_id, channel FROM crisis.feed_entries WHERE body = %s", (text,)).fetchone()
    assert row == (original_id, channel)


def test_entry_posted_elsewhere_appears_live(page, platform, api_as, demo_situations):
    incident = demo_situations["incident"]
    page.sign_in(PLANNER)
    page.open_situation(incident["title"])
    page.wait_for_entries()
    page.wait_live()
    page.js("window.__sameDocument = true;")
    text = f"D1: second water curtain in place at the wagon ({secrets.token_hex(4)})."
    officer = api_as(OFFICER)
    response = officer.post(
        f"{platform.origin}/api/situations/{incident['id']}/feed",
        json={"channel": "D1", "priority": "important", "body": text},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    entry = page.wait_until(lambda: page.entry_with_text(text), 15, "the officer's entry did not arrive live")
    assert entry.get_attribute("data-id") == str(response.json()["id"])
    assert "Fire Rescue Zone Antwerp" in entry.text
    assert page.js("return window.__sameDocument === true"), "the page was reloaded"
    page.screenshot("live")


def test_clicking_the_map_shows_what_is_there(page, database, demo_situations):
    incident = demo_situations["incident"]
    page.sign_in(PLANNER)
    page.open_situation(incident["title"])
    page.wait_for_entries()
    button = page.wait_until(
        lambda: [b for b in page.find_all("#entries .entry__actions .link-button") if b.text == "Show on map"],
        message="no entry with a location",
    )[0]
    entry_id = int(button.find_element(By.XPATH, "./ancestor::li[contains(@class, 'entry')]").get_attribute("data-id"))
    button.click()
    time.sleep(1.0)  # the view's animation
    map_el = page.find("#map")
    map_el.click()  # the centre of the map: the entry's place
    page.wait_until(
        lambda: page.find("#feature-info").is_displayed() and page.find_all("#feature-info-body .feature"),
        15,
        "no details after a click on the map",
    )
    titles = {
        el.text
        for el in page.find_all(
            "#feature-info-body .feature--anchors .feature__title, "
            "#feature-info-body .feature--perimeters .feature__title, "
            "#feature-info-body .feature--area .feature__title"
        )
    }
    # The entry's own place is among what is there, with its text.
    assert any(
        el.get_attribute("data-id") == str(entry_id)
        for el in page.find_all("#feature-info-body .feature--feed_entries")
    )
    with psycopg.connect(database.admin_url) as conn:
        labels = {
            row[0]
            for row in conn.execute(
                "SELECT label FROM crisis.perimeters WHERE situation_id = %(s)s UNION "
                "SELECT label FROM crisis.anchors WHERE situation_id = %(s)s UNION "
                "SELECT title FROM crisis.situations WHERE id = %(s)s",
                {"s": incident["id"]},
            )
        }
        containing = {
            row[0]
            for row in conn.execute(
                "SELECT p.label FROM crisis.perimeters p, crisis.feed_entries f WHERE f.id = %s "
                "AND p.situation_id = f.situation_id AND ST_Contains(p.geom, f.location)",
                (entry_id,),
            )
        }
    assert titles and titles <= labels
    assert containing <= titles
    page.screenshot("feature_info")


def test_outsider_does_not_see_the_antwerp_incident(page, demo_situations):
    incident, exercise = demo_situations["incident"], demo_situations["exercise"]
    page.sign_in(OUTSIDER)
    titles = page.listed_titles()
    assert exercise["title"] in titles and incident["title"] not in titles
    card = page.find(f'.situation-card[data-id="{exercise["id"]}"]')
    assert "EXERCISE" in card.find_element(By.CSS_SELECTOR, ".badges").text

    page.open(f"#/situations/{incident['id']}")
    page.wait_until(lambda: "not shared" in page.find("#situation-title").text, message="no not-found message")
    assert page.find_all("#entries .entry") == []
    assert not page.find("#entry-form").is_displayed()

    page.open(f"#/situations/{exercise['id']}")
    page.wait_for_entries()
    banner = page.visible("#exercise-banner")
    assert "EXERCISE" in banner.text
    page.wait_map_drawn()
    page.screenshot("outsider_exercise")


def test_filters_of_the_list(page, database, demo_situations):
    page.sign_in(COORDINATOR)
    assert {s["title"] for s in demo_situations.values()} <= set(page.listed_titles())
    Select(page.find("#filter-kind")).select_by_value("exercise")
    with psycopg.connect(database.admin_url) as conn:  # other tests of the suite add exercises of their own
        exercises = {row[0] for row in conn.execute("SELECT title FROM crisis.situations WHERE kind = 'exercise'")}
    assert demo_situations["exercise"]["title"] in exercises
    page.wait_until(lambda: set(page.listed_titles()) == exercises, message="the kind filter did not apply")
    Select(page.find("#filter-kind")).select_by_value("")
    Select(page.find("#filter-status")).select_by_value("archived")
    page.wait_until(lambda: page.listed_titles() == [], message="the status filter did not apply")


def test_reader_cannot_post_and_logout_ends_the_session(page, platform, demo_situations):
    page.sign_in("reader@police-antwerp.demo")
    page.open_situation(demo_situations["incident"]["title"])
    page.wait_for_entries()
    assert not page.find("#entry-form").is_displayed()
    token = page.js("return sessionStorage.getItem('crisis.token')")
    page.find("#logout").click()
    page.visible("#view-login")
    assert page.js("return sessionStorage.getItem('crisis.token')") is None
    me = requests.get(f"{platform.origin}/api/me", headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert me.status_code == 401
