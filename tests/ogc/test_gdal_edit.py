"""Another agency's GIS edits through GDAL's WFS driver, with GDAL's defaults (WFS 1.1.0, EPSG:4326 URNs in
latitude, longitude order, features named by gml:id): what it writes lands where it meant, to the centimetre, and
a change or a delete of feature X changes X and only X. GDAL runs in subprocesses (one GDAL per process)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import psycopg
import pytest
from support import DEMO_PASSWORD, wfs_geojson

PLANNER = "planner@province-antwerp.demo"
CM = 1e-7  # degrees: about a centimetre here

pytestmark = pytest.mark.skipif(shutil.which("ogr2ogr") is None, reason="GDAL command line tools are missing")

ANCHORS = [
    ("pc_ops", "GDAL PC-Ops", "", 4.30123, 51.29456),
    ("press_point", "GDAL press", "By the gate", 4.31234, 51.28765),
    ("road_block", "GDAL road block", "", 4.32345, 51.27654),
]
RING = [(4.3101, 51.2801), (4.3121, 51.2801), (4.3121, 51.2821), (4.3101, 51.2821), (4.3101, 51.2801)]


def _auth() -> list[str]:
    return ["--config", "GDAL_HTTP_AUTH", "BASIC", "--config", "GDAL_HTTP_USERPWD", f"{PLANNER}:{DEMO_PASSWORD}"]


def _run(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([args[0], *_auth(), *args[1:]], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])
    return result


def _ogr(script: str, ows: str) -> dict:
    """A Python script using osgeo.ogr against the WFS, in a process of its own; returns what it prints (JSON)."""
    code = textwrap.dedent(f"""
        import json
        from osgeo import gdal, ogr
        gdal.UseExceptions()
        gdal.SetConfigOption("GDAL_HTTP_AUTH", "BASIC")
        gdal.SetConfigOption("GDAL_HTTP_USERPWD", "{PLANNER}:{DEMO_PASSWORD}")
        ds = ogr.Open("WFS:{ows}", update=1)
    """) + textwrap.dedent(script)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def geopackage(tmp_path, situations, database):
    """Three anchors and two perimeters of the Antwerp incident, in a GeoPackage as another agency keeps them."""
    incident = situations["incident"].id
    anchors = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"situation_id": incident, "kind": kind, "label": label, "notes": notes},
                "geometry": {"type": "Point", "coordinates": [x, y]},
            }
            for kind, label, notes, x, y in ANCHORS
        ],
    }
    shifted = [(x + 0.004, y) for x, y in RING]
    perimeters = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"situation_id": incident, "kind": "orange", "label": "GDAL zone A", "notes": ""},
                "geometry": {"type": "MultiPolygon", "coordinates": [[[list(p) for p in RING]]]},
            },
            {
                "type": "Feature",
                "properties": {"situation_id": incident, "kind": "yellow", "label": "GDAL zone B", "notes": "downwind"},
                "geometry": {"type": "MultiPolygon", "coordinates": [[[list(p) for p in shifted]]]},
            },
        ],
    }
    with psycopg.connect(database.admin_url) as conn:  # what an earlier test appended
        conn.execute("DELETE FROM crisis.anchors WHERE label LIKE 'GDAL%%'")
        conn.execute("DELETE FROM crisis.perimeters WHERE label LIKE 'GDAL%%'")
    gpkg = tmp_path / "agency.gpkg"
    for name, collection in (("anchors", anchors), ("perimeters", perimeters)):
        source = tmp_path / f"{name}.geojson"
        source.write_text(json.dumps(collection))
        subprocess.run(
            ["ogr2ogr", "-f", "GPKG", *(["-update"] if gpkg.exists() else []), str(gpkg), str(source), "-nln", name],
            check=True,
            capture_output=True,
            timeout=60,
        )
    return gpkg


def _rows(admin_conn, table: str, labels: list[str]) -> dict[str, tuple]:
    rows = admin_conn.execute(
        f"SELECT label, id, notes, ST_AsText(geom), version FROM crisis.{table} WHERE label = ANY(%s)", (labels,)
    ).fetchall()
    admin_conn.commit()
    return {r[0]: r[1:] for r in rows}


VERSIONS = pytest.mark.parametrize("version", ["1.1.0", "1.0.0"])


def _wfs(ows: str, version: str) -> str:
    return f"WFS:{ows}" if version == "1.1.0" else f"WFS:{ows}?VERSION={version}"


@VERSIONS
def test_ogr2ogr_append_lands_in_the_right_place_and_fids_hold(ows, geopackage, admin_conn, version):
    for layer in ("anchors", "perimeters"):
        _run("ogr2ogr", "-append", _wfs(ows, version), str(geopackage), layer, "-nln", layer)
    anchors = _rows(admin_conn, "anchors", [a[1] for a in ANCHORS])
    assert len(anchors) == 3, anchors
    for _kind, label, notes, x, y in ANCHORS:
        anchor_id, stored_notes, wkt, _ = anchors[label]
        got_x, got_y = (float(v) for v in wkt.removeprefix("POINT(").removesuffix(")").split())
        assert abs(got_x - x) < CM and abs(got_y - y) < CM, (label, wkt)
        assert stored_notes == notes  # an empty string stays an empty string
    perimeters = admin_conn.execute(
        "SELECT label, ST_XMin(geom), ST_YMin(geom), ST_XMax(geom), ST_YMax(geom) FROM crisis.perimeters "
        "WHERE label IN ('GDAL zone A', 'GDAL zone B') ORDER BY label"
    ).fetchall()
    admin_conn.commit()
    assert [p[0] for p in perimeters] == ["GDAL zone A", "GDAL zone B"]
    xmin, ymin, xmax, ymax = perimeters[0][1:]
    assert abs(xmin - 4.3101) < CM and abs(ymin - 51.2801) < CM and abs(xmax - 4.3121) < CM and abs(ymax - 51.2821) < CM

    # ogrinfo reads back the features under the ids the database gave them.
    listed = _ogr(
        """
        out = {}
        for name in ("anchors", "perimeters"):
            layer = ds.GetLayerByName(name)
            layer.SetAttributeFilter("label LIKE 'GDAL%'")
            out[name] = {f.GetField("label"): f.GetFID() for f in layer}
        print(json.dumps(out))
    """,
        _wfs(ows, version)[4:],
    )
    assert listed["anchors"] == {label: values[0] for label, values in anchors.items()}


@VERSIONS
def test_gdal_changes_and_deletes_exactly_the_feature_asked(ows, geopackage, admin_conn, version):
    _run("ogr2ogr", "-append", _wfs(ows, version), str(geopackage), "anchors", "-nln", "anchors")
    before = _rows(admin_conn, "anchors", [a[1] for a in ANCHORS])
    target, other = before["GDAL press"][0], before["GDAL PC-Ops"][0]
    changed = _ogr(
        f"""
        layer = ds.GetLayerByName("anchors")
        feature = layer.GetFeature({target})
        feature.SetField("label", "GDAL press (moved label)")
        layer.SetFeature(feature)
        layer.DeleteFeature({other})
        layer.ResetReading()
        labels = sorted(f.GetField("label") for f in layer if f.GetField("label").startswith("GDAL"))
        print(json.dumps({{"labels": labels}}))
    """,
        _wfs(ows, version)[4:],
    )
    after = _rows(admin_conn, "anchors", ["GDAL press (moved label)", "GDAL PC-Ops", "GDAL road block"])
    assert set(after) == {"GDAL press (moved label)", "GDAL road block"}, after
    anchor_id, notes, wkt, version = after["GDAL press (moved label)"]
    assert anchor_id == target and version == 2 and notes == "By the gate"
    assert wkt == before["GDAL press"][2], "the position moved when only the label changed"
    assert after["GDAL road block"] == before["GDAL road block"]
    assert "GDAL PC-Ops" not in changed["labels"]


def test_gdal_spatial_filter_in_any_published_crs(ows, admin_conn, situations):
    """GDAL's -spat sends BBOX with the CRS named: it finds the features there, whatever the CRS."""
    result = _run(
        "ogrinfo",
        "-ro",
        "-q",
        f"WFS:{ows}",
        "anchors",
        "-spat",
        "4.29",
        "51.28",
        "4.33",
        "51.30",
        "-where",
        f"situation_id = {situations['incident'].id}",
    )
    assert "anchors." in result.stdout or "OGRFeature" in result.stdout


