"""Test support shared by the suites: test databases and the running platform (imported by conftest files)."""

from __future__ import annotations

import socket
import tempfile
from dataclasses import dataclass
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict, make_conninfo

DEMO_PASSWORD = "demo-crisis-2026"


@dataclass(frozen=True)
class TestDatabase:
    name: str
    admin_url: str
    app_url: str


def with_dbname(url: str, dbname: str) -> str:
    params = conninfo_to_dict(url)
    params["dbname"] = dbname
    return make_conninfo(**params)


def free_port_block(size: int = 3) -> int:
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


def start_platform(database: TestDatabase):
    """The whole platform (API, OGC front, nginx origin) against `database`, on free ports; yields the Stack."""
    from server_services.config import Settings
    from server_services.stack import Ports, Stack

    base = free_port_block()
    work = Path(tempfile.mkdtemp(prefix="crisis-platform-"))
    test_settings = Settings(admin_database_url=database.admin_url, app_database_url=database.app_url,
                             port=base, var_dir=work)
    stack = Stack(test_settings, Ports(base, base + 1, base + 2), work / "run", work / "log", die_with_parent=True)
    try:
        stack.start(timeout=120)
    except Exception:
        stack.stop()
        for log in sorted((work / "log").glob("*.log")):
            print(f"--- {log}\n{log.read_text()[-3000:]}")
        raise
    yield stack
    stack.stop()


def make_demo_database(database_factory) -> TestDatabase:
    """A fresh database, migrated, with the demo scenario loaded."""
    from server_services.demo import load_demo
    from server_services.migrations import migrate

    db = database_factory()
    migrate(db.admin_url, log=lambda *_: None)
    load_demo(db.admin_url)
    return db
