"""A database of this folder's own with the demo freshly loaded, untouched by the other suites' writes."""

from __future__ import annotations

import time
from dataclasses import dataclass

import psycopg
import pytest

from server_services.demo import load_demo
from server_services.migrations import migrate


@dataclass(frozen=True)
class DemoDatabase:
    admin_url: str
    app_url: str
    load_seconds: float
    loaded: bool


@pytest.fixture(scope="module")
def demo_db(database_factory) -> DemoDatabase:
    db = database_factory("crisis_demo_test")
    migrate(db.admin_url, log=lambda *_: None)
    started = time.perf_counter()
    loaded = load_demo(db.admin_url)
    return DemoDatabase(db.admin_url, db.app_url, time.perf_counter() - started, loaded)


@pytest.fixture
def conn(demo_db):
    with psycopg.connect(demo_db.admin_url) as conn:
        yield conn


@pytest.fixture(scope="module")
def users(demo_db) -> dict[str, int]:
    with psycopg.connect(demo_db.admin_url) as conn:
        return dict(conn.execute("SELECT email::text, id FROM crisis.users").fetchall())


def _situation(conn, kind: str) -> int:
    rows = conn.execute("SELECT id FROM crisis.situations WHERE kind = %s", (kind,)).fetchall()
    assert len(rows) == 1, f"expected one {kind} in the demo, found {len(rows)}"
    return rows[0][0]


@pytest.fixture
def incident(conn) -> int:
    return _situation(conn, "incident")


@pytest.fixture
def event(conn) -> int:
    return _situation(conn, "event")


@pytest.fixture
def exercise(conn) -> int:
    return _situation(conn, "exercise")
