"""The plan library: search, the card, create and update by the owner's coordinators and admins, shares, reviews,
and every demo login against every plan route (404 for what one may not read, 403 for what one may not do)."""

from __future__ import annotations

import psycopg
import pytest

from .conftest import LOGINS

PPUI, PGUI, FLOOD = "BNIP-PA-017", "ANIP-PA-2023", "PPUI-LG-MEUSE"
SOURCE = (4.2905, 51.288)  # the loading station of the Seveso site, inside the PPUI's 2.5 km zone
ANTWERP_READERS = (
    "officer@fire-antwerp.demo",
    "doctor@ems-antwerp.demo",
    "info@comms-antwerp.demo",
    "reader@police-antwerp.demo",
)
# What each login may do with each demo plan: read (r), manage (m).
RIGHTS = {
    "coordinator@crisis-centre.demo": {PPUI: "r", PGUI: "r", FLOOD: "r"},
    "planner@province-antwerp.demo": {PPUI: "rm", PGUI: "rm", FLOOD: ""},
    "admin@province-antwerp.demo": {PPUI: "rm", PGUI: "rm", FLOOD: ""},
    **{email: {PPUI: "r", PGUI: "r", FLOOD: ""} for email in ANTWERP_READERS},
    "outsider@province-liege.demo": {PPUI: "", PGUI: "", FLOOD: "rm"},
}


@pytest.fixture(scope="session")
def plan_ids(database) -> dict[str, int]:
    with psycopg.connect(database.admin_url) as conn:
        return dict(
            conn.execute("SELECT code, id FROM crisis.plans WHERE code = ANY(%s)", ([PPUI, PGUI, FLOOD],)).fetchall()
        )


def expected(email: str, code: str, need: str) -> int:
    rights = RIGHTS[email][code]
    return 404 if "r" not in rights else 200 if need in rights else 403


def test_every_demo_login_is_covered():
    assert sorted(RIGHTS) == sorted(LOGINS)


@pytest.mark.parametrize("email", LOGINS)
def test_search_lists_exactly_the_readable_plans(clients, plan_ids, email):
    r = clients[email].get("/api/plans", params={"limit": 500})
    assert r.status_code == 200 and r.headers["Cache-Control"] == "no-store"
    listed = {item["code"] for item in r.json()["items"]}
    for code in plan_ids:
        assert (code in listed) == ("r" in RIGHTS[email][code]), code
    for item in r.json()["items"]:
        if item["code"] in plan_ids:
            assert item["permissions"]["can_manage"] == ("m" in RIGHTS[email][item["code"]]), item["code"]


@pytest.mark.parametrize("email", LOGINS)
@pytest.mark.parametrize("code", [PPUI, FLOOD])
def test_card_and_changes_by_login(clients, plan_ids, email, code):
    client, pid = clients[email], plan_ids[code]
    r = client.get(f"/api/plans/{pid}")
    assert r.status_code == expected(email, code, "r"), r.text
    missing = client.get("/api/plans/987654321")
    if r.status_code == 404:  # the same answer as for a plan that does not exist
        assert r.json()["error"] == missing.json()["error"]
    version = r.json()["version"] if r.status_code == 200 else 1
    # An empty change checks the right without changing anything.
    assert client.patch(f"/api/plans/{pid}", json={"version": version}).status_code == expected(email, code, "m")
    assert client.put(f"/api/plans/{pid}/shares/987654").status_code == (
        404 if expected(email, code, "m") == 200 else expected(email, code, "m")
    )


