"""The demo scenario: Belgian organisations, demo logins and three situations, loaded into an empty database."""

from __future__ import annotations

import psycopg


def database_is_empty(conn: psycopg.Connection) -> bool:
    return conn.execute("SELECT NOT EXISTS (SELECT FROM crisis.organisations)").fetchone()[0]


def load_demo(database_url: str, force: bool = False) -> bool:
    """Load the scenario in one transaction; only into an empty database unless forced. True if loaded."""
    with psycopg.connect(database_url) as conn:
        conn.execute("SELECT pg_advisory_xact_lock(hashtext('crisis.demo'))")
        if not force and not database_is_empty(conn):
            return False
        from . import scenario  # here: the process that reads the plans' files imports this package too

        scenario.load(conn)
    return True
