"""Shared fixtures: a database of the test session's own (migrated, demo loaded) and the running platform."""

from __future__ import annotations

import os
import secrets
import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from server_services.config import load_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DEMO_PASSWORD = "demo-crisis-2026"


@dataclass(frozen=True)
class TestDatabase:
    name: str
    admin_url: str
    app_url: str


def _with_dbname(url: str, dbname: str) -> str:
    params = conninfo_to_dict(url)
    params["dbname"] = dbname
    return make_conninfo(**params)


@pytest.fixture(scope="session")
def settings():
    return load_settings()


@pytest.fixture(scope="session")
def database_factory(settings):
    """Makes empty databases on the cluster (dropped at the end of the session)."""
    made: list[str] = []

    def make(prefix: str = "crisis_test") -> TestDatabase:
        name = f"{prefix}_{secrets.token_hex(4)}"
        with psycopg.connect(_with_dbname(settings.admin_database_url, "postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return TestDatabase(name, _with_dbname(settings.admin_database_url, name),
                            _with_dbname(settings.app_database_url, name))

    yield make
    with psycopg.connect(_with_dbname(settings.admin_database_url, "postgres"), autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def database(database_factory) -> TestDatabase:
    """This test session's database: migrated, with the demo scenario loaded."""
    from server_services.demo import load_demo
    from server_services.migrations import migrate

    db = database_factory()
    migrate(db.admin_url, log=lambda *_: None)
    load_demo(db.admin_url)
    return db


@pytest.fixture
def admin_conn(database):
    with psycopg.connect(database.admin_url) as conn:
        yield conn


@pytest.fixture
def app_conn(database):
    """Connected as the services' role (crisis_app)."""
    with psycopg.connect(database.app_url) as conn:
        yield conn


@pytest.fixture(scope="session")
def user_ids(database) -> dict[str, int]:
    with psycopg.connect(database.admin_url) as conn:
        return dict(conn.execute("SELECT email::text, id FROM crisis.users").fetchall())


def _free_port_block(size: int = 3) -> int:
    """A base port with `size` consecutive free ports after it."""
    for _ in range(200):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            base = s.getsockname()[1]
        if base + size >= 65535:
            continue
        ok = True
        for p in range(base, base + size):
            with socket.socket() as s:
                try:
                    s.bind(("127.0.0.1", p))
                except OSError:
                    ok = False
                    break
        if ok:
            return base
    raise RuntimeError("no free ports")


@pytest.fixture(scope="session")
def platform(database, settings):
    """The whole platform (API, OGC front, nginx origin) running against the test database."""
    from server_services.config import Settings
    from server_services.stack import Ports, Stack

    base = _free_port_block()
    work = Path(tempfile.mkdtemp(prefix="crisis-platform-"))
    test_settings = Settings(admin_database_url=database.admin_url, app_database_url=database.app_url,
                             port=base, var_dir=work)
    stack = Stack(test_settings, Ports(base, base + 1, base + 2), work / "run", work / "log")
    try:
        stack.start(timeout=120)
    except Exception:
        stack.stop()
        for log in sorted((work / "log").glob("*.log")):
            print(f"--- {log}\n{log.read_text()[-3000:]}")
        raise
    yield stack
    stack.stop()