def test_filters(clients, plan_ids):
    planner = clients["planner@province-antwerp.demo"]

    def codes(**params):
        r = planner.get("/api/plans", params={"limit": 500, **params})
        assert r.status_code == 200, r.text
        return {item["code"] for item in r.json()["items"]} & set(plan_ids)

    assert codes(kind="PPUI") == {PPUI}
    assert codes(kind="PGUI", status="in_force") == {PGUI}
    assert codes(owner="province-antwerp") == codes(owner=str(_org(planner))) == {PPUI, PGUI}
    assert codes(q="Noordpolder") == {PPUI}
    assert codes(q="chloor OR chlorine") == {PPUI}  # the description is in English: any language's stemming
    assert codes(risk_site="Seveso") == {PPUI}
    assert codes(covers=f"{SOURCE[0]},{SOURCE[1]}") == {PPUI, PGUI}
    assert codes(covers="4.40,51.22") == {PGUI}  # the city centre: in the province, far from the site
    assert codes(bbox="5.5,50.5,5.7,50.7") == set()
    assert codes(discipline="D2") == set()
    page = planner.get("/api/plans", params={"owner": "province-antwerp", "limit": 1, "offset": 1}).json()
    assert page["total"] >= 2 and len(page["items"]) == 1 and page["offset"] == 1
    # The outsider's search never reaches the Antwerp plans, whatever it asks.
    outsider = clients["outsider@province-liege.demo"]
    found = {i["code"] for i in outsider.get("/api/plans", params={"q": "Noordpolder"}).json()["items"]}
    assert found == set()
    assert outsider.get("/api/plans", params={"covers": "5.58,50.635"}).json()["total"] >= 1


def _org(client) -> int:
    return client.get("/api/me").json()["organisation"]["id"]


def test_the_card_holds_documents_places_zones_exercises_activations(clients, plan_ids, situations):
    card = clients["planner@province-antwerp.demo"].get(f"/api/plans/{plan_ids[PPUI]}").json()
    assert card["kind"] == "PPUI" and card["owner_organisation"]["slug"] == "province-antwerp"
    assert card["zone"]["type"] == "MultiPolygon" and len(card["bbox"]) == 4
    assert len(card["anchors"]["features"]) == card["anchor_count"] == 9
    assert {f["properties"]["kind"] for f in card["anchors"]["features"]} >= {"pc_ops", "advanced_medical_post"}
    assert card["perimeters"]["features"][0]["properties"]["kind"] == "emergency_planning_zone"
    assert {d["category"] for d in card["documents"]} == {"plan_text", "annex", "map"}
    stored = [d for d in card["documents"] if d["download_url"]]
    assert stored and all(d["link"] is None for d in stored)
    on_incident = [a for a in card["activations"] if a["situation"]["id"] == situations["incident"]]
    assert len(on_incident) == 1 and on_incident[0]["active"]
    assert on_incident[0]["activated_by"]["display_name"].startswith("Jan Van den Broeck")
    assert {o["slug"] for o in card["shared_with"]} >= {"fire-antwerp", "police-antwerp"}
    flood = clients["outsider@province-liege.demo"].get(f"/api/plans/{plan_ids[FLOOD]}").json()
    assert flood["exercises"][0]["situation"]["id"] == situations["exercise"]
    assert flood["exercises"][0]["evaluation"]
    # The national crisis centre reads the flood plan, but the exercise situation is not shown to others.
    for_nccn = clients["coordinator@crisis-centre.demo"].get(f"/api/plans/{plan_ids[FLOOD]}").json()
    assert for_nccn["exercises"][0]["situation"]["id"] == situations["exercise"]


def _new_plan(client, code: str, **more) -> dict:
    body = {"code": code, "kind": "internal", "title": "PIU test site", **more}
    r = client.post("/api/plans", json=body)
    assert r.status_code == 201, r.text
    return r.json()


