"""The incident: a chlorine leak at a Seveso site in the port of Antwerp, provincial phase, its PPUI activated."""

from __future__ import annotations

import json
from datetime import timedelta

import psycopg

from ..db import set_actor
from . import incident_feed as feed
from . import places as p
from .build import (
    add_anchors,
    add_perimeter,
    add_weather,
    corridor,
    create_situation,
    db_now,
    plume,
    post_feed,
    share,
)
from .plans import ANTWERP_PARTNERS, PGUI_CODE, PPUI_CODE, activate

TITLE = "Chlorine leak - Noordpolder Chemicals NV, Scheldelaan (port of Antwerp)"
DESCRIPTION = (
    "Release of chlorine (UN 1017) from a rail tank wagon at the loading station of the upper-tier Seveso site of "
    "Noordpolder Chemicals NV (fictional operator), Scheldelaan, port of Antwerp. South-westerly wind: the plume "
    "drifts towards Berendrecht, Stabroek and Hoevenen. BNIP Noordpolder Chemicals (PPUI) activated; provincial "
    "phase declared by the governor; CC-PROV in the Provinciehuis. Sheltering by BE-Alert downwind."
)
DURATION = timedelta(hours=3)  # the story runs from the 112 call three hours ago until now

# Downwind footprints (toward = direction the wind blows to). Wind from 220 deg at first, veering to 228 deg.
RED = dict(toward_deg=40, disc_m=300, reach_m=1200, half_angle_deg=25)
ORANGE_FIRST = dict(toward_deg=40, disc_m=800, reach_m=2500, half_angle_deg=30)
YELLOW_FIRST = dict(toward_deg=40, disc_m=1500, reach_m=5000, half_angle_deg=35)
ORANGE = dict(toward_deg=48, disc_m=800, reach_m=3500, half_angle_deg=30)
YELLOW = dict(toward_deg=48, disc_m=1500, reach_m=7000, half_angle_deg=35)
SHELTERING_FIRST = dict(toward_deg=40, disc_m=2000, reach_m=8000, half_angle_deg=45)  # Lillo, Berendrecht .. Hoevenen
SHELTERING = dict(toward_deg=55, disc_m=1200, reach_m=8000, half_angle_deg=35)  # Stabroek and Hoevenen, downwind
AREA = dict(toward_deg=45, disc_m=3000, reach_m=9500, half_angle_deg=50)


def _redraw(conn: psycopg.Connection, perimeter_id: int, geom: str, label: str, notes: str) -> None:
    """A planner's redraw: the stamping trigger bumps the version and perimeter_history keeps the earlier shape."""
    conn.execute(
        "UPDATE crisis.perimeters SET geom = %s::geometry, label = %s, notes = %s WHERE id = %s",
        (geom, label, notes, perimeter_id),
    )


def _situation(conn, orgs, users, t0) -> int:
    planner = users["planner@province-antwerp.demo"]
    sid = create_situation(
        conn,
        kind="incident",
        status="active",
        phase="none",
        activation_level=None,
        title=TITLE,
        description=DESCRIPTION,
        area=plume(conn, *p.SOURCE, **AREA),
        starts_at=t0,
        ends_at=None,
        owner_org_id=orgs["province-antwerp"],
        author_id=planner,
        created_at=t0 + timedelta(minutes=15),
    )
    set_actor(conn, planner)
    share(conn, sid, [orgs[slug] for slug in ANTWERP_PARTNERS], planner, t0 + timedelta(minutes=16))
    # Each escalation is its own write, so the audit log tells who raised the phase.
    for email, change in (
        ("planu@city-antwerp.demo", {"phase": "communal"}),
        ("planner@province-antwerp.demo", {"phase": "provincial"}),
        ("coordinator@crisis-centre.demo", {"activation_level": "alert"}),
    ):
        set_actor(conn, users[email])
        conn.execute(
            "UPDATE crisis.situations SET phase = coalesce(%s, phase),"
            " activation_level = coalesce(%s, activation_level), version = version + 1, updated_by = %s,"
            " updated_at = now() WHERE id = %s",
            (change.get("phase"), change.get("activation_level"), users[email], sid),
        )
    return sid


