"""Situations: create, list with filters, update with optimistic locking, the lifecycle, phase and activation
level (each change logged to the feed by the same transaction), shares."""

from __future__ import annotations

import secrets

import psycopg
import pytest

SQUARE = {
    "type": "Polygon",
    "coordinates": [[[4.40, 51.20], [4.42, 51.20], [4.42, 51.22], [4.40, 51.22], [4.40, 51.20]]],
}


@pytest.fixture
def planner(clients):
    return clients["planner@province-antwerp.demo"]


@pytest.fixture
def new_situation(planner):
    def make(**fields):
        body = {"kind": "incident", "title": f"Test situation {secrets.token_hex(3)}", "area": SQUARE, **fields}
        r = planner.post("/api/situations", json=body)
        assert r.status_code == 201, r.text
        return r.json()

    return make


def system_entries(client, situation_id):
    items = client.get(f"/api/situations/{situation_id}/feed", params={"limit": 200}).json()["items"]
    return [e for e in items if e["is_system"]]


def test_create_gives_a_draft_owned_by_the_creator_organisation(new_situation, planner):
    s = new_situation(description="Gas smell reported near Kattendijkdok")
    assert s["status"] == "draft" and s["phase"] == "none" and s["activation_level"] is None
    assert s["owner_organisation"]["slug"] == "province-antwerp"
    assert s["area"]["type"] == "MultiPolygon"
    assert s["bbox"] == pytest.approx([4.40, 51.20, 4.42, 51.22])
    assert s["permissions"] == {"can_write": True, "can_manage": True}
    assert s["is_exercise"] is False and s["version"] == 1
    assert planner.get(f"/api/situations/{s['id']}").json() == s


def test_exercises_and_tests_are_flagged(new_situation):
    assert new_situation(kind="exercise")["is_exercise"] is True
    assert new_situation(kind="test")["is_exercise"] is True
    assert new_situation(kind="event")["is_exercise"] is False


def test_editors_and_readers_cannot_create(clients):
    for email in ("officer@fire-antwerp.demo", "reader@police-antwerp.demo"):
        r = clients[email].post("/api/situations", json={"kind": "incident", "title": "Not allowed"})
        assert r.status_code == 403


def test_only_the_national_centre_creates_for_another_organisation(clients, org_ids):
    body = {"kind": "event", "title": "Festival Liège", "owner_organisation_id": org_ids["province-liege"]}
    assert clients["planner@province-antwerp.demo"].post("/api/situations", json=body).status_code == 403
    r = clients["coordinator@crisis-centre.demo"].post("/api/situations", json=body)
    assert r.status_code == 201 and r.json()["owner_organisation"]["slug"] == "province-liege"


def test_lifecycle_allows_only_the_documented_transitions(new_situation, planner):
    s = new_situation()
    url = f"/api/situations/{s['id']}/status"
    r = planner.post(url, json={"status": "closed"})
    assert r.status_code == 409 and r.json()["error"]["details"]["allowed"] == ["active", "archived"]
    assert planner.post(url, json={"status": "active"}).json()["status"] == "active"
    assert planner.post(url, json={"status": "draft"}).status_code == 409
    assert planner.post(url, json={"status": "closed"}).json()["status"] == "closed"
    # A closed situation is read-only: no posts, no edits, no phase change; it can be reopened.
    assert (
        planner.post(
            f"/api/situations/{s['id']}/feed", json={"channel": "multidisciplinary", "body": "late"}
        ).status_code
        == 403
    )
    assert planner.patch(f"/api/situations/{s['id']}", json={"title": "Changed title"}).status_code == 409
    assert planner.post(f"/api/situations/{s['id']}/phase", json={"phase": "communal"}).status_code == 409
    assert planner.post(url, json={"status": "active"}).json()["status"] == "active"
    assert planner.post(url, json={"status": "closed"}).status_code == 200
    assert planner.post(url, json={"status": "archived"}).json()["status"] == "archived"
    assert planner.post(url, json={"status": "active"}).status_code == 409  # archived is final
    bodies = [e["body"] for e in system_entries(planner, s["id"])]
    assert bodies == [
        "Situation closed (status active -> closed).",
        "Situation reopened (status closed -> active).",
        "Situation closed (status active -> closed).",
        "Situation activated (status draft -> active).",
    ]


