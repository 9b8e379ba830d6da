"""The person's rights: what the platform holds about a contact (subject access), about a user's own account, and
the retention of contact data."""

from __future__ import annotations

import psycopg

from . import store

MAX_ROWS = 10_000  # per part of an export: a person's history, not the database


def contact_export(conn: psycopg.Connection, user, contact_id: int) -> dict:
    """For the admins of the contact's organisation: the card, every place the person is named (situations and
    plans the admin may not see are named by id only), who read the card and when, the changes made to it, and
    the logbook entries (of situations the admin sees) that name the person. Traced as an export."""
    with conn.transaction():
        store.require_administrator(conn, user, contact_id)
        card = store.read_card(conn, user, contact_id, action="export")
        links = conn.execute(
            "SELECT l.id, l.role, l.situation_id, l.plan_id, "
            "CASE WHEN crisis.can_see_situation(%(uid)s, l.situation_id) THEN s.title "
            "     WHEN crisis.can_see_plan(%(uid)s, l.plan_id) THEN p.title END AS title "
            "FROM crisis.contact_links l LEFT JOIN crisis.situations s ON s.id = l.situation_id "
            "LEFT JOIN crisis.plans p ON p.id = l.plan_id WHERE l.contact_id = %(cid)s ORDER BY l.id",
            {"uid": user.id, "cid": contact_id},
        ).fetchall()
        readers = conn.execute(
            "SELECT l.at, l.action, u.id AS user_id, u.display_name, o.name AS organisation "
            "FROM crisis.contact_access_log l LEFT JOIN crisis.users u ON u.id = l.user_id "
            "LEFT JOIN crisis.organisations o ON o.id = u.organisation_id "
            "WHERE l.contact_id = %s ORDER BY l.id LIMIT %s",
            (contact_id, MAX_ROWS),
        ).fetchall()
        changes = conn.execute(
            "SELECT a.at, a.table_name, a.operation, a.actor_id, u.display_name AS actor, a.before, a.after "
            "FROM crisis.audit_log a LEFT JOIN crisis.users u ON u.id = a.actor_id "
            "WHERE (a.table_name = 'contacts' AND a.row_id = %(cid)s::text) OR (a.table_name = 'contact_links' AND "
            "(a.before ->> 'contact_id' = %(cid)s::text OR a.after ->> 'contact_id' = %(cid)s::text)) "
            "ORDER BY a.id LIMIT %(max)s",
            {"cid": contact_id, "max": MAX_ROWS},
        ).fetchall()
        mentions = conn.execute(
            "SELECT e.id, e.situation_id, e.created_at, e.channel, e.body FROM crisis.feed_entries e "
            "WHERE e.situation_id IN (SELECT crisis.visible_situation_ids(%(uid)s)) "
            "AND crisis.fold(e.body) LIKE crisis.fold(%(name)s) ORDER BY e.id LIMIT %(max)s",
            {"uid": user.id, "name": store.like_pattern(card["full_name"]), "max": MAX_ROWS},
        ).fetchall()
    return {
        "exported_at": conn.execute("SELECT now() AS t").fetchone()["t"],
        "contact": card,
        "named_in": links,
        "access_log": readers,
        "changes": changes,
        "logbook_mentions": mentions,
    }


def my_export(conn: psycopg.Connection, user) -> dict:
    """Everything the platform holds about the caller's own account: the account, its sessions (never the token),
    what it wrote, which contacts it read (by id), and what its writes changed (table, row, when)."""
    uid = {"uid": user.id, "max": MAX_ROWS}
    with conn.transaction():
        account = conn.execute(
            "SELECT u.id, u.email::text AS email, u.display_name, u.role, u.language, u.active, u.created_at, "
            "u.updated_at, json_build_object('id', o.id, 'slug', o.slug, 'name', o.name) AS organisation "
            "FROM crisis.users u JOIN crisis.organisations o ON o.id = u.organisation_id WHERE u.id = %(uid)s",
            uid,
        ).fetchone()
        parts = {
            "sessions": "SELECT id, created_at, expires_at, revoked_at, last_used_at FROM crisis.api_tokens "
            "WHERE user_id = %(uid)s ORDER BY id LIMIT %(max)s",
            "feed_entries": "SELECT id, situation_id, created_at, channel, priority, body, corrects_id "
            "FROM crisis.feed_entries WHERE author_id = %(uid)s ORDER BY id LIMIT %(max)s",
            "situations_created": "SELECT id, title, kind, created_at FROM crisis.situations "
            "WHERE created_by = %(uid)s ORDER BY id LIMIT %(max)s",
            "contact_accesses": "SELECT contact_id, action, at FROM crisis.contact_access_log "
            "WHERE user_id = %(uid)s ORDER BY id LIMIT %(max)s",
            "writes": "SELECT at, table_name, operation, row_id FROM crisis.audit_log "
            "WHERE actor_id = %(uid)s ORDER BY id LIMIT %(max)s",
        }
        out = {"exported_at": conn.execute("SELECT now() AS t").fetchone()["t"], "account": account}
        for name, query in parts.items():
            out[name] = conn.execute(query, uid).fetchall()
    return out


def purge(conn: psycopg.Connection, months: int) -> tuple[int, int]:
    """Contact access-log rows and erased contacts' tombstones older than `months` go, with their audit copies
    (crisis.purge_contact_data, as the schema owner); returns how many of each."""
    access_rows, tombstones = conn.execute("SELECT * FROM crisis.purge_contact_data(%s)", (months,)).fetchone()
    return access_rows, tombstones
