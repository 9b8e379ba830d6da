"""What the logged-in user may do with a situation, to enable tools and explain refusals.

The platform enforces the rules itself (database and services); these mirror them so the plugin does not
offer what will be refused, and says why.
"""

from __future__ import annotations

from ..definitions.situations import WRITABLE_STATUSES, WRITER_ROLES
from .i18n import tr


def can_write(user: dict | None, situation: dict | None) -> bool:
    """May add or change anchors, perimeters and feed entries of the situation."""
    return why_not_write(user, situation) is None


def why_not_write(user: dict | None, situation: dict | None) -> str | None:
    """None when the user may write the situation, else a sentence saying why not."""
    if not user:
        return tr("Log in to the crisis platform first.")
    if not situation:
        return tr("Open a situation first.")
    if user.get("role") not in WRITER_ROLES:
        return tr("Your role ({role}) may only read situations.").format(role=user.get("role", "?"))
    if situation.get("status") not in WRITABLE_STATUSES:
        return tr("The situation is {status}: it can no longer be changed.").format(status=situation.get("status"))
    permissions = situation.get("permissions") or {}
    if permissions.get("can_write") is False:
        return tr("Your organisation may read this situation but not change it.")
    return None


def can_manage(user: dict | None, situation: dict | None) -> bool:
    """May change the situation itself (status, phase, shares): the platform says so per situation."""
    if not user or not situation:
        return False
    return bool((situation.get("permissions") or {}).get("can_manage"))


def can_create_situation(user: dict | None) -> bool:
    return bool(user) and user.get("role") in ("admin", "coordinator")
