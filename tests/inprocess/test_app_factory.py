"""create_app: from the environment when it runs as the service, from the given configuration alone in tests."""

from __future__ import annotations

import pytest

from server_services.api import DEFAULTS, create_app

pytestmark = pytest.mark.unit  # needs nothing: `pytest -m unit`

GIVEN = "postgresql://given.invalid/crisis"  # never connected to: making the app opens no connection


@pytest.fixture
def operator_environment(monkeypatch):
    """What `crisis start` gives the API process, with an operator's settings."""
    for name, value in {
        "CRISIS_SERVICE": "1",
        "CRISIS_APP_DATABASE_URL": "postgresql://from-environment/crisis",
        "CRISIS_DB_POOL_SIZE": "3",
        "CRISIS_TOKEN_TTL_HOURS": "0.5",
        "CRISIS_FEED_MAX_STREAMS": "7",
        "CRISIS_ALLOWED_ORIGINS": "https://GIS.example:443/",
    }.items():
        monkeypatch.setenv(name, value)


def test_the_service_is_configured_from_its_environment(operator_environment):
    config = create_app().config
    assert config["DATABASE_URL"] == "postgresql://from-environment/crisis"
    assert (config["DB_POOL_SIZE"], config["TOKEN_TTL_SECONDS"], config["FEED_MAX_STREAMS"]) == (3, 1800, 7)
    assert config["ALLOWED_ORIGINS"] == frozenset({"https://gis.example"})
    assert config["FEED_POLL_SECONDS"] == DEFAULTS["FEED_POLL_SECONDS"]


def test_a_given_configuration_reads_nothing_of_the_environment(operator_environment, monkeypatch):
    monkeypatch.setenv("CRISIS_DB_POOL_TIMEOUT", "not a number")  # would fail if it were read
    config = create_app({"DATABASE_URL": GIVEN, "FEED_POLL_SECONDS": 0.1}).config
    assert config["DATABASE_URL"] == GIVEN and config["FEED_POLL_SECONDS"] == 0.1
    assert all(config[key] == value for key, value in DEFAULTS.items() if key != "FEED_POLL_SECONDS")


def test_a_given_configuration_names_its_database():
    with pytest.raises(KeyError, match="DATABASE_URL"):
        create_app({"TESTING": True})


def test_the_app_serves_the_api_and_the_web_view():
    rules = {rule.rule for rule in create_app({"DATABASE_URL": GIVEN}).url_map.iter_rules()}
    assert {"/", "/api/health", "/api/situations", "/api/situations/<int:situation_id>/feed"} <= rules
