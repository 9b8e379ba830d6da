"""OGC errors: one typed exception, turned into a ServiceExceptionReport (or OGC API JSON) in one place."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

REALM = "crisis platform"

# A refused WFS-T Transaction (a conflict, a bad feature, no right to write) is answered with HTTP 200 and an
# exception report, as WFS 1.x servers commonly do: QGIS's WFS client shows the reason to its user only then
# (with an error status it shows the status line alone). Malformed requests and missing credentials keep 4xx.
REFUSED_WRITE_STATUS = 200


@dataclass
class OwsError(Exception):
    """A request the OGC front answers itself, with an OGC exception code and an HTTP status."""

    code: str  # OGC exception code: InvalidParameterValue, OperationNotSupported...
    message: str
    status: int = 400
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


def unauthorized(message: str, refused: bool = False) -> OwsError:
    """401. Credentials that were sent and refused get no Basic challenge: HTTP clients (Qt in QGIS,
    browsers) would answer one with their own credential prompt instead of reporting the error."""
    if refused:
        challenge = f'Bearer realm="{REALM}", error="invalid_token"'
    else:
        challenge = f'Basic realm="{REALM}", charset="UTF-8"'
    return OwsError("AuthenticationFailed", message, 401, {"WWW-Authenticate": challenge})


def forbidden(message: str) -> OwsError:
    return OwsError("Forbidden", message, 403)


# The report versions QGIS Server itself uses, so that a client sees one dialect.
_REPORT_VERSION = {"WMS": "1.3.0", "WFS": "1.2.0"}


def render(error: OwsError, service: str | None, api: bool = False) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of the answer to `error`."""
    headers = dict(error.headers)
    if api:
        headers["Content-Type"] = "application/json"
        body = json.dumps([{"code": error.code, "description": error.message}]).encode("utf-8")
        return error.status, headers, body
    version = _REPORT_VERSION.get((service or "").upper(), "1.3.0")
    headers["Content-Type"] = "text/xml; charset=utf-8"
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<ServiceExceptionReport version="{version}" xmlns="http://www.opengis.net/ogc">\n'
        f" <ServiceException code={quoteattr(error.code)}>{escape(error.message)}</ServiceException>\n"
        "</ServiceExceptionReport>\n"
    ).encode()
    return error.status, headers, body
