"""Small writers the demo modules share: acting user, situations, anchors, perimeters, feeds, weather, geometry."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

import psycopg

# Metres per degree of latitude; good enough for placing demo points a few kilometres apart.
_M_PER_DEG = 111_320.0

# A hazard-zone footprint built in Belgian Lambert 2008 (metres) and stored in EPSG:4326: the convex hull of a
# disc around the source and a sector pointing downwind, i.e. the teardrop a Dir-PC-Ops draws for a toxic plume.
PLUME_SQL = """
SELECT ST_Multi(ST_Transform(ST_ConvexHull(ST_Union(ST_Buffer(src.p, %(disc_m)s, 32), sector.g)), 4326))
FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), 3812) AS p) AS src,
LATERAL (
    SELECT ST_MakePolygon(ST_MakeLine(
               ARRAY[src.p]
               || array_agg(ST_Translate(src.p, %(reach_m)s * sin(radians(a)), %(reach_m)s * cos(radians(a)))
                            ORDER BY a)
               || ARRAY[src.p])) AS g
    FROM (SELECT %(toward_deg)s - %(half_angle_deg)s + 2 * %(half_angle_deg)s * i / %(steps)s AS a
          FROM generate_series(0, %(steps)s) AS i) AS arc
) AS sector
"""

# A disc of `radius_m` metres around a point, built in EPSG:3812 and stored in EPSG:4326.
DISC_SQL = """
SELECT ST_Multi(ST_Transform(ST_Buffer(ST_Transform(ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), 3812),
                                       %(radius_m)s, 32), 4326))
"""

# A corridor along a road (LINESTRING in 4326), buffered in metres in EPSG:3812.
CORRIDOR_SQL = """
SELECT ST_Multi(ST_Transform(ST_Buffer(ST_Transform(ST_GeomFromText(%(line)s, 4326), 3812), %(half_width_m)s,
                                       'endcap=flat join=round'), 4326))
