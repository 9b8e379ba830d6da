"""Database helpers: naming the acting user of a transaction, connection strings to sibling databases."""

from __future__ import annotations

from contextlib import contextmanager

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo


def set_actor(conn: psycopg.Connection, user_id: int | None) -> None:
    """Name the platform user of the next writes of the current transaction (audit rows, write rights, authors)."""
    conn.execute("SELECT set_config('crisis.actor_id', %s, true)", ("" if user_id is None else str(user_id),))


@contextmanager
def acting_as(conn: psycopg.Connection, user_id: int | None):
    """A transaction in which the database knows which platform user acts (audit, write rights)."""
    with conn.transaction():
        set_actor(conn, user_id)
        yield conn


def with_dbname(url: str, dbname: str) -> str:
    """The same connection string, to another database of the same server."""
    params = conninfo_to_dict(url)
    params["dbname"] = dbname
    return make_conninfo(**params)
