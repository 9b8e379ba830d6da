"""Documents of a plan (the plan text, annexes, maps): the type is read from the bytes, never from the name or
the declared type; office files are looked into without unpacking them; names made safe."""

from __future__ import annotations

import io
import zipfile

from ..store.errors import PayloadTooLarge, UnsupportedMediaType, ValidationFailed
from ..store.plans import Document
from .attachments import safe_filename

MAX_BYTES = 20 * 1024 * 1024  # crisis.plan_documents.size_bytes allows no more
CATEGORIES = ("plan_text", "annex", "map")
PDF, PNG, JPEG = "application/pdf", "image/png", "image/jpeg"
ODT = "application/vnd.oasis.opendocument.text"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ACCEPTED = (PDF, ODT, DOCX, PNG, JPEG)
EXTENSIONS = {PDF: ".pdf", ODT: ".odt", DOCX: ".docx", PNG: ".png", JPEG: ".jpg", "text/plain": ".txt"}
_MAX_ZIP_ENTRIES = 5000  # a long report has a few hundred parts (images, styles)
_MAX_PART = 1024 * 1024  # the small parts read to tell the type ([Content_Types].xml, mimetype)
_DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _small_part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > _MAX_PART:
        return None
    return archive.read(info)


def _office_type(content: bytes) -> str | None:
    """ODT or DOCX by their zip contents (listed, two small parts read: never unpacked whole); None otherwise.
    Files that carry macros are not taken: they are programs, not documents."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        names = archive.namelist()
        if len(names) > _MAX_ZIP_ENTRIES:
            return None
        # ODF: the first part is `mimetype`, stored, holding the document's type.
        if names and names[0] == "mimetype" and _small_part(archive, "mimetype") == ODT.encode():
            return None if any(n.startswith(("Basic/", "Scripts/")) for n in names) else ODT
        types = _small_part(archive, "[Content_Types].xml")
        if types and _DOCX_MAIN in types and "word/document.xml" in names:
            return None if any(n.lower().endswith("vbaproject.bin") for n in names) else DOCX
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, OSError, ValueError):
        return None
    return None


def sniff(content: bytes) -> str | None:
    """The accepted type this content really is, or None."""
    if content.startswith(b"%PDF-"):
        return PDF
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if content.startswith(b"PK\x03\x04"):
        return _office_type(content)
    return None


def check(filename: str | None, content: bytes) -> Document:
    name = safe_filename(filename)
    if not content:
        raise ValidationFailed(f"The file {name!r} is empty.", {"filename": name})
    if len(content) > MAX_BYTES:
        raise PayloadTooLarge(
            f"The file {name!r} is larger than {MAX_BYTES // (1024 * 1024)} MiB.",
            {"filename": name, "max_bytes": MAX_BYTES},
        )
    actual = sniff(content)
    if actual is None:
        raise UnsupportedMediaType(
            f"The file {name!r} is not a PDF, ODT or DOCX document (without macros), PNG or JPEG image.",
            {"filename": name, "accepted": list(ACCEPTED)},
        )
    # The name a download gets ends as its content says: a PDF named report.exe is saved as report.exe.pdf.
    if not name.lower().endswith(EXTENSIONS[actual]) and not (actual == JPEG and name.lower().endswith(".jpeg")):
        name = name[: 200 - len(EXTENSIONS[actual])] + EXTENSIONS[actual]
    return Document(name, actual, content)
