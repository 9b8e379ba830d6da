"""Each login against each situation on the main routes, in process: allowed, refused (403) or invisible (404,
the same answer as for what does not exist).

The cast plays the demo's logins (tests/api/test_access_matrix.py checks those on the running platform): the same
roles in organisations of the same kinds, made here by the factories. The incident is owned by a province and
shared with its services and a city; the event is owned by another city and shared with a police zone none of the
logins is in; the exercise is owned by another province."""

from __future__ import annotations

import pytest
from factories import (
    make_anchor,
    make_feed_entry,
    make_organisation,
    make_perimeter,
    make_situation,
    make_token,
    make_user,
)

from .conftest import Caller

# login -> (organisation, role); the demo login each one plays is named beside it.
LOGINS = {
    "ncc_coordinator": ("ncc", "coordinator"),  # coordinator@crisis-centre.demo
    "planner": ("province", "coordinator"),  # planner@province-antwerp.demo
    "province_admin": ("province", "admin"),  # admin@province-antwerp.demo
    "fire_officer": ("fire", "editor"),  # officer@fire-antwerp.demo
    "doctor": ("ems", "editor"),  # doctor@ems-antwerp.demo
    "info_officer": ("comms", "editor"),  # info@comms-antwerp.demo
    "police_reader": ("police", "reader"),  # reader@police-antwerp.demo
    "outsider": ("other_province", "coordinator"),  # outsider@province-liege.demo
    "city_planner": ("partner_city", "coordinator"),  # planu@city-antwerp.demo: leads in the city, not here
    "ncc_editor": ("ncc", "editor"),  # (no demo login) the centre's editors see only what is shared with it
}
KINDS = ("incident", "event", "exercise")
# What each login may do in each situation: see (s), write in the logbook and on the map (w), manage (m).
RIGHTS = {
    "ncc_coordinator": {"incident": "swm", "event": "swm", "exercise": "swm"},
    "planner": {"incident": "swm", "event": "", "exercise": ""},
    "province_admin": {"incident": "swm", "event": "", "exercise": ""},
    "fire_officer": {"incident": "sw", "event": "", "exercise": ""},
    "doctor": {"incident": "sw", "event": "", "exercise": ""},
    "info_officer": {"incident": "sw", "event": "", "exercise": ""},
    "police_reader": {"incident": "s", "event": "", "exercise": ""},
    "outsider": {"incident": "", "event": "", "exercise": "swm"},
    "city_planner": {"incident": "sw", "event": "", "exercise": ""},
    "ncc_editor": {"incident": "", "event": "", "exercise": ""},
}
ORGANISATION_KINDS = {
    "ncc": "national_crisis_centre",
    "province": "province",
    "fire": "fire_zone",
    "ems": "medical_service",
    "comms": "communication_cell",
    "police": "police_zone",
    "other_province": "province",
    "partner_city": "municipality",
    "city": "municipality",
    "city_police": "police_zone",
}
POINT = {"type": "Point", "coordinates": [4.29, 51.29]}
SQUARE = {"type": "Polygon", "coordinates": [[[4.28, 51.28], [4.30, 51.28], [4.30, 51.30], [4.28, 51.28]]]}


@pytest.fixture(scope="module")
def cast(owner_conn):
    orgs = {key: make_organisation(owner_conn, kind) for key, kind in ORGANISATION_KINDS.items()}
    users = {login: make_user(owner_conn, orgs[org], role) for login, (org, role) in LOGINS.items()}
    city_planner = make_user(owner_conn, orgs["city"], "coordinator")
    situations = {
        "incident": make_situation(
            owner_conn,
            orgs["province"],
            author=users["planner"],
            kind="incident",
            shared_with=(orgs["fire"], orgs["ems"], orgs["comms"], orgs["police"], orgs["partner_city"]),
        ),
        "event": make_situation(
            owner_conn, orgs["city"], author=city_planner, kind="event", shared_with=(orgs["city_police"],)
        ),
        "exercise": make_situation(
            owner_conn, orgs["other_province"], author=users["outsider"], kind="exercise", shared_with=(orgs["city"],)
        ),
    }
    places = {}
    for kind, situation in situations.items():
        author = situation["author"]
        places[kind] = {
            "entry": make_feed_entry(owner_conn, situation, author)["id"],
            "anchor": make_anchor(owner_conn, situation, author)["id"],
            "perimeter": make_perimeter(owner_conn, situation, author)["id"],
        }
    return {"users": users, "situations": situations, "places": places}


@pytest.fixture(scope="module")
def callers(app, cast, owner_conn) -> dict[str, Caller]:
    client = app.test_client()
    return {login: Caller(client, user, make_token(owner_conn, user)) for login, user in cast["users"].items()}


def expected(login: str, kind: str, need: str) -> int:
    rights = RIGHTS[login][kind]
    if "s" not in rights:
        return 404
    return 200 if need in rights else 403


def test_every_login_has_its_rights_written_down():
    assert sorted(RIGHTS) == sorted(LOGINS)


@pytest.mark.parametrize("login", LOGINS)
def test_the_list_shows_exactly_the_visible_situations(callers, cast, login):
    r = callers[login].get("/api/situations", query_string={"limit": 500})
    assert r.status_code == 200
    listed = {item["id"] for item in r.get_json()["items"]}
    for kind, situation in cast["situations"].items():
        assert (situation["id"] in listed) == ("s" in RIGHTS[login][kind]), kind


