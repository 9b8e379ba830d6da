"""Contacts: creation and changes (E.164 phones, e-mail, versions), hostile input, links, search, import (dry run,
all or nothing), vCard both ways, the user's own export."""

from __future__ import annotations

import psycopg
import pytest

from server_services.contacts import vcard

from .conftest import count_rows

PLANNER = "planner@province-antwerp.demo"
ADMIN = "admin@province-antwerp.demo"


@pytest.fixture
def planner(clients):
    return clients[PLANNER]


def _create(client, **fields):
    r = client.post("/api/contacts", json={"full_name": "Geneviève Lefèvre", **fields})
    assert r.status_code == 201, r.text
    return r.json()


def test_create_stores_belgian_national_numbers_in_e164(planner, database):
    card = _create(
        planner,
        phones=["03 201 11 21", "0478 12 34 56", "+32 2 501 02 03", "0478123456"],
        email="  genevieve.lefevre@example.org ",
        function="Exercise controller",
        radio_call_sign="EXCON 1",
        availability="available",
        notes="Speaks FR/NL.",
    )
    assert card["phones"] == ["+3232011121", "+32478123456", "+3225010203"]  # the repeat is dropped
    assert card["email"] == "genevieve.lefevre@example.org" and card["version"] == 1
    assert card["organisation"]["slug"] == "province-antwerp" and card["permissions"]["can_manage"]
    with psycopg.connect(database.admin_url) as conn:
        assert (
            conn.execute("SELECT phones FROM crisis.contacts WHERE id = %s", (card["id"],)).fetchone()[0]
            == card["phones"]
        )


@pytest.mark.parametrize(
    "fields, problem",
    [
        ({"phones": ["12"]}, "phones"),
        ({"phones": ["call me"]}, "phones"),
        ({"phones": "0478123456"}, "phones"),
        ({"phones": ["+32 478"] * 9}, "phones"),
        ({"email": "not-an-address"}, "email"),
        ({"email": "a@b"}, "email"),
        ({"email": "a b@example.org"}, "email"),
        ({"full_name": " "}, "full_name"),
        ({"full_name": "x" * 201}, "full_name"),
        ({"availability": "asleep"}, "availability"),
        ({"notes": "n" * 5001}, "notes"),
        ({"organisation_id": "2"}, "organisation_id"),
        ({"colour": "red"}, "colour"),
        ({"full_name": {"nested": {"deeper": ["x"]}}}, "full_name"),
        ({"function": "a\x00b"}, "function"),
    ],
)
def test_bad_fields_are_refused_with_the_field_named_and_nothing_written(planner, database, fields, problem):
    before = count_rows(database.admin_url, "contacts")
    r = planner.post("/api/contacts", json={"full_name": "Bad Input", **fields})
    assert r.status_code == 422, r.text
    assert problem in r.json()["error"]["details"]["fields"]
    assert count_rows(database.admin_url, "contacts") == before


def test_markup_is_kept_as_text_and_search_ignores_accents_and_case(planner):
    card = _create(planner, full_name="<script>alert(1)</script> Zoë Ækerlund-Çelik")
    assert card["full_name"] == "<script>alert(1)</script> Zoë Ækerlund-Çelik"
    for q in ("zoe", "ZOË", "ekerlund", "celik", "CELIK zoe", "script"):
        found = planner.get("/api/contacts", params={"q": q}).json()
        assert card["id"] in [i["id"] for i in found["items"]], q
    assert planner.get("/api/contacts", params={"q": "Genevieve"}).json()["total"] >= 1  # finds "Geneviève"
    assert planner.get("/api/contacts", params={"q": "zoe%"}).json()["total"] == 0  # % is a character
    assert planner.get("/api/contacts", params={"q": "x" * 121}).status_code == 422