def test_create_and_update_by_the_owner_coordinators(clients, database):
    planner, admin = clients["planner@province-antwerp.demo"], clients["admin@province-antwerp.demo"]
    zone = {"type": "Polygon", "coordinates": [[[4.28, 51.28], [4.30, 51.28], [4.30, 51.30], [4.28, 51.28]]]}
    plan = _new_plan(
        planner,
        "PIU-TEST-1",
        zone=zone,
        risk_site="<b>Tank farm</b>",
        next_review_on="2030-01-31",
        approved_on="2025-01-31",
    )
    assert plan["status"] == "draft" and plan["version"] == 1 and plan["permissions"]["can_manage"]
    assert plan["risk_site"] == "<b>Tank farm</b>"  # markup is kept as text, never interpreted
    assert plan["zone"]["type"] == "MultiPolygon"
    changed = admin.patch(f"/api/plans/{plan['id']}", json={"status": "in_force", "version": 1})
    assert changed.status_code == 200 and changed.json()["version"] == 2
    stale = planner.patch(f"/api/plans/{plan['id']}", json={"title": "Stale", "version": 1})
    assert stale.status_code == 409 and stale.json()["error"]["details"]["current_version"] == 2
    in_french = planner.patch(f"/api/plans/{plan['id']}", json={"version": 1}, headers={"Accept-Language": "fr"})
    assert in_french.json()["error"]["message"].startswith("Le plan a été modifié par quelqu'un d'autre")
    with psycopg.connect(database.admin_url) as conn:
        who = conn.execute(
            "SELECT p.updated_by = u.id, p.created_by <> p.updated_by"
            " FROM crisis.plans p, crisis.users u"
            " WHERE p.id = %s AND u.email = 'admin@province-antwerp.demo'",
            (plan["id"],),
        ).fetchone()
        audit = conn.execute(
            "SELECT count(*) FROM crisis.audit_log WHERE table_name = 'plans' AND row_id = %s", (str(plan["id"]),)
        ).fetchone()[0]
    assert who == (True, True) and audit == 2
    # Others may not create for themselves (editors) nor change what they only read.
    assert (
        clients["officer@fire-antwerp.demo"]
        .post("/api/plans", json={"code": "PIU-TEST-X", "kind": "internal", "title": "Not mine"})
        .status_code
        == 403
    )
    assert clients["reader@police-antwerp.demo"].patch(f"/api/plans/{plan['id']}", json={}).status_code == 404
    assert (
        planner.post("/api/plans", json={"code": "PIU-TEST-1", "kind": "internal", "title": "Again"}).status_code == 409
    )


@pytest.mark.parametrize(
    "body, field",
    [
        ({"code": "x", "kind": "PPUI", "title": "Short code"}, "code"),
        ({"code": "A B", "kind": "PPUI", "title": "Space in code"}, "code"),
        ({"code": "MONO-1", "kind": "monodisciplinary", "title": "Without discipline"}, "discipline"),
        ({"code": "PGUI-D1", "kind": "PGUI", "discipline": "D1", "title": "Discipline on a PGUI"}, "discipline"),
        ({"code": "OK-1", "kind": "PPUI", "title": "T" * 301}, "title"),
        ({"code": "OK-2", "kind": "PPUI", "title": "Bad date", "next_review_on": "31/01/2030"}, "next_review_on"),
        (
            {"code": "OK-3", "kind": "PPUI", "title": "Bad zone", "zone": {"type": "Point", "coordinates": [4, 51]}},
            "zone",
        ),
        ({"code": "OK-4", "kind": "PPUI", "title": "Owner", "owner_org_id": 1}, "owner_org_id"),
        ({"code": "OK-5", "kind": "NOPE", "title": "Kind"}, "kind"),
    ],
)
def test_bad_plans_are_refused_with_the_field_named(clients, body, field):
    r = clients["planner@province-antwerp.demo"].post("/api/plans", json=body)
    assert r.status_code == 422, r.text
    assert field in r.json()["error"]["details"]["fields"]


def test_review_before_approval_is_refused_by_the_database(clients):
    r = clients["planner@province-antwerp.demo"].post(
        "/api/plans",
        json={
            "code": "PIU-DATES",
            "kind": "internal",
            "title": "Dates",
            "approved_on": "2025-01-01",
            "next_review_on": "2024-01-01",
        },
    )
    assert r.status_code == 422 and r.json()["error"]["details"]["constraint"] == "plans_review_after_approval"


