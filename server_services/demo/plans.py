"""The scenario's emergency plans: the port site's PPUI (BNIP), the province of Antwerp's PGUI, the City of Brussels'
plan for the national day, Liège's flood plan. The prepared zones and places of the PPUI, the national day's plan and
the flood plan come from their planners' GeoPackages, through the API's import (prepared.py)."""

from __future__ import annotations

import hashlib
from datetime import date

import psycopg

from ..db import set_actor
from . import places as p
from .build import corridor, disc, polygon_wkt
from .prepared import Reading, import_file

PPUI_CODE = "BNIP-PA-017"
PGUI_CODE = "ANIP-PA-2023"
EVENT_CODE = "PPUI-BXL-2107"
FLOOD_CODE = "PPUI-LG-MEUSE"

ANTWERP_PARTNERS = [
    "city-antwerp",
    "fire-antwerp",
    "ems-antwerp",
    "police-antwerp",
    "civil-protection",
    "comms-antwerp",
    "dispatch-antwerp",
]

_ALERT_SCHEME = """BNIP Noordpolder Chemicals NV - alarmeringsschema (samenvatting)
1. Exploitant: interne noodplan (IN) actief -> 112 + provinciale permanentie PLANU.
2. 112 alarmeert HVZ Antwerpen (CBRN), MUG/PIT, politiezone, Civiele Bescherming Brasschaat.
3. Dir-PC-Ops (brandweer) richt CP-Ops in op de voorziene locatie bovenwinds (west of noordoost).
4. BE-Alert: schuilen in de sector benedenwinds (Berendrecht, Zandvliet, Lillo, Stabroek, Hoevenen).
5. Burgemeester / gouverneur: gemeentelijke of provinciale fase; CC-PROV in het Provinciehuis.
"""

_NATIONAL_DAY = """PPUI Fête nationale - Ville de Bruxelles : dispositif (extrait)
Zone jaune : accès filtré (fouilles) aux entrées place Royale, rue Ducale, place du Trône, rue de la Loi.
Zone d'intervention : place des Palais, parc de Bruxelles, place Royale ; PC-Ops place du Trône (police, D3).
Circulation : rue Royale et rue de la Loi fermées de 06h00 à 18h00 ; déviations par la petite ceinture.
Secours : PMA au parc, poste de secours place Royale, hélistation au Cinquantenaire ; CC-COM à l'Hôtel de Ville.
"""

_MEUSE_SCENARIOS = """PPUI Inondations Meuse - Ville de Liège : seuils d'alerte (extrait)
Pré-alerte : débit Meuse à Liège > 1 500 m3/s (prévision SPW / hydrometrie.wallonie.be).
Alerte : > 2 200 m3/s ; évacuation préventive d'Outremeuse (îlots bas, rez-de-chaussée).
Évacuation : centre d'accueil Country Hall (Sart-Tilman) ; bus TEC au point de regroupement place de l'Yser.
"""


def _insert_plan(
    conn: psycopg.Connection,
    code: str,
    kind: str,
    discipline: str | None,
    title: str,
    description: str,
    risk_site: str | None,
    owner: int,
    zone: str,
    approved_on: date,
    next_review_on: date,
) -> int:
    return conn.execute(
        "INSERT INTO crisis.plans (code, kind, discipline, title, description, risk_site, owner_org_id, zone,"
        " approved_on, next_review_on) VALUES (%s, %s, %s, %s, %s, %s, %s, ST_Multi(%s::geometry), %s, %s)"
        " RETURNING id",
        (code, kind, discipline, title, description, risk_site, owner, zone, approved_on, next_review_on),
    ).fetchone()[0]


