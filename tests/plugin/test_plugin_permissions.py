"""Permission rules the tools use to enable themselves and explain a refusal."""

from __future__ import annotations

from qgis_plugin.core import permissions

EDITOR = {"role": "editor"}
READER = {"role": "reader"}
ACTIVE = {"status": "active", "permissions": {"can_write": True, "can_manage": False}}


def test_editor_writes_an_active_situation(qgis_app):
    assert permissions.can_write(EDITOR, ACTIVE)
    assert permissions.why_not_write(EDITOR, ACTIVE) is None


def test_reasons_for_refusal(qgis_app):
    assert "role" in permissions.why_not_write(READER, ACTIVE)
    assert permissions.why_not_write(None, ACTIVE)
    assert permissions.why_not_write(EDITOR, None)
    closed = dict(ACTIVE, status="closed")
    assert "closed" in permissions.why_not_write(EDITOR, closed)
    shared_read_only = dict(ACTIVE, permissions={"can_write": False})
    assert not permissions.can_write(EDITOR, shared_read_only)


def test_who_creates_and_manages(qgis_app):
    assert permissions.can_create_situation({"role": "coordinator"})
    assert not permissions.can_create_situation(EDITOR)
    assert not permissions.can_manage(EDITOR, ACTIVE)
    assert permissions.can_manage({"role": "coordinator"}, dict(ACTIVE, permissions={"can_manage": True}))
