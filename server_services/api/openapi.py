"""The OpenAPI 3 document of the service API, served at /api/openapi.json (kept true by tests/api)."""

from __future__ import annotations

from flask import Blueprint, jsonify

from .. import __version__
from ..store.feeds import CHANNELS, PRIORITIES
from ..store.maps import ANCHOR_STATUSES, LAYERS
from ..store.situations import ACTIVATION_LEVELS, KINDS, PHASES, STATUSES
from .users import LANGUAGES, MIN_PASSWORD, ROLES

bp = Blueprint("openapi", __name__)


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


ALL = "all"  # obj(..., required=ALL): every property is required (most answers always carry every field)


def obj(properties: dict, required=(), additional=True, **extra) -> dict:
    schema = {"type": "object", "properties": properties, **extra}
    if required:
        schema["required"] = list(properties) if required == ALL else list(required)
    if not additional:
        schema["additionalProperties"] = False
    return schema


def nullable(schema: dict) -> dict:
    if "$ref" in schema:
        return {"allOf": [schema], "nullable": True}
    if "enum" in schema:  # OpenAPI 3.0.3: a nullable enum lists null among its values
        return {**schema, "enum": [*schema["enum"], None], "nullable": True}
    return {**schema, "nullable": True}


STR, INT, BOOL, NUM = {"type": "string"}, {"type": "integer"}, {"type": "boolean"}, {"type": "number"}
TIME = {"type": "string", "format": "date-time"}
ID = {"type": "integer", "minimum": 1, "maximum": 2**63 - 1}


def enum(values) -> dict:
    return {"type": "string", "enum": list(values)}


def items_of(schema: dict, **more) -> dict:
    return obj({"items": {"type": "array", "items": schema}, **more}, required=["items", *more])


POSITION = {"type": "array", "items": NUM, "minItems": 2, "maxItems": 3}
# What every lifecycle change may carry besides its new value.
CHANGE = {
    "version": {
        **ID,
        "description": "The version the change was decided on: refused with 409 if the situation changed since.",
    },
    "reason": {
        "type": "string",
        "minLength": 1,
        "maxLength": 1000,
        "pattern": r"\S",
        "description": "Why: written to the logbook with the change.",
    },
}
RING = {"type": "array", "items": POSITION, "minItems": 4}

