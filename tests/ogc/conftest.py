"""Fixtures for the OGC front: HTTP sessions per demo login on the running platform, the demo situations, a
headless QGIS for QGIS's own WFS and WMS providers, and WFS-T helpers."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import psycopg
import pytest
import requests
from support import DEMO_PASSWORD, wfs_geojson

from .helpers import WFS_NS, login_session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass(frozen=True)
class Situation:
    id: int
    kind: str
    status: str
    title: str
    owner_org_id: int


@pytest.fixture(scope="session")
def ows(platform) -> str:
    return f"{platform.origin}/ows"


@pytest.fixture(scope="session")
def sessions(platform):
    """An HTTP session per demo login (HTTP Basic), made on first use."""
    made: dict[str, requests.Session] = {}

    def get(email: str) -> requests.Session:
        if email not in made:
            made[email] = login_session(email)
        return made[email]

    yield get
    for session in made.values():
        session.close()


@pytest.fixture(scope="session")
def demo_logins(database) -> list[str]:
    with psycopg.connect(database.admin_url) as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT email::text FROM crisis.users WHERE email::text LIKE '%%.demo' ORDER BY id"
            ).fetchall()
        ]


@pytest.fixture(scope="session")
def situations(database) -> dict[str, Situation]:
    """The demo's situations by kind: incident (Antwerp), event (Brussels), exercise (Liège)."""
    with psycopg.connect(database.admin_url) as conn:
        rows = conn.execute(
            "SELECT id, kind, status, title, owner_org_id FROM crisis.situations ORDER BY id"
        ).fetchall()
    found = {}
    for row in rows:
        found.setdefault(row[1], Situation(*row))
    assert {"incident", "event", "exercise"} <= set(found), found
    return found


@pytest.fixture
def wfst(ows, sessions):
    """Posts a WFS 1.1.0 Transaction for a login; returns (HTTP status, parsed XML root)."""

    def post(email: str, actions: str):
        body = f'<wfs:Transaction service="WFS" version="1.1.0" {WFS_NS}>{actions}</wfs:Transaction>'
        response = sessions(email).post(
            f"{ows}?SERVICE=WFS", data=body.encode("utf-8"), headers={"Content-Type": "text/xml"}, timeout=60
        )
        return response.status_code, ET.fromstring(response.content)

    return post


@pytest.fixture
def basic_authcfg(qgis_app):
    """A QGIS authentication configuration (Basic) per login, as QGIS users keep their credentials."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    made = []

    def make(email: str) -> str:
        config = QgsAuthMethodConfig()
        config.setName(f"crisis {email}")
        config.setMethod("Basic")
        config.setConfig("username", email)
        config.setConfig("password", DEMO_PASSWORD)
        ok, config = QgsApplication.authManager().storeAuthenticationConfig(config)
        assert ok
        made.append(config.id())
        return config.id()

    yield make
    for config_id in made:
        QgsApplication.authManager().removeAuthenticationConfig(config_id)


@pytest.fixture
def read(ows, sessions):
    """A GetFeature of some features as a login (as a client reads before it edits); returns their versions."""

    def get(email: str, layer: str, *feature_ids: int) -> dict[int, int]:
        response = sessions(email).get(
            ows,
            params=wfs_geojson(layer, FEATUREID=",".join(f"{layer}.{i}" for i in feature_ids)),
            timeout=60,
        )
        assert response.status_code == 200, response.text[:300]
        return {f["properties"]["id"]: f["properties"]["version"] for f in response.json()["features"]}

    return get
