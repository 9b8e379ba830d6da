"""The map routes: layers as GeoJSON for those who see the situation, versioned writes of anchors and perimeters
for those who may write (rows, versions, audit), hostile input refused with nothing written, generated shapes,
and map changes on the situation's live stream, resumable."""

from __future__ import annotations

import json
import queue
import time

import psycopg
import pytest
from support import DEMO_PASSWORD

from .conftest import LOGINS
from .sse import Follower
from .test_access_matrix import KINDS, expected

LAYERS = ("anchors", "perimeters", "feed_entries", "weather", "plan_zones")
POINT = {"type": "Point", "coordinates": [4.301, 51.291]}
SQUARE = {
    "type": "Polygon",
    "coordinates": [[[4.30, 51.29], [4.302, 51.29], [4.302, 51.292], [4.30, 51.292], [4.30, 51.29]]],
}
BOW_TIE = {
    "type": "Polygon",
    "coordinates": [[[4.30, 51.29], [4.302, 51.292], [4.302, 51.29], [4.30, 51.292], [4.30, 51.29]]],
}
OFFICER, PLANNER, READER = "officer@fire-antwerp.demo", "planner@province-antwerp.demo", "reader@police-antwerp.demo"
COORDINATOR = "coordinator@crisis-centre.demo"


def _counts(database) -> tuple[int, int, int]:
    with psycopg.connect(database.admin_url) as conn:
        return conn.execute(
            "SELECT (SELECT count(*) FROM crisis.anchors), (SELECT count(*) FROM crisis.perimeters),"
            " (SELECT count(*) FROM crisis.audit_log)"
        ).fetchone()


@pytest.mark.parametrize("email", LOGINS)
@pytest.mark.parametrize("kind", KINDS)
def test_layers_for_whoever_sees_the_situation(clients, situations, email, kind):
    for layer in LAYERS:
        r = clients[email].get(f"/api/situations/{situations[kind]}/map/{layer}")
        assert r.status_code == expected(email, kind, "s"), (layer, r.text[:200])
        assert r.headers["Cache-Control"] == "no-store"
        if r.status_code == 200:
            body = r.json()
            assert r.headers["Content-Type"].startswith("application/geo+json")
            assert body["type"] == "FeatureCollection" and body["layer"] == layer
            assert all(f["id"].startswith(f"{layer}.") for f in body["features"])
        else:
            assert r.json()["error"]["code"] == "not_found"


def test_layers_hold_what_the_tables_hold(clients, situations, database):
    incident = situations["incident"]
    with psycopg.connect(database.admin_url) as conn:
        anchors = dict(conn.execute("SELECT id, version FROM crisis.anchors WHERE situation_id = %s", (incident,)))
        located = conn.execute(
            "SELECT count(*) FROM crisis.feed_entries WHERE situation_id = %s AND location IS NOT NULL", (incident,)
        ).fetchone()[0]
        cursor = conn.execute(
            "SELECT max(id) FROM crisis_live.map_changes WHERE situation_id = %s", (incident,)
        ).fetchone()[0]
    body = clients[PLANNER].get(f"/api/situations/{incident}/map/anchors").json()
    assert {f["properties"]["id"]: f["properties"]["version"] for f in body["features"]} == anchors
    assert body["cursor"] >= cursor
    assert all(
        str(f["properties"]["updated_by"]) in body["authors"] for f in body["features"] if f["properties"]["updated_by"]
    )
    entries = clients[PLANNER].get(f"/api/situations/{incident}/map/feed_entries").json()["features"]
    assert len(entries) == located
    assert clients[PLANNER].get(f"/api/situations/{incident}/map/nothing").status_code == 404