def _fill(
    conn: psycopg.Connection,
    plan_id: int,
    shares: list[int],
    documents: list[tuple],
    anchors: list[tuple],
    perimeters: list[tuple],
) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO crisis.plan_shares (plan_id, organisation_id) VALUES (%s, %s)",
            [(plan_id, org) for org in shares],
        )
        cur.executemany(
            "INSERT INTO crisis.plan_documents (plan_id, title, category, content_type, content, filename, size_bytes,"
            " sha256, url) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [
                (plan_id, title, category, ctype, *_stored(title, text), url)
                for title, category, ctype, text, url in documents
            ],
        )
        cur.executemany(
            "INSERT INTO crisis.plan_anchors (plan_id, kind, label, geom)"
            " VALUES (%s, %s, %s, ST_SetSRID(ST_MakePoint(%s, %s), 4326))",
            [(plan_id, kind, label, lon, lat) for kind, label, (lon, lat) in anchors],
        )
        cur.executemany(
            "INSERT INTO crisis.plan_perimeters (plan_id, kind, label, geom)"
            " VALUES (%s, %s, %s, ST_Multi(%s::geometry))",
            [(plan_id, kind, label, geom) for kind, label, geom in perimeters],
        )


def _stored(title: str, text: str | None) -> tuple:
    """content, filename, size and SHA-256 of a text document (all None for a link)."""
    if not text:
        return None, None, None, None
    content = text.encode()
    name = "".join(c if c.isalnum() or c in "-_." else "-" for c in title)[:80].strip("-") + ".txt"
    return content, name, len(content), hashlib.sha256(content).digest()


def activate(conn: psycopg.Connection, code: str, situation_id: int, user_id: int) -> int:
    """Activate a plan on a situation as `user_id`, through crisis.activate_plan (rights checked, copies made,
    logbook entry written); returns the plan id."""
    plan_id = conn.execute("SELECT id FROM crisis.plans WHERE code = %s", (code,)).fetchone()[0]
    set_actor(conn, user_id)
    conn.execute("SELECT crisis.activate_plan(%s, %s)", (plan_id, situation_id))
    set_actor(conn, None)
    return plan_id


