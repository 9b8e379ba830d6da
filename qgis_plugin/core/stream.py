"""The live feed: a server-sent events client on QGIS's network manager that resumes after a drop."""

from __future__ import annotations

import json
from dataclasses import dataclass

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QObject, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .auth import Connection
from .i18n import tr

RETRY_DELAYS_MS = (1000, 2000, 5000, 10000, 30000)


@dataclass
class SseEvent:
    event: str = "message"
    data: str = ""
    id: str | None = None


class SseParser:
    """Turns the bytes of a text/event-stream, as they arrive, into events (the W3C parsing rules)."""

    def __init__(self):
        self._buffer = b""
        self._data: list[str] = []
        self._event = ""
        self._id: str | None = None
        self.last_event_id: str | None = None
        self.retry_ms: int | None = None

    def feed(self, chunk: bytes) -> list[SseEvent]:
        self._buffer += chunk
        events = []
        while True:
            cut = _line_end(self._buffer)
            if cut is None:
                return events
            end, size = cut
            line = self._buffer[:end].decode("utf-8", "replace")
            self._buffer = self._buffer[end + size :]
            event = self._line(line)
            if event is not None:
                events.append(event)

    def _line(self, line: str) -> SseEvent | None:
        if line == "":
            if not self._data and not self._event:
                return None
            event = SseEvent(self._event or "message", "\n".join(self._data), self._id)
            if self._id is not None:
                self.last_event_id = self._id
            self._data, self._event, self._id = [], "", None
            return event
        if line.startswith(":"):
            return None  # comment: the server's heartbeat
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isdigit():
            self.retry_ms = int(value)
        return None


def _line_end(buffer: bytes):
    """(index, separator length) of the first line end (CRLF, LF or CR), or None."""
    for i, byte in enumerate(buffer):
        if byte == 0x0A:
            return i, 1
        if byte == 0x0D:
            if i + 1 == len(buffer):
                return None  # a LF may follow
            return i, 2 if buffer[i + 1] == 0x0A else 1
    return None


class FeedStream(QObject):
    """Follows /api/situations/{id}/feed/stream; emits each entry once, reconnects with Last-Event-ID."""

    entry_received = pyqtSignal(dict)
    connected = pyqtSignal()
    connection_lost = pyqtSignal(str)  # a message for the user; a reconnect is already scheduled
    authentication_failed = pyqtSignal(str)

    def __init__(
        self, connection: Connection, situation_id: int, last_event_id: str | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.connection = connection
        self.situation_id = int(situation_id)
        self.last_event_id = last_event_id
        self._reply: QNetworkReply | None = None
        self._parser = SseParser()
        self._attempt = 0
        self._running = False
        self._announced = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._open)

    @property
    def url(self) -> str:
        return f"{self.connection.api_url}/situations/{self.situation_id}/feed/stream"

    def is_connected(self) -> bool:
        return self._reply is not None and self._announced

    def start(self) -> None:
        self._running = True
        self._open()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        reply, self._reply = self._reply, None
        if reply is not None:
            reply.readyRead.disconnect()
            reply.finished.disconnect()
            reply.abort()
            reply.deleteLater()

    def _open(self) -> None:
        if not self._running:
            return
        request = QNetworkRequest(QUrl(self.url))
        request.setRawHeader(b"Accept", b"text/event-stream")
        request.setRawHeader(b"Cache-Control", b"no-cache")
        request.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork
        )
        request.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        if self.last_event_id:
            request.setRawHeader(b"Last-Event-ID", self.last_event_id.encode())
        ok, request = QgsApplication.authManager().updateNetworkRequest(request, self.connection.authcfg)
        self._parser = SseParser()
        self._announced = False
        self._reply = QgsNetworkAccessManager.instance().get(request)
        self._reply.readyRead.connect(self._read)
        self._reply.finished.connect(self._finished)

    def _read(self) -> None:
        reply = self._reply
        if reply is None:
            return
        if reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute) != 200:
            return  # an error body: _finished reports it
        if not self._announced:
            self._announced = True
            self._attempt = 0
            self.connected.emit()
        for event in self._parser.feed(bytes(reply.readAll())):
            if event.id is not None:
                self.last_event_id = event.id
            if event.event != "feed_entry" or not event.data:
                continue
            try:
                entry = json.loads(event.data)
            except ValueError:
                continue
            self.entry_received.emit(entry)

    def _finished(self) -> None:
        reply, self._reply = self._reply, None
        if reply is None:
            return
        self._read_rest(reply)
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        failed = reply.error() != QNetworkReply.NetworkError.NoError
        error = reply.errorString() if failed else tr("the server closed the stream")
        reply.deleteLater()
        if not self._running:
            return
        if status == 401:
            self._running = False
            self.authentication_failed.emit(tr("Wrong e-mail or password (or the account is locked)."))
            return
        delay = RETRY_DELAYS_MS[min(self._attempt, len(RETRY_DELAYS_MS) - 1)]
        if self._parser.retry_ms:
            delay = max(delay, self._parser.retry_ms)
        self._attempt += 1
        self.connection_lost.emit(
            tr("Live feed interrupted ({error}); reconnecting in {seconds} s.").format(
                error=error, seconds=delay // 1000
            )
        )
        self._timer.start(delay)

    def _read_rest(self, reply: QNetworkReply) -> None:
        self._reply = reply
        try:
            if reply.bytesAvailable():
                self._read()
        finally:
            self._reply = None
