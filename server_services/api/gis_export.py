"""A plan's prepared zones and places written to the GIS formats the import reads (GeoPackage, zipped Shapefile,
KML, GeoJSON, GML), in EPSG:4326, 3812 or 31370, through geopandas and pyogrio (see gis_files.py: never in a
process that loads QGIS)."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

FORMATS = {  # name: (GDAL driver, file name, media type)
    "gpkg": ("GPKG", "{code}.gpkg", "application/geopackage+sqlite3"),
    "shapefile": ("ESRI Shapefile", "{code}-shapefile.zip", "application/zip"),
    "kml": ("KML", "{code}.kml", "application/vnd.google-earth.kml+xml"),
    "geojson": ("GeoJSON", "{code}.geojson", "application/geo+json"),
    "gml": ("GML", "{code}.gml", "application/gml+xml"),
}
CRSS = ("EPSG:4326", "EPSG:3812", "EPSG:31370")
LAYERS = (("zones", "perimeters"), ("places", "anchors"))  # layer name in the file, family


def _frame(rows: list[dict], crs: str):
    import geopandas
    import shapely

    frame = geopandas.GeoDataFrame(
        {"kind": [r["kind"] for r in rows], "label": [r["label"] for r in rows]},
        geometry=shapely.from_wkb([bytes(r["wkb"]) for r in rows]),
        crs="EPSG:4326",
    )
    return frame.to_crs(crs) if crs != "EPSG:4326" else frame


def write(code: str, features: dict[str, list[dict]], fmt: str, crs: str) -> tuple[bytes, str, str]:
    """(content, file name, media type) of the plan's features; KML is always in EPSG:4326 (its only CRS)."""
    import pyogrio

    driver, name, media_type = FORMATS[fmt]
    crs = "EPSG:4326" if fmt in ("kml", "geojson") else crs  # RFC 7946 and KML know WGS84 only
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in code)[:64] or "plan"
    frames = [(layer, _frame(features[family], crs)) for layer, family in LAYERS if features[family]]
    empty = not frames
    if empty:  # a plan with nothing prepared yet: an empty zones layer, so that the file opens as one
        frames = [("zones", _frame([], crs))]
    geometry_type = "MultiPolygon" if empty else None
    with tempfile.TemporaryDirectory(prefix="crisis-export-") as work:
        folder = Path(work)
        if fmt == "shapefile":  # one geometry type per Shapefile: zones.shp and places.shp in one zip
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for layer, frame in frames:
                    pyogrio.write_dataframe(
                        frame, folder / f"{layer}.shp", driver=driver, encoding="UTF-8", geometry_type=geometry_type
                    )
                    for part in sorted(folder.glob(f"{layer}.*")):
                        archive.write(part, part.name)
            return buffer.getvalue(), name.format(code=safe), media_type
        path = folder / f"plan.{fmt}"
        if fmt == "gpkg":
            for layer, frame in frames:
                pyogrio.write_dataframe(
                    frame, path, layer=layer, driver=driver, append=path.exists(), geometry_type=geometry_type
                )
        else:  # one layer of both kinds of geometry
            import geopandas
            import pandas

            both = geopandas.GeoDataFrame(pandas.concat([f for _, f in frames], ignore_index=True), crs=crs)
            pyogrio.write_dataframe(both, path, layer="features", driver=driver, geometry_type=geometry_type)
        return path.read_bytes(), name.format(code=safe), media_type
