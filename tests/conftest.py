"""Shared fixtures: a database of the test session's own (migrated, demo loaded) and the running platform."""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest
from support import TestDatabase, make_demo_database, start_platform

from server_services.config import load_settings
from server_services.db import with_dbname

pytest_plugins = ("worker_groups",)  # how `make test` shares the suites between two workers
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
UNIT_MARK = "mark.unit"  # how a module marks its tests that need nothing (pytest.mark.unit)
TESTS = Path(__file__).resolve().parent
# What a unit test may not load: each costs seconds, and needs more than nothing.
NOT_FOR_UNIT_TESTS = ("qgis.core", "osgeo", "pyogrio", "selenium.webdriver")


def _unit_run(config) -> bool:
    return (config.getoption("markexpr") or "").strip() == "unit"


def _marks_unit_tests(path: Path) -> bool:
    files = [path] if path.is_file() else path.rglob("test_*.py")
    return any(UNIT_MARK in f.read_text(encoding="utf-8") for f in files)


def pytest_ignore_collect(collection_path: Path, config):
    """`pytest -m unit` does not import the modules (nor the folders' conftest files) that mark no test unit:
    importing every suite's clients and fixtures would take longer than running the unit tests themselves."""
    if not _unit_run(config) or collection_path == TESTS:
        return None
    if collection_path.is_dir() or (collection_path.name.startswith("test_") and collection_path.suffix == ".py"):
        return None if _marks_unit_tests(collection_path) else True
    return None


def pytest_sessionfinish(session, exitstatus):
    """Under `-m unit`, a run that loaded QGIS, GDAL or a browser driver fails: some test marked unit needs more."""
    loaded = [name for name in NOT_FOR_UNIT_TESTS if name in sys.modules]
    if _unit_run(session.config) and loaded:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        reporter.write_sep(
            "=", f"-m unit loaded {', '.join(loaded)}: a test marked unit needs more than nothing", red=True
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def settings():
    return load_settings()


@pytest.fixture(scope="session")
def database_factory(settings):
    """Makes empty databases on the cluster (dropped at the end of the session), as the owner role."""
    made: list[str] = []

    owner = settings.owner_database_url  # crisis_owner: CREATEDB, no superuser; extensions come from template1

    def make(prefix: str = "crisis_test", template: str | None = None) -> TestDatabase:
        """An empty database, or a copy of `template` (a database of this session no one is connected to)."""
        name = f"{prefix}_{secrets.token_hex(4)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(with_dbname(owner, "postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        made.append(name)
        return TestDatabase(name, with_dbname(owner, name), with_dbname(settings.app_database_url, name))

    yield make
    with psycopg.connect(with_dbname(owner, "postgres"), autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def database(database_factory) -> TestDatabase:
    """This test session's shared database: migrated, with the demo scenario loaded. Suites write to it."""
    return make_demo_database(database_factory)


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


@pytest.fixture(scope="session")
def platform(database):
    """The whole platform running against the shared test database."""
    yield from start_platform(database)


@pytest.fixture(scope="session")
def qgis_app():
    """The session's QgsApplication (widgets allowed), its settings and auth database in throwaway folders and a
    master password set, so that authentication configurations can be stored without asking anyone."""
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        home = Path(tempfile.mkdtemp(prefix="crisis-tests-qgis-"))
        os.environ["QGIS_AUTH_DB_DIR_PATH"] = str(home / "auth")
        os.environ["XDG_CONFIG_HOME"] = str(home / "config")
        (home / "auth").mkdir()
        app = QgsApplication([], True)
        app.initQgis()
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("crisis-tests-master", True)
    yield app
