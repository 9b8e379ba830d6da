"""The exercise: a flood of the Meuse in Liège (Outremeuse), owned by the province of Liège, marked as an exercise."""

from __future__ import annotations

from datetime import timedelta

import psycopg

from ..db import set_actor
from . import places as p
from .build import add_anchors, add_perimeter, add_weather, corridor, create_situation, db_now, post_feed, share
from .plans import FLOOD_CODE, activate

TITLE = "EXERCISE - Meuse flood in Liège (Outremeuse) / EXERCICE - Crue de la Meuse"
DESCRIPTION = (
    "EXERCISE EXERCISE EXERCISE. Table-top and field exercise of the PPUI Inondations de la Meuse: simulated flow "
    "of 2,600 m3/s at Liège, the Dérivation overflowing at Outremeuse, preventive evacuation of 4,500 residents to "
    "the Country Hall (Sart-Tilman). Nothing in this situation is real."
)
PROVINCE = "outsider@province-liege.demo"
FIRE = "officer@fire-liege.demo"
STARTED = timedelta(minutes=90)

# key, minutes after the start of play, author, channel, priority, body, location, corrected key, system
FEED = [
    (
        "start",
        0,
        PROVINCE,
        "coordination",
        "important",
        "EXERCICE - Début de l'exercice. Scénario : débit de la Meuse 2 600 m3/s prévu à Liège dans 6 h (SPW).",
        None,
        None,
        True,
    ),
    (
        "pre_alert",
        5,
        PROVINCE,
        "multidisciplinary",
        "important",
        "EXERCICE - Phase provinciale simulée ; PPUI Inondations Meuse activé. CC-PROV au Palais provincial.",
        p.PROVINCIAL_PALACE_LIEGE,
        None,
        False,
    ),
    (
        "overflow",
        18,
        FIRE,
        "D1",
        "urgent",
        "EXERCICE - Débordement simulé de la Dérivation quai Godefroid Kurth ; 40 cm d'eau rue Puits-en-Sock.",
        (5.5905, 50.6368),
        None,
        False,
    ),
    (
        "evacuation",
        30,
        PROVINCE,
        "multidisciplinary",
        "urgent",
        "EXERCICE - Décision : évacuation préventive d'Outremeuse. Bus au point de regroupement place de l'Yser.",
        p.PLACE_DE_L_YSER,
        None,
        False,
    ),
    (
        "boats",
        42,
        FIRE,
        "D1",
        "important",
        "EXERCICE - 2 embarcations et 1 équipe de plongeurs engagées pour les personnes à mobilité réduite.",
        None,
        None,
        False,
    ),
    (
        "count",
        60,
        PROVINCE,
        "coordination",
        "info",
        "EXERCICE - 1 200 personnes enregistrées au Country Hall (joueurs simulés).",
        p.COUNTRY_HALL,
        None,
        False,
    ),
    (
        "count_fix",
        64,
        PROVINCE,
        "coordination",
        "info",
        "EXERCICE - Correction : 1 020 personnes enregistrées au Country Hall.",
        p.COUNTRY_HALL,
        "count",
        False,
    ),
    (
        "bridges",
        75,
        FIRE,
        "D1",
        "info",
        "EXERCICE - Ponts Kennedy et des Arches fermés à la circulation (simulé, pas de fermeture réelle).",
        p.PONT_KENNEDY,
        None,
        False,
    ),
]


def load(conn: psycopg.Connection, orgs: dict[str, int], users: dict[str, int]) -> None:
    now = db_now(conn)
    t0 = now - STARTED
    province, fire = users[PROVINCE], users[FIRE]
    sid = create_situation(
        conn,
        kind="exercise",
        status="active",
        phase="provincial",
        activation_level=None,
        title=TITLE,
        description=DESCRIPTION,
        area=corridor(conn, [p.MEUSE, p.DERIVATION], 900),
        starts_at=t0,
        ends_at=t0 + timedelta(hours=5),
        owner_org_id=orgs["province-liege"],
        author_id=province,
        created_at=t0 - timedelta(days=21),
    )
    set_actor(conn, province)
    share(conn, sid, [orgs["city-liege"], orgs["fire-liege"], orgs["fire-eupen"]], province, t0 - timedelta(days=21))
    set_actor(conn, None)
    add_anchors(
        conn,
        sid,
        [
            (
                "origin",
                "incident_origin",
                "EXERCICE - Débordement simulé, quai Godefroid Kurth",
                5.5905,
                50.6368,
                "active",
                "Simulated overflow of the Dérivation.",
            ),
            ("pma", "advanced_medical_post", "EXERCICE - PMA boulevard de la Sauvenière", *p.SAUVENIERE, "active", ""),
            ("rb_kennedy", "road_block", "EXERCICE - Barrage pont Kennedy", *p.PONT_KENNEDY, "active", ""),
            ("rb_fragnee", "road_block", "EXERCICE - Barrage pont de Fragnée", *p.PONT_DE_FRAGNEE, "planned", ""),
            (
                "staging",
                "staging_area",
                "EXERCICE - Zone de rassemblement des moyens (bateaux, pompes)",
                *p.AUTOMOBILE_BOULEVARD,
                "active",
                "",
            ),
        ],
        fire,
    )
    add_anchors(
        conn,
        sid,
        [
            (
                "reception",
                "reception_centre",
                "EXERCICE - Accueil des impliqués - Hôtel de Ville (La Violette)",
                *p.TOWN_HALL_LIEGE,
                "active",
                "",
            ),
        ],
        province,
    )
    add_perimeter(
        conn,
        sid,
        "intervention_zone",
        "EXERCICE - Zone d'intervention quais de Meuse et Dérivation",
        corridor(conn, [p.MEUSE, p.DERIVATION], 200),
        fire,
    )
    add_weather(
        conn,
        sid,
        [
            (t0 + timedelta(minutes=m), *p.PLACE_DU_CONGRES, wind, speed, temp, rain, "D", "IRM-KMI (exercise data)")
            for m, wind, speed, temp, rain in ((0, 245, 6.8, 9.4, 14.2), (60, 250, 7.3, 9.1, 11.6))
        ],
    )
    post_feed(conn, sid, t0, FEED, users)
    # Activated now, by the province's coordinator, through the database's own checked function (its logbook
    # entry comes last: it is written at load time).
    plan_id = activate(conn, FLOOD_CODE, sid, province)
    set_actor(conn, province)
    conn.execute(
        "INSERT INTO crisis.plan_exercises (plan_id, situation_id, held_on, evaluation) VALUES (%s, %s, %s, %s)",
        (plan_id, sid, t0.date(), "Evaluation at the debriefing after play; observers from the NCCN and the SPW."),
    )
    set_actor(conn, None)
