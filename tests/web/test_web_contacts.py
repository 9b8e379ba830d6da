"""Contacts in the browser: the situation's panel (people by role, tap-to-call, vCard) and the directory, as the
Antwerp planner and as the Liège outsider."""

from __future__ import annotations

import psycopg
import pytest
from selenium.webdriver.common.by import By

PLANNER = "planner@province-antwerp.demo"
OUTSIDER = "outsider@province-liege.demo"
READER = "reader@police-antwerp.demo"


@pytest.fixture(scope="module")
def people(database) -> dict[str, int]:
    with psycopg.connect(database.admin_url) as conn:
        return dict(conn.execute("SELECT full_name, id FROM crisis.contacts").fetchall())


def _panel_people(page) -> dict[str, dict]:
    return page.js("""
        const out = {};
        for (const el of document.querySelectorAll('#contacts-list .contact')) {
          const role = el.closest('.contact-group').querySelector('.contact-group__role').textContent;
          const name = el.querySelector('.contact__name').textContent;
          out[name] = out[name] || {roles: [], tel: [], shown: []};
          out[name].roles.push(role);
          for (const a of el.querySelectorAll('a.contact__phone')) {
            out[name].tel.push(a.getAttribute('href')); out[name].shown.push(a.textContent);
          }
        }
        return out;""")


def test_planner_sees_the_safety_officer_and_the_dir_med_with_phones(page, database, demo_situations, people, user_ids):
    page.sign_in(PLANNER)
    page.open_situation(demo_situations["incident"]["title"])
    page.visible("#contacts-toggle").click()
    page.visible("#contacts-panel")
    page.wait_until(lambda: page.find_all("#contacts-list .contact"), message="no contact in the panel")
    shown = _panel_people(page)
    goossens, vermeulen = shown["Dr. Katrien Goossens"], shown["Ir. Peter Vermeulen"]
    assert "Dir-Med" in goossens["roles"] and "Operator at the CP-Ops" in vermeulen["roles"]
    assert "tel:+32470000545" in goossens["tel"] and "+32 470 00 05 45" in goossens["shown"]
    assert vermeulen["tel"] and all(href.startswith("tel:+32") for href in vermeulen["tel"])
    # The list was traced, one row per person shown, for the planner.
    with psycopg.connect(database.admin_url) as conn:
        traced = {
            row[0]
            for row in conn.execute(
                "SELECT contact_id FROM crisis.contact_access_log WHERE user_id = %s AND action = 'list'",
                (user_ids[PLANNER],),
            )
        }
    assert {people["Dr. Katrien Goossens"], people["Ir. Peter Vermeulen"]} <= traced
    # A vCard of one person: fetched with the token, answered 200.
    card = page.find_all(f"#contacts-list .contact[data-contact-id='{people['Dr. Katrien Goossens']}'] .contact__vcard")
    card[0].click()
    page.wait_until(
        lambda: page.js(
            "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/api/contacts/' + arguments[0]"
            " + '/vcard') && e.responseStatus === 200)",
            people["Dr. Katrien Goossens"],
        ),
        message="no vCard fetched",
    )
    page.screenshot("contacts_panel")
    page.find("#contacts-close").click()
    assert not page.find("#contacts-panel").is_displayed()
    # Chromium asks for /favicon.ico when a download starts; the page itself names its icon.
    assert [m for m in page.severe_console_messages() if "favicon.ico" not in m] == []


