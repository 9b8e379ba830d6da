"""Logging in: the password stays in the auth manager; wrong password, unreachable server, lost stream."""

from __future__ import annotations

import socket

from plugin_qt import process_events, wait_until
from support import DEMO_PASSWORD


def _messages(iface) -> list[str]:
    return [item.text() for item in iface.messageBar().items()]


def _login(plugin, origin, email, password):
    plugin.show_login()
    dialog = plugin.login_dialog
    dialog.url.setText(origin)
    dialog.email.setText(email)
    dialog.password.setText(password)
    dialog.log_in()
    return dialog


def test_login_is_kept_in_the_auth_manager_not_in_settings(platform, loaded_plugin, iface):
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings

    from qgis_plugin.core import auth

    _login(loaded_plugin, platform.origin + "/api/", "reader@police-antwerp.demo", DEMO_PASSWORD)
    wait_until(lambda: loaded_plugin.session.is_logged_in, message="login")
    assert loaded_plugin.session.user["role"] == "reader"
    authcfg = QgsSettings().value(auth.SETTINGS_KEY)
    config = QgsAuthMethodConfig()
    ok, config = QgsApplication.authManager().loadAuthenticationConfig(authcfg, config, True)
    assert ok and config.method() == "Basic" and config.config("password") == DEMO_PASSWORD
    assert config.uri() == platform.origin  # the /api/ suffix typed by the user is dropped
    settings = QgsSettings()
    for key in settings.allKeys():
        assert DEMO_PASSWORD not in str(settings.value(key)), key
    assert any("Logged in as Sofie Maes" in m for m in _messages(iface))


def test_wrong_password_says_so(platform, loaded_plugin, iface):
    dialog = _login(loaded_plugin, platform.origin, "officer@fire-antwerp.demo", "not-the-password")
    wait_until(lambda: "Wrong e-mail or password" in dialog.status.text(), message="the refusal")
    assert not loaded_plugin.session.is_logged_in
    assert any("Wrong e-mail or password" in m for m in _messages(iface))
    assert dialog.isVisible() and dialog.buttons.isEnabled()
    dialog.grab().save("/tmp/dock_login.png")


def test_unreachable_server_says_so(loaded_plugin, iface):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    dialog = _login(loaded_plugin, f"http://127.0.0.1:{port}", "planner@province-antwerp.demo", DEMO_PASSWORD)
    wait_until(lambda: "does not answer" in dialog.status.text(), message="the unreachable message")
    assert any("does not answer" in m for m in _messages(iface))
    assert not loaded_plugin.session.is_logged_in


def test_reader_gets_read_only_tools_and_a_reason(platform, loaded_plugin, iface, admin_conn):
    from qgis.core import QgsPointXY

    _login(loaded_plugin, platform.origin, "reader@police-antwerp.demo", DEMO_PASSWORD)
    wait_until(lambda: loaded_plugin.session.is_logged_in, message="login")
    dock = loaded_plugin.situations_dock
    dock.refresh()
    wait_until(lambda: dock.situations and not dock.loading, message="situations")
    incident = next(s for s in dock.situations if s["kind"] == "incident")
    dock.open_situation(incident)
    wait_until(lambda: loaded_plugin.session.situation is not None, message="opened")
    tools = loaded_plugin.tools_dock
    assert not tools.tabs.isEnabled()
    assert "reader" in tools.permission.text()
    assert not loaded_plugin.feed_dock.post_button.isEnabled()
    before = admin_conn.execute("SELECT count(*) FROM crisis.anchors").fetchone()[0]
    tools.anchor_tool.kind = "road_block"
    assert tools.anchor_tool.place_anchor(QgsPointXY(4.30, 51.30), "should not exist") is None
    assert admin_conn.execute("SELECT count(*) FROM crisis.anchors").fetchone()[0] == before
    assert any("may only read" in m for m in _messages(iface))


def test_platform_refuses_a_write_the_plugin_lets_through(platform, qgis_app, project, admin_conn):
    """Even past the plugin's own checks, the platform refuses a reader's WFS-T insert; the refusal comes back
    from the background task as the error the user is shown."""
    from qgis.core import QgsPointXY

    from qgis_plugin.core import auth, editing
    from qgis_plugin.core.exceptions import EditRefusedError
    from qgis_plugin.core.tasks import run_task

    connection = auth.save_connection(platform.origin, "reader@police-antwerp.demo", DEMO_PASSWORD)
    situation_id = admin_conn.execute("SELECT id FROM crisis.situations WHERE kind = 'incident'").fetchone()[0]
    outcome: list = []
    task = run_task(
        "write",
        lambda: editing.write_anchor(
            connection, situation_id, "road_block", QgsPointXY(4.30, 51.30), "reader's anchor"
        ),
    )
    task.succeeded.connect(outcome.append)
    task.failed.connect(outcome.append)
    wait_until(lambda: outcome, message="the write's outcome")
    assert isinstance(outcome[0], EditRefusedError) and "refused" in outcome[0].message
    assert (
        admin_conn.execute("SELECT count(*) FROM crisis.anchors WHERE label = %s", ("reader's anchor",)).fetchone()[0]
        == 0
    )


