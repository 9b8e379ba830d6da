"""The contacts part of the OpenAPI document (merged into it by openapi.document())."""

from __future__ import annotations

from ..contacts.fields import (
    AVAILABILITIES,
    MAX_CALL_SIGN,
    MAX_EMAIL,
    MAX_FUNCTION,
    MAX_NAME,
    MAX_NOTES,
    MAX_PHONES,
    MAX_ROLE,
)
from ..contacts.importing import FORMATS
from .contacts import DISCIPLINES, MAX_IMPORT_CHARS, MAX_NAME_FILTER, MAX_ORGANISATION_FILTER, MAX_Q
from .openapi import (
    ALL,
    BOOL,
    ID,
    INT,
    LOCATION,
    SITUATION,
    STR,
    TIME,
    body,
    enum,
    items_of,
    nullable,
    obj,
    ok,
    op,
    path_param,
    query_param,
    ref,
    responses,
)

CONTACT = path_param("contact_id", "Contact id")
E164 = {"type": "string", "pattern": r"^\+[1-9][0-9]{5,14}$", "description": "E.164, e.g. +3232011121"}
VCARD = {
    "200": {
        "description": "vCard 4.0 (RFC 6350), for a phone's address book",
        "headers": {"Content-Disposition": {"schema": STR}},
        "content": {"text/vcard": {"schema": STR}},
    }
}
PAGE = [
    query_param("limit", {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}),
    query_param("offset", {"type": "integer", "minimum": 0, "maximum": 1000000, "default": 0}),
]
ORG = obj({"id": INT, "slug": STR, "name": STR, "discipline": nullable(STR)}, required=["id", "slug", "name"])
_WRITABLE = {
    "full_name": {"type": "string", "minLength": 2, "maxLength": MAX_NAME, "pattern": r"\S.*\S"},
    "function": {"type": "string", "maxLength": MAX_FUNCTION},
    "phones": {
        "type": "array",
        "maxItems": MAX_PHONES,
        "items": {"type": "string", "minLength": 1, "maxLength": 40},
        "description": "As typed: Belgian national formats (03 201 11 21, 0478 12 34 56) or international "
        "(+32 3 201 11 21); stored and returned in E.164. Each must have a possible length "
        "for its country.",
    },
    "email": nullable({"type": "string", "format": "email", "maxLength": MAX_EMAIL}),
    "radio_call_sign": nullable({"type": "string", "maxLength": MAX_CALL_SIGN}),
    "availability": enum(AVAILABILITIES),
    "notes": {"type": "string", "maxLength": MAX_NOTES},
}

