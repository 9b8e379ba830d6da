"""GET /api/situations/{id}/feed/stream: the live logbook as server-sent events, resumable with Last-Event-ID;
with ?map=1 the changes of the situation's map come on the same stream (event map_change), and each event's id is
`<entry id>.<map change id>` so that one Last-Event-ID resumes both."""

from __future__ import annotations

import time
from dataclasses import dataclass

from flask import Blueprint, Response, current_app, request
from psycopg_pool import ConnectionPool

from ..store import feeds as feed_store
from ..store import maps as map_store
from ..store import situations
from ..store.accounts import User
from ..store.errors import ServiceUnavailable, ValidationFailed
from .auth import require_user
from .feed_hub import FeedHub, SituationFeed, closing, event_body, hub_for, map_event_body
from .pool import conn, get_pool

bp = Blueprint("stream", __name__)

CATCH_UP_BATCH = 200


def _number(raw: str) -> int:
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 18:
        raise ValueError
    return int(raw)


def _resume_from(with_map: bool) -> tuple[int | None, int | None]:
    """(entry id, map change id) to resume after; None where the client names none."""
    raw = request.headers.get("Last-Event-ID") or request.args.get("last_event_id")
    if raw is None or raw == "":
        return None, None
    try:
        entry, dot, change = raw.partition(".")
        if dot and not with_map:
            raise ValueError
        return _number(entry), _number(change) if dot else None
    except ValueError:
        expected = "<entry id>.<map change id>" if with_map else "the id of a feed entry"
        raise ValidationFailed(details={"fields": {"Last-Event-ID": f"must be {expected}"}}) from None


@bp.get("/situations/<int:situation_id>/feed/stream")
def stream(situation_id: int):
    user = require_user()
    with_map = request.args.get("map") == "1"
    resume, map_resume = _resume_from(with_map)
    last_id, map_last_id = feed_store.stream_start(conn(), user, situation_id)
    config = current_app.config
    hub = hub_for(config["DATABASE_URL"], config["FEED_POLL_SECONDS"])
    if hub.streams >= config["FEED_MAX_STREAMS"]:
        # EventSource clients reconnect by themselves, perhaps to a less busy worker.
        raise ServiceUnavailable(
            "Too many live feeds on this worker; reconnect in a moment.", headers={"Retry-After": "2"}
        )
    pool = get_pool()
    live = _LiveStream(
        user,
        situation_id,
        hub,
        pool,
        with_map,
        cursor=last_id if resume is None else resume,
        # Without a map cursor the map starts now (the client has just read the map's layers).
        map_cursor=(map_last_id if map_resume is None else map_resume) if with_map else None,
        heartbeat=config["FEED_HEARTBEAT_SECONDS"],
        recheck=config["FEED_ACCESS_RECHECK_SECONDS"],
        feed=hub.follow(situation_id, last_id, map_last_id),
    )
    return Response(
        _Closing(live.events(), live.release),
        mimetype="text/event-stream",
        headers={
            "Cache-Control": "no-cache, no-store, no-transform",
            "X-Accel-Buffering": "no",  # nginx in front must pass each event on at once
        },
    )


@dataclass
class _LiveStream:
    """One client's stream: its cursors in the logbook (and the map), the hub's follower that wakes it, and the
    times of the next heartbeat and of the next check that the user still sees the situation."""

    user: User
    situation_id: int
    hub: FeedHub
    pool: ConnectionPool
    with_map: bool
    cursor: int
    map_cursor: int | None
    heartbeat: float
    recheck: float
    feed: SituationFeed
    released: bool = False

    def release(self) -> None:
        if not self.released:  # once, whether the stream ended, failed or never started
            self.released = True
            self.hub.unfollow(self.feed)

    def still_visible(self) -> bool:
        with self.pool.connection() as c:
            return situations.can_see(c, self.user.id, self.situation_id)

    def events(self):
        try:
            yield b"retry: 3000\n: connected\n\n"
            now = time.monotonic()
            next_beat, next_check = now + self.heartbeat, now + self.recheck
            while not closing.is_set():
                batch = self._next_batch()
                if batch is None:
                    return
                entries, changes = batch
                now = time.monotonic()
                if now >= next_check:
                    if not self.still_visible():
                        return
                    next_check = now + self.recheck
                if entries or changes:
                    yield self._lines(entries, changes)
                    next_beat = time.monotonic() + self.heartbeat
                    continue
                if now >= next_beat:
                    yield b": heartbeat\n\n"
                    next_beat = now + self.heartbeat
                self.feed.wait(self.cursor, max(0.0, min(next_beat, next_check) - now), self.map_cursor)
        finally:
            self.release()

    def _next_batch(self) -> tuple[list[tuple[int, bytes]], list[tuple[int, bytes]]] | None:
        """The entries and map changes after the cursors, from the hub's window or else from the tables; None when
        the stream must end (the user no longer sees the situation)."""
        entries, complete = self.feed.read_after(self.cursor)
        changes, map_complete = self.feed.read_map_after(self.map_cursor) if self.with_map else ([], True)
        if (
            (entries or changes)
            and not self.feed.may_see(self.user.organisation["id"], self.user.sees_all)
            and not self.still_visible()
        ):
            return None  # the share was withdrawn: not one more entry
        if not complete:  # behind the in-memory window: the table has it
            with self.pool.connection() as c:
                rows = feed_store.entries_after(c, self.situation_id, self.cursor, CATCH_UP_BATCH, self.user)
            if not rows:
                return None  # no longer visible to this user
            entries = [(row["id"], event_body(row)) for row in rows]
        if not map_complete:
            with self.pool.connection() as c:
                rows = map_store.changes_after(c, self.situation_id, self.map_cursor, CATCH_UP_BATCH, self.user)
            if not rows:
                return None
            changes = [(row["id"], map_event_body(row["data"])) for row in rows]
        return entries, changes

    def _lines(self, entries: list[tuple[int, bytes]], changes: list[tuple[int, bytes]]) -> bytes:
        """The events, each with the id to resume after it; the cursors move past them."""
        out = []
        for entry_id, data in entries:
            self.cursor = entry_id
            out.append(_id_line(self.cursor, self.map_cursor) + data)
        for change_id, data in changes:
            self.map_cursor = change_id
            out.append(_id_line(self.cursor, self.map_cursor) + data)
        return b"".join(out)


def _id_line(cursor: int, map_cursor: int | None) -> bytes:
    return (f"id: {cursor}\n" if map_cursor is None else f"id: {cursor}.{map_cursor}\n").encode()


class _Closing:
    """The event generator, with a close() that releases the follower even if the body was never iterated."""

    def __init__(self, generator, release):
        self._generator, self._release = generator, release

    def __iter__(self):
        return self._generator

    def close(self):
        try:
            self._generator.close()
        finally:
            self._release()