def test_stream_resumes_after_the_last_event_it_saw(platform, qgis_app, admin_conn, user_ids):
    """The live feed picks up, without a gap, after the id it was given (what a reconnect sends)."""
    from qgis_plugin.core import auth
    from qgis_plugin.core.api_client import ApiClient
    from qgis_plugin.core.stream import FeedStream

    connection = auth.save_connection(platform.origin, "officer@fire-antwerp.demo", DEMO_PASSWORD)
    client = ApiClient(connection)
    situation_id = admin_conn.execute("SELECT id FROM crisis.situations WHERE kind = 'incident'").fetchone()[0]
    first = client.post_feed_entry(situation_id, "D1", "info", "resume test one")
    second = client.post_feed_entry(situation_id, "D1", "important", "resume test two")
    stream = FeedStream(connection, situation_id, last_event_id=str(first["id"]))
    got: list[dict] = []
    stream.entry_received.connect(got.append)
    stream.start()
    try:
        wait_until(lambda: any(e["id"] == second["id"] for e in got), message="the missed entry")
        assert first["id"] not in [e["id"] for e in got]
        third = client.post_feed_entry(situation_id, "D1", "urgent", "resume test three")
        wait_until(lambda: any(e["id"] == third["id"] for e in got), message="the live entry")
        assert stream.last_event_id == str(third["id"])
    finally:
        stream.stop()
    process_events()


def test_lost_stream_is_reported_and_reconnected(qgis_app):
    """A server that drops the stream: the user is told, and the client comes back with Last-Event-ID."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from qgis_plugin.core.auth import Connection
    from qgis_plugin.core.stream import FeedStream

    seen_ids: list[str | None] = []

    class DroppingStream(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            seen_ids.append(self.headers.get("Last-Event-ID"))
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            n = len(seen_ids)
            self.wfile.write(f'id: {n}\nevent: feed_entry\ndata: {{"id": {n}}}\n\n'.encode())
            self.wfile.flush()
            self.close_connection = True  # then hang up

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), DroppingStream)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        stream = FeedStream(Connection(f"http://127.0.0.1:{server.server_address[1]}", ""), 1)
        lost: list[str] = []
        got: list[dict] = []
        stream.connection_lost.connect(lost.append)
        stream.entry_received.connect(got.append)
        stream.start()
        wait_until(lambda: len(got) >= 2, timeout=15, message="a reconnect")
        stream.stop()
        assert lost and "reconnecting" in lost[0]
        assert seen_ids[:2] == [None, "1"]
    finally:
        server.shutdown()


def test_reads_and_writes_use_no_request_object_made_in_python(platform, qgis_app, admin_conn, monkeypatch):
    """GET and POST go through QgsNetworkAccessManager's blocking calls, whose request objects QGIS makes in C++
    (DELETE through the thread's manager, tested by ending a plan's activation in test_plugin_plans).
    A QgsBlockingNetworkRequest made in Python is PyQt's subclass: Qt calls its disconnectNotify, which takes the
    GIL, while holding a signal-slot lock shared with other objects, and a GUI thread that holds the GIL and wants
    that lock then waits forever with the task thread (a rare hang, seen in CI). The calls below fail if one is
    made again for a read or a write."""
    from qgis_plugin.core import api_client, auth
    from qgis_plugin.core.api_client import ApiClient

    def made_in_python(*args, **kwargs):
        raise AssertionError("a QgsBlockingNetworkRequest was made in Python for a GET or a POST")

    monkeypatch.setattr(api_client, "QgsBlockingNetworkRequest", made_in_python, raising=False)
    client = ApiClient(auth.save_connection(platform.origin, "officer@fire-antwerp.demo", DEMO_PASSWORD))
    me = client.me()
    assert me["email"] == "officer@fire-antwerp.demo"
    situation_id = admin_conn.execute("SELECT id FROM crisis.situations WHERE kind = 'incident'").fetchone()[0]
    assert situation_id in [s["id"] for s in client.all_situations()]
    entry = client.post_feed_entry(situation_id, "D1", "info", "posted without a Python-made request")
    assert entry["body"] == "posted without a Python-made request"
