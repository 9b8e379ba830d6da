"""The contacts' rules in the database: one need-to-know rule for single reads and for lists, write rights of the
service role, E.164 phones, tombstones."""

from __future__ import annotations

from types import SimpleNamespace

import psycopg
import pytest
from psycopg import errors
from psycopg.rows import dict_row

from server_services.contacts import store
from server_services.db import acting_as
from server_services.demo.scenario import USERS


def test_list_rule_and_card_rule_agree_for_every_user_and_contact(admin_conn):
    """crisis.visible_contacts (lists, search) and crisis.can_see_contact (cards) are the same rule."""
    # Each user's list once (not once per contact), beside each (user, contact) pair's card rule.
    disagreements = admin_conn.execute(
        """WITH listed AS (SELECT u.id AS user_id, v.id AS contact_id
                           FROM crisis.users u, crisis.visible_contacts(u.id) v)
           SELECT u.email::text, c.id, crisis.can_see_contact(u.id, c.id) AS card, l.user_id IS NOT NULL AS listed
           FROM crisis.users u CROSS JOIN crisis.contacts c
           LEFT JOIN listed l ON l.user_id = u.id AND l.contact_id = c.id
           WHERE crisis.can_see_contact(u.id, c.id) IS DISTINCT FROM (l.user_id IS NOT NULL)"""
    ).fetchall()
    assert disagreements == []
    assert (
        admin_conn.execute(
            "SELECT count(*) FROM crisis.users u CROSS JOIN crisis.contacts c WHERE crisis.can_see_contact(u.id, c.id)"
        ).fetchone()[0]
        > 50
    )
    # Each contact once: the branches of visible_contacts do not overlap.
    assert (
        admin_conn.execute(
            "SELECT count(*) FROM crisis.users u, crisis.visible_contacts(u.id) v "
            "GROUP BY u.id, v.id HAVING count(*) > 1"
        ).fetchall()
        == []
    )


def test_the_list_queries_show_what_the_card_rule_allows(database, admin_conn):
    """The store's list and search queries (whole list, a short word, a word found by trigrams) list, for every demo
    user, exactly the contacts whose card that user may read among those that match."""
    users = admin_conn.execute(
        "SELECT id, email::text FROM crisis.users WHERE email = ANY(%s) ORDER BY id", ([u[0] for u in USERS],)
    ).fetchall()
    assert len(users) == len(USERS)
    with psycopg.connect(database.app_url, row_factory=dict_row) as conn:
        for uid, email in users:
            for q in ("", "e", "ant"):
                items, total = store.list_contacts(conn, SimpleNamespace(id=uid), {"q": q}, 200, 0)
                expected = {
                    r["id"]
                    for r in conn.execute(
                        "SELECT c.id FROM crisis.contacts c JOIN crisis.organisations o ON o.id = c.organisation_id "
                        "WHERE crisis.can_see_contact(%s, c.id) "
                        "AND (crisis.fold(c.full_name || ' ' || c.function || ' ' "
                        "|| coalesce(c.radio_call_sign, '')) LIKE %s OR crisis.fold(o.name) LIKE %s)",
                        (uid, f"%{q}%", f"%{q}%"),
                    ).fetchall()
                }
                assert {i["id"] for i in items} == expected and total == len(expected), (email, q)
        conn.rollback()  # the access-log rows of these lists


def test_an_inactive_user_sees_no_contact(admin_conn, user_ids):
    reader = user_ids["reader@police-antwerp.demo"]
    admin_conn.execute("UPDATE crisis.users SET active = false WHERE id = %s", (reader,))
    try:
        assert (
            admin_conn.execute(
                "SELECT count(*) FROM crisis.contacts c WHERE crisis.can_see_contact(%s, c.id)", (reader,)
            ).fetchone()[0]
            == 0
        )
        assert admin_conn.execute("SELECT count(*) FROM crisis.visible_contacts(%s)", (reader,)).fetchone()[0] == 0
    finally:
        admin_conn.rollback()


def test_the_service_role_writes_contacts_only_for_their_managers(app_conn, user_ids, admin_conn):
    org = admin_conn.execute("SELECT id FROM crisis.organisations WHERE slug = 'ems-antwerp'").fetchone()[0]
    for email in ("doctor@ems-antwerp.demo", "planner@province-antwerp.demo", None):
        with pytest.raises(errors.InsufficientPrivilege, match="may not change the contacts"):
            with acting_as(app_conn, user_ids.get(email)):
                app_conn.execute(
                    "INSERT INTO crisis.contacts (organisation_id, full_name) VALUES (%s, 'No Right')", (org,)
                )
    contact = admin_conn.execute(
        "SELECT id FROM crisis.contacts WHERE organisation_id = %s LIMIT 1", (org,)
    ).fetchone()[0]
    with pytest.raises(errors.InsufficientPrivilege, match="erased"):
        with acting_as(app_conn, user_ids["coordinator@crisis-centre.demo"]):
            app_conn.execute("DELETE FROM crisis.contacts WHERE id = %s", (contact,))


def test_phones_are_stored_in_e164_only(admin_conn):
    org = admin_conn.execute("SELECT id FROM crisis.organisations LIMIT 1").fetchone()[0]
    with pytest.raises(errors.CheckViolation, match="contacts_phones_e164"):
        admin_conn.execute(
            "INSERT INTO crisis.contacts (organisation_id, full_name, phones) "
            "VALUES (%s, 'Not E164', '{\"03 201 11 21\"}')",
            (org,),
        )
    admin_conn.rollback()
    invalid = admin_conn.execute("SELECT count(*) FROM crisis.contacts WHERE NOT crisis.is_e164(phones)").fetchone()[0]
    assert invalid == 0


def test_fold_removes_accents_and_case(admin_conn):
    assert admin_conn.execute("SELECT crisis.fold('Geneviève ÇELIK Ærø')").fetchone()[0] == "genevieve celik aero"
