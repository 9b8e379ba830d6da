"""Routes of the contacts directory: search, cards, the people of a situation, changes, links, import, vCard,
the access log and the person's rights. What one may not see answers 404, like what does not exist."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from ..contacts import fields, gdpr, importing, store, vcard
from .auth import require_user
from .pool import conn
from .validation import Fields, json_body, query

bp = Blueprint("contacts", __name__)

DISCIPLINES = ("D1", "D2", "D3", "D4", "D5")
# Search parameters are short: all of them at their longest, percent-encoded, fit in one request line of the API's
# server (4 KiB).
MAX_Q, MAX_NAME_FILTER, MAX_ORGANISATION_FILTER = 120, 60, 64
MAX_IMPORT_CHARS = 5 * 1024 * 1024


def _contact_fields(body: dict, creating: bool, extra: set[str] = frozenset()) -> tuple[dict, Fields]:
    checked = Fields(body, allowed=set(fields.CONTACT_FIELDS) | extra)
    clean, problems = fields.contact({k: v for k, v in body.items() if k in fields.CONTACT_FIELDS}, creating)
    checked.errors.update(problems)
    return clean, checked


def _page(args: Fields, maximum: int = 200) -> tuple[int, int]:
    limit = args.integer("limit", minimum=1, maximum=maximum)
    offset = args.integer("offset", minimum=0, maximum=1_000_000)
    return limit or 50, offset or 0


@bp.get("/contacts")
def list_contacts():
    user = require_user()
    args = query()
    filters = {
        "q": args.string("q", max_len=MAX_Q),
        "name": args.string("name", max_len=MAX_NAME_FILTER),
        "function": args.string("function", max_len=MAX_NAME_FILTER),
        "organisation": args.string("organisation", max_len=MAX_ORGANISATION_FILTER),
        "discipline": args.choice("discipline", DISCIPLINES),
        "availability": args.choice("availability", fields.AVAILABILITIES),
    }
    limit, offset = _page(args)
    args.done()
    items, total = store.list_contacts(conn(), user, filters, limit, offset)
    return jsonify(items=items, total=total, limit=limit, offset=offset)


@bp.post("/contacts")
def create_contact():
    user = require_user()
    body = json_body()
    data, checked = _contact_fields(body, creating=True, extra={"organisation_id"})
    organisation_id = checked.integer("organisation_id", minimum=1)
    checked.done()
    contact_id = store.create(conn(), user, data, organisation_id)
    return jsonify(store.read_card(conn(), user, contact_id)), 201, {"Location": f"/api/contacts/{contact_id}"}


@bp.get("/contacts/<int:contact_id>")
def get_contact(contact_id: int):
    return jsonify(store.read_card(conn(), require_user(), contact_id))


@bp.patch("/contacts/<int:contact_id>")
def update_contact(contact_id: int):
    user = require_user()
    data, checked = _contact_fields(json_body(), creating=False, extra={"version"})
    version = checked.integer("version", minimum=1)
    checked.done()
    store.update(conn(), user, contact_id, data, version)
    return jsonify(store.read_card(conn(), user, contact_id))


@bp.delete("/contacts/<int:contact_id>")
def erase_contact(contact_id: int):
    store.erase(conn(), require_user(), contact_id)
    return "", 204


@bp.post("/contacts/<int:contact_id>/links")
def link_contact(contact_id: int):
    user = require_user()
    checked = Fields(json_body(), allowed={"situation_id", "plan_id", "role"})
    situation_id = checked.integer("situation_id", minimum=1)
    plan_id = checked.integer("plan_id", minimum=1)
    role = checked.string("role", max_len=fields.MAX_ROLE) or ""
    if (situation_id is None) == (plan_id is None) and not checked.errors:
        checked.errors["situation_id"] = "give a situation_id or a plan_id (one of them)"
    checked.done()
    link, created = store.link(conn(), user, contact_id, situation_id, plan_id, role)
    return jsonify(link), 201 if created else 200


@bp.delete("/contacts/<int:contact_id>/links/<int:link_id>")
def unlink_contact(contact_id: int, link_id: int):
    store.unlink(conn(), require_user(), contact_id, link_id)
    return "", 204


def _vcard_response(text: str, filename: str) -> Response:
    return Response(
        text, mimetype=vcard.MEDIA_TYPE, headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )


@bp.get("/contacts/<int:contact_id>/vcard")
def contact_vcard(contact_id: int):
    card = store.read_card(conn(), require_user(), contact_id, action="export")
    return _vcard_response(vcard.card(card), f"contact-{contact_id}.vcf")


@bp.get("/contacts/<int:contact_id>/export")
def contact_export(contact_id: int):
    return jsonify(gdpr.contact_export(conn(), require_user(), contact_id))


@bp.get("/contacts/<int:contact_id>/access-log")
def contact_access_log(contact_id: int):
    user = require_user()
    args = query()
    limit, offset = _page(args, maximum=1000)
    args.done()
    items, total = store.access_log(conn(), user, contact_id, limit, offset)
    return jsonify(items=items, total=total, limit=limit, offset=offset)


@bp.post("/contacts/import")
def import_contacts():
    user = require_user()
    checked = Fields(json_body(), allowed={"format", "content", "organisation_id", "dry_run"})
    kind = checked.choice("format", importing.FORMATS, required=True)
    content = checked.string("content", required=True, min_len=1, max_len=MAX_IMPORT_CHARS, strip=False)
    organisation_id = checked.integer("organisation_id", minimum=1)
    dry_run = checked.boolean("dry_run")
    checked.done()
    report = importing.run(conn(), user, kind, content, organisation_id, dry_run=bool(dry_run))
    return jsonify(report)


@bp.get("/situations/<int:situation_id>/contacts")
def situation_contacts(situation_id: int):
    items = store.situation_contacts(conn(), require_user(), situation_id)
    return jsonify(items=items)


@bp.get("/plans/<int:plan_id>/contacts")
def plan_contacts(plan_id: int):
    return jsonify(items=store.plan_contacts(conn(), require_user(), plan_id))


@bp.get("/situations/<int:situation_id>/contacts/vcard")
def situation_vcards(situation_id: int):
    items = store.situation_contacts(conn(), require_user(), situation_id, action="export")
    people: dict[int, dict] = {}
    for item in items:  # one card per person, with the roles held here
        person = people.setdefault(item["contact"]["id"], {**item["contact"], "roles": []})
        person["roles"].append(item["role"])
    cards = [{**p, "role": ", ".join(r for r in p.pop("roles") if r)} for p in people.values()]
    return _vcard_response(vcard.cards(cards), f"situation-{situation_id}-contacts.vcf")


@bp.get("/me/export")
def my_export():
    return jsonify(gdpr.my_export(conn(), require_user()))
