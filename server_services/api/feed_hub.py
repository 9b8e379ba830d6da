"""The live feed of one worker process: one LISTEN connection rings the doorbell, one fetcher thread reads new
entries from the table once per situation and wakes that situation's followers. Nothing here is shared with
other processes; the table stays the truth (a follower behind the in-memory window reads the table itself)."""

from __future__ import annotations

import logging
import threading
from collections import deque

import psycopg
from psycopg.rows import dict_row

from ..store import feeds as feed_store
from ..store import maps as map_store
from ..store import situations
from .jsonout import dumps

log = logging.getLogger(__name__)

CHANNEL = "crisis_feed"  # sql/005: payload '<situation_id>:<entry_id>'
MAP_CHANNEL = "crisis_map"  # sql/040: payload '<situation_id>:<map change id>'
WINDOW = 2000  # entries kept per followed situation, for followers that are a little behind
FETCH_BATCH = 500


def event_body(entry: dict) -> bytes:
    """One entry as a server-sent event without its id line (the stream writes the id: it may carry the map's
    cursor too)."""
    return f"event: feed_entry\ndata: {dumps(entry)}\n\n".encode()


def map_event_body(data) -> bytes:
    """One change of the map (sql/040) as a server-sent event without its id line."""
    return f"event: map_change\ndata: {data if isinstance(data, str) else dumps(data)}\n\n".encode()


def frame(entry: dict) -> bytes:
    """One server-sent event for one entry."""
    return f"id: {entry['id']}\n".encode() + event_body(entry)


class SituationFeed:
    """The recent entries of one situation, complete from `base_id` (exclusive) up to `last_id`, and its recent map
    changes, complete from `map_base_id` up to `map_last_id`."""

    def __init__(self, situation_id: int, base_id: int, map_base_id: int = 0):
        self.situation_id = situation_id
        self.base_id = base_id
        self.last_id = base_id
        self.map_base_id = map_base_id
        self.map_last_id = map_base_id
        self._map: deque[tuple[int, bytes]] = deque()
        self.followers = 0
        # Who may see the situation as of the last fetch (owner, shares), read after the entries: a follower whose
        # organisation is not in it gets nothing more from the window.
        self.audience: tuple[int, frozenset[int]] | None = None
        self._entries: deque[tuple[int, bytes]] = deque()
        self.cond = threading.Condition()

    def append(self, entries: list[tuple[int, bytes]], audience=None) -> None:
        with self.cond:
            if audience is not None:
                self.audience = audience
            for entry_id, data in entries:
                if entry_id > self.last_id:
                    self._entries.append((entry_id, data))
                    self.last_id = entry_id
            while len(self._entries) > WINDOW:
                self.base_id = self._entries.popleft()[0]
            self.cond.notify_all()

    def append_map(self, changes: list[tuple[int, bytes]]) -> None:
        with self.cond:
            for change_id, data in changes:
                if change_id > self.map_last_id:
                    self._map.append((change_id, data))
                    self.map_last_id = change_id
            while len(self._map) > WINDOW:
                self.map_base_id = self._map.popleft()[0]
            self.cond.notify_all()

    def read_map_after(self, cursor: int) -> tuple[list[tuple[int, bytes]], bool]:
        """(map changes after cursor, complete?), as read_after does for entries."""
        with self.cond:
            if cursor < self.map_base_id:
                return [], False
            found = []
            for change_id, data in reversed(self._map):
                if change_id <= cursor:
                    break
                found.append((change_id, data))
            found.reverse()
            return found, True

    def may_see(self, organisation_id: int, sees_all: bool) -> bool:
        audience = self.audience
        return sees_all or audience is None or organisation_id == audience[0] or organisation_id in audience[1]

    def read_after(self, cursor: int) -> tuple[list[tuple[int, bytes]], bool]:
        """(entries after cursor, complete?) - not complete when the cursor is older than the window."""
        with self.cond:
            if cursor < self.base_id:
                return [], False
            found = []
            for entry_id, data in reversed(self._entries):
                if entry_id <= cursor:
                    break
                found.append((entry_id, data))
            found.reverse()
            return found, True

    def wait(self, cursor: int, timeout: float, map_cursor: int | None = None) -> None:
        with self.cond:
            if self.last_id <= cursor and (map_cursor is None or self.map_last_id <= map_cursor):
                self.cond.wait(timeout)


