"""The logbook: posting, reading, filtering, full-text search, cursors, corrections, idempotency, attachments."""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime, timedelta

import psycopg
import pytest

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def officer(clients):
    return clients["officer@fire-antwerp.demo"]


@pytest.fixture
def incident(situations):
    return situations["incident"]


@pytest.fixture
def scratch(clients, org_ids):
    """An active situation of its own (shared with the fire and medical services), so that filters see only
    this test's entries."""
    planner = clients["planner@province-antwerp.demo"]
    r = planner.post(
        "/api/situations", json={"kind": "incident", "title": f"Feed test {secrets.token_hex(3)}", "status": "active"}
    )
    sid = r.json()["id"]
    for slug in ("fire-antwerp", "ems-antwerp"):
        assert planner.put(f"/api/situations/{sid}/shares/{org_ids[slug]}").status_code == 201
    return sid


def post(client, sid, **entry):
    body = {"channel": "multidisciplinary", "priority": "info", "body": "entry", **entry}
    r = client.post(f"/api/situations/{sid}/feed", json=body)
    assert r.status_code == 201, r.text
    return r.json()


def test_post_answers_the_committed_entry(officer, incident, database):
    entry = post(
        officer,
        incident,
        channel="D1",
        priority="urgent",
        body="Water curtain set up downwind",
        location={"type": "Point", "coordinates": [4.2905, 51.2992]},
    )
    assert entry["author"]["display_name"].startswith("Luc Janssens")
    assert entry["organisation"]["slug"] == "fire-antwerp" and entry["discipline"] == "D1"
    assert entry["location"] == {"type": "Point", "coordinates": [4.2905, 51.2992]}
    assert entry["is_system"] is False and entry["corrects_id"] is None and entry["attachments"] == []
    assert officer.get(f"/api/situations/{incident}/feed/{entry['id']}").json() == entry
    with psycopg.connect(database.app_url) as conn:  # another connection sees it: it was committed
        assert (
            conn.execute("SELECT body FROM crisis.feed_entries WHERE id = %s", (entry["id"],)).fetchone()[0]
            == "Water curtain set up downwind"
        )


def test_channels_follow_disciplines(clients, incident):
    officer, doctor, planner = (
        clients[e] for e in ("officer@fire-antwerp.demo", "doctor@ems-antwerp.demo", "planner@province-antwerp.demo")
    )
    assert officer.post(f"/api/situations/{incident}/feed", json={"channel": "D2", "body": "x"}).status_code == 403
    assert (
        officer.post(f"/api/situations/{incident}/feed", json={"channel": "coordination", "body": "x"}).status_code
        == 403
    )
    post(doctor, incident, channel="D2", body="PMA opened at the Kallo sluice")
    post(planner, incident, channel="coordination", body="CC-PROV convened at 14:00")
    post(planner, incident, channel="D3", body="Police asked to close the Scheldelaan")


def test_filters(clients, scratch):
    officer, doctor = clients["officer@fire-antwerp.demo"], clients["doctor@ems-antwerp.demo"]
    planner = clients["planner@province-antwerp.demo"]
    a = post(officer, scratch, channel="D1", priority="urgent", body="Fire reached the second tank")
    b = post(doctor, scratch, channel="D2", priority="important", body="Three casualties triaged")
    c = post(officer, scratch, channel="multidisciplinary", body="Wind turning north")

    def ids(**params):
        r = planner.get(f"/api/situations/{scratch}/feed", params=params)
        assert r.status_code == 200, r.text
        return [e["id"] for e in r.json()["items"] if not e["is_system"]]

    assert ids() == [c["id"], b["id"], a["id"]]
    assert ids(channel="D1") == [a["id"]]
    assert ids(priority="important") == [b["id"]]
    assert ids(organisation="fire-antwerp") == [c["id"], a["id"]]
    assert ids(organisation=str(b["organisation"]["id"])) == [b["id"]]
    assert ids(since=b["created_at"]) == [c["id"], b["id"]]
    assert ids(until=b["created_at"]) == [a["id"]]
    assert ids(after=a["id"]) == [b["id"], c["id"]]  # oldest first from a cursor
    later = (datetime.fromisoformat(c["created_at"]) + timedelta(hours=1)).isoformat()
    assert ids(since=later) == []


