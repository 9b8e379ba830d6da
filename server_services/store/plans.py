"""Plans in the database: scoped search, the plan card, writes by the owner organisation's coordinators and admins
(the database checks them again: sql/060), shares, documents and reviews."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from psycopg import sql

from ..db import DictConnection, one, set_actor
from .accounts import User
from .errors import Conflict, Forbidden, NotFound, ValidationFailed

KINDS = ("PGUI", "PPUI", "monodisciplinary", "internal")
DISCIPLINES = ("D1", "D2", "D3", "D4", "D5")
STATUSES = ("draft", "in_force", "withdrawn")
EDITABLE = (
    "code",
    "kind",
    "discipline",
    "title",
    "description",
    "risk_site",
    "status",
    "approved_on",
    "next_review_on",
    "zone",
)

# One plan as lists show it; the card adds the rest. Only p.* and subqueries, keyed on %(uid)s.
PLAN_COLUMNS = sql.SQL("""
    p.id, p.code, p.kind, p.discipline, p.title, p.description, p.risk_site, p.status,
    json_build_object('id', o.id, 'slug', o.slug, 'name', o.name) AS owner_organisation,
    p.approved_on, p.next_review_on, coalesce(p.next_review_on < current_date, false) AS review_overdue,
    CASE WHEN p.zone IS NULL THEN NULL
         ELSE json_build_array(ST_XMin(p.zone), ST_YMin(p.zone), ST_XMax(p.zone), ST_YMax(p.zone)) END AS bbox,
    (SELECT count(*) FROM crisis.plan_anchors a WHERE a.plan_id = p.id) AS anchor_count,
    (SELECT count(*) FROM crisis.plan_perimeters z WHERE z.plan_id = p.id) AS perimeter_count,
    p.version, p.created_at, p.updated_at,
    json_build_object('can_manage', crisis.can_manage_plan(%(uid)s, p.id)) AS permissions
""")
PLAN_FROM = sql.SQL("FROM crisis.plans p JOIN crisis.organisations o ON o.id = p.owner_org_id")

_FILTERS = {
    "kind": "p.kind = %(kind)s",
    "discipline": "p.discipline = %(discipline)s",
    "status": "p.status = %(status)s",
    "owner_id": "p.owner_org_id = %(owner_id)s",
    "owner_slug": "o.slug = %(owner_slug)s",
    "risk_site": "p.risk_site ILIKE %(risk_site_like)s",
    "q": """(p.search_vector @@ (websearch_to_tsquery('simple', %(q)s) || websearch_to_tsquery('english', %(q)s)
              || websearch_to_tsquery('french', %(q)s) || websearch_to_tsquery('dutch', %(q)s)
              || websearch_to_tsquery('german', %(q)s))
             OR p.code ILIKE %(q_like)s OR p.title ILIKE %(q_like)s)""",
    "bbox": "ST_Intersects(p.zone, ST_MakeEnvelope(%(minx)s, %(miny)s, %(maxx)s, %(maxy)s, 4326))",
    "covers": "ST_Covers(p.zone, ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326))",
    "situation_id": """ST_Intersects(p.zone, (SELECT s.area FROM crisis.situations s
                                              WHERE s.id = %(situation_id)s
                                                AND crisis.can_see_situation(%(uid)s, s.id)))""",
}

_CARD_EXTRA = sql.SQL("""
    ST_AsGeoJSON(p.zone, 7)::json AS zone,
    coalesce((SELECT json_agg(json_build_object('id', so.id, 'slug', so.slug, 'name', so.name) ORDER BY so.name)
              FROM crisis.plan_shares sh JOIN crisis.organisations so ON so.id = sh.organisation_id
              WHERE sh.plan_id = p.id), '[]'::json) AS shared_with,
    coalesce((SELECT json_agg(json_build_object(
                  'id', d.id, 'title', d.title, 'category', d.category, 'content_type', d.content_type,
                  'filename', d.filename, 'size_bytes', d.size_bytes, 'link', d.url,
                  'download_url', CASE WHEN d.content IS NULL THEN NULL
                                       ELSE '/api/plans/' || p.id || '/documents/' || d.id END,
                  'created_at', d.created_at) ORDER BY d.category, d.id)
              FROM crisis.plan_documents d WHERE d.plan_id = p.id), '[]'::json) AS documents,
    json_build_object('type', 'FeatureCollection', 'features', coalesce((
        SELECT json_agg(json_build_object('type', 'Feature', 'id', a.id, 'geometry', ST_AsGeoJSON(a.geom, 7)::json,
                                          'properties', json_build_object('kind', a.kind, 'label', a.label))
                        ORDER BY a.id)
        FROM crisis.plan_anchors a WHERE a.plan_id = p.id), '[]'::json)) AS anchors,
    json_build_object('type', 'FeatureCollection', 'features', coalesce((
        SELECT json_agg(json_build_object('type', 'Feature', 'id', z.id, 'geometry', ST_AsGeoJSON(z.geom, 7)::json,
                                          'properties', json_build_object('kind', z.kind, 'label', z.label))
                        ORDER BY z.id)
        FROM crisis.plan_perimeters z WHERE z.plan_id = p.id), '[]'::json)) AS perimeters,
    coalesce((SELECT json_agg(json_build_object(
                  'id', e.id, 'held_on', e.held_on, 'evaluation', e.evaluation,
                  'situation', CASE WHEN crisis.can_see_situation(%(uid)s, e.situation_id)
                                    THEN json_build_object('id', s.id, 'title', s.title) END)
                  ORDER BY e.held_on DESC, e.id DESC)
              FROM crisis.plan_exercises e LEFT JOIN crisis.situations s ON s.id = e.situation_id
              WHERE e.plan_id = p.id), '[]'::json) AS exercises,
    coalesce((SELECT json_agg(json_build_object(
                  'situation', json_build_object('id', s.id, 'title', s.title, 'status', s.status,
                                                 'is_exercise', s.is_exercise),
                  'active', a.deactivated_at IS NULL, 'activated_at', a.activated_at,
                  'activated_by', (SELECT json_build_object('id', u.id, 'display_name', u.display_name)
                                   FROM crisis.users u WHERE u.id = a.activated_by),
                  'deactivated_at', a.deactivated_at,
                  'deactivated_by', (SELECT json_build_object('id', u.id, 'display_name', u.display_name)
                                     FROM crisis.users u WHERE u.id = a.deactivated_by))
                  ORDER BY a.activated_at DESC)
              FROM crisis.plan_activations a JOIN crisis.situations s ON s.id = a.situation_id
              WHERE a.plan_id = p.id AND crisis.can_see_situation(%(uid)s, s.id)), '[]'::json) AS activations
