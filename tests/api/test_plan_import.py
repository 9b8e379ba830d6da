"""Importing a plan's prepared zones and places from GIS files through the API: every format and CRS lands in the
right place (checked against PostGIS), the mapping of attributes to kinds, the whole-file check reported per
feature with nothing written, and hostile files (bombs, traversal, huge, not GIS) refused."""

from __future__ import annotations

import io
import json
import zipfile

import psycopg
import pytest

from . import gis_samples as gs

PLANNER = "planner@province-antwerp.demo"


@pytest.fixture(scope="module")
def plan(clients) -> dict:
    r = clients[PLANNER].post(
        "/api/plans",
        json={"code": "PIU-IMPORT", "kind": "internal", "title": "Internal plan of the tank farm (import tests)"},
    )
    assert r.status_code == 201, r.text
    return r.json()


def post_file(client, plan_id: int, content: bytes, options: dict | None = None, name: str = "upload"):
    files = {"file": (name, content, "application/octet-stream")}
    if options is not None:
        files["options"] = (None, json.dumps(options), "application/json")
    return client.post(f"/api/plans/{plan_id}/import", files=files)


def counts(database, plan_id: int) -> tuple[int, int]:
    with psycopg.connect(database.admin_url) as conn:
        return conn.execute(
            "SELECT (SELECT count(*) FROM crisis.plan_anchors WHERE plan_id = %s),"
            " (SELECT count(*) FROM crisis.plan_perimeters WHERE plan_id = %s)",
            (plan_id, plan_id),
        ).fetchone()


def worst_offset_m(database, plan_id: int) -> dict[str, float]:
    """label -> how far (m) the stored feature lies from where the sample put it (Hausdorff, in EPSG:3812)."""
    expected = {n: gs.polygon(r) for _, n, r in gs.ZONES} | {n: gs.point(p) for _, n, p in gs.PLACES}
    out = {}
    with psycopg.connect(database.admin_url) as conn:
        for table in ("plan_perimeters", "plan_anchors"):
            for label, distance in conn.execute(
                f"SELECT label, ST_HausdorffDistance(ST_Transform(geom, 3812), ST_Transform("
                f"  ST_SetSRID(ST_GeomFromGeoJSON(%s::jsonb ->> label), 4326), 3812))"
                f" FROM crisis.{table} WHERE plan_id = %s",
                (json.dumps({k: json.dumps(v) for k, v in expected.items()}), plan_id),
            ):
                out[label] = distance
    return out


@pytest.mark.parametrize(
    "fmt, places",
    [
        ("shapefile-31370", 0),
        ("gpkg-3812", 2),
        ("gpkg-31370", 2),
        ("kml", 2),
        ("kmz", 2),
        ("geojson-4326", 2),
        ("gml-3812", 2),
    ],
)
def test_each_format_and_crs_lands_to_the_centimetre(clients, database, plan, tmp_path, fmt, places):
    content = gs.sample(fmt, tmp_path)
    r = post_file(clients[PLANNER], plan["id"], content, {"mode": "replace"})
    assert r.status_code == 201, r.text
    report = r.json()
    assert report["written"] and report["problems"] == [] and (report["anchors"], report["perimeters"]) == (places, 3)
    assert report["mapping"]["guessed"] and report["mapping"]["values"]["Rood"] == "red"
    assert counts(database, plan["id"]) == (places, 3)
    offsets = worst_offset_m(database, plan["id"])
    assert set(offsets) == {n for _, n, _ in gs.ZONES} | ({n for _, n, _ in gs.PLACES} if places else set())
    assert max(offsets.values()) < 0.01, offsets
    if fmt == "shapefile-31370":
        assert report["layers"][0]["crs"].startswith("EPSG:31370")


def test_lambert_72_shapefile_zones_land_where_they_belong(clients, database, plan, tmp_path):
    """The acceptance: a zipped Shapefile of zones in Lambert 72, dry run then import; in place to under a metre."""
    content = gs.shapefile_zip(gs.zones_geojson(), tmp_path, "EPSG:31370")
    dry = post_file(clients[PLANNER], plan["id"], content, {"dry_run": True, "mode": "replace"})
    assert dry.status_code == 200 and not dry.json()["written"] and dry.json()["perimeters"] == 3
    assert dry.json()["mapping"]["kind_field"] == "ZONE" and dry.json()["mapping"]["label_field"] == "NAAM"
    written = post_file(clients[PLANNER], plan["id"], content, {"mode": "replace"})
    assert written.status_code == 201 and len(written.json()["created"]["perimeters"]) == 3
    with psycopg.connect(database.admin_url) as conn:
        rows = conn.execute(
            "SELECT kind, ST_Distance(ST_Centroid(geom)::geography, ST_Centroid(ST_GeomFromGeoJSON(%s))::geography)"
            " FROM crisis.plan_perimeters WHERE plan_id = %s AND label = 'Rode zone bij laadstation'",
            (json.dumps(gs.polygon(gs.ZONES[0][2])), plan["id"]),
        ).fetchall()
    assert len(rows) == 1 and rows[0][0] == "red" and rows[0][1] < 1.0


