"""Contacts, need-to-know: each demo login x each contact route x contacts of its own organisation, of a shared
situation, of a plan only, of an unrelated organisation. 404 where not allowed, the same as absent; nothing of a
card leaks through lists, search, situation routes, exports or errors; every read traced, no refusal traced."""

from __future__ import annotations

import psycopg
import pytest

from .conftest import LOGINS

ANTWERP_SERVICES = (
    "officer@fire-antwerp.demo",
    "doctor@ems-antwerp.demo",
    "info@comms-antwerp.demo",
    "reader@police-antwerp.demo",
)
PROVINCE = ("planner@province-antwerp.demo", "admin@province-antwerp.demo")
EVERYONE = set(LOGINS)

# contact key -> (how it is placed, who sees it)
CONTACTS = {
    "own_province": ("province-antwerp, linked to nothing", {"coordinator@crisis-centre.demo", *PROVINCE}),
    "cabinet": (
        "province-antwerp, named in the incident and its plans",
        {"coordinator@crisis-centre.demo", *PROVINCE, *ANTWERP_SERVICES},
    ),
    "dir_med": ("ems-antwerp, named in the incident", {"coordinator@crisis-centre.demo", *PROVINCE, *ANTWERP_SERVICES}),
    "plan_only": (
        "the operator's plant manager, named in the site's PPUI only (activated on the incident)",
        {"coordinator@crisis-centre.demo", *PROVINCE, *ANTWERP_SERVICES},
    ),
    "liege": (
        "province-liege, named in the Liège exercise",
        {"coordinator@crisis-centre.demo", "outsider@province-liege.demo"},
    ),
    "brussels": ("city-brussels, named in the Brussels event", {"coordinator@crisis-centre.demo"}),
    "unrelated": ("fire-liege, linked to nothing", {"coordinator@crisis-centre.demo"}),
}
NAMES = {
    "cabinet": "Wim Aerts",
    "dir_med": "Dr. Katrien Goossens",
    "plan_only": "Marleen Smets",
    "liege": "Anne Michel",
    "brussels": "Claire Dupont",
}
# Who manages (coordinators and admins of the contact's organisation) and who administers (its admins).
MANAGERS = {"own_province": set(PROVINCE), "cabinet": set(PROVINCE), "liege": {"outsider@province-liege.demo"}}
ADMINS = {"own_province": {"admin@province-antwerp.demo"}, "cabinet": {"admin@province-antwerp.demo"}}


@pytest.fixture(scope="module")
def contact_ids(database, org_ids) -> dict[str, int]:
    with psycopg.connect(database.admin_url) as conn:
        ids = {
            key: conn.execute("SELECT id FROM crisis.contacts WHERE full_name = %s", (name,)).fetchone()[0]
            for key, name in NAMES.items()
        }
        for key, org, name in (
            ("own_province", "province-antwerp", "Matrix Onlyprovince"),
            ("unrelated", "fire-liege", "Matrix Unrelatedperson"),
        ):
            ids[key] = conn.execute(
                "INSERT INTO crisis.contacts (organisation_id, full_name, function, phones, email) "
                "VALUES (%s, %s, 'Matrix function', '{+3232011121}', 'matrix@example.org') RETURNING id",
                (org_ids[org], name),
            ).fetchone()[0]
    return ids


def _log_count(database, contact_id: int) -> int:
    with psycopg.connect(database.admin_url) as conn:
        return conn.execute(
            "SELECT count(*) FROM crisis.contact_access_log WHERE contact_id = %s", (contact_id,)
        ).fetchone()[0]


def test_the_matrix_covers_every_login():
    assert set().union(*(who for _, who in CONTACTS.values())) | {"outsider@province-liege.demo"} <= EVERYONE
    assert sorted(LOGINS) == sorted(EVERYONE)


