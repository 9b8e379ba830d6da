"""Database connections: a pool for the services, acting-user scoping per transaction."""

from __future__ import annotations

from contextlib import contextmanager

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import dict_row


def connect(url: str, **kwargs) -> psycopg.Connection:
    return psycopg.connect(url, **kwargs)


@contextmanager
def acting_as(conn: psycopg.Connection, user_id: int | None):
    """A transaction in which the database knows which platform user acts (audit, write rights)."""
    with conn.transaction():
        conn.execute("SELECT set_config('crisis.actor_id', %s, true)", ("" if user_id is None else str(user_id),))
        yield conn


def fetch_all(conn: psycopg.Connection, query: str, params=None) -> list[dict]:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchall()


def fetch_one(conn: psycopg.Connection, query: str, params=None) -> dict | None:
    with conn.cursor(row_factory=dict_row) as cur:
        cur.execute(query, params)
        return cur.fetchone()


def with_dbname(url: str, dbname: str) -> str:
    """The same connection string, to another database of the same server."""
    params = conninfo_to_dict(url)
    params["dbname"] = dbname
    return make_conninfo(**params)
