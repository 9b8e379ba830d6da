"""The database refuses bad data, keeps the logbook append-only, audits every write, indexes and documents all."""

from __future__ import annotations

import threading

import psycopg
import pytest
from psycopg import errors

from server_services.db import acting_as

INCIDENT = "SELECT id FROM crisis.situations WHERE kind = 'incident' ORDER BY id LIMIT 1"
SQUARE = "ST_Multi(ST_GeomFromText('POLYGON((4.30 51.29, 4.31 51.29, 4.31 51.30, 4.30 51.30, 4.30 51.29))', 4326))"
BOW_TIE = "ST_Multi(ST_GeomFromText('POLYGON((4.30 51.29, 4.31 51.30, 4.31 51.29, 4.30 51.30, 4.30 51.29))', 4326))"


@pytest.fixture
def incident_id(admin_conn):
    return admin_conn.execute(INCIDENT).fetchone()[0]


@pytest.fixture
def officer(user_ids):
    return user_ids["officer@fire-antwerp.demo"]


def _row_count(conn, table):
    return conn.execute(f"SELECT count(*) FROM crisis.{table}").fetchone()[0]


# --- bad data is refused with a clear message ------------------------------------------------------


def test_bow_tie_perimeter_is_refused(app_conn, incident_id, officer):
    with pytest.raises(errors.CheckViolation, match="invalid geometry: Self-intersection"):
        with acting_as(app_conn, officer):
            app_conn.execute(
                f"INSERT INTO crisis.perimeters (situation_id, kind, geom) VALUES (%s, 'red', {BOW_TIE})",
                (incident_id,),
            )


def test_anchor_in_web_mercator_is_refused(app_conn, incident_id, officer):
    with pytest.raises(errors.InvalidParameterValue, match=r"SRID \(3857\) does not match column SRID \(4326\)"):
        with acting_as(app_conn, officer):
            app_conn.execute(
                "INSERT INTO crisis.anchors (situation_id, kind, geom) "
                "VALUES (%s, 'pc_ops', ST_SetSRID(ST_MakePoint(480000, 6670000), 3857))",
                (incident_id,),
            )


def test_anchor_of_wrong_geometry_type_is_refused(app_conn, incident_id, officer):
    message = r"Geometry type \(MultiPolygon\) does not match column type \(Point\)"
    with pytest.raises(errors.InvalidParameterValue, match=message):
        with acting_as(app_conn, officer):
            app_conn.execute(
                f"INSERT INTO crisis.anchors (situation_id, kind, geom) VALUES (%s, 'pc_ops', {SQUARE})",
                (incident_id,),
            )


def test_unknown_anchor_kind_is_refused(app_conn, incident_id, officer):
    message = r"Key \(kind\)=\(bonfire\) is not present in table \"anchor_kinds\""
    with pytest.raises(errors.ForeignKeyViolation, match=message):
        with acting_as(app_conn, officer):
            app_conn.execute(
                "INSERT INTO crisis.anchors (situation_id, kind, geom) "
                "VALUES (%s, 'bonfire', ST_SetSRID(ST_MakePoint(4.3, 51.3), 4326))",
                (incident_id,),
            )


def test_coordinates_out_of_range_are_refused(app_conn, incident_id, officer):
    with pytest.raises(errors.CheckViolation, match="out of range"):
        with acting_as(app_conn, officer):
            app_conn.execute(
                "INSERT INTO crisis.anchors (situation_id, kind, geom) "
                "VALUES (%s, 'pc_ops', ST_SetSRID(ST_MakePoint(151000, 212000), 4326))",
                (incident_id,),
            )


def test_feed_entry_of_missing_situation_is_refused(admin_conn, officer):
    with pytest.raises(errors.ForeignKeyViolation, match="situation_id"):
        admin_conn.execute(
            "INSERT INTO crisis.feed_entries (situation_id, channel, body, author_id) "
            "VALUES (987654321, 'D1', 'ghost entry', %s)",
            (officer,),
        )


def test_unknown_channel_is_refused(admin_conn, incident_id, officer):
    with pytest.raises(errors.ForeignKeyViolation, match="feed_entries_channel_fkey"):
        admin_conn.execute(
            "INSERT INTO crisis.feed_entries (situation_id, channel, body, author_id) VALUES (%s, 'D9', 'x', %s)",
            (incident_id, officer),
        )


# --- the logbook is append-only --------------------------------------------------------------------