@pytest.mark.parametrize("email", LOGINS)
@pytest.mark.parametrize("key", CONTACTS)
def test_reads(clients, database, contact_ids, email, key):
    client, cid = clients[email], contact_ids[key]
    sees = email in CONTACTS[key][1]
    before = _log_count(database, cid)
    card = client.get(f"/api/contacts/{cid}")
    vcard = client.get(f"/api/contacts/{cid}/vcard")
    if not sees:
        for r in (card, vcard):
            assert r.status_code == 404, (r.request.url, r.text)
            assert r.json() == {"error": {"code": "not_found", "message": "No such contact.", "details": {}}}
        assert _log_count(database, cid) == before, "a refused read was traced"
        return
    assert card.status_code == 200 and vcard.status_code == 200
    body = card.json()
    assert body["phones"] and body["phones"][0].startswith("+32")
    assert vcard.headers["Content-Type"].startswith("text/vcard") and f"tel:{body['phones'][0]}" in vcard.text
    assert body["permissions"] == {
        "can_manage": email in MANAGERS.get(key, ()),
        "can_administer": email in ADMINS.get(key, ()),
    }
    # Links to situations or plans the reader may not see are not shown (their titles would leak).
    for link in body["links"]:
        target = link["situation"] or link["plan"]
        kind = "situations" if link["situation"] else None
        if kind:
            assert client.get(f"/api/{kind}/{target['id']}").status_code == 200
    assert _log_count(database, cid) == before + 2  # one read, one export


@pytest.mark.parametrize("email", LOGINS)
def test_search_and_lists_show_exactly_the_visible_contacts(clients, contact_ids, email):
    client = clients[email]
    for key, (_, who) in CONTACTS.items():
        name = NAMES.get(key) or ("Matrix Onlyprovince" if key == "own_province" else "Matrix Unrelatedperson")
        r = client.get("/api/contacts", params={"q": name.split()[-1]})
        assert r.status_code == 200
        listed = {item["id"] for item in r.json()["items"]}
        assert (contact_ids[key] in listed) == (email in who), (key, r.json())
        for item in r.json()["items"]:
            assert set(item) == {"id", "full_name", "function", "organisation", "availability"}
    everything = client.get("/api/contacts", params={"limit": 200}).json()
    text = repr(everything)
    assert "+32" not in text and "@" not in text, "a list shows a phone number or an e-mail address"


@pytest.mark.parametrize("email", LOGINS)
def test_situation_contacts_follow_the_situation(clients, situations, email):
    from .test_access_matrix import RIGHTS

    for kind in ("incident", "event", "exercise"):
        r = clients[email].get(f"/api/situations/{situations[kind]}/contacts")
        cards = clients[email].get(f"/api/situations/{situations[kind]}/contacts/vcard")
        if "s" not in RIGHTS[email][kind]:
            assert r.status_code == 404 and cards.status_code == 404
            assert r.json()["error"]["message"] == "No such situation."
            continue
        assert r.status_code == 200 and cards.status_code == 200
        assert cards.text.count("BEGIN:VCARD") == len({i["contact"]["id"] for i in r.json()["items"]})
        for item in r.json()["items"]:  # every person listed may be read by this user
            assert clients[email].get(f"/api/contacts/{item['contact']['id']}").status_code == 200


