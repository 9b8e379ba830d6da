"""Documents of a plan: upload with the type read from the bytes (PDF, ODT, DOCX, PNG, JPEG; not what the name or
the declared type says), size checked, stored whole, downloaded as an attachment with safe headers; 404 for
those who may not read the plan, 403 for those who may read but not change it."""

from __future__ import annotations

import hashlib
import io
import zipfile

import psycopg
import pytest

PLANNER = "planner@province-antwerp.demo"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + b"\0" * 17
JPEG = b"\xff\xd8\xff\xe0\0\x10JFIF\0" + b"\0" * 32


def odt(macro: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
        if macro:
            archive.writestr("Basic/Standard/Module1.xml", "<script/>")
    return buffer.getvalue()


def docx(macro: bool = False) -> bytes:
    main = (
        "application/vnd.ms-word.document.macroEnabled.main+xml"
        if macro
        else "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml", f'<Types><Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
        )
        archive.writestr("word/document.xml", "<w:document/>")
        if macro:
            archive.writestr("word/vbaProject.bin", b"\0" * 64)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def ppui(database) -> int:
    with psycopg.connect(database.admin_url) as conn:
        return conn.execute("SELECT id FROM crisis.plans WHERE code = 'BNIP-PA-017'").fetchone()[0]


def upload(client, plan_id, content, name, declared="application/octet-stream", **form):
    return client.post(f"/api/plans/{plan_id}/documents", files={"file": (name, content, declared)}, data=form)


@pytest.mark.parametrize(
    "content, name, declared, stored_type, stored_name",
    [
        (PDF, "BNIP text.pdf", "application/pdf", "application/pdf", "BNIP text.pdf"),
        (odt(), "annex 2.odt", "application/octet-stream", "application/vnd.oasis.opendocument.text", "annex 2.odt"),
        (
            docx(),
            "alarm.docx",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "alarm.docx",
        ),
        (PNG, "map.png", "image/png", "image/png", "map.png"),
        (JPEG, "photo.jpeg", "image/jpeg", "image/jpeg", "photo.jpeg"),
        (PDF, "../../etc/evil.exe", "application/x-msdownload", "application/pdf", "evil.exe.pdf"),
    ],
)
def test_upload_and_download(clients, ppui, content, name, declared, stored_type, stored_name):
    r = upload(clients[PLANNER], ppui, content, name, declared, title="<script>alert(1)</script>", category="map")
    assert r.status_code == 201, r.text
    document = r.json()
    assert document["content_type"] == stored_type and document["filename"] == stored_name
    assert document["size_bytes"] == len(content) and document["title"] == "<script>alert(1)</script>"
    assert r.headers["Location"] == document["download_url"]
    for email in (PLANNER, "reader@police-antwerp.demo", "coordinator@crisis-centre.demo"):
        got = clients[email].get(document["download_url"])
        assert got.status_code == 200 and got.content == content
        assert got.headers["Content-Type"] == stored_type
        assert got.headers["Content-Disposition"].startswith("attachment; filename*=UTF-8''")
        assert got.headers["X-Content-Type-Options"] == "nosniff"
        assert got.headers["Cache-Control"] == "private, no-store"
        assert "sandbox" in got.headers["Content-Security-Policy"]
        assert got.headers["ETag"] == '"' + hashlib.sha256(content).hexdigest() + '"'
    assert clients["outsider@province-liege.demo"].get(document["download_url"]).status_code == 404
    assert clients["reader@police-antwerp.demo"].delete(document["download_url"]).status_code == 403
    assert clients["outsider@province-liege.demo"].delete(document["download_url"]).status_code == 404
    assert clients[PLANNER].delete(document["download_url"]).status_code == 204
    assert clients[PLANNER].get(document["download_url"]).status_code == 404


@pytest.mark.parametrize(
    "content, name, status",
    [
        (b"MZ\x90\0" + b"\0" * 100, "plan.pdf", 415),  # a program named like a PDF
        (b"Just some text, not a PDF", "plan.pdf", 415),
        (b"<html><script>alert(1)</script></html>", "plan.png", 415),
        (odt(macro=True), "macro.odt", 415),
        (docx(macro=True), "macro.docx", 415),
        (b"PK\x03\x04broken zip", "broken.docx", 415),
        (b"", "empty.pdf", 422),
        (b"%PDF-" + b"\0" * (20 * 1024 * 1024), "huge.pdf", 413),
    ],
)
def test_refused_uploads_write_nothing(clients, database, ppui, content, name, status):
    with psycopg.connect(database.admin_url) as conn:
        before = conn.execute("SELECT count(*) FROM crisis.plan_documents").fetchone()[0]
    r = upload(clients[PLANNER], ppui, content, name, "application/pdf")
    assert r.status_code == status, r.text[:300]
    assert r.json()["error"]["message"]
    with psycopg.connect(database.admin_url) as conn:
        assert conn.execute("SELECT count(*) FROM crisis.plan_documents").fetchone()[0] == before


@pytest.mark.parametrize(
    "email, status",
    [
        ("reader@police-antwerp.demo", 403),
        ("officer@fire-antwerp.demo", 403),
        ("outsider@province-liege.demo", 404),
        ("coordinator@crisis-centre.demo", 403),
    ],
)
def test_only_the_owner_coordinators_upload(clients, ppui, email, status):
    assert upload(clients[email], ppui, PDF, "x.pdf").status_code == status


def test_the_demo_documents_are_links_or_stored_text(clients, ppui):
    card = clients["reader@police-antwerp.demo"].get(f"/api/plans/{ppui}").json()
    links = [d for d in card["documents"] if d["link"]]
    stored = [d for d in card["documents"] if d["download_url"]]
    assert links and all(d["link"].startswith("https://") and d["download_url"] is None for d in links)
    text = clients["reader@police-antwerp.demo"].get(stored[0]["download_url"])
    assert text.status_code == 200 and text.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert "BNIP" in text.text
    link_id = links[0]["id"]
    missing = clients["reader@police-antwerp.demo"].get(f"/api/plans/{ppui}/documents/{link_id}")
    assert missing.status_code == 404 and missing.json()["error"]["details"]["link"] == links[0]["link"]


def test_bad_forms_are_refused(clients, ppui):
    planner = clients[PLANNER]
    assert planner.post(f"/api/plans/{ppui}/documents", data={"title": "no file"}).status_code in (415, 422)
    r = planner.post(f"/api/plans/{ppui}/documents", files={"file": ("a.pdf", PDF)}, data={"category": "secret"})
    assert r.status_code == 422 and "category" in r.json()["error"]["details"]["fields"]
    assert planner.post(f"/api/plans/{ppui}/documents", json={"file": "x"}).status_code == 415
    # A method the route does not have is told as such, whatever the body.
    wrong = planner.put(f"/api/plans/{ppui}/documents", files={"file": ("a.pdf", PDF)})
    assert wrong.status_code == 405 and "POST" in wrong.headers["Allow"]