def test_service_role_cannot_update_or_delete_feed_entries(app_conn, incident_id):
    entry = app_conn.execute(
        "SELECT id FROM crisis.feed_entries WHERE situation_id = %s LIMIT 1", (incident_id,)
    ).fetchone()[0]
    app_conn.rollback()
    for statement in (
        "UPDATE crisis.feed_entries SET body = 'rewritten' WHERE id = %s",
        "DELETE FROM crisis.feed_entries WHERE id = %s",
    ):
        with pytest.raises(errors.InsufficientPrivilege, match="permission denied for table feed_entries"):
            app_conn.execute(statement, (entry,))
        app_conn.rollback()
    with pytest.raises(errors.InsufficientPrivilege):
        app_conn.execute("TRUNCATE crisis.feed_entries")
    app_conn.rollback()


def test_even_the_owner_cannot_change_the_logbook_outside_a_migration(admin_conn, incident_id):
    entry = admin_conn.execute(
        "SELECT id FROM crisis.feed_entries WHERE situation_id = %s LIMIT 1", (incident_id,)
    ).fetchone()[0]
    with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
        admin_conn.execute("UPDATE crisis.feed_entries SET body = 'rewritten' WHERE id = %s", (entry,))
    admin_conn.rollback()
    with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
        admin_conn.execute("DELETE FROM crisis.feed_entries WHERE id = %s", (entry,))
    admin_conn.rollback()
    with pytest.raises(errors.InsufficientPrivilege, match="append-only"):
        admin_conn.execute("DELETE FROM crisis.audit_log")


def test_service_role_owns_nothing(admin_conn):
    owned = admin_conn.execute(
        "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = 'crisis_app'"
    ).fetchone()[0]
    assert owned == 0
    role = admin_conn.execute(
        "SELECT rolsuper, rolcreatedb, rolcreaterole, rolbypassrls FROM pg_roles WHERE rolname = 'crisis_app'"
    ).fetchone()
    assert role == (False, False, False, False)


# --- rights of the service role ---------------------------------------------------------------------


def test_service_role_writes_only_for_a_user_who_may_write(app_conn, incident_id, user_ids):
    point = "ST_SetSRID(ST_MakePoint(4.30, 51.29), 4326)"
    for email in ("reader@police-antwerp.demo", "outsider@province-liege.demo"):
        with pytest.raises(errors.InsufficientPrivilege, match="may not write"):
            with acting_as(app_conn, user_ids[email]):
                app_conn.execute(
                    f"INSERT INTO crisis.anchors (situation_id, kind, geom) VALUES (%s, 'pc_ops', {point})",
                    (incident_id,),
                )
    with pytest.raises(errors.InsufficientPrivilege, match="no acting user"):
        app_conn.execute(
            f"INSERT INTO crisis.anchors (situation_id, kind, geom) VALUES (%s, 'pc_ops', {point})", (incident_id,)
        )
    app_conn.rollback()


# --- server-set fields, history, optimistic locking, audit -------------------------------------------


def test_every_write_leaves_an_audit_row_naming_the_user(app_conn, admin_conn, incident_id, officer):
    before = _row_count(admin_conn, "audit_log")
    with acting_as(app_conn, officer):
        anchor_id, version, org, author = app_conn.execute(
            "INSERT INTO crisis.anchors (situation_id, kind, label, geom, version, created_by, organisation_id) "
            "VALUES (%s, 'road_block', 'Blokkade Scheldelaan', "
            "        ST_SetSRID(ST_MakePoint(4.305, 51.295), 4326), 99, 1, 1) "
            "RETURNING id, version, organisation_id, created_by",
            (incident_id,),
        ).fetchone()
    assert version == 1 and author == officer  # the client's version/author/organisation are ignored
    officer_org = admin_conn.execute("SELECT organisation_id FROM crisis.users WHERE id = %s", (officer,)).fetchone()[0]
    assert org == officer_org
    with acting_as(app_conn, officer):
        app_conn.execute("UPDATE crisis.anchors SET label = 'Blokkade Scheldelaan-Noord' WHERE id = %s", (anchor_id,))
    with acting_as(app_conn, officer):
        app_conn.execute("DELETE FROM crisis.anchors WHERE id = %s", (anchor_id,))
    rows = admin_conn.execute(
        "SELECT operation, actor_id, before ->> 'label', after ->> 'label' FROM crisis.audit_log "
        "WHERE table_name = 'anchors' AND row_id = %s ORDER BY id",
        (str(anchor_id),),
    ).fetchall()
    assert rows == [
        ("INSERT", officer, None, "Blokkade Scheldelaan"),
        ("UPDATE", officer, "Blokkade Scheldelaan", "Blokkade Scheldelaan-Noord"),
        ("DELETE", officer, "Blokkade Scheldelaan-Noord", None),
    ]
    assert _row_count(admin_conn, "audit_log") == before + 3


