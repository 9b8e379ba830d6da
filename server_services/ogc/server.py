"""QGIS Server in this process: the published project for reading, one project per acting user for WFS-T.

Why a project per writer: the QGIS postgres provider cannot tell the database who acts, and the database needs
it (crisis.actor_id) for write rights, server-set authors, the audit row and any DELETE. The writer's project
is the published one with its layers on the service section of that user, whose connections carry
`-c crisis.actor_id=<id>` from the moment they open. Reads never use it; a few such projects stay loaded.
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections import OrderedDict
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..config import STYLES_DIR
from . import pgservice
from .access import Caller, CrisisAccessControl, calling, subset_string
from .guard import Catalogue, Checked
from .project import EXTENT_4326, OwsFiles, build_project, ensure_qgis, project_is_stale

log = logging.getLogger(__name__)

ACTOR_PROJECTS_KEPT = 4
_FORWARDED_HEADERS = ("accept", "accept-language", "content-type")
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "content-length"}


class ServerError(RuntimeError):
    """The published project cannot be loaded."""


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes
    write_errors: list[str] = field(default_factory=list)  # the database's reasons, for a Transaction
    after: Callable[[], None] | None = None  # work for once the answer has gone out


def server_environment() -> None:
    """QGIS Server settings read when it starts (environment variables are its configuration)."""
    defaults = {
        "QT_QPA_PLATFORM": "offscreen",
        "QGIS_SERVER_LOG_LEVEL": "1",
        "QGIS_SERVER_LOG_STDERR": "1",
        "QGIS_SERVER_DISABLE_GETPRINT": "1",
        "QGIS_SERVER_IGNORE_BAD_LAYERS": "0",
        "QGIS_SERVER_WMS_MAX_WIDTH": "4096",
        "QGIS_SERVER_WMS_MAX_HEIGHT": "4096",
        "QGIS_SERVER_PARALLEL_RENDERING": "0",
    }
    for key, value in defaults.items():
        os.environ.setdefault(key, value)


def _fix_extents(project) -> None:
    """Outside a request, every layer's extent is the fixed one of the service area. Computed from the rows
    without the caller's subset string (capabilities, collection metadata) it would tell anyone where other
    situations' features lie; inside a request QGIS recomputes it under the caller's subset."""
    from qgis.core import QgsRectangle

    for layer in project.mapLayers().values():
        layer.setExtent(QgsRectangle(*EXTENT_4326))


@contextmanager
def _rows_restricted(project, caller: Caller, checked: Checked):
    """Two paths of QGIS Server 3.22 read layers without the access filter's subset strings: a legend drawn
    from the content of a map extent (GetLegendGraphic with BBOX) and OGC API Features metadata (temporal
    extents are min/max of date fields). For those requests the caller's subset strings are set on the layers
    themselves, and taken off after."""
    legend = checked.service == "WMS" and checked.operation in ("GETLEGENDGRAPHIC", "GETLEGENDGRAPHICS")
    if not (legend or checked.api):
        yield
        return
    layers = list(project.mapLayers().values())
    for layer in layers:
        layer.setSubsetString(subset_string(layer.name(), caller))
    try:
        yield
    finally:
        for layer in layers:
            layer.setSubsetString("")


class OwsServer:
    """One per process."""

    def __init__(self, app_database_url: str, run_dir: Path, styles_dir: Path = STYLES_DIR):
        self.files = OwsFiles(Path(run_dir))
        self._url = app_database_url
        server_environment()
        os.environ["PGSERVICEFILE"] = str(self.files.service_file)
        ensure_qgis()
        self._build_if_stale(styles_dir)
        from qgis.server import QgsServer

        self.server = QgsServer()
        self.access = CrisisAccessControl(self.server.serverInterface())
        self.server.serverInterface().registerAccessControl(self.access, 100)
        self.project = self._load(self.files.project)
        self._project_text = self.files.project.read_text(encoding="utf-8")
        self.catalogue = Catalogue(
            {layer.name(): frozenset(layer.fields().names()) for layer in self.project.mapLayers().values()}
        )
        self._actors: OrderedDict[int, object] = OrderedDict()

    def _build_if_stale(self, styles_dir: Path) -> None:
        self.files.folder.mkdir(parents=True, exist_ok=True)
        with open(self.files.folder / "build.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # the other workers wait for the first one's build
            if project_is_stale(self.files.project, styles_dir) or not self.files.service_file.exists():
                log.info("building the published project in %s", self.files.project)
                build_project(self._url, self.files.run_dir, styles_dir)

    @staticmethod
    def _load(path: Path):
        from qgis.core import QgsProject

        project = QgsProject()
        # Not "trust layer metadata": it makes the postgres provider estimate counts, ignoring subset strings.
        flags = QgsProject.ReadFlags(QgsProject.FlagDontLoadLayouts)
        if not project.read(str(path), flags):
            raise ServerError(f"{path}: {project.error()}")
        broken = [layer.name() for layer in project.mapLayers().values() if not layer.isValid()]
        if broken:
            raise ServerError(f"{path}: layers that cannot be opened: {', '.join(broken)}")
        _fix_extents(project)
        return project

    def actor_project(self, user_id: int):
        """The published project whose connections act as user_id (made on first use, a few kept)."""
        user_id = int(user_id)
        project = self._actors.get(user_id)
        if project is not None:
            self._actors.move_to_end(user_id)
            return project
        service = pgservice.ensure_actor(self.files.service_file, self._url, user_id)
        text = self._project_text.replace(f"service='{pgservice.BASE_SERVICE}'", f"service='{service}'")
        self.files.actors.mkdir(parents=True, exist_ok=True)
        path = self.files.actors / f"actor-{user_id}.qgs"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            tmp = path.with_name(f".{path.name}.{os.getpid()}")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
        project = self._load(path)
        self._actors[user_id] = project
        while len(self._actors) > ACTOR_PROJECTS_KEPT:
            _, old = self._actors.popitem(last=False)
            old.clear()  # closes that user's connections
        return project

    def handle(self, checked: Checked, base_url: str, headers: dict[str, str], caller: Caller) -> Answer:
        from qgis.PyQt.QtCore import QByteArray
        from qgis.server import QgsBufferServerRequest, QgsBufferServerResponse, QgsServerRequest

        query = checked.query_string()
        url = f"{base_url}?{query}" if query else base_url
        method = QgsServerRequest.PostMethod if checked.body else QgsServerRequest.GetMethod
        forwarded = {k: v for k, v in headers.items() if k in _FORWARDED_HEADERS}
        if checked.api:
            # Without an Accept header QGIS Server answers JSON; with a browser's it would answer its HTML pages,
            # which print attribute values unescaped and load scripts from outside.
            forwarded.pop("accept", None)
        request = QgsBufferServerRequest(url, method, forwarded, QByteArray(checked.body))
        response = QgsBufferServerResponse()
        project = self.actor_project(caller.user_id) if checked.transaction and caller.writer else self.project
        # QGIS Server answers a refused write with "Insert features failed on layer ..." and drops the
        # provider's errors: they are caught as the provider raises them, to tell the client the reason.
        providers = [layer.dataProvider() for layer in project.mapLayers().values()] if checked.transaction else []
        errors: list[str] = []
        for provider in providers:
            provider.raiseError.connect(errors.append)
        try:
            with calling(caller), _rows_restricted(project, caller, checked):
                self.server.handleRequest(request, response, project)
        finally:
            _fix_extents(project)
            for provider in providers:
                provider.raiseError.disconnect(errors.append)
        out_headers = {k: v for k, v in response.headers().items() if k.lower() not in _HOP_BY_HOP}
        return Answer(response.statusCode(), out_headers, bytes(response.body()), errors)
