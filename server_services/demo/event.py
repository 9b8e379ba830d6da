"""The planned event: national day (21 July) in Brussels, the defile on Rue Royale and the Place des Palais."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import psycopg
from psycopg import sql

from ..db import set_actor
from . import places as p
from .build import create_situation, db_now, polygon_wkt, post_feed, share
from .plans import EVENT_CODE, activate

TITLE = "National Day 21 July - Brussels, defile and festivities (Place des Palais / Paleizenplein)"
BRUSSELS = ZoneInfo("Europe/Brussels")
CITY = "planu@city-brussels.demo"
POLICE = "officer@police-brussels.demo"
NCCN = "coordinator@crisis-centre.demo"


def national_day(today: date) -> date:
    """The next 21 July from `today` (today included): the event is always a planned case ahead."""
    day = date(today.year, 7, 21)
    return day if day >= today else date(today.year + 1, 7, 21)


def _description(day: date) -> str:
    return (
        f"National Day {day:%d %B %Y}: Te Deum, military and civil defile on Rue Royale / Koningsstraat in front of "
        "the royal tribune on the Place des Palais, festivities in the Parc de Bruxelles and on the Place Royale. "
        "About 100,000 visitors expected. Communal phase (mayor of Brussels), CC-COM at the town hall; federal "
        "follow-up by the NCCN."
    )


def _ago(days: float) -> int:
    return -int(days * 24 * 60)


# The preparation's logbook so far: key, minutes relative to now, author, channel, priority, body, location,
# corrected key, system.
FEED = [
    (
        "kickoff",
        _ago(30),
        CITY,
        "coordination",
        "info",
        "Réunion de coordination multidisciplinaire (CC-COM préparatoire) : plan particulier pour la fête "
        "nationale validé, versions NL/FR diffusées.",
        None,
        None,
        False,
    ),
    (
        "traffic_plan",
        _ago(21),
        POLICE,
        "D3",
        "important",
        "Plan de circulation : rue Royale fermée de 06h00 à 18h00 entre la place Royale et la rue de la Loi; "
        "déviations via la petite ceinture.",
        p.ROYALE_X_LOI,
        None,
        False,
    ),
    (
        "medical",
        _ago(14),
        NCCN,
        "multidisciplinary",
        "info",
        "NCCN : PMA au parc de Bruxelles et hélistation au Cinquantenaire confirmés avec la Dir-Med.",
        p.PARC_DE_BRUXELLES_GATE,
        None,
        False,
    ),
    (
        "threat",
        _ago(10),
        NCCN,
        "coordination",
        "important",
        "NCCN: OCAM/OCAD threat level 2 maintained for the event; vehicle barriers at every access of the yellow zone.",
        None,
        None,
        False,
    ),
    (
        "press",
        _ago(7),
        CITY,
        "D5",
        "info",
        "Accréditations presse : point presse à la tribune presse de la place des Palais, ouvert dès 08h00.",
        p.PRESS_TRIBUNE,
        None,
        False,
    ),
    (
        "barriers",
        _ago(3),
        POLICE,
        "D3",
        "info",
        "Pose des barrières Heras et blocs anti-véhicules planifiée la veille à partir de 20h00.",
        None,
        None,
        False,
    ),
    (
        "barriers_fix",
        _ago(2.5),
        POLICE,
        "D3",
        "info",
        "Correction : pose des barrières la veille à partir de 19h00 (et non 20h00).",
        None,
        "barriers",
        False,
    ),
]


# This year's details on the places and zones the plan prepared: table, label, notes.
DETAILS = [
    ("anchors", "PC-Ops - place du Trône / Troonplein", "Dir-PC-Ops: police (event led by D3)."),
    ("anchors", "PMA - parc de Bruxelles (entrée place des Palais)", "Red Cross, 2 doctors, 8 nurses."),
    ("perimeters", "Zone jaune - accès filtré (fouilles)", "Access only through the filtering points; no vehicles."),
    ("perimeters", "Déviation - rue Royale et rue de la Loi fermées", "06:00-18:00."),
]


def load(conn: psycopg.Connection, orgs: dict[str, int], users: dict[str, int]) -> None:
    now = db_now(conn)
    day = national_day(now.astimezone(BRUSSELS).date())
    starts_at = datetime(day.year, day.month, day.day, 6, 0, tzinfo=BRUSSELS)
    city, police = users[CITY], users[POLICE]
    sid = create_situation(
        conn,
        kind="event",
        status="active",
        phase="communal",
        activation_level=None,
        title=TITLE,
        description=_description(day),
        area=polygon_wkt(p.YELLOW_ZONE_BRUSSELS),
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=18),
        owner_org_id=orgs["city-brussels"],
        author_id=city,
        created_at=now - timedelta(days=45),
    )
    set_actor(conn, city)
    share(conn, sid, [orgs["police-brussels"]], city, now - timedelta(days=45))
    set_actor(conn, None)
    post_feed(conn, sid, now, FEED, users)
    # The city's plan for the day brings its prepared places and zones, through the database's checked function
    # (its logbook entry comes last: it is written at load time); this year's details are added to them.
    activate(conn, EVENT_CODE, sid, city)
    set_actor(conn, city)
    conn.execute("UPDATE crisis.anchors SET status = 'planned' WHERE situation_id = %s AND plan_id IS NOT NULL", (sid,))
    set_actor(conn, police)
    for table, label, notes in DETAILS:
        conn.execute(
            sql.SQL("UPDATE {} SET notes = %s WHERE situation_id = %s AND label = %s").format(
                sql.Identifier("crisis", table)
            ),
            (notes, sid, label),
        )
    set_actor(conn, None)