def test_every_table_is_audited(admin_conn):
    missing = admin_conn.execute(
        """SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'crisis' AND c.relkind = 'r' AND c.relname <> 'audit_log'
             AND NOT EXISTS (SELECT FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_audit')"""
    ).fetchall()
    assert missing == []


def test_perimeter_history_and_stale_writes(app_conn, admin_conn, incident_id, officer, user_ids):
    with acting_as(app_conn, officer):
        pid = app_conn.execute(
            f"INSERT INTO crisis.perimeters (situation_id, kind, geom) VALUES (%s, 'orange', {SQUARE}) RETURNING id",
            (incident_id,),
        ).fetchone()[0]
    with acting_as(app_conn, officer):
        app_conn.execute(
            "UPDATE crisis.perimeters SET geom = ST_Multi(ST_Buffer(ST_PointOnSurface(geom), 0.01)), version = 1 "
            "WHERE id = %s",
            (pid,),
        )
    # A second writer still holding version 1 cannot overwrite version 2.
    with pytest.raises(errors.SerializationFailure, match="changed by someone else"):
        with acting_as(app_conn, user_ids["planner@province-antwerp.demo"]):
            app_conn.execute("UPDATE crisis.perimeters SET label = 'stale', version = 1 WHERE id = %s", (pid,))
    history = admin_conn.execute(
        "SELECT version, operation, ST_Equals(geom, " + SQUARE + ") FROM crisis.perimeter_history "
        "WHERE perimeter_id = %s",
        (pid,),
    ).fetchall()
    assert history == [(1, "UPDATE", True)]
    current = admin_conn.execute("SELECT version, label FROM crisis.perimeters WHERE id = %s", (pid,)).fetchone()
    assert current == (2, "")


def test_closed_situation_is_read_only(admin_conn, app_conn, officer, user_ids):
    planner = user_ids["planner@province-antwerp.demo"]
    sid = admin_conn.execute(
        "INSERT INTO crisis.situations (kind, status, title, owner_org_id) "
        "SELECT 'incident', 'closed', 'Closed test incident', organisation_id FROM crisis.users WHERE id = %s "
        "RETURNING id",
        (planner,),
    ).fetchone()[0]
    admin_conn.commit()
    with pytest.raises(errors.InsufficientPrivilege, match="may not"):
        with acting_as(app_conn, planner):
            app_conn.execute(
                "INSERT INTO crisis.feed_entries (situation_id, channel, body, author_id) "
                "VALUES (%s, 'coordination', 'too late', %s)",
                (sid, planner),
            )


# --- structure: indexes and comments ------------------------------------------------------------------


def test_every_geometry_has_a_gist_index(admin_conn):
    missing = admin_conn.execute(
        """SELECT f_table_name, f_geometry_column FROM geometry_columns g
           WHERE f_table_schema = 'crisis'
             AND (SELECT c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'crisis' AND c.relname = g.f_table_name) = 'r'
             AND NOT EXISTS (
                 SELECT FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
                 JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                 WHERE i.indrelid = ('crisis.' || quote_ident(g.f_table_name))::regclass
                   AND am.amname = 'gist' AND a.attname = g.f_geometry_column)"""
    ).fetchall()
    assert missing == []


def test_every_foreign_key_is_indexed(admin_conn):
    missing = admin_conn.execute(
        """SELECT c.conrelid::regclass::text, c.conname FROM pg_constraint c
           JOIN pg_namespace n ON n.oid = c.connamespace
           WHERE c.contype = 'f' AND n.nspname = 'crisis'
             AND NOT EXISTS (SELECT FROM pg_index i WHERE i.indrelid = c.conrelid
                             AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey)"""
    ).fetchall()
    assert missing == []


def test_every_table_and_view_is_commented(admin_conn):
    missing = admin_conn.execute(
        """SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname IN ('crisis', 'crisis_meta') AND c.relkind IN ('r', 'v', 'm')
             AND obj_description(c.oid, 'pg_class') IS NULL"""
    ).fetchall()
    assert missing == []


