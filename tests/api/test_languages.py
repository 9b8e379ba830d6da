"""Every code list from the database at /api/reference, the account's language (PATCH /api/me), API errors in the
caller's language, lifecycle changes with their reason and version, plan zones and organisations to choose from,
and corrections that keep their priority."""

from __future__ import annotations

import ast
import re
import secrets
from functools import cache
from pathlib import Path

import psycopg
import pytest

from server_services.api import messages

from .conftest import login

API = Path(__file__).resolve().parents[2] / "server_services" / "api"
FRENCH_USER = "planu@city-brussels.demo"
SQUARE = {
    "type": "Polygon",
    "coordinates": [[[4.40, 51.20], [4.42, 51.20], [4.42, 51.22], [4.40, 51.22], [4.40, 51.20]]],
}


@pytest.fixture
def planner(clients):
    return clients["planner@province-antwerp.demo"]


# --- /api/reference ----------------------------------------------------------------------------------


def test_every_list_of_the_database_is_served_in_four_languages(clients, admin_conn):
    body = clients["reader@police-antwerp.demo"].get("/api/reference").json()
    assert body["languages"] == ["en", "fr", "nl", "de"]
    rows = admin_conn.execute(
        "SELECT list, code, label_en, label_fr, label_nl, label_de FROM crisis.vocabulary ORDER BY list, sort_order"
    ).fetchall()
    served = [
        (name, i["code"], *(i["labels"][lang] for lang in body["languages"]))
        for name, items in sorted(body["lists"].items())
        for i in items
    ]
    assert served == [tuple(r) for r in rows]
    for name in (
        "situation_kinds",
        "situation_statuses",
        "coordination_phases",
        "activation_levels",
        "feed_channels",
        "feed_priorities",
        "user_roles",
        "disciplines",
        "anchor_kinds",
        "perimeter_kinds",
        "anchor_statuses",
        "languages",
    ):
        assert body["lists"][name], name
    assert body["lists"]["perimeter_kinds"][0] | {"fill_colour": "#d7191c"} == body["lists"]["perimeter_kinds"][0]


def test_one_list_by_name_old_and_new_spelling(clients):
    client = clients["officer@fire-antwerp.demo"]
    phases = client.get("/api/reference/coordination_phases").json()["items"]
    assert [p["code"] for p in phases] == ["none", "communal", "provincial", "federal"]
    anchors = client.get("/api/reference/anchor-kinds").json()["items"]
    assert anchors[0]["code"] == "pc_ops" and anchors[0]["pictogram"] == "pc_ops"
    for bad in ("nothing", "anchor_kinds;drop", "x" * 100, "%3Cb%3E"):
        r = client.get(f"/api/reference/{bad}")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found", bad


def test_reference_needs_credentials(anonymous):
    assert anonymous.get("/api/reference").status_code == 401


# --- the account's language ---------------------------------------------------------------------------


def test_patch_me_changes_only_ones_own_language(origin, admin_conn, user_ids):
    me = login(origin, "info@comms-antwerp.demo")
    try:
        r = me.patch("/api/me", json={"language": "nl"})
        assert r.status_code == 200 and r.json()["language"] == "nl"
        assert me.get("/api/me").json()["language"] == "nl"
        assert login(origin, "info@comms-antwerp.demo").get("/api/me").json()["language"] == "nl"
        audit = admin_conn.execute(
            "SELECT actor_id FROM crisis.audit_log WHERE table_name = 'users' AND row_id = %s ORDER BY id DESC LIMIT 1",
            (str(user_ids["info@comms-antwerp.demo"]),),
        ).fetchone()
        assert audit == (user_ids["info@comms-antwerp.demo"],)
    finally:
        assert me.patch("/api/me", json={"language": "en"}).status_code == 200


