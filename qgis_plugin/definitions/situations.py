"""Situation kinds, lifecycle statuses, coordination phases and activation levels."""

KINDS = ("incident", "event", "exercise", "test")
KIND_LABELS = {"incident": "Incident", "event": "Event", "exercise": "Exercise", "test": "Test"}
STATUSES = ("draft", "active", "closed", "archived")
STATUS_LABELS = {"draft": "Draft", "active": "Active", "closed": "Closed", "archived": "Archived"}
WRITABLE_STATUSES = ("draft", "active")
PHASES = ("none", "communal", "provincial", "federal")
PHASE_LABELS = {"none": "Operational only", "communal": "Communal", "provincial": "Provincial", "federal": "Federal"}
ACTIVATION_LEVELS = ("standby", "pre_alert", "alert")
# Kinds whose data must never be mistaken for real data.
EXERCISE_KINDS = ("exercise", "test")
ROLES = ("admin", "coordinator", "editor", "reader")
WRITER_ROLES = ("admin", "coordinator", "editor")
