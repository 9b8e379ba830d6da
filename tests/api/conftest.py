"""Fixtures for the service API: an HTTP client per demo login on the running platform, the demo situations,
and dedicated API servers (own database, own gunicorn) for tests that kill or fuzz them."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
import requests
from support import DEMO_PASSWORD, make_demo_database

from server_services.config import ROOT, Settings
from server_services.stack import free_port_block, term_with_parent

LOGINS = [
    "coordinator@crisis-centre.demo",
    "planner@province-antwerp.demo",
    "officer@fire-antwerp.demo",
    "reader@police-antwerp.demo",
    "outsider@province-liege.demo",
    "admin@province-antwerp.demo",
    "doctor@ems-antwerp.demo",
    "info@comms-antwerp.demo",
]


class Client:
    """requests with the API's base URL and one login's credentials."""

    def __init__(self, base: str, token: str | None = None, auth: tuple[str, str] | None = None):
        self.base = base.rstrip("/")
        self.session = requests.Session()
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        if auth:
            self.session.auth = auth

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        kwargs.setdefault("timeout", 30)
        return self.session.request(method, self.base + path, **kwargs)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, **kw):
        return self.request("POST", path, **kw)

    def patch(self, path, **kw):
        return self.request("PATCH", path, **kw)

    def put(self, path, **kw):
        return self.request("PUT", path, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)


def login(origin: str, email: str, password: str = DEMO_PASSWORD) -> Client:
    r = requests.post(f"{origin}/api/auth/login", json={"email": email, "password": password}, timeout=30)
    assert r.status_code == 200, r.text
    return Client(origin, token=r.json()["token"])


@pytest.fixture(scope="session")
def origin(platform) -> str:
    return platform.origin


@pytest.fixture(scope="session")
def clients(origin) -> dict[str, Client]:
    """One logged-in client per demo login (bearer tokens)."""
    return {email: login(origin, email) for email in LOGINS}


@pytest.fixture(scope="session")
def anonymous(origin) -> Client:
    return Client(origin)


@pytest.fixture(scope="session")
def situations(database) -> dict[str, int]:
    """The demo situations by kind (incident = Antwerp chemical leak, event = Brussels, exercise = Liège)."""
    with psycopg.connect(database.admin_url) as conn:
        rows = conn.execute("SELECT kind, min(id) FROM crisis.situations GROUP BY kind").fetchall()
    return dict(rows)


@pytest.fixture(scope="session")
def org_ids(database) -> dict[str, int]:
    with psycopg.connect(database.admin_url) as conn:
        return dict(conn.execute("SELECT slug, id FROM crisis.organisations").fetchall())


def count_rows(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute(f"SELECT count(*) FROM crisis.{table}").fetchone()[0]  # table names from the tests


# --- dedicated API servers ---------------------------------------------------------------------------------


@dataclass
class ApiServer:
    """The platform's own API command (stack.py) on a port of its own, against a database of its own."""

    database: object
    port: int
    env: dict
    argv: list[str]
    log_path: Path
    proc: subprocess.Popen | None = None
    logs: list = field(default_factory=list)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60) -> None:
        log = open(self.log_path, "ab")
        self.logs.append(log)
        self.proc = subprocess.Popen(
            self.argv,
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            preexec_fn=term_with_parent,
        )
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"API server exited; log:\n{self.log_path.read_text()[-3000:]}")
            try:
                if requests.get(f"{self.origin}/api/health", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"API server not ready; log:\n{self.log_path.read_text()[-3000:]}")

    def worker_pids(self) -> list[int]:
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                if int(fields[1]) == self.proc.pid:
                    pids.append(int(entry.name))
        return pids

    def kill(self) -> None:
        """SIGKILL the whole server (arbiter and workers): nothing gets to clean up."""
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()
        for log in self.logs:
            log.close()


@pytest.fixture(scope="session")
def api_server_factory(database_factory):
    """Starts API servers with the platform's gunicorn command, each against a fresh demo database."""
    from server_services.stack import Ports, Stack

    def make(extra_env: dict | None = None) -> ApiServer:
        db = make_demo_database(database_factory)
        port = free_port_block(1)
        work = Path(tempfile.mkdtemp(prefix="crisis-api-"))
        stack = Stack(
            Settings(admin_database_url=db.admin_url, app_database_url=db.app_url, port=port, var_dir=work),
            Ports(port, port, port),
            work / "run",
            work / "log",
        )
        (work / "run").mkdir(parents=True)
        argv = stack.commands()["api"]
        env = {**stack.env(), **(extra_env or {})}
        server = ApiServer(db, port, env, argv, work / "api.log")
        servers.append(server)
        made.append(work)
        server.start()
        return server

    servers: list[ApiServer] = []
    made: list[Path] = []
    yield make
    for server in servers:
        server.stop()
    for path in made:
        shutil.rmtree(path, ignore_errors=True)