@pytest.mark.parametrize(
    "bbox,srs_name",
    [
        ("51.28,4.29,51.30,4.33,urn:ogc:def:crs:EPSG::4326", ""),  # WFS 1.1.0: latitude first, as the URN says
        ("4.29,51.28,4.33,51.30", ""),  # no CRS named: the layer's, x = longitude
        ("4.29,51.28,4.33,51.30,EPSG:4326", ""),
        ("148000,210000,153000,214000,EPSG:31370", ""),  # Belgian Lambert 72 around the Antwerp incident
        ("477000,6668000,482000,6672000,EPSG:3857", ""),
        ("477000,6668000,482000,6672000", "EPSG:3857"),
        ("51.28,4.29,51.30,4.33,urn:ogc:def:crs:EPSG::4326", "EPSG:3857"),
        ("148000,210000,153000,214000,EPSG:31370", "EPSG:31370"),
    ],
)
def test_wfs_bbox_in_any_published_crs_finds_the_features(ows, sessions, admin_conn, situations, bbox, srs_name):
    incident = situations["incident"].id
    expected = admin_conn.execute(
        "SELECT count(*) FROM crisis.anchors WHERE situation_id = %s AND geom && ST_MakeEnvelope(4.29, 51.28, 4.33, "
        "51.30, 4326)",
        (incident,),
    ).fetchone()[0]
    admin_conn.commit()
    assert expected > 0
    response = sessions(PLANNER).get(
        ows,
        params=wfs_geojson(
            "anchors",
            BBOX=bbox,
            EXP_FILTER=f'"situation_id" = {incident}',
            **({"SRSNAME": srs_name} if srs_name else {}),
        ),
        timeout=60,
    )
    assert response.status_code == 200, response.text[:300]
    found = len(response.json()["features"])
    if "31370" in bbox or "3857" in bbox or srs_name:
        assert found > 0, bbox  # another box, about the same place
    else:
        assert found == expected, (bbox, found, expected)


