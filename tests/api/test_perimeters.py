"""A perimeter's history through the API: every earlier shape, then the current one; hidden from outsiders."""

from __future__ import annotations

import psycopg

from server_services.db import acting_as


def _redrawn_perimeter(database, user_ids, situation_id: int) -> int:
    """A perimeter drawn, then redrawn, by the fire officer (through the service role, as the platform writes)."""
    officer = user_ids["officer@fire-antwerp.demo"]
    with psycopg.connect(database.app_url) as conn:
        with acting_as(conn, officer):
            pid = conn.execute(
                "INSERT INTO crisis.perimeters (situation_id, kind, label, geom) VALUES "
                "(%s, 'orange', 'first', ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(4.31, 51.30), 4326), 0.004))) "
                "RETURNING id", (situation_id,)).fetchone()[0]
        with acting_as(conn, officer):
            conn.execute("UPDATE crisis.perimeters SET label = 'second', "
                         "geom = ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(4.31, 51.30), 4326), 0.008)) "
                         "WHERE id = %s", (pid,))
    return pid


def test_history_lists_every_shape_oldest_first(clients, situations, database, user_ids):
    sid = situations["incident"]
    pid = _redrawn_perimeter(database, user_ids, sid)
    r = clients["planner@province-antwerp.demo"].get(f"/api/situations/{sid}/perimeters/{pid}/history")
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert [(i["version"], i["label"], i["operation"]) for i in items] == [(1, "first", "UPDATE"),
                                                                         (2, "second", "CURRENT")]
    assert items[0]["valid_to"] is not None and items[1]["valid_to"] is None
    assert items[0]["changed_by"]["id"] == user_ids["officer@fire-antwerp.demo"]
    assert items[0]["geom"]["type"] == "MultiPolygon"
    # The first shape is the smaller one.
    first, second = (abs(i["geom"]["coordinates"][0][0][0][0] - 4.31) for i in items)
    assert first < second


def test_history_is_hidden_like_what_does_not_exist(clients, situations, database, user_ids):
    sid = situations["incident"]
    pid = _redrawn_perimeter(database, user_ids, sid)
    outsider = clients["outsider@province-liege.demo"].get(f"/api/situations/{sid}/perimeters/{pid}/history")
    missing = clients["planner@province-antwerp.demo"].get(f"/api/situations/{sid}/perimeters/987654/history")
    elsewhere = clients["planner@province-antwerp.demo"].get(
        f"/api/situations/{situations['event']}/perimeters/{pid}/history")
    assert outsider.status_code == missing.status_code == elsewhere.status_code == 404
    assert outsider.json() == missing.json()
