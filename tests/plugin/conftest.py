"""Fixtures for the plugin tests: one headless QGIS for the session, a QGIS interface for tests, logins."""

from __future__ import annotations

import faulthandler
import os
import sys
import tempfile
import traceback
from pathlib import Path
from unittest import mock

import pytest
from plugin_qt import process_events, wait_until

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QGIS keeps its settings, network cache and user database in the user's data folder (~/.local/share/profiles/
# default/, whatever XDG_CONFIG_HOME says), shared by every QGIS process of the user: with two plugin suites running
# at once on one machine, one run's saved login (crisis_platform/authcfg) was the other's, and "the saved login was
# not found". The session gets a folder of its own before QGIS starts (tests/conftest.py starts it).
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="crisis-tests-qgis-data-")
ROOT = Path(__file__).resolve().parents[2]
PROCESSING_PLUGINS = "/usr/share/qgis/python/plugins"
# A test (with its fixtures) that runs longer than this is stuck: see pytest_runtest_protocol below.
TEST_LIMIT_S = 240


# Exceptions raised in Qt slots and virtual methods (signals, timers, task outcomes). QGIS shows them in its Python
# error dialog and goes on; PyQt without an exception hook would abort the whole process instead (exit 134).
_SLOT_ERRORS: list = []


@pytest.fixture(scope="session")
def qgis_app(qgis_app):
    """The session's QGIS (tests/conftest.py), with the Processing framework the plugin's provider needs."""
    if PROCESSING_PLUGINS not in sys.path:
        sys.path.append(PROCESSING_PLUGINS)
    from processing.core.Processing import Processing
    from qgis.core import QgsCoordinateTransform

    Processing.initialize()
    previous_hook = sys.excepthook
    sys.excepthook = lambda *error: _SLOT_ERRORS.append(error)
    yield qgis_app
    # No task may still run when the interpreter goes: its Python run() would need the GIL while Python finalises.
    manager = qgis_app.taskManager()
    wait_until(lambda: manager.countActiveTasks() == 0, timeout=60, message="the last tasks to end")
    process_events()
    sys.excepthook = previous_hook
    # QGIS 3.22 empties its static cache of coordinate transforms only when the process exits, after PROJ's own
    # state is gone (the tests never call exitQgis): with some transforms cached (Lambert 72 here) that exit
    # crashed. Emptied while QGIS still runs, nothing is left to destroy then.
    QgsCoordinateTransform.invalidateCache()


_WATCHDOG_OUT: list = []


def pytest_configure(config):
    # The terminal's stderr, kept aside while pytest captures nothing (its capture holds fd 2 during the tests).
    _WATCHDOG_OUT.append(os.fdopen(os.dup(2), "w"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """pytest-timeout's thread needs the GIL to act, and a thread stuck inside Qt or QGIS may hold it; faulthandler's
    watchdog is a C thread: when a test with its fixtures runs past TEST_LIMIT_S, it prints every thread's Python
    stack and ends the process (exit 1), whatever holds the GIL: a stuck test fails at once, saying where."""
    faulthandler.dump_traceback_later(TEST_LIMIT_S, exit=True, file=_WATCHDOG_OUT[0])
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def slot_errors_fail_the_test():
    """An exception in a slot during the test (or between it and the test before) fails it, with its traceback."""
    yield
    if _SLOT_ERRORS:
        errors, _SLOT_ERRORS[:] = list(_SLOT_ERRORS), []
        pytest.fail("exception in a Qt slot:\n" + "".join(traceback.format_exception(*errors[0])))


@pytest.fixture
def project(qgis_app):
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    yield project
    project.clear()


class _Window:
    """A real main window, canvas and message bar behind a mock QgisInterface."""

    def __init__(self):
        from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
        from qgis.gui import QgisInterface, QgsLayerTreeMapCanvasBridge, QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow, QVBoxLayout, QWidget

        self.window = QMainWindow()
        central = QWidget()
        layout = QVBoxLayout(central)
        self.bar = QgsMessageBar()
        self.canvas = QgsMapCanvas()
        self.canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
        self.canvas.resize(800, 600)
        self.canvas.setExtent(QgsRectangle(480000, 6660000, 500000, 6680000))
        # As in QGIS: the canvas shows the project's layer tree.
        self.bridge = QgsLayerTreeMapCanvasBridge(QgsProject.instance().layerTreeRoot(), self.canvas, self.canvas)
        layout.addWidget(self.bar)
        layout.addWidget(self.canvas)
        self.window.setCentralWidget(central)
        self.window.resize(1400, 900)
        self.window.show()  # the canvas gets its size (and map-to-pixel transform) only when shown
        iface = mock.Mock(spec=QgisInterface)
        iface.mainWindow.return_value = self.window
        iface.mapCanvas.return_value = self.canvas
        iface.messageBar.return_value = self.bar
        iface.addDockWidget.side_effect = self.window.addDockWidget
        iface.removeDockWidget.side_effect = self.window.removeDockWidget
        iface.addToolBar.side_effect = self.window.addToolBar
        self.web_menu: list = []
        iface.addPluginToWebMenu.side_effect = lambda _menu, action: self.web_menu.append(action)
        iface.removePluginWebMenu.side_effect = lambda _menu, action: self.web_menu.remove(action)
        self.iface = iface


@pytest.fixture
def iface(qgis_app):
    window = _Window()
    yield window.iface
    window.window.close()
    window.window.deleteLater()
    process_events()


@pytest.fixture(scope="module")
def module_iface(qgis_app):
    """An interface for tests shared by the tests of one module (a plugin stays loaded between them)."""
    window = _Window()
    yield window.iface
    window.window.close()
    window.window.deleteLater()
    process_events()


@pytest.fixture
def wait(qgis_app):
    """wait(predicate, timeout=30, message=...): pump the event loop until true."""
    return wait_until


@pytest.fixture
def events(qgis_app):
    """events(seconds=0): process pending events (and deferred deletes)."""
    return process_events


@pytest.fixture
def loaded_plugin(iface, project):
    """The plugin as QGIS loads it: classFactory, then initGui; unloaded afterwards."""
    import qgis_plugin

    plugin = qgis_plugin.classFactory(iface)
    plugin.initGui()
    yield plugin
    plugin.unload()
    process_events()
