"""Reading the GIS files planners keep (GeoPackage, zipped Shapefile, KML/KMZ, GeoJSON, GML), in any CRS, into
features in EPSG:4326, through pyogrio and geopandas.

pyogrio's wheel carries a GDAL of its own: import this module only in processes that never load QGIS (the API
does not; the OGC workers and the plugin do). The format is read from the bytes; archives are looked into
before anything is unpacked (no paths outside the work folder, no bombs), XML is checked for DTDs and links to
other files before GDAL parses it, and everything is read from a private temporary folder removed afterwards.
"""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path, PurePosixPath

from ..store.errors import PayloadTooLarge, UnsupportedMediaType, ValidationFailed

MAX_FILE_BYTES = 20 * 1024 * 1024  # as sent (a zip or one file)
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # what an archive may declare unpacked, all members together
MAX_ZIP_ENTRIES = 200
MAX_RATIO = 200  # a member that unpacks to more than 200x its packed size (and over 1 MiB) is a bomb
MAX_FEATURES = 5000  # per file: a plan holds tens of prepared places and zones, not thousands
MAX_XML_BYTES = 50 * 1024 * 1024
FORMATS = ("gpkg", "shapefile", "kml", "kmz", "geojson", "gml")
_SHAPE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
_GDAL_OPTIONS = {  # no network, no schema downloads, no resolving of links to other documents
    "GML_DOWNLOAD_WFS_SCHEMA": "NO",
    "GML_SKIP_RESOLVE_ELEMS": "ALL",
    "GDAL_HTTP_TIMEOUT": "1",
    "GDAL_HTTP_MAX_RETRY": "0",
    "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".none",
    "OGR_SQLITE_PRAGMA": "trusted_schema=0",
}


@dataclass
class SourceFeature:
    layer: str
    number: int  # 1-based position in its layer, as a GIS shows it
    properties: dict[str, str | None]
    geometry: object  # a shapely geometry in EPSG:4326, or None


@dataclass
class SourceFile:
    format: str
    layers: list[dict] = field(default_factory=list)  # name, features, crs
    fields: list[str] = field(default_factory=list)
    features: list[SourceFeature] = field(default_factory=list)


def refuse(message: str, **details) -> ValidationFailed:
    return ValidationFailed(message, {"file": details} if details else {})


