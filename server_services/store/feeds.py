"""The logbook in the database: posting (idempotent, attachments in the same transaction), reading, searching."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

import psycopg
from psycopg import sql

from .. import vocabulary
from ..db import DictConnection, one
from . import situations
from .accounts import User
from .errors import Conflict, Forbidden, NotFound

# The codes are the database's (server_services/vocabulary).
CHANNELS = vocabulary.codes("feed_channels")
PRIORITIES = vocabulary.codes("feed_priorities")

# One entry as the API shows it. Only e.* and scalar subqueries, so that the same list serves a SELECT and the
# RETURNING of the INSERT (the answer to a post is built by the statement that commits it).
ENTRY_FIELDS = sql.SQL("""
    e.id, e.situation_id, e.channel, e.priority, e.body, ST_AsGeoJSON(e.location, 7)::json AS location,
    (SELECT json_build_object('id', u.id, 'display_name', u.display_name)
     FROM crisis.users u WHERE u.id = e.author_id) AS author,
    (SELECT json_build_object('id', o.id, 'slug', o.slug, 'name', o.name)
     FROM crisis.organisations o WHERE o.id = e.organisation_id) AS organisation,
    e.discipline, e.corrects_id, e.is_system, e.created_at,
    (SELECT s.is_exercise FROM crisis.situations s WHERE s.id = e.situation_id) AS is_exercise,
    coalesce((SELECT json_agg(json_build_object(
                  'id', a.id, 'filename', a.filename, 'content_type', a.content_type, 'size_bytes', a.size_bytes,
                  'url', '/api/situations/' || e.situation_id || '/feed/' || e.id || '/attachments/' || a.id)
                  ORDER BY a.id)
              FROM crisis.feed_attachments a WHERE a.feed_entry_id = e.id), '[]'::json) AS attachments
""")

# The write rights are the database's (sql/007 trigger): a refused post raises insufficient_privilege, and only
# then is the reason looked up. The answer's author and organisation are the caller's (the trigger sets them so).
_INSERT = """
INSERT INTO crisis.feed_entries AS e (situation_id, channel, priority, body, location, author_id, corrects_id,
                                      idempotency_key)
VALUES (%(sid)s, %(channel)s, %(priority)s, %(body)s, ST_SetSRID(ST_GeomFromGeoJSON(%(location)s::text), 4326),
        %(uid)s, %(corrects_id)s, %(key)s)
ON CONFLICT ON CONSTRAINT feed_entries_idempotency_unique DO NOTHING
RETURNING e.id, e.situation_id, e.channel, e.priority, e.body, ST_AsGeoJSON(e.location, 7)::json AS location,
          e.discipline, e.corrects_id, e.is_system, e.created_at,
          (SELECT s.is_exercise FROM crisis.situations s WHERE s.id = e.situation_id) AS is_exercise
"""

_INSERT_ATTACHMENT = """
INSERT INTO crisis.feed_attachments (feed_entry_id, filename, content_type, size_bytes, sha256, content)
VALUES (%s, %s, %s, %s, %s, %s)
"""

# A replay must be the same request: same situation, text, channel... and the same files.
_EARLIER_POST = sql.SQL("""
SELECT {},
       (e.situation_id = %(sid)s AND e.channel = %(channel)s AND e.priority = %(priority)s AND e.body = %(body)s
        AND e.corrects_id IS NOT DISTINCT FROM %(corrects_id)s
        AND e.location IS NOT DISTINCT FROM ST_SetSRID(ST_GeomFromGeoJSON(%(location)s::text), 4326)
        AND ARRAY(SELECT a.sha256 FROM crisis.feed_attachments a WHERE a.feed_entry_id = e.id ORDER BY a.id)
            = %(shas)s::bytea[]) AS same_request
FROM crisis.feed_entries e
WHERE e.author_id = %(uid)s AND e.idempotency_key = %(key)s
""").format(ENTRY_FIELDS)

_ACCESS = """
SELECT crisis.can_see_situation(%(uid)s, %(sid)s) AS can_see, crisis.can_write_situation(%(uid)s, %(sid)s) AS can_write,
       (SELECT status FROM crisis.situations WHERE id = %(sid)s) AS status
