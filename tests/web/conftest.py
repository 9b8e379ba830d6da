"""Fixtures for the web situation view: headless Chromium driven by Selenium against the running platform."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import psycopg
import pytest
import requests
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait
from support import DEMO_PASSWORD, make_demo_database, start_platform

from server_services.config import ROOT

SCREENSHOTS = Path(os.environ.get("CRISIS_VAR_DIR", ROOT / "var")) / "test-artifacts" / "web"
BLANK = "/web/static/img/favicon.svg"  # a page of the origin without the app: where each test starts
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1440,900",
    "--lang=en-GB",
]


# The browser checks what the page shows against the demo as loaded; other suites write into the shared
# database (more entries and situations), so the page gets a database and a platform of its own.
@pytest.fixture(scope="session")
def database(database_factory):
    return make_demo_database(database_factory)


@pytest.fixture(scope="session")
def platform(database):
    # The page reads the OGC front only for its feature list: two workers of production's four.
    yield from start_platform(database, {"CRISIS_OWS_WORKERS": "2"})


@pytest.fixture(scope="session")
def user_ids(database) -> dict[str, int]:
    with psycopg.connect(database.admin_url) as conn:
        return dict(conn.execute("SELECT email::text, id FROM crisis.users").fetchall())


@pytest.fixture(scope="session")
def demo_situations(database) -> dict[str, dict]:
    """The demo situations by kind: {"incident": {"id", "title"}, ...}."""
    with psycopg.connect(database.admin_url) as conn:
        rows = conn.execute(
            "SELECT DISTINCT ON (kind) kind, id, title FROM crisis.situations ORDER BY kind, id"
        ).fetchall()
    return {kind: {"id": sid, "title": title} for kind, sid, title in rows}


def _chromium(prefix: str):
    """A headless Chromium with a profile of its own (removed afterwards)."""
    profile = tempfile.mkdtemp(prefix=prefix)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in CHROMIUM_ARGS + [f"--user-data-dir={profile}"]:
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The Debian driver, never one fetched by Selenium Manager.
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def chromium():
    """One headless Chromium for the session."""
    yield from _chromium("crisis-web-chromium-")


@pytest.fixture(scope="session")
def second_chromium():
    """Another browser with its own session, for a second user looking at the same situation."""
    yield from _chromium("crisis-web-chromium2-")


def api_login(origin: str, email: str) -> dict:
    """The API's answer to a demo user's login: {"token", "user"}."""
    response = requests.post(f"{origin}/api/auth/login", json={"email": email, "password": DEMO_PASSWORD}, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


class Page:
    """The situation view in the browser, with the steps a user takes."""

    def __init__(self, driver, origin: str):
        self.driver = driver
        self.origin = origin

    def wait(self, condition, timeout: float = 15, message: str = ""):
        # The logbook redraws its list when a filter changes: an element seen a moment ago may be gone.
        return WebDriverWait(
            self.driver, timeout, poll_frequency=0.1, ignored_exceptions=[StaleElementReferenceException]
        ).until(condition, message)

    def visible(self, css: str, timeout: float = 15):
        return self.wait(EC.visibility_of_element_located((By.CSS_SELECTOR, css)), timeout, f"{css} not visible")

    def find(self, css: str):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css: str):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def open(self, fragment: str = "#/") -> None:
        self.driver.get(f"{self.origin}/{fragment}")

    def login(self, email: str, password: str = DEMO_PASSWORD) -> None:
        """Through the login form, as a user arriving at the page."""
        self.open()
        field = self.visible("#login-email")
        field.clear()  # the page keeps the last email typed, for the next login on the same device
        field.send_keys(email)
        self.find("#login-password").send_keys(password)
        self.find("#login-submit").click()
        self.wait_list_loaded()

    def sign_in(self, email: str, fragment: str = "#/") -> None:
        """As a user whose tab already holds a session: the API's login, its token and user kept in sessionStorage
        as the form keeps them (web/static/js/api.js), then the page opened at the fragment. A third of the form's
        cost in the browser; the form itself is what login() and the tests that call it go through."""
        body = api_login(self.origin, email)
        if self.driver.current_url != self.origin + BLANK:  # so that opening the page below loads it afresh
            self.driver.get(self.origin + BLANK)
        self.js(
            "sessionStorage.setItem('crisis.token', arguments[0]);"
            "sessionStorage.setItem('crisis.user', JSON.stringify(arguments[1]));",
            body["token"],
            body["user"],
        )
        self.open(fragment)
        if fragment == "#/":
            self.wait_list_loaded()

    def wait_list_loaded(self) -> None:
        self.visible("#view-list")
        self.wait(
            lambda d: (
                self.find("#situation-count").text and self.find("#situation-list").get_attribute("aria-busy") is None
            ),
            message="the list did not load",
        )

    def listed_titles(self) -> list[str]:
        return [el.text for el in self.find_all(".situation-card__title")]

    def open_situation(self, title: str) -> None:
        for card in self.find_all(".situation-card__link"):
            if card.find_element(By.CSS_SELECTOR, ".situation-card__title").text == title:
                card.click()
                break
        else:
            raise AssertionError(f"{title!r} is not listed")
        self.visible("#view-situation")
        self.wait(lambda d: self.find("#situation-title").text == title, message="the situation did not open")

    def wait_for_entries(self, timeout: float = 15):
        self.wait(lambda d: self.find_all("#entries .entry"), timeout, "no logbook entry shown")
        return self.find_all("#entries .entry")

    def entry_with_text(self, text: str):
        for el in self.find_all("#entries .entry"):
            if text in el.find_element(By.CSS_SELECTOR, ".entry__body").text:
                return el
        return None

    def entry_channels(self) -> list[str]:
        return self.js("return [...document.querySelectorAll('#entries .entry')].map(e => e.dataset.channel)")

    def wait_live(self, timeout: float = 15) -> None:
        self.wait(
            lambda d: "live--live" in self.find("#live-state").get_attribute("class"),
            timeout,
            "the live feed did not connect",
        )

    def wait_map_drawn(self, timeout: float = 20) -> None:
        """Until the map's data is loaded and drawn (base map and layers) and no loading message is shown."""
        self.wait(
            lambda d: (
                self.find("#map-status").get_attribute("hidden") is not None
                and self.js(
                    "if (document.getElementById('map').dataset.ready !== 'true') return false;"
                    "return [...document.querySelectorAll('#map canvas')].some(c => c.width > 0 && c.getContext('2d')"
                    ".getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0));"
                )
            ),
            timeout,
            "the map was not drawn",
        )

    def severe_console_messages(self) -> list[str]:
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]

    def screenshot(self, name: str) -> None:
        """A picture of the page for a person to look at (var/test-artifacts/web), when CRISIS_TEST_SCREENSHOTS is
        set: each takes about a quarter of a second of the browser's time, and no test reads them."""
        if os.environ.get("CRISIS_TEST_SCREENSHOTS"):
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            self.driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))

    def wait_until(self, predicate, timeout: float = 15, message: str = ""):
        try:
            return self.wait(lambda d: predicate(), timeout, message)
        except TimeoutException:
            raise AssertionError(message or "condition not met in time") from None


@pytest.fixture
def page(chromium, platform) -> Page:
    """The browser on the platform's origin, logged out, with an empty console log."""
    chromium.get(platform.origin + BLANK)
    chromium.execute_script("sessionStorage.clear(); localStorage.clear();")
    chromium.get_log("browser")  # drop what earlier tests left
    return Page(chromium, platform.origin)


@pytest.fixture
def other_page(second_chromium, platform) -> Page:
    """The second browser on the platform's origin, logged out."""
    second_chromium.get(platform.origin + BLANK)
    second_chromium.execute_script("sessionStorage.clear(); localStorage.clear();")
    second_chromium.get_log("browser")
    return Page(second_chromium, platform.origin)


@pytest.fixture
def api_as(platform):
    """api_as(email) -> a requests session logged in to the API with a bearer token."""

    def login(email: str) -> requests.Session:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {api_login(platform.origin, email)['token']}"
        return session

    return login