class FeedHub:
    def __init__(self, database_url: str, poll_interval: float = 5.0):
        self.database_url = database_url
        self.poll_interval = poll_interval  # a safety net: notifications are a doorbell, not the data
        self._feeds: dict[int, SituationFeed] = {}
        self._dirty: set[int] = set()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopped = threading.Event()
        self._fetch_conn: psycopg.Connection | None = None
        self.streams = 0
        self._threads = [
            threading.Thread(target=self._listen, name="feed-listener", daemon=True),
            threading.Thread(target=self._fetch_loop, name="feed-fetcher", daemon=True),
        ]
        for t in self._threads:
            t.start()

    # --- followers -------------------------------------------------------------------------------
    def follow(self, situation_id: int, last_id: int, map_last_id: int = 0) -> SituationFeed:
        """Register a follower; `last_id` (`map_last_id`) is the newest committed entry (map change) id, which
        bounds the window's start."""
        with self._lock:
            feed = self._feeds.get(situation_id)
            if feed is None:
                feed = self._feeds[situation_id] = SituationFeed(situation_id, last_id, map_last_id)
            feed.followers += 1
            self.streams += 1
            self._dirty.add(situation_id)
        self._wake.set()
        return feed

    def unfollow(self, feed: SituationFeed) -> None:
        with self._lock:
            feed.followers -= 1
            self.streams -= 1
            if feed.followers == 0 and self._feeds.get(feed.situation_id) is feed:
                del self._feeds[feed.situation_id]

    def stop(self) -> None:
        self._stopped.set()
        self._wake.set()

    # --- the doorbell ----------------------------------------------------------------------------
    def _ring(self, situation_ids=None) -> None:
        """Mark situations to fetch (None: every followed one)."""
        with self._lock:
            self._dirty.update(self._feeds if situation_ids is None else (s for s in situation_ids if s in self._feeds))
        self._wake.set()

    def _listen(self) -> None:
        while not self._stopped.is_set():
            try:
                with psycopg.connect(self.database_url, autocommit=True, application_name="crisis-api-listen") as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    conn.execute(f"LISTEN {MAP_CHANNEL}")
                    self._ring()  # whatever happened while not listening
                    while not self._stopped.is_set():
                        for note in conn.notifies(timeout=self.poll_interval):
                            situation_id, _, _ = note.payload.partition(":")
                            if situation_id.isdigit():
                                self._ring((int(situation_id),))
                        self._ring()  # the safety net, every poll interval
            except Exception:  # the database restarted or the network failed: listen again
                log.exception("feed listener: reconnecting")
                self._stopped.wait(1.0)

    # --- the fetcher -----------------------------------------------------------------------------
    def _fetch_loop(self) -> None:
        while not self._stopped.is_set():
            self._wake.wait(self.poll_interval)
            self._wake.clear()
            with self._lock:
                dirty, self._dirty = self._dirty, set()
                feeds = [self._feeds[s] for s in dirty if s in self._feeds]
            for feed in feeds:
                try:
                    self._fetch(feed)
                except Exception:
                    log.exception("feed fetcher: situation %s", feed.situation_id)
                    self._close_fetch_conn()
                    with self._lock:
                        self._dirty.add(feed.situation_id)
                    self._stopped.wait(0.5)

    def _fetch(self, feed: SituationFeed) -> None:
        while True:
            conn = self._fetch_connection()
            rows = feed_store.entries_after(conn, feed.situation_id, feed.last_id, FETCH_BATCH)
            audience = situations.audience(conn, feed.situation_id)
            changes = map_store.changes_after(conn, feed.situation_id, feed.map_last_id, FETCH_BATCH)
            feed.append_map([(row["id"], map_event_body(row["data"])) for row in changes])
            feed.append([(row["id"], event_body(row)) for row in rows], audience)
            if len(rows) < FETCH_BATCH and len(changes) < FETCH_BATCH:
                return

    def _fetch_connection(self) -> psycopg.Connection:
        if self._fetch_conn is None or self._fetch_conn.closed:
            self._fetch_conn = psycopg.connect(
                self.database_url, autocommit=True, row_factory=dict_row, application_name="crisis-api-feed"
            )
        return self._fetch_conn

    def _close_fetch_conn(self) -> None:
        if self._fetch_conn is not None:
            try:
                self._fetch_conn.close()
            finally:
                self._fetch_conn = None


_hubs: dict[tuple[int, str], FeedHub] = {}
_hubs_lock = threading.Lock()
closing = threading.Event()  # the worker is stopping: streams end now, their clients resume elsewhere


def close_all_streams() -> None:
    closing.set()
    for hub in list(_hubs.values()):
        for feed in list(hub._feeds.values()):
            with feed.cond:
                feed.cond.notify_all()


def end_streams_on_stop() -> None:
    """Under gunicorn: a worker told to stop (SIGTERM) ends its live feeds at once instead of holding the
    shutdown for the whole graceful timeout; EventSource clients reconnect with Last-Event-ID."""
    import signal

    previous = signal.getsignal(signal.SIGTERM)

    def on_term(signum, frame):
        close_all_streams()
        if callable(previous):
            previous(signum, frame)

    signal.signal(signal.SIGTERM, on_term)


def hub_for(database_url: str, poll_interval: float) -> FeedHub:
    """This process's hub (started on first use, i.e. after gunicorn forked the worker)."""
    import os

    key = (os.getpid(), database_url)
    with _hubs_lock:
        hub = _hubs.get(key)
        if hub is None:
            hub = _hubs[key] = FeedHub(database_url, poll_interval)
        return hub
