"""The scenario's resource persons (fictional people) and the plans and situations that name them."""

from __future__ import annotations

import psycopg

from ..contacts.fields import phones as e164
from ..db import set_actor
from . import event, exercise, incident
from .plans import FLOOD_CODE, PGUI_CODE, PPUI_CODE

# Who keeps the contacts of each region's organisations (named in the audit log).
KEEPERS = {
    "crisis-centre": "coordinator@crisis-centre.demo",
    "city-brussels": "planu@city-brussels.demo",
    "police-brussels": "planu@city-brussels.demo",
    "province-liege": "outsider@province-liege.demo",
    "city-liege": "outsider@province-liege.demo",
    "fire-liege": "outsider@province-liege.demo",
}
ANTWERP_KEEPER = "planner@province-antwerp.demo"

# Fictional numbers: Belgian landline subscriber numbers never start with 0. Stored in E.164 like any other.
# key, organisation slug, full name, function, phones, e-mail, radio call sign, availability
CONTACTS = [
    (
        "planu_prov",
        "province-antwerp",
        "Hilde Verbeeck",
        "PLANU coordinator, province of Antwerp",
        ["+32 3 001 11 21", "+32 478 00 01 41"],
        "hilde.verbeeck@province-antwerp.demo",
        "PLANU ANT 1",
        "on_call",
    ),
    (
        "cabinet",
        "province-antwerp",
        "Wim Aerts",
        "Chief of the governor's cabinet",
        ["+32 3 002 12 22", "+32 475 00 02 42"],
        "wim.aerts@province-antwerp.demo",
        None,
        "available",
    ),
    (
        "dir_si",
        "fire-antwerp",
        "Kapt. Dirk Hermans",
        "Dir-SI on call (officer of the watch)",
        ["+32 3 003 13 23", "+32 496 00 03 43"],
        "dirk.hermans@fire-antwerp.demo",
        "DIR-SI ANT",
        "on_call",
    ),
    (
        "cbrn",
        "fire-antwerp",
        "Lt. Evi Stevens",
        "CBRN adviser, measurement teams",
        ["+32 496 00 04 44"],
        "evi.stevens@fire-antwerp.demo",
        "CBRN ANT 2",
        "on_call",
    ),
    (
        "dir_med",
        "ems-antwerp",
        "Dr. Katrien Goossens",
        "Dir-Med on call",
        ["+32 3 004 14 24", "+32 470 00 05 45"],
        "katrien.goossens@ems-antwerp.demo",
        "DIR-MED ANT",
        "on_call",
    ),
    (
        "psig",
        "ems-antwerp",
        "Dr. Ann Verhaegen",
        "Federal health inspector (PSIG/FGI), MIP",
        ["+32 3 005 15 25", "+32 477 00 06 46"],
        "ann.verhaegen@ems-antwerp.demo",
        "PSIG ANT",
        "on_call",
    ),
    (
        "dir_pol",
        "police-antwerp",
        "HCP Geert Peeters",
        "Dir-Pol on call",
        ["+32 3 006 16 26", "+32 479 00 07 47"],
        "geert.peeters@police-antwerp.demo",
        "DIR-POL ANT",
        "on_call",
    ),
    (
        "dir_log",
        "civil-protection",
        "Adj. Kris Mertens",
        "Dir-Log, Civil Protection Brasschaat",
        ["+32 3 007 17 27", "+32 471 00 08 48"],
        "kris.mertens@civil-protection.demo",
        "DIR-LOG CP BR",
        "available",
    ),
    (
        "dir_info",
        "comms-antwerp",
        "Liesbeth Claes",
        "Dir-Info on call, BE-Alert operator",
        ["+32 3 008 18 28", "+32 472 00 09 49"],
        "liesbeth.claes@comms-antwerp.demo",
        "DIR-INFO ANT",
        "on_call",
    ),
    (
        "dispatch_head",
        "dispatch-antwerp",
        "Ruben De Wilde",
        "Head of the 112 emergency centre Antwerp",
        ["+32 3 009 19 29"],
        "ruben.dewilde@dispatch-antwerp.demo",
        "HC112 ANT",
        "available",
    ),
    (
        "planu_city",
        "city-antwerp",
        "Sara Van Dyck",
        "Emergency planning officer, City of Antwerp",
        ["+32 3 010 20 30", "+32 476 00 10 50"],
        "sara.vandyck@city-antwerp.demo",
        "PLANU STAD ANT",
        "on_call",
    ),
    (
        "operator_safety",
        "noordpolder-chemicals",
        "Ir. Peter Vermeulen",
        "Site operator safety manager (Seveso)",
        ["+32 3 011 21 31", "+32 495 00 11 51"],
        "peter.vermeulen@noordpolder-chemicals.demo",
        None,
        "on_call",
    ),
    (
        "operator_director",
        "noordpolder-chemicals",
        "Marleen Smets",
        "Plant manager, internal emergency plan",
        ["+32 3 012 22 32"],
        "marleen.smets@noordpolder-chemicals.demo",
        None,
        "available",
    ),
    (
        "nccn_duty",
        "crisis-centre",
        "Jeroen Dumont",
        "NCCN duty officer (permanence)",
        ["+32 2 013 23 33"],
        "jeroen.dumont@crisis-centre.demo",
        "NCCN PERM",
        "on_call",
    ),
    (
        "nccn_cbrn",
        "crisis-centre",
        "Dr. Isabelle Renard",
        "CBRN expert, NCCN",
        ["+32 2 014 24 34", "+32 473 00 12 52"],
        "isabelle.renard@crisis-centre.demo",
        None,
        "available",
    ),
    (
        "planu_brussels",
        "city-brussels",
        "Claire Dupont",
        "Fonctionnaire PLANU, Ville de Bruxelles",
        ["+32 2 015 25 35", "+32 478 00 13 53"],
        "claire.dupont@city-brussels.demo",
        "PLANU BXL",
        "available",
    ),
    (
        "dir_pol_brussels",
        "police-brussels",
        "Comm. Olivier Lambert",
        "Dir-Pol, national day (event commander)",
        ["+32 2 016 26 36"],
        "olivier.lambert@police-brussels.demo",
        "DIR-POL BXL",
        "available",
    ),
    (
        "planu_liege",
        "province-liege",
        "Anne Michel",
        "Coordinatrice PLANU, province de Liège",
        ["+32 4 017 27 37", "+32 479 00 14 54"],
        "anne.michel@province-liege.demo",
        "PLANU LG",
        "on_call",
    ),
    (
        "cabinet_liege",
        "province-liege",
        "Nathalie Leclercq",
        "Cabinet du gouverneur de Liège",
        ["+32 4 018 28 38"],
        "nathalie.leclercq@province-liege.demo",
        None,
        "available",
    ),
    (
        "dir_si_liege",
        "fire-liege",
        "Cpt. Frédéric Henrard",
        "Dir-SI de garde, zone Liège 2 IILE-SRI",
        ["+32 4 019 29 39", "+32 470 00 15 55"],
        "frederic.henrard@fire-liege.demo",
        "DIR-SI LG2",
        "on_call",
    ),
    (
        "planu_city_liege",
        "city-liege",
        "Pierre Gérard",
        "Fonctionnaire PLANU, Ville de Liège",
        ["+32 4 020 30 40"],
        "pierre.gerard@city-liege.demo",
        None,
        "unavailable",
    ),
]