SCHEMAS = {
    "Error": obj(
        {"error": obj({"code": STR, "message": STR, "details": {"type": "object"}}, required=ALL)},
        required=ALL,
    ),
    "OrganisationRef": obj({"id": INT, "slug": STR, "name": STR}, required=ALL),
    "Organisation": obj(
        {"id": INT, "slug": STR, "name": STR, "kind": STR, "discipline": nullable(STR)},
        required=ALL,
    ),
    "Me": obj(
        {
            "id": INT,
            "email": STR,
            "display_name": STR,
            "role": enum(ROLES),
            "language": enum(LANGUAGES),
            "organisation": ref("Organisation"),
            "sees_all": BOOL,
        },
        required=ALL,
    ),
    "LoginRequest": obj(
        {
            "email": {"type": "string", "minLength": 1, "maxLength": 320},
            "password": {"type": "string", "minLength": 1, "maxLength": 1024},
        },
        required=ALL,
        additional=False,
    ),
    "LoginResponse": obj({"token": STR, "expires_at": TIME, "user": ref("Me")}, required=ALL),
    "Point": obj(
        {"type": enum(["Point"]), "coordinates": POSITION},
        required=ALL,
        description="GeoJSON Point in WGS84: [longitude, latitude].",
    ),
    "Area": obj(
        {
            "type": enum(["Polygon", "MultiPolygon"]),
            "coordinates": {"type": "array", "minItems": 1, "items": {"type": "array", "minItems": 1, "items": {}}},
        },
        required=ALL,
        description="GeoJSON Polygon or MultiPolygon in WGS84; stored and returned as a MultiPolygon.",
    ),
    "MultiPolygon": obj(
        {"type": enum(["MultiPolygon"]), "coordinates": {"type": "array", "items": {"type": "array", "items": RING}}},
        required=ALL,
    ),
    "Permissions": obj({"can_write": BOOL, "can_manage": BOOL}, required=ALL),
    "Situation": obj(
        {
            "id": INT,
            "kind": enum(KINDS),
            "status": enum(STATUSES),
            "phase": enum(PHASES),
            "activation_level": nullable(enum(ACTIVATION_LEVELS)),
            "title": STR,
            "description": STR,
            "area": nullable(ref("MultiPolygon")),
            "bbox": nullable({"type": "array", "items": NUM, "minItems": 4, "maxItems": 4}),
            "starts_at": TIME,
            "ends_at": nullable(TIME),
            "owner_organisation": ref("OrganisationRef"),
            "shared_with": {"type": "array", "items": ref("OrganisationRef")},
            "is_exercise": {"type": "boolean", "description": "True for exercises and tests: never real data."},
            "version": INT,
            "created_at": TIME,
            "updated_at": TIME,
            "permissions": ref("Permissions"),
        },
        required=ALL,
    ),
    "SituationList": obj(
        {"items": {"type": "array", "items": ref("Situation")}, "total": INT, "limit": INT, "offset": INT},
        required=ALL,
    ),
    "SituationCreate": obj(
        {
            "kind": enum(KINDS),
            "title": {"type": "string", "minLength": 3, "maxLength": 300},
            "description": {"type": "string", "maxLength": 20000},
            "area": ref("Area"),
            "starts_at": TIME,
            "ends_at": TIME,
            "status": enum(("draft", "active")),
            "phase": enum(PHASES),
            "activation_level": enum(ACTIVATION_LEVELS),
            "owner_organisation_id": {**ID, "description": "National crisis centre only; default: your organisation."},
        },
        required=["kind", "title"],
        additional=False,
    ),
    "SituationUpdate": obj(
        {
            "title": {"type": "string", "minLength": 3, "maxLength": 300},
            "description": {"type": "string", "maxLength": 20000},
            "area": nullable(ref("Area")),
            "starts_at": TIME,
            "ends_at": nullable(TIME),
            "version": {**ID, "description": "The version you changed; refused with 409 if it is not current."},
        },
        additional=False,
    ),
    "StatusChange": obj(
        {"status": enum(STATUSES), **CHANGE},
        required=["status"],
        additional=False,
        description="Allowed: draft->active|archived, active->closed, closed->active|archived.",
    ),
    "PhaseChange": obj({"phase": enum(PHASES), **CHANGE}, required=["phase"], additional=False),
    "ActivationLevelChange": obj(
        {"activation_level": nullable(enum(ACTIVATION_LEVELS)), **CHANGE},
        required=["activation_level"],
        additional=False,
    ),
    "Attachment": obj(
        {
            "id": INT,
            "filename": STR,
            "content_type": enum(("image/png", "image/jpeg", "application/pdf", "text/plain")),
            "size_bytes": INT,
            "url": STR,
        },
        required=ALL,
    ),
    "FeedEntry": obj(
        {
            "id": INT,
            "situation_id": INT,
            "channel": enum(CHANNELS),
            "priority": enum(PRIORITIES),
            "body": STR,
            "location": nullable(ref("Point")),
            "author": nullable(obj({"id": INT, "display_name": STR}, required=ALL)),
            "organisation": nullable(ref("OrganisationRef")),
            "discipline": nullable(STR),
            "corrects_id": nullable(INT),
            "is_system": BOOL,
            "created_at": TIME,
            "is_exercise": BOOL,
            "attachments": {"type": "array", "items": ref("Attachment")},
        },
        required=[
            "id",
            "situation_id",
            "channel",
            "priority",
            "body",
            "location",
            "author",
            "organisation",
            "discipline",
            "corrects_id",
            "is_system",
            "created_at",
            "attachments",
        ],
    ),
    "FeedEntryCreate": obj(
        {
            "channel": enum(CHANNELS),
            "priority": {
                **enum(PRIORITIES),
                "description": "Default: the priority of the entry it corrects, else info.",
            },
            "body": {"type": "string", "minLength": 1, "maxLength": 10000, "pattern": r"\S"},
            "location": ref("Point"),
            "corrects_id": {**ID, "description": "The entry (same situation) this one corrects."},
        },
        required=["channel", "body"],
        additional=False,
    ),
    "FeedPage": obj(
        {"items": {"type": "array", "items": ref("FeedEntry")}, "next_cursor": nullable(STR)},
        required=ALL,
    ),
    "WeatherObservation": obj(
        {
            "id": INT,
            "observed_at": TIME,
            "location": ref("Point"),
            "wind_from_deg": nullable(NUM),
            "wind_speed_ms": nullable(NUM),
            "temperature_c": nullable(NUM),
            "precipitation_mm": nullable(NUM),
            "stability_class": nullable(STR),
            "source": STR,
        },
        required=ALL,
    ),
    "WeatherList": obj(
        {"items": {"type": "array", "items": ref("WeatherObservation")}, "is_exercise": BOOL},
        required=ALL,
    ),
    "PerimeterVersion": obj(
        {
            "version": INT,
            "kind": STR,
            "label": STR,
            "geom": ref("MultiPolygon"),
            "valid_from": TIME,
            "valid_to": nullable(TIME),
            "operation": enum(["UPDATE", "DELETE", "CURRENT"]),
            "changed_by": nullable(obj({"id": INT, "display_name": STR}, required=ALL)),
        },
        required=ALL,
    ),
    "PerimeterHistory": obj({"items": {"type": "array", "items": ref("PerimeterVersion")}}, required=ALL),
    "Labels": obj({lang: STR for lang in LANGUAGES}, required=list(LANGUAGES)),
    "ReferenceItem": obj(
        {
            "code": STR,
            "labels": ref("Labels"),
            "label_en": STR,
            "label_fr": STR,
            "label_nl": STR,
            "label_de": STR,
            "sort_order": INT,
        },
        required=ALL,
        description="One code and its labels; anchor kinds add pictogram, perimeter kinds fill_colour and draw_order.",
    ),
    "Reference": obj(
        {
            "languages": {"type": "array", "items": enum(LANGUAGES)},
            "lists": {"type": "object", "additionalProperties": {"type": "array", "items": ref("ReferenceItem")}},
        },
        required=ALL,
    ),
    "MeUpdate": obj(
        {
            "language": enum(LANGUAGES),
            "display_name": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": r"\S"},
        },
        additional=False,
    ),
    "PlanZone": obj(
        {"id": INT, "code": STR, "kind": STR, "title": STR, "status": STR, "zone": ref("MultiPolygon")},
        required=ALL,
    ),
    "UserAccount": obj(
        {
            "id": INT,
            "email": STR,
            "display_name": STR,
            "role": enum(ROLES),
            "language": enum(LANGUAGES),
            "active": BOOL,
            "organisation_id": INT,
            "created_at": TIME,
        },
        required=["id", "email", "display_name", "role", "language", "active", "organisation_id"],
    ),
    "UserCreate": obj(
        {
            "email": {"type": "string", "format": "email", "maxLength": 320},
            "display_name": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": r"\S"},
            "role": enum(ROLES),
            "language": enum(LANGUAGES),
            "password": {"type": "string", "minLength": MIN_PASSWORD, "maxLength": 1024},
        },
        required=["email", "display_name", "role", "password"],
        additional=False,
    ),
    "UserUpdate": obj(
        {
            "display_name": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": r"\S"},
            "role": enum(ROLES),
            "language": enum(LANGUAGES),
            "active": BOOL,
            "password": {"type": "string", "minLength": MIN_PASSWORD, "maxLength": 1024},
            "unlock": {
                "type": "boolean",
                "description": "Lift the login back-off of this account, from every address.",
            },
        },
        additional=False,
    ),
    "Health": obj({"status": STR, "database": STR, "version": STR}, required=["status", "database"]),
    "MapFeature": obj(
        {
            "type": enum(["Feature"]),
            "id": STR,
            "geometry": {"type": "object"},
            "properties": obj({"layer": STR, "id": INT, "kind": STR, "label": STR, "version": INT}),
        },
        required=["type", "geometry", "properties"],
        description="GeoJSON Feature in WGS84; id is '<layer>.<id>', as in WFS.",
    ),
    "MapLayer": obj(
        {
            "type": enum(["FeatureCollection"]),
            "layer": enum(LAYERS),
            "features": {"type": "array", "items": ref("MapFeature")},
            "cursor": {
                "type": "integer",
                "description": "Anchors and perimeters: the last map change "
                "these features include; follow the stream with ?map=1 from it.",
            },
            "authors": {
                "type": "object",
                "description": "Anchors and perimeters: user id -> {name, organisation} of updated_by.",
            },
        },
        required=["type", "layer", "features"],
    ),
    "FeatureCollection": obj(
        {"type": enum(["FeatureCollection"]), "features": {"type": "array", "items": ref("MapFeature")}},
        required=ALL,
    ),
    "AnchorCreate": obj(
        {
            "kind": STR,
            "label": {"type": "string", "maxLength": 200},
            "status": enum(ANCHOR_STATUSES),
            "notes": {"type": "string", "maxLength": 4000},
            "geometry": ref("Point"),
        },
        required=["kind", "geometry"],
        additional=False,
        description="kind: a code of /api/reference/anchor-kinds.",
    ),
    "AnchorUpdate": obj(
        {
            "version": {
                "type": "integer",
                "minimum": 1,
                "maximum": 2**31 - 1,
                "description": "The version your edit is based on: 409 if it is not current",
            },
            "kind": STR,
            "label": {"type": "string", "maxLength": 200},
            "status": enum(ANCHOR_STATUSES),
            "notes": {"type": "string", "maxLength": 4000},
            "geometry": ref("Point"),
        },
        required=["version"],
        additional=False,
    ),
    "PerimeterCreate": obj(
        {
            "kind": STR,
            "label": {"type": "string", "maxLength": 200},
            "notes": {"type": "string", "maxLength": 4000},
            "geometry": ref("Area"),
        },
        required=["kind", "geometry"],
        additional=False,
        description="kind: a code of /api/reference/perimeter-kinds; the shape must be valid.",
    ),
    "PerimeterUpdate": obj(
        {
            "version": {
                "type": "integer",
                "minimum": 1,
                "maximum": 2**31 - 1,
                "description": "The version your edit is based on: 409 if it is not current",
            },
            "kind": STR,
            "label": {"type": "string", "maxLength": 200},
            "notes": {"type": "string", "maxLength": 4000},
            "geometry": ref("Area"),
        },
        required=["version"],
        additional=False,
    ),
    "RingsRequest": obj(
        {
            "center": ref("Point"),
            "radii": {
                "type": "array",
                "items": {"type": "number", "exclusiveMinimum": True, "minimum": 0, "maximum": 100000},
                "minItems": 3,
                "maxItems": 3,
                "description": "Metres: red, orange, yellow",
            },
            "rings": {"type": "boolean", "description": "Rings (default) or discs"},
        },
        required=["center"],
        additional=False,
    ),
    "DownwindRequest": obj(
        {
            "source": ref("Point"),
            "length_m": {"type": "number", "minimum": 1, "maximum": 100000},
            "opening_deg": {"type": "number", "minimum": 1, "maximum": 359},
            "upwind_radius_m": {"type": "number", "minimum": 0, "maximum": 100000},
            "wind_from_deg": {
                "type": "number",
                "minimum": 0,
                "maximum": 359.999,
                "description": "Default: the situation's latest observation",
            },
            "wind_speed_ms": {"type": "number", "minimum": 0, "maximum": 119},
        },
        required=["source"],
        additional=False,
    ),
    "Basemap": obj(
        {"id": STR, "title": STR, "attribution": STR, "max_zoom": INT, "url": STR, "kind": STR},
        required=["id", "title", "attribution", "max_zoom", "url"],
    ),
}

