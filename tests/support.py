"""Test support shared by the suites: test databases and the running platform (imported by conftest files)."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg

from server_services.demo.scenario import DEMO_PASSWORD  # noqa: F401 - the suites' one name for it


@dataclass(frozen=True)
class TestDatabase:
    name: str
    admin_url: str  # the owner role (crisis_owner on the private cluster), never a superuser
    app_url: str


def wfs_geojson(layer: str, **params: str) -> dict[str, str]:
    """The query of a WFS 1.1.0 GetFeature of `layer` (or layers) as GeoJSON, as the suites read features, with
    `params` (FEATUREID, EXP_FILTER, BBOX ...) added."""
    return {
        "SERVICE": "WFS",
        "VERSION": "1.1.0",
        "REQUEST": "GetFeature",
        "TYPENAME": layer,
        "OUTPUTFORMAT": "application/json",
        **params,
    }


def start_platform(database: TestDatabase, extra_env: dict[str, str] | None = None, name: str = "platform"):
    """The whole platform (API, OGC front, nginx origin, base map) against `database`, on free ports, with
    `extra_env` added to its services' environment; yields the Stack. A platform whose tests hardly use the OGC
    front asks for fewer OGC workers than production's (CRISIS_OWS_WORKERS): each loads QGIS and the project at
    start, about two seconds of CPU."""
    from server_services.config import Settings
    from server_services.stack import Ports, Stack, free_port_block

    base = free_port_block()
    work = Path(tempfile.mkdtemp(prefix=f"crisis-{name}-"))
    test_settings = Settings(
        admin_database_url=database.admin_url, app_database_url=database.app_url, port=base, var_dir=work
    )
    stack = Stack(
        test_settings,
        Ports(base, base + 1, base + 2),
        work / "run",
        work / "log",
        die_with_parent=True,
        extra_env=extra_env or {},
    )
    try:
        stack.start(timeout=120)
    except Exception:
        stack.stop()
        for log in sorted((work / "log").glob("*.log")):
            print(f"--- {log}\n{log.read_text()[-3000:]}")
        raise
    yield stack
    stack.stop()
    shutil.rmtree(work, ignore_errors=True)


def make_migrated_database(database_factory, prefix: str = "crisis_test") -> TestDatabase:
    """A fresh database, migrated, holding nothing but the reference tables (tests/factories.py fills it)."""
    from server_services.migrations import migrate

    db = database_factory(prefix)
    migrate(db.admin_url, log=lambda *_: None)
    return db


# The session's migrated demo database, made once by each database factory and copied for each suite that needs
# one of its own (a copy takes a fifth of a second; migrating and loading the demo about two seconds).
_DEMO_TEMPLATES: dict[int, str] = {}


def cheap_password_hash(password: str) -> str:
    """An argon2id hash of `password` with argon2's cheapest parameters (argon2.profiles.CHEAPEST: microseconds
    to check instead of about 0.25 s). A check follows the parameters stored in the hash, so logins as the demo
    users in the suites (hundreds of them) cost nothing, while every hash the platform makes (new users, password
    changes, the dummy hash of unknown emails) keeps the production cost: the login timing and throttle tests use
    accounts made by `passwords.hash_password`."""
    from argon2 import PasswordHasher, profiles

    return PasswordHasher.from_parameters(profiles.CHEAPEST).hash(password)


def make_demo_database(database_factory) -> TestDatabase:
    """A fresh database, migrated, with the demo scenario loaded (tests/demo loads the demo itself)."""
    from server_services.demo import load_demo

    template = _DEMO_TEMPLATES.get(id(database_factory))
    if template is None:
        made = make_migrated_database(database_factory, "crisis_demo_template")
        load_demo(made.admin_url)
        with psycopg.connect(made.admin_url) as conn:
            conn.execute("UPDATE crisis.users SET password_hash = %s", (cheap_password_hash(DEMO_PASSWORD),))
        template = _DEMO_TEMPLATES[id(database_factory)] = made.name
    return database_factory(template=template)
