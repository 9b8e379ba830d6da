"""Qt event-loop helpers for the plugin tests (tasks and signals complete on the event loop)."""

from __future__ import annotations

import time


def process_events(seconds: float = 0.0) -> None:
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    end = time.monotonic() + seconds
    while True:
        QgsApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        if time.monotonic() >= end:
            return
        time.sleep(0.01)


def wait_until(predicate, timeout: float = 30.0, message: str = "condition") -> None:
    """Pump the Qt event loop until predicate() is true (tasks finish and signals arrive on it)."""
    from qgis.core import QgsApplication

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {message}")


def reload_layer(layer) -> None:
    """What QGIS's refresh does to a layer (its provider drops what it read), once no map is being drawn: QGIS
    3.22's WFS provider must not drop its cache under a render thread (qgis_plugin.core.layers.refresh)."""
    from qgis_plugin.core.layers import drawing_canvases

    wait_until(lambda: not drawing_canvases(), message="the map drawn")
    layer.dataProvider().reloadData()
