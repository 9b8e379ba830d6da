"""OGC errors: one typed exception, turned into a ServiceExceptionReport (or OGC API JSON) in one place."""

from __future__ import annotations

import json
import re
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


# The exception report of each service and version, as its official schema has it (tests/ogc/test_schemas.py):
# WMS 1.3.0: ogc:ServiceExceptionReport 1.3.0; WMS 1.1.1: ServiceExceptionReport 1.1.1 of its DTD, as
# application/vnd.ogc.se_xml; WFS 1.1.0: ows:ExceptionReport (OWS Common 1.0.0); WFS 1.0.0: ogc:ServiceExceptionReport
# 1.2.0. A request that names no version gets the service's highest (WMS 1.3.0, WFS 1.1.0), as OGC version
# negotiation does.
OGC_NS = "http://www.opengis.net/ogc"
OWS_NS = "http://www.opengis.net/ows"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SE_XML = "application/vnd.ogc.se_xml"
_VERSION = re.compile(r"(?:^|&)(?:version|wmtver)=(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?:&|$)", re.IGNORECASE)


def version_hint(query: str) -> str | None:
    """The VERSION of a key-value request, read from its raw query string (the request may be refused before it
    is parsed), or None."""
    match = _VERSION.search(query or "")
    return match.group(1) if match else None


def dialect(service: str | None, version: str | None) -> str:
    """Which exception report a request gets: "wms130", "wms111", "wfs110" or "wfs100"."""
    service = (service or "").upper()
    version = (version or "").strip()
    if service == "WFS":
        return "wfs100" if version.startswith("1.0") else "wfs110"
    return "wms111" if version.startswith("1.1") else "wms130"


def report(kind: str, exceptions: list[tuple[str, str, str | None]]) -> tuple[str, bytes]:
    """Content type and body of an exception report of `kind` (see dialect()), holding (code, text, locator)
    exceptions."""

    def locator_attribute(locator: str | None) -> str:
        return f" locator={quoteattr(locator)}" if locator else ""

    if kind == "wfs110":
        items = "".join(
            f" <ows:Exception exceptionCode={quoteattr(code or 'NoApplicableCode')}{locator_attribute(locator)}>\n"
            f"  <ows:ExceptionText>{escape(text)}</ows:ExceptionText>\n </ows:Exception>\n"
            for code, text, locator in exceptions
        )
        body = (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<ows:ExceptionReport xmlns:ows="{OWS_NS}" '
            f'xmlns:xsi="{XSI_NS}" xsi:schemaLocation="{OWS_NS} '
            f'http://schemas.opengis.net/ows/1.0.0/owsExceptionReport.xsd" version="1.1.0" language="en">\n'
            f"{items}</ows:ExceptionReport>\n"
        )
        return "text/xml; charset=utf-8", body.encode("utf-8")
    if kind == "wms111":
        items = "".join(
            f" <ServiceException{_code(code)}>{escape(text)}</ServiceException>\n"
            for code, text, _locator in exceptions
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ServiceExceptionReport SYSTEM '
            '"http://schemas.opengis.net/wms/1.1.1/exception_1_1_1.dtd">\n'
            f'<ServiceExceptionReport version="1.1.1">\n{items}</ServiceExceptionReport>\n'
        )
        return SE_XML, body.encode("utf-8")
    if kind == "wfs100":
        version, location = "1.2.0", "http://schemas.opengis.net/wfs/1.0.0/OGC-exception.xsd"
    else:
        version, location = "1.3.0", "http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd"
    items = "".join(
        f" <ServiceException{_code(code)}{locator_attribute(locator)}>{escape(text)}</ServiceException>\n"
        for code, text, locator in exceptions
    )
    body = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<ServiceExceptionReport version="{version}" xmlns="{OGC_NS}" '
        f'xmlns:xsi="{XSI_NS}" xsi:schemaLocation="{OGC_NS} {location}">\n{items}</ServiceExceptionReport>\n'
    )
    return "text/xml; charset=utf-8", body.encode("utf-8")


def _code(code: str | None) -> str:
    return f" code={quoteattr(code)}" if code else ""


def render(
    error: OwsError, service: str | None, api: bool = False, version: str | None = None
) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of the answer to `error`, in the report of the request's service and version."""
    headers = dict(error.headers)
    if api:
        headers["Content-Type"] = "application/json"
        body = json.dumps([{"code": error.code, "description": error.message}]).encode("utf-8")
        return error.status, headers, body
    headers["Content-Type"], body = report(dialect(service, version), [(error.code, error.message, None)])
    return error.status, headers, body
