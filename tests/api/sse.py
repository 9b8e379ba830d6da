"""A small server-sent events follower for the tests: reads a stream in a thread, one queue item per event."""

from __future__ import annotations

import base64
import http.client
import json
import queue
import socket
import threading
import time
from urllib.parse import urlencode, urlsplit


class Follower:
    def __init__(self, url: str, headers: dict | None = None, auth=None, params=None):
        self.events: queue.Queue = queue.Queue()
        self.map_events: queue.Queue = queue.Queue()  # (event id, map change) with ?map=1
        self.comments: list[str] = []
        self.connected = threading.Event()
        self.ended = threading.Event()
        parts = urlsplit(url)
        headers = {"Accept": "text/event-stream", **(headers or {})}
        if auth:
            headers["Authorization"] = "Basic " + base64.b64encode(":".join(auth).encode()).decode()
        target = parts.path + ("?" + urlencode(params) if params else "")
        self._conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        self._conn.request("GET", target, headers=headers)
        self.response = self._conn.getresponse()
        self.status = self.response.status
        self.headers = self.response.headers
        self._thread = threading.Thread(target=self._read, daemon=True)
        if self.status == 200:
            self._thread.start()

    def _read(self):
        buffer = b""
        try:
            while True:
                chunk = self.response.read1(65536)
                if not chunk:
                    break
                buffer += chunk
                while b"\n\n" in buffer:
                    block, buffer = buffer.split(b"\n\n", 1)
                    self._event(block.decode("utf-8"))
        except (OSError, ValueError, http.client.HTTPException):
            pass  # closed by the test
        finally:
            self.ended.set()

    def _event(self, block: str):
        fields: dict[str, str] = {}
        for line in block.split("\n"):
            if line.startswith(":"):
                self.comments.append(line[1:].strip())
                if line[1:].strip() == "connected":
                    self.connected.set()
                continue
            name, _, value = line.partition(":")
            fields[name] = fields.get(name, "") + value.removeprefix(" ")
        if fields.get("event") == "feed_entry":
            # With ?map=1 an id is "<entry id>.<map change id>".
            self.events.put((int(fields["id"].split(".")[0]), json.loads(fields["data"]), time.monotonic()))
        elif fields.get("event") == "map_change":
            self.map_events.put((fields["id"], json.loads(fields["data"]), time.monotonic()))

    def wait_connected(self, timeout=10.0):
        assert self.connected.wait(timeout), "the stream did not open"

    def take(self, n: int, timeout=10.0) -> list:
        got, deadline = [], time.monotonic() + timeout
        while len(got) < n:
            try:
                got.append(self.events.get(timeout=max(0.01, deadline - time.monotonic())))
            except queue.Empty:
                break
        return got

    def take_quiet(self, wait=1.0) -> list:
        """Whatever arrives within `wait` seconds."""
        got, deadline = [], time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                got.append(self.events.get(timeout=0.05))
            except queue.Empty:
                pass
        return got

    def close(self):
        """Drop the connection at once, as a client that goes away does."""
        sock = self._conn.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.ended.wait(5)
        self._conn.close()
