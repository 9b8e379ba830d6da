"""Lifecycles through the API, in process: a situation from draft to archive with its logbook, a map feature from
placing to removal, a login from password to logout."""

from __future__ import annotations

import pytest
from factories import PASSWORD, make_organisation, make_user

POINT = {"type": "Point", "coordinates": [4.29, 51.29]}


@pytest.fixture
def people(owner_conn):
    """A province's coordinator, a fire officer and a police reader of its partners, and an outsider."""
    province, fire, police = (make_organisation(owner_conn, kind) for kind in ("province", "fire_zone", "police_zone"))
    return {
        "coordinator": make_user(owner_conn, province, "coordinator"),
        "officer": make_user(owner_conn, fire, "editor"),
        "reader": make_user(owner_conn, police, "reader"),
        "outsider": make_user(owner_conn, make_organisation(owner_conn), "coordinator"),
        "fire": fire,
        "police": police,
    }


def _bodies(caller, sid: int) -> list[str]:
    r = caller.get(f"/api/situations/{sid}/feed", query_string={"limit": 200})
    assert r.status_code == 200
    return [item["body"] for item in r.get_json()["items"]]


def test_a_situation_from_draft_to_archive(as_user, people):
    coordinator, officer, reader, outsider = (
        as_user(people[k]) for k in ("coordinator", "officer", "reader", "outsider")
    )
    r = coordinator.post("/api/situations", json={"kind": "incident", "title": "Gas leak at the lock"})
    assert r.status_code == 201, r.get_data(as_text=True)
    situation = r.get_json()
    sid = situation["id"]
    assert r.headers["Location"] == f"/api/situations/{sid}"
    assert situation["status"] == "draft" and situation["version"] == 1
    assert situation["owner_organisation"]["id"] == people["coordinator"]["organisation"]["id"]
    assert officer.get(f"/api/situations/{sid}").status_code == 404  # not shared yet

    for organisation in (people["fire"], people["police"]):
        assert coordinator.put(f"/api/situations/{sid}/shares/{organisation['id']}").status_code == 201
    assert coordinator.put(f"/api/situations/{sid}/shares/{people['fire']['id']}").status_code == 200  # no change
    r = coordinator.post(f"/api/situations/{sid}/status", json={"status": "active", "reason": "First call at 09:12"})
    assert r.status_code == 200 and r.get_json()["status"] == "active"

    r = officer.post(f"/api/situations/{sid}/feed", json={"channel": "D1", "body": "Two engines on site"})
    assert r.status_code == 201, r.get_data(as_text=True)
    assert r.headers["Location"] == f"/api/situations/{sid}/feed/{r.get_json()['id']}"
    assert (
        reader.post(f"/api/situations/{sid}/feed", json={"channel": "multidisciplinary", "body": "x"}).status_code
        == 403
    )
    assert (
        outsider.post(f"/api/situations/{sid}/feed", json={"channel": "multidisciplinary", "body": "x"}).status_code
        == 404
    )

    stale = coordinator.get(f"/api/situations/{sid}").get_json()["version"]
    assert (
        coordinator.patch(f"/api/situations/{sid}", json={"description": "Leak sealed", "version": stale}).status_code
        == 200
    )
    r = coordinator.patch(f"/api/situations/{sid}", json={"description": "Older view", "version": stale})
    assert r.status_code == 409 and r.get_json()["error"]["details"]["current_version"] == stale + 1

    r = coordinator.post(f"/api/situations/{sid}/status", json={"status": "closed", "reason": "All clear"})
    assert r.status_code == 200 and r.get_json()["permissions"]["can_write"] is False
    r = officer.post(f"/api/situations/{sid}/feed", json={"channel": "D1", "body": "After the end"})
    assert r.status_code == 403 and "closed" in r.get_json()["error"]["message"]
    assert coordinator.patch(f"/api/situations/{sid}", json={"title": "Renamed"}).status_code == 409
    assert "Two engines on site" in _bodies(reader, sid)  # the logbook stays readable

    assert coordinator.post(f"/api/situations/{sid}/status", json={"status": "active"}).status_code == 200
    assert officer.post(f"/api/situations/{sid}/feed", json={"channel": "D1", "body": "Flare-up"}).status_code == 201
    assert coordinator.post(f"/api/situations/{sid}/status", json={"status": "closed"}).status_code == 200
    assert coordinator.post(f"/api/situations/{sid}/status", json={"status": "archived"}).status_code == 200
    r = coordinator.post(f"/api/situations/{sid}/status", json={"status": "active"})
    assert r.status_code == 409 and r.get_json()["error"]["details"]["allowed"] == []

    bodies = _bodies(reader, sid)
    assert {"Two engines on site", "Flare-up"} <= set(bodies)
    lines = [b for b in bodies if b not in ("Two engines on site", "Flare-up")]
    # Shared twice, activated, closed, reopened, closed again; archiving a closed situation writes no line.
    assert len(lines) == 6 and sum("-> closed" in line for line in lines) == 2, lines
    assert any("First call at 09:12" in line for line in lines) and any("All clear" in line for line in lines)