""")


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(conn: DictConnection, user: User, filters: dict, limit: int, offset: int) -> tuple[list, int]:
    params = {"uid": user.id, "limit": limit, "offset": offset, **filters}
    where = [sql.SQL("p.id = ANY (ARRAY(SELECT crisis.visible_plan_ids(%(uid)s)))")]
    where += [sql.SQL(fragment) for name, fragment in _FILTERS.items() if filters.get(name) is not None]
    if filters.get("q") is not None:
        params["q_like"] = _like(filters["q"])
    if filters.get("risk_site") is not None:
        params["risk_site_like"] = _like(filters["risk_site"])
    if filters.get("bbox") is not None:
        params.update(zip(("minx", "miny", "maxx", "maxy"), filters["bbox"], strict=True))
    if filters.get("covers") is not None:
        params["lon"], params["lat"] = filters["covers"]
    condition = sql.SQL(" AND ").join(where)
    rows = conn.execute(
        sql.SQL("SELECT {} {} WHERE {} ORDER BY p.code, p.id LIMIT %(limit)s OFFSET %(offset)s").format(
            PLAN_COLUMNS, PLAN_FROM, condition
        ),
        params,
    ).fetchall()
    total = one(conn.execute(sql.SQL("SELECT count(*) AS n {} WHERE {}").format(PLAN_FROM, condition), params))["n"]
    return rows, total


def get(conn: DictConnection, user: User, plan_id: int, lock: bool = False) -> dict:
    """The plan's card if the user may read the plan; otherwise 404, as if it did not exist."""
    query = sql.SQL("SELECT {}, {} {} WHERE crisis.can_see_plan(%(uid)s, %(pid)s) AND p.id = %(pid)s {}").format(
        PLAN_COLUMNS, _CARD_EXTRA, PLAN_FROM, sql.SQL("FOR NO KEY UPDATE OF p" if lock else "")
    )
    row = conn.execute(query, {"uid": user.id, "pid": plan_id}).fetchone()
    if row is None:
        raise NotFound("No such plan.")
    return row


