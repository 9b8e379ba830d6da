"""The GeoPackages in which the demo's planners keep their plans' prepared zones and places (demo/data/<code>.gpkg).

Made once and committed: `python -m server_services.demo.plan_files` writes them again (`--out` elsewhere), from the
scenario's places (places.py), as the provinces' and cities' GIS keep such files: Belgian Lambert 72 or 2008, the
kind and the name in attributes of their own language. The demo loader reads them through the API's import
(prepared.py). Runs with pyogrio's GDAL: never in a process that loads QGIS.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from . import places as p

DATA_DIR = Path(__file__).with_name("data")
METRIC = "EPSG:3812"  # shapes are built in metres (Belgian Lambert 2008), then written in the file's own CRS
# GeoPackages stamp their tables with the time they were written: a fixed one keeps a regenerated file the same.
WRITTEN_AT = "2025-03-01T09:00:00.000Z"


@dataclass(frozen=True)
class PlanFile:
    """One plan's file: its CRS, the names of its layers and attributes, its zones and places."""

    code: str
    crs: str
    kind_field: str
    label_field: str
    zones_layer: str
    places_layer: str
    zones: tuple  # (kind as the planners write it, name, shape builder in METRIC)
    places: tuple  # (kind as the planners write it, name, (lon, lat))

    @property
    def path(self) -> Path:
        return DATA_DIR / f"{self.code}.gpkg"


@cache
def _to_metric():
    from pyproj import Transformer

    return Transformer.from_crs("EPSG:4326", METRIC, always_xy=True)


def _metric(lon: float, lat: float) -> tuple[float, float]:
    return _to_metric().transform(lon, lat)


def disc(centre: tuple[float, float], radius_m: float):
    """A disc around a place, as the demo's other discs (32 segments a quarter, in metres)."""
    from shapely.geometry import Point

    return Point(*_metric(*centre)).buffer(radius_m, quad_segs=32)


def outline(ring: list[tuple[float, float]]):
    from shapely.geometry import Polygon

    return Polygon([_metric(*point) for point in ring])


def corridor(lines: list[list[tuple[float, float]]], half_width_m: float):
    """Roads buffered by half their width, flat at the ends, joined round (the closed streets of a diversion)."""
    from shapely.geometry import LineString
    from shapely.ops import unary_union

    return unary_union(
        [
            LineString([_metric(*point) for point in line]).buffer(
                half_width_m, quad_segs=8, cap_style="flat", join_style="round"
            )
            for line in lines
        ]
    )


