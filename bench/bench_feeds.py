"""Benchmark of the live logbook, side by side in one run on the same database (`make bench-feeds`).

A scratch database (migrated, demo loaded) and the platform (API behind the nginx origin) on free ports.
Measured:
  - posts per second into the Antwerp incident's feed from CLIENTS concurrent clients: through the API (HTTP
    POST through nginx: authentication, checks, commit, answer) against raw INSERTs through psycopg on the same
    database (autocommit: the feed trigger's NOTIFY is part of each); alternated rounds of DURATION s, medians;
  - delivery latency (from sending the POST to the event read by a follower) with FOLLOWERS followers of that
    situation on server-sent event streams through nginx, for POSTS posts at a steady pace.
Goals on a 2-core machine: the API at least half the raw rate; p99 delivery under 250 ms with 500 followers.
The scratch database is dropped at the end.
"""

from __future__ import annotations

import argparse
import http.client
import json
import secrets
import selectors
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server_services.config import Settings, load_settings  # noqa: E402
from server_services.db import with_dbname  # noqa: E402
from server_services.demo import load_demo  # noqa: E402
from server_services.demo.scenario import DEMO_PASSWORD  # noqa: E402
from server_services.migrations import migrate  # noqa: E402
from server_services.stack import Ports, Stack, free_port_block  # noqa: E402

WRITERS = [
    "officer@fire-antwerp.demo",
    "doctor@ems-antwerp.demo",
    "info@comms-antwerp.demo",
    "planner@province-antwerp.demo",
    "admin@province-antwerp.demo",
    "coordinator@crisis-centre.demo",
]
FOLLOWER = "reader@police-antwerp.demo"
RATIO_GOAL, P99_GOAL_MS = 0.5, 250.0


class FeedStack(Stack):
    """The platform without its OGC front, which this benchmark does not use."""

    def commands(self):
        commands = super().commands()
        commands.pop("ows", None)
        return commands


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# --- posting ---------------------------------------------------------------------------------------------------


def _login(port: int, email: str) -> str:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(
        "POST",
        "/api/auth/login",
        json.dumps({"email": email, "password": DEMO_PASSWORD}),
        {"Content-Type": "application/json"},
    )
    response = conn.getresponse()
    body = json.loads(response.read())
    conn.close()
    return body["token"]


def _rounds(run_one, clients: int, duration: float) -> float:
    """Posts per second of `clients` threads running `run_one(i, stop)` (which returns its count)."""
    stop, counts = threading.Event(), [0] * clients

    def worker(i):
        counts[i] = run_one(i, stop)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    time.sleep(duration)
    stop.set()
    for t in threads:
        t.join()
    return sum(counts) / (time.monotonic() - started)


def api_posts(port: int, tokens: list[str], sid: int):
    def run_one(i, stop):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Bearer {tokens[i % len(tokens)]}", "Content-Type": "application/json"}
        n = 0
        while not stop.is_set():
            body = json.dumps(
                {
                    "channel": "multidisciplinary",
                    "priority": "info",
                    "body": f"Bench post {i}-{n}: situation update from the field",
                }
            )
            conn.request("POST", f"/api/situations/{sid}/feed", body, headers)
            response = conn.getresponse()
            response.read()
            if response.status != 201:
                raise RuntimeError(f"API post answered {response.status}")
            n += 1
        conn.close()
        return n

    return run_one


def raw_posts(app_url: str, authors: list[int], sid: int):
    def run_one(i, stop):
        n = 0
        with psycopg.connect(app_url, autocommit=True) as conn:
            while not stop.is_set():
                conn.execute(
                    "INSERT INTO crisis.feed_entries (situation_id, channel, priority, body, author_id) "
                    "VALUES (%s, 'multidisciplinary', 'info', %s, %s)",
                    (sid, f"Raw post {i}-{n}: situation update from the field", authors[i % len(authors)]),
                )
                n += 1
        return n

    return run_one


# --- following -------------------------------------------------------------------------------------------------


class Followers:
    """Many SSE streams read by one thread with a selector: (follower, entry id) -> time received."""

    def __init__(self, port: int, token: str, sid: int, count: int):
        self.received: dict[int, dict[int, float]] = {}
        self.selector = selectors.DefaultSelector()
        self.stop = threading.Event()
        self.buffers: dict[int, bytes] = {}
        self.connected: set[int] = set()
        # HTTP/1.0: the body is the bare event stream, no chunked framing to step over.
        request = (
            f"GET /api/situations/{sid}/feed/stream HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n"
            f"Authorization: Bearer {token}\r\nAccept: text/event-stream\r\n\r\n"
        ).encode()
        for i in range(count):
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall(request)
            sock.setblocking(False)
            self.selector.register(sock, selectors.EVENT_READ, i)
            self.buffers[i], self.received[i] = b"", {}
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self):
        while not self.stop.is_set():
            for key, _ in self.selector.select(timeout=0.2):
                now = time.monotonic()
                try:
                    data = key.fileobj.recv(262144)
                except BlockingIOError:
                    continue
                i = key.data
                if not data:
                    self.selector.unregister(key.fileobj)
                    continue
                buffer = self.buffers[i] + data
                if i not in self.connected and b": connected" in buffer:
                    self.connected.add(i)
                start = 0
                while True:
                    at = buffer.find(b"\nid: ", start)
                    if at < 0:
                        break
                    end = buffer.find(b"\n", at + 5)
                    if end < 0:
                        break
                    self.received[i].setdefault(int(buffer[at + 5 : end]), now)
                    start = end
                self.buffers[i] = buffer[start:][-64:] if start else buffer[-262144:]

    def wait_connected(self, timeout: float) -> int:
        deadline = time.monotonic() + timeout
        while len(self.connected) < len(self.received) and time.monotonic() < deadline:
            time.sleep(0.1)
        return len(self.connected)

    def close(self):
        self.stop.set()
        self.thread.join(5)
        for key in list(self.selector.get_map().values()):
            key.fileobj.close()


