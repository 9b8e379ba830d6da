"""Settings read from the environment (and var/platform.env written by the set-up), checked once."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQL_DIR = ROOT / "sql"
STYLES_DIR = ROOT / "styles"
VAR_DIR = Path(os.environ.get("CRISIS_VAR_DIR", ROOT / "var"))
ENV_FILE = VAR_DIR / "platform.env"


class ConfigError(RuntimeError):
    """The platform is not configured well enough to start."""


def _read_env_file(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    if not path.exists():
        return values
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip()
    return values


@dataclass(frozen=True)
class Settings:
    admin_database_url: str  # owner/superuser: migrations and loaders
    app_database_url: str  # the crisis_app role: what the services use
    port: int
    var_dir: Path

    @property
    def log_dir(self) -> Path:
        return self.var_dir / "log"

    @property
    def run_dir(self) -> Path:
        return self.var_dir / "run"


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Environment first, then var/platform.env (written by `make run`)."""
    env = dict(_read_env_file(ENV_FILE))
    env.update(os.environ if environ is None else environ)
    admin = env.get("DATABASE_URL") or env.get("CRISIS_ADMIN_DATABASE_URL")
    if not admin:
        raise ConfigError("DATABASE_URL is not set and var/platform.env does not exist: run `make run` first")
    app = env.get("APP_DATABASE_URL") or env.get("CRISIS_APP_DATABASE_URL") or admin
    try:
        port = int(env.get("PORT", "8080"))
    except ValueError as exc:
        raise ConfigError(f"PORT must be a number, not {env.get('PORT')!r}") from exc
    return Settings(admin_database_url=admin, app_database_url=app, port=port, var_dir=VAR_DIR)