# plan code -> (contact key, role in the plan)
PLAN_LINKS = {
    PPUI_CODE: [
        ("planu_prov", "PLANU coordinator"),
        ("cabinet", "Governor's cabinet"),
        ("dir_si", "Dir-SI"),
        ("cbrn", "CBRN measurements"),
        ("dir_med", "Dir-Med"),
        ("psig", "Sanitary part of the MIP"),
        ("dir_pol", "Dir-Pol"),
        ("dir_log", "Dir-Log"),
        ("dir_info", "Dir-Info"),
        ("dispatch_head", "Alerting"),
        ("planu_city", "Municipal emergency planning"),
        ("operator_safety", "Operator: liaison to the CP-Ops"),
        ("operator_director", "Operator: CC-PROV"),
    ],
    PGUI_CODE: [
        ("planu_prov", "PLANU coordinator"),
        ("cabinet", "Governor's cabinet"),
        ("dir_si", "Dir-SI"),
        ("dir_med", "Dir-Med"),
        ("dir_pol", "Dir-Pol"),
        ("dir_log", "Dir-Log"),
        ("dir_info", "Dir-Info"),
        ("nccn_duty", "Federal liaison"),
    ],
    FLOOD_CODE: [
        ("planu_liege", "Coordinatrice PLANU"),
        ("cabinet_liege", "Cabinet du gouverneur"),
        ("dir_si_liege", "Dir-SI"),
        ("planu_city_liege", "PLANU communal"),
    ],
}

