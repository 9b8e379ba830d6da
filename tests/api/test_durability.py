"""Durability: SIGKILL the service in the middle of a burst of posts. Every post that got 201 is there exactly
once, nothing is half-written (an entry has all its files or does not exist), and retries with the same
Idempotency-Key finish what the crash interrupted without posting twice."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import threading
import time

import psycopg
import requests

from .conftest import DEMO_PASSWORD

WRITERS = [
    "officer@fire-antwerp.demo",
    "doctor@ems-antwerp.demo",
    "info@comms-antwerp.demo",
    "planner@province-antwerp.demo",
    "admin@province-antwerp.demo",
    "coordinator@crisis-centre.demo",
]


def _files(key: str):
    """Every third post carries two files whose content depends on the key."""
    if int(hashlib.sha256(key.encode()).hexdigest(), 16) % 3:
        return []
    return [
        ("attachments", (f"{key}.txt", f"log line for {key}\n".encode() * 200, "text/plain")),
        ("attachments", (f"{key}.png", b"\x89PNG\r\n\x1a\n" + key.encode() * 5000, "image/png")),
    ]


def _post(origin, auth, sid, key, timeout=10):
    entry = {"channel": "multidisciplinary", "body": f"Durability {key}"}
    files = _files(key)
    kwargs = {"files": files, "data": {"entry": json.dumps(entry)}} if files else {"json": entry}
    return requests.post(
        f"{origin}/api/situations/{sid}/feed", auth=auth, headers={"Idempotency-Key": key}, timeout=timeout, **kwargs
    )


class _Burst:
    """Writers posting entries with idempotency keys as fast as they can, each answer sorted: acknowledged (201)
    or lost (no answer, or the proxy's 5xx)."""

    def __init__(self, origin: str, tokens: dict[str, str], sid: int):
        self.origin, self.tokens, self.sid = origin, tokens, sid
        self.acknowledged: dict[str, int] = {}  # key -> entry id, for every 201
        self.unanswered: dict[str, str] = {}  # key -> email, for posts whose answer was lost
        self._lock, self._stop = threading.Lock(), threading.Event()
        self._threads = [threading.Thread(target=self._write, args=(email,)) for email in tokens]

    def _write(self, email: str) -> None:
        auth = _Bearer(self.tokens[email])
        n = 0
        while not self._stop.is_set():
            key = f"{email.split('@')[0]}-{n}"
            n += 1
            try:
                r = _post(self.origin, auth, self.sid, key)
            except requests.RequestException:
                with self._lock:
                    self.unanswered[key] = email
                time.sleep(0.05)
                continue
            with self._lock:
                if r.status_code == 201:
                    self.acknowledged[key] = r.json()["id"]
                elif r.status_code >= 500:
                    self.unanswered[key] = email
                else:
                    raise AssertionError(f"{key}: {r.status_code} {r.text}")

    def __enter__(self):
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for t in self._threads:
            t.join(30)


def _kill_workers_then_everything(server) -> None:
    """The workers die mid-request (the gunicorn arbiter starts new ones), then everything with no goodbye, then
    the API comes back as `make run` would start it."""
    time.sleep(1.5)
    killed = server.worker_pids()
    assert killed
    for pid in killed:
        os.kill(pid, signal.SIGKILL)
    time.sleep(1.5)
    server.kill()
    time.sleep(0.5)
    server.start()
    time.sleep(1.5)


def _stored_once_and_whole(admin_url: str, sid: int, acknowledged: dict[str, int]) -> dict[str, list]:
    """Each acknowledged post stored exactly once, each stored entry with all of its files; returns them by key."""
    with psycopg.connect(admin_url) as conn:
        rows = conn.execute(
            """SELECT e.idempotency_key, e.id, e.body,
                      ARRAY(SELECT a.sha256 FROM crisis.feed_attachments a WHERE a.feed_entry_id = e.id ORDER BY a.id)
               FROM crisis.feed_entries e WHERE e.situation_id = %s AND e.body LIKE 'Durability %%'""",
            (sid,),
        ).fetchall()
    stored: dict[str, list] = {}
    for key, entry_id, body, shas in rows:
        stored.setdefault(key, []).append((entry_id, body, shas))
    for key, entry_id in acknowledged.items():
        assert [e[0] for e in stored.get(key, [])] == [entry_id], f"{key} acknowledged but not stored once"
    for key, versions in stored.items():  # nothing half-written: each stored entry has all of its files
        [(_, body, shas)] = versions
        assert body == f"Durability {key}"
        assert [bytes(s) for s in shas] == [hashlib.sha256(f[1][1]).digest() for f in _files(key)], key
    return stored


def test_sigkill_during_a_burst_loses_nothing_acknowledged(api_server_factory):
    server = api_server_factory()
    origin = server.origin
    tokens = {}
    for email in WRITERS:
        r = requests.post(f"{origin}/api/auth/login", json={"email": email, "password": DEMO_PASSWORD}, timeout=10)
        tokens[email] = r.json()["token"]
    sid = requests.get(
        f"{origin}/api/situations",
        params={"kind": "incident"},
        headers={"Authorization": f"Bearer {tokens[WRITERS[0]]}"},
    ).json()["items"][0]["id"]

    with _Burst(origin, tokens, sid) as burst:
        _kill_workers_then_everything(server)
    acknowledged, unanswered = burst.acknowledged, burst.unanswered
    assert len(acknowledged) > 50, "the burst was too small to say anything"
    assert unanswered, "the kills hit no request in flight"
    stored = _stored_once_and_whole(server.database.admin_url, sid, acknowledged)

    # The clients whose answer was lost retry with the same key: each post ends up there exactly once.
    for key, email in unanswered.items():
        r = _post(origin, _Bearer(tokens[email]), sid, key, timeout=30)
        assert r.status_code in (200, 201), (key, r.status_code, r.text)
        assert (r.status_code == 200) == (key in stored), key
    with psycopg.connect(server.database.admin_url) as conn:
        counts = dict(
            conn.execute(
                "SELECT idempotency_key, count(*) FROM crisis.feed_entries WHERE situation_id = %s "
                "AND body LIKE 'Durability %%' GROUP BY 1",
                (sid,),
            ).fetchall()
        )
        orphans = conn.execute(
            """SELECT count(*) FROM crisis.feed_entries e WHERE e.body LIKE 'Durability %%'
               AND (SELECT count(*) FROM crisis.feed_attachments a WHERE a.feed_entry_id = e.id) NOT IN (0, 2)"""
        ).fetchone()[0]
    assert set(counts) == set(acknowledged) | set(unanswered)
    assert set(counts.values()) == {1}
    assert orphans == 0


class _Bearer(requests.auth.AuthBase):
    def __init__(self, token):
        self.token = token

    def __call__(self, r):
        r.headers["Authorization"] = f"Bearer {self.token}"
        return r
