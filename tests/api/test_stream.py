"""The live logbook: follow, post, receive; drop, post more, resume with Last-Event-ID; heartbeats; order."""

from __future__ import annotations

import secrets
import threading
import time

import pytest
import requests

from .conftest import DEMO_PASSWORD, login
from .sse import Follower

PLANNER = ("planner@province-antwerp.demo", DEMO_PASSWORD)


def stream_url(origin, sid):
    return f"{origin}/api/situations/{sid}/feed/stream"


def post(client, sid, body, channel="multidisciplinary"):
    r = client.post(f"/api/situations/{sid}/feed", json={"channel": channel, "body": body})
    assert r.status_code == 201, r.text
    return r.json()


def test_follow_post_receive_through_the_origin(origin, clients, situations):
    sid = situations["incident"]
    follower = Follower(stream_url(origin, sid), auth=PLANNER)
    try:
        assert follower.status == 200
        assert follower.headers["Content-Type"].startswith("text/event-stream")
        follower.wait_connected()
        sent_at = time.monotonic()
        entry = post(clients["officer@fire-antwerp.demo"], sid, "Live: second water curtain in place", "D1")
        [(event_id, data, received_at)] = follower.take(1, timeout=5)
        assert event_id == entry["id"] and data == entry
        assert received_at - sent_at < 1.0  # nginx passes each event on at once
    finally:
        follower.close()


def test_the_service_tells_nginx_not_to_buffer(platform, situations):
    """nginx consumes the header; it is checked on the service itself."""
    direct = f"http://127.0.0.1:{platform.ports.api}"
    follower = Follower(stream_url(direct, situations["incident"]), auth=PLANNER)
    try:
        assert follower.headers["X-Accel-Buffering"] == "no"
        assert "no-cache" in follower.headers["Cache-Control"]
    finally:
        follower.close()


def test_drop_post_more_resume_with_last_event_id(origin, clients, situations):
    sid = situations["incident"]
    officer = clients["officer@fire-antwerp.demo"]
    first = Follower(stream_url(origin, sid), auth=PLANNER)
    first.wait_connected()
    seen = post(officer, sid, "Before the drop")
    [(last_id, _, _)] = first.take(1)
    assert last_id == seen["id"]
    first.close()

    missed = [post(officer, sid, f"While away {i}")["id"] for i in range(4)]

    again = Follower(stream_url(origin, sid), auth=PLANNER, headers={"Last-Event-ID": str(last_id)})
    try:
        got = [event_id for event_id, _, _ in again.take(4)]
        assert got == missed
        live = post(officer, sid, "After the return")["id"]
        assert [event_id for event_id, _, _ in again.take_quiet(1.5)] == [live]  # no duplicate, nothing else
    finally:
        again.close()

    # The same with the query parameter, for clients that cannot set headers.
    by_query = Follower(stream_url(origin, sid), auth=PLANNER, params={"last_event_id": last_id})
    try:
        assert [event_id for event_id, _, _ in by_query.take(5)] == [*missed, live]
    finally:
        by_query.close()


def test_a_new_follower_starts_from_now(origin, clients, situations):
    sid = situations["incident"]
    post(clients["officer@fire-antwerp.demo"], sid, "Before following")
    follower = Follower(stream_url(origin, sid), auth=PLANNER)
    try:
        follower.wait_connected()
        assert follower.take_quiet(0.5) == []
        entry = post(clients["doctor@ems-antwerp.demo"], sid, "After following", "D2")
        assert [e for e, _, _ in follower.take(1)] == [entry["id"]]
    finally:
        follower.close()


def test_concurrent_posters_reach_followers_in_order_without_gaps(origin, situations):
    """Posts from several clients at once: every follower gets every entry once, in id order."""
    sid = situations["incident"]
    writers = [
        login(origin, email)
        for email in (
            "officer@fire-antwerp.demo",
            "doctor@ems-antwerp.demo",
            "info@comms-antwerp.demo",
            "planner@province-antwerp.demo",
        )
    ]
    followers = [Follower(stream_url(origin, sid), auth=PLANNER) for _ in range(3)]
    for f in followers:
        f.wait_connected()
    posted, lock = [], threading.Lock()

    def burst(client, n=25):
        for i in range(n):
            entry = post(client, sid, f"Burst {i} {secrets.token_hex(2)}")
            with lock:
                posted.append(entry["id"])

    threads = [threading.Thread(target=burst, args=(w,)) for w in writers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        for f in followers:
            got = [event_id for event_id, _, _ in f.take(len(posted), timeout=15)]
            assert got == sorted(posted)
    finally:
        for f in followers:
            f.close()


@pytest.fixture(scope="module")
def quick_server(api_server_factory):
    """An API of its own with a one-second heartbeat and access check."""
    return api_server_factory({"CRISIS_FEED_HEARTBEAT_SECONDS": "1", "CRISIS_FEED_ACCESS_RECHECK_SECONDS": "1"})


def test_heartbeats_keep_an_idle_stream_alive(quick_server):
    with requests.Session() as s:
        sid = s.get(f"{quick_server.origin}/api/situations", auth=PLANNER, params={"kind": "incident"}).json()["items"][
            0
        ]["id"]
    follower = Follower(stream_url(quick_server.origin, sid), auth=PLANNER)
    try:
        follower.wait_connected()
        time.sleep(2.5)
        assert follower.comments.count("heartbeat") >= 2
    finally:
        follower.close()


def test_a_follower_whose_share_is_withdrawn_stops_receiving(quick_server):
    origin = quick_server.origin
    planner = login(origin, "planner@province-antwerp.demo")
    outsider = ("outsider@province-liege.demo", DEMO_PASSWORD)
    sid = planner.post(
        "/api/situations", json={"kind": "incident", "title": "Shared for a while", "status": "active"}
    ).json()["id"]
    liege = next(o["id"] for o in planner.get("/api/organisations").json()["items"] if o["slug"] == "province-liege")
    assert planner.put(f"/api/situations/{sid}/shares/{liege}").status_code == 201
    follower = Follower(stream_url(origin, sid), auth=outsider)
    try:
        follower.wait_connected()
        assert planner.delete(f"/api/situations/{sid}/shares/{liege}").status_code == 200
        # The withdrawal itself is logged in the feed; the outsider must not get that entry any more.
        assert follower.ended.wait(5), "the stream went on after the share was withdrawn"
        assert follower.take_quiet(0.2) == []
        assert requests.get(stream_url(origin, sid), auth=outsider, timeout=10).status_code == 404
    finally:
        follower.close()
