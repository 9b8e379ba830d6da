"""Edits build on the version their writer read, so that two writers cannot silently overwrite each other.

Feature ids carry no version (`anchors.12`, valid XML ids that GDAL maps to its feature ids). The version an
Update or Delete is based on is, in this order:
- the `version` the client sends with its Update (GDAL writes back every attribute it read);
- else the version this user was last sent by a GetFeature of this front, or last wrote here, which the front
  records in crisis_ows.feature_reads (QGIS sends only what changed).
Before QGIS Server sees a Transaction, a feature someone else changed since that version refuses the whole
Transaction with who changed it and when (nothing is written); inside the write, the database checks the same
under the row lock (sql/025_ows_read_versions.sql), so that two writers in the same instant cannot overwrite each
other either. A version outdated only by the caller's own writes is no conflict: it is brought up to date.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from psycopg import sql

from .errors import REFUSED_WRITE_STATUS, OwsError
from .filters import bad, local
from .guard import Checked
from .layers import BY_NAME, EDITABLE

# What a client's Insert may give (the server sets the rest, whatever is sent).
_INSERTABLE = frozenset({"situation_id", "kind", "label", "status", "notes"})
FEATURE_ID = re.compile(r"^(?P<layer>[a-z_]+)\.(?P<id>\d{1,18})$")
_ID_FILTERS = {"FeatureId": "fid", "GmlObjectId": "id"}  # element: its id attribute (gml:id for GmlObjectId)
READ_SETTLE_S = 0.3
_BY_ID = "the ids GetFeature gives (for example anchors.12)"


@dataclass
class Named:
    """A feature as an Update or Delete names it, with the version the client sent (an Update's `version`)."""

    layer: str
    id: int
    sent_version: int | None = None
    version_value: object = None  # the wfs:Value element carrying it, to bring it up to date


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


def _sent_version(action) -> tuple[int | None, object]:
    for prop in action:
        if local(prop.tag) != "Property":
            continue
        parts = {local(child.tag): child for child in prop}
        if parts.get("Name") is not None and (parts["Name"].text or "").strip().split(":")[-1] == "version":
            value = parts.get("Value")
            text = (value.text or "").strip() if value is not None else ""
            if not re.fullmatch(r"\d{1,9}", text):
                return None, None  # sent empty (GDAL's unset): no version named
            return int(text), value
    return None, None


def named_features(root) -> list[Named]:
    """The features the Updates and Deletes of a Transaction name; OwsError where one of an editable layer is
    chosen otherwise than by its id."""
    named = []
    for action in root:
        operation = local(action.tag)
        if operation not in ("Update", "Delete"):
            continue
        layer = _type_name(action)
        if layer not in EDITABLE:
            continue  # QGIS Server and the access filter refuse writes to other layers
        sent, value = _sent_version(action) if operation == "Update" else (None, None)
        conditions = [
            child
            for element in action
            if local(element.tag) == "Filter"
            for child in element
            if isinstance(child.tag, str)
        ]
        if not conditions or any(local(c.tag) not in _ID_FILTERS for c in conditions):
            raise bad(
                f"{operation} of {layer}: choose the features by {_BY_ID}, so that a change someone else "
                "made since you read is never overwritten unseen"
            )
        for condition in conditions:
            fid = _id_of(condition)
            match = FEATURE_ID.match(fid)
            if not match or match["layer"] != layer:
                raise bad(f"{operation} of {layer}: {fid[:60]!r} is not one of {_BY_ID}")
            named.append(Named(layer, int(match["id"]), sent, value))
    return named


# The named features the caller may see: their version now and the version the caller last read or wrote.
_STATE = """
SELECT t.id, t.version AS current, r.version AS known
FROM crisis.{table} t
LEFT JOIN crisis_ows.feature_reads r ON r.user_id = %(user)s AND r.table_name = %(table)s AND r.feature_id = t.id
WHERE t.id = ANY(%(ids)s) AND crisis.can_see_situation(%(user)s, t.situation_id)
"""
_OTHERS_WROTE = """
SELECT EXISTS (SELECT FROM crisis.audit_log l
               WHERE l.table_name = %(table)s AND l.row_id = %(id)s::text AND l.operation = 'UPDATE'
                 AND (l.after ->> 'version')::int > %(since)s AND l.actor_id IS DISTINCT FROM %(user)s) AS others
"""
_CONFLICT = "SELECT crisis.feature_conflict(%(table)s, %(id)s, %(read)s) AS message"
_RECORD = "SELECT crisis.record_feature_reads(%(user)s, %(table)s, %(ids)s, %(versions)s)"


def _conflict(run: Callable, layer: str, feature_id: int, read: int) -> OwsError:
    message = run(
        lambda conn: conn.execute(_CONFLICT, {"table": layer, "id": feature_id, "read": read}).fetchone()["message"]
    )
    return OwsError("InvalidParameterValue", message, REFUSED_WRITE_STATUS)


def _state(run: Callable, layer: str, params: dict) -> dict[int, dict]:
    query = _STATE.format(table=layer)
    return {row["id"]: row for row in run(lambda conn: conn.execute(query, params).fetchall())}


def _others_wrote(run: Callable, layer: str, feature: Named, user_id: int) -> bool:
    params = {"table": layer, "id": feature.id, "since": feature.sent_version, "user": user_id}
    return run(lambda conn: conn.execute(_OTHERS_WROTE, params).fetchone()["others"])


def check(root, user_id: int, run: Callable) -> None:
    """Refuses the Transaction (OwsError) if someone else changed a named feature since the version the edit is
    based on; brings sent versions outdated only by the caller's own writes up to date (in `root`), and records
    sent versions as read so that the database's own check inside the write agrees."""
    named = named_features(root)
    for layer in sorted({n.layer for n in named}):
        mine = [n for n in named if n.layer == layer]
        params = {"table": layer, "user": user_id, "ids": [n.id for n in mine]}
        rows = _state(run, layer, params)
        if any(n.sent_version is None and n.id in rows and rows[n.id]["known"] != rows[n.id]["current"] for n in mine):
            # The versions of a GetFeature are remembered just after its answer went out: a client quicker than
            # that is given the moment before it is told to read again.
            time.sleep(READ_SETTLE_S)
            rows = _state(run, layer, params)
        sent: dict[int, int] = {}
        for feature in mine:
            row = rows.get(feature.id)
            if row is None:
                continue  # absent or not the caller's: QGIS Server changes nothing
            if feature.sent_version is not None:
                read = feature.sent_version
                if read != row["current"]:
                    if _others_wrote(run, layer, feature, user_id) or read > row["current"]:
                        raise _conflict(run, layer, feature.id, read)
                    feature.version_value.text = str(row["current"])
                sent[feature.id] = row["current"]
            elif row["known"] is None:
                raise OwsError(
                    "InvalidParameterValue",
                    f"{layer} {feature.id}: read the feature (GetFeature) "
                    "before changing it, or send the version you read. Nothing was written.",
                    REFUSED_WRITE_STATUS,
                )
            elif row["known"] != row["current"]:
                raise _conflict(run, layer, feature.id, row["known"])
        if sent:
            record = {"user": user_id, "table": layer, "ids": list(sent), "versions": list(sent.values())}
            run(lambda conn, p=record: conn.execute(_RECORD, p))


# --- what a writer was sent ------------------------------------------------------------------------------------
_GML_FEATURE = re.compile(rb'(?:gml:id|\bfid)="(anchors|perimeters)\.(\d{1,18})"')
_GML_VERSION = re.compile(rb"<(?:[\w.\-]+:)?version>\s*(\d{1,9})\s*</")


def _sent(body: bytes, feature: re.Pattern, version: re.Pattern) -> dict[str, dict[int, int]]:
    found: dict[str, dict[int, int]] = {}
    matches = list(feature.finditer(body))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(body)
        value = version.search(body, match.end(), end)
        if value:
            found.setdefault(match.group(1).decode(), {})[int(match.group(2))] = int(value.group(1))
    return found


def _sent_in_gml(body: bytes) -> dict[str, dict[int, int]]:
    return _sent(body, _GML_FEATURE, _GML_VERSION)


_JSON_FEATURE = re.compile(rb'"id"\s*:\s*"(anchors|perimeters)\.(\d{1,18})"')
_JSON_VERSION = re.compile(rb'"version"\s*:\s*(\d{1,9})\b')


def _sent_in_geojson(body: bytes) -> dict[str, dict[int, int]]:
    """QGIS Server writes each feature's id, then its properties (version among them), feature after feature."""
    return _sent(body, _JSON_FEATURE, _JSON_VERSION)


def sent_editable_features(checked: Checked, status: int, body: bytes) -> bool:
    """A GetFeature answer that may hold anchors or perimeters."""
    return (
        checked.service == "WFS"
        and checked.operation == "GETFEATURE"
        and status == 200
        and (b"anchors." in body or b"perimeters." in body)
    )


def record_reads(checked: Checked, content_type: str, body: bytes, user_id: int, run: Callable) -> None:
    """After a writer's GetFeature of anchors or perimeters: the versions sent are the base of their next edit."""
    found = _sent_in_geojson(body) if "json" in content_type else _sent_in_gml(body)
    for layer, versions in found.items():
        record = {"user": user_id, "table": layer, "ids": list(versions), "versions": list(versions.values())}
        run(lambda conn, p=record: conn.execute(_RECORD, p))


def remove_features(conn, user_id: int, fids: list[str]) -> None:
    """Deletes features just written by this user through the front (an Insert that did not stand whole), as that
    user, in one transaction."""
    by_layer: dict[str, list[int]] = {}
    for fid in fids:
        match = FEATURE_ID.match(fid)
        if match and match["layer"] in EDITABLE:
            by_layer.setdefault(match["layer"], []).append(int(match["id"]))
    with conn.transaction():
        _act_as(conn, user_id)
        for layer, ids in sorted(by_layer.items()):
            conn.execute(
                sql.SQL("DELETE FROM crisis.{} WHERE id = ANY(%s) AND created_by = %s").format(sql.Identifier(layer)),
                (ids, user_id),
            )


def _act_as(conn, user_id: int) -> None:
    """This transaction writes as the user, through the OGC front (as QGIS Server's per-user connections do)."""
    conn.execute(
        "SELECT set_config('crisis.actor_id', %s, true), set_config('crisis.front', 'ows', true)", (str(int(user_id)),)
    )


class _DryRun(Exception):
    """Raised to roll back a trial write."""


def try_inserts(conn, user_id: int, inserts: list[tuple[str, dict[str, str], str | None]]) -> list[str]:
    """The database's reasons to refuse any of these features (layer, text values, GML geometry), found by writing
    them all in a transaction that is then rolled back: an Insert of several features is checked whole first."""
    reasons: list[str] = []
    try:
        with conn.transaction():
            _act_as(conn, user_id)
            for layer, values, gml in inserts:
                spec = BY_NAME[layer]
                columns = [name for name in values if name in _INSERTABLE]
                geometry = sql.SQL("ST_Transform(ST_GeomFromGML(%s), 4326)")
                if spec.geometry_type.startswith("Multi"):
                    geometry = sql.SQL("ST_Multi({})").format(geometry)
                statement = sql.SQL("INSERT INTO {}.{} ({}) VALUES ({})").format(
                    sql.Identifier(spec.schema),
                    sql.Identifier(spec.relation),
                    sql.SQL(", ").join(sql.Identifier(c) for c in [*columns, spec.geometry_column]),
                    sql.SQL(", ").join([*(sql.Placeholder() for _ in columns), geometry]),
                )
                try:
                    with conn.transaction():
                        conn.execute(statement, [values[c] or None for c in columns] + [gml])
                except psycopg.Error as exc:
                    detail = exc.diag.message_detail or ""
                    reason = (exc.diag.message_primary or str(exc)).strip()
                    reasons.append(
                        f"{layer}: {reason}" + (f" ({detail.strip()})" if detail.startswith("Key (") else "")[:400]
                    )
            raise _DryRun
    except _DryRun:
        pass
    return reasons
