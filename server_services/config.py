"""Settings read from the environment (and var/platform.env written by the set-up), checked once.

Two kinds of process read them:
- the administration commands (`crisis migrate`, `crisis demo`, the test fixtures) need the owner connection
  (`DATABASE_URL`, or CRISIS_OWNER_DATABASE_URL of var/platform.env): the role that owns the schema, never a
  superuser;
- the services (API, OGC front) need only the `crisis_app` connection. They are started with CRISIS_SERVICE=1
  (server_services/stack.py): then no owner connection is looked for, not even in var/platform.env, and
  `admin_database_url` is None.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = ROOT / "sql"
STYLES_DIR = ROOT / "styles"
VAR_DIR = Path(os.environ.get("CRISIS_VAR_DIR", ROOT / "var"))
ENV_FILE = VAR_DIR / "platform.env"

# Where the owner connection may come from, first found wins (CRISIS_ADMIN_DATABASE_URL: files of earlier set-ups).
OWNER_URL_KEYS = ("DATABASE_URL", "CRISIS_OWNER_DATABASE_URL", "CRISIS_ADMIN_DATABASE_URL")
APP_URL_KEYS = ("APP_DATABASE_URL", "CRISIS_APP_DATABASE_URL")
SERVICE_FLAG = "CRISIS_SERVICE"


class ConfigError(RuntimeError):
    """The platform is not configured well enough to start."""


def _read_env_file(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    try:
        text = path.read_text()
    except (FileNotFoundError, PermissionError):  # not made yet, or a service user that may not read it
        return values
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip()
    return values


@dataclass(frozen=True)
class Settings:
    admin_database_url: str | None  # the schema owner (never a superuser): migrations and loaders; None in services
    app_database_url: str  # the crisis_app role: what the services use
    port: int
    var_dir: Path

    @property
    def owner_database_url(self) -> str:
        """The owner connection, for the commands that need it."""
        if not self.admin_database_url:
            raise ConfigError(
                "this needs the owner connection (DATABASE_URL or var/platform.env), which the services do not hold"
            )
        return self.admin_database_url

    @property
    def log_dir(self) -> Path:
        return self.var_dir / "log"

    @property
    def run_dir(self) -> Path:
        return self.var_dir / "run"


def _first(env: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((env[key] for key in keys if env.get(key)), None)


def load_settings(environ: dict[str, str] | None = None, service: bool | None = None) -> Settings:
    """Environment first, then var/platform.env (written by `make run`).

    service=True (or CRISIS_SERVICE=1 in the environment, as the services are started): only the crisis_app
    connection is read, from the environment alone, and admin_database_url is None. Otherwise the owner
    connection is taken if there is one; without any owner connection the app connection alone is enough
    (admin_database_url is then None) and commands that need the owner say so."""
    process_env = os.environ if environ is None else environ
    if service is None:
        service = process_env.get(SERVICE_FLAG) == "1"
    env = {} if service else dict(_read_env_file(ENV_FILE))
    env.update(process_env)
    admin = None if service else _first(env, OWNER_URL_KEYS)
    app = _first(env, APP_URL_KEYS) or admin
    if not app:
        if service:
            raise ConfigError("CRISIS_APP_DATABASE_URL is not set (the services get it from `crisis start`)")
        raise ConfigError("DATABASE_URL is not set and var/platform.env does not exist: run `make run` first")
    try:
        port = int(env.get("PORT", "8080"))
    except ValueError as exc:
        raise ConfigError(f"PORT must be a number, not {env.get('PORT')!r}") from exc
    return Settings(admin_database_url=admin, app_database_url=app, port=port, var_dir=VAR_DIR)


def forget_owner_credentials(environ=os.environ) -> None:
    """For a service process once it is configured: take any owner connection out of its environment (where
    someone started it by hand with DATABASE_URL set), so that nothing running in it can read one there."""
    for key in OWNER_URL_KEYS + ("PGPASSWORD",):
        environ.pop(key, None)
