"""The in-memory window of a followed situation: complete from its base, and it says when a cursor is older."""

from __future__ import annotations

import threading

import pytest

from server_services.api import feed_hub
from server_services.api.feed_hub import SituationFeed

pytestmark = pytest.mark.unit  # needs nothing: `pytest -m unit`


def entries(ids):
    return [(i, f"id: {i}\n\n".encode()) for i in ids]


def test_a_cursor_inside_the_window_gets_exactly_what_follows():
    feed = SituationFeed(7, base_id=100)
    feed.append(entries([103, 104, 110]))
    assert feed.read_after(100) == (entries([103, 104, 110]), True)
    assert feed.read_after(104) == (entries([110]), True)
    assert feed.read_after(110) == ([], True)
    assert feed.read_after(500) == ([], True)  # ahead: waits for newer entries


def test_a_cursor_older_than_the_window_is_sent_to_the_table(monkeypatch):
    monkeypatch.setattr(feed_hub, "WINDOW", 3)
    feed = SituationFeed(7, base_id=0)
    feed.append(entries([1, 2, 3, 4, 5]))
    assert feed.base_id == 2  # 1 and 2 left the window
    assert feed.read_after(1) == ([], False)
    assert feed.read_after(2) == (entries([3, 4, 5]), True)
    feed.append(entries([5, 4]))  # a repeated fetch adds nothing
    assert feed.read_after(2) == (entries([3, 4, 5]), True)


def test_waiting_followers_wake_when_entries_arrive():
    feed = SituationFeed(7, base_id=10)
    woke = threading.Event()

    def follower():
        feed.wait(10, timeout=5)
        woke.set()

    t = threading.Thread(target=follower)
    t.start()
    assert not woke.wait(0.2)
    feed.append(entries([11]))
    assert woke.wait(2)
    t.join()


def test_the_audience_decides_who_still_gets_entries():
    feed = SituationFeed(7, base_id=0)
    assert feed.may_see(organisation_id=5, sees_all=False)  # not fetched yet: access was checked at follow
    feed.append([], audience=(1, frozenset({2, 3})))
    assert feed.may_see(1, False) and feed.may_see(3, False) and feed.may_see(9, True)
    assert not feed.may_see(5, False)
