"""The person's rights: subject access export, erasure that leaves no trace of the person anywhere in the database
(the audit log's copies included) while the logbook and the access log still read, and the retention purge."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors, sql

from server_services.cli import main as crisis

from .conftest import login

ADMIN = "admin@province-antwerp.demo"
# A demo contact named in the incident and in two plans, with audit rows from the demo load.
PERSON = "Wim Aerts"


def _text_columns(conn) -> list[tuple[str, str, str]]:
    """Every column of every table of the platform's schemas that can hold text: text, varchar, citext, arrays,
    json, jsonb."""
    return conn.execute(
        """SELECT n.nspname, c.relname, a.attname FROM pg_attribute a
           JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
           JOIN pg_type t ON t.oid = a.atttypid
           WHERE c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
             AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
             AND (t.typname IN ('text', 'varchar', 'bpchar', 'citext', 'json', 'jsonb', 'name')
                  OR t.typcategory = 'A')"""
    ).fetchall()


def find_everywhere(url: str, needles: list[str]) -> list[tuple]:
    """(schema, table, column, needle) wherever a needle is found, case- and accent-insensitively."""
    found = []
    with psycopg.connect(url) as conn:
        columns = _text_columns(conn)
        assert len(columns) > 50  # the walk reaches the whole schema
        for schema, table, column in columns:
            for needle in needles:
                hit = conn.execute(
                    sql.SQL(
                        "SELECT EXISTS (SELECT FROM {}.{} WHERE crisis.fold({}::text) LIKE crisis.fold(%s))"
                    ).format(sql.Identifier(schema), sql.Identifier(table), sql.Identifier(column)),
                    (f"%{needle}%",),
                ).fetchone()[0]
                if hit:
                    found.append((schema, table, column, needle))
    return found


@pytest.fixture(scope="module")
def server(api_server_factory):
    """An API of its own on a fresh demo database: an erasure here touches no other test."""
    return api_server_factory()


def test_subject_access_export_then_erasure_leaves_no_trace(server):
    url = server.database.admin_url
    admin, reader = login(server.origin, ADMIN), login(server.origin, "reader@police-antwerp.demo")
    hits = admin.get("/api/contacts", params={"q": PERSON}).json()["items"]
    cid = hits[0]["id"]
    # Changes and reads before the erasure put copies of the person's data into the audit and access logs.
    card = admin.patch(
        f"/api/contacts/{cid}",
        json={"notes": "Private mobile only after 22:00", "phones": ["0475 00 02 42", "03 002 12 22", "0499 12 34 56"]},
    ).json()
    assert reader.get(f"/api/contacts/{cid}").status_code == 200
    assert reader.get(f"/api/contacts/{cid}/export").status_code == 403

    export = admin.get(f"/api/contacts/{cid}/export").json()
    assert export["contact"]["full_name"] == PERSON and len(export["named_in"]) == 3
    assert {row["display_name"].split(" (")[0] for row in export["access_log"]} >= {"Sofie Maes"}
    assert {row["operation"] for row in export["changes"]} >= {"INSERT", "UPDATE"}

    needles = [PERSON, card["email"], *card["phones"], "Private mobile only", "475 00 02 42"]
    assert find_everywhere(url, needles), "the walk finds the person before the erasure"
    with psycopg.connect(url) as conn:
        feed_before = conn.execute("SELECT count(*) FROM crisis.feed_entries").fetchone()[0]

    assert reader.delete(f"/api/contacts/{cid}").status_code == 403
    assert login(server.origin, "planner@province-antwerp.demo").delete(f"/api/contacts/{cid}").status_code == 403
    assert admin.delete(f"/api/contacts/{cid}").status_code == 204
    assert admin.delete(f"/api/contacts/{cid}").status_code == 404

    assert find_everywhere(url, needles + ["+32475000242"]) == []
    # The tombstone keeps the references: the access log still names the contact and shows the erasure.
    log = admin.get(f"/api/contacts/{cid}/access-log").json()
    assert log["items"][0]["action"] == "erase" and log["total"] > 3
    for client in (admin, reader):
        assert client.get(f"/api/contacts/{cid}").status_code == 404
        assert cid not in [i["contact"]["id"] for i in client.get("/api/situations/1/contacts").json()["items"]]
    with psycopg.connect(url) as conn:
        assert conn.execute(
            "SELECT full_name, erased_at IS NOT NULL FROM crisis.contacts WHERE id = %s", (cid,)
        ).fetchone() == ("(erased)", True)
        assert conn.execute("SELECT count(*) FROM crisis.feed_entries").fetchone()[0] == feed_before
    assert reader.get("/api/situations/1/feed").status_code == 200  # the logbook still reads


def test_purge_after_the_retention(server, monkeypatch):
    url = server.database.admin_url
    admin = login(server.origin, ADMIN)
    cid = admin.post("/api/contacts", json={"full_name": "Purge Candidate"}).json()["id"]
    assert admin.delete(f"/api/contacts/{cid}").status_code == 204
    with psycopg.connect(url) as conn:
        # Three years pass for this contact (a migration may rewrite the append-only log).
        conn.execute("SET LOCAL crisis.migration = 'on'")
        conn.execute("UPDATE crisis.contact_access_log SET at = at - interval '3 years' WHERE contact_id = %s", (cid,))
        conn.execute("UPDATE crisis.contacts SET erased_at = erased_at - interval '3 years' WHERE id = %s", (cid,))
        recent = conn.execute(
            "SELECT count(*) FROM crisis.contact_access_log WHERE at > now() - interval '1 day'"
        ).fetchone()[0]
    monkeypatch.setenv("CRISIS_CONTACT_RETENTION_MONTHS", "24")
    assert crisis(["purge", "--database-url", url]) == 0
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM crisis.contacts WHERE id = %s", (cid,)).fetchone()[0] == 0
        assert (
            conn.execute("SELECT count(*) FROM crisis.contact_access_log WHERE contact_id = %s", (cid,)).fetchone()[0]
            == 0
        )
        assert (
            conn.execute(
                "SELECT count(*) FROM crisis.audit_log WHERE (table_name = 'contacts' AND row_id = %s) "
                "OR (table_name = 'contact_access_log' AND after ->> 'contact_id' = %s)",
                (str(cid), str(cid)),
            ).fetchone()[0]
            == 0
        )
        assert (
            conn.execute(
                "SELECT count(*) FROM crisis.contact_access_log WHERE at > now() - interval '1 day'"
            ).fetchone()[0]
            == recent
        )  # what is recent stays
        summary = conn.execute("SELECT after -> 'purge' FROM crisis.audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert summary["tombstones"] == 1 and summary["access_rows"] >= 2 and summary["retention_months"] == 24
    assert crisis(["purge", "--months", "0", "--database-url", url]) == 2


def test_the_service_role_cannot_purge_nor_rewrite_the_logs(server):
    with psycopg.connect(server.database.app_url) as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT crisis.purge_contact_data(1)")
        conn.rollback()
        conn.execute("SELECT set_config('crisis.gdpr', 'on', false)")
        for statement in (
            "UPDATE crisis.audit_log SET after = NULL",
            "DELETE FROM crisis.contact_access_log",
            "DELETE FROM crisis.contacts",
        ):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()
        with pytest.raises(errors.InsufficientPrivilege, match="may not erase"):
            conn.execute("SELECT crisis.erase_contact(1)")  # no acting user
        conn.rollback()
    with psycopg.connect(server.database.admin_url) as conn:  # nor the owner, outside the two functions
        # A row of this test's own: a row trigger guards the log, and the other tests' rows may be erased already.
        conn.execute("INSERT INTO crisis.contact_access_log (contact_id, action) VALUES (1, 'read')")
        with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
            conn.execute("DELETE FROM crisis.contact_access_log")
