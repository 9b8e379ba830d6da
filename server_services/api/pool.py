"""The connection pool of this worker process, and the connection a request borrows from it."""

from __future__ import annotations

import os
import threading

from flask import Flask, current_app, g
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

_lock = threading.Lock()
_pools: dict[tuple[int, str], ConnectionPool] = {}


def get_pool(app: Flask | None = None) -> ConnectionPool:
    """One pool per process and database, opened on first use (after gunicorn forked the worker)."""
    app = app or current_app
    url = app.config["DATABASE_URL"]
    key = (os.getpid(), url)
    pool = _pools.get(key)
    if pool is None:
        with _lock:
            pool = _pools.get(key)
            if pool is None:
                pool = ConnectionPool(
                    url,
                    min_size=2,
                    max_size=app.config["DB_POOL_SIZE"],
                    timeout=app.config["DB_POOL_TIMEOUT"],
                    # Autocommit: reads never sit idle in a transaction; writes open one explicitly.
                    kwargs={"autocommit": True, "row_factory": dict_row, "application_name": "crisis-api"},
                    name="crisis-api",
                    open=True,
                )
                _pools[key] = pool
    return pool


def conn():
    """The connection of the current request, borrowed on first use and given back at teardown."""
    if "db_conn" not in g:
        g.db_conn_cm = get_pool().connection()
        g.db_conn = g.db_conn_cm.__enter__()
    return g.db_conn


def init_app(app: Flask) -> None:
    @app.teardown_appcontext
    def _give_back(exc):
        cm = g.pop("db_conn_cm", None)
        g.pop("db_conn", None)
        if cm is not None:
            cm.__exit__(type(exc) if exc else None, exc, None)
