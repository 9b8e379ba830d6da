"""Edits name the version they read, so that two writers cannot silently overwrite each other.

Anchors and perimeters are published keyed by (id, version): GetFeature names a feature "anchors.12@@3", and a
WFS-T Update or Delete names the features it changes by those ids (FeatureId or GmlObjectId filters). The
database changes a row only where id and version both still match, so a write based on an outdated read
reaches nothing. Before that, this module answers such a write with a clear exception (who changed the feature,
when) and writes nothing of the transaction.

One case is not a conflict: the versions written since the client's read are all the caller's own. QGIS's WFS
client sends a geometry change and an attribute change of one feature as two transactions under the name it
read, and keeps its own edits in its copy; such an id is brought up to date before QGIS Server sees it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from .errors import REFUSED_WRITE_STATUS, OwsError
from .filters import bad, local
from .layers import EDITABLE

LOCAL_TIME = ZoneInfo("Europe/Brussels")  # the time the crisis cells keep
FEATURE_ID = re.compile(r"^(?P<layer>[a-z_]+)\.(?P<id>\d{1,18})@@(?P<version>\d{1,9})$")
# An id attribute (fid="...", gml:id="..."): its opening, quote and value, in one pass over the body.
_ID_ATTRIBUTE = re.compile(rb"""((?:\bfid|[\w.\-]+:id|\bid)\s*=\s*(["']))([^"'<>]*)\2""")
_ID_FILTERS = {"FeatureId": "fid", "GmlObjectId": "id"}  # element: its id attribute (gml:id for GmlObjectId)
_PRIVATE_NAMES = "the ids GetFeature gives (for example anchors.12@@3: feature 12 as read at version 3)"


@dataclass(frozen=True)
class Named:
    """A feature as an Update or Delete names it."""

    layer: str
    id: int
    version: int

    @property
    def fid(self) -> str:
        return f"{self.layer}.{self.id}@@{self.version}"


def _id_of(element) -> str:
    wanted = _ID_FILTERS[local(element.tag)]
    for name, value in element.attrib.items():
        if local(name) == wanted:
            return value.strip()
    return ""


def _type_name(action) -> str:
    """The layer an Update or Delete names, however its typeName attribute is spelt or prefixed (typeName,
    typename, wfs:typeName); OwsError where it names none or several."""
    names = [value for name, value in action.attrib.items() if local(name).lower() == "typename"]
    if len(names) != 1 or not names[0].strip():
        raise bad(f"{local(action.tag)}: name exactly one layer in typeName")
    return names[0].strip().split(":")[-1]


def named_features(root) -> list[Named]:
    """The features the Updates and Deletes of a Transaction name; OwsError where one of an editable layer is
    chosen otherwise than by versioned ids."""
    named = []
    for action in root:
        operation = local(action.tag)
        if operation not in ("Update", "Delete"):
            continue
        layer = _type_name(action)
        if layer not in EDITABLE:
            continue  # QGIS Server and the access filter refuse writes to other layers
        conditions = [child for element in action if local(element.tag) == "Filter" for child in element]
        if not conditions or any(local(c.tag) not in _ID_FILTERS for c in conditions):
            raise bad(f"{operation} of {layer}: choose the features by {_PRIVATE_NAMES}, so that a change "
                      "someone else made since you read is never overwritten unseen")
        for condition in conditions:
            fid = _id_of(condition)
            match = FEATURE_ID.match(fid)
            if not match or match["layer"] != layer:
                raise bad(f"{operation} of {layer}: {fid[:60]!r} is not one of {_PRIVATE_NAMES}")
            named.append(Named(layer, int(match["id"]), int(match["version"])))
    return named


# One row per named feature the caller may see: its version now, and who else wrote it since the read.
_STATE = """
SELECT n.id, n.version AS read, t.version AS current, t.updated_at,
       u.display_name AS updated_by, o.name AS organisation,
       EXISTS (SELECT FROM crisis.audit_log l
               WHERE l.table_name = %(table)s AND l.row_id = n.id::text AND l.operation = 'UPDATE'
                 AND (l.after ->> 'version')::int > n.version
                 AND l.actor_id IS DISTINCT FROM %(user)s) AS others_wrote
FROM unnest(%(ids)s::bigint[], %(versions)s::int[]) AS n (id, version)
JOIN crisis.{table} t ON t.id = n.id
LEFT JOIN crisis.users u ON u.id = t.updated_by
LEFT JOIN crisis.organisations o ON o.id = u.organisation_id
WHERE crisis.can_see_situation(%(user)s, t.situation_id)
"""


def bring_up_to_date(document, body: bytes, user_id: int, run: Callable) -> bytes:
    """The Transaction `body` (parsed: `document`) with ids outdated only by the caller's own writes renamed to
    the current version; OwsError if someone else has changed a named feature since the caller read it.
    Features the caller cannot see, or that no longer exist, are left for QGIS Server, which changes nothing."""
    named = named_features(document)
    renames: dict[str, str] = {}
    for layer in sorted({n.layer for n in named}):
        mine = [n for n in named if n.layer == layer]
        params = {"table": layer, "user": user_id, "ids": [n.id for n in mine], "versions": [n.version for n in mine]}
        query = _STATE.format(table=layer)
        rows = run(lambda conn, query=query, params=params: conn.execute(query, params).fetchall())
        for row in rows:
            if row["current"] == row["read"]:
                continue
            if row["others_wrote"] or row["current"] < row["read"]:
                when = row["updated_at"].astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M:%S %Z")
                who = f"{row['updated_by']}, {row['organisation']}," if row["updated_by"] else "someone else"
                raise OwsError(
                    "InvalidParameterValue",
                    f"{layer} {row['id']} was changed by someone else since you read it (version {row['read']}; "
                    f"now version {row['current']}, last changed by {who} at {when}). Nothing was written: "
                    "reload the layer and make your change again.", REFUSED_WRITE_STATUS)
            renames[Named(layer, row["id"], row["read"]).fid] = Named(layer, row["id"], row["current"]).fid
    if not renames:
        return body

    def renamed(match: re.Match) -> bytes:
        new = renames.get(match.group(3).decode("utf-8", "replace"))
        return match.group(1) + new.encode() + match.group(2) if new else match.group(0)

    return _ID_ATTRIBUTE.sub(renamed, body)
