"""The database's own check of OGC edits that name no version (sql/025_ows_read_versions.sql): an edit builds on
the version its writer last read or wrote through the OGC front, checked under the row lock."""

from __future__ import annotations

import threading
from contextlib import contextmanager

import psycopg
import pytest
from factories import make_organisation, make_situation, make_user
from psycopg import errors

from server_services.db import acting_as


@contextmanager
def through_the_front(conn, user_id: int):
    """A transaction as the OGC front's per-user connections make it (crisis.front = 'ows')."""
    with acting_as(conn, user_id):
        conn.execute("SELECT set_config('crisis.front', 'ows', true)")
        yield conn


@pytest.fixture
def crew(admin_conn) -> dict[str, int]:
    """An incident (its id) shared with the fire, medical and communication services, and the ids of its planner
    and of an editor of each service."""
    services = {
        name: make_organisation(admin_conn, kind)
        for name, kind in (("officer", "fire_zone"), ("doctor", "medical_service"), ("info", "communication_cell"))
    }
    incident = make_situation(admin_conn, shared_with=tuple(services.values()))
    return {
        "incident": incident["id"],
        "planner": incident["author"]["id"],
        **{name: make_user(admin_conn, org, "editor")["id"] for name, org in services.items()},
    }


@pytest.fixture
def anchor(app_conn, crew):
    officer, incident = crew["officer"], crew["incident"]
    with through_the_front(app_conn, officer):
        anchor_id = app_conn.execute(
            "INSERT INTO crisis.anchor_features (situation_id, kind, label, geom) VALUES (%s, 'road_block', "
            "'Read versions', ST_SetSRID(ST_MakePoint(4.30, 51.29), 4326)) RETURNING id",
            (incident,),
        ).fetchone()[0]
    yield anchor_id
    with acting_as(app_conn, officer):
        app_conn.execute("DELETE FROM crisis.anchors WHERE id = %s", (anchor_id,))


def _read(conn, user_id: int, anchor_id: int, version: int) -> None:
    conn.execute("SELECT crisis.record_feature_reads(%s, 'anchors', %s, %s)", (user_id, [anchor_id], [version]))
    conn.commit()


def test_own_write_is_the_writers_base(app_conn, anchor, crew):
    officer = crew["officer"]
    for label in ("first", "second"):  # no read in between: the insert and the first update are the officer's
        with through_the_front(app_conn, officer):
            app_conn.execute("UPDATE crisis.anchor_features SET label = %s WHERE id = %s", (label, anchor))
    assert app_conn.execute("SELECT label, version FROM crisis.anchors WHERE id = %s", (anchor,)).fetchone() == (
        "second",
        3,
    )


def test_an_edit_on_an_older_read_is_refused_with_who_and_when(app_conn, anchor, crew):
    officer, doctor = crew["officer"], crew["doctor"]
    _read(app_conn, doctor, anchor, 1)
    with through_the_front(app_conn, officer):
        app_conn.execute("UPDATE crisis.anchor_features SET label = 'officer' WHERE id = %s", (anchor,))
    for statement in (
        "UPDATE crisis.anchor_features SET label = 'doctor' WHERE id = %s",
        "DELETE FROM crisis.anchor_features WHERE id = %s",
    ):
        with pytest.raises(errors.SerializationFailure) as refused:
            with through_the_front(app_conn, doctor):
                app_conn.execute(statement, (anchor,))
        assert "changed by someone else" in str(refused.value) and "now version 2" in str(refused.value)
    _read(app_conn, doctor, anchor, 2)
    with through_the_front(app_conn, doctor):
        app_conn.execute("UPDATE crisis.anchor_features SET label = 'doctor' WHERE id = %s", (anchor,))


def test_an_edit_with_no_read_is_refused(app_conn, anchor, crew):
    with pytest.raises(errors.SerializationFailure, match="read the feature"):
        with through_the_front(app_conn, crew["info"]):
            app_conn.execute("UPDATE crisis.anchor_features SET label = 'blind' WHERE id = %s", (anchor,))


def test_two_writers_on_one_read_in_the_same_instant(app_conn, database, anchor, crew):
    """Both read version 1 and write at once: the second waits for the first's row lock, then is refused."""
    officer, doctor = crew["officer"], crew["doctor"]
    _read(app_conn, officer, anchor, 1)
    _read(app_conn, doctor, anchor, 1)
    result = {}
    with psycopg.connect(database.app_url) as first, psycopg.connect(database.app_url) as second:
        with through_the_front(first, officer):
            first.execute("UPDATE crisis.anchor_features SET label = 'first' WHERE id = %s", (anchor,))

            def race():
                try:
                    with through_the_front(second, doctor):
                        second.execute("UPDATE crisis.anchor_features SET label = 'second' WHERE id = %s", (anchor,))
                    result["second"] = "written"
                except errors.SerializationFailure as exc:
                    result["second"] = str(exc)

            racer = threading.Thread(target=race)
            racer.start()
            racer.join(0.5)
            assert racer.is_alive(), "the second writer did not wait for the first"
        racer.join(10)
    assert "changed by someone else" in result["second"]
    assert app_conn.execute("SELECT label, version FROM crisis.anchors WHERE id = %s", (anchor,)).fetchone() == (
        "first",
        2,
    )


def test_null_label_and_notes_take_the_default(app_conn, anchor, crew):
    with through_the_front(app_conn, crew["officer"]):
        app_conn.execute("UPDATE crisis.anchor_features SET label = NULL, notes = NULL WHERE id = %s", (anchor,))
    assert app_conn.execute("SELECT label, notes FROM crisis.anchors WHERE id = %s", (anchor,)).fetchone() == ("", "")


def test_the_service_role_cannot_name_another_author(app_conn, admin_conn, crew):
    """Without a session actor, an updated_by sent by the client names no one: the write is refused."""
    incident = crew["incident"]
    with pytest.raises(errors.InsufficientPrivilege, match="no acting user"):
        with app_conn.transaction():
            app_conn.execute(
                "INSERT INTO crisis.anchor_features (situation_id, kind, label, geom, updated_by) VALUES (%s, "
                "'road_block', 'forged author', ST_SetSRID(ST_MakePoint(4.30, 51.29), 4326), %s)",
                (incident, crew["planner"]),
            )
    assert admin_conn.execute("SELECT count(*) FROM crisis.anchors WHERE label = 'forged author'").fetchone()[0] == 0