@pytest.mark.parametrize(
    "body",
    [
        {"language": "es"},
        {"language": None},
        {"language": ["fr"]},
        {"role": "admin"},
        {"language": "fr", "organisation_id": 1},
        {"display_name": ""},
        {"display_name": "x" * 201},
    ],
)
def test_patch_me_refuses_bad_fields_and_changes_nothing(clients, body):
    client = clients["doctor@ems-antwerp.demo"]
    before = client.get("/api/me").json()
    r = client.patch("/api/me", json=body)
    assert r.status_code == 422, r.text
    assert client.get("/api/me").json() == before


def test_patch_me_keeps_markup_as_text_and_refuses_other_sites(origin, anonymous):
    me = login(origin, "doctor@ems-antwerp.demo")
    name = me.get("/api/me").json()["display_name"]
    try:
        r = me.patch("/api/me", json={"display_name": "<img src=x onerror=alert(1)>"})
        assert r.status_code == 200 and r.json()["display_name"] == "<img src=x onerror=alert(1)>"
    finally:
        me.patch("/api/me", json={"display_name": name})
    assert me.patch("/api/me", json={"language": "fr"}, headers={"Origin": "https://evil.example"}).status_code == 403
    assert (
        me.patch(
            "/api/me", data="language=fr", headers={"Content-Type": "application/x-www-form-urlencoded"}
        ).status_code
        == 415
    )
    assert anonymous.patch("/api/me", json={"language": "fr"}).status_code == 401


# --- errors in the caller's language --------------------------------------------------------------------


def test_errors_speak_accept_language_then_the_accounts_language(origin, clients, anonymous, situations):
    bad = {"email": "nobody@nowhere.demo", "password": "wrong-password"}
    for language, word in (("fr", "incorrect"), ("nl", "fout"), ("de", "falsch"), ("en", "wrong")):
        r = anonymous.post("/api/auth/login", json=bad, headers={"Accept-Language": f"{language}-BE,en;q=0.5"})
        assert r.status_code == 401 and word in r.json()["error"]["message"], r.text
        assert r.headers["Content-Language"] == language
    french = login(origin, FRENCH_USER)  # an account in French, a client that names no language
    r = french.get("/api/situations/987654321")
    assert r.json()["error"]["message"].startswith("Cette situation n'existe pas")
    assert r.headers["Content-Language"] == "fr"
    r = french.get("/api/situations/987654321", headers={"Accept-Language": "de"})
    assert r.headers["Content-Language"] == "de" and "Lage" in r.json()["error"]["message"]
    r = clients["planner@province-antwerp.demo"].get("/api/situations/987654321")
    assert r.json()["error"]["message"] == "No such situation." and r.headers["Content-Language"] == "en"


def test_field_messages_and_codes_are_translated(clients, situations):
    planner = clients["planner@province-antwerp.demo"]
    r = planner.post(
        "/api/situations", json={"kind": "party", "title": "x", "colour": 1}, headers={"Accept-Language": "nl"}
    )
    fields = r.json()["error"]["details"]["fields"]
    assert fields["kind"].startswith("moet een van deze zijn: incident, event")
    assert fields["colour"] == "onbekend veld" and fields["title"].startswith("moet tussen 3 en 300")
    closed = planner.post(
        "/api/situations", json={"kind": "incident", "title": "Closed for a test", "status": "active"}
    )
    sid = closed.json()["id"]
    assert planner.post(f"/api/situations/{sid}/status", json={"status": "closed"}).status_code == 200
    r = planner.post(
        f"/api/situations/{sid}/feed", json={"channel": "D1", "body": "late"}, headers={"Accept-Language": "fr"}
    )
    assert r.status_code == 403
    assert r.json()["error"]["message"] == "La situation est « Clôturée » : sa main courante est fermée."


# Calls whose first argument is a message for the user: the API's error classes and ValueError.
_ERROR_ENDINGS = (
    "Error",
    "Failed",
    "Found",
    "Forbidden",
    "Conflict",
    "Unauthorized",
    "Large",
    "MediaType",
    "Unavailable",
    "Requests",
    "Json",
    "BadRequest",
)