def test_filters_and_paging(planner):
    ems = planner.get("/api/contacts", params={"discipline": "D2"}).json()
    assert ems["total"] >= 2 and {i["organisation"]["discipline"] for i in ems["items"]} == {"D2"}
    by_org = planner.get("/api/contacts", params={"organisation": "noordpolder-chemicals"}).json()
    assert {i["full_name"] for i in by_org["items"]} == {"Ir. Peter Vermeulen", "Marleen Smets"}
    by_text = planner.get("/api/contacts", params={"q": "noordpolder"}).json()  # the organisation's name
    assert {i["full_name"] for i in by_text["items"]} >= {"Ir. Peter Vermeulen", "Marleen Smets"}
    assert (
        planner.get("/api/contacts", params={"function": "dir-med"}).json()["items"][0]["full_name"]
        == "Dr. Katrien Goossens"
    )
    on_call = planner.get("/api/contacts", params={"availability": "unavailable", "limit": 200}).json()
    assert all(i["availability"] == "unavailable" for i in on_call["items"])
    first, second = (planner.get("/api/contacts", params={"limit": 3, "offset": o}).json() for o in (0, 3))
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}
    assert first["total"] == second["total"] > 6
    for bad in ({"limit": 0}, {"limit": "ten"}, {"discipline": "D9"}, {"availability": "x"}):
        assert planner.get("/api/contacts", params=bad).status_code == 422


def test_update_with_version_and_concurrent_change(planner, clients):
    card = _create(planner, full_name="Version Tester")
    r = planner.patch(f"/api/contacts/{card['id']}", json={"phones": ["0470 11 22 33"], "version": 1})
    assert r.status_code == 200 and r.json()["phones"] == ["+32470112233"] and r.json()["version"] == 2
    stale = clients[ADMIN].patch(f"/api/contacts/{card['id']}", json={"function": "Stale", "version": 1})
    assert stale.status_code == 409 and stale.json()["error"]["details"] == {"current_version": 2}
    assert planner.get(f"/api/contacts/{card['id']}").json()["function"] == ""
    assert planner.patch(f"/api/contacts/{card['id']}", json={"email": None}).json()["email"] is None


def test_link_to_the_incident_and_unlink(planner, clients, situations):
    card = _create(planner, full_name="Link Tester")
    sid = situations["incident"]
    r = planner.post(f"/api/contacts/{card['id']}/links", json={"situation_id": sid, "role": "Liaison"})
    assert r.status_code == 201 and r.json()["role"] == "Liaison"
    again = planner.post(f"/api/contacts/{card['id']}/links", json={"situation_id": sid, "role": "Deputy liaison"})
    assert again.status_code == 200 and again.json()["id"] == r.json()["id"]
    # Now the officer of the fire zone (who sees the incident) sees the card, in the incident's list too.
    officer = clients["officer@fire-antwerp.demo"]
    assert officer.get(f"/api/contacts/{card['id']}").status_code == 200
    people = officer.get(f"/api/situations/{sid}/contacts").json()["items"]
    assert ("Deputy liaison", card["id"]) in [(i["role"], i["contact"]["id"]) for i in people]
    for body in (
        {"role": "x"},
        {"situation_id": sid, "plan_id": 1},
        {"situation_id": "1"},
        {"role": "r" * 201, "situation_id": sid},
    ):
        assert planner.post(f"/api/contacts/{card['id']}/links", json=body).status_code == 422, body
    assert planner.post(f"/api/contacts/{card['id']}/links", json={"situation_id": 987654}).status_code == 404
    assert planner.delete(f"/api/contacts/{card['id']}/links/{r.json()['id']}").status_code == 204
    assert planner.delete(f"/api/contacts/{card['id']}/links/{r.json()['id']}").status_code == 404
    assert officer.get(f"/api/contacts/{card['id']}").status_code == 404


