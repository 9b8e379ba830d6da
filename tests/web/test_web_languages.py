"""The web view in four languages, every situation action from the browser, photos and files in the logbook, a
phone-sized window and accessibility (axe-core), in headless Chromium. Screenshots of each step are kept under
var/test-artifacts/web/ (1440x900 and 390x844)."""

from __future__ import annotations

import base64
import os
import re
import secrets
from pathlib import Path

import psycopg
import pytest
import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from test_vocabulary import web_strings

from server_services.config import ROOT

ARTIFACTS = Path(os.environ.get("CRISIS_VAR_DIR", ROOT / "var")) / "test-artifacts" / "web"
AXE = ROOT / "server_services" / "web" / "node_modules" / "axe-core" / "axe.min.js"
USERS = {
    "en": "planner@province-antwerp.demo",
    "fr": "planu@city-brussels.demo",
    "nl": "planu@city-antwerp.demo",
    "de": "officer@fire-eupen.demo",
}
PHONE, DESKTOP = (390, 844), (1440, 900)
# A 1x1 PNG and a one-page PDF, as a phone camera and a scanner would send them.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC")
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


@pytest.fixture
def sized(page):
    """The page, and a way to set the window's size; the desktop size is put back afterwards."""

    def size(width_height):
        width, height = width_height
        page.driver.set_window_size(width, height)
        # The window holds more than the page: make the page itself (the viewport) the size asked for.
        extra = page.js("return window.outerHeight - window.innerHeight")
        page.driver.set_window_size(width, height + extra)
        page.wait_until(
            lambda: page.js("return [window.innerWidth, window.innerHeight]") == [width, height],
            5,
            "the window did not resize",
        )

    yield size
    page.driver.set_window_size(*DESKTOP)


@pytest.fixture(scope="module")
def vocabulary(database):
    with psycopg.connect(database.admin_url) as conn:
        rows = conn.execute(
            "SELECT list, code, label_en, label_fr, label_nl, label_de FROM crisis.vocabulary"
        ).fetchall()
    return {(name, code): dict(zip(("en", "fr", "nl", "de"), labels, strict=True)) for name, code, *labels in rows}


def visible_texts(page) -> str:
    """What a person sees or hears: the rendered text, and the placeholders and accessible names shown."""
    return page.js("""
      const parts = [document.body.innerText];
      for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
        if (!el.closest('[hidden]') && el.getClientRects().length) {
          for (const name of ['placeholder', 'aria-label', 'title']) parts.push(el.getAttribute(name) || '');
        }
      }
      return parts.join('\\n');""")


def assert_speaks(page, language: str) -> None:
    """The page speaks `language`: lang set, no key shown raw, and (not English) no English text of ours."""
    assert page.js("return document.documentElement.lang") == language
    text = visible_texts(page)
    english, own = web_strings("en"), web_strings(language)
    keys = [k for k in english if k in text]
    assert keys == [], f"untranslated keys shown: {keys}"
    if language != "en":
        shared = {v for v in own.values() if isinstance(v, str)}  # words both languages use ("Status", "Info")
        left = sorted(
            {
                v
                for k, v in english.items()
                if isinstance(v, str)
                and "{" not in v
                and len(v) > 3
                and v not in shared
                and re.search(rf"(?<!\w){re.escape(v)}(?!\w)", text)
            }
        )
        assert left == [], f"English text in a {language} page: {left}"


def test_every_language_has_every_key_with_the_same_placeholders():
    english = web_strings("en")
    for language in ("fr", "nl", "de"):
        strings = web_strings(language)
        assert sorted(strings) == sorted(english), language
        for key, text in english.items():
            if isinstance(text, str):
                assert sorted(re.findall(r"\{(\w+)\}", strings[key])) == sorted(re.findall(r"\{(\w+)\}", text)), key
            else:
                assert len(strings[key]) == len(text), key