@pytest.mark.parametrize("email", LOGINS)
@pytest.mark.parametrize("kind", KINDS)
def test_who_may_place_an_anchor(clients, situations, database, user_ids, email, kind):
    before = _counts(database)
    r = clients[email].post(
        f"/api/situations/{situations[kind]}/anchors",
        json={"kind": "press_point", "label": "matrix", "geometry": POINT},
    )
    want = expected(email, kind, "w")
    assert r.status_code == (201 if want == 200 else want), r.text
    if r.status_code != 201:
        assert _counts(database) == before
        return
    anchor = r.json()["properties"]
    assert anchor["version"] == 1 and anchor["updated_by"]["id"] == user_ids[email]
    gone = clients[email].delete(f"/api/situations/{situations[kind]}/anchors/{anchor['id']}", params={"version": 1})
    assert gone.status_code == 204


def test_versions_conflicts_and_audit(clients, situations, database, user_ids):
    incident = situations["incident"]
    created = clients[OFFICER].post(
        f"/api/situations/{incident}/perimeters", json={"kind": "orange", "label": "api zone", "geometry": SQUARE}
    )
    assert created.status_code == 201, created.text
    pid = created.json()["properties"]["id"]
    path = f"/api/situations/{incident}/perimeters/{pid}"
    first = clients[PLANNER].patch(path, json={"version": 1, "label": "planner's"})
    assert first.status_code == 200 and first.json()["properties"]["version"] == 2
    stale = clients[OFFICER].patch(path, json={"version": 1, "notes": "officer's"})
    assert stale.status_code == 409
    error = stale.json()["error"]
    assert "Jan Van den Broeck" in error["message"] and "version 1" in error["message"]
    assert error["details"]["current"]["properties"]["version"] == 2
    assert error["details"]["current"]["properties"]["label"] == "planner's"
    assert error["details"]["changed_by"]["id"] == user_ids[PLANNER]
    assert clients[OFFICER].delete(path, params={"version": 1}).status_code == 409
    redo = clients[OFFICER].patch(path, json={"version": 2, "notes": "officer's"})
    assert redo.status_code == 200 and redo.json()["properties"]["version"] == 3
    assert clients[READER].patch(path, json={"version": 3, "label": "x"}).status_code == 403
    assert clients["outsider@province-liege.demo"].patch(path, json={"version": 3, "label": "x"}).status_code == 404
    assert clients[OFFICER].delete(path, params={"version": 3}).status_code == 204
    assert clients[OFFICER].delete(path, params={"version": 3}).status_code == 404
    with psycopg.connect(database.admin_url) as conn:
        audit = conn.execute(
            "SELECT operation, actor_id FROM crisis.audit_log WHERE table_name = 'perimeters' "
            "AND row_id = %s ORDER BY id",
            (str(pid),),
        ).fetchall()
        history = conn.execute(
            "SELECT version, operation, changed_by FROM crisis.perimeter_history "
            "WHERE perimeter_id = %s ORDER BY version",
            (pid,),
        ).fetchall()
    assert audit == [
        ("INSERT", user_ids[OFFICER]),
        ("UPDATE", user_ids[PLANNER]),
        ("UPDATE", user_ids[OFFICER]),
        ("DELETE", user_ids[OFFICER]),
    ]
    assert history == [(1, "UPDATE", user_ids[PLANNER]), (3, "DELETE", user_ids[OFFICER])]


def test_invalid_shape_is_refused_with_its_place(clients, situations, database):
    before = _counts(database)
    r = clients[OFFICER].post(
        f"/api/situations/{situations['incident']}/perimeters", json={"kind": "red", "geometry": BOW_TIE}
    )
    assert r.status_code == 422
    error = r.json()["error"]
    assert "Self-intersection" in error["message"]
    assert error["details"]["location"]["coordinates"] == [4.301, 51.291]
    assert _counts(database) == before


