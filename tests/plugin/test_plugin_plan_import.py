"""The Processing algorithm "Import prepared zones into a plan" against the running platform, as the Antwerp
planner: a zipped Shapefile of zones in Lambert 72 lands in the right place; a layer whose kinds say nothing is
refused whole; explicit kinds for the values."""

from __future__ import annotations

import json

import pytest
import requests
from api import gis_samples as gs
from plugin_qt import process_events
from support import DEMO_PASSWORD

PLANNER = "planner@province-antwerp.demo"


@pytest.fixture(scope="module")
def saved_login(platform, qgis_app):
    """The planner's login saved as the plugin saves it, the plugin's algorithms registered."""
    from qgis.core import QgsApplication

    from qgis_plugin.core.auth import save_connection
    from qgis_plugin.processing.provider import CrisisPlatformProvider

    save_connection(platform.origin, PLANNER, DEMO_PASSWORD)
    provider = CrisisPlatformProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    yield
    QgsApplication.processingRegistry().removeProvider(provider)
    process_events()


def _api(platform, method: str, path: str, **kwargs):
    r = requests.request(method, f"{platform.origin}/api{path}", auth=(PLANNER, DEMO_PASSWORD), timeout=30, **kwargs)
    assert r.status_code < 300, r.text
    return r.json()


def test_import_a_lambert_72_shapefile_through_processing(saved_login, platform, admin_conn, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

    plan = _api(
        platform,
        "POST",
        "/plans",
        json={"code": "PIU-QGIS-IMPORT", "kind": "internal", "title": "Tank farm internal plan (QGIS import)"},
    )
    archive = tmp_path / "zones.zip"
    archive.write_bytes(gs.shapefile_zip(gs.zones_geojson(), tmp_path, "EPSG:31370"))
    source = QgsVectorLayer(f"/vsizip/{archive}/zones.shp", "zones", "ogr")  # as QGIS opens a zipped Shapefile
    assert source.isValid() and source.crs().authid() == "EPSG:31370"
    # The project owns it (and deletes it with the project): a layer Python owned would outlive QGIS in the
    # reference cycles of the refused run's exception, and crash the interpreter's exit.
    QgsProject.instance().addMapLayer(source)
    result = processing.run(
        "crisis_platform:import_plan_zones", {"PLAN_ID": plan["id"], "INPUT": source, "MODE": 1, "DRY_RUN": False}
    )
    report = json.loads(result["REPORT"])
    assert report["written"] and (result["ANCHORS"], result["PERIMETERS"]) == (0, 3)
    assert report["layers"][0]["crs"].startswith("EPSG:31370")
    for kind, label, ring in gs.ZONES:
        distance, stored_kind = admin_conn.execute(
            "SELECT ST_Distance(ST_Centroid(geom)::geography, ST_Centroid(ST_GeomFromGeoJSON(%s))::geography), kind"
            " FROM crisis.plan_perimeters WHERE plan_id = %s AND label = %s",
            (json.dumps(gs.polygon(ring)), plan["id"], label),
        ).fetchone()
        assert distance < 1.0 and stored_kind == {"Rood": "red", "Oranje": "orange", "Geel": "yellow"}[kind]

    # A layer whose kinds say nothing is refused whole, each feature named; nothing changes.
    with pytest.raises(QgsProcessingException, match="Nothing was written"):
        processing.run(
            "crisis_platform:import_plan_zones",
            {"PLAN_ID": plan["id"], "INPUT": source, "KIND_FIELD": "NAAM", "MODE": 1},
        )
    assert (
        admin_conn.execute("SELECT count(*) FROM crisis.plan_perimeters WHERE plan_id = %s", (plan["id"],)).fetchone()[
            0
        ]
        == 3
    )
    # Explicit kinds for the values, as a JSON map.
    mapped = processing.run(
        "crisis_platform:import_plan_zones",
        {
            "PLAN_ID": plan["id"],
            "INPUT": source,
            "KIND_FIELD": "ZONE",
            "LABEL_FIELD": "NAAM",
            "MODE": 1,
            "KIND_MAP": json.dumps({"Rood": "evacuation", "Oranje": "sheltering", "Geel": "traffic_diversion"}),
        },
    )
    assert mapped["PERIMETERS"] == 3
    assert {
        k for (k,) in admin_conn.execute("SELECT kind FROM crisis.plan_perimeters WHERE plan_id = %s", (plan["id"],))
    } == {"evacuation", "sheltering", "traffic_diversion"}
    QgsProject.instance().removeMapLayer(source.id())