@pytest.mark.parametrize("language", ["en", "fr", "nl", "de"])
def test_each_user_sees_the_whole_page_in_their_language(page, database, vocabulary, demo_situations, language):
    page.login(USERS[language])
    assert_speaks(page, language)
    page.wait(lambda d: page.find_all(".situation-card"), message="no situation listed")
    cards = page.find_all(".situation-card")
    kinds = {page.js("return arguments[0].dataset.kind", c) for c in cards}
    badge_texts = {b.text for b in page.find_all(".situation-card .badge")}
    for kind in kinds - {"exercise", "test"}:
        assert vocabulary[("situation_kinds", kind)][language] in badge_texts
    options = [o.text for o in Select(page.find("#filter-status")).options[1:]]
    assert options == [
        vocabulary[("situation_statuses", s)][language] for s in ("draft", "active", "closed", "archived")
    ]
    page.screenshot(f"list_{language}")

    # A demo situation this user sees (other suites' situations may come first, with nothing on their map)
    demo_ids = {str(s["id"]) for s in demo_situations.values()}
    next(c for c in page.find_all(".situation-card") if c.get_attribute("data-id") in demo_ids).find_element(
        By.CSS_SELECTOR, ".situation-card__link"
    ).click()
    page.wait_for_entries()
    page.wait_until(lambda: page.find("#logbook-clock").text, message="no clock shown")
    assert_speaks(page, language)
    chips = {c.text for c in page.find_all("#entries .chip")}
    labels = {
        vocabulary[("feed_channels", c)][language]
        for c in page.js("return [...document.querySelectorAll('#entries .entry')].map(e => e.dataset.channel)")
    }
    assert chips == labels
    clock = page.find("#logbook-clock").text
    assert re.search(r"(CET|CEST|UTC\+[12]|GMT\+[12]|MEZ|MESZ)", clock), clock
    page.find("#feature-list-toggle").click()
    items = page.wait_until(lambda: page.find_all(".feature-list__item"), message="no places or zones listed")
    kind_texts = {el.text for el in page.find_all(".feature-list__kind")}
    assert kind_texts <= {
        v[language] for (name, _code), v in vocabulary.items() if name in ("anchor_kinds", "perimeter_kinds")
    }
    items[0].click()  # a place reached without the mouse on the map: its details, in the same words
    kind = items[0].find_element(By.CSS_SELECTOR, ".feature-list__kind").text
    page.wait_until(lambda: kind in page.find("#feature-info-body").text, message="no details of the listed feature")
    assert_speaks(page, language)
    page.screenshot(f"situation_{language}")
    assert page.severe_console_messages() == []


def test_before_login_the_page_speaks_the_browsers_language(page):
    agent = page.js("return navigator.userAgent")
    page.driver.execute_cdp_cmd("Emulation.setUserAgentOverride", {"userAgent": agent, "acceptLanguage": "de-BE,de"})
    try:
        page.open()
        page.visible("#login-email")
        assert page.find("#login-submit").text == web_strings("de")["login.submit"]
        assert_speaks(page, "de")
        page.find('#language-switch [data-language="fr"]').click()
        page.wait_until(lambda: page.find("#login-title").text == web_strings("fr")["login.title"])
        assert page.find('#language-switch [data-language="fr"]').get_attribute("aria-pressed") == "true"
        assert_speaks(page, "fr")
    finally:
        page.driver.execute_cdp_cmd("Emulation.setUserAgentOverride", {"userAgent": agent, "acceptLanguage": "en-GB"})
        page.js("localStorage.clear()")


def test_switching_language_changes_the_page_and_the_account(page, database, vocabulary, demo_situations):
    page.login("planner@province-antwerp.demo")
    try:
        page.open_situation(demo_situations["incident"]["title"])
        page.wait_for_entries()
        page.find('#language-switch [data-language="nl"]').click()
        page.wait_until(lambda: page.find("#logbook-title").text == "Logboek", message="not switched to Dutch")
        page.wait_for_entries()
        assert_speaks(page, "nl")
        badges = [b.text for b in page.find_all("#situation-badges .badge")]
        assert vocabulary[("coordination_phases", "provincial")]["nl"] in badges
        page.wait_until(
            lambda: _language_of(database, "planner@province-antwerp.demo") == "nl",
            message="the account's language was not stored",
        )
        api_error = page.js("""return fetch('/api/situations/987654321', {headers: {
            Authorization: 'Bearer ' + sessionStorage.getItem('crisis.token'), 'Accept-Language': 'nl'}})
            .then(r => r.json());""")
        assert api_error["error"]["message"].startswith("Deze situatie bestaat niet")
        page.screenshot("switched_to_dutch")
    finally:
        with psycopg.connect(database.admin_url) as conn:
            conn.execute("UPDATE crisis.users SET language = 'en' WHERE email = 'planner@province-antwerp.demo'")


def _language_of(database, email):
    with psycopg.connect(database.admin_url) as conn:
        return conn.execute("SELECT language FROM crisis.users WHERE email = %s", (email,)).fetchone()[0]