def test_a_file_with_bad_features_is_reported_whole_and_nothing_written(clients, database, plan):
    bad = gs.collection(
        [
            gs.feature({"TYPE": "Rood", "NAAM": "good"}, gs.polygon(gs.ZONES[0][2])),
            gs.feature(
                {"TYPE": "Oranje", "NAAM": "bow tie"},
                gs.polygon([(4.28, 51.28), (4.29, 51.29), (4.29, 51.28), (4.28, 51.29), (4.28, 51.28)]),
            ),
            gs.feature(
                {"TYPE": "Rood", "NAAM": "a line"},
                {"type": "LineString", "coordinates": [[4.28, 51.28], [4.29, 51.29]]},
            ),
            gs.feature({"TYPE": "Disco", "NAAM": "unknown"}, gs.point((4.29, 51.285))),
            gs.feature({"TYPE": "CP-Ops", "NAAM": "in the North Sea"}, gs.point((2.70, 51.40))),
            gs.feature({"TYPE": "Rood", "NAAM": "a red point"}, gs.point((4.29, 51.285))),
        ]
    )
    before = counts(database, plan["id"])
    for dry_run, status in ((True, 200), (False, 422)):
        r = post_file(clients[PLANNER], plan["id"], json.dumps(bad).encode(), {"dry_run": dry_run})
        assert r.status_code == status, r.text
        report = r.json() if dry_run else r.json()["error"]["details"]["report"]
        reasons = {p["feature"]: p["reason"] for p in report["problems"]}
        assert sorted(reasons) == [2, 3, 4, 5, 6], reasons
        assert "Self-intersection" in reasons[2]
        assert "a line" in reasons[3]
        assert "unknown kind 'Disco'" in reasons[4]
        assert "outside Belgium" in reasons[5]
        assert "does not fit a point" in reasons[6]
        assert not report["written"]
    assert counts(database, plan["id"]) == before


def test_explicit_mapping_where_the_names_say_nothing(clients, database, plan):
    coded = gs.collection(
        [
            gs.feature({"CAT": "A", "OMS": "Zone A"}, gs.polygon(gs.ZONES[0][2])),
            gs.feature({"CAT": "B", "OMS": "Post B"}, gs.point(gs.PLACES[0][2])),
        ]
    )
    guessed = post_file(clients[PLANNER], plan["id"], json.dumps(coded).encode(), {"dry_run": True})
    assert {p["feature"] for p in guessed.json()["problems"]} == {1, 2}
    assert "kind_field" in guessed.json()["problems"][0]["reason"]
    r = post_file(
        clients[PLANNER],
        plan["id"],
        json.dumps(coded).encode(),
        {"kind_field": "cat", "kind_map": {"A": "red", "B": "pc_ops"}, "label_field": "OMS", "mode": "replace"},
    )
    assert r.status_code == 201, r.text
    with psycopg.connect(database.admin_url) as conn:
        assert conn.execute(
            "SELECT kind, label FROM crisis.plan_anchors WHERE plan_id = %s", (plan["id"],)
        ).fetchall() == [("pc_ops", "Post B")]
    wrong = post_file(clients[PLANNER], plan["id"], json.dumps(coded).encode(), {"kind_map": {"A": "purple"}})
    assert wrong.status_code == 422 and "purple" in wrong.json()["error"]["details"]["fields"]["kind_map"]
    missing = post_file(clients[PLANNER], plan["id"], json.dumps(coded).encode(), {"kind_field": "NOPE"})
    assert missing.status_code == 422 and "CAT" in missing.json()["error"]["details"]["fields"]["kind_field"]


def test_a_shapefile_without_prj_is_refused_clearly(clients, plan, tmp_path):
    content = gs.shapefile_zip(gs.zones_geojson(), tmp_path, "EPSG:31370", parts=(".shp", ".shx", ".dbf"))
    r = post_file(clients[PLANNER], plan["id"], content, {"dry_run": True})
    assert r.status_code == 422 and ".prj" in r.json()["error"]["message"]
    declared = post_file(clients[PLANNER], plan["id"], content, {"dry_run": True, "source_crs": "EPSG:31370"})
    assert declared.status_code == 200 and declared.json()["problems"] == []


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content, status, words",
    [
        (_zip({"zones.shp": b"\0" * (40 * 1024 * 1024), "zones.shx": b"", "zones.dbf": b""}), 422, "zip bomb"),
        (_zip({"../../zones.shp": b"x", "../../zones.shx": b"x", "../../zones.dbf": b"x"}), 422, "path traversal"),
        (_zip({"readme.txt": b"nothing here"}), 415, "neither a Shapefile"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, 415, "not a GeoPackage"),
        (b"\0" * (21 * 1024 * 1024), 413, "larger than"),
        (b'<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaa">]><kml>&a;</kml>', 422, "DTD"),
        (
            b'<kml xmlns="http://www.opengis.net/kml/2.2"><NetworkLink><Link><href>http://x/y.kml</href></Link>'
            b"</NetworkLink></kml>",
            422,
            "NetworkLink",
        ),
        (b'{"type": "FeatureCollection", "features": [', 422, "not valid JSON"),
    ],
)
def test_hostile_files_are_refused_and_nothing_is_written(clients, database, plan, content, status, words):
    before = counts(database, plan["id"])
    r = post_file(clients[PLANNER], plan["id"], content)
    assert r.status_code == status, r.text[:500]
    assert words in r.json()["error"]["message"], r.json()
    assert counts(database, plan["id"]) == before