@pytest.mark.parametrize("email", LOGINS)
@pytest.mark.parametrize("key", ["own_province", "cabinet", "dir_med", "liege", "unrelated"])
def test_changes_links_exports_and_the_access_log(clients, contact_ids, situations, database, email, key):
    client, cid = clients[email], contact_ids[key]
    sees = email in CONTACTS[key][1]
    manages = email in MANAGERS.get(key, ())
    administers = email in ADMINS.get(key, ())
    before = _log_count(database, cid)
    answers = {
        "patch": client.patch(
            f"/api/contacts/{cid}",
            json={"function": "Matrix function"}
            if key in ("own_province", "unrelated")
            else {"availability": "on_call"},
        ),
        "link": client.post(
            f"/api/contacts/{cid}/links", json={"situation_id": situations["incident"], "role": "Matrix role"}
        ),
        "export": client.get(f"/api/contacts/{cid}/export"),
        "access_log": client.get(f"/api/contacts/{cid}/access-log"),
        "erase": client.delete(f"/api/contacts/{cid}") if not administers else None,
    }
    for name, r in answers.items():
        if r is None:
            continue
        if not sees:
            want = 404
        elif name in ("patch",):
            want = 200 if manages else 403
        elif name == "link":
            # Linking needs the contact managed and the incident visible (it is, to every Antwerp manager).
            want = (201, 200) if manages and email != "outsider@province-liege.demo" else (404 if manages else 403)
        elif name in ("export", "access_log"):
            want = 200 if administers else 403
        else:
            want = 403
        assert r.status_code in (want if isinstance(want, tuple) else (want,)), (name, r.status_code, r.text)
        if r.status_code >= 400:
            assert "+32" not in r.text and "@example" not in r.text
    if answers["link"].status_code in (200, 201):
        link_id = answers["link"].json()["id"]
        assert client.delete(f"/api/contacts/{cid}/links/{link_id}").status_code == 204
    traced = _log_count(database, cid) - before
    # A change answers with the card: traced as the update and as the read of what it shows.
    expected = (
        (2 if answers["patch"].status_code == 200 else 0)
        + (answers["export"].status_code == 200)
        + (2 if answers["link"].status_code in (200, 201) else 0)
    )
    assert traced == expected, answers


def test_access_log_shows_the_read_to_the_admin(clients, contact_ids):
    cid = contact_ids["cabinet"]
    assert clients["reader@police-antwerp.demo"].get(f"/api/contacts/{cid}").status_code == 200
    log = clients["admin@province-antwerp.demo"].get(f"/api/contacts/{cid}/access-log").json()
    newest = log["items"][0]
    assert newest["action"] == "read" and newest["user"]["display_name"].startswith("Sofie Maes")
    assert newest["user"]["organisation"]["slug"] == "police-antwerp"


def test_one_list_row_per_contact_shown_and_none_for_what_is_not(clients, database, contact_ids):
    with psycopg.connect(database.admin_url) as conn:
        before = conn.execute("SELECT count(*) FROM crisis.contact_access_log WHERE action = 'list'").fetchone()[0]
    r = clients["outsider@province-liege.demo"].get("/api/contacts", params={"limit": 3})
    shown = {item["id"] for item in r.json()["items"]}
    with psycopg.connect(database.admin_url) as conn:
        rows = conn.execute(
            "SELECT contact_id FROM crisis.contact_access_log WHERE action = 'list' ORDER BY id DESC LIMIT %s",
            (len(shown) + 5,),
        ).fetchall()
        after = conn.execute("SELECT count(*) FROM crisis.contact_access_log WHERE action = 'list'").fetchone()[0]
    assert after - before == len(shown) and shown == {row[0] for row in rows[: len(shown)]}
    assert not shown & {contact_ids["cabinet"], contact_ids["dir_med"], contact_ids["unrelated"]}


@pytest.mark.parametrize(
    "path",
    [
        "/api/contacts",
        "/api/contacts/1",
        "/api/contacts/1/vcard",
        "/api/contacts/1/export",
        "/api/contacts/1/access-log",
        "/api/situations/1/contacts",
        "/api/me/export",
    ],
)
def test_no_credentials_is_401(anonymous, path):
    r = anonymous.get(path)
    assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"


def test_an_absent_contact_answers_like_a_hidden_one(clients, contact_ids):
    client = clients["outsider@province-liege.demo"]
    hidden = client.get(f"/api/contacts/{contact_ids['dir_med']}")
    absent = client.get("/api/contacts/987654321")
    assert hidden.status_code == absent.status_code == 404 and hidden.json() == absent.json()
    for method, path, body in (
        ("PATCH", "", {"function": "x"}),
        ("DELETE", "", None),
        ("GET", "/export", None),
        ("GET", "/access-log", None),
        ("POST", "/links", {"situation_id": 1}),
    ):
        a = client.request(method, f"/api/contacts/{contact_ids['dir_med']}{path}", json=body)
        b = client.request(method, f"/api/contacts/987654321{path}", json=body)
        assert a.status_code == b.status_code == 404 and a.json() == b.json(), (method, path)