@VERSIONS
def test_gdal_changes_and_deletes_exactly_the_perimeter_asked(ows, geopackage, admin_conn, version):
    _run("ogr2ogr", "-append", _wfs(ows, version), str(geopackage), "perimeters", "-nln", "perimeters")
    rows = dict(
        admin_conn.execute(
            "SELECT label, id FROM crisis.perimeters WHERE label IN ('GDAL zone A', 'GDAL zone B')"
        ).fetchall()
    )
    shape = admin_conn.execute(
        "SELECT ST_AsText(geom) FROM crisis.perimeters WHERE id = %s", (rows["GDAL zone A"],)
    ).fetchone()[0]
    admin_conn.commit()
    _ogr(
        f"""
        layer = ds.GetLayerByName("perimeters")
        feature = layer.GetFeature({rows["GDAL zone A"]})
        feature.SetField("label", "GDAL zone A (renamed)")
        layer.SetFeature(feature)
        layer.DeleteFeature({rows["GDAL zone B"]})
        print(json.dumps({{}}))
    """,
        _wfs(ows, version)[4:],
    )
    after = admin_conn.execute(
        "SELECT id, label, ST_AsText(geom), version FROM crisis.perimeters WHERE id = ANY(%s) ORDER BY id",
        (list(rows.values()),),
    ).fetchall()
    admin_conn.commit()
    assert after == [(rows["GDAL zone A"], "GDAL zone A (renamed)", shape, 2)]