_ERROR_TEXT = {
    400: "Malformed request or invalid JSON",
    401: "No or bad credentials",
    403: "Not allowed for your role or organisation",
    404: "Not found, or not visible to you (the same answer)",
    409: "Conflict with the current state",
    413: "Too large",
    415: "Unsupported content type",
    422: "Invalid fields",
    429: "Too many failed logins from your address: wait Retry-After seconds",
    503: "Busy or database unavailable; retry",
}


def json_content(schema: dict) -> dict:
    return {"application/json": {"schema": schema}}


def responses(ok: dict, *errors: int, secured=True) -> dict:
    out = dict(ok)
    for status in sorted({*errors, *((401, 429, 503) if secured else (503,))}):
        out[str(status)] = {"description": _ERROR_TEXT[status], "content": json_content(ref("Error"))}
        if status == 429:
            out[str(status)]["headers"] = {"Retry-After": {"schema": INT, "description": "Seconds to wait"}}
    return out


def ok(status: int, description: str, schema: dict | None, headers: dict | None = None) -> dict:
    answer = {"description": description}
    if schema is not None:
        answer["content"] = json_content(schema)
    if headers:
        answer["headers"] = headers
    return {str(status): answer}


def path_param(name: str, description: str) -> dict:
    return {"name": name, "in": "path", "required": True, "schema": ID, "description": description}