def _plans_and_anchors(conn, users, sid) -> None:
    for code in (PGUI_CODE, PPUI_CODE):
        activate(conn, code, sid, users["planner@province-antwerp.demo"])
    # The Dir-PC-Ops adapts the prepared places to today's wind.
    set_actor(conn, users["officer@fire-antwerp.demo"])
    conn.execute(
        "UPDATE crisis.anchors SET status = 'inactive', notes = 'Downwind with today''s south-westerly wind: not used.'"
        " WHERE situation_id = %s AND kind = 'pc_ops' AND label LIKE 'CP-Ops noordoost%%'",
        (sid,),
    )
    conn.execute(
        "UPDATE crisis.anchors SET notes = 'Dir-PC-Ops: Kapt. L. Janssens. ASTRID talkgroup P-ANT-CPOPS-1.'"
        " WHERE situation_id = %s AND kind = 'pc_ops' AND label LIKE 'CP-Ops west%%'",
        (sid,),
    )
    set_actor(conn, None)  # from here each place names its own author
    fire, doctor, police = (
        users[e] for e in ("officer@fire-antwerp.demo", "doctor@ems-antwerp.demo", "commander@police-antwerp.demo")
    )
    add_anchors(
        conn,
        sid,
        [
            (
                "origin",
                "incident_origin",
                "Lek ketelwagen chloor - laadstation spoor 3",
                *p.SOURCE,
                "active",
                "Bottom valve of a 60 m3 chlorine rail tank wagon (UN 1017).",
            ),
            (
                "decon",
                "decontamination_point",
                "Decontaminatiepunt - uitgang rode zone",
                *p.DECONTAMINATION,
                "active",
                "Fire brigade decontamination, reinforced by Civil Protection.",
            ),
        ],
        fire,
    )
    add_anchors(
        conn,
        sid,
        [
            (
                "triage",
                "triage_point",
                "Triagepunt - poort Noordpolder Chemicals",
                *p.TRIAGE_GATE,
                "inactive",
                "First triage at the company gate; moved to the VMP once it opened.",
            ),
            ("ambulances", "ambulance_park", "Ambulancepark achter de VMP", *p.AMBULANCE_PARK, "active", ""),
            (
                "heli",
                "helicopter_landing_zone",
                "Landingszone MUG-helikopter - weide Scheldelaan zuid",
                *p.HELICOPTER_ZONE,
                "planned",
                "Kept free; not used so far.",
            ),
        ],
        doctor,
    )
    add_anchors(
        conn,
        sid,
        [
            (
                "block_north",
                "road_block",
                "Wegafsluiting Scheldelaan noord (sluis Zandvliet)",
                *p.ROAD_BLOCK_SCHELDELAAN_NORTH,
                "active",
                "",
            ),
            (
                "block_berendrecht",
                "road_block",
                "Wegafsluiting Berendrecht (grens Stabroek)",
                *p.ROAD_BLOCK_BERENDRECHT,
                "active",
                "",
            ),
        ],
        police,
    )