def _confirm_dialog(page):
    page.wait_until(lambda: page.js("return document.getElementById('action-dialog').open"), message="no dialog")
    page.find("#action-dialog-confirm").click()
    page.wait_until(
        lambda: not page.js("return document.getElementById('action-dialog').open"),
        message="the dialog stayed open: " + page.find("#action-dialog-error").text,
    )


def test_on_a_phone_a_coordinator_creates_activates_raises_and_shares_an_exercise(
    page, sized, platform, database, api_as
):
    sized(PHONE)
    try:
        page.sign_in("planner@province-antwerp.demo")
    finally:
        page.screenshot("phone_login")
    page.screenshot("phone_list")
    page.find("#new-situation").click()
    page.visible("#form-title-input")
    page.find("#form-exercise").click()
    assert Select(page.find("#form-kind")).first_selected_option.get_attribute("value") == "exercise"
    title = f"Exercise chlorine {secrets.token_hex(3)}"
    page.find("#form-title-input").send_keys(title)
    page.find("#form-description").send_keys("Table-top exercise of the BNIP with the port.")
    plans = Select(
        page.wait_until(lambda: len(Select(page.find("#area-plan")).options) > 1 and page.find("#area-plan"))
    )
    plans.select_by_index(1)
    page.wait_until(lambda: page.find("#area-state").text == web_strings("en")["form.areaSet"])
    page.screenshot("phone_new_situation")
    page.find("#form-submit").click()
    page.wait_until(lambda: page.find("#situation-title").text == title, message="the situation did not open")
    assert page.find("#exercise-banner").is_displayed()
    assert page.js("return document.documentElement.scrollWidth") <= PHONE[0], "the page is wider than a phone"

    page.find('#situation-actions [data-action="active"]').click()
    page.find("#action-reason").send_keys("Exercise starts")
    _confirm_dialog(page)
    page.find('#situation-actions [data-action="phase"]').click()
    Select(page.find("#action-value")).select_by_value("provincial")
    page.find("#action-reason").send_keys("Plume over two municipalities (exercise)")
    _confirm_dialog(page)
    page.find('#situation-actions [data-action="share"]').click()
    page.visible("#share-search").send_keys("Liège")
    button = page.wait_until(
        lambda: [
            b
            for b in page.find_all("#share-results [data-share]")
            if "Province of Liège" in b.find_element(By.XPATH, "..").text
        ],
        message="the province of Liège was not found",
    )[0]
    button.click()
    page.wait_until(lambda: "Province of Liège" in page.find("#share-current").text, message="not shared")
    page.screenshot("phone_shared")
    page.js("document.getElementById('action-dialog').close()")
    page.wait_until(
        lambda: any("Plume over two municipalities" in el.text for el in page.find_all("#entries .entry")),
        message="the reason of the phase change is not in the logbook",
    )

    with psycopg.connect(database.admin_url) as conn:
        sid, status, phase, exercise = conn.execute(
            "SELECT id, status, phase, is_exercise FROM crisis.situations WHERE title = %s", (title,)
        ).fetchone()
        shared = [
            r[0]
            for r in conn.execute(
                "SELECT o.slug FROM crisis.situation_shares s JOIN crisis.organisations o "
                "ON o.id = s.organisation_id WHERE s.situation_id = %s",
                (sid,),
            )
        ]
    assert (status, phase, exercise, shared) == ("active", "provincial", True, ["province-liege"])

    # A photo posted from the phone's form.
    photo = ARTIFACTS / "exercise-photo.png"
    photo.parent.mkdir(parents=True, exist_ok=True)
    photo.write_bytes(PNG)
    page.find("#jump-post").click()
    page.find("#entry-body").send_keys("Photo of the staging area (exercise)")
    page.find("#entry-photo").send_keys(str(photo))
    page.wait_until(lambda: page.find_all("#entry-chosen img"), message="no preview of the chosen photo")
    page.find("#entry-submit").click()
    page.wait_until(lambda: page.find_all("#entries .entry__thumb[src^='blob:']"), message="the photo is not shown")
    page.screenshot("phone_photo_posted")

    # The shared organisation's user sees it appear; others do not.
    page.find("#logout").click()
    page.visible("#login-email")
    sized(DESKTOP)
    try:
        page.sign_in("outsider@province-liege.demo")
    finally:
        page.screenshot("outsider_login")
    assert title in page.listed_titles()
    for email in ("reader@police-antwerp.demo", "officer@fire-liege.demo"):
        assert api_as(email).get(f"{platform.origin}/api/situations/{sid}", timeout=30).status_code == 404, email


