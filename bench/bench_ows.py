"""Benchmark of the OGC front, side by side in one run on the same rows (`make bench-ows`).

A scratch database (migrated, demo loaded) gets a situation of 10,000 anchors and 1,000 perimeters of 65
vertices; the platform is started on free ports against it. Measured, median of N requests each:
  - WFS GetFeature as GeoJSON of that situation (anchors, perimeters) through the platform's origin
    (nginx, authentication, access control, QGIS Server) against the raw PostGIS query that builds the same
    GeoJSON (json_agg(ST_AsGeoJSON(t.*))) on a direct connection;
  - WMS GetMap 1024x768 of the demo incident (all published layers, PNG).
Goals on a 2-core machine: GetFeature within 2x of the raw query, GetMap median under 150 ms.
The scratch database is dropped at the end.
"""

from __future__ import annotations

import argparse
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server_services.config import Settings, load_settings  # noqa: E402
from server_services.db import with_dbname  # noqa: E402
from server_services.demo import load_demo  # noqa: E402
from server_services.demo.scenario import DEMO_PASSWORD  # noqa: E402
from server_services.migrations import migrate  # noqa: E402
from server_services.stack import Ports, Stack, free_port_block  # noqa: E402

LOGIN = ("planner@province-antwerp.demo", DEMO_PASSWORD)
ANCHORS, PERIMETERS = 10_000, 1_000
GETFEATURE_GOAL, GETMAP_GOAL_MS = 2.0, 150.0

FILL = """
INSERT INTO crisis.anchors (situation_id, kind, label, status, notes, geom)
SELECT %(sid)s, (ARRAY(SELECT code FROM crisis.anchor_kinds ORDER BY code))[1 + i %% 14], 'Bench anchor ' || i,
       'active', '', ST_SetSRID(ST_MakePoint(3.60 + (i %% 100) * 0.003, 50.90 + (i / 100) * 0.002), 4326)
FROM generate_series(0, %(anchors)s - 1) i
;;
INSERT INTO crisis.perimeters (situation_id, kind, label, notes, geom)
SELECT %(sid)s, (ARRAY['red', 'orange', 'yellow', 'intervention_zone', 'evacuation'])[1 + i %% 5],
       'Bench perimeter ' || i, '',
       ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(3.60 + (i %% 40) * 0.0075, 50.90 + (i / 40) * 0.008), 4326),
                          0.002, 16))
FROM generate_series(0, %(perimeters)s - 1) i
"""

RAW = """
SELECT json_build_object('type', 'FeatureCollection', 'features', json_agg(ST_AsGeoJSON(t.*)::json))::text
FROM (SELECT {columns} FROM crisis.{table} WHERE situation_id = %s) t
"""

# (row name, layer, PROPERTYNAME, raw columns, a goal?, Accept-Encoding): the whole features as GIS clients ask
# for them (QGIS, GDAL and OWSLib accept gzip: nginx compresses), then, to show where the time goes, the perimeters
# uncompressed and the anchors with their key and geometry only (QGIS Server always writes the key: id, version).
MEASURES = (
    ("anchors", "anchors", "", "*", True, "gzip"),
    ("perimeters", "perimeters", "", "*", True, "gzip"),
    ("perimeters: uncompressed", "perimeters", "", "*", False, "identity"),
    ("anchors: key + geometry", "anchors", "id,version,geom", "id, version, geom", False, "gzip"),
)


