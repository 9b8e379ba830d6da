"""Activating a plan on a situation through the API: the prepared places and zones appear in the situation (API and
WFS as that user), exactly once, the logbook says who activated it, the rights are the database's, outsiders see
nothing of it; deactivation withdraws what nobody changed and keeps the rest."""

from __future__ import annotations

import psycopg
import pytest
import requests
from support import wfs_geojson

from server_services.db import acting_as

from .conftest import DEMO_PASSWORD

PPUI = "BNIP-PA-017"
PLANNER, OUTSIDER = "planner@province-antwerp.demo", "outsider@province-liege.demo"
AREA = {"type": "Polygon", "coordinates": [[[4.25, 51.26], [4.34, 51.26], [4.34, 51.32], [4.25, 51.32], [4.25, 51.26]]]}


@pytest.fixture(scope="module")
def ppui(database) -> int:
    with psycopg.connect(database.admin_url) as conn:
        return conn.execute("SELECT id FROM crisis.plans WHERE code = %s", (PPUI,)).fetchone()[0]


def _new_incident(client, title: str) -> int:
    r = client.post("/api/situations", json={"kind": "incident", "title": title, "status": "active", "area": AREA})
    assert r.status_code == 201, r.text
    return r.json()["id"]


def wfs_features(origin: str, email: str, layer: str, situation_id: int) -> list[dict]:
    """GetFeature as that user (HTTP Basic, as QGIS and GDAL send it), one situation."""
    r = requests.get(
        f"{origin}/ows",
        auth=(email, DEMO_PASSWORD),
        timeout=60,
        params=wfs_geojson(layer, EXP_FILTER=f'"situation_id" = {situation_id}'),
    )
    assert r.status_code == 200, r.text[:500]
    return r.json()["features"]


def _system_entries(client, situation_id: int) -> list[str]:
    items = client.get(f"/api/situations/{situation_id}/feed", params={"limit": 200}).json()["items"]
    return [e["body"] for e in items if e["is_system"] and e["body"].startswith("Plan ")]


def test_planner_activates_the_ppui_on_a_new_incident(clients, origin, database, ppui):
    planner, outsider = clients[PLANNER], clients[OUTSIDER]
    sid = _new_incident(planner, "Chlorine leak at the loading station (activation test)")
    covering = {p["code"] for p in planner.get(f"/api/plans?situation_id={sid}").json()["items"]}
    assert {PPUI, "ANIP-PA-2023"} <= covering and "PPUI-LG-MEUSE" not in covering  # zones that meet the area
    r = planner.post(f"/api/situations/{sid}/plans", json={"plan_id": ppui})
    assert r.status_code == 201, r.text
    assert r.json()["code"] == PPUI and r.json()["activation"]["activated_by"]["display_name"].startswith("Jan")
    assert (r.json()["activation"]["anchors"], r.json()["activation"]["perimeters"]) == (9, 1)

    # The places and zones are the situation's, through the API's list and the OGC front, as the planner.
    listed = planner.get(f"/api/situations/{sid}/plans").json()
    assert [p["code"] for p in listed["items"]] == [PPUI] and listed["can_activate"]
    anchors = wfs_features(origin, PLANNER, "anchors", sid)
    perimeters = wfs_features(origin, PLANNER, "perimeters", sid)
    card = planner.get(f"/api/plans/{ppui}").json()
    assert sorted(f["properties"]["label"] for f in anchors) == sorted(
        f["properties"]["label"] for f in card["anchors"]["features"]
    )
    assert [f["properties"]["kind"] for f in perimeters] == ["emergency_planning_zone"]
    with psycopg.connect(database.admin_url) as conn:
        far = conn.execute(
            "SELECT count(*) FROM crisis.anchors a JOIN crisis.plan_anchors pa ON pa.id = a.plan_feature_id"
            " WHERE a.situation_id = %s AND (a.plan_id <> %s OR NOT ST_Equals(a.geom, pa.geom) OR a.kind <> pa.kind)",
            (sid, ppui),
        ).fetchone()[0]
    assert far == 0

    # The logbook says who activated it.
    logged = _system_entries(planner, sid)
    assert len(logged) == 1 and "activated by Jan Van den Broeck" in logged[0] and PPUI in logged[0]

    # Activating twice changes nothing.
    again = planner.post(f"/api/situations/{sid}/plans", json={"plan_id": ppui})
    assert again.status_code == 200
    assert len(wfs_features(origin, PLANNER, "anchors", sid)) == 9 and len(_system_entries(planner, sid)) == 1

    # The outsider sees none of it: not through the API, not through /ows.
    assert outsider.get(f"/api/situations/{sid}/plans").status_code == 404
    assert outsider.get(f"/api/situations/{sid}/feed").status_code == 404
    assert wfs_features(origin, OUTSIDER, "anchors", sid) == []
    assert wfs_features(origin, OUTSIDER, "perimeters", sid) == []
    assert outsider.get(f"/api/plans/{ppui}").status_code == 404
    assert outsider.post(f"/api/situations/{sid}/plans", json={"plan_id": ppui}).status_code == 404


