"""The platform's service API over HTTP, through QGIS's network stack with the auth config applied.

Calls block their thread: the widgets run them in a QgsTask (core.tasks), the Processing algorithms run
them in their own worker thread.
"""

from __future__ import annotations

import json
import uuid
from urllib.parse import urlencode

from qgis.core import QgsApplication, QgsFeedback, QgsNetworkAccessManager, QgsNetworkReplyContent
from qgis.PyQt.QtCore import QEventLoop, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .auth import Connection
from .exceptions import ApiError, ServerUnreachableError, error_for_status
from .i18n import tr

JSON = "application/json"
# Network errors that mean "no answer from the server" rather than "the server said no".
_UNREACHABLE = {
    QNetworkReply.NetworkError.ConnectionRefusedError,
    QNetworkReply.NetworkError.RemoteHostClosedError,
    QNetworkReply.NetworkError.HostNotFoundError,
    QNetworkReply.NetworkError.TimeoutError,
    QNetworkReply.NetworkError.OperationCanceledError,
    QNetworkReply.NetworkError.TemporaryNetworkFailureError,
    QNetworkReply.NetworkError.NetworkSessionFailedError,
    QNetworkReply.NetworkError.ProxyConnectionRefusedError,
    QNetworkReply.NetworkError.ProxyNotFoundError,
    QNetworkReply.NetworkError.UnknownNetworkError,
}