def load(conn: psycopg.Connection, orgs: dict[str, int], users: dict[str, int], reading: Reading) -> None:
    """The plans; `reading` brings the GeoPackages of their prepared zones and places."""
    partners = [orgs[slug] for slug in ANTWERP_PARTNERS]
    set_actor(conn, users["planner@province-antwerp.demo"])  # the audit names the planners who keep the plans
    planning_zone = disc(conn, *p.SOURCE, 2500)

    ppui = _insert_plan(
        conn,
        PPUI_CODE,
        "PPUI",
        None,
        "BNIP Noordpolder Chemicals NV - Scheldelaan, Antwerpen (Seveso hoge drempel)",
        "Bijzonder nood- en interventieplan (PPUI) for the upper-tier Seveso site of Noordpolder Chemicals NV "
        "(chlor-alkali unit, chlorine rail loading station, ammonia storage). Emergency planning zone: 2.5 km "
        "around the loading station. Prepared command posts for south-westerly and north-easterly winds.",
        "Noordpolder Chemicals NV (fictional), Scheldelaan, 2040 Antwerpen - Seveso upper tier: chlorine, ammonia",
        orgs["province-antwerp"],
        planning_zone,
        date(2024, 3, 14),
        date(2027, 3, 14),
    )
    _fill(
        conn,
        ppui,
        partners,
        [
            (
                "BNIP Noordpolder Chemicals NV (plan text)",
                "plan_text",
                "application/pdf",
                None,
                "https://noodplanning.provincie-antwerpen.demo/bnip/BNIP-PA-017.pdf",
            ),
            ("Alarmeringsschema (summary)", "annex", "text/plain", _ALERT_SCHEME, None),
            (
                "Interventiekaart site en noodplanningszone",
                "map",
                "application/pdf",
                None,
                "https://noodplanning.provincie-antwerpen.demo/bnip/BNIP-PA-017-kaart.pdf",
            ),
        ],
        [],
        [],
    )
    import_file(conn, reading.sources()[PPUI_CODE], ppui, "planner@province-antwerp.demo")
    set_actor(conn, users["planner@province-antwerp.demo"])

    pgui = _insert_plan(
        conn,
        PGUI_CODE,
        "PGUI",
        None,
        "ANIP - Algemeen nood- en interventieplan Provincie Antwerpen",
        "General emergency and intervention plan (PGUI) of the province of Antwerp: provincial coordination "
        "committee (CC-PROV), alerting of the disciplines, information to the population (BE-Alert, 1771).",
        None,
        orgs["province-antwerp"],
        polygon_wkt(p.PROVINCE_ANTWERP),
        date(2023, 6, 1),
        date(2028, 6, 1),
    )
    _fill(
        conn,
        pgui,
        partners,
        [
            (
                "ANIP Provincie Antwerpen",
                "plan_text",
                "application/pdf",
                None,
                "https://noodplanning.provincie-antwerpen.demo/anip/ANIP-PA-2023.pdf",
            ),
            (
                "Samenstelling CC-PROV",
                "annex",
                "text/plain",
                "CC-PROV: gouverneur (voorzitter), PLANU-coördinator, Dir-CP-Ops, D1-D5, NCCN-verbindingsofficier, "
                "burgemeesters van de getroffen gemeenten, exploitant (indien risicosite), deskundigen.\n",
                None,
            ),
        ],
        [
            (
                "coordination_committee",
                "CC-PROV - Provinciehuis Antwerpen (Koningin Elisabethlei 22)",
                p.PROVINCIAL_BUILDING,
            )
        ],
        [],
    )

    set_actor(conn, users["planu@city-brussels.demo"])
    national_day = _insert_plan(
        conn,
        EVENT_CODE,
        "PPUI",
        None,
        "PPUI Fête nationale du 21 juillet - Ville de Bruxelles",
        "Plan particulier d'urgence et d'intervention for the national day in Brussels (Te Deum, defile on Rue "
        "Royale, festivities in the Parc de Bruxelles and on the Place Royale): filtered yellow zone, intervention "
        "zone, closed streets and diversions, the command post, medical posts and assembly points prepared every year.",
        "Place des Palais, Parc de Bruxelles, Place Royale and Rue Royale, 1000 Bruxelles (mass gathering)",
        orgs["city-brussels"],
        polygon_wkt(p.YELLOW_ZONE_BRUSSELS),
        date(2025, 5, 20),
        date(2028, 5, 20),
    )
    _fill(
        conn,
        national_day,
        [orgs["police-brussels"]],
        [
            (
                "PPUI Fête nationale (texte du plan)",
                "plan_text",
                "application/pdf",
                None,
                "https://planu.bruxelles.demo/ppui/fete-nationale.pdf",
            ),
            ("Dispositif et horaires", "annex", "text/plain", _NATIONAL_DAY, None),
        ],
        [],
        [],
    )
    import_file(conn, reading.sources()[EVENT_CODE], national_day, "planu@city-brussels.demo")

    set_actor(conn, users["outsider@province-liege.demo"])
    flood = _insert_plan(
        conn,
        FLOOD_CODE,
        "PPUI",
        None,
        "PPUI Inondations de la Meuse - Ville de Liège",
        "Plan particulier d'urgence et d'intervention for floods of the Meuse and the Dérivation in Liège: alert "
        "thresholds, preventive evacuation of Outremeuse, reception at the Country Hall (Sart-Tilman).",
        "Meuse and Dérivation, Liège (Outremeuse, Longdoz, Saint-Léonard, Fétinne)",
        orgs["province-liege"],
        corridor(conn, [p.MEUSE, p.DERIVATION], 600),
        date(2022, 9, 20),
        date(2027, 9, 20),
    )
    _fill(
        conn,
        flood,
        [orgs["city-liege"], orgs["fire-liege"]],
        [
            (
                "PPUI Inondations Meuse (texte du plan)",
                "plan_text",
                "application/pdf",
                None,
                "https://planification-urgence.provincedeliege.demo/ppui/meuse-liege.pdf",
            ),
            ("Seuils d'alerte et scénarios", "annex", "text/plain", _MEUSE_SCENARIOS, None),
        ],
        [],
        [],
    )
    import_file(conn, reading.sources()[FLOOD_CODE], flood, "outsider@province-liege.demo")
    set_actor(conn, None)