def test_phase_and_activation_level_changes_are_logged(new_situation, planner, database):
    s = new_situation(status="active")
    sid = s["id"]
    r = planner.post(f"/api/situations/{sid}/phase", json={"phase": "provincial"})
    assert r.status_code == 200 and r.json()["phase"] == "provincial"
    planner.post(f"/api/situations/{sid}/phase", json={"phase": "communal"})
    r = planner.post(f"/api/situations/{sid}/activation-level", json={"activation_level": "pre_alert"})
    assert r.json()["activation_level"] == "pre_alert"
    assert (
        planner.post(f"/api/situations/{sid}/activation-level", json={"activation_level": None}).json()[
            "activation_level"
        ]
        is None
    )
    assert planner.post(f"/api/situations/{sid}/phase", json={"phase": "regional"}).status_code == 422
    entries = system_entries(planner, sid)
    assert [(e["body"], e["priority"]) for e in entries] == [
        ("National activation level lowered: pre_alert -> none.", "important"),
        ("National activation level raised: none -> pre_alert.", "urgent"),
        ("Coordination phase lowered: provincial -> communal.", "important"),
        ("Coordination phase raised: none -> provincial.", "urgent"),
        ("Situation opened: " + s["title"] + ".", "important"),
    ]
    # Each logged change was committed with the change itself (same transaction id in the audit log).
    with psycopg.connect(database.admin_url) as conn:
        pairs = conn.execute(
            """SELECT count(DISTINCT a.txid) FROM crisis.audit_log a JOIN crisis.audit_log f ON f.txid = a.txid
               WHERE a.table_name = 'situations' AND a.operation = 'UPDATE' AND a.row_id = %s
                 AND f.table_name = 'feed_entries' AND (f.after ->> 'is_system')::boolean""",
            (str(sid),),
        ).fetchone()
    assert pairs[0] == 4


def test_update_with_optimistic_locking(new_situation, planner, clients):
    s = new_situation()
    url = f"/api/situations/{s['id']}"
    r = planner.patch(url, json={"description": "Updated by the planner", "version": s["version"]})
    assert r.status_code == 200 and r.json()["version"] == s["version"] + 1
    r = planner.patch(url, json={"description": "Stale write", "version": s["version"]})
    assert r.status_code == 409 and r.json()["error"]["details"]["current_version"] == s["version"] + 1
    assert planner.get(url).json()["description"] == "Updated by the planner"
    assert clients["officer@fire-antwerp.demo"].patch(url, json={"title": "Nope"}).status_code == 404
    bowtie = {"type": "Polygon", "coordinates": [[[4.0, 51.0], [4.1, 51.1], [4.1, 51.0], [4.0, 51.1], [4.0, 51.0]]]}
    r = planner.patch(url, json={"area": bowtie})
    assert r.status_code == 422 and "invalid geometry" in r.json()["error"]["message"]
    r = planner.patch(url, json={"starts_at": "2026-07-21T10:00:00+02:00", "ends_at": "2026-07-20T10:00:00+02:00"})
    assert r.status_code == 422


def test_sharing_opens_and_closes_the_situation_to_an_organisation(new_situation, planner, clients, org_ids):
    s = new_situation(status="active")
    outsider = clients["outsider@province-liege.demo"]
    liege = org_ids["province-liege"]
    assert outsider.get(f"/api/situations/{s['id']}").status_code == 404
    r = planner.put(f"/api/situations/{s['id']}/shares/{liege}")
    assert r.status_code == 201 and [o["slug"] for o in r.json()["shared_with"]] == ["province-liege"]
    assert planner.put(f"/api/situations/{s['id']}/shares/{liege}").status_code == 200
    seen = outsider.get(f"/api/situations/{s['id']}").json()
    assert seen["permissions"] == {"can_write": True, "can_manage": False}
    assert planner.delete(f"/api/situations/{s['id']}/shares/{liege}").status_code == 200
    assert outsider.get(f"/api/situations/{s['id']}").status_code == 404
    assert planner.put(f"/api/situations/{s['id']}/shares/{org_ids['province-antwerp']}").status_code == 422
    assert planner.put(f"/api/situations/{s['id']}/shares/987654").status_code == 404
    bodies = [e["body"] for e in system_entries(planner, s["id"])]
    assert "Situation shared with Province of Liège." in bodies
    assert "Situation no longer shared with Province of Liège." in bodies


def test_list_filters_and_pagination(new_situation, clients):
    ncc = clients["coordinator@crisis-centre.demo"]
    tag = secrets.token_hex(4)
    made = [new_situation(title=f"Paging {tag} {i}", kind="event") for i in range(5)]
    r = ncc.get("/api/situations", params={"q": tag, "limit": 2})
    page = r.json()
    assert page["total"] == 5 and len(page["items"]) == 2 and page["limit"] == 2 and page["offset"] == 0
    seen = []
    for offset in range(0, 5, 2):
        seen += [
            i["id"] for i in ncc.get("/api/situations", params={"q": tag, "limit": 2, "offset": offset}).json()["items"]
        ]
    assert sorted(seen) == sorted(s["id"] for s in made)
    assert ncc.get("/api/situations", params={"q": tag, "kind": "incident"}).json()["total"] == 0
    assert ncc.get("/api/situations", params={"q": tag, "status": "draft"}).json()["total"] == 5
    # The Liège exercise is on the Meuse, the Antwerp incident in the port: a bounding box tells them apart.
    liege = ncc.get("/api/situations", params={"bbox": "5.4,50.5,5.8,50.75"}).json()["items"]
    assert "exercise" in {i["kind"] for i in liege} and "incident" not in {i["kind"] for i in liege}
    for bad in ({"bbox": "1,2,3"}, {"kind": "party"}, {"limit": 0}, {"limit": "many"}, {"offset": -1}):
        r = ncc.get("/api/situations", params=bad)
        assert r.status_code == 422, bad
