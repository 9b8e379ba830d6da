"""Contacts in the database: reads scoped by need-to-know and traced in the same statement, checked writes.

Every read of a person's data (a card, a list, an export) is one statement whose data-modifying part writes the
contact_access_log rows of exactly the contacts it returns: the trace commits with the read or not at all, and
a refused read (nothing returned) traces nothing.
"""

from __future__ import annotations

import re

import psycopg
from psycopg import sql

from ..db import set_actor
from ..store.errors import Conflict, Forbidden, NotFound, ValidationFailed

MAX_WORDS = 8

# The expression of the trigram index contacts_search_idx (sql/030): a query must repeat it to use the index.
SEARCH_TEXT = "crisis.fold(c.full_name || ' ' || c.function || ' ' || coalesce(c.radio_call_sign, ''))"

ORGANISATION = "json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'discipline', o.discipline)"

_CARD_SELECT = f"""
SELECT c.id, c.full_name, c.function, {ORGANISATION} AS organisation, c.phones, c.email::text AS email,
       c.radio_call_sign, c.availability, c.notes, c.version, c.created_at, c.updated_at,
       coalesce((SELECT json_agg(json_build_object(
                   'id', l.id, 'role', l.role,
                   'situation', CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object(
                       'id', s.id, 'title', s.title, 'kind', s.kind, 'status', s.status) END,
                   'plan', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object(
                       'id', p.id, 'code', p.code, 'title', p.title) END) ORDER BY l.id)
                 FROM crisis.contact_links l
                 LEFT JOIN crisis.situations s ON s.id = l.situation_id
                 LEFT JOIN crisis.plans p ON p.id = l.plan_id
                 WHERE l.contact_id = c.id
                   AND (crisis.can_see_situation(%(uid)s, l.situation_id) OR crisis.can_see_plan(%(uid)s, l.plan_id))),
                '[]'::json) AS links,
       crisis.can_manage_contacts(%(uid)s, c.organisation_id) AS can_manage,
       crisis.can_administer_contact(%(uid)s, c.id) AS can_administer
FROM crisis.contacts c JOIN crisis.organisations o ON o.id = c.organisation_id
WHERE crisis.can_see_contact(%(uid)s, %(cid)s) AND c.id = %(cid)s
"""  # noqa: S608 - constant text, no input

_LOG = """INSERT INTO crisis.contact_access_log (contact_id, user_id, action) SELECT id, %(uid)s, %(action)s FROM {}"""


def card_query(logged: bool = True) -> str:
    """The card of one contact the user may see (no row otherwise); logged: with its access-log row."""
    if not logged:
        return _CARD_SELECT
    return (
        f"WITH card AS ({_CARD_SELECT}), logged AS ({_LOG.format('card')})"  # noqa: S608 - constant text
        " SELECT * FROM card"
    )


def _card_json(row: dict) -> dict:
    item = {
        k: row[k]
        for k in (
            "id",
            "full_name",
            "function",
            "organisation",
            "phones",
            "email",
            "radio_call_sign",
            "availability",
            "notes",
            "version",
            "created_at",
            "updated_at",
            "links",
        )
    }
    item["permissions"] = {"can_manage": row["can_manage"], "can_administer": row["can_administer"]}
    return item


def read_card(conn: psycopg.Connection, user, contact_id: int, action: str = "read") -> dict:
    """The whole card, traced as `action`; 404 when the user may not see it, the same as when it does not exist."""
    row = conn.execute(card_query(), {"uid": user.id, "cid": contact_id, "action": action}).fetchone()
    if row is None:
        raise NotFound("No such contact.")
    return _card_json(row)


# --- lists and search -------------------------------------------------------------------------------------------


def like_pattern(word: str) -> str:
    """A LIKE pattern matching `word` anywhere (its own % _ \\ taken literally); folded by the query."""
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# A word with a trigram (three letters or digits in a row) is looked up in the trigram indexes: the organisations
# whose name has it are listed once, and the contacts found by either index. A shorter word ("de" in "De Smet") has
# none, and listing the organisations whose name holds it would fold every name in the directory: it is tested on
# each contact the other words found, its organisation by key. Both forms find the same contacts.
_TRIGRAM = re.compile(r"[^\W_]{3}")
_WORD_BY_INDEX = (
    "({text} LIKE crisis.fold({w}) OR c.organisation_id = ANY(ARRAY("
    "SELECT so.id FROM crisis.organisations so WHERE crisis.fold(so.name) LIKE crisis.fold({w}))))"
)
_WORD_BY_ROW = (
    "({text} LIKE crisis.fold({w}) OR EXISTS ("
    "SELECT FROM crisis.organisations so WHERE so.id = c.organisation_id "
    "AND crisis.fold(so.name) LIKE crisis.fold({w})))"
)


