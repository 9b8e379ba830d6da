"""The demo plans' prepared zones and places, imported from their GeoPackages (demo/data/, plan_files.py) through the
API's import: the files read by gis_files, every feature checked by plan_import.check, all of them written by
store.plan_places.write as the plan's manager (as plan_import.run does), or nothing (the demo does not load).

The files are read in a process of its own (`python -m server_services.demo.prepared <file>...`): pyogrio brings its
own GDAL, which must not enter a process that loads QGIS (the demo is also loaded by the test sessions). It starts
at once, so that reading overlaps the first writes of the scenario.
"""

from __future__ import annotations

import json
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import psycopg
from psycopg.rows import dict_row

from ..config import ROOT
from .plan_files import BY_CODE

READ_TIMEOUT_S = 120


class Reading:
    """Files being read by the reading process (plan code -> path); `sources()` waits for them."""

    def __init__(self, files: dict[str, Path]):
        self.codes = list(files)
        self.process = subprocess.Popen(  # noqa: S603 - this module, on the demo's own files
            [sys.executable, "-m", "server_services.demo.prepared", *(str(path) for path in files.values())],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._sources = None

    def sources(self) -> dict:
        """plan code -> the file as gis_files.read found it (a SourceFile, geometries in EPSG:4326)."""
        if self._sources is None:
            out, err = self.process.communicate(timeout=READ_TIMEOUT_S)
            if self.process.returncode != 0:
                raise RuntimeError(f"the demo's plan files could not be read: {err.strip()[-2000:]}")
            self._sources = dict(zip(self.codes, (_source(s) for s in json.loads(out)), strict=True))
        return self._sources

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.communicate()


def start() -> Reading:
    """The demo plans' GeoPackages (plan_files.FILES), read meanwhile."""
    return Reading({code: plan.path for code, plan in BY_CODE.items()})


def _source(data: dict):
    """A SourceFile again, from what the reading process printed."""
    import shapely

    from ..api.gis_files import SourceFeature, SourceFile

    features = [
        SourceFeature(
            f["layer"],
            f["number"],
            f["properties"],
            None if f["wkb"] is None else shapely.from_wkb(bytes.fromhex(f["wkb"])),
        )
        for f in data["features"]
    ]
    return SourceFile(data["format"], data["layers"], data["fields"], features)


@contextmanager
def _dict_rows(conn: psycopg.Connection):
    """The API's stores read rows by column name."""
    factory = conn.row_factory
    conn.row_factory = dict_row
    try:
        yield conn
    finally:
        conn.row_factory = factory


def import_file(conn: psycopg.Connection, source, plan_id: int, manager_email: str) -> dict:
    """The file's features in place of the plan's prepared ones, checked and written as its manager does through
    `POST /api/plans/{id}/import` (mode replace); a feature refused stops the demo with the import's report."""
    from ..api import plan_import
    from ..store import plan_places
    from ..store.accounts import USER_COLUMNS, User

    options = plan_import.ImportOptions(mode="replace")
    with _dict_rows(conn):
        row = conn.execute(
            f"SELECT {USER_COLUMNS} FROM crisis.users u"  # noqa: S608 - constant text
            " JOIN crisis.organisations o ON o.id = u.organisation_id WHERE u.email = %s",
            (manager_email,),
        ).fetchone()
        report = plan_import.check(conn, source, options)
        if report.problems or not report.accepted:
            raise RuntimeError(f"plan {plan_id}: the demo's file was refused: {report.as_json(options)}")
        return plan_places.write(conn, User.from_row(row), plan_id, report.accepted, options.mode)


def read(paths: list[str]) -> list[dict]:
    """The files as gis_files.read finds them, each geometry as WKB in hex (this process only: pyogrio's GDAL)."""
    from ..api import gis_files

    out = []
    for path in paths:
        source = gis_files.read(Path(path).read_bytes())
        out.append(
            {
                "format": source.format,
                "layers": source.layers,
                "fields": source.fields,
                "features": [
                    {
                        "layer": f.layer,
                        "number": f.number,
                        "properties": f.properties,
                        "wkb": None if f.geometry is None else f.geometry.wkb_hex,
                    }
                    for f in source.features
                ],
            }
        )
    return out


if __name__ == "__main__":
    json.dump(read(sys.argv[1:]), sys.stdout)