@pytest.mark.parametrize(
    "body, query",
    [
        ("Evacuations of the schools are ongoing", "evacuation"),  # English stemming
        ("Les pompiers arrivent sur les lieux", "pompier"),  # French
        ("De brandweerlieden sluiten de wegen af", "weg"),  # Dutch
        ("Die Feuerwehren sperren die Straßen", "Straße"),  # German
    ],
)
def test_full_text_search_in_four_languages(clients, scratch, body, query):
    planner = clients["planner@province-antwerp.demo"]
    tag = secrets.token_hex(4)
    hit = post(planner, scratch, body=f"{body} ({tag})")
    post(planner, scratch, body=f"Unrelated report {secrets.token_hex(4)}")
    found = planner.get(f"/api/situations/{scratch}/feed", params={"q": query}).json()["items"]
    assert hit["id"] in [e["id"] for e in found]
    assert all("Unrelated" not in e["body"] for e in found)
    assert [
        e["id"] for e in planner.get(f"/api/situations/{scratch}/feed", params={"q": f"{query} {tag}"}).json()["items"]
    ] == [hit["id"]]


def test_cursor_pages_have_no_gap_and_no_duplicate(clients, situations):
    reader = clients["reader@police-antwerp.demo"]
    sid = situations["incident"]
    everything, cursor = [], None
    while True:
        params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        page = reader.get(f"/api/situations/{sid}/feed", params=params).json()
        everything += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert everything == sorted(everything, reverse=True) and len(everything) == len(set(everything))
    total = reader.get(f"/api/situations/{sid}/feed", params={"limit": 200}).json()["items"]
    assert len(everything) == len(total) or len(total) == 200
    assert len(everything) >= 50  # the demo logbook


def test_correction_points_into_the_same_situation(clients, situations, database):
    officer = clients["officer@fire-antwerp.demo"]
    wrong = post(officer, situations["incident"], body="Leak at tank 4")
    fixed = post(officer, situations["incident"], body="Correction: tank 14, not 4", corrects_id=wrong["id"])
    assert fixed["corrects_id"] == wrong["id"]
    other = post(clients["outsider@province-liege.demo"], situations["exercise"], body="Exercise entry")
    with psycopg.connect(database.admin_url) as conn:
        before = conn.execute("SELECT count(*) FROM crisis.feed_entries").fetchone()[0]
    r = officer.post(
        f"/api/situations/{situations['incident']}/feed",
        json={"channel": "multidisciplinary", "body": "bad correction", "corrects_id": other["id"]},
    )
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_reference"
    with psycopg.connect(database.admin_url) as conn:
        assert conn.execute("SELECT count(*) FROM crisis.feed_entries").fetchone()[0] == before


def test_entries_cannot_be_edited_or_deleted(officer, incident):
    entry = post(officer, incident, body="Immutable")
    url = f"/api/situations/{incident}/feed/{entry['id']}"
    for method in ("PUT", "PATCH", "DELETE"):
        r = officer.request(method, url, json={"body": "changed"})
        assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"
    assert officer.get(url).json()["body"] == "Immutable"


def test_idempotency_key_makes_a_retry_harmless(officer, incident, database):
    key = secrets.token_hex(8)
    body = {
        "channel": "D1",
        "body": "Retried after a timeout",
        "location": {"type": "Point", "coordinates": [4.3, 51.3]},
    }
    first = officer.post(f"/api/situations/{incident}/feed", json=body, headers={"Idempotency-Key": key})
    again = officer.post(f"/api/situations/{incident}/feed", json=body, headers={"Idempotency-Key": key})
    assert first.status_code == 201 and again.status_code == 200
    assert again.json() == first.json()
    changed = officer.post(
        f"/api/situations/{incident}/feed", json={**body, "body": "Something else"}, headers={"Idempotency-Key": key}
    )
    assert changed.status_code == 409
    with psycopg.connect(database.admin_url) as conn:
        assert (
            conn.execute("SELECT count(*) FROM crisis.feed_entries WHERE idempotency_key = %s", (key,)).fetchone()[0]
            == 1
        )


