"""GDAL/OGR's WFS driver against the platform (one GDAL per process: run as subprocesses)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from support import DEMO_PASSWORD

from server_services.ogc.layers import LAYERS

PLANNER = "planner@province-antwerp.demo"

pytestmark = pytest.mark.skipif(shutil.which("ogr2ogr") is None, reason="GDAL command line tools are missing")


def _gdal(*args: str, email: str = PLANNER, password: str = DEMO_PASSWORD) -> subprocess.CompletedProcess:
    auth = ["--config", "GDAL_HTTP_AUTH", "BASIC", "--config", "GDAL_HTTP_USERPWD", f"{email}:{password}"]
    return subprocess.run([args[0], *auth, *args[1:]], capture_output=True, text=True, timeout=120)


def _visible_counts(admin_conn, email: str) -> dict[str, int]:
    """Rows of each layer in the situations (or plans) the login sees, counted in the database."""
    uid = admin_conn.execute("SELECT id FROM crisis.users WHERE email = %s", (email,)).fetchone()[0]
    counts = {}
    for spec in LAYERS:
        function = "crisis.visible_plan_ids" if spec.scoped_by_plan else "crisis.visible_situation_ids"
        counts[spec.name] = admin_conn.execute(
            f"SELECT count(*) FROM {spec.schema}.{spec.relation} WHERE {spec.scope_column} IN (SELECT {function}(%s))",
            (uid,),
        ).fetchone()[0]
    return counts


def test_ogrinfo_lists_every_layer(ows):
    result = _gdal("ogrinfo", "-ro", "-q", f"WFS:{ows}")
    assert result.returncode == 0, result.stderr
    listed = {line.split(":", 1)[1].split("(")[0].strip() for line in result.stdout.splitlines() if ":" in line}
    assert {spec.name for spec in LAYERS} <= listed


def test_ogrinfo_without_or_with_wrong_credentials_fails(ows):
    result = subprocess.run(["ogrinfo", "-ro", "-q", f"WFS:{ows}"], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "401" in result.stderr
    result = _gdal("ogrinfo", "-ro", "-q", f"WFS:{ows}", email="nobody@crisis-platform.demo", password="wrong")
    assert result.returncode != 0


@pytest.mark.parametrize("email", [PLANNER, "outsider@province-liege.demo"])
def test_ogr2ogr_reads_every_layer(ows, tmp_path, admin_conn, email):
    expected = _visible_counts(admin_conn, email)
    for spec in LAYERS:
        out = tmp_path / f"{spec.name}.geojson"
        result = _gdal("ogr2ogr", "-f", "GeoJSON", str(out), f"WFS:{ows}", spec.name, email=email)
        assert result.returncode == 0, result.stderr
        features = json.loads(out.read_text())["features"]
        assert len(features) == expected[spec.name], spec.name
        assert all(spec.scope_column in f["properties"] for f in features)


def test_ogr2ogr_reads_geometry_in_place(ows, tmp_path, admin_conn, situations):
    """Longitude and latitude come out where they are stored (axis order of WFS 1.1.0 GML)."""
    anchor_id, lon, lat = admin_conn.execute(
        "SELECT id, ST_X(geom), ST_Y(geom) FROM crisis.anchors WHERE situation_id = %s ORDER BY id LIMIT 1",
        (situations["incident"].id,),
    ).fetchone()
    out = tmp_path / "anchor.geojson"
    result = _gdal(
        "ogr2ogr",
        "-f",
        "GeoJSON",
        "-t_srs",
        "OGC:CRS84",
        "-where",
        f"id = {anchor_id}",
        str(out),
        f"WFS:{ows}",
        "anchors",
    )
    assert result.returncode == 0, result.stderr
    (feature,) = json.loads(out.read_text())["features"]
    assert feature["geometry"]["coordinates"] == pytest.approx([lon, lat], abs=1e-6)