def search_conditions(filters: dict, params: dict) -> list[sql.Composable]:
    """Fixed SQL fragments for the filters given; every value goes as a parameter."""
    where: list[sql.Composable] = []
    words = [w for w in re.split(r"\s+", filters.get("q") or "") if w][:MAX_WORDS]
    for i, word in enumerate(words):
        # Each word is found in the name, function or call sign, or in the name of the contact's organisation.
        params[f"w{i}"] = like_pattern(word)
        where.append(
            sql.SQL(_WORD_BY_INDEX if _TRIGRAM.search(word) else _WORD_BY_ROW).format(
                text=sql.SQL(SEARCH_TEXT), w=sql.Placeholder(f"w{i}")
            )
        )
    for name in ("name", "function"):
        if filters.get(name):
            params[name] = like_pattern(filters[name])
            column = sql.SQL("c.full_name" if name == "name" else "c.function")
            # The indexed expression first (the index finds the candidates), then the one field.
            where.append(
                sql.SQL("{text} LIKE crisis.fold({p}) AND crisis.fold({col}) LIKE crisis.fold({p})").format(
                    text=sql.SQL(SEARCH_TEXT), p=sql.Placeholder(name), col=column
                )
            )
    if filters.get("organisation"):
        params["organisation"] = filters["organisation"]
        where.append(
            sql.SQL(
                "c.organisation_id = (SELECT so.id FROM crisis.organisations so "
                "WHERE so.slug = %(organisation)s OR so.id::text = %(organisation)s)"
            )
        )
    if filters.get("discipline"):
        params["discipline"] = filters["discipline"]
        where.append(
            sql.SQL(
                "c.organisation_id = ANY(ARRAY(SELECT so.id FROM crisis.organisations so "
                "WHERE so.discipline = %(discipline)s))"
            )
        )
    if filters.get("availability"):
        params["availability"] = filters["availability"]
        where.append(sql.SQL("c.availability = %(availability)s"))
    return where


# Filters that leave few rows (the trigram search, one organisation): their matches are gathered once, then
# counted and sorted. Without them the page walks the sort index and stops at the limit, and the total is counted
# apart, so that no name is folded for a sort of the whole directory.
SELECTIVE = ("q", "name", "function", "organisation")

_PAGE_ITEMS = """
SELECT ({total}) AS total,
       coalesce((SELECT json_agg(json_build_object(
                     'id', p.id, 'full_name', p.full_name, 'function', p.function,
                     'organisation', {organisation}, 'availability', p.availability) ORDER BY p.sort, p.id)
                 FROM page p JOIN crisis.organisations o ON o.id = p.organisation_id), '[]'::json) AS items
"""


def list_query(conditions: list[sql.Composable], selective: bool = True, logged: bool = True) -> sql.Composed:
    """One row: the total of matches and one page of them (name, function, organisation, availability only)."""
    condition = sql.SQL(" AND ").join([sql.SQL("TRUE"), *conditions])
    log = sql.SQL(", logged AS ({})").format(sql.SQL(_LOG.format("page"))) if logged else sql.SQL("")
    if selective:
        head = """
WITH hits AS MATERIALIZED (
    SELECT c.id, c.full_name, c.function, c.availability, c.organisation_id
    FROM crisis.visible_contacts(%(uid)s) c WHERE {condition}
),
page AS (
    SELECT h.*, crisis.fold(h.full_name) AS sort FROM hits h
    ORDER BY crisis.fold(h.full_name), h.id LIMIT %(limit)s OFFSET %(offset)s
){log}"""
        total = "SELECT count(*) FROM hits"
    else:
        head = """
WITH page AS (
    SELECT c.id, c.full_name, c.function, c.availability, c.organisation_id, crisis.fold(c.full_name) AS sort
    FROM crisis.visible_contacts(%(uid)s) c WHERE {condition}
    ORDER BY crisis.fold(c.full_name), c.id LIMIT %(limit)s OFFSET %(offset)s
){log}"""
        total = "SELECT count(*) FROM crisis.visible_contacts(%(uid)s) c WHERE {condition}"
    return sql.SQL(head + _PAGE_ITEMS.replace("{total}", total)).format(
        condition=condition, log=log, organisation=sql.SQL(ORGANISATION)
    )


