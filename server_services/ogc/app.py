"""The OGC front as a WSGI application: read the request, authenticate, sanitise, hand it to QGIS Server."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from http import HTTPStatus
from pathlib import Path

import defusedxml.ElementTree as SafeET

from ..config import load_settings
from . import answers, guard, transaction, versions
from .access import Caller
from .auth import Authenticator
from .errors import REFUSED_WRITE_STATUS, OwsError, render, version_hint
from .filters import local
from .layers import EDITABLE
from .server import Answer, OwsServer

log = logging.getLogger(__name__)

_TOTALS = {"totalInserted", "totalUpdated", "totalDeleted"}
_HOST = re.compile(r"^[A-Za-z0-9.\-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$")


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Status"


def _read_request(environ) -> guard.OwsRequest:
    headers = {key[5:].replace("_", "-").lower(): value for key, value in environ.items() if key.startswith("HTTP_")}
    if environ.get("CONTENT_TYPE"):
        headers["content-type"] = environ["CONTENT_TYPE"]
    method = environ.get("REQUEST_METHOD", "GET").upper()
    body = b""
    if method == "POST":
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise OwsError("InvalidParameterValue", "Content-Length is not a number") from None
        if length > guard.MAX_BODY_BYTES:
            _drain(environ["wsgi.input"], length)  # answering before the body is read makes the proxy say 502
            raise OwsError("InvalidParameterValue", "the request body is too large", 413)
        body = environ["wsgi.input"].read(length) if length > 0 else b""
    return guard.OwsRequest(
        method=method,
        path=environ.get("PATH_INFO") or "/",
        query=environ.get("QUERY_STRING", ""),
        headers=headers,
        body=body,
    )


def _drain(stream, length: int, chunk: int = 1 << 16) -> None:
    while length > 0:
        data = stream.read(min(chunk, length))
        if not data:
            break
        length -= len(data)


def _base_url(request: guard.OwsRequest, environ) -> str:
    """The public URL of this resource, which QGIS writes into capabilities and links."""
    host = request.headers.get("x-forwarded-host") or request.headers.get("host") or environ.get("SERVER_NAME", "")
    host = host.split(",")[0].strip()
    if not _HOST.match(host):
        raise OwsError("InvalidParameterValue", "the Host header is not a host name")
    proto = (request.headers.get("x-forwarded-proto") or environ.get("wsgi.url_scheme", "http")).split(",")[0]
    proto = "https" if proto.strip().lower() == "https" else "http"
    return f"{proto}://{host}{request.path}"


def _service_hint(request_query: str) -> str | None:
    match = re.search(r"(?:^|&)service=([A-Za-z]+)", request_query, re.IGNORECASE)
    return match.group(1).upper() if match else None


def _refused_write(answer: Answer) -> OwsError | None:
    """A Transaction of which QGIS Server wrote nothing and refused some action, as an OGC exception with the
    database's reasons (QGIS Server itself says only "Insert features failed on layer ..."). Where something
    was written, its TransactionResponse goes out as it is: it says what was written and what was not."""
    if answer.status != 200 or b"TransactionResponse" not in answer.body[:300]:
        return None
    try:
        root = SafeET.fromstring(answer.body)
    except SafeET.ParseError:
        return None
    written = sum(int(e.text or 0) for e in root.iter() if local(e.tag) in _TOTALS)
    messages = [" ".join(e.itertext()).strip() for e in root.iter() if local(e.tag) == "Message"]
    if written or not messages:
        return None
    reasons = list(dict.fromkeys(filter(None, (_database_reason(e) for e in answer.write_errors))))
    text = "; ".join(messages) + (": " + "; ".join(reasons) if reasons else "")
    return OwsError("InvalidParameterValue", f"Nothing was written. {text}", REFUSED_WRITE_STATUS)


def _database_reason(error: str) -> str:
    """The database's message in a provider error ("PostGIS error while adding features: ERROR:  perimeters.geom:
    invalid geometry: Self-intersection[...]"), with the key a foreign key did not find (not the failing row)."""
    _, _, tail = error.partition("ERROR:")
    lines = [line.strip() for line in tail.strip().splitlines()]
    if not lines:
        return ""
    key = next((line[len("DETAIL:") :].strip() for line in lines if line.startswith("DETAIL:  Key (")), "")
    return f"{lines[0]} ({key})"[:400] if key else lines[0][:400]


