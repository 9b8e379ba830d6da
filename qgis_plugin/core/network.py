"""Requests to the platform always go to the network: its data changes by the second.

QGIS's WFS provider lets Qt's HTTP cache answer a GetFeature it has seen before, so a layer (or a fresh
layer) read right after an edit could show the features as they were. A request preprocessor marks every
request to a platform origin as "always network, never cached".
"""

from __future__ import annotations

from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtNetwork import QNetworkRequest

_origins: frozenset[str] = frozenset()
_preprocessor_id: str | None = None


def _no_cache(request: QNetworkRequest) -> None:
    # Runs in whichever thread makes the request: read the immutable set only.
    url = request.url().toString()
    if any(url.startswith(origin) for origin in _origins):
        request.setAttribute(QNetworkRequest.Attribute.CacheLoadControlAttribute,
                             QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)


def always_fresh(origin: str) -> None:
    """From now on, requests under `origin` bypass the HTTP cache."""
    global _origins, _preprocessor_id
    _origins = _origins | {origin.rstrip("/") + "/"}
    if _preprocessor_id is None:
        _preprocessor_id = QgsNetworkAccessManager.setRequestPreprocessor(_no_cache)


def stop() -> None:
    global _origins, _preprocessor_id
    if _preprocessor_id is not None:
        QgsNetworkAccessManager.removeRequestPreprocessor(_preprocessor_id)
    _preprocessor_id = None
    _origins = frozenset()


def fresh_origins() -> frozenset[str]:
    return _origins