@pytest.mark.parametrize(
    "email, status",
    [
        ("reader@police-antwerp.demo", 404),
        ("officer@fire-antwerp.demo", 404),
        ("outsider@province-liege.demo", 404),
        ("coordinator@crisis-centre.demo", 403),
    ],
)
def test_only_the_owner_coordinators_import(clients, database, plan, email, status):
    """The test plan is shared with nobody: the Antwerp services do not read it (404); the crisis centre reads
    every plan but changes none it does not own (403)."""
    r = post_file(clients[email], plan["id"], json.dumps(gs.zones_geojson()).encode())
    assert r.status_code == status, r.text


def test_readers_of_a_shared_plan_may_not_import(clients, database):
    with psycopg.connect(database.admin_url) as conn:
        ppui = conn.execute("SELECT id FROM crisis.plans WHERE code = 'BNIP-PA-017'").fetchone()[0]
    r = post_file(clients["reader@police-antwerp.demo"], ppui, json.dumps(gs.zones_geojson()).encode())
    assert r.status_code == 403


def test_bad_options_are_refused(clients, plan):
    for options in (
        {"mode": "merge"},
        {"dry_run": "yes"},
        {"kind_map": ["red"]},
        {"unknown": 1},
        {"source_crs": "EPSG:99999999"},
    ):
        r = post_file(clients[PLANNER], plan["id"], json.dumps(gs.zones_geojson()).encode(), options)
        assert r.status_code == 422, (options, r.text)
    json_body = clients[PLANNER].post(f"/api/plans/{plan['id']}/import", json={"file": "x"})
    assert json_body.status_code == 415


@pytest.mark.parametrize(
    "fmt, crs",
    [
        ("gpkg", "EPSG:3812"),
        ("shapefile", "EPSG:31370"),
        ("kml", "EPSG:4326"),
        ("geojson", "EPSG:4326"),
        ("gml", "EPSG:31370"),
    ],
)
def test_export_then_import_gives_back_the_same_places(clients, database, fmt, crs):
    """A plan's zones and places exported (as a reader may), imported into another plan: same kinds, labels
    and places to the centimetre."""
    with psycopg.connect(database.admin_url) as conn:
        ppui = conn.execute("SELECT id FROM crisis.plans WHERE code = 'BNIP-PA-017'").fetchone()[0]
    exported = clients["reader@police-antwerp.demo"].get(
        f"/api/plans/{ppui}/export", params={"format": fmt, "crs": crs}
    )
    assert exported.status_code == 200, exported.text[:300]
    assert exported.headers["Content-Disposition"].startswith("attachment; filename*=UTF-8''BNIP-PA-017")
    assert exported.headers["Cache-Control"] == "private, no-store"
    copy = (
        clients[PLANNER]
        .post(
            "/api/plans",
            json={"code": f"PIU-ROUNDTRIP-{fmt}", "kind": "internal", "title": "Round trip of the PPUI's features"},
        )
        .json()
    )
    r = post_file(clients[PLANNER], copy["id"], exported.content)
    assert r.status_code == 201, r.text
    assert (r.json()["anchors"], r.json()["perimeters"]) == (9, 1)
    with psycopg.connect(database.admin_url) as conn:
        for table in ("plan_anchors", "plan_perimeters"):
            rows = conn.execute(
                f"SELECT a.kind = b.kind, ST_HausdorffDistance(ST_Transform(a.geom, 3812), ST_Transform(b.geom, 3812))"
                f" FROM crisis.{table} a JOIN crisis.{table} b ON b.label = a.label"
                f" WHERE a.plan_id = %s AND b.plan_id = %s",
                (ppui, copy["id"]),
            ).fetchall()
            assert rows and all(same and distance < 0.01 for same, distance in rows), (table, rows)
    assert clients["outsider@province-liege.demo"].get(f"/api/plans/{ppui}/export").status_code == 404
    assert clients[PLANNER].get(f"/api/plans/{ppui}/export", params={"format": "dxf"}).status_code == 422