@pytest.mark.parametrize("login", LOGINS)
@pytest.mark.parametrize("kind", KINDS)
def test_reads(callers, cast, login, kind):
    caller, sid, places = callers[login], cast["situations"][kind]["id"], cast["places"][kind]
    want = expected(login, kind, "s")
    for path in (
        "",
        "/feed",
        f"/feed/{places['entry']}",
        "/weather",
        "/map/anchors",
        "/map/perimeters",
        "/map/feed_entries",
        f"/perimeters/{places['perimeter']}/history",
        "/plans",
    ):
        r = caller.get(f"/api/situations/{sid}{path}")
        assert r.status_code == want, (path, r.get_data(as_text=True)[:300])
        if want == 404:
            assert r.get_json()["error"]["code"] == "not_found", path
    if want == 200:
        situation = caller.get(f"/api/situations/{sid}").get_json()
        assert situation["permissions"] == {
            "can_write": "w" in RIGHTS[login][kind],
            "can_manage": "m" in RIGHTS[login][kind],
        }
        assert situation["is_exercise"] == (kind == "exercise")


@pytest.mark.parametrize("login", LOGINS)
@pytest.mark.parametrize("kind", KINDS)
def test_writes_to_the_logbook_and_the_map(callers, cast, login, kind):
    caller, sid = callers[login], cast["situations"][kind]["id"]
    want = expected(login, kind, "w")
    created = 201 if want == 200 else want
    for path, body in (
        (f"/api/situations/{sid}/feed", {"channel": "multidisciplinary", "body": f"by {login}"}),
        (f"/api/situations/{sid}/anchors", {"kind": "road_block", "geometry": POINT}),
        (f"/api/situations/{sid}/perimeters", {"kind": "yellow", "geometry": SQUARE}),
    ):
        r = caller.post(path, json=body)
        assert r.status_code == created, (path, r.get_data(as_text=True)[:300])


@pytest.mark.parametrize("login", LOGINS)
@pytest.mark.parametrize("kind", KINDS)
def test_manage(callers, cast, login, kind):
    """Changes that leave the situation as it is (same title, phase, status and level, an existing share)."""
    caller, sid = callers[login], cast["situations"][kind]["id"]
    want = expected(login, kind, "m")
    current = callers["ncc_coordinator"].get(f"/api/situations/{sid}").get_json()
    answers = [
        caller.patch(f"/api/situations/{sid}", json={"title": current["title"]}),
        caller.post(f"/api/situations/{sid}/phase", json={"phase": current["phase"]}),
        caller.post(f"/api/situations/{sid}/status", json={"status": current["status"]}),
        caller.post(f"/api/situations/{sid}/activation-level", json={"activation_level": current["activation_level"]}),
        caller.put(f"/api/situations/{sid}/shares/{current['shared_with'][0]['id']}"),
    ]
    for r in answers:
        assert r.status_code == want, (r.request.method, r.request.path, r.get_data(as_text=True)[:300])


@pytest.mark.parametrize("login", LOGINS)
def test_who_creates_situations(callers, cast, login):
    r = callers[login].post("/api/situations", json={"kind": "exercise", "title": f"Created by {login}"})
    assert r.status_code == (201 if LOGINS[login][1] in ("coordinator", "admin") else 403), r.get_data(as_text=True)
    if r.status_code == 201:
        assert r.get_json()["owner_organisation"]["id"] == cast["users"][login]["organisation"]["id"]


def test_hidden_and_missing_answer_alike(callers, cast):
    outsider, sid = callers["outsider"], cast["situations"]["incident"]["id"]
    hidden, missing = outsider.get(f"/api/situations/{sid}"), outsider.get("/api/situations/987654321")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.get_json() == missing.get_json()


@pytest.mark.parametrize(
    "method, path",
    [
        ("GET", "/api/me"),
        ("GET", "/api/situations"),
        ("GET", "/api/situations/{sid}"),
        ("GET", "/api/situations/{sid}/feed"),
        ("GET", "/api/situations/{sid}/map/anchors"),
        ("POST", "/api/situations/{sid}/feed"),
        ("POST", "/api/situations"),
        ("PATCH", "/api/situations/{sid}"),
        ("POST", "/api/situations/{sid}/status"),
        ("POST", "/api/situations/{sid}/anchors"),
        ("PUT", "/api/situations/{sid}/shares/1"),
        ("POST", "/api/auth/logout"),
    ],
)
def test_no_credentials_is_401_with_a_challenge(client, cast, method, path):
    r = client.open(
        path.format(sid=cast["situations"]["incident"]["id"]), method=method, json={} if method != "GET" else None
    )
    assert r.status_code == 401
    assert "Bearer" in r.headers["WWW-Authenticate"] and "Basic" in r.headers["WWW-Authenticate"]
    assert r.get_json()["error"]["code"] == "unauthorized"


def test_a_deactivated_login_is_refused_everywhere(app, cast, owner_conn):
    user = make_user(owner_conn, cast["situations"]["incident"]["owner"], "coordinator", active=False)
    caller = Caller(app.test_client(), user, make_token(owner_conn, user))
    for path in ("/api/me", "/api/situations", f"/api/situations/{cast['situations']['incident']['id']}"):
        assert caller.get(path).status_code == 401, path
