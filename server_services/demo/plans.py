"""The scenario's emergency plans: the port site's PPUI (BNIP), the province of Antwerp's PGUI, Liège's flood plan."""

from __future__ import annotations

import hashlib
from datetime import date

import psycopg

from ..db import set_actor
from . import places as p
from .build import corridor, disc, polygon_wkt

PPUI_CODE = "BNIP-PA-017"
PGUI_CODE = "ANIP-PA-2023"
FLOOD_CODE = "PPUI-LG-MEUSE"

ANTWERP_PARTNERS = ["city-antwerp", "fire-antwerp", "ems-antwerp", "police-antwerp", "civil-protection",
                    "comms-antwerp", "dispatch-antwerp"]

_ALERT_SCHEME = """BNIP Noordpolder Chemicals NV - alarmeringsschema (samenvatting)
1. Exploitant: interne noodplan (IN) actief -> 112 + provinciale permanentie PLANU.
2. 112 alarmeert HVZ Antwerpen (CBRN), MUG/PIT, politiezone, Civiele Bescherming Brasschaat.
3. Dir-PC-Ops (brandweer) richt CP-Ops in op de voorziene locatie bovenwinds (west of noordoost).
4. BE-Alert: schuilen in de sector benedenwinds (Berendrecht, Zandvliet, Lillo, Stabroek, Hoevenen).
5. Burgemeester / gouverneur: gemeentelijke of provinciale fase; CC-PROV in het Provinciehuis.
"""

_MEUSE_SCENARIOS = """PPUI Inondations Meuse - Ville de Liège : seuils d'alerte (extrait)
Pré-alerte : débit Meuse à Liège > 1 500 m3/s (prévision SPW / hydrometrie.wallonie.be).
Alerte : > 2 200 m3/s ; évacuation préventive d'Outremeuse (îlots bas, rez-de-chaussée).
Évacuation : centre d'accueil Country Hall (Sart-Tilman) ; bus TEC au point de regroupement place de l'Yser.
"""


def _insert_plan(conn: psycopg.Connection, code: str, kind: str, discipline: str | None, title: str,
                 description: str, risk_site: str | None, owner: int, zone: str, approved_on: date,
                 next_review_on: date) -> int:
    return conn.execute(
        "INSERT INTO crisis.plans (code, kind, discipline, title, description, risk_site, owner_org_id, zone,"
        " approved_on, next_review_on) VALUES (%s, %s, %s, %s, %s, %s, %s, ST_Multi(%s::geometry), %s, %s)"
        " RETURNING id",
        (code, kind, discipline, title, description, risk_site, owner, zone, approved_on, next_review_on),
    ).fetchone()[0]


def _fill(conn: psycopg.Connection, plan_id: int, shares: list[int], documents: list[tuple],
          anchors: list[tuple], perimeters: list[tuple]) -> None:
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO crisis.plan_shares (plan_id, organisation_id) VALUES (%s, %s)",
                        [(plan_id, org) for org in shares])
        cur.executemany(
            "INSERT INTO crisis.plan_documents (plan_id, title, category, content_type, content, filename, size_bytes,"
            " sha256, url) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            [(plan_id, title, category, ctype, *_stored(title, text), url)
             for title, category, ctype, text, url in documents],
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