def test_a_draft_goes_only_where_the_lifecycle_allows(as_user, people):
    coordinator = as_user(people["coordinator"])
    sid = coordinator.post("/api/situations", json={"kind": "exercise", "title": "Exercise Scheldt"}).get_json()["id"]
    r = coordinator.post(f"/api/situations/{sid}/status", json={"status": "closed"})
    assert r.status_code == 409 and r.get_json()["error"]["details"] == {
        "from": "draft",
        "to": "closed",
        "allowed": ["active", "archived"],
    }
    assert coordinator.post(f"/api/situations/{sid}/phase", json={"phase": "provincial"}).status_code == 200
    assert coordinator.post(f"/api/situations/{sid}/status", json={"status": "archived"}).status_code == 200
    assert coordinator.post(f"/api/situations/{sid}/phase", json={"phase": "federal"}).status_code == 409


def test_a_map_feature_from_placing_to_removal(as_user, people):
    coordinator, officer = as_user(people["coordinator"]), as_user(people["officer"])
    sid = coordinator.post(
        "/api/situations", json={"kind": "incident", "title": "Fire in a warehouse", "status": "active"}
    ).get_json()["id"]
    coordinator.put(f"/api/situations/{sid}/shares/{people['fire']['id']}")
    r = officer.post(f"/api/situations/{sid}/anchors", json={"kind": "pc_ops", "label": "CP-Ops", "geometry": POINT})
    assert r.status_code == 201, r.get_data(as_text=True)
    anchor = r.get_json()["properties"]
    assert anchor["version"] == 1 and anchor["label"] == "CP-Ops"
    path = f"/api/situations/{sid}/anchors/{anchor['id']}"

    r = coordinator.patch(path, json={"label": "CP-Ops north", "version": 1})
    assert r.status_code == 200 and r.get_json()["properties"]["version"] == 2
    r = officer.patch(path, json={"label": "CP-Ops south", "version": 1})  # based on what it read before
    assert r.status_code == 409 and r.get_json()["error"]["details"]["current"]["properties"]["label"] == "CP-Ops north"
    assert officer.delete(path, query_string={"version": 1}).status_code == 409
    assert officer.delete(path, query_string={"version": 2}).status_code == 204

    layer = coordinator.get(f"/api/situations/{sid}/map/anchors").get_json()
    assert anchor["id"] not in [f["properties"]["id"] for f in layer["features"]]
    assert officer.delete(path, query_string={"version": 2}).status_code == 404


def test_a_login_from_password_to_logout(client, people):
    user = people["reader"]
    wrong = client.post("/api/auth/login", json={"email": user["email"], "password": "not it"})
    assert wrong.status_code == 401 and wrong.get_json()["error"]["code"] == "unauthorized"
    r = client.post("/api/auth/login", json={"email": user["email"], "password": PASSWORD})
    assert r.status_code == 200 and "no-store" in r.headers["Cache-Control"]
    headers = {"Authorization": f"Bearer {r.get_json()['token']}"}
    me = client.get("/api/me", headers=headers)
    assert me.status_code == 200 and me.get_json()["email"] == user["email"]
    assert client.patch("/api/me", json={"language": "nl"}, headers=headers).get_json()["language"] == "nl"
    assert client.post("/api/auth/logout", headers=headers).status_code == 204
    assert client.get("/api/me", headers=headers).status_code == 401