HOSTILE = [
    ({"kind": "pc_ops", "geometry": POINT, "updated_by": 1}, 422),
    ({"kind": "pc_ops", "geometry": POINT, "id": 1}, 422),
    ({"kind": "tea_room", "geometry": POINT}, 422),
    ({"kind": "pc_ops", "geometry": SQUARE}, 422),
    ({"kind": "pc_ops", "geometry": {"type": "Point", "coordinates": [400, 51]}}, 422),
    ({"kind": "pc_ops", "geometry": {"type": "Point", "coordinates": ["4", "51"]}}, 422),
    ({"kind": "pc_ops", "geometry": POINT, "label": "x" * 201}, 422),
    ({"kind": "pc_ops", "geometry": POINT, "status": "gone"}, 422),
    ({"kind": ["pc_ops"], "geometry": POINT}, 422),
    ({"geometry": POINT}, 422),
    ({"kind": "pc_ops", "geometry": {"type": "Point", "coordinates": json.loads("[" * 40 + "1" + "]" * 40)}}, 400),
]


@pytest.mark.parametrize("body, status", HOSTILE)
def test_hostile_anchor_bodies_change_nothing(clients, situations, database, body, status):
    before = _counts(database)
    r = clients[OFFICER].post(f"/api/situations/{situations['incident']}/anchors", json=body)
    assert r.status_code == status, r.text
    assert r.headers["Content-Type"].startswith("application/json") and "error" in r.json()
    assert _counts(database) == before


