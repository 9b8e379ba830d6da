"""Bad input, in process: each a clear 4xx with the JSON error shape, and nothing written (moved here from the
end-to-end tests/api/test_bad_input.py, which keeps what only nginx shows)."""

from __future__ import annotations

import io
import json

import pytest
from factories import make_anchor, make_organisation, make_situation, make_user, unique

TABLES = (
    "feed_entries",
    "feed_attachments",
    "situations",
    "situation_shares",
    "anchors",
    "perimeters",
    "users",
    "api_tokens",
)

FEED = "/api/situations/{sid}/feed"
ANCHORS = "/api/situations/{sid}/anchors"
PERIMETERS = "/api/situations/{sid}/perimeters"
OK_ENTRY = {"channel": "multidisciplinary", "priority": "info", "body": "fine"}
POINT = {"type": "Point", "coordinates": [4.29, 51.29]}
RAW_JSON = {"content_type": "application/json"}

# (label, method, path, arguments of the test client, status, error code). `attachments: n` sends n small files.
CASES = [
    ("invalid JSON", "POST", FEED, {"data": '{"channel": ', **RAW_JSON}, 400, "invalid_json"),
    ("JSON array, not object", "POST", FEED, {"json": [OK_ENTRY]}, 422, "validation_error"),
    (
        "not JSON at all",
        "POST",
        FEED,
        {"data": "channel=D1", "content_type": "text/plain"},
        415,
        "unsupported_media_type",
    ),
    ("missing body", "POST", FEED, {"json": {"channel": "D1"}}, 422, "validation_error"),
    ("missing channel", "POST", FEED, {"json": {"body": "x"}}, 422, "validation_error"),
    ("unknown channel", "POST", FEED, {"json": {**OK_ENTRY, "channel": "D7"}}, 422, "validation_error"),
    ("unknown priority", "POST", FEED, {"json": {**OK_ENTRY, "priority": "panic"}}, 422, "validation_error"),
    ("body of the wrong type", "POST", FEED, {"json": {**OK_ENTRY, "body": ["a"]}}, 422, "validation_error"),
    ("blank body", "POST", FEED, {"json": {**OK_ENTRY, "body": "   "}}, 422, "validation_error"),
    ("oversized body", "POST", FEED, {"json": {**OK_ENTRY, "body": "x" * 10001}}, 422, "validation_error"),
    ("NUL in the body", "POST", FEED, {"json": {**OK_ENTRY, "body": "a\x00b"}}, 422, "validation_error"),
    ("unknown field", "POST", FEED, {"json": {**OK_ENTRY, "author_id": 1}}, 422, "validation_error"),
    ("corrects_id not a number", "POST", FEED, {"json": {**OK_ENTRY, "corrects_id": "12"}}, 422, "validation_error"),
    (
        "corrects_id that does not exist",
        "POST",
        FEED,
        {"json": {**OK_ENTRY, "corrects_id": 987654321}},
        422,
        "invalid_reference",
    ),
    (
        "longitude out of range",
        "POST",
        FEED,
        {"json": {**OK_ENTRY, "location": {"type": "Point", "coordinates": [181, 51]}}},
        422,
        "validation_error",
    ),
    (
        "latitude out of range",
        "POST",
        FEED,
        {"json": {**OK_ENTRY, "location": {"type": "Point", "coordinates": [4.4, -91]}}},
        422,
        "validation_error",
    ),
    (
        "location not a point",
        "POST",
        FEED,
        {"json": {**OK_ENTRY, "location": {"type": "LineString", "coordinates": [[4, 51], [5, 51]]}}},
        422,
        "validation_error",
    ),
    (
        "coordinates as text",
        "POST",
        FEED,
        {"json": {**OK_ENTRY, "location": {"type": "Point", "coordinates": ["4.4", "51.2"]}}},
        422,
        "validation_error",
    ),
    (
        "NaN coordinate",
        "POST",
        FEED,
        {"data": '{"channel": "D1", "body": "x", "location": {"type": "Point", "coordinates": [NaN, 51]}}', **RAW_JSON},
        422,
        "validation_error",
    ),
    (
        "nested deeper than the API reads",
        "POST",
        FEED,
        {"data": '{"a":' * 100 + "1" + "}" * 100, **RAW_JSON},
        400,
        "invalid_json",
    ),
    ("lone surrogate", "POST", FEED, {"data": '{"channel": "D1", "body": "\\ud800"}', **RAW_JSON}, 400, "invalid_json"),
    (
        "idempotency key too long",
        "POST",
        FEED,
        {"json": OK_ENTRY, "headers": {"Idempotency-Key": "k" * 201}},
        422,
        "validation_error",
    ),
    ("multipart without entry", "POST", FEED, {"attachments": 1}, 422, "validation_error"),
    ("multipart with broken entry", "POST", FEED, {"attachments": 1, "entry": "{oops"}, 400, "invalid_json"),
    ("too many attachments", "POST", FEED, {"attachments": 11, "entry": json.dumps(OK_ENTRY)}, 422, "validation_error"),
    (
        "request over 25 MiB",
        "POST",
        FEED,
        {"data": b"x" * (25 * 1024 * 1024 + 10), **RAW_JSON},
        413,
        "payload_too_large",
    ),
    (
        "feed of a situation that does not exist",
        "POST",
        "/api/situations/987654321/feed",
        {"json": OK_ENTRY},
        404,
        "not_found",
    ),
    ("id beyond bigint", "POST", "/api/situations/9223372036854775808/feed", {"json": OK_ENTRY}, 404, "not_found"),
    ("bad cursor", "GET", FEED, {"query_string": {"cursor": "abc"}}, 422, "validation_error"),
    ("bad since", "GET", FEED, {"query_string": {"since": "yesterday"}}, 422, "validation_error"),
    ("limit too large", "GET", FEED, {"query_string": {"limit": 100000}}, 422, "validation_error"),
    ("cursor and after together", "GET", FEED, {"query_string": {"cursor": 5, "after": 1}}, 422, "validation_error"),
    ("bad Last-Event-ID", "GET", FEED + "/stream", {"headers": {"Last-Event-ID": "x1"}}, 422, "validation_error"),
    ("situation without title", "POST", "/api/situations", {"json": {"kind": "incident"}}, 422, "validation_error"),
    (
        "situation of unknown kind",
        "POST",
        "/api/situations",
        {"json": {"kind": "party", "title": "Party"}},
        422,
        "validation_error",
    ),
    (
        "situation title too short",
        "POST",
        "/api/situations",
        {"json": {"kind": "event", "title": "ab"}},
        422,
        "validation_error",
    ),
    (
        "situation created closed",
        "POST",
        "/api/situations",
        {"json": {"kind": "event", "title": "Closed at birth", "status": "closed"}},
        422,
        "validation_error",
    ),
    (
        "situation for an organisation that does not exist",
        "POST",
        "/api/situations",
        {"json": {"kind": "event", "title": "Nobody's", "owner_organisation_id": 987654321}},
        403,
        "forbidden",
    ),
    (
        "area with an open ring",
        "POST",
        "/api/situations",
        {
            "json": {
                "kind": "event",
                "title": "Open ring",
                "area": {"type": "Polygon", "coordinates": [[[4, 51], [5, 51], [5, 52], [4, 52]]]},
            }
        },
        422,
        "validation_error",
    ),
    (
        "bow-tie area",
        "POST",
        "/api/situations",
        {
            "json": {
                "kind": "event",
                "title": "Bow tie",
                "area": {"type": "Polygon", "coordinates": [[[4, 51], [5, 52], [5, 51], [4, 52], [4, 51]]]},
            }
        },
        422,
        "rejected_by_database",
    ),
    (
        "area in projected coordinates",
        "POST",
        "/api/situations",
        {
            "json": {
                "kind": "event",
                "title": "Lambert",
                "area": {
                    "type": "Polygon",
                    "coordinates": [[[150000, 200000], [151000, 200000], [151000, 201000], [150000, 200000]]],
                },
            }
        },
        422,
        "validation_error",
    ),
    (
        "ends before it starts",
        "POST",
        "/api/situations",
        {
            "json": {
                "kind": "event",
                "title": "Time travel",
                "starts_at": "2026-07-21T10:00:00Z",
                "ends_at": "2026-07-20T10:00:00Z",
            }
        },
        422,
        "rejected_by_database",
    ),
    (
        "list filter of unknown kind",
        "GET",
        "/api/situations",
        {"query_string": {"kind": "party"}},
        422,
        "validation_error",
    ),
    ("bbox upside down", "GET", "/api/situations", {"query_string": {"bbox": "5,52,4,51"}}, 422, "validation_error"),
    (
        "status of the wrong type",
        "POST",
        "/api/situations/{sid}/status",
        {"json": {"status": 1}},
        422,
        "validation_error",
    ),
    ("unknown phase", "POST", "/api/situations/{sid}/phase", {"json": {"phase": "global"}}, 422, "validation_error"),
    (
        "unknown activation level",
        "POST",
        "/api/situations/{sid}/activation-level",
        {"json": {"activation_level": "red"}},
        422,
        "validation_error",
    ),
    ("bad version", "PATCH", "/api/situations/{sid}", {"json": {"version": "one"}}, 422, "validation_error"),
    ("null title", "PATCH", "/api/situations/{sid}", {"json": {"title": None}}, 422, "validation_error"),
    (
        "anchor of unknown kind",
        "POST",
        ANCHORS,
        {"json": {"kind": "castle", "geometry": POINT}},
        422,
        "validation_error",
    ),
    ("anchor without geometry", "POST", ANCHORS, {"json": {"kind": "pc_ops"}}, 422, "validation_error"),
    (
        "anchor as a polygon",
        "POST",
        ANCHORS,
        {
            "json": {
                "kind": "pc_ops",
                "geometry": {"type": "Polygon", "coordinates": [[[4, 51], [5, 51], [5, 52], [4, 51]]]},
            }
        },
        422,
        "validation_error",
    ),
    (
        "anchor label too long",
        "POST",
        ANCHORS,
        {"json": {"kind": "pc_ops", "geometry": POINT, "label": "x" * 201}},
        422,
        "validation_error",
    ),
    (
        "anchor change without version",
        "PATCH",
        ANCHORS + "/{anchor}",
        {"json": {"label": "moved"}},
        422,
        "validation_error",
    ),
    ("anchor removal without version", "DELETE", ANCHORS + "/{anchor}", {}, 422, "validation_error"),
    (
        "perimeter of unknown kind",
        "POST",
        PERIMETERS,
        {
            "json": {
                "kind": "purple",
                "geometry": {"type": "Polygon", "coordinates": [[[4, 51], [5, 51], [5, 52], [4, 51]]]},
            }
        },
        422,
        "validation_error",
    ),
    (
        "rings with two radii",
        "POST",
        PERIMETERS + "/rings",
        {"json": {"center": POINT, "radii": [100, 200]}},
        422,
        "validation_error",
    ),
    (
        "downwind without a source",
        "POST",
        PERIMETERS + "/downwind",
        {"json": {"length_m": 500}},
        422,
        "validation_error",
    ),
    ("unknown path", "GET", "/api/nothing-here", {}, 404, "not_found"),
    ("wrong method", "DELETE", "/api/situations/{sid}", {}, 405, "method_not_allowed"),
]