def detect(content: bytes) -> str:
    """The format of the file, read from its first bytes (and an archive's member names)."""
    head = content[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if content.startswith(b"SQLite format 3\x00"):
        return "gpkg"
    if content.startswith(b"PK\x03\x04"):
        try:
            names = [n.lower() for n in zipfile.ZipFile(BytesIO(content)).namelist()]
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
            raise refuse("The file is a broken zip archive.") from None
        if any(n.endswith(".shp") for n in names):
            return "shapefile"
        if any(n.endswith(".kml") for n in names):
            return "kmz"
        raise UnsupportedMediaType(
            "The zip holds neither a Shapefile (.shp with .shx, .dbf, .prj) nor a KML.", {"accepted": list(FORMATS)}
        )
    if head.startswith(b"{"):
        return "geojson"
    if head.startswith(b"<"):
        if b"<kml" in head:
            return "kml"
        if b"http://www.opengis.net/gml" in head:
            return "gml"
    raise UnsupportedMediaType(
        "This is not a GeoPackage, zipped Shapefile, KML, KMZ, GeoJSON or GML file.", {"accepted": list(FORMATS)}
    )


def _checked_members(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise refuse(f"The archive holds more than {MAX_ZIP_ENTRIES} files.")
    total = 0
    for info in infos:
        name = info.filename.replace("\\", "/")
        if name.startswith("/") or ".." in PurePosixPath(name).parts or ":" in name or "\x00" in name:
            raise refuse("The archive names a file outside itself (path traversal): refused.", member=name[:200])
        if info.flag_bits & 0x1:
            raise refuse("The archive is encrypted.", member=name[:200])
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise refuse("The archive unpacks to far more than its size (a zip bomb): refused.", member=name[:200])
        total += info.file_size
    if total > MAX_UNPACKED_BYTES:
        raise PayloadTooLarge(f"The archive unpacks to more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MiB.")
    return infos


def _safe_stem(name: str, taken: set[str]) -> str:
    stem = re.sub(r"[^A-Za-z0-9_-]", "_", PurePosixPath(name.replace("\\", "/")).stem)[:60] or "layer"
    candidate, n = stem, 1
    while candidate.lower() in taken:
        n += 1
        candidate = f"{stem}_{n}"
    taken.add(candidate.lower())
    return candidate


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with archive.open(info) as member:  # never more than the declared (and checked) size
        return member.read(info.file_size + 1)[: info.file_size]


def _unpack_shapefiles(content: bytes, folder: Path, source_crs: str | None) -> list[Path]:
    archive = zipfile.ZipFile(BytesIO(content))
    infos = _checked_members(archive)
    sets: dict[str, dict[str, zipfile.ZipInfo]] = {}
    for info in infos:
        path = PurePosixPath(info.filename.replace("\\", "/"))
        if path.suffix.lower() in _SHAPE_PARTS and not path.name.startswith("._"):
            sets.setdefault(str(path.with_suffix("")).lower(), {})[path.suffix.lower()] = info
    paths, taken = [], set()
    for parts in sets.values():
        if ".shp" not in parts:
            continue
        shp_name = parts[".shp"].filename
        missing = [ext for ext in (".shx", ".dbf") if ext not in parts]
        if missing:
            raise refuse(f"The Shapefile {shp_name!r} lacks its {' and '.join(missing)} file(s).", member=shp_name)
        if ".prj" not in parts and not source_crs:
            raise refuse(
                f"The Shapefile {shp_name!r} has no .prj file, so its coordinate system is unknown. Add "
                "the .prj to the zip, or say the coordinate system (source_crs, e.g. EPSG:31370 for "
                "Belgian Lambert 72).",
                member=shp_name,
                missing=".prj",
            )
        stem = _safe_stem(shp_name, taken)
        for ext, info in parts.items():
            (folder / f"{stem}{ext}").write_bytes(_read_member(archive, info))
        paths.append(folder / f"{stem}.shp")
    return paths


def _check_xml(content: bytes) -> None:
    """No DTD or entities (GDAL's XML readers would expand them), no links to other documents (KML NetworkLink)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    if len(content) > MAX_XML_BYTES:
        raise PayloadTooLarge(f"The XML document is larger than {MAX_XML_BYTES // (1024 * 1024)} MiB.")
    try:
        for _event, element in iterparse(BytesIO(content), events=("start",), forbid_dtd=True):
            if element.tag.rsplit("}", 1)[-1] == "NetworkLink":
                raise refuse("The KML links to other documents (NetworkLink): only self-contained files are read.")
    except DefusedXmlException:
        raise refuse("The XML declares a DTD or entities: refused.") from None
    except SyntaxError as exc:  # xml.etree.ElementTree.ParseError
        raise refuse(f"The XML is not well formed: {str(exc)[:200]}") from None


def _unpack_kmz(content: bytes, folder: Path) -> list[Path]:
    archive = zipfile.ZipFile(BytesIO(content))
    infos = [i for i in _checked_members(archive) if i.filename.lower().endswith(".kml")]
    # The main document of a KMZ is doc.kml, or else its first KML.
    main = next((i for i in infos if i.filename.lower() == "doc.kml"), infos[0])
    kml = _read_member(archive, main)
    _check_xml(kml)
    (folder / "doc.kml").write_bytes(kml)
    return [folder / "doc.kml"]


def _write(content: bytes, fmt: str, folder: Path, source_crs: str | None) -> list[Path]:
    if fmt == "shapefile":
        return _unpack_shapefiles(content, folder, source_crs)
    if fmt == "kmz":
        return _unpack_kmz(content, folder)
    if fmt in ("kml", "gml"):
        _check_xml(content)
    elif fmt == "geojson":
        try:
            json.loads(content)
        except (ValueError, RecursionError):
            raise refuse("The GeoJSON is not valid JSON.") from None
    path = folder / f"upload.{fmt}"
    path.write_bytes(content)
    return [path]


def _text(value) -> str | None:
    if value is None or (isinstance(value, float) and value != value):  # NaN: a missing number
        return None
    return str(value)[:500]


def _crs_name(crs) -> str:
    code = crs.to_epsg(min_confidence=70)
    return f"EPSG:{code} ({crs.name})" if code else crs.name


def read(content: bytes, source_crs: str | None = None, layer: str | None = None) -> SourceFile:
    """Every feature of the file (or of one layer), reprojected to EPSG:4326."""
    if len(content) > MAX_FILE_BYTES:
        raise PayloadTooLarge(f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB.")
    fmt = detect(content)
    import pyogrio  # here only: its GDAL must not enter processes that import this module for something else
    from pyproj import CRS
    from pyproj.exceptions import CRSError

    pyogrio.set_gdal_config_options(_GDAL_OPTIONS)
    try:
        declared = CRS.from_user_input(source_crs) if source_crs else None
    except CRSError:
        raise ValidationFailed(
            details={"fields": {"source_crs": "not a coordinate system (e.g. EPSG:31370)"}}
        ) from None
    result = SourceFile(fmt)
    with tempfile.TemporaryDirectory(prefix="crisis-import-") as work:
        for path in _write(content, fmt, Path(work), source_crs):
            _read_layers(pyogrio, path, fmt, declared, layer, result)
    if layer is not None and not result.layers:
        raise ValidationFailed(details={"fields": {"layer": f"the file has no layer {layer!r}"}})
    return result


def _read_layers(pyogrio, path: Path, fmt: str, declared, wanted: str | None, result: SourceFile) -> None:
    try:
        layers = pyogrio.list_layers(path)
    except Exception as exc:  # noqa: BLE001 - GDAL's errors come in many classes; the file is unreadable
        raise refuse(f"GDAL cannot read this {fmt} file: {str(exc)[:300]}") from None
    for name, geometry_type in layers:
        if geometry_type is None or (wanted is not None and name != wanted):
            continue  # a table without geometry (e.g. a GeoPackage's layer_styles)
        count = pyogrio.read_info(path, layer=name)["features"]
        if len(result.features) + max(count, 0) > MAX_FEATURES:
            raise refuse(f"The file holds more than {MAX_FEATURES} features.")
        try:
            frame = pyogrio.read_dataframe(path, layer=name)
        except Exception as exc:  # noqa: BLE001
            raise refuse(f"GDAL cannot read the layer {name!r}: {str(exc)[:300]}") from None
        if len(result.features) + len(frame) > MAX_FEATURES:
            raise refuse(f"The file holds more than {MAX_FEATURES} features.")
        if declared is not None:
            frame = frame.set_crs(declared, allow_override=True)
        elif frame.crs is None:
            raise refuse(
                f"The layer {name!r} does not say its coordinate system: give source_crs (e.g. EPSG:31370).", layer=name
            )
        source = _crs_name(frame.crs)
        frame = frame.to_crs(4326)
        columns = [c for c in frame.columns if c != frame.geometry.name]
        result.layers.append({"name": name, "features": len(frame), "crs": source})
        result.fields += [c for c in columns if c not in result.fields]
        for number, (geometry, *values) in enumerate(
            zip(frame.geometry, *(frame[c] for c in columns), strict=True), start=1
        ):
            result.features.append(
                SourceFeature(
                    name,
                    number,
                    {c: _text(v) for c, v in zip(columns, values, strict=True)},
                    None if geometry is None or geometry.is_empty else geometry,
                )
            )
