"""GIS files as planners send them, made with the system's ogr2ogr (another GDAL than the API's pyogrio) from
features whose places are known in EPSG:4326."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

# Around the Seveso site in the port of Antwerp: three rings and two places.
ZONES = [
    (
        "Rood",
        "Rode zone bij laadstation",
        [(4.2880, 51.2865), (4.2930, 51.2865), (4.2930, 51.2895), (4.2880, 51.2895), (4.2880, 51.2865)],
    ),
    (
        "Oranje",
        "Oranje zone",
        [(4.2840, 51.2840), (4.2970, 51.2840), (4.2970, 51.2920), (4.2840, 51.2920), (4.2840, 51.2840)],
    ),
    (
        "Geel",
        "Gele zone",
        [(4.2780, 51.2800), (4.3030, 51.2800), (4.3030, 51.2960), (4.2780, 51.2960), (4.2780, 51.2800)],
    ),
]
PLACES = [("CP-Ops", "CP-Ops west", (4.2790, 51.2850)), ("VMP", "VMP zuid", (4.2920, 51.2810))]


def feature(properties: dict, geometry: dict) -> dict:
    return {"type": "Feature", "properties": properties, "geometry": geometry}


def polygon(ring) -> dict:
    return {"type": "Polygon", "coordinates": [[list(p) for p in ring]]}


def point(lonlat) -> dict:
    return {"type": "Point", "coordinates": list(lonlat)}


def collection(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}


def zones_geojson() -> dict:
    return collection([feature({"ZONE": z, "NAAM": n}, polygon(r)) for z, n, r in ZONES])


def mixed_geojson() -> dict:
    return collection(
        [feature({"TYPE": z, "NAAM": n}, polygon(r)) for z, n, r in ZONES]
        + [feature({"TYPE": t, "NAAM": n}, point(p)) for t, n, p in PLACES]
    )


def ogr2ogr(
    source: dict, folder: Path, driver: str, name: str, srs: str | None = None, extra: tuple[str, ...] = ()
) -> Path:
    """Writes `source` (GeoJSON in EPSG:4326) with ogr2ogr; returns the file (or folder) written."""
    src = folder / f"{name}-source.geojson"
    src.write_text(json.dumps(source))
    out = folder / name
    command = ["ogr2ogr", "-f", driver, str(out), str(src), *(["-t_srs", srs] if srs else []), *extra]
    subprocess.run(command, check=True, capture_output=True, timeout=60)
    return out


def zipped(paths: list[Path], names: list[str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i, path in enumerate(paths):
            archive.write(path, names[i] if names else path.name)
    return buffer.getvalue()


def shapefile_zip(source: dict, folder: Path, srs: str, parts=(".shp", ".shx", ".dbf", ".prj")) -> bytes:
    """A zipped Shapefile named zones.* (ogr2ogr writes the .prj; leave it out of `parts` to drop it)."""
    out = ogr2ogr(source, folder, "ESRI Shapefile", "zones.shp", srs, ("-lco", "ENCODING=UTF-8"))
    return zipped([out.with_suffix(ext) for ext in parts])


def sample(fmt: str, folder: Path) -> bytes:
    """The mixed sample (zones and places) in one format and CRS; the Shapefile holds the zones only."""
    if fmt == "shapefile-31370":
        return shapefile_zip(zones_geojson(), folder, "EPSG:31370")
    if fmt == "gpkg-3812":
        return ogr2ogr(mixed_geojson(), folder, "GPKG", "plan.gpkg", "EPSG:3812").read_bytes()
    if fmt == "gpkg-31370":
        return ogr2ogr(mixed_geojson(), folder, "GPKG", "plan.gpkg", "EPSG:31370").read_bytes()
    if fmt == "kml":
        return ogr2ogr(mixed_geojson(), folder, "KML", "plan.kml", None, ("-dsco", "NameField=NAAM")).read_bytes()
    if fmt == "kmz":
        kml = ogr2ogr(mixed_geojson(), folder, "KML", "doc.kml", None, ("-dsco", "NameField=NAAM"))
        return zipped([kml])
    if fmt == "geojson-4326":
        return json.dumps(mixed_geojson()).encode()
    if fmt == "gml-3812":
        return ogr2ogr(mixed_geojson(), folder, "GML", "plan.gml", "EPSG:3812", ("-dsco", "FORMAT=GML3")).read_bytes()
    raise ValueError(fmt)
