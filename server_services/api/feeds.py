"""Routes for the logbook: post an entry (JSON or multipart with files), list and search, read, download files."""

from __future__ import annotations

from urllib.parse import quote

from flask import Blueprint, Response, jsonify, request

from ..store import feeds as feed_store
from ..store.errors import UnsupportedMediaType, ValidationFailed
from . import attachments
from .auth import require_user
from .pool import conn
from .validation import Fields, parse_json_object, query

bp = Blueprint("feeds", __name__)

_ENTRY_FIELDS = {"channel", "priority", "body", "location", "corrects_id"}


def _entry_from(body: dict, files: tuple[attachments.Attachment, ...]) -> feed_store.NewEntry:
    fields = Fields(body, allowed=_ENTRY_FIELDS)
    entry = feed_store.NewEntry(
        channel=fields.choice("channel", feed_store.CHANNELS, required=True),
        priority=fields.choice("priority", feed_store.PRIORITIES),  # None: info, or the corrected entry's
        body=fields.string("body", required=True, min_len=1, max_len=10000),
        location=fields.point("location"),
        corrects_id=fields.integer("corrects_id", minimum=1),
        attachments=files,
    )
    fields.done()
    return entry


def _read_post() -> feed_store.NewEntry:
    if request.mimetype == "application/json":
        return _entry_from(parse_json_object(request.get_data(cache=False)), ())
    if request.mimetype == "multipart/form-data":
        part = request.files.get("entry")
        raw = part.read() if part is not None else request.form.get("entry")
        if raw is None:
            raise ValidationFailed(details={"fields": {"entry": "required: the entry as a JSON part"}})
        uploads = request.files.getlist("attachments")
        if len(uploads) > attachments.MAX_FILES:
            raise ValidationFailed(f"At most {attachments.MAX_FILES} files per entry.")
        files = tuple(attachments.check(f.filename, f.mimetype, f.read()) for f in uploads)
        return _entry_from(parse_json_object(raw), files)
    raise UnsupportedMediaType(
        "Send the entry as application/json, or as multipart/form-data with an `entry` "
        "JSON part and `attachments` files."
    )


def _idempotency_key() -> str | None:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    if not 1 <= len(key) <= 200 or not key.isprintable():
        raise ValidationFailed(details={"fields": {"Idempotency-Key": "1 to 200 printable characters"}})
    return key


@bp.post("/situations/<int:situation_id>/feed")
def post_entry(situation_id: int):
    user = require_user()
    key = _idempotency_key()
    entry, created = feed_store.post(conn(), user, situation_id, _read_post(), key)
    response = jsonify(entry)
    response.status_code = 201 if created else 200
    response.headers["Location"] = f"/api/situations/{situation_id}/feed/{entry['id']}"
    return response


@bp.get("/situations/<int:situation_id>/feed")
def list_entries(situation_id: int):
    user = require_user()
    args = query()
    organisation = args.string("organisation", max_len=100) or None
    by_id = organisation is not None and organisation.isascii() and organisation.isdigit() and len(organisation) < 19
    filters = {
        "channel": args.choice("channel", feed_store.CHANNELS),
        "priority": args.choice("priority", feed_store.PRIORITIES),
        "organisation_id": int(organisation) if by_id else None,
        "organisation_slug": organisation if organisation and not by_id else None,
        "since": args.timestamp("since"),
        "until": args.timestamp("until"),
        "q": args.string("q", max_len=500) or None,
        "cursor": args.integer("cursor", minimum=0),
        "after": args.integer("after", minimum=0),
    }
    limit = args.integer("limit", minimum=1, maximum=200) or 50
    if filters["cursor"] is not None and filters["after"] is not None:
        args.errors["after"] = "use either cursor (older entries) or after (newer entries)"
    args.done()
    items, next_cursor = feed_store.search(conn(), user, situation_id, filters, limit)
    return jsonify(items=items, next_cursor=next_cursor)


@bp.get("/situations/<int:situation_id>/feed/<int:entry_id>")
def get_entry(situation_id: int, entry_id: int):
    return jsonify(feed_store.get(conn(), require_user(), situation_id, entry_id))


@bp.get("/situations/<int:situation_id>/feed/<int:entry_id>/attachments/<int:attachment_id>")
def download(situation_id: int, entry_id: int, attachment_id: int):
    row = feed_store.attachment(conn(), require_user(), situation_id, entry_id, attachment_id)
    return Response(
        bytes(row["content"]),
        mimetype=row["content_type"],
        headers={
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(row['filename'])}",
            "X-Content-Type-Options": "nosniff",
            "Content-Security-Policy": "default-src 'none'",
            "Cache-Control": "private, no-store",  # a withdrawn share takes effect at once
            "ETag": '"' + bytes(row["sha256"]).hex() + '"',
        },
    )