SCHEMAS = {
    "ContactOrganisation": ORG,
    "ContactListItem": obj(
        {
            "id": INT,
            "full_name": STR,
            "function": STR,
            "organisation": ref("ContactOrganisation"),
            "availability": enum(AVAILABILITIES),
        },
        required=ALL,
        description="What a list shows: never a phone number or an e-mail address.",
    ),
    "ContactList": obj(
        {"items": {"type": "array", "items": ref("ContactListItem")}, "total": INT, "limit": INT, "offset": INT},
        required=ALL,
    ),
    "ContactLink": obj(
        {
            "id": INT,
            "role": STR,
            "situation": nullable(obj({"id": INT, "title": STR, "kind": STR, "status": STR}, required=["id", "title"])),
            "plan": nullable(obj({"id": INT, "code": STR, "title": STR}, required=ALL)),
        },
        required=ALL,
    ),
    "Contact": obj(
        {
            "id": INT,
            "full_name": STR,
            "function": STR,
            "organisation": ref("ContactOrganisation"),
            "phones": {"type": "array", "items": E164},
            "email": nullable(STR),
            "radio_call_sign": nullable(STR),
            "availability": enum(AVAILABILITIES),
            "notes": STR,
            "version": INT,
            "created_at": TIME,
            "updated_at": TIME,
            "links": {
                "type": "array",
                "items": ref("ContactLink"),
                "description": "Where the person is named (situations and plans you may see)",
            },
            "permissions": obj({"can_manage": BOOL, "can_administer": BOOL}, required=ALL),
        },
        required=[
            "id",
            "full_name",
            "function",
            "organisation",
            "phones",
            "email",
            "radio_call_sign",
            "availability",
            "notes",
            "version",
            "links",
            "permissions",
        ],
    ),
    "ContactCreate": obj(
        {**_WRITABLE, "organisation_id": {**ID, "description": "Default: your organisation"}},
        required=["full_name"],
        additional=False,
    ),
    "ContactUpdate": obj(
        {**_WRITABLE, "version": {**ID, "description": "The version you changed; 409 if not current"}}, additional=False
    ),
    "ContactLinkCreate": obj(
        {"situation_id": ID, "plan_id": ID, "role": {"type": "string", "maxLength": MAX_ROLE}},
        additional=False,
        description="Exactly one of situation_id and plan_id.",
    ),
    "ContactLinkResult": obj(
        {"id": INT, "situation_id": nullable(INT), "plan_id": nullable(INT), "role": STR},
        required=ALL,
    ),
    "SituationContact": obj(
        {
            "role": STR,
            "sources": {
                "type": "array",
                "items": obj(
                    {"kind": enum(["situation", "plan"]), "plan": obj({"id": INT, "code": STR, "title": STR})},
                    required=["kind"],
                ),
            },
            "contact": obj(
                {
                    "id": INT,
                    "full_name": STR,
                    "function": STR,
                    "phones": {"type": "array", "items": E164},
                    "email": nullable(STR),
                    "radio_call_sign": nullable(STR),
                    "availability": enum(AVAILABILITIES),
                    "organisation": ref("ContactOrganisation"),
                },
                required=ALL,
            ),
        },
        required=ALL,
    ),
    "AccessLogEntry": obj(
        {
            "id": INT,
            "at": TIME,
            "action": enum(("read", "list", "export", "create", "update", "link", "unlink", "erase")),
            "user": nullable(
                obj(
                    {"id": INT, "display_name": STR, "organisation": ref("OrganisationRef")},
                    required=ALL,
                )
            ),
        },
        required=ALL,
    ),
    "AccessLog": obj(
        {"items": {"type": "array", "items": ref("AccessLogEntry")}, "total": INT, "limit": INT, "offset": INT},
        required=ALL,
    ),
    "ContactImport": obj(
        {
            "format": enum(FORMATS),
            "content": {
                "type": "string",
                "minLength": 1,
                "maxLength": MAX_IMPORT_CHARS,
                "description": "The file's text. CSV: a header line naming full_name, function, organisation, "
                "phones (several separated by |), email, radio_call_sign, availability, notes; "
                "`,` or `;` between fields. vCard: 4.0 (3.0 read too).",
            },
            "organisation_id": {**ID, "description": "The organisation imported into (default: yours)"},
            "dry_run": {"type": "boolean", "description": "Only check and report; write nothing"},
        },
        required=["format", "content"],
        additional=False,
    ),
    "ContactImportReport": obj(
        {
            "dry_run": BOOL,
            "format": enum(FORMATS),
            "written": BOOL,
            "organisation": obj({"id": INT, "slug": STR, "name": STR}),
            "counts": obj({k: INT for k in ("created", "updated", "unchanged", "refused")}),
            "rows": {
                "type": "array",
                "items": obj(
                    {
                        "row": INT,
                        "line": nullable(INT),
                        "full_name": STR,
                        "status": enum(("created", "updated", "unchanged", "refused")),
                        "contact_id": INT,
                        "reasons": {"type": "array", "items": STR},
                    },
                    required=["row", "status"],
                ),
            },
        },
        required=ALL,
    ),
    "ContactExport": obj(
        {
            "exported_at": TIME,
            "contact": ref("Contact"),
            "named_in": {"type": "array"},
            "access_log": {"type": "array"},
            "changes": {"type": "array"},
            "logbook_mentions": {"type": "array"},
        },
        required=ALL,
    ),
    "MyExport": obj(
        {
            "exported_at": TIME,
            "account": {"type": "object"},
            "sessions": {"type": "array"},
            "feed_entries": {"type": "array"},
            "situations_created": {"type": "array"},
            "contact_accesses": {"type": "array"},
            "writes": {"type": "array"},
        },
        required=ALL,
    ),
}

