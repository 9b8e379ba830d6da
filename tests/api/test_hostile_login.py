"""Hostile logins: nobody can lock anyone out, guessing is slowed per client address without argon2 or sleeping
workers, spraying across emails is stopped per client, and failed logins leave no lasting trace of what was typed.

Each test calls from loopback addresses of its own (127.x.y.z: the origin listens on 127.0.0.1 and Linux lets a
client bind any 127/8 source), so nginx sees distinct client addresses, as it would for callers on the network.
"""

from __future__ import annotations

import math
import random
import secrets
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
import requests
from requests.adapters import HTTPAdapter

from server_services import passwords
from server_services.passwords import hash_password
from server_services.store import accounts

from .conftest import DEMO_PASSWORD

PLANNER = "planner@province-antwerp.demo"
FREE = accounts.ACCOUNT_FREE
GET_CAPABILITIES = "/ows?SERVICE=WMS&REQUEST=GetCapabilities"


class _FromAddress(HTTPAdapter):
    def __init__(self, address: str):
        self._address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self._address, 0)
        super().init_poolmanager(*args, **kwargs)


def new_address() -> str:
    return f"127.{random.randint(1, 254)}.{random.randint(0, 255)}.{random.randint(1, 254)}"


def from_address(address: str | None = None) -> requests.Session:
    """A session whose connections come from `address` (a fresh loopback address by default)."""
    session = requests.Session()
    session.mount("http://", _FromAddress(address or new_address()))
    return session


def login(session: requests.Session, origin: str, email: str, password: str) -> requests.Response:
    return session.post(f"{origin}/api/auth/login", json={"email": email, "password": password}, timeout=30)


def fail_until_throttled(session, origin, email, limit=FREE) -> list[requests.Response]:
    """`limit` wrong passwords answered 401, then the first refusal (429), in that order. The last free failure and
    the next attempt are sent at once: the database counts a failure before the password is checked, so the second
    always meets the 1 s back-off, however long argon2 takes on a loaded machine (sent one after the other, the
    next could arrive after the back-off had passed)."""
    return fail_side_by_side([(session, email)], origin, limit)[0]


def fail_side_by_side(callers, origin, limit=FREE) -> list[list[requests.Response]]:
    """fail_until_throttled for each (session, email) of `callers`, their attempts taken in turn, so that whatever
    else loads the machine meanwhile slows each of them alike (taken one caller after the other, a burst of load
    during one of them made its answers look slower)."""
    answers: list[list[requests.Response]] = [[] for _ in callers]
    for _ in range(limit - 1):
        for (session, email), theirs in zip(callers, answers, strict=True):
            theirs.append(login(session, origin, email, "not the password"))
    for (session, email), theirs in zip(callers, answers, strict=True):
        with ThreadPoolExecutor(2) as pool:
            sent = [pool.submit(login, session, origin, email, "not the password") for _ in range(2)]
        pair = [future.result() for future in sent]
        theirs += sorted(pair, key=lambda r: r.status_code)
        assert [r.status_code for r in theirs] == [401] * limit + [429], [r.text for r in theirs]
    return answers


@pytest.fixture(autouse=True)
def no_back_off_left(database):
    """Each test's failures are forgotten after it: no later test meets a back-off it did not cause (the OGC
    front counts all its callers under one address until it passes the client's)."""
    with psycopg.connect(database.admin_url) as conn:
        started = conn.execute("SELECT now()").fetchone()[0]
    yield
    with psycopg.connect(database.admin_url) as conn:
        conn.execute("DELETE FROM crisis_login.throttle WHERE last_failed_at >= %s", (started,))


@pytest.fixture
def fresh_user(database, org_ids):
    """An account of its own, so that the attacks disturb no other test."""
    email = f"target-{secrets.token_hex(4)}@fire-antwerp.demo"
    password = "correct horse battery"
    with psycopg.connect(database.admin_url) as conn:
        conn.execute(
            "INSERT INTO crisis.users (email, display_name, organisation_id, role, password_hash) "
            "VALUES (%s, 'Throttle test', %s, 'editor', %s)",
            (email, org_ids["fire-antwerp"], hash_password(password)),
        )
    return email, password


def _checked_within_back_off(answers, elapsed: float) -> bool:
    """Past the free failures, a password is checked again only once each wait (1 s, 2 s, 4 s...) is over: within
    `elapsed` seconds at most log2(elapsed + 1) + 1 answers are 401, the others 429 (a slow machine spreads the
    attempts over more waits; an idle one answers them all with 429)."""
    codes = [r.status_code for r in answers]
    checked = codes.count(401)
    return set(codes) <= {401, 429} and codes.count(429) > 0 and checked <= math.log2(elapsed + 1) + 1