def test_writes_need_json_and_the_same_site(planner):
    r = planner.post("/api/contacts", data="full_name=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 415
    r = planner.post("/api/contacts", json={"full_name": "Cross Site"}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    assert planner.get("/api/contacts/1").headers["Cache-Control"] == "no-store"


# --- import -----------------------------------------------------------------------------------------------------

CSV = """full_name;function;organisation;phones;email;availability
Import Alpha;Duty officer;province-antwerp;03 201 11 21 | 0478 12 34 56;alpha@example.org;on_call
Import Beta;Press officer;;+32 2 501 02 03;beta@example.org;available
Import Gamma;Logistics;;12;gamma@example.org;on_call
Import Alpha Again;Duty officer;;0478 99 88 77;ALPHA@example.org;on_call
Import Delta;Mayor's office;city-liege;04 221 11 11;delta@example.org;on_call
"""


def _import(client, content, kind="csv", dry_run=False, **extra):
    return client.post("/api/contacts/import", json={"format": kind, "content": content, "dry_run": dry_run, **extra})


def test_import_dry_run_reports_each_row_and_writes_nothing(planner, database):
    before = count_rows(database.admin_url, "contacts")
    r = _import(planner, CSV, dry_run=True)
    assert r.status_code == 200, r.text
    report = r.json()
    statuses = [(row["full_name"], row["status"]) for row in report["rows"]]
    assert statuses == [
        ("Import Alpha", "created"),
        ("Import Beta", "created"),
        ("Import Gamma", "refused"),
        ("Import Alpha Again", "refused"),
        ("Import Delta", "refused"),
    ]
    reasons = {row["full_name"]: " ".join(row.get("reasons", [])) for row in report["rows"]}
    assert "phones" in reasons["Import Gamma"] and "duplicate of row 1" in reasons["Import Alpha Again"]
    assert "another organisation" in reasons["Import Delta"]
    assert report["counts"] == {"created": 2, "updated": 0, "unchanged": 0, "refused": 3}
    assert not report["written"] and count_rows(database.admin_url, "contacts") == before


def test_import_is_all_or_nothing(planner, database):
    before = count_rows(database.admin_url, "contacts")
    refused = _import(planner, CSV)
    assert refused.status_code == 422 and refused.json()["error"]["details"]["counts"]["refused"] == 3
    assert count_rows(database.admin_url, "contacts") == before
    good = "\n".join(CSV.splitlines()[:3]) + "\n"
    r = _import(planner, good)
    assert r.status_code == 200 and r.json()["written"] and r.json()["counts"]["created"] == 2
    assert count_rows(database.admin_url, "contacts") == before + 2
    # Importing again matches by e-mail: nothing new; a changed field is an update.
    again = _import(planner, good.replace("Duty officer", "Night duty officer"), dry_run=True).json()
    assert [row["status"] for row in again["rows"]] == ["updated", "unchanged"]
    alpha = planner.get("/api/contacts", params={"q": "Import Alpha"}).json()["items"][0]
    assert planner.get(f"/api/contacts/{alpha['id']}").json()["phones"] == ["+3232011121", "+32478123456"]


def test_import_refusals(planner, clients):
    assert _import(planner, "no header here\n1,2,3").status_code == 422
    assert _import(planner, "BEGIN:VCARD\nFN:x", kind="vcard").status_code == 422
    assert _import(planner, "full_name\nX", kind="pdf").status_code == 422
    assert _import(clients["officer@fire-antwerp.demo"], "full_name\nSome One\n").status_code == 403
    assert _import(planner, "full_name\nSome One\n", organisation_id=987654).status_code == 422


def test_vcard_round_trip(planner, database):
    card = _create(
        planner,
        full_name="Ròund Trip; Tester, Jr.",
        function="Line1\nLine2 with a very long text " * 3,
        phones=["03 201 11 21", "0478 12 34 56"],
        email="round@example.org",
        radio_call_sign="RT 1",
        availability="unavailable",
        notes="Notes, with; separators\\ and ünïcödé " * 4,
    )
    text = planner.get(f"/api/contacts/{card['id']}/vcard").text
    assert text.startswith("BEGIN:VCARD\r\nVERSION:4.0\r\n") and text.endswith("END:VCARD\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    parsed = vcard.parse(text)[0]
    for name in ("full_name", "function", "email", "radio_call_sign", "availability", "notes"):
        assert parsed[name] == card[name].strip(), name
    assert parsed["phones"] == card["phones"]
    # Read back through the import: the same person is found (by e-mail) and nothing changes.
    report = _import(planner, text, kind="vcard", dry_run=True).json()
    assert [(row["status"], row.get("contact_id")) for row in report["rows"]] == [("unchanged", card["id"])]
    erased = text.replace("round@example.org", "other@example.org").replace("Ròund", "Square")
    assert _import(planner, erased, kind="vcard", dry_run=True).json()["rows"][0]["status"] == "created"


def test_my_export_holds_my_account_and_what_i_read(clients, situations):
    reader = clients["reader@police-antwerp.demo"]
    people = reader.get(f"/api/situations/{situations['incident']}/contacts").json()["items"]
    r = reader.get("/api/me/export")
    assert r.status_code == 200
    export = r.json()
    assert export["account"]["email"] == "reader@police-antwerp.demo" and "password_hash" not in r.text
    assert {a["contact_id"] for a in export["contact_accesses"]} >= {p["contact"]["id"] for p in people}
    assert export["sessions"] and all("token" not in s for s in export["sessions"])
