"""Times as the platform shows them everywhere: on the Brussels clock, with the zone named (CET or CEST)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


def brussels_time(iso: str | None, now: datetime | None = None) -> str:
    """ "14:05 CEST" for a time of today (in Brussels), "03/03 14:05 CET" for another day; "" for none.
    The API writes ISO 8601 with an offset; a time without one is UTC."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(BRUSSELS)
    today = (now or datetime.now(UTC)).astimezone(BRUSSELS).date()
    clock = local.strftime("%H:%M %Z")
    return clock if local.date() == today else local.strftime("%d/%m ") + clock
