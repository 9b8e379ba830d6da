"""Render GeoJSON layers with the platform's SLD files in MapServer (mapscript): `python mapserver_render.py job.json`.

Run in a process of its own: MapServer brings its own GDAL, which must not meet QGIS's in one process. The job
names the maps to draw (one layer each); the answer, on stdout, is what MapServer made of each SLD.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import mapscript

LAYER_TYPES = {
    mapscript.MS_LAYER_POINT: "point",
    mapscript.MS_LAYER_LINE: "line",
    mapscript.MS_LAYER_POLYGON: "polygon",
}
# What a MapServer serving these SLDs needs in its map: the SLDs link SVGs relative to themselves (resolved from
# the map's path when the SLD comes as a string), MapServer refuses every external graphic that this validation
# pattern does not allow, and it knows SE's shape://horline hatch only as a symbol of that name.
EXTERNAL_GRAPHICS = r"^(\.\./pictograms/|wind/|prepared/)?[a-z0-9_]+\.svg$"


def new_map(job: dict) -> mapscript.mapObj:
    size = job["size"]
    made = mapscript.mapObj()
    made.setSize(size, size)
    made.setProjection("init=epsg:3857")
    made.setExtent(*job["extent"])
    made.units = mapscript.MS_METERS
    made.resolution = job["dpi"]
    made.defresolution = job["dpi"]
    made.imagecolor.setRGB(255, 255, 255)
    made.setOutputFormat(mapscript.outputFormatObj("AGG/PNG", "png"))
    made.mappath = job["sld_dir"]
    made.web.validation.set("sld_external_graphic", EXTERNAL_GRAPHICS)
    hatch = mapscript.symbolObj("shape://horline")
    hatch.type = mapscript.MS_SYMBOL_HATCH
    made.symbolset.appendSymbol(hatch)
    # No fontset: MapServer's font aliases cannot hold a space, so "DejaVu Sans" falls back to its own font.
    return made


def draw(job: dict, scene: dict) -> dict:
    mapscript.msResetErrorList()
    made = new_map(job)
    layer = mapscript.layerObj(made)
    layer.name = scene["layer"]
    layer.status = mapscript.MS_ON
    layer.type = mapscript.MS_LAYER_POLYGON if scene["geometry"] == "polygon" else mapscript.MS_LAYER_POINT
    layer.setProjection("init=epsg:4326")
    layer.setConnectionType(mapscript.MS_OGR, "")
    layer.connection = scene["data"]
    try:
        applied = made.applySLD(Path(scene["sld"]).read_text(encoding="utf-8")) == mapscript.MS_SUCCESS
    except mapscript.MapServerError as failure:
        return {"applied": False, "drawn": False, "errors": [str(failure).strip()]}
    layer = made.getLayerByName(scene["layer"])
    answer = {
        "applied": applied,
        "type": LAYER_TYPES.get(layer.type, str(layer.type)),
        "classes": layer.numclasses,
        "symbols": sorted(
            {
                layer.getClass(c).getStyle(s).symbolname or ""
                for c in range(layer.numclasses)
                for s in range(layer.getClass(c).numstyles)
            }
            - {""}
        ),
    }
    messages = []
    try:
        made.draw().save(scene["png"])
        answer["drawn"] = True
    except mapscript.MapServerError as failure:
        answer["drawn"] = False
        messages.append(str(failure).strip())
    error = mapscript.msGetErrorObj()
    while error is not None and error.code != mapscript.MS_NOERR:
        messages.append(f"{error.routine}: {error.message}")
        error = error.next()
    answer["errors"] = messages
    return answer


def main(job_file: str) -> int:
    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    print(json.dumps({scene["name"]: draw(job, scene) for scene in job["scenes"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
