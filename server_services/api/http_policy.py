"""What every request and answer of the Flask app must respect, in one place: no cross-site writes, exact
content types, no caching of authenticated answers, strict headers on HTML, ids that fit the database."""

from __future__ import annotations

from flask import Flask, Response, current_app, request
from werkzeug.routing import IntegerConverter

from ..store.errors import Forbidden, UnsupportedMediaType

WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# The routes that take files (multipart/form-data).
UPLOAD_ENDPOINTS = frozenset({"feeds.post_entry", "plans.upload_document", "plans.import_features"})
NO_STORE_ENDPOINTS = frozenset({"auth.login"})  # unauthenticated, but its answer carries a token
# For HTML answers that name no policy of their own: nothing but the page itself.
STRICT_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
_DEFAULT_PORTS = {"http": ":80", "https": ":443"}


def _digits_up_to(limit: int) -> str:
    """A regex of the decimal numbers 0..limit (no sign, any number of leading zeros up to limit's length)."""
    top = str(limit)
    shorter = f"[0-9]{{1,{len(top) - 1}}}"
    same_length = [f"{top[:i]}[0-{int(d) - 1}][0-9]{{{len(top) - i - 1}}}" for i, d in enumerate(top) if d != "0"]
    return "(?:" + "|".join([shorter, *same_length, top]) + ")"


class BigintConverter(IntegerConverter):
    """`<int:...>` in routes: ASCII digits up to PostgreSQL's bigint. A larger number matches no route at all
    (404 for every method; failing in to_python would make Werkzeug answer 405 from the other methods' rules)."""

    regex = _digits_up_to(2**63 - 1)


def _first(name: str) -> str:
    return request.headers.get(name, "").split(",")[0].strip()


def _origin(scheme: str, host: str) -> str:
    scheme = scheme.lower()
    host = host.lower().removesuffix(_DEFAULT_PORTS.get(scheme, "\0"))
    return f"{scheme}://{host}"


def own_origin() -> str:
    """The origin the browser used to reach the platform (nginx passes Host and scheme on)."""
    return _origin(_first("X-Forwarded-Proto") or request.scheme, _first("X-Forwarded-Host") or request.host)


def _refuse_cross_site() -> None:
    origin = request.headers.get("Origin")
    if origin is not None:
        scheme, _, host = origin.strip().rstrip("/").partition("://")
        if _origin(scheme, host) in {own_origin(), *current_app.config["ALLOWED_ORIGINS"]}:
            return  # the platform's own pages, and the sites the operator lists (CORS)
        raise Forbidden("Requests from pages of other sites may not change anything here.", {"origin": origin[:200]})
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        raise Forbidden("Requests from pages of other sites may not change anything here.")


def _require_exact_type() -> None:
    """JSON bodies only (files on the upload route), so that no plain HTML form can post here."""
    if not (request.content_length or request.content_type or request.headers.get("Transfer-Encoding")):
        return  # no body at all
    if request.routing_exception is not None:
        return  # no such route or method: that answer (404, 405) comes first
    if request.mimetype == "application/json":
        return
    if request.mimetype == "multipart/form-data" and request.endpoint in UPLOAD_ENDPOINTS:
        return
    raise UnsupportedMediaType(
        "Send the body as application/json"
        + (", or as multipart/form-data with files." if request.endpoint in UPLOAD_ENDPOINTS else ".")
    )


def check_request() -> None:
    if request.method in WRITES and request.path.startswith("/api/"):
        _refuse_cross_site()
        _require_exact_type()


def _authenticated() -> bool:
    return request.path.startswith("/api/") and (
        "Authorization" in request.headers or request.endpoint in NO_STORE_ENDPOINTS
    )


def set_headers(response: Response) -> Response:
    response.headers["X-Content-Type-Options"] = "nosniff"
    if response.mimetype == "text/html":
        response.headers.setdefault("Content-Security-Policy", STRICT_POLICY)
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
    if _authenticated():
        # Answers depend on who asks and access can be withdrawn at any moment: no cache keeps a copy.
        if "no-store" not in response.headers.get("Cache-Control", ""):
            response.headers["Cache-Control"] = "no-store"
        response.vary.add("Authorization")
    return response


def allowed_origins(value: str) -> frozenset[str]:
    """Origins other than the platform's own that may write (CRISIS_ALLOWED_ORIGINS, comma separated)."""
    return frozenset(_origin(*o.strip().rstrip("/").partition("://")[::2]) for o in value.split(",") if o.strip())


def init_app(app: Flask) -> None:
    """Call before any blueprint is registered (the id converter applies to routes as they are added)."""
    app.url_map.converters["int"] = BigintConverter
    app.before_request(check_request)
    app.after_request(set_headers)
