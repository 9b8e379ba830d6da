"""The demo plans' prepared zones and places come from the GeoPackages kept in server_services/demo/data, through the
API's import: the rows are the files' features to the centimetre, with the kinds the import reads in the planners'
words; the files are what their generator makes; a file the import refuses stops the demo. The files are read here
with the system's GDAL (ogr2ogr, in processes of their own), not the importer's."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import psycopg
import pytest

from server_services.config import ROOT
from server_services.demo import places
from server_services.demo.plan_files import FILES, PlanFile
from server_services.demo.prepared import Reading, import_file

pytestmark = pytest.mark.skipif(shutil.which("ogr2ogr") is None, reason="GDAL command line tools are missing")

# What the planners write in their files, and the kind the platform reads in it.
KINDS = {
    "Noodplanningszone": "emergency_planning_zone",
    "CP-Ops": "pc_ops",
    "VMP": "advanced_medical_post",
    "Onthaalcentrum": "reception_centre",
    "Verzamelplaats": "staging_area",
    "Hergroeperingspunt": "regroupment_point",
    "Perspunt": "press_point",
    "Wegafsluiting": "road_block",
    "Zone d'intervention": "intervention_zone",
    "Zone jaune": "yellow",
    "Zone de déviation du trafic": "traffic_diversion",
    "Zone d'évacuation": "evacuation",
    "PC-Ops": "pc_ops",
    "CC": "coordination_committee",
    "PMA": "advanced_medical_post",
    "Point de triage / transfert": "triage_point",
    "Parking ambulances": "ambulance_park",
    "Zone d'atterrissage hélicoptère": "helicopter_landing_zone",
    "Zone de rassemblement des moyens": "staging_area",
    "Point de regroupement": "regroupment_point",
    "Point presse": "press_point",
    "Barrage": "road_block",
    "Centre d'évacuation": "evacuation_centre",
}
MANAGERS = {
    "BNIP-PA-017": "planner@province-antwerp.demo",
    "PPUI-BXL-2107": "planu@city-brussels.demo",
    "PPUI-LG-MEUSE": "outsider@province-liege.demo",
}
CODES = [plan.code for plan in FILES]


def features(path, *options: str) -> list[dict]:
    """Every feature of every layer of a GeoPackage, as the system's ogr2ogr reads it (GeoJSON)."""
    out = []
    layers = subprocess.run(
        ["ogrinfo", "-ro", "-q", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    for line in layers.splitlines():
        name = line.split(":", 1)[1].split("(")[0].strip()
        result = subprocess.run(
            ["ogr2ogr", "-f", "GeoJSON", "/vsistdout/", str(path), name, *options],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        out += [dict(f, layer=name) for f in json.loads(result.stdout)["features"]]
    return out


def plan_id(conn, code: str) -> int:
    return conn.execute("SELECT id FROM crisis.plans WHERE code = %s", (code,)).fetchone()[0]


@pytest.mark.parametrize("plan", FILES, ids=CODES)
def test_the_prepared_places_and_zones_are_the_files_features_to_the_centimetre(conn, plan: PlanFile):
    in_file = features(plan.path, "-t_srs", "EPSG:4326")
    assert len(in_file) == len(plan.zones) + len(plan.places)
    pid = plan_id(conn, plan.code)
    stored = {}
    for table in ("plan_anchors", "plan_perimeters"):
        for label, kind, geometry in conn.execute(
            f"SELECT label, kind, ST_AsGeoJSON(geom) FROM crisis.{table} WHERE plan_id = %s", (pid,)
        ):
            stored[label] = (table, kind, geometry)
    assert len(stored) == len(in_file)
    for feature in in_file:
        label, word = feature["properties"][plan.label_field], feature["properties"][plan.kind_field]
        table, kind, geometry = stored[label]
        assert kind == KINDS[word], label
        assert table == ("plan_anchors" if feature["geometry"]["type"] == "Point" else "plan_perimeters"), label
        offset = conn.execute(
            "SELECT ST_HausdorffDistance(ST_Transform(ST_GeomFromGeoJSON(%s), 3812),"
            " ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(%s), 4326), 3812))",
            (geometry, json.dumps(feature["geometry"])),
        ).fetchone()[0]
        assert offset < 0.01, (label, offset)


@pytest.mark.parametrize("plan", FILES, ids=CODES)
def test_the_files_are_in_their_planners_crs_and_the_places_where_the_scenario_puts_them(conn, plan: PlanFile):
    info = subprocess.run(
        ["ogrinfo", "-ro", "-so", "-al", str(plan.path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    code = plan.crs.split(":")[1]
    assert info.count(f'ID["EPSG",{code}]]') == 2, info[-2000:]  # both layers, Lambert 72 or 2008
    by_label = {label: at for _, label, at in plan.places}
    for label, lon, lat in conn.execute(
        "SELECT label, ST_X(geom), ST_Y(geom) FROM crisis.plan_anchors WHERE plan_id = %s", (plan_id(conn, plan.code),)
    ):
        moved = conn.execute(
            "SELECT ST_Distance(ST_MakePoint(%s, %s)::geography, ST_MakePoint(%s, %s)::geography)",
            (lon, lat, *by_label[label]),
        ).fetchone()[0]
        assert moved < 0.01, label


def test_the_files_are_what_their_generator_makes(tmp_path):
    """`python -m server_services.demo.plan_files` makes the committed files again (feature for feature)."""
    done = subprocess.run(
        [sys.executable, "-m", "server_services.demo.plan_files", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    for plan in FILES:
        assert features(tmp_path / plan.path.name) == features(plan.path), plan.code
        assert plan.path.stat().st_size < 200_000  # small enough to keep in the repository


def test_the_demos_plans_hold_the_files_through_the_import(conn):
    """The import's marks: each plan written once more after its rows (the import's new version of the plan), by its
    manager, whose audit rows name the prepared places and zones."""
    for code, email in MANAGERS.items():
        pid = plan_id(conn, code)
        version, by = conn.execute(
            "SELECT p.version, u.email::text FROM crisis.plans p JOIN crisis.users u"
            " ON u.id = p.updated_by WHERE p.id = %s",
            (pid,),
        ).fetchone()
        assert version >= 2 and by == email, code
        actors = {
            a
            for (a,) in conn.execute(
                "SELECT DISTINCT u.email::text FROM crisis.audit_log l JOIN crisis.users u ON u.id = l.actor_id"
                " WHERE l.table_name IN ('plan_anchors', 'plan_perimeters') AND l.operation = 'INSERT'"
                " AND (l.after ->> 'plan_id')::bigint = %s",
                (pid,),
            )
        }
        assert actors == {email}, code


def test_a_file_the_import_refuses_stops_the_demo(demo_db, tmp_path):
    """The demo's reading and import refuse what the API's import refuses (here a place in the North Sea), with its
    report, and write nothing."""
    plan = FILES[0]
    spoiled = tmp_path / plan.path.name
    shutil.copy(plan.path, spoiled)
    sea = tmp_path / "sea.geojson"
    sea.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {plan.kind_field: "CP-Ops", plan.label_field: "CP-Ops op zee"},
                        "geometry": {"type": "Point", "coordinates": [2.70, 51.40]},
                    }
                ],
            }
        )
    )
    subprocess.run(
        ["ogr2ogr", "-append", "-t_srs", plan.crs, "-nln", plan.places_layer, str(spoiled), str(sea)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    reading = Reading({plan.code: spoiled})
    try:
        source = reading.sources()[plan.code]
    finally:
        reading.close()
    assert len(source.features) == len(plan.zones) + len(plan.places) + 1
    with psycopg.connect(demo_db.admin_url) as conn:
        pid = plan_id(conn, plan.code)
        before = conn.execute("SELECT count(*) FROM crisis.plan_anchors WHERE plan_id = %s", (pid,)).fetchone()
        with pytest.raises(RuntimeError, match="outside Belgium"):
            import_file(conn, source, pid, MANAGERS[plan.code])
        conn.rollback()
        assert conn.execute("SELECT count(*) FROM crisis.plan_anchors WHERE plan_id = %s", (pid,)).fetchone() == before


def test_the_national_day_plan_is_in_force_on_the_brussels_event(conn, event, users):
    pid = plan_id(conn, "PPUI-BXL-2107")
    owner, activated_by = conn.execute(
        "SELECT o.slug, a.activated_by FROM crisis.plans p JOIN crisis.organisations o ON o.id = p.owner_org_id"
        " JOIN crisis.plan_activations a ON a.plan_id = p.id AND a.situation_id = %s AND a.deactivated_at IS NULL"
        " WHERE p.id = %s",
        (event, pid),
    ).fetchone()
    assert owner == "city-brussels" and activated_by == users["planu@city-brussels.demo"]
    # The event's places and zones are the plan's copies, this year's details added.
    for table, prepared in (("anchors", "plan_anchors"), ("perimeters", "plan_perimeters")):
        copies = conn.execute(
            f"SELECT count(*), count(*) FILTER (WHERE t.plan_id = %s) FROM crisis.{table} t WHERE t.situation_id = %s",
            (pid, event),
        ).fetchone()
        assert (
            copies[0]
            == copies[1]
            == conn.execute(f"SELECT count(*) FROM crisis.{prepared} WHERE plan_id = %s", (pid,)).fetchone()[0]
        ), table
    assert conn.execute(
        "SELECT notes FROM crisis.perimeters WHERE situation_id = %s AND kind = 'traffic_diversion'", (event,)
    ).fetchone() == ("06:00-18:00.",)
    logged = [
        b
        for (b,) in conn.execute("SELECT body FROM crisis.feed_entries WHERE situation_id = %s AND is_system", (event,))
    ]
    # Julie Lambert works in French: the line of her activation is hers, in French.
    assert any("PPUI-BXL-2107" in b and "activé par Julie Lambert" in b for b in logged), logged
    # Readable by the city and the police zone it is shared with, not by the Antwerp or Liège logins.
    for email, reads in (
        ("planu@city-brussels.demo", True),
        ("officer@police-brussels.demo", True),
        ("coordinator@crisis-centre.demo", True),
        ("planner@province-antwerp.demo", False),
        ("outsider@province-liege.demo", False),
    ):
        assert conn.execute("SELECT crisis.can_see_plan(%s, %s)", (users[email], pid)).fetchone()[0] == reads, email


def test_the_flood_plans_zone_is_in_force_on_the_exercise(conn, exercise):
    pid = plan_id(conn, "PPUI-LG-MEUSE")
    rows = conn.execute(
        "SELECT kind, plan_id FROM crisis.perimeters WHERE situation_id = %s AND plan_feature_id IS NOT NULL",
        (exercise,),
    ).fetchall()
    assert rows == [("evacuation", pid)]


def test_the_scenarios_places_are_the_generators(conn):
    """The place the scenario's story starts from (the PPUI's command post, upwind) is the file's."""
    ((lon, lat),) = conn.execute(
        "SELECT ST_X(geom), ST_Y(geom) FROM crisis.plan_anchors WHERE label LIKE 'CP-Ops west%%'"
    ).fetchall()
    assert (lon, lat) == pytest.approx(places.PC_OPS_WEST, abs=1e-7)