def _managed(conn, user: User, plan_id: int) -> dict:
    row = conn.execute(
        "SELECT id, version, owner_org_id, crisis.can_manage_plan(%(uid)s, id) AS can_manage "
        "FROM crisis.plans WHERE crisis.can_see_plan(%(uid)s, %(pid)s) AND id = %(pid)s "
        "FOR NO KEY UPDATE",
        {"uid": user.id, "pid": plan_id},
    ).fetchone()
    if row is None:
        raise NotFound("No such plan.")
    if not row["can_manage"]:
        raise Forbidden("Only coordinators and admins of the organisation that owns the plan change it.")
    return row


def managed_plan(conn, user: User, plan_id: int) -> dict:
    """Locks the plan for a change by its manager (404 if unseen, 403 if only readable); the caller's
    transaction."""
    return _managed(conn, user, plan_id)


def _check_discipline(kind: str | None, discipline: str | None) -> None:
    if kind is not None and (kind == "monodisciplinary") != (discipline is not None):
        raise ValidationFailed(
            details={"fields": {"discipline": "required for a monodisciplinary plan (D1-D5), and only for one"}}
        )


_ZONE = sql.SQL("ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(%(zone)s::text), 4326))")


def create(conn, user: User, data: dict) -> int:
    if not user.coordinates:
        raise Forbidden("Only coordinators and admins create plans (for their own organisation).")
    _check_discipline(data.get("kind"), data.get("discipline"))
    values = {
        "description": "",
        "risk_site": None,
        "status": "draft",
        "approved_on": None,
        "next_review_on": None,
        "zone": None,
        "discipline": None,
        **data,
        "owner": user.organisation["id"],
    }
    with conn.transaction():
        set_actor(conn, user.id)
        row = conn.execute(
            sql.SQL(
                """INSERT INTO crisis.plans (code, kind, discipline, title, description, risk_site, status, approved_on,
                                         next_review_on, zone, owner_org_id)
               VALUES (%(code)s, %(kind)s, %(discipline)s, %(title)s, %(description)s, %(risk_site)s, %(status)s,
                       %(approved_on)s, %(next_review_on)s, {}, %(owner)s)
               ON CONFLICT (code) DO NOTHING RETURNING id"""
            ).format(_ZONE),
            values,
        ).fetchone()
        if row is None:
            raise Conflict(f"A plan with the code {data['code']!r} exists already.", {"code": data["code"]})
    return row["id"]


def update(conn, user: User, plan_id: int, data: dict, version: int | None) -> None:
    with conn.transaction():
        set_actor(conn, user.id)
        row = _managed(conn, user, plan_id)
        current = conn.execute("SELECT kind, discipline FROM crisis.plans WHERE id = %s", (plan_id,)).fetchone()
        if version is not None and version != row["version"]:
            raise Conflict(
                "The plan was changed by someone else meanwhile; reload it.", {"current_version": row["version"]}
            )
        if not data:
            return
        merged = {**current, **{k: v for k, v in data.items() if k in ("kind", "discipline")}}
        _check_discipline(merged["kind"], merged["discipline"])
        if (
            "code" in data
            and conn.execute(
                "SELECT 1 FROM crisis.plans WHERE code = %s AND id <> %s", (data["code"], plan_id)
            ).fetchone()
        ):
            raise Conflict(f"A plan with the code {data['code']!r} exists already.", {"code": data["code"]})
        assignments = [
            sql.SQL("{} = {}").format(sql.Identifier(name), _ZONE if name == "zone" else sql.Placeholder(name))
            for name in data
        ]
        conn.execute(
            sql.SQL("UPDATE crisis.plans SET {} WHERE id = %(pid)s").format(sql.SQL(", ").join(assignments)),
            {**data, "pid": plan_id},
        )


def set_share(conn, user: User, plan_id: int, organisation_id: int, shared: bool) -> bool:
    """Shares the plan with an organisation or withdraws it; True if something changed."""
    with conn.transaction():
        set_actor(conn, user.id)
        row = _managed(conn, user, plan_id)
        if conn.execute("SELECT 1 FROM crisis.organisations WHERE id = %s", (organisation_id,)).fetchone() is None:
            raise NotFound("No such organisation.")
        if organisation_id == row["owner_org_id"]:
            raise ValidationFailed("The owner organisation always reads its plan; it is not shared with itself.")
        if shared:
            cur = conn.execute(
                "INSERT INTO crisis.plan_shares (plan_id, organisation_id, shared_by) "
                "VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                (plan_id, organisation_id, user.id),
            )
        else:
            cur = conn.execute(
                "DELETE FROM crisis.plan_shares WHERE plan_id = %s AND organisation_id = %s", (plan_id, organisation_id)
            )
        return cur.rowcount > 0


