"""Start, watch and stop the platform's processes (API, OGC front, the nginx origin) on localhost."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

from .config import ROOT, Settings

# Debian's libjemalloc2: the allocator of the OGC workers where installed (scripts/setup.sh installs it).
JEMALLOC = next(iter(sorted(Path("/usr/lib").glob("*-linux-gnu/libjemalloc.so.2"))), None)

# The system user the API and OGC processes run as when the platform is started by root (scripts/setup.sh makes
# it; made here too if missing, since the tests start a Stack directly).
SERVICE_USER = "crisis"
OWS_GUNICORN_CONF = ROOT / "server_services" / "ogc" / "gunicorn_conf.py"
# Per-request limits of the OGC workers (README, "Operations"); the environment may change them.
OWS_WORKERS = 4
OWS_TIMEOUT = 60  # seconds: a worker stuck on one request is killed and replaced
OWS_STATEMENT_TIMEOUT = "30s"  # PostgreSQL's limit for each statement of the OGC's sessions
# Owner and superuser connections never reach a service; nor do libpq's own ways to name a password.
_OWNER_KEYS = (
    "DATABASE_URL",
    "CRISIS_OWNER_DATABASE_URL",
    "CRISIS_ADMIN_DATABASE_URL",
    "PGPASSWORD",
    "PGPASSFILE",
    "PGSERVICE",
    "PGSERVICEFILE",
    "PGUSER",
)
# Folders of the starting user's own session: not the service user's.
_SESSION_KEYS = (
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_STATE_HOME",
    "XDG_RUNTIME_DIR",
    "QGIS_AUTH_DB_DIR_PATH",
    "QGIS_CUSTOM_CONFIG_PATH",
    "QGIS_OPTIONS_PATH",
    "MAIL",
    "SSH_AUTH_SOCK",
)


@dataclass(frozen=True)
class ServiceUser:
    name: str
    uid: int
    gid: int


def service_user(create: bool = True) -> ServiceUser | None:
    """The unprivileged user the services run as when started by root; None when not root (then they run as
    the current user). Made as a system user without home or shell if it does not exist yet."""
    if os.geteuid() != 0:
        return None
    for attempt in range(5):
        try:
            entry = pwd.getpwnam(SERVICE_USER)
            return ServiceUser(entry.pw_name, entry.pw_uid, entry.pw_gid)
        except KeyError:
            if not create:
                return None
        useradd = shutil.which("useradd") or "/usr/sbin/useradd"
        # Two starters at once: the second one's useradd fails, and it finds the user on its next look.
        command = [
            useradd,
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            SERVICE_USER,
        ]
        subprocess.run(  # noqa: S603 - the fixed command above
            command,
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.2 * attempt)
    raise StackError(f"the system user {SERVICE_USER!r} the services run as cannot be made (useradd)")


def hand_over(path: Path, user: ServiceUser | None) -> None:
    """Give `path` (and what is in it) to the service user: the folders the services write in (the OGC project
    folder, their home). Never a folder a root process reads its configuration or logs from."""
    if user is None or not path.exists():
        return
    os.lchown(path, user.uid, user.gid)
    # Relative to folder descriptors, never through a link: the service user, who may already write in there,
    # cannot turn a folder into a link elsewhere between the listing and the chown.
    for _, dirs, files, dir_fd in os.fwalk(path, follow_symlinks=False):
        for name in dirs + files:
            os.chown(name, user.uid, user.gid, dir_fd=dir_fd, follow_symlinks=False)


def _password_of(conninfo: str) -> str:
    from psycopg.conninfo import conninfo_to_dict

    try:
        return conninfo_to_dict(conninfo).get("password") or ""
    except Exception:  # not a connection string psycopg reads: no password to look for
        return ""


def _gunicorn_version() -> tuple[int, ...]:
    try:
        from importlib.metadata import version

        return tuple(int(part) for part in version("gunicorn").split(".")[:2])
    except Exception:  # not installed here: the oldest the platform accepts
        return (22, 0)


class StackError(RuntimeError):
    """A service did not start or does not answer."""


@dataclass(frozen=True)
class Ports:
    origin: int
    api: int
    ows: int
    basemap: int = 0  # the embedded base map's renderer (0: origin + 3)
    tiles: int = 0  # the tile cache, MapProxy (0: origin + 4)

    def __post_init__(self):
        if not self.basemap:
            object.__setattr__(self, "basemap", self.origin + 3)
        if not self.tiles:
            object.__setattr__(self, "tiles", self.origin + 4)

    @classmethod
    def from_origin(cls, origin: int, environ=os.environ) -> Ports:
        return cls(
            origin,
            int(environ.get("API_PORT", origin + 1)),
            int(environ.get("OWS_PORT", origin + 2)),
            int(environ.get("BASEMAP_PORT", origin + 3)),
            int(environ.get("TILES_PORT", origin + 4)),
        )


@dataclass
class Stack:
    settings: Settings
    ports: Ports
    run_dir: Path
    log_dir: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    # Tests set this: the services then end with the process that started them, even if it crashes.
    die_with_parent: bool = False
    _procs: dict[str, subprocess.Popen] = field(default_factory=dict, repr=False)

    # --- the processes ---------------------------------------------------------------------------
    @property
    def ows_workers(self) -> int:
        """How many OGC workers this platform runs: CRISIS_OWS_WORKERS of its environment, else OWS_WORKERS."""
        return max(1, int({**os.environ, **self.extra_env}.get("CRISIS_OWS_WORKERS") or OWS_WORKERS))

    def _python(self) -> str:
        venv = ROOT / ".venv" / "bin" / "python"
        return str(venv) if venv.exists() else sys.executable

    def commands(self) -> dict[str, list[str]]:
        py = self._python()
        # gunicorn 25.1+ opens a control socket under $HOME by default: the services need none.
        no_control = ["--no-control-socket"] if _gunicorn_version() >= (25, 1) else []
        cmds = {
            # gthread: each live feed (server-sent events) holds a thread while it waits on its condition
            # variable, so the threads bound the followers (hundreds per worker); requests are short.
            "api": [
                py,
                "-m",
                "gunicorn",
                "server_services.api.wsgi:app",
                "--bind",
                f"127.0.0.1:{self.ports.api}",
                "--workers",
                "2",
                "--worker-class",
                "gthread",
                "--threads",
                "600",
                "--worker-connections",
                "1200",
                "--backlog",
                "2048",
                "--graceful-timeout",
                "10",
                "--timeout",
                "60",
                *no_control,
            ],
        }
        if (ROOT / "server_services" / "ogc" / "wsgi.py").exists():
            # Sync workers, one request each: several, so that a slow request does not hold up the others; one
            # stuck longer than the timeout is killed and replaced; each is renewed after about 2,000 requests and
            # has a memory ceiling (gunicorn_conf.py). The request line may be long (OGC filters in the query
            # string): nginx bounds it (large_client_header_buffers), gunicorn takes what nginx passes.
            cmds["ows"] = [
                py,
                "-m",
                "gunicorn",
                "server_services.ogc.wsgi:app",
                "--config",
                str(OWS_GUNICORN_CONF),
                "--bind",
                f"127.0.0.1:{self.ports.ows}",
                "--workers",
                str(self.ows_workers),
                "--graceful-timeout",
                "10",
                "--timeout",
                str(OWS_TIMEOUT),
                "--limit-request-line",
                "0",
                "--max-requests",
                "2000",
                "--max-requests-jitter",
                "200",
                *no_control,
            ]
        # The base map (server_services/basemap): QGIS Server drawing the embedded map for the tile cache only
        # (127.0.0.1, not behind nginx), and MapProxy caching it and the operator's source, behind nginx's /tiles/.
        cmds["basemap"] = [
            py,
            "-m",
            "gunicorn",
            "server_services.basemap.wsgi:renderer()",
            "--bind",
            f"127.0.0.1:{self.ports.basemap}",
            "--workers",
            "1",
            "--timeout",
            "60",
            "--graceful-timeout",
            "5",
            *no_control,
        ]
        cmds["tiles"] = [
            py,
            "-m",
            "gunicorn",
            "server_services.basemap.wsgi:tiles()",
            "--bind",
            f"127.0.0.1:{self.ports.tiles}",
            "--workers",
            "1",
            "--worker-class",
            "gthread",
            "--threads",
            "16",
            "--timeout",
            "60",
            "--graceful-timeout",
            "5",
            *no_control,
        ]
        cmds["nginx"] = [
            shutil.which("nginx") or "/usr/sbin/nginx",
            "-c",
            str(self.run_dir / "nginx.conf"),
            "-g",
            "daemon off;",
        ]
        return cmds

    def _cors_origins(self) -> str:
        """The nginx map lines of the origins allowed to read and write /ows and /api across sites
        (CRISIS_ALLOWED_ORIGINS of the services' environment, the list the API and the OGC front check cross-site
        writes against)."""
        value = {**os.environ, **self.extra_env}.get("CRISIS_ALLOWED_ORIGINS", "")
        return "".join(f'        "{origin}" $http_origin;\n' for origin in cors_origins(value))

    @staticmethod
    def _client_limits(environ=os.environ) -> dict[str, int]:
        """Per client address, at the origin: OGC requests per second (burst: how many more may wait; delay: how
        many of those go on at once), OGC requests at the same time, and logins per second."""
        limits = dict(
            ows_rate=50, ows_burst=100, ows_delay=50, ows_conn=32, login_rate=20, login_burst=100, login_delay=50
        )
        for key in limits:
            value = environ.get(f"CRISIS_LIMIT_{key.upper()}")
            if value:
                limits[key] = max(1, int(value))
        limits["ows_delay"] = min(limits["ows_delay"], limits["ows_burst"])
        limits["login_delay"] = min(limits["login_delay"], limits["login_burst"])
        return limits

    @property
    def nginx_temp_dir(self) -> Path:
        """nginx's buffers of large request bodies and answers: in the run folder, where no other user can have
        made the folder first or put a link in its place (a fixed name in /tmp allowed both)."""
        return self.run_dir / "nginx-temp"

    def _write_nginx_conf(self) -> Path:
        tmp_dir = self.nginx_temp_dir
        tmp_dir.mkdir(mode=0o700, exist_ok=True)
        user_line = ""
        if os.geteuid() == 0:
            # Workers drop root; they need only their temp folder (upstreams are TCP).
            user_line = "user nobody nogroup;"
            shutil.chown(tmp_dir, "nobody", "nogroup")
        text = Template((ROOT / "server_services" / "nginx.conf.tmpl").read_text()).substitute(
            user_line=user_line,
            run_dir=self.run_dir,
            log_dir=self.log_dir,
            tmp_dir=tmp_dir,
            port=self.ports.origin,
            api_port=self.ports.api,
            ows_port=self.ports.ows,
            tiles_port=self.ports.tiles,
            ows_read_timeout=OWS_TIMEOUT + 5,
            cors_origins=self._cors_origins(),
            **self._client_limits(),
        )
        conf = self.run_dir / "nginx.conf"
        if not conf.exists() or conf.read_text() != text:
            # Never truncate a file a running nginx may be reading.
            tmp = conf.with_name(f".nginx.conf.{os.getpid()}")
            tmp.write_text(text)
            os.replace(tmp, conf)
        return conf

    def _secrets(self) -> list[str]:
        """Passwords the services must not be given: the owner's (and the cluster superuser's, where this
        process may read var/secrets)."""
        found = []
        if self.settings.admin_database_url:
            found.append(_password_of(self.settings.admin_database_url))
        secrets_dir = self.settings.var_dir / "secrets"
        try:
            for path in secrets_dir.glob("*.password"):
                if path.name != "app.password":
                    found.append(path.read_text().strip())
        except OSError:
            pass
        return [s for s in found if len(s) >= 6]

    def env(self) -> dict[str, str]:
        """The environment of the service processes: the crisis_app connection only. No owner or superuser
        URL or password, whatever the starting process holds (CRISIS_SERVICE=1 also keeps load_settings from
        looking for one in var/platform.env)."""
        secrets = self._secrets()
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in _OWNER_KEYS and not any(secret in value for secret in secrets)
        }
        env.update(
            CRISIS_APP_DATABASE_URL=self.settings.app_database_url,
            APP_DATABASE_URL=self.settings.app_database_url,
            CRISIS_SERVICE="1",
            PORT=str(self.ports.origin),
            PYTHONPATH=str(ROOT),
            QT_QPA_PLATFORM="offscreen",
            CRISIS_RUN_DIR=str(self.run_dir),
            CRISIS_PUBLIC_URL=f"http://127.0.0.1:{self.ports.origin}",
            CRISIS_BASEMAP_DIR=str(self.basemap_dir),
        )
        env.update(self.extra_env)
        for key in _OWNER_KEYS:
            env.pop(key, None)
        return env

    @property
    def basemap_dir(self) -> Path:
        """The base map's project and MapProxy configuration (made at start)."""
        return self.run_dir / "basemap"

    @property
    def tile_cache(self) -> Path:
        """MapProxy's tiles: kept across restarts, seeded by `crisis seed-tiles`."""
        return self.settings.var_dir / "cache" / "tiles"

    def write_mapproxy_conf(self) -> Path:
        from .basemap.mapproxy import write_config

        self.basemap_dir.mkdir(parents=True, exist_ok=True)
        self.tile_cache.mkdir(parents=True, exist_ok=True)
        return write_config(
            self.basemap_dir / "mapproxy.yaml",
            self.tile_cache,
            f"http://127.0.0.1:{self.ports.basemap}/",
            {**os.environ, **self.extra_env},
        )

    @property
    def home_dir(self) -> Path:
        """The services' HOME when they run as the service user (QGIS keeps its profile there)."""
        return self.run_dir / "home"

    def _process_env(self, name: str, env: dict[str, str], user: ServiceUser | None = None) -> dict[str, str]:
        """QGIS Server allocates and frees small blocks for every attribute of every feature it writes; with
        jemalloc (Debian's libjemalloc2, when installed) a GetFeature of 10,000 anchors takes about a sixth
        less time than with glibc's allocator. Every statement of the OGC's sessions is limited in time
        (PGOPTIONS, read by libpq for each connection, where its service section sets no options; set-up also
        gives the crisis_app role the same statement_timeout). nginx and the base map processes get no database
        connection at all."""
        env = dict(env)
        if name in ("nginx", "basemap", "tiles"):  # they draw and cache base maps: no database at all
            for key in ("CRISIS_APP_DATABASE_URL", "APP_DATABASE_URL"):
                env.pop(key, None)
        if name == "nginx":
            return env
        if user is not None:
            for key in _SESSION_KEYS:
                env.pop(key, None)
            # Qt wants a runtime folder of the user's own, mode 0700: the home is one.
            env.update(HOME=str(self.home_dir), USER=user.name, LOGNAME=user.name, XDG_RUNTIME_DIR=str(self.home_dir))
        if name == "ows":
            if JEMALLOC is not None and not env.get("LD_PRELOAD"):
                env["LD_PRELOAD"] = str(JEMALLOC)
            timeout = f"-c statement_timeout={os.environ.get('CRISIS_OWS_STATEMENT_TIMEOUT', OWS_STATEMENT_TIMEOUT)}"
            env["PGOPTIONS"] = f"{env['PGOPTIONS']} {timeout}" if env.get("PGOPTIONS") else timeout
        return env

    def _prepare_for(self, user: ServiceUser | None) -> None:
        """The folders the services write in belong to the service user: the OGC project folder (the project
        and its 0600 libpq service file, made by root's `crisis build-project` or by a worker) and their home.
        The run and log folders stay root's: nginx's master reads its configuration from one and opens its logs
        in the other, and the services' output goes to log files this process opens for them."""
        if user is None:
            return
        # A var folder of its own (tests, benchmarks: made by mkdtemp, 0700): the service user may go through it
        # to its folders in run/, not list it.
        if self.run_dir.parent == self.settings.var_dir:
            for folder in (self.settings.var_dir, self.run_dir):
                mode = folder.stat()
                if mode.st_uid == os.geteuid() and not mode.st_mode & stat.S_IXOTH:
                    folder.chmod(stat.S_IMODE(mode.st_mode) | stat.S_IXOTH)
        for folder in (self.run_dir / "ows", self.home_dir, self.basemap_dir):
            folder.mkdir(mode=0o700, exist_ok=True)
            hand_over(folder, user)
        # The tile cache is written by MapProxy (the service user); root's var/ holds it.
        self.tile_cache.parent.chmod(0o755)
        hand_over(self.tile_cache, user)
        probe = (
            "import os, sys; sys.exit(0 if all(os.access(p, os.R_OK | os.X_OK) for p in sys.argv[1:3]) "
            "and all(os.access(p, os.W_OK) for p in sys.argv[3:]) else 1)"
        )
        paths = [str(ROOT / "server_services"), self._python(), str(self.run_dir / "ows"), str(self.home_dir)]
        command = [self._python(), "-I", "-c", probe, *paths]
        checked = subprocess.run(  # noqa: S603 - the fixed command above
            command,
            user=user.uid,
            group=user.gid,
            extra_groups=[],
            cwd="/",
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
        )
        if checked.returncode != 0:
            raise StackError(
                f"the service user {user.name!r} cannot reach the platform's files ({ROOT}) or its "
                f"run folder ({self.run_dir}); scripts/setup.sh gives it access to the checkout"
            )

    # --- lifecycle -------------------------------------------------------------------------------
    def _pidfile(self, name: str) -> Path:
        return self.run_dir / f"{name}.pid"

    def _pid(self, name: str) -> int | None:
        proc = self._procs.get(name)
        if proc is not None and proc.poll() is not None:
            return None
        try:
            pid = int(self._pidfile(name).read_text())
            os.kill(pid, 0)
            return pid
        except (FileNotFoundError, ValueError, ProcessLookupError, PermissionError):
            return None

    def running(self) -> dict[str, int | None]:
        return {name: self._pid(name) for name in self.commands()}

    def start(self, timeout: float = 90.0) -> None:
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        env = self.env()
        self._write_nginx_conf()
        self.write_mapproxy_conf()
        commands = self.commands()
        user = service_user() if any(name != "nginx" and not self._pid(name) for name in commands) else None
        self._prepare_for(user)
        for name, argv in commands.items():
            if self._pid(name):
                continue
            # The API and OGC processes drop root for the service user; nginx's master keeps it for the
            # port and its files, its workers run as nobody (user line of nginx.conf).
            drop = {} if user is None or name == "nginx" else {"user": user.uid, "group": user.gid, "extra_groups": []}
            with open(self.log_dir / f"{name}.log", "ab") as log:
                proc = subprocess.Popen(  # noqa: S603 - the fixed argument lists of commands()
                    argv,
                    cwd=ROOT,
                    env=self._process_env(name, env, user if drop else None),
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,
                    preexec_fn=term_with_parent if self.die_with_parent else None,
                    **drop,
                )
            self._procs[name] = proc
            self._pidfile(name).write_text(str(proc.pid))
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        checks = {
            "api": f"{self.origin}/api/health",
            "basemap": f"http://127.0.0.1:{self.ports.basemap}/?SERVICE=WMS&REQUEST=GetCapabilities",
        }
        if "ows" in self.commands():
            checks["ows"] = f"{self.origin}/ows?SERVICE=WMS&REQUEST=GetCapabilities"
        pending = dict(checks)
        while pending and time.monotonic() < deadline:
            for name in list(self.commands()):
                if not self._pid(name):
                    raise StackError(f"{name} exited at start; see {self.log_dir / (name + '.log')}")
            for name, url in list(pending.items()):
                try:
                    with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 - the http URLs above
                        if resp.status < 500:
                            del pending[name]
                except urllib.error.HTTPError as exc:
                    if exc.code < 500:
                        del pending[name]
                except (urllib.error.URLError, OSError):
                    pass
            time.sleep(0.3)
        if pending:
            raise StackError(f"no answer from {', '.join(pending)} after {timeout:.0f} s; logs in {self.log_dir}")

    def stop(self) -> None:
        for name in reversed(list(self.commands())):
            pid = self._pid(name)
            if pid:
                try:
                    os.killpg(pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
                for _ in range(100):
                    if not self._pid(name):
                        break
                    time.sleep(0.1)
                else:
                    try:
                        os.killpg(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
            self._pidfile(name).unlink(missing_ok=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.ports.origin}"


_ORIGIN = re.compile(
    r"^https?://(?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?)*"
    r"|\[[0-9a-f:.]+\])(?::\d{1,5})?$"
)
_DEFAULT_PORT = {"http": ":80", "https": ":443"}


def cors_origins(value: str) -> list[str]:
    """CRISIS_ALLOWED_ORIGINS (comma separated) as browsers send Origin: scheme://host[:port], lower case, without
    a default port or a trailing slash. Anything else (a path, a wildcard, quotes) is an error: these values are
    written into nginx's configuration."""
    origins = []
    for item in value.split(","):
        origin = item.strip().rstrip("/").lower()
        if not origin:
            continue
        scheme = origin.partition("://")[0]
        origin = origin.removesuffix(_DEFAULT_PORT.get(scheme, "\0"))
        if not _ORIGIN.match(origin):
            raise StackError(f"CRISIS_ALLOWED_ORIGINS: {item.strip()[:80]!r} is not an origin (scheme://host[:port])")
        if origin not in origins:
            origins.append(origin)
    return origins


def term_with_parent() -> None:
    """In the child before exec: SIGTERM when the parent dies (Linux prctl PR_SET_PDEATHSIG)."""
    import ctypes

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM, 0, 0, 0)


def default_stack(settings: Settings) -> Stack:
    return Stack(settings, Ports.from_origin(settings.port), settings.run_dir, settings.log_dir)


def free_port_block(size: int = 5) -> int:
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