FILES = (
    PlanFile(
        "BNIP-PA-017",
        "EPSG:31370",
        "TYPE",
        "NAAM",
        "noodplanningszone",
        "voorziene_plaatsen",
        zones=(
            (
                "Noodplanningszone",
                "Noodplanningszone BNIP Noordpolder Chemicals (2.5 km)",
                lambda: disc(p.SOURCE, 2500),
            ),
        ),
        places=(
            ("CP-Ops", "CP-Ops west - Scheldelaan (bovenwinds bij ZW-wind)", p.PC_OPS_WEST),
            ("CP-Ops", "CP-Ops noordoost - Kanaaldok B2 (bovenwinds bij NO-wind)", p.PC_OPS_NORTH_EAST),
            ("VMP", "VMP zuid - parking Scheldelaan", p.PMA_SOUTH),
            ("Onthaalcentrum", "Onthaalcentrum - sporthal Ekeren", p.RECEPTION_EKEREN),
            ("Verzamelplaats", "Verzamelplaats middelen - Scheldelaan zuid", p.STAGING_SOUTH),
            ("Hergroeperingspunt", "Hergroeperingspunt hulpdiensten - poort zuid", p.REGROUPMENT),
            ("Perspunt", "Perspunt - Havenhuis (Zaha Hadidplein)", p.PORT_HOUSE),
            ("Wegafsluiting", "Wegafsluiting Scheldelaan zuid", p.ROAD_BLOCK_SCHELDELAAN_SOUTH),
            ("Wegafsluiting", "Wegafsluiting A12 ter hoogte van Ekeren (oprit haven)", p.ROAD_BLOCK_A12_EKEREN),
        ),
    ),
    PlanFile(
        "PPUI-BXL-2107",
        "EPSG:31370",
        "TYPE",
        "NOM",
        "zones",
        "lieux",
        zones=(
            (
                "Zone d'intervention",
                "Zone d'intervention - place des Palais, parc, place Royale",
                lambda: outline(p.INTERVENTION_ZONE_BRUSSELS),
            ),
            ("Zone jaune", "Zone jaune - accès filtré (fouilles)", lambda: outline(p.YELLOW_ZONE_BRUSSELS)),
            (
                "Zone de déviation du trafic",
                "Déviation - rue Royale et rue de la Loi fermées",
                lambda: corridor([p.RUE_ROYALE, p.RUE_DE_LA_LOI], 40),
            ),
        ),
        places=(
            ("PC-Ops", "PC-Ops - place du Trône / Troonplein", p.PLACE_DU_TRONE),
            ("CC", "CC-COM - Hôtel de Ville, Grand-Place", p.BRUSSELS_TOWN_HALL),
            ("PMA", "PMA - parc de Bruxelles (entrée place des Palais)", p.PARC_DE_BRUXELLES_GATE),
            ("Point de triage / transfert", "Poste de secours - place Royale", p.PLACE_ROYALE),
            ("Parking ambulances", "Parking ambulances - rue Ducale", p.RUE_DUCALE),
            ("Zone d'atterrissage hélicoptère", "Hélistation - parc du Cinquantenaire", p.CINQUANTENAIRE),
            (
                "Zone de rassemblement des moyens",
                "Zone de rassemblement des moyens - place Surlet de Chokier",
                p.SURLET_DE_CHOKIER,
            ),
            ("Point de regroupement", "Point de regroupement des intervenants - Mont des Arts", p.MONT_DES_ARTS),
            ("Point presse", "Point presse - tribune presse, place des Palais", p.PRESS_TRIBUNE),
            ("Barrage", "Barrage - rue Royale x rue de la Loi", p.ROYALE_X_LOI),
            ("Barrage", "Barrage - rue de la Régence x place Royale", p.REGENCE_X_ROYALE),
            ("Barrage", "Barrage - rue Ducale x rue de la Loi", p.DUCALE_X_LOI),
            ("Barrage", "Barrage - boulevard du Régent x place du Trône", p.REGENT_X_TRONE),
        ),
    ),
    PlanFile(
        "PPUI-LG-MEUSE",
        "EPSG:3812",
        "TYPE",
        "NOM",
        "zones",
        "lieux",
        zones=(("Zone d'évacuation", "Zone d'évacuation préventive - Outremeuse", lambda: outline(p.OUTREMEUSE)),),
        places=(
            ("PC-Ops", "PC-Ops - parking de la gare de Liège-Guillemins", p.GUILLEMINS),
            ("CC", "CC-PROV - Palais provincial, place Saint-Lambert", p.PROVINCIAL_PALACE_LIEGE),
            ("Centre d'évacuation", "Centre d'évacuation - Country Hall (Sart-Tilman)", p.COUNTRY_HALL),
            ("Point de regroupement", "Point de regroupement bus d'évacuation - place de l'Yser", p.PLACE_DE_L_YSER),
            ("Point presse", "Point presse - Palais provincial", p.PRESS_POINT_LIEGE),
            ("Barrage", "Barrage - pont des Arches", p.PONT_DES_ARCHES),
        ),
    ),
)
BY_CODE = {plan.code: plan for plan in FILES}


def write(plan: PlanFile, folder: Path = DATA_DIR) -> Path:
    """The plan's GeoPackage in `folder` (replaced whole): its zones' layer, then its places'."""
    import geopandas
    import pyogrio
    from shapely.geometry import Point

    pyogrio.set_gdal_config_options({"OGR_CURRENT_DATE": WRITTEN_AT})
    path = folder / f"{plan.code}.gpkg"
    path.unlink(missing_ok=True)
    layers = (
        (plan.zones_layer, [(kind, name, build()) for kind, name, build in plan.zones], "MultiPolygon"),
        (plan.places_layer, [(kind, name, Point(*_metric(*at))) for kind, name, at in plan.places], "Point"),
    )
    for layer, rows, geometry_type in layers:
        frame = geopandas.GeoDataFrame(
            {plan.kind_field: [kind for kind, _, _ in rows], plan.label_field: [name for _, name, _ in rows]},
            geometry=[shape for _, _, shape in rows],
            crs=METRIC,
        ).to_crs(plan.crs)
        # GeoPackage 1.2, which the GDAL of Debian 12's QGIS reads without a warning; no spatial index for a few
        # features (a smaller file).
        pyogrio.write_dataframe(
            frame,
            path,
            layer=layer,
            driver="GPKG",
            geometry_type=geometry_type,
            promote_to_multi=geometry_type.startswith("Multi"),
            append=path.exists(),
            dataset_options={"VERSION": "1.2"},
            layer_options={"SPATIAL_INDEX": "NO"},
        )
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="folder to write into (default: demo/data)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for plan in FILES:
        print(write(plan, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
