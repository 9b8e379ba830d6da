"""Situation kinds, lifecycle statuses, coordination phases, activation levels and roles (the database's lists)."""

from .labels import codes

KINDS = codes("situation_kinds")
STATUSES = codes("situation_statuses")
WRITABLE_STATUSES = ("draft", "active")
PHASES = codes("coordination_phases")
ACTIVATION_LEVELS = codes("activation_levels")
ROLES = codes("user_roles")
WRITER_ROLES = ("admin", "coordinator", "editor")