# Every answer of the OGC front: nothing in it runs as a page of the platform's origin, nor inside another site.
SECURITY_HEADERS = (
    ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
)


def _normal_origin(origin: str) -> str:
    """scheme://host[:port] in lower case, without the scheme's default port (as browsers send it)."""
    origin = origin.strip().rstrip("/").lower()
    for scheme, port in (("http://", ":80"), ("https://", ":443")):
        if origin.startswith(scheme) and origin.endswith(port):
            return origin[: -len(port)]
    return origin


def allowed_origins(environ=os.environ) -> frozenset[str]:
    """Origins other than the platform's own that may send writes (CRISIS_ALLOWED_ORIGINS, comma separated)."""
    return frozenset(_normal_origin(o) for o in environ.get("CRISIS_ALLOWED_ORIGINS", "").split(",") if o.strip())


def _same_site(request: guard.OwsRequest, base_url: str) -> None:
    """A POST from a page of another site (a browser adds Origin; Sec-Fetch-Site where it knows) is refused: it
    would carry the user's cached credentials."""
    if request.method != "POST":
        return
    origin = _normal_origin(request.headers.get("origin", ""))
    own = _normal_origin("/".join(base_url.split("/")[:3]))
    if origin and origin != "null" and (origin == own or origin in allowed_origins()):
        return
    if origin or request.headers.get("sec-fetch-site", "").lower() == "cross-site":
        raise OwsError("Forbidden", "Requests from pages of other sites may not write or post here.", 403)


def client_address(environ) -> str:
    """The caller's address: nginx puts it last in X-Forwarded-For; direct callers are the socket's peer."""
    forwarded = environ.get("HTTP_X_FORWARDED_FOR", "")
    return (forwarded.split(",")[-1].strip() if forwarded else "") or environ.get("REMOTE_ADDR", "")


class _Body:
    """The answer's body for the WSGI server, which calls close() once it has sent it."""

    def __init__(self, body: bytes, after: Callable[[], None] | None):
        self._body, self._after = body, after

    def __iter__(self):
        yield self._body

    def close(self) -> None:
        if self._after is not None:
            try:
                self._after()
            except Exception:  # the client has its answer; an edit based on it will ask to read again
                log.exception("could not remember the versions a writer was sent")