class ApiClient:
    """One method per API call used by the plugin; returns decoded JSON, raises core.exceptions errors."""

    def __init__(self, connection: Connection, feedback: QgsFeedback | None = None):
        self.connection = connection
        self.feedback = feedback

    # --- plumbing ----------------------------------------------------------------------------------
    def url(self, path: str, params: dict | None = None) -> str:
        query = {k: v for k, v in (params or {}).items() if v not in (None, "")}
        return f"{self.connection.api_url}{path}" + (f"?{urlencode(query, doseq=True)}" if query else "")

    def request(
        self,
        method: str,
        path: str,
        params: dict | None = None,
        body: dict | None = None,
        headers: dict | None = None,
        raw: bytes | None = None,
        content_type: str = JSON,
    ):
        request = QNetworkRequest(QUrl(self.url(path, params)))
        request.setRawHeader(b"Accept", JSON.encode())
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork
        )
        for name, value in (headers or {}).items():
            request.setRawHeader(name.encode(), str(value).encode())
        # GET and POST go through QgsNetworkAccessManager's own blocking calls, which make their request object
        # in C++. One made in Python (QgsBlockingNetworkRequest()) is PyQt's subclass, whose disconnectNotify
        # takes the GIL: when a call in a task thread ends, Qt destroys the request's event loop while holding one
        # of its signal-slot locks and calls that disconnectNotify, waiting for the GIL; meanwhile the GUI thread,
        # holding the GIL, may wait for the same lock (Qt shares a pool of locks among all objects), e.g. when a
        # widget's text changes. Both then wait forever (the rare hang of the plugin tests, caught by py-spy in
        # QObject::~QObject -> sipQgsBlockingNetworkRequest::disconnectNotify against QAbstractButton::setText).
        # DELETE, for which QGIS has no such call, goes through the thread's own manager (_delete).
        if method == "GET":
            return self._decode(
                QgsNetworkAccessManager.blockingGet(request, self.connection.authcfg, True, self.feedback)
            )
        if method == "POST":
            request.setHeader(QNetworkRequest.KnownHeaders.ContentTypeHeader, content_type)
            data = raw if raw is not None else json.dumps(body if body is not None else {}).encode()
            return self._decode(
                QgsNetworkAccessManager.blockingPost(request, data, self.connection.authcfg, True, self.feedback)
            )
        if method == "DELETE":
            return self._decode(self._delete(request))
        raise ValueError(method)

    def _delete(self, request: QNetworkRequest) -> QgsNetworkReplyContent:
        """A DELETE through this thread's QgsNetworkAccessManager: QGIS makes the reply in C++ and the local loop
        only receives its signal, so no object made in Python is a sender that Qt notifies under its locks."""
        if self.connection.authcfg:  # a login that cannot be applied is refused by the platform (401)
            QgsApplication.authManager().updateNetworkRequest(request, self.connection.authcfg)
        reply = QgsNetworkAccessManager.instance().deleteResource(request)
        loop = QEventLoop()
        reply.finished.connect(loop.quit)
        cancel = self.feedback.canceled.connect(reply.abort) if self.feedback is not None else None
        if not reply.isFinished():
            loop.exec()
        if cancel is not None:
            self.feedback.canceled.disconnect(cancel)
        content = QgsNetworkReplyContent(reply)  # status, headers and error; the body is read apart
        content.setContent(reply.readAll())
        reply.deleteLater()
        return content

    def _decode(self, reply: QgsNetworkReplyContent):
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        raw = bytes(reply.content())
        if not status:
            if reply.error() in _UNREACHABLE or not raw:
                raise ServerUnreachableError(
                    tr("The crisis platform at {url} does not answer ({error}).").format(
                        url=self.connection.url, error=reply.errorString()
                    )
                )
            status = 0
        status = int(status)
        try:
            payload = json.loads(raw.decode("utf-8")) if raw else None
        except ValueError:
            payload = None
        if 200 <= status < 300:
            return payload
        error = (payload or {}).get("error", {}) if isinstance(payload, dict) else {}
        message = error.get("message") or tr("The platform answered with HTTP status {status}.").format(status=status)
        if status == 401:
            message = tr("Wrong e-mail or password (or the account is locked).")
        elif status >= 500:
            message = tr("The crisis platform had an error (HTTP {status}); try again later.").format(status=status)
        raise error_for_status(status, message, error.get("code", ""), error.get("details") or {})

    def get(self, path: str, **params):
        return self.request("GET", path, params=params)

    def post(self, path: str, body: dict, headers: dict | None = None):
        return self.request("POST", path, body=body, headers=headers)

    # --- calls -------------------------------------------------------------------------------------
    def me(self) -> dict:
        return self.get("/me")

    def situations(
        self,
        kind: str | None = None,
        status: str | None = None,
        phase: str | None = None,
        q: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> dict:
        return self.get("/situations", kind=kind, status=status, phase=phase, q=q, limit=limit, offset=offset)

    def all_situations(self, **filters) -> list[dict]:
        items: list[dict] = []
        while True:
            page = self.situations(offset=len(items), **filters)
            items.extend(page.get("items", []))
            if not page.get("items") or len(items) >= page.get("total", 0):
                return items

    def situation(self, situation_id: int) -> dict:
        return self.get(f"/situations/{int(situation_id)}")

    def create_situation(
        self,
        kind: str,
        title: str,
        description: str = "",
        phase: str = "none",
        area: dict | None = None,
        status: str | None = None,
    ) -> dict:
        body = {"kind": kind, "title": title, "description": description, "phase": phase}
        if area is not None:
            body["area"] = area
        if status:
            body["status"] = status
        return self.post("/situations", body)

    def feed(self, situation_id: int, **filters) -> dict:
        return self.get(f"/situations/{int(situation_id)}/feed", **filters)

    def all_feed_entries(self, situation_id: int, page_size: int = 200) -> list[dict]:
        """Every entry the user may see, newest first, following the cursor."""
        items: list[dict] = []
        cursor = None
        while True:
            page = self.feed(situation_id, cursor=cursor, limit=page_size)
            items.extend(page.get("items", []))
            cursor = page.get("next_cursor")
            if not cursor or not page.get("items"):
                return items

    def post_feed_entry(
        self,
        situation_id: int,
        channel: str,
        priority: str,
        body: str,
        location: tuple[float, float] | None = None,
        corrects_id: int | None = None,
        idempotency_key: str | None = None,
    ) -> dict:
        """Post an entry; the idempotency key makes a retry after a lost answer harmless."""
        entry: dict = {"channel": channel, "priority": priority, "body": body}
        if location is not None:
            entry["location"] = {"type": "Point", "coordinates": [float(location[0]), float(location[1])]}
        if corrects_id is not None:
            entry["corrects_id"] = int(corrects_id)
        key = idempotency_key or str(uuid.uuid4())
        return self.post(f"/situations/{int(situation_id)}/feed", entry, headers={"Idempotency-Key": key})

    def weather(self, situation_id: int) -> list[dict]:
        return (self.get(f"/situations/{int(situation_id)}/weather") or {}).get("items", [])

    def latest_wind(self, situation_id: int) -> dict | None:
        """The newest observation with a wind direction, or None."""
        for observation in self.weather(situation_id):
            if observation.get("wind_from_deg") is not None:
                return observation
        return None

    def situation_contacts(self, situation_id: int) -> list[dict]:
        """The people named in the situation (and its activated plans), each with a role and phones (E.164)."""
        return _items(self.get(f"/situations/{int(situation_id)}/contacts"))

    # --- plans -------------------------------------------------------------------------------------
    def plans(
        self,
        kind: str | None = None,
        q: str | None = None,
        situation_id: int | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> dict:
        return self.get("/plans", kind=kind, q=q, situation_id=situation_id, limit=limit, offset=offset)

    def plan(self, plan_id: int) -> dict:
        return self.get(f"/plans/{int(plan_id)}")

    def situation_plans(self, situation_id: int) -> dict:
        return self.get(f"/situations/{int(situation_id)}/plans")

    def activate_plan(self, situation_id: int, plan_id: int) -> dict:
        return self.post(f"/situations/{int(situation_id)}/plans", {"plan_id": int(plan_id)})

    def deactivate_plan(self, situation_id: int, plan_id: int) -> dict:
        return self.request("DELETE", f"/situations/{int(situation_id)}/plans/{int(plan_id)}")

    def import_plan_features(self, plan_id: int, content: bytes, filename: str, options: dict) -> dict:
        """The plan import of the API (multipart: the file and the options as JSON): its report."""
        boundary = f"crisis-{uuid.uuid4().hex}"
        safe_name = "".join(c for c in filename if c.isprintable() and c not in '"\\\r\n') or "upload"
        parts = [
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="options"\r\n'
                f"Content-Type: application/json\r\n\r\n"
            ).encode()
            + json.dumps(options).encode()
            + b"\r\n",
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{safe_name}"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n"
            ).encode()
            + content
            + b"\r\n",
            f"--{boundary}--\r\n".encode(),
        ]
        return self.request(
            "POST",
            f"/plans/{int(plan_id)}/import",
            raw=b"".join(parts),
            content_type=f"multipart/form-data; boundary={boundary}",
        )

    def anchor_kinds(self) -> list[dict]:
        return _items(self.get("/reference/anchor-kinds"))

    def basemaps(self) -> list[dict]:
        """The base maps the platform offers (its /tiles/ cache), the default first."""
        return _items(self.get("/basemap"))

    def perimeter_kinds(self) -> list[dict]:
        return _items(self.get("/reference/perimeter-kinds"))


def _items(payload) -> list[dict]:
    if isinstance(payload, dict):
        return payload.get("items", [])
    if isinstance(payload, list):
        return payload
    raise ApiError(tr("Unexpected answer from the platform."), 0)