def test_photo_and_pdf_attached_to_an_entry_downloaded_by_another_outsider_404(
    page, platform, database, demo_situations, api_as, tmp_path
):
    incident = demo_situations["incident"]
    photo, pdf = tmp_path / "leak.png", tmp_path / "report.pdf"
    photo.write_bytes(PNG)
    pdf.write_bytes(PDF)
    page.sign_in("planner@province-antwerp.demo")
    page.open_situation(incident["title"])
    page.wait_for_entries()
    page.wait_live()
    text = f"Photo and measurement report of the leak ({secrets.token_hex(3)})"
    page.find("#entry-body").send_keys(text)
    page.find("#entry-file").send_keys(f"{photo}\n{pdf}")
    page.wait_until(lambda: len(page.find_all("#entry-chosen li")) == 2, message="the files were not chosen")
    page.find("#entry-submit").click()
    entry = page.wait_until(lambda: page.entry_with_text(text), message="the entry is not shown")
    page.wait_until(
        lambda: entry.find_elements(By.CSS_SELECTOR, ".entry__thumb[src^='blob:']"), message="no preview of the photo"
    )
    assert "report.pdf" in entry.text
    entry.find_element(By.CSS_SELECTOR, ".thumb-button").click()
    page.wait_until(lambda: page.js("return document.getElementById('image-dialog').open"), message="no image dialog")
    page.screenshot("photo_preview")
    page.js("document.getElementById('image-dialog').close()")

    entry_id = int(entry.get_attribute("data-id"))
    body = (
        api_as("officer@fire-antwerp.demo")
        .get(f"{platform.origin}/api/situations/{incident['id']}/feed/{entry_id}", timeout=30)
        .json()
    )
    files = {a["filename"]: a for a in body["attachments"]}
    assert set(files) == {"leak.png", "report.pdf"}
    officer = api_as("officer@fire-antwerp.demo")
    for name, content in (("leak.png", PNG), ("report.pdf", PDF)):
        answer = officer.get(platform.origin + files[name]["url"], timeout=30)
        assert answer.status_code == 200 and answer.content == content, name
        outsider = api_as("outsider@province-liege.demo").get(platform.origin + files[name]["url"], timeout=30)
        assert outsider.status_code == 404
    assert requests.get(platform.origin + files["leak.png"]["url"], timeout=30).status_code == 401


def test_a_reader_is_told_why_there_is_no_form(page, demo_situations):
    page.sign_in("reader@police-antwerp.demo")
    page.open_situation(demo_situations["incident"]["title"])
    page.wait_for_entries()
    assert not page.find("#entry-form").is_displayed()
    note = page.find("#entry-readonly")
    assert note.is_displayed() and "Reader" in note.text


def _axe(page, context: str) -> list:
    if not page.js("return typeof axe !== 'undefined'"):
        page.js(AXE.read_text(encoding="utf-8"))
    result = page.driver.execute_async_script("""
      const done = arguments[arguments.length - 1];
      axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
        .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target)}))))
        .catch(e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_violation(page, sized, demo_situations, size):
    assert AXE.is_file(), "axe-core is missing: run npm ci in server_services/web"
    sized(size)
    page.driver.set_script_timeout(60)
    page.open()
    page.visible("#login-email")
    assert _axe(page, "login") == []
    page.login("planner@province-antwerp.demo")
    assert _axe(page, "list") == []
    page.open_situation(demo_situations["incident"]["title"])
    page.wait_for_entries()
    toggle = page.find("#feature-list-toggle")
    page.js("arguments[0].scrollIntoView({block: 'center'})", toggle)
    toggle.click()
    page.wait_until(lambda: page.find_all(".feature-list__item"))
    assert _axe(page, "situation") == []
    name = "desktop" if size == DESKTOP else "phone"
    page.screenshot(f"axe_situation_{name}")


def test_the_web_app_manifest(platform):
    page = requests.get(f"{platform.origin}/", timeout=30).text
    assert 'rel="manifest" href="/manifest.webmanifest"' in page
    answer = requests.get(f"{platform.origin}/manifest.webmanifest", timeout=30)
    assert answer.headers["Content-Type"].startswith("application/manifest+json")
    manifest = answer.json()
    assert manifest["display"] == "standalone" and manifest["start_url"] == "/"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert requests.get(platform.origin + icon["src"], timeout=30).status_code == 200