TRACED = " Traced in the contact's access log."
PATHS = {
    "/api/contacts": {
        "get": op(
            "Search the contacts you may see (name, function, organisation, availability only)",
            "contacts",
            responses(ok(200, "One page of contacts", ref("ContactList")), 422),
            [
                query_param(
                    "q",
                    {"type": "string", "maxLength": MAX_Q},
                    "Words found in the name, function, call sign or organisation name; accents and "
                    "case do not matter (Genevieve finds Geneviève)",
                ),
                query_param("name", {"type": "string", "maxLength": MAX_NAME_FILTER}, "Part of the name"),
                query_param("function", {"type": "string", "maxLength": MAX_NAME_FILTER}, "Part of the function"),
                query_param(
                    "organisation", {"type": "string", "maxLength": MAX_ORGANISATION_FILTER}, "Organisation id or slug"
                ),
                query_param("discipline", enum(DISCIPLINES)),
                query_param("availability", enum(AVAILABILITIES)),
                *PAGE,
            ],
            description="Each contact listed is traced (action list).",
        ),
        "post": op(
            "Create a contact (coordinators and admins of its organisation)",
            "contacts",
            responses(ok(201, "The new contact", ref("Contact"), LOCATION), 400, 403, 415, 422),
            request=body(ref("ContactCreate")),
        ),
    },
    "/api/contacts/import": {
        "post": op(
            "Import contacts from CSV or vCard into an organisation (its coordinators and admins)",
            "contacts",
            responses(
                {
                    **ok(
                        200,
                        "The report: per row created, updated, unchanged or refused (with the reasons)",
                        ref("ContactImportReport"),
                    ),
                    "422": {
                        "description": "Unreadable file, invalid fields, or (not a dry run) refused rows: nothing "
                        "was written; details hold the report",
                        "content": {"application/json": {"schema": ref("Error")}},
                    },
                },
                400,
                403,
                415,
            ),
            request=body(ref("ContactImport")),
            description="The whole file is checked first; a dry run only reports. A real run writes every row in one "
            "transaction, or nothing if any row is refused. A row matches an existing contact of the "
            "organisation by e-mail, else by name (accents and case aside).",
        )
    },
    "/api/contacts/{contact_id}": {
        "parameters": [CONTACT],
        "get": op(
            "The whole card: phones, e-mail, call sign, notes, where the person is named",
            "contacts",
            responses(ok(200, "The contact", ref("Contact")), 404),
            description=TRACED,
        ),
        "patch": op(
            "Change a contact (coordinators and admins of its organisation)",
            "contacts",
            responses(ok(200, "The contact", ref("Contact")), 400, 403, 404, 409, 415, 422),
            request=body(ref("ContactUpdate")),
            description=TRACED,
        ),
        "delete": op(
            "Erase the person's data (GDPR; admins of the contact's organisation)",
            "contacts",
            responses({"204": {"description": "Erased"}}, 403, 404),
            description="The personal fields are blanked (a tombstone keeps the id), the links removed, "
            "and the audit rows that copied them blanked too. Traced (action erase).",
        ),
    },
    "/api/contacts/{contact_id}/links": {
        "parameters": [CONTACT],
        "post": op(
            "Name the contact in a situation or a plan, with the role held there",
            "contacts",
            responses(
                {
                    **ok(201, "Linked", ref("ContactLinkResult")),
                    **ok(200, "Already linked there: the role was changed", ref("ContactLinkResult")),
                },
                400,
                403,
                404,
                415,
                422,
            ),
            request=body(ref("ContactLinkCreate")),
        ),
    },
    "/api/contacts/{contact_id}/links/{link_id}": {
        "parameters": [CONTACT, path_param("link_id", "Link id")],
        "delete": op("Remove a link", "contacts", responses({"204": {"description": "Unlinked"}}, 403, 404)),
    },
    "/api/contacts/{contact_id}/vcard": {
        "parameters": [CONTACT],
        "get": op("The card as vCard 4.0", "contacts", responses(VCARD, 404), description=TRACED + " (export)"),
    },
    "/api/contacts/{contact_id}/export": {
        "parameters": [CONTACT],
        "get": op(
            "Subject access: everything held about the person (admins of the contact's organisation)",
            "contacts",
            responses(ok(200, "The export", ref("ContactExport")), 403, 404),
            description=TRACED + " (export)",
        ),
    },
    "/api/contacts/{contact_id}/access-log": {
        "parameters": [CONTACT],
        "get": op(
            "Who read or changed the contact, newest first (admins of its organisation)",
            "contacts",
            responses(ok(200, "Access log", ref("AccessLog")), 403, 404, 422),
            [query_param("limit", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50}), PAGE[1]],
        ),
    },
    "/api/situations/{situation_id}/contacts": {
        "parameters": [SITUATION],
        "get": op(
            "The people named in a situation and in the plans activated on it, with their roles",
            "contacts",
            responses(ok(200, "People and roles", items_of(ref("SituationContact"))), 404),
            description="Each person listed is traced (action list).",
        ),
    },
    "/api/plans/{plan_id}/contacts": {
        "parameters": [path_param("plan_id", "Plan id")],
        "get": op(
            "The people a plan names, with their roles (for those who may read the plan)",
            "contacts",
            responses(ok(200, "People and roles", items_of(ref("SituationContact"))), 404),
            description="Each person listed is traced (action list).",
        ),
    },
    "/api/situations/{situation_id}/contacts/vcard": {
        "parameters": [SITUATION],
        "get": op(
            "The people of a situation as vCards (one file)",
            "contacts",
            responses(VCARD, 404),
            description="Each person is traced (action export).",
        ),
    },
    "/api/me/export": {
        "get": op(
            "Everything the platform holds about your own account",
            "accounts",
            responses(ok(200, "The export", ref("MyExport"))),
        )
    },
}
