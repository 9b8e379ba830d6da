"""The plan library's part of the OpenAPI document (openapi.py adds it): schemas and paths of routes in plans.py."""

from __future__ import annotations

from ..store.plans import DISCIPLINES, KINDS, STATUSES
from .gis_export import CRSS, FORMATS
from .openapi import (
    ALL,
    BOOL,
    ID,
    INT,
    LOCATION,
    NUM,
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
from .plan_documents import ACCEPTED, CATEGORIES
from .plan_import import MODES

DATE = {"type": "string", "format": "date"}
PERSON = nullable(obj({"id": INT, "display_name": STR}, required=ALL))
FEATURES = obj(
    {
        "type": enum(["FeatureCollection"]),
        "features": {
            "type": "array",
            "items": obj(
                {
                    "type": enum(["Feature"]),
                    "id": INT,
                    "geometry": {"type": "object"},
                    "properties": obj({"kind": STR, "label": STR}, required=ALL),
                },
                required=ALL,
            ),
        },
    },
    required=ALL,
)
_PLAN = {
    "id": INT,
    "code": STR,
    "kind": enum(KINDS),
    "discipline": nullable(enum(DISCIPLINES)),
    "title": STR,
    "description": STR,
    "risk_site": nullable(STR),
    "status": enum(STATUSES),
    "owner_organisation": ref("OrganisationRef"),
    "approved_on": nullable(DATE),
    "next_review_on": nullable(DATE),
    "review_overdue": BOOL,
    "bbox": nullable({"type": "array", "items": NUM, "minItems": 4, "maxItems": 4}),
    "anchor_count": INT,
    "perimeter_count": INT,
    "version": INT,
    "created_at": TIME,
    "updated_at": TIME,
    "permissions": obj({"can_manage": BOOL}, required=ALL),
}
_PLAN_REQUIRED = list(_PLAN)
_WRITABLE = {
    "code": {"type": "string", "minLength": 2, "maxLength": 64, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]*$"},
    "kind": enum(KINDS),
    "discipline": nullable(enum(DISCIPLINES)),
    "title": {"type": "string", "minLength": 3, "maxLength": 300, "pattern": r"\S"},
    "description": {"type": "string", "maxLength": 20000},
    "risk_site": nullable({"type": "string", "minLength": 1, "maxLength": 500, "pattern": r"\S"}),
    "status": enum(STATUSES),
    "approved_on": nullable(DATE),
    "next_review_on": nullable(DATE),
    "zone": nullable(ref("Area")),
}
DOCUMENT = obj(
    {
        "id": INT,
        "title": STR,
        "category": enum(CATEGORIES),
        "content_type": STR,
        "filename": nullable(STR),
        "size_bytes": nullable(INT),
        "link": nullable(STR),
        "download_url": nullable(STR),
        "created_at": TIME,
    },
    required=ALL,
)

SCHEMAS = {
    "Plan": obj(_PLAN, required=_PLAN_REQUIRED),
    "PlanList": obj(
        {"items": {"type": "array", "items": ref("Plan")}, "total": INT, "limit": INT, "offset": INT},
        required=ALL,
    ),
    "PlanDocument": DOCUMENT,
    "PlanCard": {
        "allOf": [
            ref("Plan"),
            obj(
                {
                    "zone": nullable(ref("MultiPolygon")),
                    "shared_with": {"type": "array", "items": ref("OrganisationRef")},
                    "documents": {"type": "array", "items": ref("PlanDocument")},
                    "anchors": FEATURES,
                    "perimeters": FEATURES,
                    "exercises": {
                        "type": "array",
                        "items": obj(
                            {
                                "id": INT,
                                "held_on": DATE,
                                "evaluation": STR,
                                "situation": nullable(obj({"id": INT, "title": STR}, required=ALL)),
                            },
                            required=ALL,
                        ),
                    },
                    "activations": {
                        "type": "array",
                        "items": obj(
                            {
                                "situation": obj(
                                    {"id": INT, "title": STR, "status": STR, "is_exercise": BOOL},
                                    required=ALL,
                                ),
                                "active": BOOL,
                                "activated_at": TIME,
                                "activated_by": PERSON,
                                "deactivated_at": nullable(TIME),
                                "deactivated_by": PERSON,
                            },
                            required=ALL,
                        ),
                    },
                },
                required=ALL,
            ),
        ]
    },
    "PlanCreate": obj(
        _WRITABLE,
        required=["code", "kind", "title"],
        additional=False,
        description="A monodisciplinary plan names its discipline (D1-D5); other kinds none. The owner "
        "is your organisation; status defaults to draft.",
    ),
    "PlanUpdate": obj(
        {**_WRITABLE, "version": {**ID, "description": "The version you changed; 409 if not current."}},
        additional=False,
    ),
    "ImportOptions": obj(
        {
            "kind_field": {
                "type": "string",
                "minLength": 1,
                "maxLength": 100,
                "description": "The attribute that names each feature's kind (guessed when absent)",
            },
            "kind_map": {
                "type": "object",
                "additionalProperties": {"type": "string", "maxLength": 64},
                "maxProperties": 200,
                "description": "File values -> kind codes (guessed when absent)",
            },
            "label_field": {"type": "string", "minLength": 1, "maxLength": 100},
            "source_crs": {
                "type": "string",
                "minLength": 1,
                "maxLength": 200,
                "description": "The file's CRS when it does not say it (e.g. EPSG:31370)",
            },
            "layer": {"type": "string", "minLength": 1, "maxLength": 200, "description": "Only this layer"},
            "mode": enum(MODES),
            "dry_run": BOOL,
        },
        additional=False,
    ),
    "ImportReport": obj(
        {
            "dry_run": BOOL,
            "mode": enum(MODES),
            "format": STR,
            "written": BOOL,
            "features": INT,
            "anchors": INT,
            "perimeters": INT,
            "layers": {
                "type": "array",
                "items": obj({"name": STR, "features": INT, "crs": STR}, required=ALL),
            },
            "mapping": obj(
                {
                    "kind_field": nullable(STR),
                    "label_field": nullable(STR),
                    "guessed": BOOL,
                    "values": {"type": "object", "additionalProperties": STR},
                },
                required=ALL,
            ),
            "problems": {
                "type": "array",
                "items": obj({"layer": STR, "feature": INT, "reason": STR}, required=ALL),
            },
            "created": obj({"anchors": {"type": "array", "items": INT}, "perimeters": {"type": "array", "items": INT}}),
        },
        required=[
            "dry_run",
            "mode",
            "format",
            "written",
            "features",
            "anchors",
            "perimeters",
            "layers",
            "mapping",
            "problems",
        ],
    ),
    "ActivePlan": {
        "allOf": [
            ref("Plan"),
            obj(
                {
                    "activation": obj(
                        {"activated_at": TIME, "activated_by": PERSON, "anchors": INT, "perimeters": INT},
                        required=ALL,
                    )
                },
                required=ALL,
            ),
        ]
    },
    "SituationPlans": obj(
        {"items": {"type": "array", "items": ref("ActivePlan")}, "can_activate": BOOL},
        required=ALL,
    ),
    "PlanActivation": obj({"plan_id": ID}, required=ALL, additional=False),
    "PlanDeactivation": obj(
        {
            "activation_id": INT,
            "removed": obj({"anchors": INT, "perimeters": INT}, required=ALL),
            "kept": obj(
                {"anchors": {"type": "array", "items": INT}, "perimeters": {"type": "array", "items": INT}},
                required=ALL,
                description="Copies changed since the activation: kept",
            ),
        },
        required=ALL,
    ),
}

PLAN = path_param("plan_id", "Plan id")
_CARD = ok(200, "The plan's card", ref("PlanCard"))
_BINARY = {"type": "string", "format": "binary"}

PATHS = {
    "/api/plans": {
        "get": op(
            "Search the plans you may read",
            "plans",
            responses(ok(200, "One page of plans", ref("PlanList")), 422),
            [
                query_param("kind", enum(KINDS)),
                query_param("discipline", enum(DISCIPLINES)),
                query_param("status", enum(STATUSES)),
                query_param("owner", {"type": "string", "maxLength": 100}, "Owner organisation id or slug"),
                query_param("risk_site", {"type": "string", "maxLength": 200}, "Text in the risk site"),
                query_param(
                    "q",
                    {"type": "string", "maxLength": 200},
                    "Free text (code, title, description, risk site; four languages)",
                ),
                query_param(
                    "bbox",
                    {"type": "string", "pattern": r"^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$"},
                    "minx,miny,maxx,maxy in EPSG:4326: plans whose zone meets it",
                ),
                query_param(
                    "covers",
                    {"type": "string", "pattern": r"^-?[0-9.]+,-?[0-9.]+$"},
                    "longitude,latitude: plans whose zone covers this point",
                ),
                query_param("situation_id", ID, "Plans whose zone meets this situation's area"),
                query_param("limit", {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}),
                query_param("offset", {"type": "integer", "minimum": 0, "maximum": 1000000, "default": 0}),
            ],
        ),
        "post": op(
            "Create a plan of your organisation (coordinators and admins)",
            "plans",
            responses(ok(201, "The new plan", ref("PlanCard"), LOCATION), 400, 403, 409, 415, 422),
            request=body(ref("PlanCreate")),
        ),
    },
    "/api/plans/overdue": {
        "get": op(
            "Plans of your organisation whose review is due (all plans for the national crisis centre)",
            "plans",
            responses(ok(200, "Plans, soonest review first", items_of(ref("Plan"))), 422),
            [
                query_param(
                    "within_days",
                    {"type": "integer", "minimum": 0, "maximum": 3650, "default": 0},
                    "Also those due within this many days",
                )
            ],
        )
    },
    "/api/plans/{plan_id}": {
        "parameters": [PLAN],
        "get": op(
            "A plan's card: documents, prepared places and zones, exercises, activations",
            "plans",
            responses(_CARD, 404),
        ),
        "patch": op(
            "Change a plan (its owner organisation's coordinators and admins)",
            "plans",
            responses(_CARD, 400, 403, 404, 409, 415, 422),
            request=body(ref("PlanUpdate")),
        ),
    },
    "/api/plans/{plan_id}/shares/{organisation_id}": {
        "parameters": [PLAN, path_param("organisation_id", "Organisation id")],
        "put": op(
            "Share the plan with an organisation",
            "plans",
            responses(
                {**ok(200, "Already shared", ref("PlanCard")), **ok(201, "Shared", ref("PlanCard"))}, 403, 404, 422
            ),
        ),
        "delete": op("Withdraw the plan from an organisation", "plans", responses(_CARD, 403, 404, 422)),
    },
    "/api/plans/{plan_id}/documents": {
        "parameters": [PLAN],
        "post": op(
            "Add a document (PDF, ODT, DOCX, PNG, JPEG; 20 MiB; the type is read from the content)",
            "plans",
            responses(ok(201, "The document", ref("PlanDocument"), LOCATION), 400, 403, 404, 413, 415, 422),
            request={
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": obj(
                            {
                                "file": _BINARY,
                                "title": {"type": "string", "maxLength": 300},
                                "category": enum(CATEGORIES),
                            },
                            required=["file"],
                        )
                    }
                },
            },
        ),
    },
    "/api/plans/{plan_id}/documents/{document_id}": {
        "parameters": [PLAN, path_param("document_id", "Document id")],
        "get": op(
            "Download a stored document (a link has no file: 404)",
            "plans",
            responses(
                {
                    "200": {
                        "description": "The file, as an attachment",
                        "content": {t: {"schema": _BINARY} for t in (*ACCEPTED, "text/plain")},
                    }
                },
                404,
            ),
        ),
        "delete": op("Remove a document", "plans", responses({"204": {"description": "Removed"}}, 403, 404)),
    },
    "/api/plans/{plan_id}/import": {
        "parameters": [PLAN],
        "post": op(
            "Import prepared places and zones from a GIS file",
            "plans",
            responses(
                {
                    **ok(200, "Dry run: the report only", ref("ImportReport")),
                    **ok(201, "Written (all features, in one transaction)", ref("ImportReport")),
                },
                400,
                403,
                404,
                413,
                415,
                422,
            ),
            request={
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": obj(
                            {
                                "file": {
                                    **_BINARY,
                                    "description": "GeoPackage, zipped Shapefile (with .prj), KML, KMZ, GeoJSON or "
                                    "GML; any CRS; 20 MiB",
                                },
                                "options": {"type": "string", "description": "ImportOptions as JSON"},
                            },
                            required=["file"],
                        )
                    }
                },
            },
            description="The whole file is checked first: each feature whose geometry is invalid or of the wrong "
            "type, whose kind is unknown or which lies outside Belgium is reported with its reason "
            "(422, details.report); nothing is written then. Otherwise everything is written in one "
            "transaction (mode replace: instead of the plan's prepared features).",
        ),
    },
    "/api/plans/{plan_id}/export": {
        "parameters": [PLAN],
        "get": op(
            "The plan's prepared places and zones as a GIS file (what the import reads)",
            "plans",
            responses(
                {
                    "200": {
                        "description": "The file, as an attachment (layers zones and places)",
                        "content": {
                            media: {"schema": {"type": "object"} if media.endswith("json") else _BINARY}
                            for _, _, media in FORMATS.values()
                        },
                    }
                },
                404,
                422,
            ),
            [
                query_param("format", {**enum(FORMATS), "default": "gpkg"}),
                query_param("crs", {**enum(CRSS), "default": "EPSG:4326"}, "KML and GeoJSON are always EPSG:4326"),
            ],
        ),
    },
    "/api/situations/{situation_id}/plans": {
        "parameters": [SITUATION],
        "get": op(
            "The plans in force on a situation",
            "plans",
            responses(ok(200, "Plans in force", ref("SituationPlans")), 404),
        ),
        "post": op(
            "Activate a plan on the situation: its prepared places and zones are copied in, the logbook "
            "says who activated it",
            "plans",
            responses(
                {
                    **ok(201, "Activated", ref("ActivePlan"), LOCATION),
                    **ok(200, "Already in force: nothing changed", ref("ActivePlan")),
                },
                400,
                403,
                404,
                409,
                415,
                422,
            ),
            request=body(ref("PlanActivation")),
            description="Coordinators and admins of the organisation that owns the situation (and national "
            "crisis centre coordinators), with a plan they may read, while the situation is "
            "draft or active.",
        ),
    },
    "/api/situations/{situation_id}/plans/{plan_id}": {
        "parameters": [SITUATION, PLAN],
        "delete": op(
            "Deactivate a plan: withdraws the copies nobody changed, keeps (and names) the others",
            "plans",
            responses(ok(200, "What was withdrawn and kept", ref("PlanDeactivation")), 403, 404, 409),
        ),
    },
}
