"""The demo scenario loads fast into an empty database, once, and tells a coherent Belgian story on the map."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import timedelta

import argon2
import psycopg

from server_services.config import ROOT
from server_services.demo import load_demo
from server_services.demo.scenario import DEMO_PASSWORD, USERS
from server_services.passwords import check_password

ANTWERP_PARTNERS = {
    "city-antwerp",
    "fire-antwerp",
    "ems-antwerp",
    "police-antwerp",
    "civil-protection",
    "comms-antwerp",
    "dispatch-antwerp",
}
BELGIUM = (2.5, 49.45, 6.45, 51.55)  # lon/lat box around Belgium
ALL_CHANNELS = {"multidisciplinary", "D1", "D2", "D3", "D4", "D5", "coordination"}


def _one(conn, query, params=()):
    return conn.execute(query, params).fetchone()[0]


def _perimeter(conn, situation_id, kind):
    rows = conn.execute(
        "SELECT id FROM crisis.perimeters WHERE situation_id = %s AND kind = %s", (situation_id, kind)
    ).fetchall()
    assert len(rows) == 1, f"expected one {kind} perimeter, found {len(rows)}"
    return rows[0][0]


# --- loading ------------------------------------------------------------------------------------


def test_demo_loads_quickly_into_an_empty_database(demo_db):
    assert demo_db.loaded
    # The writes take about 0.3 s of CPU; the plans' GeoPackages are read meanwhile by pyogrio and geopandas in a
    # process of their own (about 1 s of CPU, most of it importing them).
    assert demo_db.load_seconds < 4.0, f"demo load took {demo_db.load_seconds:.2f} s"


def test_loading_twice_is_refused_and_adds_nothing(demo_db, conn):
    tables = ["organisations", "users", "situations", "anchors", "perimeters", "feed_entries", "contacts", "plans"]
    before = {t: _one(conn, f"SELECT count(*) FROM crisis.{t}") for t in tables}
    assert load_demo(demo_db.admin_url) is False
    out = subprocess.run(
        [sys.executable, "-m", "server_services.cli", "demo", "--database-url", demo_db.admin_url],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "nothing loaded" in out.stdout
    conn.rollback()
    assert {t: _one(conn, f"SELECT count(*) FROM crisis.{t}") for t in tables} == before


def test_session_database_holds_the_demo(database):
    with psycopg.connect(database.admin_url) as conn:
        kinds = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM crisis.situations")}
    assert {"incident", "event", "exercise"} <= kinds


def test_demo_logins_exist_with_their_organisation_and_role(conn):
    rows = conn.execute(
        "SELECT u.email::text, u.display_name, o.slug, u.role FROM crisis.users u"
        " JOIN crisis.organisations o ON o.id = u.organisation_id"
    ).fetchall()
    found = {email: (org, role) for email, _name, org, role in rows}
    for email, _name, org, role in USERS:
        assert found[email] == (org, role)
    assert found["coordinator@crisis-centre.demo"] == ("crisis-centre", "coordinator")
    assert found["outsider@province-liege.demo"] == ("province-liege", "coordinator")


def test_every_demo_login_opens_with_the_one_demo_password(conn):
    """The password the README gives and every suite logs in with (tests/support.py takes it from the scenario)."""
    hashes = [h for (h,) in conn.execute("SELECT DISTINCT password_hash FROM crisis.users")]
    assert hashes and all(check_password(h, DEMO_PASSWORD) for h in hashes)
    # The production cost (argon2id, RFC 9106's low-memory profile): the other suites' copies of the demo swap
    # in cheap hashes (tests/support.py), this one is the demo as `make run` loads it.
    assert all(argon2.extract_parameters(h) == argon2.profiles.RFC_9106_LOW_MEMORY for h in hashes)
    assert f"`{DEMO_PASSWORD}`" in (ROOT / "README.md").read_text(encoding="utf-8")


# --- the three situations ------------------------------------------------------------------------


def test_situations_kinds_and_flags(conn, incident, event, exercise):
    rows = {
        kind: (status, phase, level, is_exercise, title, owner)
        for kind, status, phase, level, is_exercise, title, owner in conn.execute(
            "SELECT s.kind, s.status, s.phase, s.activation_level, s.is_exercise, s.title, o.slug"
            " FROM crisis.situations s JOIN crisis.organisations o ON o.id = s.owner_org_id"
        ).fetchall()
    }
    assert rows["incident"][:4] == ("active", "provincial", "alert", False)
    assert rows["incident"][5] == "province-antwerp"
    assert "chlorine" in rows["incident"][4].lower()
    assert rows["event"][3] is False and rows["event"][5] == "city-brussels"
    assert rows["exercise"][3] is True and rows["exercise"][5] == "province-liege"
    assert rows["exercise"][4].startswith("EXERCISE")
    assert "EXERCISE" in _one(conn, "SELECT description FROM crisis.situations WHERE id = %s", (exercise,))


def test_every_situation_has_a_valid_area_in_belgium(conn):
    for title, valid, srid, kind, inside in conn.execute(
        "SELECT title, ST_IsValid(area), ST_SRID(area), GeometryType(area),"
        " ST_Within(area, ST_MakeEnvelope(%s, %s, %s, %s, 4326)) FROM crisis.situations",
        BELGIUM,
    ):
        assert (valid, srid, kind, inside) == (True, 4326, "MULTIPOLYGON", True), title


def test_incident_is_shared_with_the_antwerp_partners_only(conn, incident):
    shared = {
        slug
        for (slug,) in conn.execute(
            "SELECT o.slug FROM crisis.situation_shares sh JOIN crisis.organisations o ON o.id = sh.organisation_id"
            " WHERE sh.situation_id = %s",
            (incident,),
        )
    }
    assert shared == ANTWERP_PARTNERS


def test_outsider_sees_nothing_of_antwerp(conn, users, incident, exercise):
    outsider = users["outsider@province-liege.demo"]
    assert not _one(conn, "SELECT crisis.can_see_situation(%s, %s)", (outsider, incident))
    antwerp = conn.execute(
        "SELECT s.id FROM crisis.situations s JOIN crisis.organisations o ON o.id = s.owner_org_id"
        " WHERE o.slug LIKE '%%antwerp%%' OR s.id IN (SELECT situation_id FROM crisis.situation_shares sh"
        " JOIN crisis.organisations o2 ON o2.id = sh.organisation_id WHERE o2.slug LIKE '%%antwerp%%')"
    ).fetchall()
    assert antwerp
    for (sid,) in antwerp:
        assert not _one(conn, "SELECT crisis.can_see_situation(%s, %s)", (outsider, sid))
    visible = {sid for (sid,) in conn.execute("SELECT crisis.visible_situation_ids(%s)", (outsider,))}
    assert visible == {exercise}


def test_antwerp_users_see_the_incident_and_nccn_sees_all(conn, users, incident):
    for email in (
        "planner@province-antwerp.demo",
        "officer@fire-antwerp.demo",
        "reader@police-antwerp.demo",
        "doctor@ems-antwerp.demo",
        "info@comms-antwerp.demo",
    ):
        assert _one(conn, "SELECT crisis.can_see_situation(%s, %s)", (users[email], incident)), email
    assert _one(conn, "SELECT crisis.can_write_situation(%s, %s)", (users["officer@fire-antwerp.demo"], incident))
    assert not _one(conn, "SELECT crisis.can_write_situation(%s, %s)", (users["reader@police-antwerp.demo"], incident))
    total = _one(conn, "SELECT count(*) FROM crisis.situations")
    assert (
        _one(conn, "SELECT count(*) FROM crisis.visible_situation_ids(%s)", (users["coordinator@crisis-centre.demo"],))
        == total
    )


# --- the incident's map -------------------------------------------------------------------------


def test_incident_anchors_cover_the_required_places(conn, incident):
    kinds = {k for (k,) in conn.execute("SELECT kind FROM crisis.anchors WHERE situation_id = %s", (incident,))}
    assert {
        "pc_ops",
        "coordination_committee",
        "advanced_medical_post",
        "reception_centre",
        "road_block",
        "press_point",
        "incident_origin",
    } <= kinds
    assert len(kinds) >= 11
    origin = _one(
        conn, "SELECT geom FROM crisis.anchors WHERE situation_id = %s AND kind = 'incident_origin'", (incident,)
    )
    assert _one(conn, "SELECT ST_Within(%s::geometry, ST_MakeEnvelope(4.29, 51.28, 4.33, 51.31, 4326))", (origin,))


def test_active_command_post_is_upwind_inside_the_orange_zone(conn, incident):
    rows = conn.execute(
        "SELECT degrees(ST_Azimuth(o.geom::geography, a.geom::geography)), ST_Within(a.geom, p.geom)"
        " FROM crisis.anchors a, crisis.anchors o, crisis.perimeters p"
        " WHERE a.situation_id = %(s)s AND a.kind = 'pc_ops' AND a.status = 'active'"
        " AND o.situation_id = %(s)s AND o.kind = 'incident_origin' AND p.situation_id = %(s)s AND p.kind = 'orange'",
        {"s": incident},
    ).fetchall()
    assert len(rows) == 1
    bearing, in_orange = rows[0]
    assert 180 <= bearing <= 270, f"PC-Ops bearing {bearing:.0f} deg from the source is not south-west"
    assert in_orange
    downwind = _one(
        conn,
        "SELECT status FROM crisis.anchors WHERE situation_id = %s AND kind = 'pc_ops' AND status <> 'active'",
        (incident,),
    )
    assert downwind == "inactive"


def test_incident_perimeters_are_valid_multipolygons(conn, incident):
    rows = conn.execute(
        "SELECT kind, ST_IsValid(geom), GeometryType(geom), ST_SRID(geom) FROM crisis.perimeters"
        " WHERE situation_id = %s",
        (incident,),
    ).fetchall()
    assert {k for k, *_ in rows} >= {
        "red",
        "orange",
        "yellow",
        "sheltering",
        "traffic_diversion",
        "emergency_planning_zone",
    }
    for kind, valid, gtype, srid in rows:
        assert (valid, gtype, srid) == (True, "MULTIPOLYGON", 4326), kind


def test_red_inside_orange_inside_yellow(conn, incident):
    red, orange, yellow = (_perimeter(conn, incident, k) for k in ("red", "orange", "yellow"))
    within = (
        "SELECT ST_Within(a.geom, b.geom) FROM crisis.perimeters a, crisis.perimeters b WHERE a.id = %s AND b.id = %s"
    )
    assert _one(conn, within, (red, orange))
    assert _one(conn, within, (orange, yellow))
    areas = [
        _one(conn, "SELECT ST_Area(geom::geography) FROM crisis.perimeters WHERE id = %s", (i,))
        for i in (red, orange, yellow)
    ]
    assert areas[0] < areas[1] < areas[2]
    assert 0.3e6 < areas[0] < 5e6 and areas[2] < 100e6  # square metres: zones of a plausible size
    source = _one(
        conn, "SELECT geom FROM crisis.anchors WHERE situation_id = %s AND kind = 'incident_origin'", (incident,)
    )
    assert _one(conn, "SELECT ST_Within(%s::geometry, geom) FROM crisis.perimeters WHERE id = %s", (source, red))


def test_plume_points_north_east_downwind_of_the_latest_wind(conn, incident):
    wind_from = float(
        _one(
            conn,
            "SELECT wind_from_deg FROM crisis.weather_observations WHERE situation_id = %s"
            " ORDER BY observed_at DESC LIMIT 1",
            (incident,),
        )
    )
    downwind = (wind_from + 180) % 360
    for kind in ("red", "orange", "yellow"):
        bearing, reach_down, reach_up = conn.execute(
            "WITH s AS (SELECT geom FROM crisis.anchors WHERE situation_id = %(s)s AND kind = 'incident_origin'),"
            " p AS (SELECT geom FROM crisis.perimeters WHERE situation_id = %(s)s AND kind = %(k)s)"
            " SELECT degrees(ST_Azimuth(s.geom::geography, ST_Centroid(p.geom)::geography)),"
            # how far the zone reaches downwind and upwind of the source, along the wind
            "  ST_Length(ST_Intersection(p.geom, ST_MakeLine(s.geom, ST_Project(s.geom::geography, 20000,"
            "   radians(%(down)s))::geometry))::geography),"
            "  ST_Length(ST_Intersection(p.geom, ST_MakeLine(s.geom, ST_Project(s.geom::geography, 20000,"
            "   radians(%(up)s))::geometry))::geography)"
            " FROM s, p",
            {"s": incident, "k": kind, "down": downwind, "up": wind_from},
        ).fetchone()
        assert 20 <= bearing <= 70, f"{kind} zone centroid at {bearing:.0f} deg from the source, not north-east"
        assert abs((bearing - downwind + 180) % 360 - 180) <= 25, f"{kind} zone not downwind of {wind_from} deg"
        assert reach_down > 2 * reach_up, f"{kind} zone reaches {reach_down:.0f} m downwind, {reach_up:.0f} m upwind"


def test_perimeter_redraw_kept_the_earlier_shape(conn, incident):
    rows = conn.execute(
        "SELECT h.kind, h.version, p.version, ST_Equals(h.geom, p.geom) FROM crisis.perimeter_history h"
        " JOIN crisis.perimeters p ON p.id = h.perimeter_id WHERE h.situation_id = %s",
        (incident,),
    ).fetchall()
    assert any(kind in ("orange", "yellow") for kind, *_ in rows)
    for kind, old_version, version, same in rows:
        assert old_version < version and not same, kind


def test_ppui_activated_with_its_prepared_places(conn, incident):
    plans = {
        code: (kind, owner)
        for code, kind, owner in conn.execute(
            "SELECT p.code, p.kind, o.slug FROM crisis.plan_activations a JOIN crisis.plans p ON p.id = a.plan_id"
            " JOIN crisis.organisations o ON o.id = p.owner_org_id WHERE a.situation_id = %s",
            (incident,),
        )
    }
    assert ("PPUI", "province-antwerp") in plans.values()
    ppui = next(code for code, (kind, _) in plans.items() if kind == "PPUI")
    prepared = conn.execute(
        "SELECT pa.kind, pa.label FROM crisis.plan_anchors pa JOIN crisis.plans p ON p.id = pa.plan_id"
        " WHERE p.code = %s",
        (ppui,),
    ).fetchall()
    assert len(prepared) >= 5
    for kind, label in prepared:
        assert (
            _one(
                conn,
                "SELECT count(*) FROM crisis.anchors WHERE situation_id = %s AND kind = %s AND label = %s",
                (incident, kind, label),
            )
            == 1
        ), label
    # Activated through crisis.activate_plan: the copies remember the plan, the logbook names the planner.
    assert _one(
        conn,
        "SELECT count(*) FROM crisis.anchors a JOIN crisis.plans p ON p.id = a.plan_id"
        " WHERE a.situation_id = %s AND p.code = %s",
        (incident, ppui),
    ) == len(prepared)
    logged = [
        body
        for (body,) in conn.execute(
            "SELECT body FROM crisis.feed_entries"
            " WHERE situation_id = %s AND is_system AND body LIKE 'Plan %%activated by%%'",
            (incident,),
        )
    ]
    assert any(ppui in body and "Jan Van den Broeck" in body for body in logged), logged
    zone_inside = _one(
        conn,
        "SELECT ST_Within(a.geom, p.zone) FROM crisis.anchors a, crisis.plans p"
        " WHERE a.situation_id = %s AND a.kind = 'incident_origin' AND p.code = %s",
        (incident, ppui),
    )
    assert zone_inside


def test_incident_weather_is_south_westerly(conn, incident):
    rows = conn.execute(
        "SELECT wind_from_deg, wind_speed_ms, temperature_c, stability_class, observed_at FROM"
        " crisis.weather_observations WHERE situation_id = %s ORDER BY observed_at",
        (incident,),
    ).fetchall()
    assert len(rows) >= 5
    for wind, speed, temperature, stability, _ in rows:
        assert 210 <= wind <= 240 and 3 <= speed <= 6 and temperature is not None and stability == "D"
    assert rows[-1][4] - rows[0][4] >= timedelta(hours=2)


# --- the incident's logbook ---------------------------------------------------------------------


def test_incident_feed_spans_three_hours_across_channels(conn, incident):
    rows = conn.execute(
        "SELECT channel, priority, author_id, organisation_id, discipline, location IS NOT NULL, created_at"
        " FROM crisis.feed_entries WHERE situation_id = %s",
        (incident,),
    ).fetchall()
    assert 45 <= len(rows) <= 60
    assert {r[0] for r in rows} == ALL_CHANNELS
    assert {r[1] for r in rows} == {"info", "important", "urgent"}
    assert len({r[2] for r in rows}) >= 6 and len({r[3] for r in rows}) >= 6
    assert {r[4] for r in rows} >= {"D1", "D2", "D3", "D4", "D5"}
    assert sum(r[5] for r in rows) >= 5
    times = sorted(r[6] for r in rows)
    now, starts_at = conn.execute(
        "SELECT now(), starts_at FROM crisis.situations WHERE id = %s", (incident,)
    ).fetchone()
    assert times[0] >= starts_at and times[-1] <= now
    # The plans are activated at load time, right after the story: their entries come a moment after three hours.
    assert timedelta(hours=2, minutes=45) <= times[-1] - times[0] <= timedelta(hours=3, minutes=1)
    assert now - times[-1] < timedelta(minutes=30)  # relative to the load: the story ends now


def test_corrections_point_to_earlier_entries_of_the_same_situation(conn, incident):
    rows = conn.execute(
        "SELECT c.id, c.created_at, o.id, o.created_at, o.situation_id, c.author_id = o.author_id"
        " FROM crisis.feed_entries c JOIN crisis.feed_entries o ON o.id = c.corrects_id"
        " WHERE c.situation_id = %s",
        (incident,),
    ).fetchall()
    assert len(rows) >= 2
    for cid, c_at, oid, o_at, o_situation, same_author in rows:
        assert oid < cid and o_at < c_at and o_situation == incident and same_author


def test_feed_audit_names_each_author(conn, incident):
    mismatched = _one(
        conn,
        "SELECT count(*) FROM crisis.audit_log l JOIN crisis.feed_entries e ON e.id::text = l.row_id"
        " WHERE l.table_name = 'feed_entries' AND e.situation_id = %s"
        " AND l.actor_id IS DISTINCT FROM e.author_id",
        (incident,),
    )
    assert mismatched == 0


# --- the event and the exercise -----------------------------------------------------------------


def test_event_is_national_day_in_brussels(conn, event):
    starts, phase, status = conn.execute(
        "SELECT starts_at AT TIME ZONE 'Europe/Brussels', phase, status FROM crisis.situations WHERE id = %s", (event,)
    ).fetchone()
    assert (starts.month, starts.day) == (7, 21)
    assert phase in ("communal", "federal") and status == "active"
    kinds = {k for (k,) in conn.execute("SELECT kind FROM crisis.anchors WHERE situation_id = %s", (event,))}
    assert {"pc_ops", "advanced_medical_post", "press_point", "road_block", "helicopter_landing_zone"} <= kinds
    perimeters = {k for (k,) in conn.execute("SELECT kind FROM crisis.perimeters WHERE situation_id = %s", (event,))}
    assert {"intervention_zone", "traffic_diversion", "yellow"} <= perimeters
    assert _one(
        conn,
        "SELECT bool_and(ST_DWithin(geom::geography, ST_MakePoint(4.362, 50.842)::geography, 3000))"
        " FROM crisis.anchors WHERE situation_id = %s",
        (event,),
    )
    assert _one(conn, "SELECT count(*) FROM crisis.feed_entries WHERE situation_id = %s", (event,)) >= 3


def test_exercise_is_a_meuse_flood_in_liege(conn, exercise):
    kinds = {k for (k,) in conn.execute("SELECT kind FROM crisis.anchors WHERE situation_id = %s", (exercise,))}
    assert {"evacuation_centre", "pc_ops"} <= kinds
    evacuation = _one(
        conn,
        "SELECT ST_Intersects(geom, ST_MakeEnvelope(5.57, 50.62, 5.60, 50.65, 4326))"
        " FROM crisis.perimeters WHERE situation_id = %s AND kind = 'evacuation'",
        (exercise,),
    )
    assert evacuation
    assert _one(conn, "SELECT count(*) FROM crisis.plan_exercises WHERE situation_id = %s", (exercise,)) == 1
    assert _one(conn, "SELECT count(*) FROM crisis.weather_observations WHERE situation_id = %s", (exercise,)) >= 1
    bodies = [b for (b,) in conn.execute("SELECT body FROM crisis.feed_entries WHERE situation_id = %s", (exercise,))]
    assert len(bodies) >= 3 and all(b.startswith(("EXERCICE", "EXERCISE")) for b in bodies)


def test_all_places_are_valid_and_in_belgium(conn):
    for table in ("anchors", "perimeters", "plan_anchors", "plan_perimeters", "weather_observations"):
        bad = _one(
            conn,
            f"SELECT count(*) FROM crisis.{table} WHERE NOT ST_IsValid(geom) OR ST_SRID(geom) <> 4326"
            " OR NOT ST_Within(geom, ST_MakeEnvelope(%s, %s, %s, %s, 4326))",
            BELGIUM,
        )
        assert bad == 0, table


# --- plans and contacts -------------------------------------------------------------------------


def test_four_plans_with_zones_documents_and_prepared_places(conn):
    rows = conn.execute(
        "SELECT p.code, p.kind, o.slug, ST_IsValid(p.zone),"
        " (SELECT count(*) FROM crisis.plan_documents d WHERE d.plan_id = p.id),"
        " (SELECT count(*) FROM crisis.plan_anchors a WHERE a.plan_id = p.id),"
        " (SELECT count(*) FROM crisis.plan_shares s WHERE s.plan_id = p.id)"
        " FROM crisis.plans p JOIN crisis.organisations o ON o.id = p.owner_org_id"
    ).fetchall()
    assert len(rows) == 4  # the port site's PPUI, the province's PGUI, the national day's plan, the flood plan
    assert {r[1] for r in rows} >= {"PPUI", "PGUI"}
    for code, _kind, _owner, zone_valid, documents, anchors, shares in rows:
        assert zone_valid and documents >= 1 and anchors >= 1 and shares >= 1, code
    assert {r[2] for r in rows} == {"province-antwerp", "city-brussels", "province-liege"}
    # Each of the three situations has its plan in force, activated through the checked function.
    assert (
        conn.execute(
            "SELECT count(DISTINCT situation_id) FROM crisis.plan_activations WHERE deactivated_at IS NULL"
        ).fetchone()[0]
        == 3
    )


def test_about_twenty_contacts_linked_to_plans_and_situations(conn):
    contacts = conn.execute("SELECT id, function, phones, email::text FROM crisis.contacts").fetchall()
    assert 18 <= len(contacts) <= 25
    for _id, function, phones, email in contacts:
        # Phones in E.164 (the contacts directory stores them so), Belgian numbers.
        assert function and phones and all(re.fullmatch(r"\+32\d{8,9}", p) for p in phones) and email.endswith(".demo")
    functions = " ".join(f for _, f, *_ in contacts)
    for needed in ("PLANU", "Dir-Med", "Dir-SI", "Dir-Pol", "Dir-Log", "Dir-Info", "governor", "safety manager"):
        assert needed in functions, needed
    unlinked = _one(
        conn,
        "SELECT count(*) FROM crisis.contacts c WHERE NOT EXISTS"
        " (SELECT FROM crisis.contact_links l WHERE l.contact_id = c.id)",
    )
    assert unlinked == 0
    assert _one(conn, "SELECT count(DISTINCT plan_id) FROM crisis.contact_links") == 3
    assert _one(conn, "SELECT count(DISTINCT situation_id) FROM crisis.contact_links") == 3