def test_an_attacker_elsewhere_cannot_lock_the_owner_out(origin):
    """50 wrong passwords for the planner from one address; the planner, from another, logs in at once."""
    attacker = from_address()
    started = time.monotonic()
    answers = [login(attacker, origin, PLANNER, f"guess-{i}") for i in range(50)]
    assert [r.status_code for r in answers[:FREE]] == [401] * FREE
    assert _checked_within_back_off(answers[FREE:], time.monotonic() - started)
    started = time.monotonic()
    owner = login(from_address(), origin, PLANNER, DEMO_PASSWORD)
    assert owner.status_code == 200, owner.text
    assert time.monotonic() - started < 2
    # HTTP Basic (QGIS, scripts) from the owner's side too.
    assert from_address().get(f"{origin}/api/me", auth=(PLANNER, DEMO_PASSWORD), timeout=30).status_code == 200


def test_throttled_answers_are_immediate(origin, fresh_user):
    """Inside a back-off nothing is hashed and nobody sleeps: 20 refusals take far less than 20 argon2 checks."""
    email, _ = fresh_user
    attacker = from_address()
    checked = []
    for _ in range(FREE):
        started = time.monotonic()
        assert login(attacker, origin, email, "wrong").status_code == 401
        checked.append(time.monotonic() - started)
    started = time.monotonic()
    timed = []
    for _ in range(20):
        begun = time.monotonic()
        answer = login(attacker, origin, email, "wrong")
        timed.append((answer, time.monotonic() - begun))
    assert _checked_within_back_off([a for a, _ in timed], time.monotonic() - started)
    refusals = [t for a, t in timed if a.status_code == 429]
    assert statistics.median(refusals) < statistics.median(checked), (refusals, checked)


def test_429_says_how_long_and_the_wait_grows(origin, fresh_user):
    email, password = fresh_user
    session = from_address()
    first = fail_until_throttled(session, origin, email)[-1]
    assert first.headers["Retry-After"] == "1"
    assert first.json()["error"]["code"] == "too_many_requests"
    assert first.json()["error"]["details"] == {"retry_after_seconds": 1}
    assert first.headers["Cache-Control"] == "no-store"
    time.sleep(1.1)
    counted = time.monotonic()
    assert login(session, origin, email, "still wrong").status_code == 401  # allowed again, and counted
    second = login(session, origin, email, password)  # inside the back-off even the right one: no oracle
    # The wait doubled to 2 s from that failure; on a slow machine part of it has passed before the next answer.
    left = int(second.headers["Retry-After"])
    assert second.status_code == 429 and second.json()["error"]["details"] == {"retry_after_seconds": left}
    assert 1 <= left <= 2 and left + (time.monotonic() - counted) >= 2
    time.sleep(left + 0.1)
    assert login(session, origin, email, password).status_code == 200  # the right password ends it
    assert login(session, origin, email, "wrong").status_code == 401


def test_spraying_across_emails_is_stopped_per_client(origin, fresh_user):
    sprayer_address = new_address()
    sprayer = from_address(sprayer_address)
    emails = [f"user{i}-{secrets.token_hex(3)}@fire-antwerp.demo" for i in range(accounts.CLIENT_FREE)]
    statuses = [login(sprayer, origin, email, "Summer2026!").status_code for email in emails]
    assert statuses == [401] * accounts.CLIENT_FREE
    email, password = fresh_user
    for guess in (email, "fresh@nowhere.demo", PLANNER):
        r = login(sprayer, origin, guess, "Summer2026!")
        assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
    # The same address is held for everyone behind it; another address is not.
    assert login(from_address(sprayer_address), origin, email, password).status_code == 429
    assert login(from_address(), origin, email, password).status_code == 200


def test_known_and_unknown_emails_answer_alike(origin, fresh_user):
    email, _ = fresh_user
    unknown = f"ghost-{secrets.token_hex(4)}@fire-antwerp.demo"
    known_answers, unknown_answers = fail_side_by_side([(from_address(), email), (from_address(), unknown)], origin)
    for a, b in zip(known_answers, unknown_answers, strict=True):
        assert (a.status_code, a.json(), a.headers.get("Retry-After")) == (
            b.status_code,
            b.json(),
            b.headers.get("Retry-After"),
        )
    # The same work (argon2 against a stored or a dummy hash): the same time class.
    known_times = [a.elapsed.total_seconds() for a in known_answers[:FREE]]
    unknown_times = [b.elapsed.total_seconds() for b in unknown_answers[:FREE]]
    assert abs(statistics.median(known_times) - statistics.median(unknown_times)) < 0.5 * statistics.median(
        known_times + unknown_times
    ), (known_times, unknown_times)


def test_an_admin_lifts_the_back_off(origin, fresh_user, clients, user_ids, database):
    email, password = fresh_user
    session = from_address()
    fail_until_throttled(session, origin, email)
    with psycopg.connect(database.admin_url) as conn:
        user_id = conn.execute("SELECT id FROM crisis.users WHERE email = %s", (email,)).fetchone()[0]
    r = clients["coordinator@crisis-centre.demo"].patch(f"/api/users/{user_id}", json={"unlock": True})
    assert r.status_code == 200 and "locked_until" not in r.json()
    assert login(session, origin, email, password).status_code == 200


