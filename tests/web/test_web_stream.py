"""The page's live-feed reader (static/js/sse.js) in the browser: the parser on awkwardly cut streams, and
following the real stream with the bearer token and Last-Event-ID."""

from __future__ import annotations

import json

import psycopg

# Feeds the text in the given pieces and returns the events the parser produced.
_PARSE = """
const [pieces, done] = [arguments[0], arguments[arguments.length - 1]];
import('/web/static/js/sse.js').then(({EventParser}) => {
  const events = [], retries = [];
  const parser = new EventParser((e) => events.push(e), (ms) => retries.push(ms));
  for (const piece of pieces) parser.push(piece);
  done({events, retries});
}).catch((error) => done({error: String(error)}));
"""

STREAM = (
    "retry: 3000\n: connected\n\n"
    'id: 7\nevent: feed_entry\ndata: {"id": 7, "body": "a: b"}\n\n'
    ": heartbeat\n\n"
    'id: 8\r\nevent: feed_entry\r\ndata: {"id": 8,\r\ndata:  "body": "two lines"}\r\n\r\n'
    "data: no id\n\n"
)


def _parse(page, pieces):
    page.open()
    result = page.driver.execute_async_script(_PARSE, pieces)
    assert "error" not in result, result
    return result


def test_events_are_the_same_however_the_stream_is_cut(page):
    whole = _parse(page, [STREAM])
    assert whole["retries"] == [3000]
    events = whole["events"]
    assert [(e["id"], e["event"]) for e in events] == [("7", "feed_entry"), ("8", "feed_entry"), (None, "message")]
    assert json.loads(events[0]["data"]) == {"id": 7, "body": "a: b"}
    assert json.loads(events[1]["data"]) == {"id": 8, "body": "two lines"}
    # One character at a time (the \r\n pairs split too), and in odd-sized chunks: the same events.
    assert _parse(page, list(STREAM)) == whole
    assert _parse(page, [STREAM[i : i + 7] for i in range(0, len(STREAM), 7)]) == whole


def test_an_event_without_its_blank_line_is_not_delivered(page):
    result = _parse(page, ['id: 9\nevent: feed_entry\ndata: {"id": 9}\n'])
    assert result["events"] == []


# Follows the real stream from Last-Event-ID for a while; returns the ids received and the states seen.
_FOLLOW = """
const [url, lastEventId, wanted, done] = arguments;
import('/web/static/js/sse.js').then(({followStream}) => {
  const ids = [], states = [];
  const stream = followStream(url, {
    lastEventId,
    onEvent: (e) => { ids.push([e.id, e.event, JSON.parse(e.data).id]); if (ids.length >= wanted) finish(); },
    onState: (s) => states.push(s),
    onFatal: (status) => { states.push(`fatal ${status}`); finish(); },
  });
  const timer = setTimeout(finish, 8000);
  function finish() { clearTimeout(timer); stream.stop(); done({ids, states}); }
}).catch((error) => done({error: String(error)}));
"""


def test_following_the_feed_resumes_after_the_last_event_id(page, database, demo_situations):
    incident = demo_situations["incident"]
    with psycopg.connect(database.admin_url) as conn:
        ids = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM crisis.feed_entries WHERE situation_id = %s ORDER BY id DESC LIMIT 4", (incident["id"],)
            )
        ]
    resume_after, expected = ids[-1], sorted(ids[:-1])
    page.sign_in("reader@police-antwerp.demo")  # the token in sessionStorage is what the reader sends
    result = page.driver.execute_async_script(
        _FOLLOW, f"/api/situations/{incident['id']}/feed/stream", resume_after, len(expected)
    )
    assert "error" not in result, result
    assert result["ids"] == [[str(i), "feed_entry", i] for i in expected]
    assert result["states"][:2] == ["connecting", "live"]


def test_a_situation_out_of_reach_stops_the_stream(page, demo_situations):
    page.sign_in("outsider@province-liege.demo")
    result = page.driver.execute_async_script(
        _FOLLOW, f"/api/situations/{demo_situations['incident']['id']}/feed/stream", None, 1
    )
    assert result["ids"] == [] and "fatal 404" in result["states"]
