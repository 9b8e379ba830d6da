"""The server-sent events parser: split chunks, comments, ids, CRLF."""

from __future__ import annotations

from qgis_plugin.core.stream import SseParser


def test_events_split_across_chunks():
    parser = SseParser()
    stream = (
        b': heartbeat\n\nid: 41\nevent: feed_entry\ndata: {"id": 41}\n\n'
        b'id: 42\r\nevent: feed_entry\r\ndata: {"id":\r\ndata:  42}\r\n\r\n'
    )
    events = []
    for i in range(0, len(stream), 7):  # byte dribble
        events.extend(parser.feed(stream[i : i + 7]))
    assert [(e.id, e.event) for e in events] == [("41", "feed_entry"), ("42", "feed_entry")]
    assert events[1].data == '{"id":\n 42}'
    assert parser.last_event_id == "42"


def test_comment_only_stream_gives_nothing_and_retry_is_read():
    parser = SseParser()
    assert parser.feed(b": keep-alive\n\nretry: 5000\n\n") == []
    assert parser.retry_ms == 5000


def test_event_without_id_keeps_the_last_one():
    parser = SseParser()
    parser.feed(b"id: 7\ndata: a\n\n")
    events = parser.feed(b"data: b\n\n")
    assert events[0].id is None and events[0].event == "message"
    assert parser.last_event_id == "7"