@pytest.fixture(scope="module")
def scene(owner_conn):
    """A province's coordinator in an active incident of theirs holding one anchor."""
    province = make_organisation(owner_conn)
    coordinator = make_user(owner_conn, province, "coordinator")
    situation = make_situation(owner_conn, province, author=coordinator)
    anchor = make_anchor(owner_conn, situation, coordinator)
    return {"coordinator": coordinator, "sid": situation["id"], "anchor": anchor["id"]}


def _counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"SELECT count(*) FROM crisis.{t}").fetchone()[0] for t in TABLES}


def _client_arguments(arguments: dict) -> dict:
    """Multipart cases: the `entry` part and `attachments` files the test client sends as multipart/form-data."""
    if "attachments" not in arguments:
        return arguments
    data = {"attachments": [(io.BytesIO(b"hello"), f"{i}.txt", "text/plain") for i in range(arguments["attachments"])]}
    if "entry" in arguments:
        data["entry"] = arguments["entry"]
    return {"data": data, "content_type": "multipart/form-data"}


@pytest.mark.parametrize("label, method, path, arguments, status, code", CASES, ids=[c[0] for c in CASES])
def test_bad_input_is_refused_and_writes_nothing(
    as_user, scene, owner_conn, label, method, path, arguments, status, code
):
    caller = as_user(scene["coordinator"])
    before = _counts(owner_conn)
    r = caller.request(method, path.format(**scene), **_client_arguments(arguments))
    assert r.status_code == status, r.get_data(as_text=True)[:500]
    error = r.get_json()["error"]
    assert error["code"] == code and error["message"] and isinstance(error["details"], dict)
    assert r.mimetype == "application/json"
    assert _counts(owner_conn) == before, label


