"""JSON as the API writes it: ISO 8601 times, numbers for decimals; the same for responses and live events."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

from flask.json.provider import DefaultJSONProvider


def _default(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def dumps(value) -> str:
    return json.dumps(value, default=_default, ensure_ascii=False, separators=(",", ":"))


class JSONProvider(DefaultJSONProvider):
    default = staticmethod(_default)
    ensure_ascii = False
    sort_keys = False