def test_markup_stays_text_and_updates_check_their_fields(clients, situations, database):
    incident = situations["incident"]
    label = '<img src=x onerror="alert(1)">'
    r = clients[OFFICER].post(
        f"/api/situations/{incident}/anchors", json={"kind": "road_block", "label": label, "geometry": POINT}
    )
    assert r.status_code == 201 and r.json()["properties"]["label"] == label
    aid = r.json()["properties"]["id"]
    path = f"/api/situations/{incident}/anchors/{aid}"
    before = _counts(database)
    for body in (
        {"label": "no version"},
        {"version": "1"},
        {"version": 2**40},
        {"version": 1, "kind": None},
        {"version": 1, "geometry": SQUARE},
        {"version": 1, "situation_id": 2},
    ):
        assert clients[OFFICER].patch(path, json=body).status_code == 422, body
    for params in ({}, {"version": "x"}, {"version": "-1"}):
        assert clients[OFFICER].delete(path, params=params).status_code == 422, params
    assert (
        clients[OFFICER]
        .patch(path, data="label=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
        .status_code
        == 415
    )
    assert (
        clients[OFFICER]
        .patch(path, json={"version": 1, "label": "x"}, headers={"Origin": "https://evil.example"})
        .status_code
        == 403
    )
    assert _counts(database) == before
    assert clients[OFFICER].delete(path, params={"version": 1}).status_code == 204


def test_generated_shapes(clients, situations, database):
    incident, event = situations["incident"], situations["event"]
    rings = clients[READER].post(
        f"/api/situations/{incident}/perimeters/rings", json={"center": POINT, "radii": [50, 200, 500]}
    )
    assert rings.status_code == 200
    features = rings.json()["features"]
    assert [f["properties"]["kind"] for f in features] == ["red", "orange", "yellow"]
    assert [f["properties"]["label"] for f in features] == ["0-50 m", "50-200 m", "200-500 m"]
    assert features[1]["geometry"]["type"] == "MultiPolygon" and len(features[1]["geometry"]["coordinates"][0]) == 2
    for bad in (
        {"center": POINT, "radii": [300, 200, 500]},
        {"center": POINT, "radii": [1, 2]},
        {"center": POINT, "radii": [1, 2, 1e9]},
        {"center": SQUARE},
    ):
        assert clients[OFFICER].post(f"/api/situations/{incident}/perimeters/rings", json=bad).status_code == 422
    downwind = clients[OFFICER].post(
        f"/api/situations/{incident}/perimeters/downwind", json={"source": POINT, "length_m": 3000}
    )
    assert downwind.status_code == 200
    with psycopg.connect(database.admin_url) as conn:
        wind = conn.execute(
            "SELECT wind_from_deg FROM crisis.weather_observations WHERE situation_id = %s "
            "ORDER BY observed_at DESC, id DESC LIMIT 1",
            (incident,),
        ).fetchone()[0]
        has_wind = conn.execute(
            "SELECT count(*) FROM crisis.weather_observations WHERE situation_id = %s", (event,)
        ).fetchone()[0]
    assert downwind.json()["properties"]["wind_from_deg"] == float(wind)
    given = clients[OFFICER].post(
        f"/api/situations/{incident}/perimeters/downwind",
        json={"source": POINT, "wind_from_deg": 90, "wind_speed_ms": 0.2},
    )
    assert given.status_code == 200  # calm: a disc
    if not has_wind:
        assert (
            clients[COORDINATOR]
            .post(f"/api/situations/{event}/perimeters/downwind", json={"source": POINT})
            .status_code
            == 422
        )
    assert (
        clients["outsider@province-liege.demo"]
        .post(f"/api/situations/{incident}/perimeters/downwind", json={"source": POINT})
        .status_code
        == 404
    )


def _take_map(follower: Follower, n: int, timeout: float = 5.0) -> list:
    got, deadline = [], time.monotonic() + timeout
    while len(got) < n and time.monotonic() < deadline:
        try:
            got.append(follower.map_events.get(timeout=0.05))
        except queue.Empty:
            pass
    return got


def test_map_changes_are_live_and_resumable(origin, clients, situations, database, user_ids):
    incident = situations["incident"]
    url = f"{origin}/api/situations/{incident}/feed/stream"
    auth = (PLANNER, DEMO_PASSWORD)
    live = Follower(url, auth=auth, params={"map": "1"})
    plain = Follower(url, auth=auth)
    try:
        live.wait_connected()
        plain.wait_connected()
        created = clients[OFFICER].post(
            f"/api/situations/{incident}/anchors", json={"kind": "staging_area", "label": "live", "geometry": POINT}
        )
        sent = time.monotonic()
        aid = created.json()["properties"]["id"]
        # A write that does not come through the API (a loader, QGIS through the OGC front) is announced too.
        with psycopg.connect(database.admin_url) as conn:
            conn.execute("SELECT set_config('crisis.actor_id', %s, true)", (str(user_ids[PLANNER]),))
            conn.execute("UPDATE crisis.anchors SET label = 'moved in the database', version = 1 WHERE id = %s", (aid,))
        events = _take_map(live, 2)
        assert [(e[1]["operation"], e[1]["id"], e[1]["version"]) for e in events] == [
            ("INSERT", aid, 1),
            ("UPDATE", aid, 2),
        ]
        assert events[0][2] - sent < 1.0
        assert events[1][1]["feature"]["properties"]["label"] == "moved in the database"
        assert events[1][1]["changed_by"]["id"] == user_ids[PLANNER]
        entry_id, _, change_id = events[0][0].partition(".")
        assert int(change_id) == events[0][1]["change"]
        assert plain.map_events.empty() and plain.take_quiet(0.3) == []
    finally:
        live.close()
        plain.close()
    # Reconnecting after the first change: exactly what was missed.
    again = Follower(url, auth=auth, params={"map": "1"}, headers={"Last-Event-ID": events[0][0]})
    try:
        again.wait_connected()
        caught = _take_map(again, 1)
        assert [e[1]["change"] for e in caught] == [events[1][1]["change"]]
        assert _take_map(again, 1, 0.5) == []
    finally:
        again.close()
    bad = Follower(url, auth=auth, headers={"Last-Event-ID": "1.2"})
    assert bad.status == 422 and "Last-Event-ID" in json.loads(bad.response.read())["error"]["details"]["fields"]
    gone = clients[OFFICER].delete(f"/api/situations/{incident}/anchors/{aid}", params={"version": 2})
    assert gone.status_code == 204


def test_basemaps_are_listed(clients, anonymous):
    r = clients[READER].get("/api/basemap")
    assert r.status_code == 200
    items = r.json()["items"]
    assert items[-1]["id"] == "embedded" and items[-1]["url"] == "/tiles/embedded/{z}/{x}/{y}.png"
    assert "Natural Earth" in items[-1]["attribution"]
    assert anonymous.get("/api/basemap").status_code == 401
