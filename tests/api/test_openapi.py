"""The OpenAPI document is true: every route is in it and only those; schemathesis finds no 5xx and no answer
that differs from it (against an API of its own, so that its random writes touch no other test)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from server_services.api import create_app
from server_services.api.openapi import document

from .conftest import DEMO_PASSWORD

UNDOCUMENTED = {"/api/", "/api/openapi.json", "/api/docs", "/api/docs/", "/api/docs/<path:filename>"}


def _flask_routes() -> set[tuple[str, str]]:
    app = create_app({"DATABASE_URL": "postgresql://never-connected.invalid/crisis"})  # routes only: no request
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule in UNDOCUMENTED or not rule.rule.startswith("/api/"):
            continue
        path = re.sub(r"<(?:int:)?([a-z_]+)>", r"{\1}", rule.rule)
        routes |= {(path, m.lower()) for m in rule.methods - {"HEAD", "OPTIONS"}}
    return routes


@pytest.mark.unit
def test_every_route_is_documented_and_nothing_else():
    documented = {
        (path, method) for path, item in document()["paths"].items() for method in item if method != "parameters"
    }
    assert documented == _flask_routes()


def test_the_served_document_is_the_one_in_the_code(origin):
    r = requests.get(f"{origin}/api/openapi.json", timeout=10)
    assert r.status_code == 200 and r.json() == requests.get(f"{origin}/api/openapi.json").json()
    assert r.json()["openapi"].startswith("3.") and r.json()["paths"].keys() == document()["paths"].keys()


def test_docs_are_served_from_the_package(origin):
    page = requests.get(f"{origin}/api/docs", timeout=10)
    assert page.status_code == 200 and "swagger-ui-bundle.js" in page.text and "/api/openapi.json" in page.text
    # No CDN: every asset comes from this origin.
    assert "http:" not in page.text and "https:" not in page.text and '"//' not in page.text
    script = requests.get(f"{origin}/api/docs/swagger-ui-bundle.js", timeout=10)
    assert script.status_code == 200 and len(script.content) > 100_000


def test_api_index_page_links_the_services(origin):
    page = requests.get(f"{origin}/api/", timeout=10)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    for link in ("/api/docs", "/ows?SERVICE=WMS&amp;REQUEST=GetCapabilities", "/api/health"):
        assert link in page.text


# --- schemathesis ------------------------------------------------------------------------------------------

CHECKS = (
    "not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,"
    "response_schema_conformance,negative_data_rejection,missing_required_header,unsupported_method,"
    "ignored_auth"
)


def test_api_conforms_to_its_document(api_server_factory, tmp_path):
    """Schemathesis (its CLI, the interface it supports best) against an API of its own: random writes there
    touch no other test. As a coordinator who owns a situation, it reaches the write paths, not only refusals.
    The live stream never ends (it has its own tests); logging out would end the fuzzer's own session."""
    server = api_server_factory()
    command = [
        str(Path(sys.executable).with_name("schemathesis")),
        "run",
        f"{server.origin}/api/openapi.json",
        "--auth",
        f"planner@province-antwerp.demo:{DEMO_PASSWORD}",
        "--checks",
        CHECKS,
        "--exclude-path-regex",
        "/feed/stream$",
        "--exclude-path",
        "/api/auth/logout",
        "--max-examples",
        "10",
        "--seed",
        "20260721",
        "--phases",
        "examples,coverage,fuzzing",
        "--request-timeout",
        "30",
        "--workers",
        "1",
        "--no-color",
    ]
    run = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-2000:]
    assert " passed" in run.stdout and "generated" in run.stdout