def _text(node):
    """A string literal, an f-string (its parts as a sample 'X') or a sum of them; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None or right is None else left + right
    return None


def _messages_in(node) -> list:
    """What this node raises or answers with: an error's message, a field error, a (code, status, message) row."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
        name = node.func.id
        if name != "TypeError" and (name.endswith(_ERROR_ENDINGS) or name == "ValueError"):
            return [_text(node.args[0])]
    if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript):
        target = node.targets[0].value
        if isinstance(target, ast.Attribute) and target.attr == "errors":
            return [_text(node.value)]
    if isinstance(node, ast.ClassDef):
        return [
            _text(item.value.elts[2])
            for item in node.body
            if isinstance(item, ast.Assign) and isinstance(item.value, ast.Tuple) and len(item.value.elts) == 3
        ]
    return []


@cache  # the same for each language
def _raised_messages():
    """The English messages the API's code (and the domain packages it answers with) raises or puts in field errors
    (f-string parts as a sample 'X')."""
    found = set()
    for path in [*API.glob("*.py"), *(API.parent / "store").glob("*.py"), *(API.parent / "contacts").glob("*.py")]:
        if path.name in ("messages.py", "openapi.py", "docs.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            found.update(_messages_in(node))
    return {m for m in found if m and m[0].isalpha() and " " in m}


@pytest.mark.unit
@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_every_message_the_api_raises_has_a_translation(language):
    missing = sorted(m for m in _raised_messages() if messages.translate(m, language) == m)
    assert missing == []
    for template, translations in messages.CATALOG.items():
        translation = translations[messages.LANGUAGES.index(language) - 1]
        assert sorted(re.findall(r"\{(\w+)\}", translation)) == sorted(re.findall(r"\{(\w+)\}", template)), template


# --- lifecycle changes: reason in the logbook, version against concurrent changes ----------------------


def test_phase_and_level_changes_carry_their_reason_and_check_the_version(clients):
    planner = clients["planner@province-antwerp.demo"]
    s = planner.post(
        "/api/situations",
        json={"kind": "incident", "title": f"Reasons {secrets.token_hex(3)}", "status": "active", "area": SQUARE},
    ).json()
    r = planner.post(
        f"/api/situations/{s['id']}/phase",
        json={"phase": "provincial", "version": s["version"], "reason": "Plume reaches two municipalities"},
    )
    assert r.status_code == 200 and r.json()["phase"] == "provincial"
    stale = planner.post(
        f"/api/situations/{s['id']}/activation-level",
        json={"activation_level": "alert", "version": s["version"], "reason": "too late"},
    )
    assert stale.status_code == 409 and stale.json()["error"]["details"]["current_version"] == r.json()["version"]
    assert planner.get(f"/api/situations/{s['id']}").json()["activation_level"] is None
    ok = planner.post(
        f"/api/situations/{s['id']}/activation-level",
        json={"activation_level": "alert", "version": r.json()["version"]},
    )
    assert ok.status_code == 200
    bodies = [e["body"] for e in planner.get(f"/api/situations/{s['id']}/feed").json()["items"] if e["is_system"]]
    assert bodies[:2] == [
        "National activation level raised: none -> alert.",
        "Coordination phase raised: none -> provincial. Reason: Plume reaches two municipalities",
    ]
    for body in (
        {"phase": "federal", "reason": ""},
        {"phase": "federal", "reason": "x" * 1001},
        {"phase": "federal", "version": 0},
        {"phase": "federal", "why": "no"},
    ):
        assert planner.post(f"/api/situations/{s['id']}/phase", json=body).status_code == 422, body


def test_a_french_coordinator_logs_in_french_with_the_databases_labels(origin, clients):
    french = login(origin, FRENCH_USER)
    s = french.post(
        "/api/situations", json={"kind": "event", "title": f"Marché de Noël {secrets.token_hex(2)}", "status": "active"}
    ).json()
    french.post(f"/api/situations/{s['id']}/phase", json={"phase": "communal", "reason": "Foule importante"})
    lines = [e["body"] for e in french.get(f"/api/situations/{s['id']}/feed").json()["items"]]
    assert (
        lines[0] == "Phase de coordination relevée : Opérationnelle uniquement → Phase communale. "
        "Motif : Foule importante"
    )
    assert lines[1].startswith("Situation ouverte : Marché de Noël")


def test_the_other_organisations_may_not_change_the_phase(clients, situations):
    for email, want in (
        ("officer@fire-antwerp.demo", 403),
        ("reader@police-antwerp.demo", 403),
        ("outsider@province-liege.demo", 404),
    ):
        r = clients[email].post(
            f"/api/situations/{situations['incident']}/phase", json={"phase": "federal", "reason": "<script>x</script>"}
        )
        assert r.status_code == want, (email, r.text)


# --- what the situation form chooses from ------------------------------------------------------------


def test_plan_zones_are_those_of_the_plans_one_may_see(clients, admin_conn, user_ids):
    for email in (
        "planner@province-antwerp.demo",
        "outsider@province-liege.demo",
        "coordinator@crisis-centre.demo",
        "reader@police-antwerp.demo",
    ):
        items = clients[email].get("/api/plan-zones").json()["items"]
        visible = {
            r[0]
            for r in admin_conn.execute(
                "SELECT id FROM crisis.plans WHERE zone IS NOT NULL AND id IN (SELECT crisis.visible_plan_ids(%s))",
                (user_ids[email],),
            )
        }
        assert {i["id"] for i in items} == visible, email
        assert all(i["zone"]["type"] == "MultiPolygon" for i in items)
    antwerp = {i["code"] for i in clients["planner@province-antwerp.demo"].get("/api/plan-zones").json()["items"]}
    liege = {i["code"] for i in clients["outsider@province-liege.demo"].get("/api/plan-zones").json()["items"]}
    assert antwerp and liege and not (antwerp & liege)


def test_organisations_are_found_by_name(clients):
    client = clients["planner@province-antwerp.demo"]
    names = [o["name"] for o in client.get("/api/organisations", params={"q": "liège"}).json()["items"]]
    assert names and all("liège" in n.lower() for n in names)
    assert client.get("/api/organisations", params={"q": "%"}).json()["items"] == []
    assert client.get("/api/organisations", params={"q": "x" * 201}).status_code == 422
    assert len(client.get("/api/organisations", params={"limit": 2}).json()["items"]) == 2


# --- the logbook -----------------------------------------------------------------------------------------


def test_a_correction_keeps_the_priority_unless_it_names_one(clients, situations, database):
    officer = clients["officer@fire-antwerp.demo"]
    sid = situations["incident"]
    urgent = officer.post(
        f"/api/situations/{sid}/feed", json={"channel": "D1", "priority": "urgent", "body": "Second leak at wagon 4"}
    ).json()
    kept = officer.post(
        f"/api/situations/{sid}/feed", json={"channel": "D1", "body": "Wagon 5, not 4", "corrects_id": urgent["id"]}
    ).json()
    changed = officer.post(
        f"/api/situations/{sid}/feed",
        json={"channel": "D1", "priority": "info", "body": "Sealed", "corrects_id": urgent["id"]},
    ).json()
    plain = officer.post(f"/api/situations/{sid}/feed", json={"channel": "D1", "body": "Routine check"}).json()
    assert (kept["priority"], changed["priority"], plain["priority"]) == ("urgent", "info", "info")
    with psycopg.connect(database.admin_url) as conn:
        assert conn.execute("SELECT priority FROM crisis.feed_entries WHERE id = %s", (kept["id"],)).fetchone() == (
            "urgent",
        )
