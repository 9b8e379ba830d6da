"""Fixtures for the style tests: one headless QGIS for the session, and layers of the test database."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from psycopg.conninfo import conninfo_to_dict

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def postgis_layer(qgis_app, database):
    """Makes a PostGIS layer of the test database: a table of crisis, or a query with its key and geometry."""
    from qgis.core import QgsDataSourceUri, QgsVectorLayer, QgsWkbTypes

    params = conninfo_to_dict(database.admin_url)
    made = []

    def make(name: str, table: str, geometry: str, geometry_type: str, key: str = "id") -> QgsVectorLayer:
        uri = QgsDataSourceUri()
        uri.setConnection(
            params.get("host", "127.0.0.1"),
            str(params.get("port", "5432")),
            params["dbname"],
            params.get("user", ""),
            params.get("password", ""),
        )
        schema = "" if table.startswith("(") else "crisis"
        uri.setDataSource(schema, table, geometry, "", key)
        uri.setSrid("4326")
        uri.setWkbType(QgsWkbTypes.parseType(geometry_type))
        layer = QgsVectorLayer(uri.uri(False), name, "postgres")
        assert layer.isValid(), f"{name}: {layer.error().summary()}"
        made.append(layer)
        return layer

    return make
