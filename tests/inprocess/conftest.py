"""The in-process API tier: the Flask app in this process (Flask's test client, no gunicorn, no nginx) against a
real PostGIS database of its own, migrated and empty: each test makes what it reads with tests/factories.py."""

from __future__ import annotations

import psycopg
import pytest
from factories import make_token
from psycopg import sql
from support import make_migrated_database


@pytest.fixture(scope="session")
def empty_database(database_factory):
    """Migrated, no demo: the reference tables and nothing else until the factories write. A throwaway database
    need not wait for the disk at each commit (a crash loses nothing a test needs)."""
    db = make_migrated_database(database_factory, "crisis_inprocess")
    with psycopg.connect(db.admin_url, autocommit=True) as conn:
        conn.execute(sql.SQL("ALTER DATABASE {} SET synchronous_commit = off").format(sql.Identifier(db.name)))
    return db


@pytest.fixture(scope="session")
def app(empty_database):
    from server_services.api import create_app
    from server_services.api.pool import get_pool

    app = create_app({"TESTING": True, "DATABASE_URL": empty_database.app_url, "DB_POOL_SIZE": 4})
    yield app
    get_pool(app).close()  # before the database is dropped under it


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def owner_conn(empty_database):
    """The owner role's connection to this tier's database, what the factories write with (autocommit: no test
    leaves a transaction open on it for the next)."""
    with psycopg.connect(empty_database.admin_url, autocommit=True) as conn:
        yield conn


class Caller:
    """The test client speaking for one user, with a bearer token (what a logged-in client sends)."""

    def __init__(self, client, user: dict, token: str):
        self.client, self.user, self.token = client, user, token

    def request(self, method: str, path: str, **kwargs):
        kwargs["headers"] = {"Authorization": f"Bearer {self.token}", **kwargs.get("headers", {})}
        return self.client.open(path, method=method, **kwargs)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path, **kwargs):
        return self.request("POST", path, **kwargs)

    def patch(self, path, **kwargs):
        return self.request("PATCH", path, **kwargs)

    def put(self, path, **kwargs):
        return self.request("PUT", path, **kwargs)

    def delete(self, path, **kwargs):
        return self.request("DELETE", path, **kwargs)


@pytest.fixture
def as_user(client, owner_conn):
    """as_user(user) -> a Caller for a factory-made user."""
    return lambda user: Caller(client, user, make_token(owner_conn, user))