def test_markup_is_kept_as_text_and_answered_as_json(as_user, scene):
    """Markup in a field is data: stored as sent, answered inside JSON, never as a page."""
    caller = as_user(scene["coordinator"])
    body = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    r = caller.post(f"/api/situations/{scene['sid']}/feed", json={**OK_ENTRY, "body": body})
    assert r.status_code == 201 and r.mimetype == "application/json"
    entry = caller.get(f"/api/situations/{scene['sid']}/feed/{r.get_json()['id']}")
    assert entry.get_json()["body"] == body and entry.mimetype == "application/json"
    assert entry.headers["X-Content-Type-Options"] == "nosniff" and "no-store" in entry.headers["Cache-Control"]


def test_field_errors_name_every_field_at_once(as_user, scene):
    r = as_user(scene["coordinator"]).post("/api/situations", json={"kind": "party", "title": "", "colour": "red"})
    assert r.status_code == 422
    assert set(r.get_json()["error"]["details"]["fields"]) == {"kind", "title", "colour"}


def test_errors_speak_the_callers_language(as_user, scene):
    r = as_user(scene["coordinator"]).post(
        f"/api/situations/{scene['sid']}/feed", json={"body": "x"}, headers={"Accept-Language": "fr"}
    )
    assert r.status_code == 422 and r.headers["Content-Language"] == "fr"
    assert r.get_json()["error"]["details"]["fields"]["channel"] != "required"


@pytest.mark.parametrize(
    "change",
    [
        {"role": "king"},
        {"password": "short"},
        {"email": "not an email"},
        {"is_admin": True},
        {"display_name": ""},
        {"language": "tlh"},
    ],
)
def test_a_new_users_fields_are_checked(owner_conn, as_user, change):
    """(Moved here from tests/api/test_users.py.)"""
    admin = as_user(make_user(owner_conn, role="admin"))
    new_user = {
        "email": f"{unique('new')}@factory.test",
        "display_name": "New colleague",
        "role": "editor",
        "language": "nl",
        "password": "a long enough password",
    }
    before = _counts(owner_conn)
    r = admin.post(f"/api/organisations/{admin.user['organisation']['id']}/users", json={**new_user, **change})
    assert r.status_code == 422 and r.get_json()["error"]["code"] == "validation_error", r.get_data(as_text=True)
    assert _counts(owner_conn) == before
