"""A plan's prepared places and zones (crisis.plan_anchors, crisis.plan_perimeters) as an import writes them: the
kinds' words, PostGIS's verdict on the geometries, and the write itself, whole or not at all."""

from __future__ import annotations

from psycopg import sql

from ..db import DictConnection, set_actor
from .accounts import User
from .plans import managed_plan

FAMILIES = {"anchor": "anchor_kinds", "perimeter": "perimeter_kinds"}

# PostGIS, which will store them, judges validity; the territory check is crisis.near_belgium (sql/062).
_JUDGE = """
SELECT f.n, ST_IsValid(g.geom) AS valid, ST_IsValidReason(g.geom) AS reason,
       ST_IsValid(g.geom) AND crisis.near_belgium(g.geom) AS near
FROM unnest(%s::bytea[]) WITH ORDINALITY AS f (wkb, n), LATERAL (SELECT ST_GeomFromWKB(f.wkb, 4326) AS geom) AS g
ORDER BY f.n
"""

_INSERT = {
    "anchor": """INSERT INTO crisis.plan_anchors (plan_id, kind, label, geom)
                 SELECT %s, t.kind, t.label, ST_GeomFromWKB(t.wkb, 4326)
                 FROM unnest(%s::text[], %s::text[], %s::bytea[]) WITH ORDINALITY AS t (kind, label, wkb, n)
                 ORDER BY t.n RETURNING id""",
    "perimeter": """INSERT INTO crisis.plan_perimeters (plan_id, kind, label, geom)
                    SELECT %s, t.kind, t.label, ST_Multi(ST_GeomFromWKB(t.wkb, 4326))
                    FROM unnest(%s::text[], %s::text[], %s::bytea[]) WITH ORDINALITY AS t (kind, label, wkb, n)
                    ORDER BY t.n RETURNING id""",
}


def kind_words(conn: DictConnection) -> dict[str, list[tuple[str, ...]]]:
    """{family: [(code, label_en, label_fr, label_nl, label_de)]} of the anchor and perimeter kinds (sql/004)."""
    words = {}
    for family, table in FAMILIES.items():
        query = sql.SQL("SELECT code, label_en, label_fr, label_nl, label_de FROM {}").format(
            sql.Identifier("crisis", table)
        )
        words[family] = [tuple(row.values()) if isinstance(row, dict) else tuple(row) for row in conn.execute(query)]
    return words


def judge(conn: DictConnection, wkbs: list[bytes]) -> list[dict]:
    """For each geometry (EPSG:4326 WKB), in order: {n, valid, reason, near} (near: valid and near Belgium)."""
    if not wkbs:
        return []
    rows = conn.execute(_JUDGE, (wkbs,)).fetchall()
    return [
        row if isinstance(row, dict) else dict(zip(("n", "valid", "reason", "near"), row, strict=True)) for row in rows
    ]


def write(conn: DictConnection, user: User, plan_id: int, places: list, mode: str) -> dict:
    """places: objects with family (anchor | perimeter), kind, label and wkb, all written in one transaction
    (in mode replace, in the place of the plan's prepared ones). {"anchors": [ids], "perimeters": [ids]}"""
    created = {}
    with conn.transaction():
        set_actor(conn, user.id)
        managed_plan(conn, user, plan_id)
        if mode == "replace":
            conn.execute("DELETE FROM crisis.plan_anchors WHERE plan_id = %s", (plan_id,))
            conn.execute("DELETE FROM crisis.plan_perimeters WHERE plan_id = %s", (plan_id,))
        for family in FAMILIES:
            chosen = [c for c in places if c.family == family]
            rows = (
                conn.execute(
                    _INSERT[family],
                    (plan_id, [c.kind for c in chosen], [c.label for c in chosen], [c.wkb for c in chosen]),
                ).fetchall()
                if chosen
                else []
            )
            created[f"{family}s"] = [r["id"] if isinstance(r, dict) else r[0] for r in rows]
        conn.execute("UPDATE crisis.plans SET updated_at = now() WHERE id = %s", (plan_id,))  # a new version
    return created
