"""The headless QgsApplication of a process that renders or generates with PyQGIS (OGC front, style generator)."""

from __future__ import annotations

import os

_APP = []  # keeps the QgsApplication made here alive: Qt crashes if Python collects it


def ensure_qgis():
    """The running QgsApplication, started headless (no widgets) if there is none yet."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication.instance()
    if app is None:
        app = QgsApplication([], False)
        app.initQgis()
        _APP.append(app)
    return app
