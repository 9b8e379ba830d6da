"""Logging in: tokens (random, hashed, expiring, revocable), HTTP Basic, the back-off after failures.
Failures are sent from loopback addresses of their own, so that this file's back-offs hold no other test."""

from __future__ import annotations

import hashlib
import secrets
import time

import psycopg
import pytest
import requests

from server_services.passwords import hash_password
from server_services.store.accounts import ACCOUNT_FREE

from .conftest import DEMO_PASSWORD, Client
from .test_hostile_login import from_address


@pytest.fixture
def fresh_user(database, org_ids):
    """A user of its own, so that its back-off disturbs no other test."""
    email = f"lock-{secrets.token_hex(4)}@fire-antwerp.demo"
    password = "correct horse battery"
    with psycopg.connect(database.admin_url) as conn:
        conn.execute(
            "INSERT INTO crisis.users (email, display_name, organisation_id, role, password_hash) "
            "VALUES (%s, 'Lockout test', %s, 'editor', %s)",
            (email, org_ids["fire-antwerp"], hash_password(password)),
        )
    return email, password


def _login(origin, email, password, session=None):
    return (session or from_address()).post(
        f"{origin}/api/auth/login", json={"email": email, "password": password}, timeout=30
    )


def test_login_gives_a_token_stored_only_as_its_hash(origin, database):
    r = _login(origin, "officer@fire-antwerp.demo", DEMO_PASSWORD)
    assert r.status_code == 200
    body = r.json()
    assert body["user"]["email"] == "officer@fire-antwerp.demo"
    assert body["user"]["organisation"]["discipline"] == "D1"
    token = body["token"]
    assert len(token) >= 40
    with psycopg.connect(database.admin_url) as conn:
        stored = conn.execute(
            "SELECT token_hash, expires_at > now() + interval '1 hour' FROM crisis.api_tokens WHERE token_hash = %s",
            (hashlib.sha256(token.encode()).digest(),),
        ).fetchone()
        assert stored is not None and stored[1]
        assert (
            conn.execute("SELECT count(*) FROM crisis.api_tokens WHERE token_hash = %s", (token.encode(),)).fetchone()[
                0
            ]
            == 0
        )
    me = Client(origin, token=token).get("/api/me")
    assert me.status_code == 200 and me.json()["role"] == "editor" and me.json()["sees_all"] is False


def test_me_for_the_national_coordinator(clients):
    me = clients["coordinator@crisis-centre.demo"].get("/api/me").json()
    assert me["sees_all"] is True and me["organisation"]["kind"] == "national_crisis_centre"
    assert set(me) == {"id", "email", "display_name", "role", "language", "organisation", "sees_all"}


def test_logout_revokes_the_token(origin):
    token = _login(origin, "reader@police-antwerp.demo", DEMO_PASSWORD).json()["token"]
    client = Client(origin, token=token)
    assert client.get("/api/me").status_code == 200
    assert client.post("/api/auth/logout").status_code == 204
    r = client.get("/api/me")
    assert r.status_code == 401 and "WWW-Authenticate" in r.headers


def test_expired_token_is_refused(origin, database, user_ids):
    token = secrets.token_urlsafe(32)
    with psycopg.connect(database.admin_url) as conn:
        conn.execute(
            "INSERT INTO crisis.api_tokens (user_id, token_hash, created_at, expires_at) "
            "VALUES (%s, %s, now() - interval '2 days', now() - interval '1 day')",
            (user_ids["officer@fire-antwerp.demo"], hashlib.sha256(token.encode()).digest()),
        )
    assert Client(origin, token=token).get("/api/me").status_code == 401
    assert Client(origin, token="not-a-token").get("/api/me").status_code == 401


def test_http_basic_works_like_a_token(origin):
    r = Client(origin, auth=("planner@province-antwerp.demo", DEMO_PASSWORD)).get("/api/me")
    assert r.status_code == 200 and r.json()["email"] == "planner@province-antwerp.demo"
    r = from_address().get(f"{origin}/api/me", auth=("planner@province-antwerp.demo", "wrong"), timeout=30)
    assert r.status_code == 401


def test_wrong_password_and_unknown_email_answer_alike(origin):
    wrong = _login(origin, "officer@fire-antwerp.demo", "not the password")
    unknown = _login(origin, f"nobody-{secrets.token_hex(3)}@nowhere.demo", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.headers["WWW-Authenticate"] == unknown.headers["WWW-Authenticate"]
    assert wrong.json()["error"]["message"] == "The email or the password is wrong."


def test_failed_logins_back_off_without_locking(origin, fresh_user):
    """No lock: past a few failures from one address the next attempt from there waits a short, growing back-off
    (429 with Retry-After, nothing checked); afterwards the right password works."""
    email, password = fresh_user
    session = from_address()
    statuses = [_login(origin, email, "wrong password", session).status_code for _ in range(ACCOUNT_FREE + 1)]
    assert statuses == [401] * ACCOUNT_FREE + [429]
    held = _login(origin, email, password, session)
    assert held.status_code == 429 and 1 <= int(held.headers["Retry-After"]) <= 60
    assert from_address().get(f"{origin}/api/me", auth=(email, password), timeout=30).status_code == 200
    time.sleep(int(held.headers["Retry-After"]) + 0.1)
    assert _login(origin, email, password, session).status_code == 200


def test_login_input_is_checked(origin):
    for body in ({}, {"email": "a@b.c"}, {"email": 5, "password": "x"}, {"email": "a@b.c", "password": ""}):
        r = requests.post(f"{origin}/api/auth/login", json=body, timeout=10)
        assert r.status_code == 422 and r.json()["error"]["code"] == "validation_error"
    r = requests.post(
        f"{origin}/api/auth/login", data="{not json", headers={"Content-Type": "application/json"}, timeout=10
    )
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_json"


def test_refused_credentials_get_no_basic_challenge(origin):
    """A Basic challenge after refused credentials makes Qt (QGIS) and browsers prompt instead of reporting."""
    wrong = from_address().get(f"{origin}/api/me", auth=("officer@fire-antwerp.demo", "not-the-password"), timeout=30)
    bad_token = requests.get(f"{origin}/api/me", headers={"Authorization": "Bearer nope"}, timeout=30)
    for r in (wrong, bad_token):
        assert r.status_code == 401
        assert r.headers["WWW-Authenticate"].startswith("Bearer") and "Basic" not in r.headers["WWW-Authenticate"]