def query_param(name: str, schema: dict, description: str = "") -> dict:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


def body(schema: dict, required=True) -> dict:
    return {"required": required, "content": json_content(schema)}


SITUATION = path_param("situation_id", "Situation id")
LOCATION = {"Location": {"schema": STR, "description": "Where the new resource is"}}
PUBLIC = {"security": []}


def op(summary: str, tag: str, answers: dict, params=(), request=None, **extra) -> dict:
    operation = {"summary": summary, "tags": [tag], "responses": answers, **extra}
    if params:
        operation["parameters"] = list(params)
    if request:
        operation["requestBody"] = request
    return operation


def _situation_change(what: str, schema: str) -> dict:
    return {
        "post": op(
            f"Change the {what} (logged to the feed)",
            "situations",
            responses(ok(200, "The situation after the change", ref("Situation")), 400, 403, 404, 409, 415, 422),
            [SITUATION],
            body(ref(schema)),
        )
    }


PATHS = {
    "/api/health": {
        "get": op(
            "Is the service up and does the database answer",
            "service",
            {**ok(200, "Up", ref("Health")), **ok(503, "The database does not answer", ref("Health"))},
            **PUBLIC,
        )
    },
    "/api/auth/login": {
        "post": op(
            "Log in: a bearer token for the email and password",
            "accounts",
            responses(
                ok(200, "A token and who you are", ref("LoginResponse")), 400, 401, 403, 415, 422, 429, secured=False
            ),
            request=body(ref("LoginRequest")),
            **PUBLIC,
            description="The answer to a wrong email and to a wrong password is the same. After a few failures from "
            "one address (for one account, or for any), each further attempt from there must wait a "
            "growing back-off (1 s, 2 s, 4 s ... at most 60 s); one inside it gets 429 with Retry-After. "
            "Failures from other addresses never stop an account's owner.",
        )
    },
    "/api/auth/logout": {
        "post": op(
            "Revoke the bearer token of this request", "accounts", responses({"204": {"description": "Logged out"}})
        )
    },
    "/api/me": {
        "get": op("Who you are", "accounts", responses(ok(200, "You", ref("Me")))),
        "patch": op(
            "Change your own language (and display name)",
            "accounts",
            responses(ok(200, "You", ref("Me")), 400, 415, 422),
            request=body(ref("MeUpdate")),
        ),
    },
    "/api/organisations": {
        "get": op(
            "Organisations (all, or those whose name or slug holds q)",
            "accounts",
            responses(ok(200, "Organisations", items_of(ref("Organisation"))), 422),
            [
                query_param("q", {"type": "string", "maxLength": 200}, "Text in the name or slug"),
                query_param("limit", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 1000}),
            ],
        )
    },
    "/api/plan-zones": {
        "get": op(
            "The emergency planning zones of the plans you may see",
            "situations",
            responses(ok(200, "Plans and their zones", items_of(ref("PlanZone")))),
        )
    },
    "/api/organisations/{organisation_id}/users": {
        "parameters": [path_param("organisation_id", "Organisation id")],
        "get": op(
            "The users of an organisation (its admins; the national crisis centre)",
            "accounts",
            responses(ok(200, "Users", items_of(ref("UserAccount"))), 403, 404),
        ),
        "post": op(
            "Add a user to an organisation (its admins; the national crisis centre)",
            "accounts",
            responses(ok(201, "The new user", ref("UserAccount"), LOCATION), 400, 403, 404, 409, 415, 422),
            request=body(ref("UserCreate")),
        ),
    },
    "/api/users/{user_id}": {
        "parameters": [path_param("user_id", "User id")],
        "get": op(
            "A user you manage (or yourself)", "accounts", responses(ok(200, "The user", ref("UserAccount")), 404)
        ),
        "patch": op(
            "Change a user: name and language (yourself); role, password, active, unlock (admins)",
            "accounts",
            responses(ok(200, "The user", ref("UserAccount")), 400, 403, 404, 409, 415, 422),
            request=body(ref("UserUpdate")),
        ),
    },
    "/api/situations": {
        "get": op(
            "The situations you may see",
            "situations",
            responses(ok(200, "One page of situations", ref("SituationList")), 422),
            [
                query_param("kind", enum(KINDS)),
                query_param("status", enum(STATUSES)),
                query_param("phase", enum(PHASES)),
                query_param("q", {"type": "string", "maxLength": 200}, "Text in the title or description"),
                query_param(
                    "bbox",
                    {"type": "string", "pattern": r"^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$"},
                    "minx,miny,maxx,maxy in EPSG:4326; situations whose area meets it",
                ),
                query_param("limit", {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}),
                query_param("offset", {"type": "integer", "minimum": 0, "maximum": 1000000, "default": 0}),
            ],
        ),
        "post": op(
            "Create a situation (coordinators and admins)",
            "situations",
            responses(ok(201, "The new situation", ref("Situation"), LOCATION), 400, 403, 415, 422),
            request=body(ref("SituationCreate")),
        ),
    },
    "/api/situations/{situation_id}": {
        "parameters": [SITUATION],
        "get": op("A situation", "situations", responses(ok(200, "The situation", ref("Situation")), 404)),
        "patch": op(
            "Change title, description, area or times (those who manage it)",
            "situations",
            responses(ok(200, "The situation", ref("Situation")), 400, 403, 404, 409, 415, 422),
            request=body(ref("SituationUpdate")),
        ),
    },
    "/api/situations/{situation_id}/status": _situation_change("status (lifecycle)", "StatusChange"),
    "/api/situations/{situation_id}/phase": _situation_change("coordination phase", "PhaseChange"),
    "/api/situations/{situation_id}/activation-level": _situation_change(
        "national activation level", "ActivationLevelChange"
    ),
    "/api/situations/{situation_id}/shares/{organisation_id}": {
        "parameters": [SITUATION, path_param("organisation_id", "Organisation id")],
        "put": op(
            "Share the situation with an organisation",
            "situations",
            responses(
                {**ok(200, "Already shared", ref("Situation")), **ok(201, "Shared", ref("Situation"))}, 403, 404, 422
            ),
        ),
        "delete": op(
            "Withdraw the share", "situations", responses(ok(200, "The situation", ref("Situation")), 403, 404, 422)
        ),
    },
    "/api/situations/{situation_id}/feed": {
        "parameters": [SITUATION],
        "get": op(
            "The logbook: newest first, filtered, cursor-paginated",
            "feeds",
            responses(ok(200, "One page of entries", ref("FeedPage")), 404, 422),
            [
                query_param("channel", enum(CHANNELS)),
                query_param("priority", enum(PRIORITIES)),
                query_param("organisation", {"type": "string", "maxLength": 100}, "Author organisation id or slug"),
                query_param("since", TIME, "Entries at or after this time"),
                query_param("until", TIME, "Entries before this time"),
                query_param(
                    "q",
                    {"type": "string", "maxLength": 500},
                    "Full-text search (English, French, Dutch, German; web search syntax)",
                ),
                query_param("cursor", {"type": "integer", "minimum": 0}, "next_cursor of the previous page"),
                query_param(
                    "after", {"type": "integer", "minimum": 0}, "Only entries after this id, oldest first (to catch up)"
                ),
                query_param("limit", {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}),
            ],
        ),
        "post": op(
            "Post an entry (answered after it is committed)",
            "feeds",
            responses(
                {
                    **ok(201, "Posted", ref("FeedEntry"), LOCATION),
                    **ok(200, "A replay of an earlier post with the same Idempotency-Key", ref("FeedEntry"), LOCATION),
                },
                400,
                403,
                404,
                409,
                413,
                415,
                422,
            ),
            [
                {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "required": False,
                    "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[ -~]+$"},
                    "description": "Retry with the same key: the entry is posted once.",
                }
            ],
            {
                "required": True,
                "content": {
                    **json_content(ref("FeedEntryCreate")),
                    "multipart/form-data": {
                        "schema": obj(
                            {
                                "entry": {"type": "string", "description": "The entry as JSON (FeedEntryCreate)"},
                                "attachments": {
                                    "type": "array",
                                    "maxItems": 10,
                                    "items": {"type": "string", "format": "binary"},
                                    "description": "PNG, JPEG, PDF or UTF-8 text; 10 MiB each",
                                },
                            },
                            required=["entry"],
                        )
                    },
                },
            },
            description="Editors, coordinators and admins of an organisation that sees the situation post "
            "while it is draft or active; discipline feeds are for that discipline, the "
            "coordination feed for crisis cells; coordinators and admins post everywhere. "
            "Entries are never edited or deleted: post a correction (corrects_id).",
        ),
    },
    "/api/situations/{situation_id}/feed/{entry_id}": {
        "parameters": [SITUATION, path_param("entry_id", "Feed entry id")],
        "get": op("One entry", "feeds", responses(ok(200, "The entry", ref("FeedEntry")), 404)),
    },
    "/api/situations/{situation_id}/feed/{entry_id}/attachments/{attachment_id}": {
        "parameters": [
            SITUATION,
            path_param("entry_id", "Feed entry id"),
            path_param("attachment_id", "Attachment id"),
        ],
        "get": op(
            "Download an attached file",
            "feeds",
            responses(
                {
                    "200": {
                        "description": "The file",
                        "content": {
                            t: {"schema": {"type": "string", "format": "binary"}}
                            for t in ("image/png", "image/jpeg", "application/pdf", "text/plain")
                        },
                    }
                },
                404,
            ),
        ),
    },
    "/api/situations/{situation_id}/feed/stream": {
        "parameters": [SITUATION],
        "get": op(
            "The live logbook as server-sent events",
            "feeds",
            responses(
                {
                    "200": {
                        "description": "text/event-stream: `id: <entry id>`, `event: feed_entry`, "
                        "`data: <FeedEntry JSON>`; `: heartbeat` comments. With map=1 "
                        "also `event: map_change` (an anchor or perimeter written, "
                        "with the feature as it is now, or null once removed), and "
                        "every id is `<entry id>.<map change id>`",
                        "content": {"text/event-stream": {"schema": STR}},
                    }
                },
                404,
                422,
            ),
            [
                {
                    "name": "Last-Event-ID",
                    "in": "header",
                    "required": False,
                    "schema": {"type": "string"},
                    "description": "Resume after this entry id: exactly the entries missed",
                },
                query_param(
                    "last_event_id",
                    {"type": "string", "pattern": r"^[0-9]{1,18}(\.[0-9]{1,18})?$"},
                    "The same, for clients that cannot set headers",
                ),
                query_param("map", enum(["1"]), "Also the changes of the situation's map"),
            ],
        ),
    },
    "/api/situations/{situation_id}/weather": {
        "parameters": [SITUATION],
        "get": op(
            "Weather observations, newest first",
            "situations",
            responses(ok(200, "Observations", ref("WeatherList")), 404, 422),
            [
                query_param("since", TIME),
                query_param("limit", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100}),
            ],
        ),
    },
    "/api/situations/{situation_id}/perimeters/{perimeter_id}/history": {
        "parameters": [SITUATION, path_param("perimeter_id", "Perimeter id")],
        "get": op(
            "Every shape of a perimeter, oldest first (the current one last)",
            "situations",
            responses(ok(200, "Versions", ref("PerimeterHistory")), 404),
        ),
    },
    "/api/situations/{situation_id}/map/{layer}": {
        "parameters": [SITUATION, {"name": "layer", "in": "path", "required": True, "schema": enum(LAYERS)}],
        "get": op(
            "One layer of the situation's map as GeoJSON (built by PostGIS)",
            "map",
            responses(
                {"200": {"description": "The layer", "content": {"application/geo+json": {"schema": ref("MapLayer")}}}},
                404,
            ),
        ),
    },
    **{
        f"/api/situations/{{situation_id}}/{layer}": {
            "parameters": [SITUATION],
            "post": op(
                f"Add {what} (editors, coordinators, admins of an organisation that sees the situation)",
                "map",
                responses(ok(201, f"The new {what}", ref("MapFeature"), LOCATION), 400, 403, 404, 415, 422),
                request=body(ref(create)),
                description="Written into the same table as WFS-T (same triggers, audit row naming you); "
                "an invalid shape is refused (422) with the reason and its place "
                "(details.location).",
            ),
        }
        for layer, what, create in (
            ("anchors", "an anchor", "AnchorCreate"),
            ("perimeters", "a perimeter", "PerimeterCreate"),
        )
    },
    **{
        f"/api/situations/{{situation_id}}/{layer}/{{feature_id}}": {
            "parameters": [SITUATION, path_param("feature_id", f"{what} id")],
            "patch": op(
                f"Change {what}: the fields given, if it is still at the version your edit is based on",
                "map",
                responses(ok(200, f"The {what} as written", ref("MapFeature")), 400, 403, 404, 409, 415, 422),
                request=body(ref(update)),
                description="409 when someone changed it since that version: nothing is written; "
                "details.current is their version, details.changed_by and changed_at say who and "
                "when. Make your change again with details.current's version.",
            ),
            "delete": op(
                f"Remove {what}, if it is still at the version given",
                "map",
                responses({"204": {"description": "Removed"}}, 403, 404, 409, 422),
                [
                    {
                        "name": "version",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1, "maximum": 2**31 - 1},
                    }
                ],
            ),
        }
        for layer, what, update in (
            ("anchors", "anchor", "AnchorUpdate"),
            ("perimeters", "perimeter", "PerimeterUpdate"),
        )
    },
    "/api/situations/{situation_id}/perimeters/rings": {
        "parameters": [SITUATION],
        "post": op(
            "Red, orange and yellow zones around a point (not written: adjust, then add them)",
            "map",
            responses(ok(200, "Three zones", ref("FeatureCollection")), 400, 404, 415, 422),
            request=body(ref("RingsRequest")),
        ),
    },
    "/api/situations/{situation_id}/perimeters/downwind": {
        "parameters": [SITUATION],
        "post": op(
            "A zone downwind of a source, from the latest wind or the one given (not written)",
            "map",
            responses(ok(200, "The zone", ref("MapFeature")), 400, 404, 415, 422),
            request=body(ref("DownwindRequest")),
        ),
    },
    "/api/basemap": {
        "get": op(
            "The base maps offered (XYZ tiles from the origin's cache), the default first",
            "map",
            responses(ok(200, "Base maps", items_of(ref("Basemap")))),
        )
    },
    "/api/reference": {
        "get": op(
            "Every code list (kinds, statuses, phases, activation levels, channels, "
            "priorities, roles, disciplines, languages...) with labels in four languages",
            "reference",
            responses(ok(200, "The lists in form order", ref("Reference"))),
        )
    },
    "/api/reference/{name}": {
        "get": op(
            "One code list by name (e.g. coordination_phases, feed_channels)",
            "reference",
            responses(ok(200, "The list in form order", items_of(ref("ReferenceItem"))), 404),
            [
                {
                    "name": "name",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "maxLength": 64, "pattern": "^[a-z_-]+$"},
                }
            ],
        )
    },
}


def document() -> dict:
    from . import openapi_contacts, openapi_plans  # they build on the helpers above

    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Crisis platform service API",
            "version": __version__,
            "description": "Situations, access and the live logbooks of the crisis platform. What you may "
            "not see answers 404, the same as what does not exist. Exercises and tests carry "
            "is_exercise = true everywhere. Error messages speak the language of the "
            "request's Accept-Language (en, fr, nl, de), else your account's (Content-Language "
            "names it); codes and their labels in every language are at /api/reference.",
        },
        "servers": [{"url": "/"}],
        "security": [{"bearerAuth": []}, {"basicAuth": []}],
        "tags": [
            {"name": n} for n in ("accounts", "situations", "map", "feeds", "contacts", "plans", "reference", "service")
        ],
        "paths": {**PATHS, **openapi_contacts.PATHS, **openapi_plans.PATHS},
        "components": {
            "schemas": {**SCHEMAS, **openapi_contacts.SCHEMAS, **openapi_plans.SCHEMAS},
            "securitySchemes": {
                "bearerAuth": {"type": "http", "scheme": "bearer"},
                "basicAuth": {"type": "http", "scheme": "basic"},
            },
        },
    }


@bp.get("/openapi.json")
def openapi_json():
    return jsonify(document())