def test_failed_logins_leave_no_trace_of_what_was_typed(origin, database):
    typed = f"my-Secret-{secrets.token_hex(4)}@typo.demo"
    with psycopg.connect(database.admin_url) as conn:
        audit_before = conn.execute("SELECT max(id) FROM crisis.audit_log").fetchone()[0] or 0
    session = from_address()
    for _ in range(3):
        assert login(session, origin, typed, "hunter2").status_code == 401
    assert session.get(f"{origin}/api/me", auth=(PLANNER, "wrong"), timeout=30).status_code == 401
    with psycopg.connect(database.admin_url) as conn:
        new_audit = conn.execute("SELECT count(*) FROM crisis.audit_log WHERE id > %s", (audit_before,)).fetchone()[0]
        stored = conn.execute(
            "SELECT count(*) FROM crisis_login.throttle "
            "WHERE position(convert_to(%s, 'UTF8') IN account) > 0 OR client LIKE %s",
            (typed.lower(), "%typo%"),
        ).fetchone()[0]
        columns = {
            r[0]
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = 'crisis_login' AND table_name = 'throttle'"
            )
        }
    assert new_audit == 0 and stored == 0
    assert columns == {"client", "account", "failures", "last_failed_at"}


def test_the_throttle_prunes_itself(database):
    """Rows older than the window are deleted by later attempts: the table stays bounded."""
    with psycopg.connect(database.admin_url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO crisis_login.throttle (client, account, failures, last_failed_at) "
            "SELECT '198.51.100.' || i, '', 30, now() - interval '1 day' FROM generate_series(1, 50) i"
        )
        conn.execute("SELECT crisis_login.attempt('203.0.113.9', '\\x01', 5, 20, 60, 900)")
        left = conn.execute(
            "SELECT count(*) FROM crisis_login.throttle WHERE last_failed_at < now() - interval '1 hour'"
        ).fetchone()[0]
    assert left == 0


def test_an_attempt_that_waited_for_another_is_told_the_true_wait(database):
    """An attempt whose transaction began before another attempt of the same key counted the last free failure
    (it waited for that one's row lock) is told the back-off as it stands when it is answered: 1 s, not 2."""
    attempt = "SELECT crisis_login.attempt(%s, %s, %s, %s, %s, %s)"
    key = (new_address(), secrets.token_bytes(32))
    limits = (FREE, accounts.CLIENT_FREE, accounts.CAP_S, accounts.WINDOW_S)
    with psycopg.connect(database.admin_url) as early, psycopg.connect(database.admin_url, autocommit=True) as other:
        early.execute("SELECT now()")  # its transaction, and its now(), begin here
        time.sleep(0.6)
        assert [other.execute(attempt, (*key, *limits)).fetchone()[0] for _ in range(FREE)] == [0] * FREE
        assert early.execute(attempt, (*key, *limits)).fetchone()[0] == 1


def test_ogc_basic_logins_are_throttled_too(platform, fresh_user):
    email, password = fresh_user
    url = f"{platform.origin}{GET_CAPABILITIES}"
    attacker = from_address()
    statuses = [attacker.get(url, auth=(email, "wrong"), timeout=60).status_code for _ in range(FREE - 1)]
    assert statuses == [401] * (FREE - 1)
    # The last free failure and ten more at once (as fail_until_throttled, for the same reason): one is counted and
    # checked, the ten meet its back-off and are refused at once, with no argon2 check and nobody sleeping.
    with ThreadPoolExecutor(11) as pool:
        answers = list(pool.map(lambda _: attacker.get(url, auth=(email, "wrong"), timeout=60), range(11)))
    assert sorted(r.status_code for r in answers) == [401] + [429] * 10
    refused = [r for r in answers if r.status_code == 429]
    assert max(r.elapsed.total_seconds() for r in refused) < 1.5
    for r in refused:
        assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 1
        assert "ExceptionReport" in r.text and "AuthenticationFailed" in r.text


def test_ogc_owner_is_not_locked_out_by_another_address(platform, fresh_user):
    email, password = fresh_user
    url = f"{platform.origin}{GET_CAPABILITIES}"
    attacker = from_address()
    for _ in range(FREE + 1):
        attacker.get(url, auth=(email, "wrong"), timeout=60)
    assert from_address().get(url, auth=(email, password), timeout=60).status_code == 200


def test_password_checks_are_bounded_per_process(monkeypatch):
    """Beyond MAX_CONCURRENT argon2 checks at once, a caller waits at most WAIT_S, then is told to retry."""
    monkeypatch.setattr(passwords, "WAIT_S", 0.2)
    held = [passwords._slots.acquire() for _ in range(passwords.MAX_CONCURRENT)]
    try:
        started = time.monotonic()
        with pytest.raises(passwords.Busy):
            passwords.check_password(None, "x")
        assert time.monotonic() - started < 1
    finally:
        for _ in held:
            passwords._slots.release()
    monkeypatch.setattr(passwords, "WAIT_S", 30.0)
    results = []
    threads = [threading.Thread(target=lambda: results.append(passwords.check_password(None, "x"))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [False] * 4