def load(conn: psycopg.Connection, orgs: dict[str, int], users: dict[str, int]) -> None:
    partners = [orgs[slug] for slug in ANTWERP_PARTNERS]
    set_actor(conn, users["planner@province-antwerp.demo"])  # the audit names the planners who keep the plans
    planning_zone = disc(conn, *p.SOURCE, 2500)

    ppui = _insert_plan(
        conn, PPUI_CODE, "PPUI", None,
        "BNIP Noordpolder Chemicals NV - Scheldelaan, Antwerpen (Seveso hoge drempel)",
        "Bijzonder nood- en interventieplan (PPUI) for the upper-tier Seveso site of Noordpolder Chemicals NV "
        "(chlor-alkali unit, chlorine rail loading station, ammonia storage). Emergency planning zone: 2.5 km "
        "around the loading station. Prepared command posts for south-westerly and north-easterly winds.",
        "Noordpolder Chemicals NV (fictional), Scheldelaan, 2040 Antwerpen - Seveso upper tier: chlorine, ammonia",
        orgs["province-antwerp"], planning_zone, date(2024, 3, 14), date(2027, 3, 14),
    )
    _fill(conn, ppui, partners,
          [("BNIP Noordpolder Chemicals NV (plan text)", "plan_text", "application/pdf", None,
            "https://noodplanning.provincie-antwerpen.demo/bnip/BNIP-PA-017.pdf"),
           ("Alarmeringsschema (summary)", "annex", "text/plain", _ALERT_SCHEME, None),
           ("Interventiekaart site en noodplanningszone", "map", "application/pdf", None,
            "https://noodplanning.provincie-antwerpen.demo/bnip/BNIP-PA-017-kaart.pdf")],
          [("pc_ops", "CP-Ops west - Scheldelaan (bovenwinds bij ZW-wind)", p.PC_OPS_WEST),
           ("pc_ops", "CP-Ops noordoost - Kanaaldok B2 (bovenwinds bij NO-wind)", p.PC_OPS_NORTH_EAST),
           ("advanced_medical_post", "VMP zuid - parking Scheldelaan", p.PMA_SOUTH),
           ("reception_centre", "Onthaalcentrum - sporthal Ekeren", p.RECEPTION_EKEREN),
           ("staging_area", "Verzamelplaats middelen - Scheldelaan zuid", p.STAGING_SOUTH),
           ("regroupment_point", "Hergroeperingspunt hulpdiensten - poort zuid", p.REGROUPMENT),
           ("press_point", "Perspunt - Havenhuis (Zaha Hadidplein)", p.PORT_HOUSE),
           ("road_block", "Wegafsluiting Scheldelaan zuid", p.ROAD_BLOCK_SCHELDELAAN_SOUTH),
           ("road_block", "Wegafsluiting A12 ter hoogte van Ekeren (oprit haven)", p.ROAD_BLOCK_A12_EKEREN)],
          [("emergency_planning_zone", "Noodplanningszone BNIP Noordpolder Chemicals (2.5 km)", planning_zone)])

    pgui = _insert_plan(
        conn, PGUI_CODE, "PGUI", None, "ANIP - Algemeen nood- en interventieplan Provincie Antwerpen",
        "General emergency and intervention plan (PGUI) of the province of Antwerp: provincial coordination "
        "committee (CC-PROV), alerting of the disciplines, information to the population (BE-Alert, 1771).",
        None, orgs["province-antwerp"], polygon_wkt(p.PROVINCE_ANTWERP), date(2023, 6, 1), date(2028, 6, 1),
    )
    _fill(conn, pgui, partners,
          [("ANIP Provincie Antwerpen", "plan_text", "application/pdf", None,
            "https://noodplanning.provincie-antwerpen.demo/anip/ANIP-PA-2023.pdf"),
           ("Samenstelling CC-PROV", "annex", "text/plain",
            "CC-PROV: gouverneur (voorzitter), PLANU-coördinator, Dir-CP-Ops, D1-D5, NCCN-verbindingsofficier, "
            "burgemeesters van de getroffen gemeenten, exploitant (indien risicosite), deskundigen.\n", None)],
          [("coordination_committee", "CC-PROV - Provinciehuis Antwerpen (Koningin Elisabethlei 22)",
            p.PROVINCIAL_BUILDING)],
          [])

    set_actor(conn, users["outsider@province-liege.demo"])
    flood = _insert_plan(
        conn, FLOOD_CODE, "PPUI", None, "PPUI Inondations de la Meuse - Ville de Liège",
        "Plan particulier d'urgence et d'intervention for floods of the Meuse and the Dérivation in Liège: alert "
        "thresholds, preventive evacuation of Outremeuse, reception at the Country Hall (Sart-Tilman).",
        "Meuse and Dérivation, Liège (Outremeuse, Longdoz, Saint-Léonard, Fétinne)",
        orgs["province-liege"], corridor(conn, [p.MEUSE, p.DERIVATION], 600), date(2022, 9, 20), date(2027, 9, 20),
    )
    _fill(conn, flood, [orgs["city-liege"], orgs["fire-liege"]],
          [("PPUI Inondations Meuse (texte du plan)", "plan_text", "application/pdf", None,
            "https://planification-urgence.provincedeliege.demo/ppui/meuse-liege.pdf"),
           ("Seuils d'alerte et scénarios", "annex", "text/plain", _MEUSE_SCENARIOS, None)],
          [("pc_ops", "PC-Ops - parking de la gare de Liège-Guillemins", p.GUILLEMINS),
           ("coordination_committee", "CC-PROV - Palais provincial, place Saint-Lambert", p.PROVINCIAL_PALACE_LIEGE),
           ("evacuation_centre", "Centre d'évacuation - Country Hall (Sart-Tilman)", p.COUNTRY_HALL),
           ("regroupment_point", "Point de regroupement bus d'évacuation - place de l'Yser", p.PLACE_DE_L_YSER),
           ("press_point", "Point presse - Palais provincial", p.PRESS_POINT_LIEGE),
           ("road_block", "Barrage - pont des Arches", p.PONT_DES_ARCHES)],
          [("evacuation", "Zone d'évacuation préventive - Outremeuse", polygon_wkt(p.OUTREMEUSE))])
    set_actor(conn, None)