@pytest.mark.parametrize(
    "email, status",
    [
        (OUTSIDER, 404),  # sees neither the incident nor the plan
        ("reader@police-antwerp.demo", 403),  # sees both, writes nothing
        ("officer@fire-antwerp.demo", 403),  # writes in the incident, but does not lead it
        ("doctor@ems-antwerp.demo", 403),
    ],
)
def test_who_may_not_activate_on_the_demo_incident(clients, situations, database, email, status):
    with psycopg.connect(database.admin_url) as conn:
        pgui = conn.execute("SELECT id FROM crisis.plans WHERE code = 'ANIP-PA-2023'").fetchone()[0]
        before = conn.execute("SELECT count(*) FROM crisis.anchors").fetchone()[0]
    r = clients[email].delete(f"/api/situations/{situations['incident']}/plans/{pgui}")
    assert r.status_code == status, r.text
    r = clients[email].post(f"/api/situations/{situations['incident']}/plans", json={"plan_id": pgui})
    assert r.status_code == status, r.text
    with psycopg.connect(database.admin_url) as conn:
        assert conn.execute("SELECT count(*) FROM crisis.anchors").fetchone()[0] == before


def test_closed_situations_and_withdrawn_plans_are_refused(clients, ppui):
    planner = clients[PLANNER]
    sid = _new_incident(planner, "Closed before any plan")
    assert planner.post(f"/api/situations/{sid}/status", json={"status": "closed"}).status_code == 200
    r = planner.post(f"/api/situations/{sid}/plans", json={"plan_id": ppui})
    assert r.status_code == 409 and "closed" in r.json()["error"]["message"]
    plan = planner.post(
        "/api/plans", json={"code": "PIU-WITHDRAWN", "kind": "internal", "title": "Withdrawn", "status": "withdrawn"}
    ).json()
    open_sid = _new_incident(planner, "Open incident")
    r = planner.post(f"/api/situations/{open_sid}/plans", json={"plan_id": plan["id"]})
    assert r.status_code == 409 and "withdrawn" in r.json()["error"]["message"]
    assert planner.post(f"/api/situations/{open_sid}/plans", json={"plan_id": 987654321}).status_code == 404
    assert planner.post(f"/api/situations/{open_sid}/plans", json={"plan_id": "x"}).status_code == 422


def test_deactivation_withdraws_untouched_copies_and_keeps_edited_ones(clients, origin, database, ppui, user_ids):
    planner = clients[PLANNER]
    sid = _new_incident(planner, "Deactivation test")
    assert planner.post(f"/api/situations/{sid}/plans", json={"plan_id": ppui}).status_code == 201
    with psycopg.connect(database.app_url) as conn, acting_as(conn, user_ids[PLANNER]):
        edited = conn.execute(
            "UPDATE crisis.anchors SET notes = 'Dir-PC-Ops here' WHERE situation_id = %s"
            " AND kind = 'pc_ops' RETURNING id",
            (sid,),
        ).fetchall()
    assert len(edited) == 2
    assert clients["officer@fire-antwerp.demo"].delete(f"/api/situations/{sid}/plans/{ppui}").status_code == 404
    r = planner.delete(f"/api/situations/{sid}/plans/{ppui}")
    assert r.status_code == 200, r.text
    assert r.json()["removed"] == {"anchors": 7, "perimeters": 1}
    assert sorted(r.json()["kept"]["anchors"]) == sorted(i for (i,) in edited)
    assert sorted(f["properties"]["kind"] for f in wfs_features(origin, PLANNER, "anchors", sid)) == ["pc_ops"] * 2
    assert planner.get(f"/api/situations/{sid}/plans").json()["items"] == []
    logged = _system_entries(planner, sid)
    assert "deactivated by Jan Van den Broeck" in logged[0] and "2 place(s) and 0 zone(s)" in logged[0]
    assert planner.delete(f"/api/situations/{sid}/plans/{ppui}").status_code == 404
    # Activated again: copies made afresh beside the kept ones; the card lists both activations' state.
    assert planner.post(f"/api/situations/{sid}/plans", json={"plan_id": ppui}).status_code == 201
    assert len(wfs_features(origin, PLANNER, "anchors", sid)) == 11
    activation = [a for a in planner.get(f"/api/plans/{ppui}").json()["activations"] if a["situation"]["id"] == sid]
    assert activation[0]["active"] and activation[0]["deactivated_at"] is None


def test_the_database_function_checks_the_acting_user_itself(database, user_ids, situations, ppui):
    """Whoever calls crisis.activate_plan (here the services' role directly, no API), the rights are checked."""
    from psycopg import errors

    with psycopg.connect(database.app_url) as conn:
        with pytest.raises(errors.InsufficientPrivilege, match="no acting user"):
            conn.execute("SELECT crisis.activate_plan(%s, %s)", (ppui, situations["incident"]))
        conn.rollback()
        with pytest.raises(errors.NoDataFound):
            with acting_as(conn, user_ids[OUTSIDER]):
                conn.execute("SELECT crisis.activate_plan(%s, %s)", (ppui, situations["incident"]))
        with pytest.raises(errors.InsufficientPrivilege, match="Only coordinators and admins"):
            with acting_as(conn, user_ids["officer@fire-antwerp.demo"]):
                conn.execute("SELECT crisis.deactivate_plan(%s, %s)", (ppui, situations["incident"]))
        with acting_as(conn, user_ids[PLANNER]):  # in force already: nothing happens
            assert conn.execute("SELECT crisis.activate_plan(%s, %s)", (ppui, situations["incident"])).fetchone() == (
                None,
            )