"""

_FILTERS = {
    "channel": "e.channel = %(channel)s",
    "priority": "e.priority = %(priority)s",
    "organisation_id": "e.organisation_id = %(organisation_id)s",
    "organisation_slug": "e.organisation_id = (SELECT id FROM crisis.organisations WHERE slug = %(organisation_slug)s)",
    "since": "e.created_at >= %(since)s",
    "until": "e.created_at < %(until)s",
    "cursor": "e.id < %(cursor)s",
    "after": "e.id > %(after)s",
    # Any of the five configurations the search vector holds (sql/005).
    "q": """e.search_vector @@ (websearch_to_tsquery('simple', %(q)s) || websearch_to_tsquery('english', %(q)s)
             || websearch_to_tsquery('french', %(q)s) || websearch_to_tsquery('dutch', %(q)s)
             || websearch_to_tsquery('german', %(q)s))""",
}


@dataclass(frozen=True)
class Attachment:
    """A file of an entry, its type read from its bytes (api/attachments.py checks it)."""

    filename: str
    content_type: str
    content: bytes

    @property
    def sha256(self) -> bytes:
        return hashlib.sha256(self.content).digest()


@dataclass(frozen=True)
class NewEntry:
    channel: str
    priority: str | None  # None: the priority of the entry it corrects, else info
    body: str
    location: str | None  # canonical GeoJSON
    corrects_id: int | None
    attachments: tuple[Attachment, ...] = ()


def may_post_in(user: User, channel: str) -> bool:
    """Everyone who writes in a situation writes in its multidisciplinary feed. A discipline's feed is for that
    discipline; the coordination feed for the crisis cells (organisations that are not a discipline). Coordinators
    and admins lead the situation and write everywhere."""
    if channel == "multidisciplinary" or user.coordinates:
        return True
    if channel == "coordination":
        return user.discipline is None
    return user.discipline == channel


def _refusal(conn, user: User, situation_id: int, entry: NewEntry) -> Exception:
    access = conn.execute(_ACCESS, {"uid": user.id, "sid": situation_id}).fetchone()
    if not access["can_see"]:
        return NotFound("No such situation.")
    if access["status"] not in ("draft", "active"):
        return Forbidden(f"The situation is {access['status']}: its logbook is closed.")
    if not access["can_write"]:
        return Forbidden("Your role may read this logbook but not write in it.")
    if not may_post_in(user, entry.channel):
        return Forbidden(
            f"You may not post in the {entry.channel} feed.", {"allowed": [c for c in CHANNELS if may_post_in(user, c)]}
        )
    return Conflict("The situation changed meanwhile; try again.")


def post(conn: DictConnection, user: User, situation_id: int, entry: NewEntry, key: str | None) -> tuple[dict, bool]:
    """Writes the entry and its files in one transaction; returns (entry, created). Returns only after the
    commit. A replay of an earlier post with the same key returns that post (created False)."""
    if entry.priority is None:
        entry = replace(entry, priority=_inherited_priority(conn, situation_id, entry.corrects_id))
    params = {
        "sid": situation_id,
        "uid": user.id,
        "channel": entry.channel,
        "priority": entry.priority,
        "body": entry.body,
        "location": entry.location,
        "corrects_id": entry.corrects_id,
        "key": key,
    }
    row = None
    if may_post_in(user, entry.channel):
        try:
            row = _insert(conn, entry, params)
        except psycopg.errors.InsufficientPrivilege:
            row = None  # not visible, not writable, or closed: _refusal says which
        if row is not None:
            if entry.attachments:  # their ids are known only now
                return get(conn, user, situation_id, row["id"]), True
            author = {"id": user.id, "display_name": user.display_name}
            organisation = {k: user.organisation[k] for k in ("id", "slug", "name")}
            return _in_order({**row, "author": author, "organisation": organisation, "attachments": []}), True
    if key is not None:
        earlier = conn.execute(_EARLIER_POST, {**params, "shas": [a.sha256 for a in entry.attachments]}).fetchone()
        if earlier is not None:
            if not earlier.pop("same_request"):
                raise Conflict(
                    "This Idempotency-Key was already used for a different post.", {"entry_id": earlier["id"]}
                )
            return earlier, False
    raise _refusal(conn, user, situation_id, entry)


def _inherited_priority(conn, situation_id: int, corrects_id: int | None) -> str:
    """A correction keeps the priority of the entry it corrects unless it names one (an urgent message corrected
    stays urgent); anything else is info. A corrected entry of another situation is refused later, by the
    database."""
    if corrects_id is None:
        return "info"
    row = conn.execute(
        "SELECT priority FROM crisis.feed_entries WHERE id = %s AND situation_id = %s", (corrects_id, situation_id)
    ).fetchone()
    return row["priority"] if row else "info"


def _insert(conn, entry: NewEntry, params: dict) -> dict | None:
    if not entry.attachments:  # one statement on an autocommit connection: committed when it returns
        return conn.execute(_INSERT, params).fetchone()
    with conn.transaction():
        row = conn.execute(_INSERT, params).fetchone()
        if row is not None:
            with conn.cursor() as cur:
                cur.executemany(
                    _INSERT_ATTACHMENT,
                    [
                        (row["id"], a.filename, a.content_type, len(a.content), a.sha256, a.content)
                        for a in entry.attachments
                    ],
                )
    return row


_ORDER = (
    "id",
    "situation_id",
    "channel",
    "priority",
    "body",
    "location",
    "author",
    "organisation",
    "discipline",
    "corrects_id",
    "is_system",
    "created_at",
    "is_exercise",
    "attachments",
)


def _in_order(entry: dict) -> dict:
    """The same member order as ENTRY_FIELDS gives, so that every answer reads alike."""
    return {k: entry[k] for k in _ORDER}


def get(conn, user: User, situation_id: int, entry_id: int) -> dict:
    row = conn.execute(
        sql.SQL(
            "SELECT {} FROM crisis.feed_entries e WHERE e.id = %(eid)s AND e.situation_id = %(sid)s "
            "AND crisis.can_see_situation(%(uid)s, %(sid)s)"
        ).format(ENTRY_FIELDS),
        {"eid": entry_id, "sid": situation_id, "uid": user.id},
    ).fetchone()
    if row is None:
        raise NotFound("No such feed entry.")
    return row


def search(conn, user: User, situation_id: int, filters: dict, limit: int) -> tuple[list[dict], str | None]:
    """Newest first (or, with `after`, oldest first from that id); the next cursor if there may be more."""
    situations.require_visible(conn, user, situation_id)
    where = [sql.SQL("e.situation_id = %(sid)s AND crisis.can_see_situation(%(uid)s, %(sid)s)")]
    where += [sql.SQL(fragment) for name, fragment in _FILTERS.items() if filters.get(name) is not None]
    ascending = filters.get("after") is not None
    rows = conn.execute(
        sql.SQL("SELECT {} FROM crisis.feed_entries e WHERE {} ORDER BY e.id {} LIMIT %(limit)s").format(
            ENTRY_FIELDS, sql.SQL(" AND ").join(where), sql.SQL("ASC" if ascending else "DESC")
        ),
        {**filters, "sid": situation_id, "uid": user.id, "limit": limit},
    ).fetchall()
    next_cursor = str(rows[-1]["id"]) if len(rows) == limit and not ascending else None
    return rows, next_cursor


def entries_after(conn, situation_id: int, after_id: int, limit: int, user: User | None = None) -> list[dict]:
    """Entries with ids above `after_id`, oldest first (ids follow commit order within a situation: sql/010).
    The live feed's fetcher reads without a user (it serves followers whose access it checked)."""
    scope = sql.SQL("AND crisis.can_see_situation(%(uid)s, %(sid)s)" if user else "")
    return conn.execute(
        sql.SQL(
            "SELECT {} FROM crisis.feed_entries e WHERE e.situation_id = %(sid)s AND e.id > %(after)s {} "
            "ORDER BY e.id LIMIT %(limit)s"
        ).format(ENTRY_FIELDS, scope),
        {"sid": situation_id, "after": after_id, "limit": limit, "uid": user.id if user else None},
    ).fetchall()