def test_directory_card_read_is_in_the_access_log(page, api_as, people):
    dir_med = people["Dr. Katrien Goossens"]
    page.sign_in(PLANNER)
    page.visible("#contacts-directory-link").click()
    page.visible("#view-contacts")
    page.find("#contacts-q").send_keys("goossens")
    page.wait_until(
        lambda: page.find_all(f".directory-item__open[data-contact-id='{dir_med}']"),
        message="the search did not find the Dir-Med",
    )
    page.find(f".directory-item__open[data-contact-id='{dir_med}']").click()
    page.wait_until(lambda: page.find("#contacts-detail").text.startswith("Dr. Katrien Goossens"))
    assert "+32 3 004 14 24" in page.find("#contacts-detail").text
    log = api_as("admin@province-antwerp.demo").get(f"{page.origin}/api/contacts/{dir_med}/access-log")
    # The Dir-Med belongs to the EMS, not to the province: its access log is for the EMS's admins.
    assert log.status_code == 403
    planner_api = api_as(PLANNER)
    own = planner_api.get(f"{page.origin}/api/contacts", params={"q": "Wim Aerts"}).json()["items"][0]["id"]
    page.find("#contacts-q").clear()
    page.find("#contacts-q").send_keys("aerts")
    page.wait_until(lambda: page.find_all(f".directory-item__open[data-contact-id='{own}']"))
    page.find(f".directory-item__open[data-contact-id='{own}']").click()
    page.wait_until(lambda: page.find("#contacts-detail").text.startswith("Wim Aerts"))
    newest = api_as("admin@province-antwerp.demo").get(f"{page.origin}/api/contacts/{own}/access-log").json()
    assert newest["items"][0]["action"] == "read" and newest["items"][0]["user"]["display_name"].startswith("Jan")
    assert page.severe_console_messages() == []


def test_planner_creates_a_contact_and_links_it_to_the_incident(page, demo_situations, api_as):
    incident = demo_situations["incident"]
    page.sign_in(PLANNER)
    page.open(f"#/contacts?situation={incident['id']}")
    # The directory has loaded (its answer would otherwise redraw the panel over the form being filled in).
    page.wait_until(lambda: page.find_all(".directory-item__open"))
    page.visible("#contacts-new").click()
    page.visible("#contact-edit-save")  # the whole form is drawn (its lists come from /api/reference)
    page.visible("#contact-edit-full_name").send_keys("Browser Created Person")
    page.visible("#contact-edit-phones").send_keys("0478 12 34 56")
    page.visible("#contact-edit-email").send_keys("browser.person@example.org")
    page.visible("#contact-edit-save").click()
    page.wait_until(lambda: page.find("#contacts-detail").text.startswith("Browser Created Person"))
    assert "+32 478 12 34 56" in page.find("#contacts-detail").text
    page.find("#contact-link-role").send_keys("Browser liaison")
    page.find("#contact-link-submit").click()
    people = api_as(READER).get(f"{page.origin}/api/situations/{incident['id']}/contacts").json()["items"]
    page.wait_until(
        lambda: any(
            i["role"] == "Browser liaison"
            for i in api_as(READER).get(f"{page.origin}/api/situations/{incident['id']}/contacts").json()["items"]
        ),
        message="not linked",
    )
    assert people is not None


def test_outsider_gets_404_for_the_card_and_does_not_find_it(page, api_as, people, demo_situations):
    dir_med = people["Dr. Katrien Goossens"]
    outsider = api_as(OUTSIDER)
    assert outsider.get(f"{page.origin}/api/contacts/{dir_med}").status_code == 404
    assert outsider.get(f"{page.origin}/api/contacts", params={"q": "Goossens"}).json()["total"] == 0
    page.sign_in(OUTSIDER)
    page.visible("#contacts-directory-link").click()
    page.find("#contacts-q").send_keys("Goossens")
    page.wait_until(lambda: page.find("#contacts-count").text.startswith("0 "), message="the search did not run")
    assert page.find_all(".directory-item__open") == []
    page.open(f"#/situations/{demo_situations['incident']['id']}")
    page.wait_until(
        lambda: "not exist" in page.find("#situation-title").text or "not shared" in page.find("#situation-title").text
    )
    assert not page.find("#contacts-toggle").is_displayed()
    assert page.driver.find_elements(By.CSS_SELECTOR, "#contacts-list .contact") == []