def _perimeters(conn, users, sid) -> None:
    fire, planner, police = (
        users[e]
        for e in ("officer@fire-antwerp.demo", "planner@province-antwerp.demo", "commander@police-antwerp.demo")
    )
    lon, lat = p.SOURCE
    add_perimeter(
        conn,
        sid,
        "red",
        "Rode zone - uitsluitingsperimeter",
        plume(conn, lon, lat, **RED),
        fire,
        "Only CBRN teams in gas-tight suits.",
    )
    orange = add_perimeter(
        conn, sid, "orange", "Oranje zone - isolatieperimeter", plume(conn, lon, lat, **ORANGE_FIRST), fire
    )
    yellow = add_perimeter(
        conn, sid, "yellow", "Gele zone - ontradingsperimeter", plume(conn, lon, lat, **YELLOW_FIRST), fire
    )
    sheltering = add_perimeter(
        conn,
        sid,
        "sheltering",
        "Schuilen - Lillo, Berendrecht, Stabroek, Hoevenen",
        plume(conn, lon, lat, **SHELTERING_FIRST),
        planner,
        "BE-Alert: stay indoors.",
    )
    add_perimeter(
        conn,
        sid,
        "traffic_diversion",
        "Verkeersomleiding - A12 en Scheldelaan afgesloten",
        corridor(conn, [p.A12, p.SCHELDELAAN], 150),
        police,
        "Diversion via E19 and R1.",
    )
    set_actor(conn, fire)
    _redraw(
        conn,
        orange,
        plume(conn, lon, lat, **ORANGE),
        "Oranje zone - isolatieperimeter (na windverschuiving)",
        "Redrawn after the wind veered to 230 deg.",
    )
    _redraw(
        conn,
        yellow,
        plume(conn, lon, lat, **YELLOW),
        "Gele zone - ontradingsperimeter (na windverschuiving)",
        "Redrawn after the wind veered to 230 deg.",
    )
    set_actor(conn, planner)
    _redraw(
        conn,
        sheltering,
        plume(conn, lon, lat, **SHELTERING),
        "Schuilen - Stabroek en Hoevenen",
        "Sheltering lifted for Berendrecht and Lillo after two measurements < 0.1 ppm.",
    )
    set_actor(conn, None)


def _weather(conn, sid, t0) -> None:
    # Every 30 minutes at the site's meteo mast: wind from 220 veering to 230 deg, neutral stability.
    readings = [
        (220, 4.2, 7.4),
        (220, 4.6, 7.8),
        (224, 5.1, 8.3),
        (230, 5.6, 8.9),
        (231, 5.2, 9.2),
        (228, 4.5, 9.4),
        (226, 3.9, 9.1),
    ]
    add_weather(
        conn,
        sid,
        [
            (
                t0 + timedelta(minutes=30 * i),
                *p.SITE_GATE,
                wind,
                speed,
                temp,
                0.0,
                "D",
                "Meteo mast Noordpolder Chemicals (site) / KMI-IRM",
            )
            for i, (wind, speed, temp) in enumerate(readings)
        ],
    )


def _sitrep(conn, users, sid, t0) -> None:
    body = {
        "situation": TITLE,
        "phase": "provincial",
        "wind": "from 230 deg, 5 m/s, stability D",
        "casualties": {"T1": 1, "T2": 2, "T3": 11, "transported": 3},
        "measures": [
            "red/orange/yellow perimeters",
            "sheltering Lillo, Berendrecht, Stabroek, Hoevenen",
            "A12 closed between Ekeren and Zandvliet",
        ],
        "next": "transfer of the remaining chlorine; CC-PROV decision on sheltering",
    }
    conn.execute(
        "INSERT INTO crisis.sitreps (situation_id, title, body, author_id, created_at) VALUES (%s, %s, %s, %s, %s)",
        (
            sid,
            "Situatierapport 1 / SITREP 1",
            json.dumps(body),
            users["planner@province-antwerp.demo"],
            t0 + timedelta(minutes=115),
        ),
    )


def load(conn: psycopg.Connection, orgs: dict[str, int], users: dict[str, int]) -> None:
    t0 = db_now(conn) - DURATION
    sid = _situation(conn, orgs, users, t0)
    set_actor(conn, None)  # the feed's audit rows name each entry's author
    post_feed(conn, sid, t0, feed.ENTRIES, users)
    # The plans are activated through the database's checked function, which logs the activation at load time:
    # after the story's entries, so that the logbook stays in order.
    _plans_and_anchors(conn, users, sid)
    _perimeters(conn, users, sid)
    _weather(conn, sid, t0)
    _sitrep(conn, users, sid, t0)