def list_contacts(conn: psycopg.Connection, user, filters: dict, limit: int, offset: int) -> tuple[list, int]:
    params = {"uid": user.id, "limit": limit, "offset": offset, "action": "list"}
    conditions = search_conditions(filters, params)
    selective = any(filters.get(name) for name in SELECTIVE)
    row = conn.execute(list_query(conditions, selective), params).fetchone()
    return row["items"], row["total"]


# --- the people of a situation ------------------------------------------------------------------------------------

_SITUATION_CONTACTS = f"""
WITH sit AS (SELECT s.id FROM crisis.situations s WHERE crisis.can_see_situation(%(uid)s, %(sid)s) AND s.id = %(sid)s),
named AS (
    SELECT l.contact_id, l.role, NULL::bigint AS plan_id FROM crisis.contact_links l JOIN sit ON l.situation_id = sit.id
    UNION ALL
    SELECT l.contact_id, l.role, l.plan_id FROM crisis.plan_activations a JOIN sit ON a.situation_id = sit.id
    JOIN crisis.contact_links l ON l.plan_id = a.plan_id
    WHERE a.deactivated_at IS NULL
),
people AS (
    SELECT n.contact_id AS id, n.role,
           json_agg(CASE WHEN p.id IS NULL THEN json_build_object('kind', 'situation')
                         ELSE json_build_object('kind', 'plan', 'plan', json_build_object(
                             'id', p.id, 'code', p.code, 'title', p.title)) END ORDER BY p.id NULLS FIRST) AS sources
    FROM named n LEFT JOIN crisis.plans p ON p.id = n.plan_id
    GROUP BY n.contact_id, n.role
),
shown AS (
    SELECT pe.role, pe.sources, c.id, c.full_name, c.function, c.phones, c.email::text AS email, c.radio_call_sign,
           c.availability, {ORGANISATION} AS organisation
    FROM people pe JOIN crisis.contacts c ON c.id = pe.id AND c.erased_at IS NULL
    JOIN crisis.organisations o ON o.id = c.organisation_id
){{log}}
SELECT (SELECT count(*) FROM sit) AS found,
       coalesce((SELECT json_agg(json_build_object(
                     'role', s.role, 'sources', s.sources, 'contact', json_build_object(
                         'id', s.id, 'full_name', s.full_name, 'function', s.function, 'phones', s.phones,
                         'email', s.email, 'radio_call_sign', s.radio_call_sign, 'availability', s.availability,
                         'organisation', s.organisation)) ORDER BY crisis.fold(s.role), crisis.fold(s.full_name), s.id)
                 FROM shown s), '[]'::json) AS items
"""  # noqa: S608 - constant text; {log} is filled in below with constant text


def situation_contacts(conn: psycopg.Connection, user, situation_id: int, action: str = "list") -> list[dict]:
    """The people named in a situation and in the plans activated on it, one item per person and role, traced."""
    log = f", logged AS ({_LOG.format('(SELECT DISTINCT id FROM shown) AS d')})"  # noqa: S608 - constant text
    row = conn.execute(
        _SITUATION_CONTACTS.format(log=log), {"uid": user.id, "sid": situation_id, "action": action}
    ).fetchone()
    if not row["found"]:
        raise NotFound("No such situation.")
    return row["items"]


# --- the people a plan names --------------------------------------------------------------------------------------

_PLAN_CONTACTS = f"""
WITH pl AS (SELECT p.id, p.code, p.title FROM crisis.plans p
            WHERE crisis.can_see_plan(%(uid)s, %(pid)s) AND p.id = %(pid)s),
shown AS (
    SELECT l.role, c.id, c.full_name, c.function, c.phones, c.email::text AS email, c.radio_call_sign,
           c.availability, {ORGANISATION} AS organisation, pl.id AS plan_id, pl.code, pl.title
    FROM pl JOIN crisis.contact_links l ON l.plan_id = pl.id
    JOIN crisis.contacts c ON c.id = l.contact_id AND c.erased_at IS NULL
    JOIN crisis.organisations o ON o.id = c.organisation_id
){{log}}
SELECT (SELECT count(*) FROM pl) AS found,
       coalesce((SELECT json_agg(json_build_object(
                     'role', s.role,
                     'sources', json_build_array(json_build_object('kind', 'plan', 'plan', json_build_object(
                         'id', s.plan_id, 'code', s.code, 'title', s.title))),
                     'contact', json_build_object(
                         'id', s.id, 'full_name', s.full_name, 'function', s.function, 'phones', s.phones,
                         'email', s.email, 'radio_call_sign', s.radio_call_sign, 'availability', s.availability,
                         'organisation', s.organisation)) ORDER BY crisis.fold(s.role), crisis.fold(s.full_name), s.id)
                 FROM shown s), '[]'::json) AS items
"""  # noqa: S608 - constant text; {log} is filled in below with constant text