def overdue(conn, user: User, within_days: int) -> list:
    """Plans whose review falls before today + within_days: those of the user's organisation (all plans for the
    national crisis centre), soonest first."""
    return conn.execute(
        sql.SQL(
            "SELECT {} {} WHERE p.next_review_on < current_date + %(days)s "
            "AND p.status <> 'withdrawn' "
            "AND (p.owner_org_id = %(org)s OR crisis.user_sees_all(%(uid)s)) "
            "ORDER BY p.next_review_on, p.code"
        ).format(PLAN_COLUMNS, PLAN_FROM),
        {"uid": user.id, "org": user.organisation["id"], "days": within_days},
    ).fetchall()


# --- documents ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """A document of a plan, its type read from its bytes (api/plan_documents.py checks it)."""

    filename: str
    content_type: str
    content: bytes

    @property
    def sha256(self) -> bytes:
        return hashlib.sha256(self.content).digest()


def add_document(conn, user: User, plan_id: int, title: str, category: str, document: Document) -> int:
    with conn.transaction():
        set_actor(conn, user.id)
        _managed(conn, user, plan_id)
        return conn.execute(
            "INSERT INTO crisis.plan_documents (plan_id, title, category, content_type, content, filename, size_bytes,"
            " sha256, uploaded_by) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
            (
                plan_id,
                title,
                category,
                document.content_type,
                document.content,
                document.filename,
                len(document.content),
                document.sha256,
                user.id,
            ),
        ).fetchone()["id"]


def document(conn, user: User, plan_id: int, document_id: int) -> dict:
    row = conn.execute(
        "SELECT d.id, d.title, d.filename, d.content_type, d.content, d.sha256, d.url FROM crisis.plan_documents d "
        "WHERE crisis.can_see_plan(%(uid)s, %(pid)s) AND d.plan_id = %(pid)s AND d.id = %(did)s",
        {"uid": user.id, "pid": plan_id, "did": document_id},
    ).fetchone()
    if row is None or row["content"] is None:
        raise NotFound(
            "No such document." if row is None else "This document is a link, not a stored file.",
            {"link": row["url"]} if row is not None else None,
        )
    return row


def remove_document(conn, user: User, plan_id: int, document_id: int) -> None:
    with conn.transaction():
        set_actor(conn, user.id)
        _managed(conn, user, plan_id)
        if (
            conn.execute(
                "DELETE FROM crisis.plan_documents WHERE plan_id = %s AND id = %s", (plan_id, document_id)
            ).rowcount
            == 0
        ):
            raise NotFound("No such document.")


def prepared_features(conn, user: User, plan_id: int) -> tuple[str, dict[str, list[dict]]]:
    """The plan's code and its prepared anchors and perimeters (kind, label, WKB in EPSG:4326), for export."""
    plan = conn.execute(
        "SELECT code FROM crisis.plans WHERE crisis.can_see_plan(%(uid)s, %(pid)s) AND id = %(pid)s",
        {"uid": user.id, "pid": plan_id},
    ).fetchone()
    if plan is None:
        raise NotFound("No such plan.")
    features = {}
    for family in ("anchors", "perimeters"):
        features[family] = conn.execute(
            sql.SQL("SELECT kind, label, ST_AsBinary(geom) AS wkb FROM {} WHERE plan_id = %s ORDER BY id").format(
                sql.Identifier("crisis", f"plan_{family}")
            ),
            (plan_id,),
        ).fetchall()
    return plan["code"], features


# The plan visibility rule of the OGC layer plan_zones (sql/020); zones simplified to about a metre.
_ZONES = """
SELECT p.id, p.code, p.kind, p.title, p.status,
       ST_AsGeoJSON(ST_Multi(ST_SimplifyPreserveTopology(p.zone, 0.00001)), 6)::json AS zone
FROM crisis.plans p
WHERE p.zone IS NOT NULL AND p.id IN (SELECT crisis.visible_plan_ids(%(uid)s))
ORDER BY p.code, p.id
"""


def zones(conn: DictConnection, user: User) -> list[dict]:
    """The emergency planning zones of the plans the user may see (a situation's area is taken from one)."""
    return conn.execute(_ZONES, {"uid": user.id}).fetchall()
