"""The logbook lines of a plan's activation and deactivation (written by crisis.activate_plan and
crisis.deactivate_plan) are in the account language of the one who acts, like the other lines the platform writes
for a change of a situation: the French and Dutch demo logins, a login switched to German, English as before; an
exercise's lines carry the exercise marker in that language."""

from __future__ import annotations

import re

import psycopg
import pytest

from server_services.db import acting_as

from .conftest import login

BNIP = ("BNIP-PA-017", "BNIP Noordpolder Chemicals NV - Scheldelaan, Antwerpen (Seveso hoge drempel)", 9, 1)
FETE = ("PPUI-BXL-2107", "PPUI Fête nationale du 21 juillet - Ville de Bruxelles", 13, 3)
ANTWERP = {
    "type": "Polygon",
    "coordinates": [[[4.25, 51.26], [4.34, 51.26], [4.34, 51.32], [4.25, 51.32], [4.25, 51.26]]],
}
BRUSSELS = {
    "type": "Polygon",
    "coordinates": [[[4.34, 50.83], [4.38, 50.83], [4.38, 50.86], [4.34, 50.86], [4.34, 50.83]]],
}

# language: the login (the demo's own language, but for German: switched through PATCH /api/me), its name in the
# logbook, the plan it may activate, the situation's area.
ACTORS = {
    "en": (
        "planner@province-antwerp.demo",
        "Jan Van den Broeck (PLANU coordinator), Province of Antwerp",
        BNIP,
        ANTWERP,
    ),
    "fr": (
        "planu@city-brussels.demo",
        "Julie Lambert (PLANU officer, City of Brussels), City of Brussels",
        FETE,
        BRUSSELS,
    ),
    "nl": (
        "planu@city-antwerp.demo",
        "Bart Jacobs (emergency planning officer, City of Antwerp), City of Antwerp",
        BNIP,
        ANTWERP,
    ),
    "de": ("admin@province-antwerp.demo", "An Claes (administrator), Province of Antwerp", BNIP, ANTWERP),
}

# The lines as a crisis cell of each language reads them: exercise marker, activation, deactivation (nothing kept;
# one place kept).
LINES = {
    "en": (
        "EXERCISE - ",
        'Plan {code} "{title}" activated by {name}: {places} prepared place(s) and {zones} zone(s) copied into the '
        "situation.",
        'Plan {code} "{title}" deactivated by {name}: {places} place(s) and {zones} zone(s) withdrawn; nothing '
        "changed since the activation was kept.",
        'Plan {code} "{title}" deactivated by {name}: {places} place(s) and {zones} zone(s) withdrawn; kept because '
        "changed since: 1 place(s) and 0 zone(s).",
    ),
    "fr": (
        "EXERCICE - ",
        "Plan {code} « {title} » activé par {name} : {places} lieu(x) préparé(s) et {zones} zone(s) copiés dans la "
        "situation.",
        "Plan {code} « {title} » désactivé par {name} : {places} lieu(x) et {zones} zone(s) retirés ; rien n'est "
        "conservé (aucune modification depuis l'activation).",
        "Plan {code} « {title} » désactivé par {name} : {places} lieu(x) et {zones} zone(s) retirés ; conservés car "
        "modifiés depuis : 1 lieu(x) et 0 zone(s).",
    ),
    "nl": (
        "OEFENING - ",
        "Plan {code} “{title}” geactiveerd door {name}: {places} voorbereide plaats(en) en {zones} zone(s) naar de "
        "situatie gekopieerd.",
        "Plan {code} “{title}” gedeactiveerd door {name}: {places} plaats(en) en {zones} zone(s) ingetrokken; niets "
        "behouden (niets gewijzigd sinds de activering).",
        "Plan {code} “{title}” gedeactiveerd door {name}: {places} plaats(en) en {zones} zone(s) ingetrokken; "
        "behouden omdat sindsdien gewijzigd: 1 plaats(en) en 0 zone(s).",
    ),
    "de": (
        "ÜBUNG - ",
        "Plan {code} „{title}“ aktiviert von {name}: {places} Ort(e) und {zones} Zone(n) aus dem Plan in die Lage "
        "kopiert.",
        "Plan {code} „{title}“ deaktiviert von {name}: {places} Ort(e) und {zones} Zone(n) zurückgezogen; nichts "
        "behalten (seit der Aktivierung nichts geändert).",
        "Plan {code} „{title}“ deaktiviert von {name}: {places} Ort(e) und {zones} Zone(n) zurückgezogen; "
        "behalten, da seitdem geändert: 1 Ort(e) und 0 Zone(n).",
    ),
}