def plan_contacts(conn: psycopg.Connection, user, plan_id: int) -> list[dict]:
    """The people a plan names, with the role each holds in it, for those who may read the plan; traced."""
    log = f", logged AS ({_LOG.format('(SELECT DISTINCT id FROM shown) AS d')})"  # noqa: S608 - constant text
    row = conn.execute(_PLAN_CONTACTS.format(log=log), {"uid": user.id, "pid": plan_id, "action": "list"}).fetchone()
    if not row["found"]:
        raise NotFound("No such plan.")
    return row["items"]


# --- writes --------------------------------------------------------------------------------------------------------

_COLUMNS = ("full_name", "function", "phones", "email", "radio_call_sign", "availability", "notes")


def _organisation(conn, organisation_id: int) -> dict:
    row = conn.execute("SELECT id, name FROM crisis.organisations WHERE id = %s", (organisation_id,)).fetchone()
    if row is None:
        raise ValidationFailed(details={"fields": {"organisation_id": "no such organisation"}})
    return row


def require_manager(conn, user, organisation_id: int) -> None:
    if not conn.execute("SELECT crisis.can_manage_contacts(%s, %s) AS ok", (user.id, organisation_id)).fetchone()["ok"]:
        raise Forbidden("Only the coordinators and admins of the contact's organisation manage its contacts.")


def log_access(conn, user, contact_id: int, action: str) -> None:
    conn.execute(
        "INSERT INTO crisis.contact_access_log (contact_id, user_id, action) VALUES (%s, %s, %s)",
        (contact_id, user.id, action),
    )


def create(conn: psycopg.Connection, user, data: dict, organisation_id: int | None) -> int:
    organisation_id = organisation_id or user.organisation["id"]
    with conn.transaction():
        set_actor(conn, user.id)
        _organisation(conn, organisation_id)
        require_manager(conn, user, organisation_id)
        contact_id = insert(conn, data, organisation_id)
        log_access(conn, user, contact_id, "create")
    return contact_id


def insert(conn, data: dict, organisation_id: int) -> int:
    values = {
        "function": "",
        "phones": [],
        "email": None,
        "radio_call_sign": None,
        "availability": "on_call",
        "notes": "",
        **data,
        "organisation_id": organisation_id,
    }
    return conn.execute(
        "INSERT INTO crisis.contacts (organisation_id, full_name, function, phones, email, radio_call_sign, "
        "availability, notes) VALUES (%(organisation_id)s, %(full_name)s, %(function)s, %(phones)s, %(email)s, "
        "%(radio_call_sign)s, %(availability)s, %(notes)s) RETURNING id",
        values,
    ).fetchone()["id"]


def _visible_row(conn, user, contact_id: int, lock: bool = False) -> dict:
    row = conn.execute(
        "SELECT c.id, c.organisation_id, c.version FROM crisis.contacts c "  # noqa: S608 - a constant clause added
        "WHERE crisis.can_see_contact(%(uid)s, %(cid)s) AND c.id = %(cid)s" + (" FOR NO KEY UPDATE" if lock else ""),
        {"uid": user.id, "cid": contact_id},
    ).fetchone()
    if row is None:
        raise NotFound("No such contact.")
    return row


def update(conn: psycopg.Connection, user, contact_id: int, data: dict, version: int | None) -> None:
    with conn.transaction():
        set_actor(conn, user.id)
        row = _visible_row(conn, user, contact_id, lock=True)
        require_manager(conn, user, row["organisation_id"])
        if version is not None and version != row["version"]:
            raise Conflict(
                "The contact was changed by someone else meanwhile; reload it.", {"current_version": row["version"]}
            )
        change(conn, contact_id, data)
        log_access(conn, user, contact_id, "update")


def change(conn, contact_id: int, data: dict) -> None:
    assignments = [sql.SQL("{} = {}").format(sql.Identifier(k), sql.Placeholder(k)) for k in _COLUMNS if k in data]
    conn.execute(
        sql.SQL("UPDATE crisis.contacts SET {}version = version + 1, updated_at = now() WHERE id = %(cid)s").format(
            sql.SQL("").join(a + sql.SQL(", ") for a in assignments)
        ),
        {**data, "cid": contact_id},
    )


