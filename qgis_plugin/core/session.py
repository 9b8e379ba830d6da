"""The plugin's state shared by its docks and tools: who is logged in, which situation is open."""

from __future__ import annotations

from qgis.PyQt.QtCore import QObject, pyqtSignal

from . import permissions
from .api_client import ApiClient
from .auth import Connection
from .exceptions import NotConfiguredError
from .i18n import tr


class PlatformSession(QObject):
    logged_in = pyqtSignal(dict)  # the user (/api/me)
    logged_out = pyqtSignal()
    situation_opened = pyqtSignal(dict)
    situation_closed = pyqtSignal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.connection: Connection | None = None
        self.user: dict | None = None
        self.situation: dict | None = None

    # --- login -------------------------------------------------------------------------------------
    def set_logged_in(self, connection: Connection, user: dict) -> None:
        self.connection = connection
        self.user = user
        self.logged_in.emit(user)

    def log_out(self) -> None:
        self.close_situation()
        self.connection = None
        self.user = None
        self.logged_out.emit()

    @property
    def is_logged_in(self) -> bool:
        return self.connection is not None and self.user is not None

    def client(self, feedback=None) -> ApiClient:
        if self.connection is None:
            raise NotConfiguredError(tr("Log in to the crisis platform first."))
        return ApiClient(self.connection, feedback)

    # --- the open situation ------------------------------------------------------------------------
    def open_situation(self, situation: dict) -> None:
        self.situation = situation
        self.situation_opened.emit(situation)

    def close_situation(self) -> None:
        if self.situation is not None:
            self.situation = None
            self.situation_closed.emit()

    @property
    def situation_id(self) -> int | None:
        return int(self.situation["id"]) if self.situation else None

    def why_not_write(self) -> str | None:
        return permissions.why_not_write(self.user, self.situation)
