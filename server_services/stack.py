"""Start, watch and stop the platform's processes (API, OGC front, the nginx origin) on localhost."""

from __future__ import annotations

import os
import shutil
import signal
import socket
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


class StackError(RuntimeError):
    """A service did not start or does not answer."""


@dataclass(frozen=True)
class Ports:
    origin: int
    api: int
    ows: int

    @classmethod
    def from_origin(cls, origin: int, environ=os.environ) -> Ports:
        return cls(origin, int(environ.get("API_PORT", origin + 1)), int(environ.get("OWS_PORT", origin + 2)))


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
    def _python(self) -> str:
        venv = ROOT / ".venv" / "bin" / "python"
        return str(venv) if venv.exists() else sys.executable

    def commands(self) -> dict[str, list[str]]:
        py = self._python()
        cmds = {
            # gthread: each live feed (server-sent events) holds a thread while it waits on its condition
            # variable, so the threads bound the followers (hundreds per worker); requests are short.
            "api": [py, "-m", "gunicorn", "server_services.api.wsgi:app",
                    "--bind", f"127.0.0.1:{self.ports.api}", "--workers", "2",
                    "--worker-class", "gthread", "--threads", "600", "--worker-connections", "1200",
                    "--backlog", "2048", "--graceful-timeout", "10", "--timeout", "60"],
        }
        if (ROOT / "server_services" / "ogc" / "wsgi.py").exists():
            cmds["ows"] = [py, "-m", "gunicorn", "server_services.ogc.wsgi:app",
                           "--bind", f"127.0.0.1:{self.ports.ows}", "--workers", "2",
                           "--graceful-timeout", "10", "--timeout", "120"]
        cmds["nginx"] = [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(self.run_dir / "nginx.conf"),
                         "-g", "daemon off;"]
        return cmds

    def _write_nginx_conf(self) -> Path:
        tmp_dir = Path(f"/tmp/crisis-nginx-{self.ports.origin}")
        tmp_dir.mkdir(mode=0o700, exist_ok=True)
        user_line = ""
        if os.geteuid() == 0:
            # Workers drop root; they need only their temp folder (upstreams are TCP).
            user_line = "user nobody nogroup;"
            shutil.chown(tmp_dir, "nobody", "nogroup")
        text = Template((ROOT / "server_services" / "nginx.conf.tmpl").read_text()).substitute(
            user_line=user_line, run_dir=self.run_dir, log_dir=self.log_dir, tmp_dir=tmp_dir,
            port=self.ports.origin, api_port=self.ports.api, ows_port=self.ports.ows,
        )
        conf = self.run_dir / "nginx.conf"
        if not conf.exists() or conf.read_text() != text:
            # Never truncate a file a running nginx may be reading.
            tmp = conf.with_name(f".nginx.conf.{os.getpid()}")
            tmp.write_text(text)
            os.replace(tmp, conf)
        return conf

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            CRISIS_ADMIN_DATABASE_URL=self.settings.admin_database_url,
            CRISIS_APP_DATABASE_URL=self.settings.app_database_url,
            APP_DATABASE_URL=self.settings.app_database_url,
            DATABASE_URL=self.settings.admin_database_url,
            PORT=str(self.ports.origin),
            PYTHONPATH=str(ROOT),
            QT_QPA_PLATFORM="offscreen",
            CRISIS_RUN_DIR=str(self.run_dir),
            CRISIS_PUBLIC_URL=f"http://127.0.0.1:{self.ports.origin}",
        )
        env.update(self.extra_env)
        return env

    @staticmethod
    def _process_env(name: str, env: dict[str, str]) -> dict[str, str]:
        """QGIS Server allocates and frees small blocks for every attribute of every feature it writes; with
        jemalloc (Debian's libjemalloc2, when installed) a GetFeature of 10,000 anchors takes about a sixth
        less time than with glibc's allocator."""
        if name == "ows" and JEMALLOC is not None and not env.get("LD_PRELOAD"):
            return {**env, "LD_PRELOAD": str(JEMALLOC)}
        return env

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
        for name, argv in self.commands().items():
            if self._pid(name):
                continue
            log = open(self.log_dir / f"{name}.log", "ab")
            proc = subprocess.Popen(argv, cwd=ROOT, env=self._process_env(name, env), stdout=log,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True,
                                    preexec_fn=term_with_parent if self.die_with_parent else None)
            self._procs[name] = proc
            self._pidfile(name).write_text(str(proc.pid))
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        checks = {"api": f"{self.origin}/api/health"}
        if "ows" in self.commands():
            checks["ows"] = f"{self.origin}/ows?SERVICE=WMS&REQUEST=GetCapabilities"
        pending = dict(checks)
        while pending and time.monotonic() < deadline:
            for name in list(self.commands()):
                if not self._pid(name):
                    raise StackError(f"{name} exited at start; see {self.log_dir / (name + '.log')}")
            for name, url in list(pending.items()):
                try:
                    with urllib.request.urlopen(url, timeout=5) as resp:
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


def term_with_parent() -> None:
    """In the child before exec: SIGTERM when the parent dies (Linux prctl PR_SET_PDEATHSIG)."""
    import ctypes

    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM, 0, 0, 0)


def default_stack(settings: Settings) -> Stack:
    return Stack(settings, Ports.from_origin(settings.port), settings.run_dir, settings.log_dir)


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
