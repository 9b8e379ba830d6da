"""The access-control filter QGIS Server consults for every layer and feature of every request type.

The caller is set by the WSGI layer for the length of one request (gunicorn sync workers: one request at a
time per process). Rows are restricted by a subset string pushed into PostGIS; writes are allowed per layer by
role and per feature by crisis.can_write_situation. Where it cannot decide (no caller, unknown layer), it denies.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

from qgis.server import QgsAccessControlFilter

from .layers import BY_NAME, EDITABLE

WRITER_ROLES = frozenset({"editor", "coordinator", "admin"})
DENY_ALL = "FALSE"


@dataclass
class Caller:
    """Who is calling, and what was asked of the database about it during this request."""

    user_id: int
    role: str
    can_write: callable  # (situation_id) -> bool, asks the database
    _writable: dict = field(default_factory=dict)

    @property
    def writer(self) -> bool:
        return self.role in WRITER_ROLES

    def may_write(self, situation_id) -> bool:
        try:
            key = int(situation_id)
        except (TypeError, ValueError):
            return False
        if key not in self._writable:
            self._writable[key] = bool(self.can_write(key))
        return self._writable[key]


_local = threading.local()


@contextmanager
def calling(caller: Caller):
    """Make `caller` the one the filter sees while QGIS Server handles a request."""
    _local.caller = caller
    try:
        yield caller
    finally:
        _local.caller = None


def current_caller() -> Caller | None:
    return getattr(_local, "caller", None)


def subset_string(layer_name: str, caller: Caller | None) -> str:
    """SQL restricting a layer to what the caller may see (the user id comes from the database, an int)."""
    spec = BY_NAME.get(layer_name)
    if spec is None or caller is None:
        return DENY_ALL
    uid = int(caller.user_id)
    # `= ANY (ARRAY(...))`, computed once, is a filter on the published relation, never a join: the relation's
    # order by key (sql/024_ows_paging_order.sql) survives, which paging by offset needs.
    if spec.scoped_by_plan:
        return f'"plan_id" = ANY (ARRAY(SELECT crisis.visible_plan_ids({uid})))'
    return f'"{spec.scope_column}" = ANY (ARRAY(SELECT crisis.visible_situation_ids({uid})))'


class CrisisAccessControl(QgsAccessControlFilter):
    """Users, organisations and roles of the platform, applied inside QGIS Server."""

    def layerFilterSubsetString(self, layer):  # noqa: N802 (QGIS API)
        return subset_string(layer.name(), current_caller())

    def layerFilterExpression(self, layer):  # noqa: N802
        return ""

    def layerPermissions(self, layer):  # noqa: N802
        permissions = QgsAccessControlFilter.LayerPermissions()
        caller = current_caller()
        known = layer.name() in BY_NAME
        permissions.canRead = caller is not None and known
        write = caller is not None and caller.writer and layer.name() in EDITABLE
        permissions.canInsert = permissions.canUpdate = permissions.canDelete = write
        return permissions

    def authorizedLayerAttributes(self, layer, attributes):  # noqa: N802
        return attributes if current_caller() is not None else []

    def allowToEdit(self, layer, feature):  # noqa: N802
        caller = current_caller()
        if caller is None or not caller.writer or layer.name() not in EDITABLE:
            return False
        index = feature.fields().indexOf("situation_id")
        if index < 0:
            return False
        return caller.may_write(feature.attribute(index))

    def cacheKey(self):  # noqa: N802
        caller = current_caller()
        return f"user-{caller.user_id}" if caller is not None else "nobody"
