"""Small factories: a test makes the organisations, users, situations and places it reads, on any migrated
database (the demo need not be loaded).

Each takes a connection of the owner role (tests' `admin_conn`), writes in a transaction of its own (committed
when it returns, so the API and other connections see it at once) and returns a plain dict. Names are unique
per call: tests share a database without meeting each other's rows."""

from __future__ import annotations

import hashlib
import itertools
import secrets
from contextlib import contextmanager

import psycopg
from support import cheap_password_hash

from server_services.db import acting_as

PASSWORD = "factory-users-password"  # every factory user's
DISCIPLINES = {
    "fire_zone": "D1",
    "medical_service": "D2",
    "police_zone": "D3",
    "civil_protection": "D4",
    "communication_cell": "D5",
}
PORT_OF_ANTWERP = (4.2906, 51.2931)  # lon, lat: where places are put unless a test says otherwise

_serial = itertools.count(1)


def unique(prefix: str) -> str:
    """`prefix-<random>-<n>`: a name no other test (nor another session on the same cluster) uses."""
    return f"{prefix}-{secrets.token_hex(3)}-{next(_serial)}"


@contextmanager
def _acting(conn: psycopg.Connection, user: dict):
    """A transaction in which `user` acts (audit rows and authors name them), committed at once."""
    with acting_as(conn, user["id"]):
        yield conn
    conn.commit()  # inside a transaction the caller had open, acting_as only made a savepoint


def _square(lon: float, lat: float, half_side_deg: float) -> str:
    """EWKT of a MultiPolygon: a square of 2 * half_side_deg around (lon, lat), in EPSG:4326."""
    w, s, e, n = lon - half_side_deg, lat - half_side_deg, lon + half_side_deg, lat + half_side_deg
    return f"SRID=4326;MULTIPOLYGON((({w} {s}, {e} {s}, {e} {n}, {w} {n}, {w} {s})))"


def make_organisation(
    conn: psycopg.Connection, kind: str = "province", *, name: str | None = None, discipline: str | None = None
) -> dict:
    """An organisation of `kind` (crisis.organisation_kinds); a service's discipline follows its kind."""
    slug = unique(kind.replace("_", "-"))
    row = conn.execute(
        "INSERT INTO crisis.organisations (slug, name, kind, discipline) VALUES (%s, %s, %s, %s) "
        "RETURNING id, slug, name, kind, discipline",
        (slug, name or f"Organisation {slug}", kind, discipline or DISCIPLINES.get(kind)),
    ).fetchone()
    conn.commit()
    return dict(zip(("id", "slug", "name", "kind", "discipline"), row, strict=True))


def make_user(
    conn: psycopg.Connection,
    organisation: dict | None = None,
    role: str = "editor",
    *,
    language: str = "en",
    active: bool = True,
) -> dict:
    """A login of `organisation` (a new province if none) with `role`; its password is PASSWORD."""
    organisation = organisation or make_organisation(conn)
    email = f"{unique(role)}@factory.test"
    user_id = conn.execute(
        "INSERT INTO crisis.users (email, display_name, organisation_id, role, password_hash, language, active) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
        (
            email,
            f"{role.title()} of {organisation['name']}",
            organisation["id"],
            role,
            cheap_password_hash(PASSWORD),
            language,
            active,
        ),
    ).fetchone()[0]
    conn.commit()
    return {
        "id": user_id,
        "email": email,
        "password": PASSWORD,
        "role": role,
        "language": language,
        "organisation": organisation,
    }


def make_token(conn: psycopg.Connection, user: dict, ttl_seconds: int = 3600) -> str:
    """A bearer token of `user`, as logging in issues one (stored as its SHA-256), without paying argon2."""
    token = secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO crisis.api_tokens (user_id, token_hash, expires_at) "
        "VALUES (%s, %s, now() + make_interval(secs => %s))",
        (user["id"], hashlib.sha256(token.encode()).digest(), ttl_seconds),
    )
    conn.commit()
    return token