# situation title -> (contact key, role in the situation)
SITUATION_LINKS = {
    incident.TITLE: [
        ("planu_prov", "CC-PROV secretary"),
        ("cabinet", "Governor's cabinet"),
        ("dir_si", "Dir-PC-Ops"),
        ("cbrn", "Measurement teams"),
        ("dir_med", "Dir-Med"),
        ("psig", "PSIG"),
        ("dir_pol", "Dir-Pol"),
        ("dir_log", "Dir-Log"),
        ("dir_info", "Dir-Info"),
        ("planu_city", "CC-GEM"),
        ("operator_safety", "Operator at the CP-Ops"),
        ("nccn_duty", "NCCN follow-up"),
        ("nccn_cbrn", "CBRN expertise at the CC-PROV"),
    ],
    event.TITLE: [("planu_brussels", "CC-COM"), ("dir_pol_brussels", "Dir-PC-Ops"), ("nccn_duty", "NCCN follow-up")],
    exercise.TITLE: [
        ("planu_liege", "Exercise director"),
        ("cabinet_liege", "CC-PROV (played)"),
        ("dir_si_liege", "Dir-PC-Ops (played)"),
        ("planu_city_liege", "CC-COM (played)"),
    ],
}


def load(conn: psycopg.Connection, orgs: dict[str, int], users: dict[str, int]) -> None:
    ids = {}
    for key, org, name, function, phones, email, call_sign, availability in CONTACTS:
        set_actor(conn, users[KEEPERS.get(org, ANTWERP_KEEPER)])
        ids[key] = conn.execute(
            "INSERT INTO crisis.contacts (organisation_id, full_name, function, phones, email, radio_call_sign,"
            " availability) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id",
            (orgs[org], name, function, e164(phones), email, call_sign, availability),
        ).fetchone()[0]
    plans = dict(conn.execute("SELECT code, id FROM crisis.plans").fetchall())
    situations = dict(conn.execute("SELECT title, id FROM crisis.situations").fetchall())
    orgs_of = {key: org for key, org, *_ in CONTACTS}
    links = [(key, plans[code], None, role) for code, keyed in PLAN_LINKS.items() for key, role in keyed]
    links += [(key, None, situations[title], role) for title, keyed in SITUATION_LINKS.items() for key, role in keyed]
    for key, plan_id, situation_id, role in links:
        set_actor(conn, users[KEEPERS.get(orgs_of[key], ANTWERP_KEEPER)])
        conn.execute(
            "INSERT INTO crisis.contact_links (contact_id, plan_id, situation_id, role) VALUES (%s, %s, %s, %s)",
            (ids[key], plan_id, situation_id, role),
        )
    set_actor(conn, None)
