"""Each demo login against each endpoint and each demo situation: allowed, refused (403) or invisible (404)."""

from __future__ import annotations

import pytest

from .conftest import LOGINS

# What each login may do in each demo situation: see (s), write in the logbook (w), manage (m).
# The Antwerp incident is owned by the province of Antwerp and shared with the Antwerp services; the Brussels
# event and the Liège exercise are shared with none of the demo logins' organisations but the owners'.
RIGHTS = {
    "coordinator@crisis-centre.demo": {"incident": "swm", "event": "swm", "exercise": "swm"},
    "planner@province-antwerp.demo": {"incident": "swm", "event": "", "exercise": ""},
    "admin@province-antwerp.demo": {"incident": "swm", "event": "", "exercise": ""},
    "officer@fire-antwerp.demo": {"incident": "sw", "event": "", "exercise": ""},
    "doctor@ems-antwerp.demo": {"incident": "sw", "event": "", "exercise": ""},
    "info@comms-antwerp.demo": {"incident": "sw", "event": "", "exercise": ""},
    "reader@police-antwerp.demo": {"incident": "s", "event": "", "exercise": ""},
    "outsider@province-liege.demo": {"incident": "", "event": "", "exercise": "swm"},
}
KINDS = ("incident", "event", "exercise")


def expected(email: str, kind: str, need: str) -> int:
    rights = RIGHTS[email][kind]
    if "s" not in rights:
        return 404
    return 200 if need in rights else 403


@pytest.fixture(scope="module")
def one_entry(clients, situations) -> dict[str, int]:
    """An entry id in each situation (the NCC coordinator writes everywhere)."""
    ids = {}
    for kind in KINDS:
        r = clients["coordinator@crisis-centre.demo"].post(
            f"/api/situations/{situations[kind]}/feed", json={"channel": "multidisciplinary", "body": "matrix"}
        )
        assert r.status_code == 201, r.text
        ids[kind] = r.json()["id"]
    return ids


def test_every_demo_login_is_covered():
    assert sorted(RIGHTS) == sorted(LOGINS)


@pytest.mark.parametrize("email", LOGINS)
def test_list_shows_exactly_the_visible_situations(clients, situations, email):
    r = clients[email].get("/api/situations", params={"limit": 500})
    assert r.status_code == 200
    listed = {item["id"] for item in r.json()["items"]}
    for kind in KINDS:
        assert (situations[kind] in listed) == ("s" in RIGHTS[email][kind]), kind
    for item in r.json()["items"]:
        assert item["is_exercise"] == (item["kind"] in ("exercise", "test"))


@pytest.mark.parametrize("email", LOGINS)
@pytest.mark.parametrize("kind", KINDS)
def test_reads(clients, situations, one_entry, email, kind):
    client, sid = clients[email], situations[kind]
    want = expected(email, kind, "s")
    for path in (
        f"/api/situations/{sid}",
        f"/api/situations/{sid}/feed",
        f"/api/situations/{sid}/weather",
        f"/api/situations/{sid}/feed/{one_entry[kind]}",
    ):
        r = client.get(path)
        assert r.status_code == want, (path, r.text)
        if want == 404:
            assert r.json()["error"]["code"] == "not_found"
    with client.get(f"/api/situations/{sid}/feed/stream", stream=True, timeout=10) as r:
        assert r.status_code == want
    if want == 200:
        situation = client.get(f"/api/situations/{sid}").json()
        assert situation["permissions"] == {
            "can_write": "w" in RIGHTS[email][kind],
            "can_manage": "m" in RIGHTS[email][kind],
        }
        assert situation["is_exercise"] == (kind == "exercise")


@pytest.mark.parametrize("email", LOGINS)
@pytest.mark.parametrize("kind", KINDS)
def test_post_to_the_feed(clients, situations, email, kind):
    r = clients[email].post(
        f"/api/situations/{situations[kind]}/feed",
        json={"channel": "multidisciplinary", "body": f"access matrix: {email}"},
    )
    want = expected(email, kind, "w")
    assert r.status_code == (201 if want == 200 else want), r.text


@pytest.mark.parametrize("email", LOGINS)
@pytest.mark.parametrize("kind", KINDS)
def test_manage(clients, situations, email, kind):
    """Changes that leave the situation as it is (same phase, same status, same title, an existing share)."""
    client, sid = clients[email], situations[kind]
    want = expected(email, kind, "m")
    current = clients["coordinator@crisis-centre.demo"].get(f"/api/situations/{sid}").json()
    answers = [
        client.patch(f"/api/situations/{sid}", json={"title": current["title"]}),
        client.post(f"/api/situations/{sid}/phase", json={"phase": current["phase"]}),
        client.post(f"/api/situations/{sid}/status", json={"status": current["status"]}),
        client.post(f"/api/situations/{sid}/activation-level", json={"activation_level": current["activation_level"]}),
        client.put(f"/api/situations/{sid}/shares/{current['shared_with'][0]['id']}"),
    ]
    for r in answers:
        assert r.status_code == want, (r.request.method, r.request.url, r.text)


@pytest.mark.parametrize(
    "path",
    [
        "/api/me",
        "/api/situations",
        "/api/organisations",
        "/api/reference/anchor-kinds",
        "/api/situations/1",
        "/api/situations/1/feed",
        "/api/situations/1/feed/stream",
        "/api/situations/1/weather",
        "/api/users/1",
        "/api/organisations/1/users",
    ],
)
def test_no_credentials_is_401_with_a_challenge(anonymous, path):
    r = anonymous.get(path)
    assert r.status_code == 401
    assert "Bearer" in r.headers["WWW-Authenticate"] and "Basic" in r.headers["WWW-Authenticate"]
    assert r.json()["error"]["code"] == "unauthorized"


def test_write_endpoints_need_credentials(anonymous, situations):
    sid = situations["incident"]
    for method, path in (
        ("POST", f"/api/situations/{sid}/feed"),
        ("POST", "/api/situations"),
        ("PATCH", f"/api/situations/{sid}"),
        ("POST", f"/api/situations/{sid}/status"),
        ("PUT", f"/api/situations/{sid}/shares/1"),
        ("POST", "/api/auth/logout"),
    ):
        r = anonymous.request(method, path, json={})
        assert r.status_code == 401, (method, path)


def test_invisible_and_missing_answer_alike(clients, situations):
    outsider = clients["outsider@province-liege.demo"]
    hidden = outsider.get(f"/api/situations/{situations['incident']}")
    missing = outsider.get("/api/situations/987654321")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json()
