"""Admins manage the users and roles of their own organisation; the national crisis centre manages all."""

from __future__ import annotations

import secrets

import requests

from .conftest import Client


def _new_user(role="editor"):
    return {
        "email": f"new-{secrets.token_hex(4)}@province-antwerp.demo",
        "display_name": "New colleague",
        "role": role,
        "language": "nl",
        "password": "a long enough password",
    }


def test_organisations_are_listed_for_everyone(clients):
    r = clients["reader@police-antwerp.demo"].get("/api/organisations")
    assert r.status_code == 200
    assert {"province-antwerp", "crisis-centre", "province-liege"} <= {o["slug"] for o in r.json()["items"]}


def test_admin_manages_own_organisation_only(clients, org_ids):
    admin = clients["admin@province-antwerp.demo"]
    own, other = org_ids["province-antwerp"], org_ids["province-liege"]
    r = admin.get(f"/api/organisations/{own}/users")
    assert r.status_code == 200
    assert "planner@province-antwerp.demo" in {u["email"] for u in r.json()["items"]}
    assert "password_hash" not in r.json()["items"][0]
    assert admin.get(f"/api/organisations/{other}/users").status_code == 403
    assert admin.post(f"/api/organisations/{other}/users", json=_new_user()).status_code == 403
    assert admin.get("/api/organisations/987654/users").status_code == 404


def test_admin_adds_a_user_who_can_log_in_then_changes_role_and_deactivates(clients, org_ids, origin):
    admin = clients["admin@province-antwerp.demo"]
    data = _new_user()
    r = admin.post(f"/api/organisations/{org_ids['province-antwerp']}/users", json=data)
    assert r.status_code == 201, r.text
    user = r.json()
    assert user["role"] == "editor" and user["active"] is True and user["language"] == "nl"
    assert admin.post(f"/api/organisations/{org_ids['province-antwerp']}/users", json=data).status_code == 409

    login = requests.post(f"{origin}/api/auth/login", json={"email": data["email"], "password": data["password"]})
    assert login.status_code == 200
    newcomer = Client(origin, token=login.json()["token"])
    assert newcomer.get("/api/me").json()["role"] == "editor"

    r = admin.patch(f"/api/users/{user['id']}", json={"role": "coordinator"})
    assert r.status_code == 200 and r.json()["role"] == "coordinator"
    assert newcomer.get("/api/me").json()["role"] == "coordinator"
    # The newcomer sets their own name, but not their role.
    assert newcomer.patch(f"/api/users/{user['id']}", json={"display_name": "Renamed"}).status_code == 200
    assert newcomer.patch(f"/api/users/{user['id']}", json={"role": "admin"}).status_code == 403

    r = admin.patch(f"/api/users/{user['id']}", json={"active": False})
    assert r.status_code == 200 and r.json()["active"] is False
    assert newcomer.get("/api/me").status_code == 401  # its sessions ended
    assert (
        requests.post(
            f"{origin}/api/auth/login", json={"email": data["email"], "password": data["password"]}
        ).status_code
        == 401
    )


def test_others_cannot_manage_users(clients, org_ids, user_ids):
    for email in ("planner@province-antwerp.demo", "officer@fire-antwerp.demo", "reader@police-antwerp.demo"):
        client = clients[email]
        assert client.get(f"/api/organisations/{org_ids['province-antwerp']}/users").status_code == 403
        assert (
            client.post(f"/api/organisations/{org_ids['province-antwerp']}/users", json=_new_user()).status_code == 403
        )
    # Someone you do not manage is not there for you.
    r = clients["officer@fire-antwerp.demo"].get(f"/api/users/{user_ids['planner@province-antwerp.demo']}")
    assert r.status_code == 404


def test_national_crisis_centre_manages_every_organisation(clients, org_ids):
    ncc = clients["coordinator@crisis-centre.demo"]
    assert ncc.get(f"/api/organisations/{org_ids['province-liege']}/users").status_code == 200
    data = _new_user("reader") | {"email": f"new-{secrets.token_hex(4)}@province-liege.demo"}
    assert ncc.post(f"/api/organisations/{org_ids['province-liege']}/users", json=data).status_code == 201


def test_an_admin_cannot_demote_or_deactivate_themselves(clients, user_ids):
    admin = clients["admin@province-antwerp.demo"]
    me = user_ids["admin@province-antwerp.demo"]
    assert admin.patch(f"/api/users/{me}", json={"role": "reader"}).status_code == 409
    assert admin.patch(f"/api/users/{me}", json={"active": False}).status_code == 409
    assert admin.get("/api/me").json()["role"] == "admin"
