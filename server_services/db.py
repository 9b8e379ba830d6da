"""Database helpers: naming the acting user of a transaction, a health check, connection strings to sibling
databases."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo
from psycopg.rows import DictRow

# What the domain layer is given: a connection whose rows are dictionaries (row_factory=dict_row).
DictConnection = psycopg.Connection[DictRow]


def one(cursor: psycopg.Cursor[DictRow]) -> DictRow:
    """The row of a statement that always returns one (an aggregate, a function call, RETURNING of a write)."""
    row = cursor.fetchone()
    if row is None:
        raise psycopg.ProgrammingError("the statement returned no row")
    return row


def set_actor(conn: psycopg.Connection[Any], user_id: int | None) -> None:
    """Name the platform user of the next writes of the current transaction (audit rows, write rights, authors)."""
    conn.execute("SELECT set_config('crisis.actor_id', %s, true)", ("" if user_id is None else str(user_id),))


@contextmanager
def acting_as(conn: psycopg.Connection[Any], user_id: int | None):
    """A transaction in which the database knows which platform user acts (audit, write rights)."""
    with conn.transaction():
        set_actor(conn, user_id)
        yield conn


def ping(conn: psycopg.Connection[Any]) -> None:
    """Raises psycopg.Error unless the database answers a read of the platform's schema."""
    conn.execute("SELECT 1 FROM crisis.situations LIMIT 1")


def with_dbname(url: str, dbname: str) -> str:
    """The same connection string, to another database of the same server."""
    params = conninfo_to_dict(url)
    params["dbname"] = dbname
    return make_conninfo("", **params)