def test_shares_give_and_withdraw_reading(clients, org_ids):
    planner, outsider = clients["planner@province-antwerp.demo"], clients["outsider@province-liege.demo"]
    plan = _new_plan(planner, "PIU-SHARE")
    assert outsider.get(f"/api/plans/{plan['id']}").status_code == 404
    r = planner.put(f"/api/plans/{plan['id']}/shares/{org_ids['province-liege']}")
    assert r.status_code == 201 and "province-liege" in {o["slug"] for o in r.json()["shared_with"]}
    assert planner.put(f"/api/plans/{plan['id']}/shares/{org_ids['province-liege']}").status_code == 200
    seen = outsider.get(f"/api/plans/{plan['id']}")
    assert seen.status_code == 200 and not seen.json()["permissions"]["can_manage"]
    assert outsider.patch(f"/api/plans/{plan['id']}", json={"title": "Mine now"}).status_code == 403
    assert planner.delete(f"/api/plans/{plan['id']}/shares/{org_ids['province-liege']}").status_code == 200
    assert outsider.get(f"/api/plans/{plan['id']}").status_code == 404
    assert planner.put(f"/api/plans/{plan['id']}/shares/{org_ids['province-antwerp']}").status_code == 422


def test_overdue_reviews_are_listed_for_their_owners(clients):
    planner = clients["planner@province-antwerp.demo"]
    late = _new_plan(planner, "PIU-LATE", approved_on="2019-05-01", next_review_on="2024-05-01")
    soon = _new_plan(planner, "PIU-SOON", approved_on="2024-05-01", next_review_on="2099-05-01")
    due = {p["code"]: p for p in planner.get("/api/plans/overdue").json()["items"]}
    assert "PIU-LATE" in due and due["PIU-LATE"]["review_overdue"] and "PIU-SOON" not in due
    within = {
        p["code"] for p in planner.get("/api/plans/overdue", params={"within_days": 3650 * 10 // 10}).json()["items"]
    }
    assert "PIU-LATE" in within
    assert "PIU-LATE" not in {
        p["code"] for p in clients["outsider@province-liege.demo"].get("/api/plans/overdue").json()["items"]
    }
    assert "PIU-LATE" in {
        p["code"] for p in clients["coordinator@crisis-centre.demo"].get("/api/plans/overdue").json()["items"]
    }
    assert late["id"] != soon["id"]


def test_hostile_query_values_are_refused_cleanly(clients):
    planner = clients["planner@province-antwerp.demo"]
    for params in (
        {"covers": "4.3"},
        {"covers": "nan,51"},
        {"bbox": "1,2,3"},
        {"limit": "0"},
        {"kind": "<x>"},
        {"q": "x" * 201},
        {"situation_id": "-1"},
    ):
        r = planner.get("/api/plans", params=params)
        assert r.status_code == 422, params
    assert planner.get("/api/plans", params={"q": "'); DROP TABLE crisis.plans; --"}).status_code == 200
    assert planner.get("/api/plans", params={"q": "100%_\\"}).status_code == 200


def test_the_people_a_plan_names_are_read_by_its_readers_and_traced(clients, plan_ids, database):
    with psycopg.connect(database.admin_url) as conn:
        before = conn.execute("SELECT count(*) FROM crisis.contact_access_log").fetchone()[0]
    r = clients["reader@police-antwerp.demo"].get(f"/api/plans/{plan_ids[PPUI]}/contacts")
    assert r.status_code == 200, r.text
    items = r.json()["items"]
    assert items and all(i["sources"][0]["plan"]["code"] == PPUI and i["contact"]["phones"] for i in items)
    with psycopg.connect(database.admin_url) as conn:
        logged = conn.execute("SELECT count(*) FROM crisis.contact_access_log").fetchone()[0] - before
    assert logged == len({i["contact"]["id"] for i in items})
    for email in ("outsider@province-liege.demo",):
        assert clients[email].get(f"/api/plans/{plan_ids[PPUI]}/contacts").status_code == 404
    assert clients["outsider@province-liege.demo"].get(f"/api/plans/{plan_ids[FLOOD]}/contacts").status_code == 200