def test_published_views_write_through_with_every_rule(app_conn, admin_conn, incident_id, officer, user_ids):
    """The OGC front writes anchors and perimeters through crisis.anchor_features and crisis.perimeter_features:
    the tables' rules apply (server-set id, author, version, audit, history), and an Update or Delete that also
    names a version since replaced reaches no row."""
    with acting_as(app_conn, officer):
        anchor_id, version, author = app_conn.execute(
            "INSERT INTO crisis.anchor_features (id, situation_id, kind, label, geom, version, created_by) "
            "VALUES (424242, %s, 'road_block', 'Through the view', ST_SetSRID(ST_MakePoint(4.30, 51.29), 4326), "
            "        7, 1) RETURNING id, version, created_by",
            (incident_id,),
        ).fetchone()
    assert anchor_id != 424242 and version == 1 and author == officer
    doctor = user_ids["doctor@ems-antwerp.demo"]
    with acting_as(app_conn, doctor):
        changed = app_conn.execute(
            "UPDATE crisis.anchor_features SET label = 'Doctor' WHERE id = %s AND version = 1", (anchor_id,)
        ).rowcount
    with acting_as(app_conn, officer):  # still naming version 1
        stale_update = app_conn.execute(
            "UPDATE crisis.anchor_features SET label = 'Officer' WHERE id = %s AND version = 1", (anchor_id,)
        ).rowcount
        stale_delete = app_conn.execute(
            "DELETE FROM crisis.anchor_features WHERE id = %s AND version = 1", (anchor_id,)
        ).rowcount
    assert (changed, stale_update, stale_delete) == (1, 0, 0)
    assert admin_conn.execute(
        "SELECT label, version, updated_by FROM crisis.anchors WHERE id = %s", (anchor_id,)
    ).fetchone() == ("Doctor", 2, doctor)
    assert admin_conn.execute(
        "SELECT operation, actor_id FROM crisis.audit_log WHERE table_name = 'anchors' AND row_id = %s ORDER BY id",
        (str(anchor_id),),
    ).fetchall() == [("INSERT", officer), ("UPDATE", doctor)]
    with acting_as(app_conn, officer):
        perimeter_id = app_conn.execute(
            f"INSERT INTO crisis.perimeter_features (situation_id, kind, geom) VALUES (%s, 'red', {SQUARE}) "
            "RETURNING id",
            (incident_id,),
        ).fetchone()[0]
        app_conn.execute(
            "UPDATE crisis.perimeter_features SET geom = ST_Multi(ST_Buffer(geom, 0.001)) "
            "WHERE id = %s AND version = 1",
            (perimeter_id,),
        )
        app_conn.execute("DELETE FROM crisis.perimeter_features WHERE id = %s AND version = 2", (perimeter_id,))
        app_conn.execute("DELETE FROM crisis.anchor_features WHERE id = %s AND version = 2", (anchor_id,))
    assert admin_conn.execute(
        "SELECT version, operation FROM crisis.perimeter_history WHERE perimeter_id = %s ORDER BY version",
        (perimeter_id,),
    ).fetchall() == [(1, "UPDATE"), (2, "DELETE")]
    assert admin_conn.execute("SELECT count(*) FROM crisis.anchors WHERE id = %s", (anchor_id,)).fetchone()[0] == 0


def test_two_writers_racing_on_one_version_cannot_both_write(app_conn, database, incident_id, officer, user_ids):
    """Both name version 1 at the same instant: the second waits for the first's transaction, then finds that
    version gone and changes nothing."""
    with acting_as(app_conn, officer):
        anchor_id = app_conn.execute(
            "INSERT INTO crisis.anchor_features (situation_id, kind, label, geom) VALUES (%s, 'road_block', 'Race', "
            "ST_SetSRID(ST_MakePoint(4.30, 51.29), 4326)) RETURNING id",
            (incident_id,),
        ).fetchone()[0]
    update = "UPDATE crisis.anchor_features SET label = %s WHERE id = %s AND version = 1"
    result = {}
    with psycopg.connect(database.app_url) as first, psycopg.connect(database.app_url) as second:
        with acting_as(first, officer):
            result["first"] = first.execute(update, ("First", anchor_id)).rowcount

            def race():
                with acting_as(second, user_ids["doctor@ems-antwerp.demo"]):
                    result["second"] = second.execute(update, ("Second", anchor_id)).rowcount

            racer = threading.Thread(target=race)
            racer.start()
            racer.join(0.5)
            assert racer.is_alive(), "the second writer did not wait for the first"
        racer.join(10)
    assert result == {"first": 1, "second": 0}
    assert app_conn.execute("SELECT label, version FROM crisis.anchors WHERE id = %s", (anchor_id,)).fetchone() == (
        "First",
        2,
    )
    with acting_as(app_conn, officer):
        app_conn.execute("DELETE FROM crisis.anchors WHERE id = %s", (anchor_id,))