class OwsApplication:
    def __init__(self, server: OwsServer, authenticator: Authenticator):
        self.server = server
        self.authenticator = authenticator

    def answer(self, environ) -> Answer:
        request = _read_request(environ)
        base_url = _base_url(request, environ)
        _same_site(request, base_url)
        user = self.authenticator.authenticate(request.headers.get("authorization"), client_address(environ))
        checked = guard.check(request, self.server.catalogue)
        caller = Caller(
            user.id, user.role, lambda situation: self.authenticator.can_write_situation(user.id, situation)
        )
        inserts: dict[int, str | None] = {}
        if checked.transaction:
            checked.body, inserts = self._prepare_transaction(checked.body, user.id)
        answer = self.server.handle(checked, base_url, request.headers, caller)
        if inserts and answer.status == 200 and b"TransactionResponse" in answer.body[:300]:
            answer.body = self._settle_inserts(answer.body, inserts, user.id)
        if caller.writer and versions.sent_editable_features(checked, answer.status, answer.body):
            # The versions a writer was sent are the base of their next edit: remembered once the answer has
            # gone out (10,000 features take tens of milliseconds), before this worker takes another request.
            sent = (checked, answer.headers.get("Content-Type", ""), answer.body)
            answer.after = lambda: versions.record_reads(*sent, user.id, self.authenticator.run)
        if checked.api and answer.status == 500 and b"Invalid feature" in answer.body:
            # QGIS 3.22 answers 500 for a feature id it cannot return (absent, or not the caller's).
            raise OwsError("NotFound", "No such feature.", 404)
        if checked.transaction:
            refused = _refused_write(answer)
            if refused:
                raise refused
            if answer.status in (400, 403) and b"ExceptionReport" in answer.body[:500]:
                answer.status = REFUSED_WRITE_STATUS  # QGIS Server's own refusal (a reader's write)
        answers.finish(checked, answer)
        if answer.status >= 500:
            log.error(
                "QGIS Server answered %s to %s %s?%s", answer.status, request.method, request.path, request.query[:500]
            )
        return answer

    def _prepare_transaction(self, body: bytes, user_id: int) -> tuple[bytes, dict[int, str | None]]:
        """The Transaction as QGIS Server must read it: geometry in the axis order it reads, multi-surfaces as
        multi-polygons, one feature per Insert, each named feature checked against the version its edit is based
        on. Also returns the Inserts as the client sent them (number: handle)."""
        root = transaction.parse(body)
        transaction.fix_axis_order(root)
        transaction.fix_multi_surfaces(root)
        versions.check(root, user_id, self.authenticator.run)
        several = [i for i in transaction.several_feature_inserts(root) if i[0] in EDITABLE]
        if several:
            reasons = self.authenticator.run(lambda conn: versions.try_inserts(conn, user_id, several))
            if reasons:
                raise OwsError(
                    "InvalidParameterValue",
                    "Nothing was written. An Insert stands or falls whole: " + "; ".join(dict.fromkeys(reasons)),
                    REFUSED_WRITE_STATUS,
                )
        inserts = transaction.split_inserts(root)
        return transaction.serialise(root), inserts

    def _settle_inserts(self, response: bytes, inserts: dict[int, str | None], user_id: int) -> bytes:
        """Each Insert stands or falls whole: the features written of an Insert of which another feature was
        refused are removed again (as the user: the audit log shows both), then the answer is told per Insert."""
        outcome = transaction.read_inserts(response)
        undone = {fid for number in outcome.failed for fid in outcome.written.get(number, [])}
        if undone:
            self.authenticator.run(lambda conn: versions.remove_features(conn, user_id, sorted(undone)))
        return transaction.settle_inserts(response, inserts, undone)

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO") or "/"
        api = path.startswith("/ows/wfs3")
        try:
            answer = self.answer(environ)
        except OwsError as error:
            if error.status not in (401, 429):  # an operator sees which clients ask for what is not published
                log.info("refused %s %s: %s", environ.get("REQUEST_METHOD"), path, str(error)[:300])
            answer = Answer(
                *render(
                    error,
                    _service_hint(environ.get("QUERY_STRING", "")),
                    api,
                    version_hint(environ.get("QUERY_STRING", "")),
                )
            )
        except Exception:  # one place turns an unexpected failure into an OGC exception report
            log.exception("OGC front failed on %s %s", environ.get("REQUEST_METHOD"), path)
            error = OwsError("InternalError", "The server failed to answer this request.", 500)
            answer = Answer(
                *render(
                    error,
                    _service_hint(environ.get("QUERY_STRING", "")),
                    api,
                    version_hint(environ.get("QUERY_STRING", "")),
                )
            )
        body = b"" if environ.get("REQUEST_METHOD", "GET").upper() == "HEAD" else answer.body
        headers = [(k, v) for k, v in answer.headers.items() if k.lower() not in ("cache-control", "vary")]
        # Answers depend on who asks and on data that changes during a crisis: no client keeps a copy (QGIS's
        # WFS client would otherwise answer a GetFeature from Qt's HTTP cache, stale after an edit).
        headers = [(k, v) for k, v in headers if k.lower() not in {name.lower() for name, _ in SECURITY_HEADERS}]
        headers += [
            ("Cache-Control", "private, no-store"),
            ("Vary", "Authorization"),
            ("Content-Length", str(len(body))),
            *SECURITY_HEADERS,
        ]
        start_response(f"{answer.status} {_reason(answer.status)}", headers)
        return _Body(body, answer.after)


def create_app(settings=None) -> OwsApplication:
    """The application of this process: QGIS Server with the published project (built if missing or stale)."""
    settings = settings or load_settings()
    run_dir = Path(os.environ.get("CRISIS_RUN_DIR") or settings.run_dir)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(process)d %(name)s %(levelname)s %(message)s")
    server = OwsServer(settings.app_database_url, run_dir)
    return OwsApplication(server, Authenticator(settings.app_database_url))
