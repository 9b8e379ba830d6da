"""The plugin object QGIS loads: menu and toolbar actions, the docks, the Processing provider, translations."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core import auth, tasks
from .core.api_client import ApiClient
from .core.exceptions import CrisisPlatformError
from .core.i18n import install_translator, remove_translator, tr
from .core.resources import icon_path
from .core.session import PlatformSession
from .core.tasks import run_task
from .gui.contacts_dock import ContactsDock
from .gui.feed_dock import FeedDock
from .gui.login_dialog import LoginDialog
from .gui.messages import Notifier
from .gui.plans_dock import PlansDock
from .gui.situations_dock import SituationsDock
from .gui.tools_dock import ToolsDock
from .processing.provider import CrisisPlatformProvider


class CrisisPlatformPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = None
        self.provider: CrisisPlatformProvider | None = None
        self.session: PlatformSession | None = None
        self.notifier: Notifier | None = None
        self.actions: list[QAction] = []
        self.toolbar = None
        self.situations_dock = self.tools_dock = self.feed_dock = self.contacts_dock = self.plans_dock = None
        self.login_dialog = None

    # --- QGIS hooks --------------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802
        self.provider = CrisisPlatformProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.translator = install_translator()
        self.initProcessing()
        self.session = PlatformSession()
        self.notifier = Notifier(self.iface.messageBar())
        window = self.iface.mainWindow()
        self.situations_dock = SituationsDock(self.iface, self.session, self.notifier, window)
        self.situations_dock.login_requested.connect(self.show_login)
        self.tools_dock = ToolsDock(self.iface, self.session, self.notifier, window)
        self.feed_dock = FeedDock(self.iface, self.session, self.notifier, window)
        self.contacts_dock = ContactsDock(self.iface, self.session, self.notifier, window)
        self.plans_dock = PlansDock(self.iface, self.session, self.notifier, window)
        for dock in (self.situations_dock, self.tools_dock, self.feed_dock, self.contacts_dock, self.plans_dock):
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()

        self.toolbar = self.iface.addToolBar(tr("Crisis platform"))
        self.toolbar.setObjectName("CrisisPlatformToolbar")
        self._dock_action("situations", tr("Situations"), self.situations_dock)
        self._dock_action("anchor", tr("Situation tools"), self.tools_dock)
        self._dock_action("feed", tr("Logbook"), self.feed_dock)
        self._dock_action("contacts", tr("Situation contacts"), self.contacts_dock)
        self._dock_action("plans", tr("Plans"), self.plans_dock)
        self._action("login", tr("Log in…"), self.show_login)
        self.situations_dock.visibilityChanged.connect(self._situations_shown)

    def unload(self):
        tasks.forget_all()
        for dock in (self.plans_dock, self.contacts_dock, self.feed_dock, self.tools_dock, self.situations_dock):
            if dock is not None:
                dock.unload()
                self.iface.removeDockWidget(dock)
                dock.deleteLater()
        self.situations_dock = self.tools_dock = self.feed_dock = self.contacts_dock = self.plans_dock = None
        for action in self.actions:
            self.iface.removePluginWebMenu(tr("Crisis platform"), action)
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.login_dialog is not None:
            self.login_dialog.deleteLater()
            self.login_dialog = None
        remove_translator(self.translator)
        self.translator = None

    # --- actions -----------------------------------------------------------------------------------
    def _action(self, icon: str, text: str, slot, checkable: bool = False) -> QAction:
        action = QAction(QIcon(icon_path(icon)), text, self.iface.mainWindow())
        action.setObjectName(f"CrisisPlatform_{icon}")
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.iface.addPluginToWebMenu(tr("Crisis platform"), action)
        self.actions.append(action)
        return action

    def _dock_action(self, icon: str, text: str, dock) -> QAction:
        action = self._action(icon, text, lambda checked: dock.setUserVisible(checked), checkable=True)
        dock.visibilityChanged.connect(action.setChecked)
        return action

    def show_login(self) -> None:
        if self.login_dialog is None:
            self.login_dialog = LoginDialog(self.session, self.notifier, self.iface.mainWindow())
        self.login_dialog.show()
        self.login_dialog.raise_()

    def _situations_shown(self, visible: bool) -> None:
        """First showing of the situations: reconnect with the saved login, if there is one."""
        if not visible or self.session.is_logged_in:
            return
        try:
            connection = auth.load_connection()
        except CrisisPlatformError:
            return
        self.reconnect(connection)

    def reconnect(self, connection) -> None:
        run_task(
            tr("Log in to the crisis platform"),
            lambda: ApiClient(connection).me(),
            lambda user: self.session.set_logged_in(connection, user),
            self.notifier.error,
        )