def delivery(
    port: int, tokens: list[str], follower_token: str, sid: int, followers: int, posts: int, pace: float
) -> dict:
    crowd = Followers(port, follower_token, sid, followers)
    try:
        connected = crowd.wait_connected(60)
        if connected < followers:
            raise RuntimeError(f"only {connected} of {followers} followers connected")
        time.sleep(0.5)
        sent: dict[int, float] = {}
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Authorization": f"Bearer {tokens[0]}", "Content-Type": "application/json"}
        for n in range(posts):
            t0 = time.monotonic()
            conn.request(
                "POST",
                f"/api/situations/{sid}/feed",
                json.dumps({"channel": "multidisciplinary", "body": f"Delivery probe {n}"}),
                headers,
            )
            response = conn.getresponse()
            entry = json.loads(response.read())
            sent[entry["id"]] = t0
            time.sleep(max(0.0, pace - (time.monotonic() - t0)))
        deadline = time.monotonic() + 10
        expected = followers * posts
        while time.monotonic() < deadline:
            got = sum(1 for r in crowd.received.values() for e in r if e in sent)
            if got >= expected:
                break
            time.sleep(0.1)
        latencies = [(r[e] - t0) * 1000 for r in crowd.received.values() for e, t0 in sent.items() if e in r]
        return {
            "followers": connected,
            "posts": posts,
            "expected": expected,
            "delivered": len(latencies),
            "p50": _percentile(latencies, 0.50),
            "p99": _percentile(latencies, 0.99),
            "max": max(latencies),
        }
    finally:
        crowd.close()


# --- the run ---------------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=float, default=5.0, help="seconds per posting round")
    parser.add_argument("--rounds", type=int, default=3, help="posting rounds per side (medians are reported)")
    parser.add_argument("--followers", type=int, default=500)
    parser.add_argument("--posts", type=int, default=100)
    parser.add_argument("--pace", type=float, default=0.1, help="seconds between delivery probes")
    args = parser.parse_args()

    settings = load_settings()
    name = f"crisis_bench_{secrets.token_hex(4)}"
    with psycopg.connect(with_dbname(settings.admin_database_url, "postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # a generated name, not input
    admin_url, app_url = with_dbname(settings.admin_database_url, name), with_dbname(settings.app_database_url, name)
    stack = None
    try:
        migrate(admin_url, log=lambda *_: None)
        load_demo(admin_url)
        with psycopg.connect(admin_url) as conn:
            sid = conn.execute("SELECT min(id) FROM crisis.situations WHERE kind = 'incident'").fetchone()[0]
            authors = [
                conn.execute("SELECT id FROM crisis.users WHERE email = %s", (e,)).fetchone()[0] for e in WRITERS
            ]
        base = free_port_block()
        work = Path(tempfile.mkdtemp(prefix="crisis-bench-feeds-"))
        stack = FeedStack(
            Settings(admin_database_url=admin_url, app_database_url=app_url, port=base, var_dir=work),
            Ports(base, base + 1, base + 2),
            work / "run",
            work / "log",
            die_with_parent=True,
        )
        stack.start(timeout=120)
        tokens = [_login(base, e) for e in WRITERS]

        print(
            f"Feed benchmark: {args.clients} posting clients, {args.duration:.0f} s rounds; "
            f"{args.followers} followers; database {name}",
            flush=True,
        )
        _rounds(api_posts(base, tokens, sid), args.clients, 1.0)  # warm-up: pools, caches, first imports
        raw, api = [], []
        for _ in range(args.rounds):  # alternated, so that a busy moment of the machine hits both sides
            raw.append(_rounds(raw_posts(app_url, authors, sid), args.clients, args.duration))
            api.append(_rounds(api_posts(base, tokens, sid), args.clients, args.duration))
        raw_rate, api_rate = statistics.median(raw), statistics.median(api)
        ratio = api_rate / raw_rate
        rounds = {k: ", ".join(f"{r:.0f}" for r in v) for k, v in (("raw", raw), ("api", api))}
        print(f"  posts/s raw INSERT+NOTIFY via psycopg : {raw_rate:8.0f}   (rounds {rounds['raw']})")
        print(f"  posts/s through the API (nginx, HTTP) : {api_rate:8.0f}   (rounds {rounds['api']})")
        print(
            f"  API / raw                             : {ratio:8.2f}   goal >= {RATIO_GOAL}  "
            f"{'met' if ratio >= RATIO_GOAL else 'NOT MET'}",
            flush=True,
        )

        result = delivery(base, tokens, _login(base, FOLLOWER), sid, args.followers, args.posts, args.pace)
        print(
            f"  delivery to {result['followers']} followers, {result['posts']} posts, "
            f"{result['delivered']}/{result['expected']} events received"
        )
        print(f"  delivery latency p50                  : {result['p50']:8.1f} ms")
        print(
            f"  delivery latency p99                  : {result['p99']:8.1f} ms   goal < {P99_GOAL_MS:.0f} ms  "
            f"{'met' if result['p99'] < P99_GOAL_MS and result['delivered'] == result['expected'] else 'NOT MET'}"
        )
        print(f"  delivery latency max                  : {result['max']:8.1f} ms", flush=True)
        return 0
    finally:
        if stack is not None:
            stack.stop()
        with psycopg.connect(with_dbname(settings.admin_database_url, "postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    sys.exit(main())