@pytest.fixture
def actor(request, origin, database):
    """The login of a language, logged in, speaking that language for the test's length."""
    language = request.param
    email = ACTORS[language][0]
    client = login(origin, email)
    before = client.get("/api/me").json()["language"]
    assert before in (language, "en")
    if before != language:
        assert client.patch("/api/me", json={"language": language}).status_code == 200
    try:
        yield language, client
    finally:
        if before != language:
            assert client.patch("/api/me", json={"language": before}).status_code == 200


def _plan_lines(client, situation_id: int, code: str) -> list[str]:
    """The system lines of the situation's logbook that name the plan, oldest first."""
    items = client.get(f"/api/situations/{situation_id}/feed", params={"limit": 200}).json()["items"]
    return [e["body"] for e in sorted(items, key=lambda e: e["id"]) if e["is_system"] and code in e["body"]]


@pytest.mark.parametrize("actor", list(ACTORS), indirect=True)
def test_activation_and_deactivation_are_logged_in_the_actors_language(actor, database, user_ids):
    language, client = actor
    email, name, (code, title, places, zones), area = ACTORS[language]
    marker, activated, nothing_kept, one_kept = LINES[language]
    plan_id = next(p["id"] for p in client.get("/api/plans", params={"q": code}).json()["items"] if p["code"] == code)

    # An incident: activated (twice: the second changes nothing), then deactivated with nothing kept.
    sid = client.post(
        "/api/situations",
        json={"kind": "incident", "title": f"Plan lines {language}", "status": "active", "area": area},
    ).json()["id"]
    assert client.post(f"/api/situations/{sid}/plans", json={"plan_id": plan_id}).status_code == 201
    assert client.post(f"/api/situations/{sid}/plans", json={"plan_id": plan_id}).status_code == 200
    assert client.delete(f"/api/situations/{sid}/plans/{plan_id}").status_code == 200
    values = {"code": code, "title": title, "name": name}
    assert _plan_lines(client, sid, code) == [
        activated.format(**values, places=places, zones=zones),
        nothing_kept.format(**values, places=places, zones=zones),
    ]

    # An exercise: every line says so; one copy changed since the activation stays, and the line says so.
    sid = client.post(
        "/api/situations",
        json={"kind": "exercise", "title": f"Plan lines exercise {language}", "status": "active", "area": area},
    ).json()["id"]
    assert client.post(f"/api/situations/{sid}/plans", json={"plan_id": plan_id}).status_code == 201
    with psycopg.connect(database.app_url) as conn, acting_as(conn, user_ids[email]):
        conn.execute(
            "UPDATE crisis.anchors SET notes = 'moved' WHERE id = (SELECT min(id) FROM crisis.anchors"
            " WHERE situation_id = %s AND plan_id = %s)",
            (sid, plan_id),
        )
    r = client.delete(f"/api/situations/{sid}/plans/{plan_id}")
    assert r.status_code == 200 and len(r.json()["kept"]["anchors"]) == 1
    assert _plan_lines(client, sid, code) == [
        marker + activated.format(**values, places=places, zones=zones),
        marker + one_kept.format(**values, places=places - 1, zones=zones),
    ]


def test_every_line_takes_the_same_values_in_every_language(admin_conn):
    keys = ("exercise", "plan_activated", "plan_deactivated", "plan_nothing_kept", "plan_kept")
    for key in keys:
        lines = {
            lang: admin_conn.execute("SELECT crisis.system_line_template(%s, %s)", (key, lang)).fetchone()[0]
            for lang in ("en", "fr", "nl", "de")
        }
        assert len(set(lines.values())) == 4, key
        assert {len(re.findall("%s", line)) for line in lines.values()} == {len(re.findall("%s", lines["en"]))}, key
        # A language the platform does not speak gets English, as in the API's lines.
        assert admin_conn.execute("SELECT crisis.system_line_template(%s, 'es')", (key,)).fetchone()[0] == lines["en"]
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        admin_conn.execute("SELECT crisis.system_line_template('plan_unknown', 'en')")