def link(
    conn: psycopg.Connection, user, contact_id: int, situation_id: int | None, plan_id: int | None, role: str
) -> tuple[dict, bool]:
    """Names the contact in a situation or a plan with a role (a second link changes the role). (link, created)"""
    with conn.transaction():
        set_actor(conn, user.id)
        row = _visible_row(conn, user, contact_id)
        require_manager(conn, user, row["organisation_id"])
        check, target, name = (
            ("can_see_situation", "situation_id", "situation")
            if situation_id is not None
            else ("can_see_plan", "plan_id", "plan")
        )
        if not conn.execute(
            sql.SQL("SELECT crisis.{}(%s, %s) AS ok").format(sql.Identifier(check)), (user.id, situation_id or plan_id)
        ).fetchone()["ok"]:
            raise NotFound(f"No such {name}.")
        target = sql.Identifier(target)
        result = conn.execute(
            sql.SQL(
                "INSERT INTO crisis.contact_links (contact_id, {t}, role) VALUES (%(cid)s, %(target)s, %(role)s) "
                "ON CONFLICT ({t}, contact_id) WHERE {t} IS NOT NULL DO UPDATE SET role = EXCLUDED.role "
                "RETURNING id, situation_id, plan_id, role, (xmax = 0) AS created"
            ).format(t=target),
            {"cid": contact_id, "target": situation_id if situation_id is not None else plan_id, "role": role},
        ).fetchone()
        log_access(conn, user, contact_id, "link")
    created = result.pop("created")
    return result, created


def unlink(conn: psycopg.Connection, user, contact_id: int, link_id: int) -> None:
    with conn.transaction():
        set_actor(conn, user.id)
        row = _visible_row(conn, user, contact_id)
        require_manager(conn, user, row["organisation_id"])
        gone = conn.execute(
            "DELETE FROM crisis.contact_links WHERE id = %s AND contact_id = %s", (link_id, contact_id)
        ).rowcount
        if not gone:
            raise NotFound("No such link of this contact.")
        log_access(conn, user, contact_id, "unlink")


def erase(conn: psycopg.Connection, user, contact_id: int) -> None:
    """GDPR erasure (crisis.erase_contact): admins of the contact's organisation."""
    with conn.transaction():
        set_actor(conn, user.id)
        row = _visible_row(conn, user, contact_id)
        if not conn.execute("SELECT crisis.can_administer_contact(%s, %s) AS ok", (user.id, row["id"])).fetchone()[
            "ok"
        ]:
            raise Forbidden("Only the admins of the contact's organisation erase its contacts.")
        conn.execute("SELECT crisis.erase_contact(%s)", (contact_id,))


def require_administrator(conn, user, contact_id: int) -> None:
    """Admins of the contact's organisation (also for an erased one); 403 for others who see it, 404 otherwise."""
    ok = conn.execute(
        "SELECT crisis.can_administer_contact(%(uid)s, %(cid)s) AS admin, "
        "crisis.can_see_contact(%(uid)s, %(cid)s) AS sees",
        {"uid": user.id, "cid": contact_id},
    ).fetchone()
    if ok["admin"]:
        return
    if ok["sees"]:
        raise Forbidden("Only the admins of the contact's organisation read this.")
    raise NotFound("No such contact.")


def access_log(conn: psycopg.Connection, user, contact_id: int, limit: int, offset: int) -> tuple[list, int]:
    require_administrator(conn, user, contact_id)
    rows = conn.execute(
        "SELECT l.id, l.at, l.action, CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object("
        "'id', u.id, 'display_name', u.display_name, 'organisation', json_build_object("
        "'id', o.id, 'slug', o.slug, 'name', o.name)) END AS user "
        "FROM crisis.contact_access_log l LEFT JOIN crisis.users u ON u.id = l.user_id "
        "LEFT JOIN crisis.organisations o ON o.id = u.organisation_id "
        "WHERE l.contact_id = %s ORDER BY l.id DESC LIMIT %s OFFSET %s",
        (contact_id, limit, offset),
    ).fetchall()
    total = conn.execute(
        "SELECT count(*) AS n FROM crisis.contact_access_log WHERE contact_id = %s", (contact_id,)
    ).fetchone()["n"]
    return rows, total
