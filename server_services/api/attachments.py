"""Files attached to feed entries: the type is read from the content (never trusted), names made safe."""

from __future__ import annotations

import re

from ..store.errors import PayloadTooLarge, UnsupportedMediaType, ValidationFailed
from ..store.feeds import Attachment

MAX_BYTES = 10 * 1024 * 1024  # the database allows no more (feed_attachments.size_bytes)
MAX_FILES = 10
ACCEPTED = ("image/png", "image/jpeg", "application/pdf", "text/plain")
_GENERIC = ("", "application/octet-stream", "binary/octet-stream")
_TEXT_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\]")


def sniff(content: bytes) -> str | None:
    """The accepted type this content really is, or None."""
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"%PDF-"):
        return "application/pdf"
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if _TEXT_CONTROL.search(content) else "text/plain"


def safe_filename(name: str | None) -> str:
    base = re.split(r"[/\\]", name or "")[-1]
    base = _UNSAFE_NAME.sub("", base).strip().lstrip(".")
    return base[:200] or "attachment"


def check(filename: str | None, declared_type: str | None, content: bytes) -> Attachment:
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
            f"The file {name!r} is not a PNG, JPEG, PDF or UTF-8 text file.",
            {"filename": name, "accepted": list(ACCEPTED)},
        )
    declared = (declared_type or "").lower()
    compatible = declared == actual or (actual == "text/plain" and declared.startswith("text/"))
    if declared not in _GENERIC and not compatible:
        raise UnsupportedMediaType(
            f"The file {name!r} is declared {declared} but its content is {actual}.",
            {"filename": name, "declared": declared, "content": actual},
        )
    return Attachment(name, actual, content)