def make_situation(
    conn: psycopg.Connection,
    owner: dict | None = None,
    *,
    author: dict | None = None,
    kind: str = "incident",
    status: str = "active",
    phase: str = "none",
    title: str | None = None,
    shared_with: tuple[dict, ...] = (),
    area: bool = True,
) -> dict:
    """A situation owned by `owner` (a new province if none), written by `author` (a new coordinator of the
    owner if none), shared with the organisations in `shared_with`, its area a square around the port."""
    owner = owner or make_organisation(conn)
    author = author or make_user(conn, owner, "coordinator")
    title = title or unique(f"Situation {kind}")
    with _acting(conn, author):
        situation_id = conn.execute(
            "INSERT INTO crisis.situations (kind, status, phase, title, area, owner_org_id, created_by, updated_by) "
            "VALUES (%s, %s, %s, %s, %s::geometry, %s, %s, %s) RETURNING id",
            (
                kind,
                status,
                phase,
                title,
                _square(*PORT_OF_ANTWERP, 0.05) if area else None,
                owner["id"],
                author["id"],
                author["id"],
            ),
        ).fetchone()[0]
    situation = {"id": situation_id, "kind": kind, "status": status, "title": title, "owner": owner, "author": author}
    if shared_with:
        share(conn, situation, *shared_with)
    return situation


def share(conn: psycopg.Connection, situation: dict, *organisations: dict) -> None:
    """Shares `situation` with `organisations`, as its author."""
    with _acting(conn, situation["author"]):
        for organisation in organisations:
            conn.execute(
                "INSERT INTO crisis.situation_shares (situation_id, organisation_id, shared_by) VALUES (%s, %s, %s)",
                (situation["id"], organisation["id"], situation["author"]["id"]),
            )


def make_anchor(
    conn: psycopg.Connection,
    situation: dict,
    author: dict,
    *,
    kind: str = "pc_ops",
    label: str | None = None,
    lon: float = PORT_OF_ANTWERP[0],
    lat: float = PORT_OF_ANTWERP[1],
    status: str = "active",
) -> dict:
    """An anchor (crisis.anchor_kinds) placed by `author` in `situation`."""
    label = label or unique(kind)
    with _acting(conn, author):
        anchor_id = conn.execute(
            "INSERT INTO crisis.anchors (situation_id, kind, label, status, geom, updated_by) "
            "VALUES (%s, %s, %s, %s, ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s) RETURNING id",
            (situation["id"], kind, label, status, lon, lat, author["id"]),
        ).fetchone()[0]
    return {"id": anchor_id, "kind": kind, "label": label, "situation_id": situation["id"]}


def make_perimeter(
    conn: psycopg.Connection,
    situation: dict,
    author: dict,
    *,
    kind: str = "red",
    label: str | None = None,
    lon: float = PORT_OF_ANTWERP[0],
    lat: float = PORT_OF_ANTWERP[1],
    half_side_deg: float = 0.004,
) -> dict:
    """A perimeter (crisis.perimeter_kinds) drawn by `author` in `situation`: a square around (lon, lat)."""
    label = label or unique(kind)
    with _acting(conn, author):
        perimeter_id = conn.execute(
            "INSERT INTO crisis.perimeters (situation_id, kind, label, geom, updated_by) "
            "VALUES (%s, %s, %s, %s::geometry, %s) RETURNING id",
            (situation["id"], kind, label, _square(lon, lat, half_side_deg), author["id"]),
        ).fetchone()[0]
    return {"id": perimeter_id, "kind": kind, "label": label, "situation_id": situation["id"]}


def make_feed_entry(
    conn: psycopg.Connection,
    situation: dict,
    author: dict,
    *,
    channel: str = "multidisciplinary",
    priority: str = "info",
    body: str | None = None,
) -> dict:
    """A logbook entry written by `author` in `situation`."""
    body = body or unique("Entry")
    with _acting(conn, author):
        entry_id = conn.execute(
            "INSERT INTO crisis.feed_entries (situation_id, channel, priority, body, author_id) "
            "VALUES (%s, %s, %s, %s, %s) RETURNING id",
            (situation["id"], channel, priority, body, author["id"]),
        ).fetchone()[0]
    return {"id": entry_id, "channel": channel, "priority": priority, "body": body, "situation_id": situation["id"]}
