"""Reading request bodies and query strings: every field checked, every problem named in one 4xx answer."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime

from flask import request

from ..store.errors import InvalidJson, UnsupportedMediaType, ValidationFailed

MAX_POSITIONS = 100_000  # an area of interest larger than this is a mistake, not a map
MAX_DEPTH = 32  # the deepest body the API takes is an area (object > coordinates > polygons > rings > positions)
MAX_BIGINT = 2**63 - 1  # PostgreSQL's bigint: ids and counts beyond it can only be mistakes


def json_body() -> dict:
    if request.mimetype != "application/json":
        raise UnsupportedMediaType("Send the body as application/json.")
    return parse_json_object(request.get_data(cache=True))


def parse_json_object(raw: bytes | str) -> dict:
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidJson(details={"reason": str(exc)[:200]}) from exc
    except RecursionError:
        raise InvalidJson(details={"reason": f"nested deeper than {MAX_DEPTH} levels"}) from None
    _check_tree(body)
    if not isinstance(body, dict):
        raise ValidationFailed("The body must be a JSON object.")
    return body


def _check_tree(value) -> None:
    """Depth and text the database can store: a lone surrogate (JSON allows "\\ud800") is no UTF-8."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InvalidJson(details={"reason": f"nested deeper than {MAX_DEPTH} levels"})
        if isinstance(item, dict):
            stack.extend((k, depth) for k in item)
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidJson(details={"reason": "a string holds a lone UTF-16 surrogate"}) from None


class Fields:
    """Checks the members of one JSON object (or query string); `done()` raises all problems at once."""

    def __init__(self, data, allowed: set[str] | None = None, text_values: bool = False):
        self.data = data
        self.text_values = text_values  # a query string: numbers arrive as text
        self.errors: dict[str, str] = {}
        if allowed is not None:
            for name in data:
                if name not in allowed:
                    self.errors[name] = "unknown field"

    def _get(self, name, required, nullable=False):
        """The value, or None when absent (or null where null is allowed: it means "none")."""
        if name not in self.data:
            if required:
                self.errors[name] = "required"
            return None
        if self.data[name] is None:
            if required or not nullable:
                self.errors[name] = "required" if required else "must not be null"
            return None
        return self.data[name]

    def has(self, name) -> bool:
        return name in self.data

    def string(self, name, required=False, nullable=False, min_len=0, max_len=10000, strip=True):
        value = self._get(name, required, nullable)
        if value is None:
            return None
        if not isinstance(value, str):
            self.errors[name] = "must be a string"
            return None
        checked = value.strip() if strip else value
        if "\x00" in checked:
            self.errors[name] = "must not contain NUL characters"
        elif not min_len <= len(checked) <= max_len:
            self.errors[name] = f"length must be between {min_len} and {max_len} characters"
        else:
            return checked
        return None

    def choice(self, name, choices, required=False, nullable=False):
        value = self._get(name, required, nullable)
        if value is None:
            return None
        if not isinstance(value, str) or value not in choices:
            self.errors[name] = "must be one of: " + ", ".join(choices)
            return None
        return value

    def integer(self, name, required=False, nullable=False, minimum=-MAX_BIGINT, maximum=MAX_BIGINT):
        value = self._get(name, required, nullable)
        if value is None:
            return None
        if isinstance(value, str) and self.text_values:
            try:
                value = int(value, 10)
            except ValueError:
                self.errors[name] = "must be an integer"
                return None
        if not isinstance(value, int) or isinstance(value, bool):
            self.errors[name] = "must be an integer"
            return None
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            self.errors[name] = f"must be between {minimum} and {maximum}"
            return None
        return value

    def boolean(self, name, required=False, nullable=False):
        value = self._get(name, required, nullable)
        if value is None or isinstance(value, bool):
            return value
        self.errors[name] = "must be true or false"
        return None

    def timestamp(self, name, required=False, nullable=False):
        value = self._get(name, required, nullable)
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            self.errors[name] = "must be an ISO 8601 date and time, e.g. 2026-07-21T09:30:00+02:00"
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    def point(self, name, required=False, nullable=False):
        """A GeoJSON Point in WGS84 (longitude, latitude) -> canonical GeoJSON text for PostGIS."""
        value = self._get(name, required, nullable)
        if value is None:
            return None
        try:
            if not isinstance(value, dict) or value.get("type") != "Point":
                raise ValueError("must be a GeoJSON Point")
            return json.dumps({"type": "Point", "coordinates": _position(value.get("coordinates"))})
        except ValueError as exc:
            self.errors[name] = str(exc)
            return None

    def area(self, name, required=False, nullable=False):
        """A GeoJSON Polygon or MultiPolygon in WGS84 -> canonical MultiPolygon GeoJSON text for PostGIS."""
        value = self._get(name, required, nullable)
        if value is None:
            return None
        try:
            if not isinstance(value, dict) or value.get("type") not in ("Polygon", "MultiPolygon"):
                raise ValueError("must be a GeoJSON Polygon or MultiPolygon")
            coords = value.get("coordinates")
            polygons = [coords] if value["type"] == "Polygon" else coords
            if not isinstance(polygons, list) or not polygons:
                raise ValueError("coordinates must be a non-empty list of polygons")
            out, count = [], 0
            for polygon in polygons:
                if not isinstance(polygon, list) or not polygon:
                    raise ValueError("each polygon must be a non-empty list of rings")
                rings = []
                for ring in polygon:
                    if not isinstance(ring, list) or len(ring) < 4:
                        raise ValueError("each ring needs at least 4 positions")
                    positions = [_position(p) for p in ring]
                    if positions[0] != positions[-1]:
                        raise ValueError("each ring must be closed (first position = last position)")
                    count += len(positions)
                    rings.append(positions)
                out.append(rings)
            if count > MAX_POSITIONS:
                raise ValueError(f"at most {MAX_POSITIONS} positions")
            return json.dumps({"type": "MultiPolygon", "coordinates": out})
        except ValueError as exc:
            self.errors[name] = str(exc)
            return None

    def done(self) -> None:
        if self.errors:
            raise ValidationFailed(details={"fields": self.errors})


def _position(value) -> list[float]:
    if not isinstance(value, list) or len(value) not in (2, 3):
        raise ValueError("a position is [longitude, latitude]")
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        raise ValueError("coordinates must be finite numbers")
    try:
        lon, lat, *_ = (float(v) for v in value)  # an integer beyond any float raises OverflowError
    except OverflowError:
        raise ValueError("coordinates must be finite numbers") from None
    if not (math.isfinite(lon) and math.isfinite(lat)):
        raise ValueError("coordinates must be finite numbers")
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise ValueError("coordinates out of range for EPSG:4326 (longitude -180..180, latitude -90..90)")
    return [lon, lat]


def query() -> Fields:
    """The query string, checked like a body (single values; unknown parameters are ignored)."""
    return Fields(request.args.to_dict(), text_values=True)


def bbox(fields: Fields, name="bbox"):
    raw = fields.data.get(name)
    if raw is None:
        return None
    try:
        parts = [float(p) for p in raw.split(",")]
        if len(parts) != 4 or not all(math.isfinite(p) for p in parts):
            raise ValueError
        minx, miny, maxx, maxy = parts
        if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
            raise ValueError
    except ValueError:
        fields.errors[name] = "must be minx,miny,maxx,maxy in EPSG:4326 with min <= max"
        return None
    return parts