def test_an_idempotency_key_belongs_to_its_author(clients, incident):
    key = secrets.token_hex(8)
    body = {"channel": "multidisciplinary", "body": "Same key, two authors"}
    first = clients["officer@fire-antwerp.demo"].post(
        f"/api/situations/{incident}/feed", json=body, headers={"Idempotency-Key": key}
    )
    second = clients["doctor@ems-antwerp.demo"].post(
        f"/api/situations/{incident}/feed", json=body, headers={"Idempotency-Key": key}
    )
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] != second.json()["id"]


def test_attachments_are_stored_with_the_entry_and_downloadable(clients, situations):
    officer = clients["officer@fire-antwerp.demo"]
    sid = situations["incident"]
    files = [
        ("attachments", ("plume.png", PNG, "image/png")),
        ("attachments", ("report.pdf", PDF, "application/pdf")),
        ("attachments", ("../../etc/notes.txt", "Wind 230°, 4 m/s".encode(), "text/plain")),
    ]
    r = officer.post(
        f"/api/situations/{sid}/feed",
        files=files,
        data={"entry": json.dumps({"channel": "D1", "body": "Photos of the plume"})},
    )
    assert r.status_code == 201, r.text
    attached = r.json()["attachments"]
    assert [(a["filename"], a["content_type"], a["size_bytes"]) for a in attached] == [
        ("plume.png", "image/png", len(PNG)),
        ("report.pdf", "application/pdf", len(PDF)),
        ("notes.txt", "text/plain", len("Wind 230°, 4 m/s".encode())),
    ]
    for a, content in zip(attached, (PNG, PDF, "Wind 230°, 4 m/s".encode()), strict=True):
        got = clients["reader@police-antwerp.demo"].get(a["url"])
        assert got.status_code == 200 and got.content == content
        assert got.headers["Content-Type"].startswith(a["content_type"])
        assert got.headers["X-Content-Type-Options"] == "nosniff"
        assert got.headers["ETag"].strip('"') == hashlib.sha256(content).hexdigest()
        assert clients["outsider@province-liege.demo"].get(a["url"]).status_code == 404
    wrong_situation = attached[0]["url"].replace(f"/situations/{sid}/", f"/situations/{situations['exercise']}/")
    assert clients["coordinator@crisis-centre.demo"].get(wrong_situation).status_code == 404


def test_attachment_content_is_sniffed_not_trusted(officer, incident, database):
    entry = json.dumps({"channel": "D1", "body": "bad file"})
    with psycopg.connect(database.admin_url) as conn:
        before = conn.execute(
            "SELECT (SELECT count(*) FROM crisis.feed_entries), (SELECT count(*) FROM crisis.feed_attachments)"
        ).fetchone()
    cases = [
        (("fake.png", b"MZ\x90\x00 this is an executable", "image/png"), 415),
        (("script.txt", b"GIF89a\x01\x00\x01\x00\x00\xff\x00", "text/plain"), 415),
        (("photo.png", PDF, "image/png"), 415),  # a PDF that says it is a PNG
        (("empty.txt", b"", "text/plain"), 422),
        (("huge.txt", b"a" * (10 * 1024 * 1024 + 1), "text/plain"), 413),
    ]
    for file, status in cases:
        r = officer.post(f"/api/situations/{incident}/feed", files=[("attachments", file)], data={"entry": entry})
        assert r.status_code == status, (file[0], r.text)
        assert r.json()["error"]["code"]
    with psycopg.connect(database.admin_url) as conn:
        after = conn.execute(
            "SELECT (SELECT count(*) FROM crisis.feed_entries), (SELECT count(*) FROM crisis.feed_attachments)"
        ).fetchone()
    assert after == before
