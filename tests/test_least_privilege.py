"""Least privilege and bounded cost per request, on the running platform: the services hold no owner or superuser
credential, run as their own system user (when started by root), cannot read the set-up's secrets; the owner
role is no superuser; each OGC worker has a memory ceiling; long OGC query strings reach the OGC front."""

from __future__ import annotations

import base64
import os
import pwd
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict
from support import DEMO_PASSWORD

from server_services.config import ENV_FILE, ROOT, load_settings
from server_services.stack import OWS_TIMEOUT, OWS_WORKERS, SERVICE_USER

AS_ROOT = os.geteuid() == 0
needs_root = pytest.mark.skipif(not AS_ROOT, reason="the services change user only when started by root")
OWNER_KEYS = ("DATABASE_URL", "CRISIS_OWNER_DATABASE_URL", "CRISIS_ADMIN_DATABASE_URL", "PGPASSWORD")


# --- the processes of the platform -----------------------------------------------------------------------
def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])  # the name in parentheses may hold spaces
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _processes(stack, name: str) -> list[int]:
    """The master of a service (its pid file) and every process below it."""
    master = int((stack.run_dir / f"{name}.pid").read_text())
    tree, found, todo = _children(), [], [master]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, []))
    return found


def _status(pid: int) -> dict[str, str]:
    return dict(line.split(":\t", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":\t" in line)


def _environ(pid: int) -> dict[str, str]:
    raw = Path(f"/proc/{pid}/environ").read_bytes().decode("utf-8", "replace")
    return dict(item.split("=", 1) for item in raw.split("\0") if "=" in item)


def _ows_workers(stack) -> list[int]:
    master = int((stack.run_dir / "ows.pid").read_text())
    return [pid for pid in _processes(stack, "ows") if pid != master]


@pytest.fixture(scope="module")
def forbidden_secrets(settings, database) -> list[str]:
    """The owner's password (of the test database's owner URL) and, where this process may read var/secrets,
    the cluster superuser's and the owner's passwords of the set-up."""
    found = [conninfo_to_dict(database.admin_url)["password"]]
    secrets_dir = settings.var_dir / "secrets"
    if secrets_dir.is_dir():
        found += [p.read_text().strip() for p in secrets_dir.glob("*.password") if p.name != "app.password"]
    return [s for s in found if s]


# --- credentials ----------------------------------------------------------------------------------------
def test_services_hold_no_owner_or_superuser_credential(platform, database, forbidden_secrets):
    app_password = conninfo_to_dict(database.app_url)["password"]
    owner_user = conninfo_to_dict(database.admin_url)["user"]
    checked = 0
    for name in ("api", "ows", "nginx", "basemap", "tiles"):
        for pid in _processes(platform, name):
            env = _environ(pid)
            raw = Path(f"/proc/{pid}/environ").read_bytes().decode("utf-8", "replace") + Path(
                f"/proc/{pid}/cmdline"
            ).read_bytes().decode("utf-8", "replace")
            for secret in forbidden_secrets:
                assert secret not in raw, f"{name} process {pid} holds an owner or superuser password"
            assert not [key for key in OWNER_KEYS if key in env], (name, pid)
            assert f"//{owner_user}:" not in raw and "crisis_admin" not in raw, (name, pid)
            if name in ("nginx", "basemap", "tiles"):
                assert app_password not in raw  # nginx and the base map's processes need no database at all
            else:
                assert env.get("CRISIS_APP_DATABASE_URL") == database.app_url
                assert env.get("CRISIS_SERVICE") == "1"
            checked += 1
    # masters, two API workers, the OGC workers, nginx, the base map's renderer and tile cache (master + worker)
    assert checked >= 2 + 1 + platform.ows_workers + 1 + 4


@pytest.mark.unit
def test_services_load_settings_without_an_owner_url(monkeypatch):
    """What the services do at start: only the crisis_app URL, even where var/platform.env holds the owner's."""
    app_url = "postgresql://crisis_app:app-secret@127.0.0.1:1/crisis"
    settings = load_settings({"CRISIS_APP_DATABASE_URL": app_url, "CRISIS_SERVICE": "1"})
    assert settings.admin_database_url is None and settings.app_database_url == app_url
    settings = load_settings({"APP_DATABASE_URL": app_url, "DATABASE_URL": "postgresql://o:p@h/d"}, service=True)
    assert settings.admin_database_url is None and settings.app_database_url == app_url


def test_the_owner_role_is_not_a_superuser(database):
    with psycopg.connect(database.admin_url) as conn:
        user, superuser, createrole, bypassrls = conn.execute(
            "SELECT rolname, rolsuper, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = current_user"
        ).fetchone()
        assert (superuser, createrole, bypassrls) == (False, False, False), user
        # ... and yet it owns what the migrations made.
        assert (
            conn.execute("SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'crisis'").fetchone()[0]
            == user
        )
        assert (
            conn.execute(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'crisis' AND c.relowner <> current_user::regrole"
            ).fetchone()[0]
            == 0
        )
        app = conninfo_to_dict(database.app_url)["user"]
        assert conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", (app,)).fetchone() == (False,)


@pytest.mark.skipif(
    not ENV_FILE.exists() or "DATABASE_URL" in os.environ, reason="the private cluster of scripts/setup.sh only"
)
def test_private_cluster_roles():
    """The set-up's cluster: the superuser's URL is nowhere in var/platform.env, the services' role has a
    statement time limit, and crisis_owner owns the crisis database."""
    text = ENV_FILE.read_text()
    assert "crisis_admin" not in text and "CRISIS_ADMIN_DATABASE_URL" not in text
    assert (os.stat(ENV_FILE).st_mode & 0o077) == 0
    settings = load_settings()
    with psycopg.connect(settings.owner_database_url) as conn:
        assert conn.execute("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user").fetchone() == (
            "crisis_owner",
            False,
        )
        assert conn.execute(
            "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"
        ).fetchone() == ("crisis_owner",)
    with psycopg.connect(settings.app_database_url) as conn:
        assert conn.execute("SHOW statement_timeout").fetchone() == ("30s",)


# --- the service user -----------------------------------------------------------------------------------
@needs_root
def test_services_run_as_the_service_user(platform):
    service = pwd.getpwnam(SERVICE_USER)
    assert service.pw_uid != 0 and service.pw_shell.endswith("nologin")
    for name in ("api", "ows", "basemap", "tiles"):
        for pid in _processes(platform, name):
            status = _status(pid)
            assert status["Uid"].split() == [str(service.pw_uid)] * 4, (name, pid, status["Uid"])
            assert status["Gid"].split() == [str(service.pw_gid)] * 4, (name, pid, status["Gid"])
            assert status["Groups"].split() == [], (name, pid)
            assert _environ(pid)["HOME"] == str(platform.run_dir / "home")
    nginx = _processes(platform, "nginx")
    nobody = pwd.getpwnam("nobody").pw_uid
    assert {_status(pid)["Uid"].split()[0] for pid in nginx[1:]} == {str(nobody)}
    ps = subprocess.run(
        ["ps", "-o", "user=", "-p", ",".join(map(str, _processes(platform, "ows")))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert set(ps) == {SERVICE_USER}


def _readable_by_service_user(paths: list[Path]) -> list[str]:
    """Which of `paths` the service user can open (files) or list (folders)."""
    service = pwd.getpwnam(SERVICE_USER)
    code = (
        "import os, sys\n"
        "for p in sys.argv[1:]:\n"
        "    try:\n"
        "        os.listdir(p) if os.path.isdir(p) else open(p, 'rb').close()\n"
        "        print(p)\n"
        "    except OSError:\n"
        "        pass\n"
    )
    out = subprocess.run(
        [sys.executable, "-I", "-c", code, *map(str, paths)],
        user=service.pw_uid,
        group=service.pw_gid,
        extra_groups=[],
        cwd="/",
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
        check=True,
    )
    return out.stdout.split()


@needs_root
def test_the_service_user_cannot_read_the_setup_secrets(platform, settings):
    secrets_dir = settings.var_dir / "secrets"
    private = [ENV_FILE, secrets_dir, *sorted(secrets_dir.glob("*"))] if secrets_dir.exists() else [ENV_FILE]
    private = [p for p in private if p.exists()]
    if not private:
        pytest.skip("no private cluster (DATABASE_URL): no set-up secrets here")
    assert _readable_by_service_user(private) == []
    # What it must read, it can: its libpq service file (the crisis_app role), its project, the code.
    own = [
        platform.run_dir / "ows" / "pg_service.conf",
        platform.run_dir / "ows" / "crisis.qgs",
        ROOT / "server_services" / "stack.py",
    ]
    assert _readable_by_service_user(own) == [str(p) for p in own]


@needs_root
def test_build_project_as_root_leaves_files_for_the_service_user(database, tmp_path):
    """`make run` runs `crisis build-project` as root: the OGC workers (the service user) read and replace what it
    wrote."""
    service = pwd.getpwnam(SERVICE_USER)
    env = dict(
        os.environ, DATABASE_URL=database.admin_url, APP_DATABASE_URL=database.app_url, QT_QPA_PLATFORM="offscreen"
    )
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "crisis"), "build-project", "--run-dir", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "ows"
    for path in [folder, *folder.rglob("*")]:
        assert (path.stat().st_uid, path.stat().st_gid) == (service.pw_uid, service.pw_gid), path
    assert (folder / "pg_service.conf").stat().st_mode & 0o077 == 0


# --- bounded cost per request ---------------------------------------------------------------------------
def test_each_ogc_worker_has_a_memory_ceiling(platform):
    workers = _ows_workers(platform)
    assert len(workers) == platform.ows_workers == OWS_WORKERS  # the shared platform runs production's count
    for pid in workers:
        limits = Path(f"/proc/{pid}/limits").read_text()
        line = next(line for line in limits.splitlines() if line.startswith("Max address space"))
        soft, hard = re.split(r"\s{2,}", line.strip())[1:3]
        assert soft == hard and soft != "unlimited", line
        assert 1 << 30 <= int(soft) <= 4 << 30, line
        size_kb = int(_status(pid)["VmSize"].split()[0])
        assert size_kb * 1024 < int(soft)  # a worker at rest is well below it


def test_ogc_workers_timeout_and_statement_time_limit(platform):
    master = int((platform.run_dir / "ows.pid").read_text())
    argv = Path(f"/proc/{master}/cmdline").read_bytes().decode().split("\0")
    assert argv[argv.index("--timeout") + 1] == str(OWS_TIMEOUT)
    assert argv[argv.index("--max-requests") + 1] == "2000"
    for pid in _ows_workers(platform):
        assert "statement_timeout=30s" in _environ(pid).get("PGOPTIONS", "")
    conf = (platform.run_dir / "nginx.conf").read_text()
    assert "large_client_header_buffers 4 96k;" in conf
    assert re.search(r"location /ows \{[^}]*limit_req zone=ows_rate[^}]*proxy_read_timeout (\d+)s", conf)
    assert int(re.search(r"location /ows \{[^}]*proxy_read_timeout (\d+)s", conf).group(1)) >= OWS_TIMEOUT
    assert re.search(r"location = /api/auth/login \{[^}]*limit_req zone=login_rate", conf)


def _ows_get(platform, query: str) -> tuple[int, bytes]:
    token = base64.b64encode(f"coordinator@crisis-centre.demo:{DEMO_PASSWORD}".encode()).decode()
    request = urllib.request.Request(f"{platform.origin}/ows?{query}", headers={"Authorization": f"Basic {token}"})
    try:
        with urllib.request.urlopen(request, timeout=120) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.mark.parametrize("size", [20_000, 60_000])
def test_long_query_strings_reach_the_ogc_front(platform, size):
    """OGC filters travel in the query string: up to 64 KiB reach the front (gunicorn refused more than 4 KB,
    nginx more than 8 KB), which answers them itself."""
    ids = ",".join(str(i) for i in range(1, 100_000))
    head = (
        "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=anchors&STYLES=&CRS=EPSG:3857"
        "&BBOX=474000,6668000,495000,6689000&WIDTH=256&HEIGHT=256&FORMAT=image/png&FILTER="
    )
    clause = 'anchors:"id" IN ({})'
    room = size - len(head) - len(urllib.parse.quote(clause.format(""), safe=",()"))
    query = head + urllib.parse.quote(clause.format(ids[:room].rsplit(",", 1)[0]), safe=",()")
    assert size - 20 <= len(query) <= size
    status, body = _ows_get(platform, query)
    assert b"Request Line is too large" not in body and b"Request-URI Too Large" not in body
    assert status == 200 or (400 <= status < 500 and b"ServiceException" in body), (status, body[:300])
    assert status not in (414, 431) and status < 500


def test_query_strings_beyond_the_limit_are_refused_before_the_workers(platform):
    status, _ = _ows_get(platform, "SERVICE=WMS&REQUEST=GetCapabilities&X=" + "a" * 200_000)
    assert status in (400, 414)