def attachment(conn, user: User, situation_id: int, entry_id: int, attachment_id: int) -> dict:
    row = conn.execute(
        """SELECT a.filename, a.content_type, a.size_bytes, a.sha256, a.content
           FROM crisis.feed_attachments a JOIN crisis.feed_entries e ON e.id = a.feed_entry_id
           WHERE a.id = %(aid)s AND e.id = %(eid)s AND e.situation_id = %(sid)s
             AND crisis.can_see_situation(%(uid)s, %(sid)s)""",
        {"aid": attachment_id, "eid": entry_id, "sid": situation_id, "uid": user.id},
    ).fetchone()
    if row is None:
        raise NotFound("No such attachment.")
    return row


_STREAM_START = """
SELECT crisis.can_see_situation(%(uid)s, %(sid)s) AS can_see,
       (SELECT coalesce(max(id), 0) FROM crisis.feed_entries WHERE situation_id = %(sid)s) AS last_id,
       (SELECT coalesce(max(id), 0) FROM crisis_live.map_changes WHERE situation_id = %(sid)s) AS map_last_id
"""


def stream_start(conn: DictConnection, user: User, situation_id: int) -> tuple[int, int]:
    """Where a live feed of the situation starts: (last entry id, last map change id); 404 if the user may not
    see the situation."""
    start = one(conn.execute(_STREAM_START, {"uid": user.id, "sid": situation_id}))
    if not start["can_see"]:
        raise NotFound("No such situation.")
    return start["last_id"], start["map_last_id"]
