"""What the demo holds: organisations, logins, situations and their shares (the rest in the modules beside it)."""

from __future__ import annotations

import psycopg

from ..db import set_actor
from ..passwords import hash_password

DEMO_PASSWORD = "demo-crisis-2026"  # noqa: S105 - the demo's published password (README), demo accounts only

# slug, name, kind, discipline
ORGANISATIONS = [
    ("crisis-centre", "National Crisis Centre (NCCN)", "national_crisis_centre", None),
    ("province-antwerp", "Province of Antwerp", "province", None),
    ("city-antwerp", "City of Antwerp", "municipality", None),
    ("fire-antwerp", "Fire Rescue Zone Antwerp", "fire_zone", "D1"),
    ("ems-antwerp", "Emergency Medical Service Antwerp (PSIG/FGI)", "medical_service", "D2"),
    ("police-antwerp", "Police Zone Antwerp", "police_zone", "D3"),
    ("civil-protection", "Civil Protection Operational Unit Brasschaat", "civil_protection", "D4"),
    ("comms-antwerp", "Communication Cell Province of Antwerp", "communication_cell", "D5"),
    ("dispatch-antwerp", "112 Emergency Centre Antwerp", "dispatch_112", None),
    ("province-liege", "Province of Liège", "province", None),
    ("city-brussels", "City of Brussels", "municipality", None),
    ("police-brussels", "Police Zone Brussels Capital Ixelles", "police_zone", "D3"),
    ("city-liege", "City of Liège", "municipality", None),
    ("fire-liege", "Fire Rescue Zone Liège 2 IILE-SRI", "fire_zone", "D1"),
    ("fire-eupen", "Hilfeleistungszone DG (Eupen)", "fire_zone", "D1"),
    ("noordpolder-chemicals", "Noordpolder Chemicals NV (fictional Seveso site operator)", "risk_site_operator", None),
]

# email, display name, organisation slug, role
USERS = [
    ("coordinator@crisis-centre.demo", "Nadia Peeters (NCCN duty coordinator)", "crisis-centre", "coordinator"),
    ("planner@province-antwerp.demo", "Jan Van den Broeck (PLANU coordinator)", "province-antwerp", "coordinator"),
    ("officer@fire-antwerp.demo", "Luc Janssens (fire officer, Dir-SI)", "fire-antwerp", "editor"),
    ("reader@police-antwerp.demo", "Sofie Maes (police liaison)", "police-antwerp", "reader"),
    ("outsider@province-liege.demo", "Marc Dubois (emergency planning, Liège)", "province-liege", "coordinator"),
    ("admin@province-antwerp.demo", "An Claes (administrator)", "province-antwerp", "admin"),
    ("doctor@ems-antwerp.demo", "Dr Pieter Wouters (Dir-Med)", "ems-antwerp", "editor"),
    ("info@comms-antwerp.demo", "Els Willems (Dir-Info)", "comms-antwerp", "editor"),
    # Further voices of the scenario's logbooks.
    ("commander@police-antwerp.demo", "Koen De Smet (police commander, Dir-Pol)", "police-antwerp", "editor"),
    ("officer@civil-protection.demo", "Tom Verlinden (Civil Protection, Dir-Log)", "civil-protection", "editor"),
    ("dispatcher@dispatch-antwerp.demo", "Sarah Mertens (112 dispatcher)", "dispatch-antwerp", "editor"),
    (
        "planu@city-antwerp.demo",
        "Bart Jacobs (emergency planning officer, City of Antwerp)",
        "city-antwerp",
        "coordinator",
    ),
    ("planu@city-brussels.demo", "Julie Lambert (PLANU officer, City of Brussels)", "city-brussels", "coordinator"),
    ("officer@police-brussels.demo", "Thomas Leroy (police officer, Dir-Pol)", "police-brussels", "editor"),
    ("officer@fire-liege.demo", "Sophie Lejeune (fire officer, Dir-SI)", "fire-liege", "editor"),
    ("officer@fire-eupen.demo", "Lukas Schmitz (Brandmeister, Dir-SI)", "fire-eupen", "editor"),
]

# Languages of the added logins whose owners would not work in English (the listed demo logins stay in English).
LANGUAGES = {
    "planu@city-brussels.demo": "fr",
    "officer@police-brussels.demo": "fr",
    "officer@fire-liege.demo": "fr",
    "dispatcher@dispatch-antwerp.demo": "nl",
    "planu@city-antwerp.demo": "nl",
    "officer@fire-eupen.demo": "de",
}


def _ids(conn: psycopg.Connection, query: str) -> dict[str, int]:
    return {key: id_ for key, id_ in conn.execute(query).fetchall()}


def load(conn: psycopg.Connection) -> None:
    """Load everything; the caller owns the transaction."""
    from . import contacts, event, exercise, incident, plans, prepared

    reading = prepared.start()  # the plans' GeoPackages, read meanwhile in a process of its own
    try:
        orgs, users = _people(conn)
        plans.load(conn, orgs, users, reading)
    finally:
        reading.close()
    incident.load(conn, orgs, users)
    event.load(conn, orgs, users)
    exercise.load(conn, orgs, users)
    contacts.load(conn, orgs, users)
    # Leave no acting user behind for whatever the caller does next in this transaction.
    set_actor(conn, None)


def _people(conn: psycopg.Connection) -> tuple[dict[str, int], dict[str, int]]:
    """The organisations and logins; their ids by slug and by email."""
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO crisis.organisations (slug, name, kind, discipline) VALUES (%s, %s, %s, %s)", ORGANISATIONS
        )
    orgs = _ids(conn, "SELECT slug, id FROM crisis.organisations")
    password_hash = hash_password(DEMO_PASSWORD)
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO crisis.users (email, display_name, organisation_id, role, password_hash, language) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [
                (email, name, orgs[org], role, password_hash, LANGUAGES.get(email, "en"))
                for email, name, org, role in USERS
            ],
        )
    return orgs, _ids(conn, "SELECT email::text, id FROM crisis.users")