"""


def db_now(conn: psycopg.Connection) -> datetime:
    return conn.execute("SELECT now()").fetchone()[0]


def offset(lon: float, lat: float, toward_deg: float, metres: float) -> tuple[float, float]:
    """The point `metres` away from (lon, lat) in direction `toward_deg` (clockwise from north)."""
    b = math.radians(toward_deg)
    dlat = metres * math.cos(b) / _M_PER_DEG
    dlon = metres * math.sin(b) / (_M_PER_DEG * math.cos(math.radians(lat)))
    return round(lon + dlon, 6), round(lat + dlat, 6)


def point_wkt(lon: float, lat: float) -> str:
    return f"SRID=4326;POINT({lon} {lat})"


def polygon_wkt(ring: list[tuple[float, float]]) -> str:
    """EWKT of a MultiPolygon of one ring in EPSG:4326; the ring is closed here if it is not already."""
    if ring[0] != ring[-1]:
        ring = [*ring, ring[0]]
    return "SRID=4326;MULTIPOLYGON(((" + ", ".join(f"{x} {y}" for x, y in ring) + ")))"


def plume(
    conn: psycopg.Connection,
    lon: float,
    lat: float,
    *,
    toward_deg: float,
    disc_m: float,
    reach_m: float,
    half_angle_deg: float,
) -> str:
    """EWKB hex of a downwind hazard footprint (see PLUME_SQL)."""
    params = dict(
        lon=lon,
        lat=lat,
        toward_deg=float(toward_deg),
        disc_m=float(disc_m),
        reach_m=float(reach_m),
        half_angle_deg=float(half_angle_deg),
        steps=max(2, math.ceil(2 * half_angle_deg / 3)),
    )
    return conn.execute(PLUME_SQL, params).fetchone()[0]


def disc(conn: psycopg.Connection, lon: float, lat: float, radius_m: float) -> str:
    """EWKB hex of a disc around a point."""
    return conn.execute(DISC_SQL, dict(lon=lon, lat=lat, radius_m=float(radius_m))).fetchone()[0]


def corridor(conn: psycopg.Connection, lines: list[list[tuple[float, float]]], half_width_m: float) -> str:
    """EWKB hex of road corridors: each polyline buffered by `half_width_m`, all unioned."""
    wkt = "MULTILINESTRING(" + ", ".join("(" + ", ".join(f"{x} {y}" for x, y in line) + ")" for line in lines) + ")"
    return conn.execute(CORRIDOR_SQL, dict(line=wkt, half_width_m=float(half_width_m))).fetchone()[0]


def create_situation(
    conn: psycopg.Connection,
    *,
    kind: str,
    status: str,
    phase: str,
    activation_level: str | None,
    title: str,
    description: str,
    area: str,
    starts_at: datetime,
    ends_at: datetime | None,
    owner_org_id: int,
    author_id: int,
    created_at: datetime | None = None,
) -> int:
    """Insert a situation; `area` is EWKT or EWKB hex of a MultiPolygon in EPSG:4326."""
    return conn.execute(
        "INSERT INTO crisis.situations (kind, status, phase, activation_level, title, description, area, starts_at,"
        " ends_at, owner_org_id, created_by, updated_by, created_at)"
        " VALUES (%s, %s, %s, %s, %s, %s, %s::geometry, %s, %s, %s, %s, %s, coalesce(%s, now())) RETURNING id",
        (
            kind,
            status,
            phase,
            activation_level,
            title,
            description,
            area,
            starts_at,
            ends_at,
            owner_org_id,
            author_id,
            author_id,
            created_at,
        ),
    ).fetchone()[0]


def share(
    conn: psycopg.Connection, situation_id: int, org_ids: list[int], shared_by: int, shared_at: datetime | None = None
) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO crisis.situation_shares (situation_id, organisation_id, shared_by, shared_at)"
            " VALUES (%s, %s, %s, coalesce(%s, now()))",
            [(situation_id, org_id, shared_by, shared_at) for org_id in org_ids],
        )


def add_anchors(conn: psycopg.Connection, situation_id: int, anchors: list[tuple], author_id: int) -> dict[str, int]:
    """Insert (key, kind, label, lon, lat, status, notes) anchors written by `author_id`; returns key -> id."""
    ids = {}
    for key, kind, label, lon, lat, status, notes in anchors:
        ids[key] = conn.execute(
            "INSERT INTO crisis.anchors (situation_id, kind, label, status, notes, geom, updated_by)"
            " VALUES (%s, %s, %s, %s, %s, %s::geometry, %s) RETURNING id",
            (situation_id, kind, label, status, notes, point_wkt(lon, lat), author_id),
        ).fetchone()[0]
    return ids


def add_perimeter(
    conn: psycopg.Connection, situation_id: int, kind: str, label: str, geom, author_id: int, notes: str = ""
) -> int:
    """Insert a perimeter; `geom` is EWKB hex (from plume/corridor) or EWKT (from polygon_wkt) in EPSG:4326."""
    return conn.execute(
        "INSERT INTO crisis.perimeters (situation_id, kind, label, notes, geom, updated_by)"
        " VALUES (%s, %s, %s, %s, ST_Multi(%s::geometry), %s) RETURNING id",
        (situation_id, kind, label, notes, geom, author_id),
    ).fetchone()[0]


def post_feed(
    conn: psycopg.Connection, situation_id: int, t0: datetime, entries: list[tuple], users: dict[str, int]
) -> dict[str, int]:
    """Insert feed entries (key, minute after t0, author email, channel, priority, body, (lon, lat) or None,
    key of the corrected entry or None, is_system) in order; returns key -> id."""
    ids: dict[str, int] = {}
    for key, minute, email, channel, priority, body, where, corrects, is_system in entries:
        ids[key] = conn.execute(
            "INSERT INTO crisis.feed_entries (situation_id, channel, priority, body, location, author_id, corrects_id,"
            " is_system, created_at) VALUES (%s, %s, %s, %s, %s::geometry, %s, %s, %s, %s) RETURNING id",
            (
                situation_id,
                channel,
                priority,
                body,
                point_wkt(*where) if where else None,
                users[email],
                ids[corrects] if corrects else None,
                is_system,
                t0 + timedelta(minutes=minute),
            ),
        ).fetchone()[0]
    return ids


def add_weather(conn: psycopg.Connection, situation_id: int, observations: list[tuple]) -> None:
    """Insert (observed_at, lon, lat, wind_from_deg, wind_speed_ms, temperature_c, precipitation_mm, stability,
    source) observations."""
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO crisis.weather_observations (situation_id, observed_at, geom, wind_from_deg, wind_speed_ms,"
            " temperature_c, precipitation_mm, stability_class, source)"
            " VALUES (%s, %s, ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s, %s, %s, %s, %s, %s)",
            [(situation_id, *obs) for obs in observations],
        )