def _median_ms(run, n: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(n):
        start = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def prepare(admin_url: str) -> tuple[int, int]:
    """Demo plus the bench situation; returns (bench situation id, demo incident id)."""
    migrate(admin_url, log=lambda *_: None)
    load_demo(admin_url)
    with psycopg.connect(admin_url) as conn:
        owner = conn.execute("SELECT id FROM crisis.organisations WHERE slug = 'province-antwerp'").fetchone()[0]
        sid = conn.execute(
            "INSERT INTO crisis.situations (kind, status, title, owner_org_id) "
            "VALUES ('test', 'active', 'Benchmark situation (10,000 anchors)', %s) RETURNING id",
            (owner,),
        ).fetchone()[0]
        for statement in FILL.split(";;"):
            conn.execute(statement, {"sid": sid, "anchors": ANCHORS, "perimeters": PERIMETERS})
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("ANALYZE crisis.anchors")
        conn.execute("ANALYZE crisis.perimeters")
        incident = conn.execute(
            "SELECT id FROM crisis.situations WHERE kind = 'incident' ORDER BY id LIMIT 1"
        ).fetchone()[0]
    return sid, incident


def incident_bbox(admin_url: str, incident: int, width: int, height: int) -> str:
    """The incident's area in EPSG:3857, widened to the image's proportions."""
    with psycopg.connect(admin_url) as conn:
        x0, y0, x1, y1 = conn.execute(
            "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
            "(SELECT ST_Extent(ST_Transform(area, 3857)) e FROM crisis.situations WHERE id = %s) s",
            (incident,),
        ).fetchone()
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    half_h = max((y1 - y0) / 2, (x1 - x0) / 2 * height / width) * 1.05
    half_w = half_h * width / height
    return f"{cx - half_w},{cy - half_h},{cx + half_w},{cy + half_h}"


def run(n: int) -> int:
    settings = load_settings()
    name = f"crisis_bench_ows_{secrets.token_hex(4)}"
    maintenance = with_dbname(settings.admin_database_url, "postgres")
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    admin_url, app_url = with_dbname(settings.admin_database_url, name), with_dbname(settings.app_database_url, name)
    stack = None
    try:
        print(f"preparing {name}: demo + {ANCHORS:,} anchors and {PERIMETERS:,} perimeters ...", flush=True)
        sid, incident = prepare(admin_url)
        base = free_port_block()
        work = Path(tempfile.mkdtemp(prefix="crisis-bench-ows-"))
        stack = Stack(
            Settings(admin_url, app_url, base, work),
            Ports(base, base + 1, base + 2),
            work / "run",
            work / "log",
            die_with_parent=True,
        )
        stack.start(timeout=180)
        ows = f"{stack.origin}/ows"
        http = requests.Session()
        http.auth = LOGIN
        print(f"platform at {stack.origin}; median of {n} requests each\n")

        rows = []
        with psycopg.connect(app_url) as conn:
            for label, table, properties, columns, goal, encoding in MEASURES:
                url = (
                    f"{ows}?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME={table}"
                    f"&OUTPUTFORMAT=application/json&EXP_FILTER=%22situation_id%22%20%3D%20{sid}"
                    + (f"&PROPERTYNAME={properties}" if properties else "")
                )

                def wfs(url=url, encoding=encoding):
                    response = http.get(url, timeout=120, headers={"Accept-Encoding": encoding})
                    response.raise_for_status()
                    return response.content

                query = RAW.format(table=table, columns=columns)

                def raw(query=query):
                    return conn.execute(query, (sid,)).fetchone()[0]

                for _ in range(2):  # warm both workers and the database cache
                    wfs(), raw()
                wfs_ms, body = _median_ms(wfs, n)
                raw_ms, text = _median_ms(raw, n)
                features = body.count(b'"type":"Feature"') or body.count(b'"type": "Feature"')
                rows.append(
                    (
                        label,
                        goal,
                        features,
                        text.count('"type": "Feature"') + text.count('"type":"Feature"'),
                        wfs_ms,
                        raw_ms,
                        len(body),
                        len(text),
                    )
                )

        print(
            f"{'WFS GetFeature GeoJSON':<26}{'features':>10}{'QGIS ms':>10}{'raw ms':>10}{'ratio':>8}"
            f"{'goal':>8}{'QGIS MB':>9}{'raw MB':>8}"
        )
        ok = True
        for label, goal, features, raw_features, wfs_ms, raw_ms, size, raw_size in rows:
            ratio = wfs_ms / raw_ms
            if goal:
                ok &= ratio <= GETFEATURE_GOAL
            print(
                f"{label:<26}{features:>10,}{wfs_ms:>10.1f}{raw_ms:>10.1f}{ratio:>8.2f}"
                f"{'<= ' + str(GETFEATURE_GOAL) if goal else '':>8}{size / 1e6:>9.2f}{raw_size / 1e6:>8.2f}"
                + ("" if features == raw_features else f"  (raw query: {raw_features} features)")
            )
        whole = [r for r in rows if r[1]]
        total_wfs, total_raw = sum(r[4] for r in whole), sum(r[5] for r in whole)
        print(f"{'both layers':<26}{'':>10}{total_wfs:>10.1f}{total_raw:>10.1f}{total_wfs / total_raw:>8.2f}")

        bbox = incident_bbox(admin_url, incident, 1024, 768)
        layers = "situations,plan_zones,perimeters,weather_observations,feed_entries,anchors"
        print(f"\n{'WMS GetMap 1024x768, demo incident':<40}{'median ms':>10}{'KB':>8}{'goal':>12}")
        for fmt in ("image/png", "image/png; mode=8bit", "image/jpeg"):
            url = (
                f"{ows}?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS={layers}&STYLES=&CRS=EPSG:3857"
                f"&BBOX={bbox}&WIDTH=1024&HEIGHT=768&FORMAT={fmt}"
            )
            for _ in range(2):
                http.get(url, timeout=120).raise_for_status()
            ms, response = _median_ms(lambda url=url: http.get(url, timeout=120), n)
            response.raise_for_status()
            goal = fmt == "image/png"
            if goal:
                ok &= ms < GETMAP_GOAL_MS
            print(
                f"{fmt:<40}{ms:>10.1f}{len(response.content) / 1024:>8.0f}"
                f"{f'< {GETMAP_GOAL_MS:.0f} ms' if goal else '':>12}"
            )
        print("\nall goals met" if ok else "\nsome goals missed (see above)")
        return 0
    finally:
        if stack is not None:
            stack.stop()
        with psycopg.connect(maintenance, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        print(f"dropped {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15, help="requests per measure (median)")
    return run(parser.parse_args().n)


if __name__ == "__main__":
    sys.exit(main())
