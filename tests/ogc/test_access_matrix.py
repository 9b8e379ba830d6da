"""Each demo login against each demo situation (and each demo plan, on the plans' layers) and each request type:
allowed exactly where the rules say.

The expectation is worked out here from the organisations, shares, activations and roles in the tables (not from
the database's own rule functions), then compared with what the OGC front answers.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest
from psycopg import sql

from server_services.demo.scenario import USERS
from server_services.ogc.layers import LAYERS

from .helpers import anchor_insert, fid, image_summary, inserted_ids, login_session, total, transaction_failed

KINDS = ("incident", "event", "exercise")
REQUESTS = ("GetMap", "GetFeatureInfo", "GetFeature", "GetLegendGraphic", "Transaction", "wfs3 items", "wfs3 item")
PLAN_LAYERS = tuple(spec.name for spec in LAYERS if spec.scoped_by_plan)  # plan_zones, plan_perimeters, plan_anchors


def _expected(admin_conn, email: str, situation_id: int) -> tuple[bool, bool]:
    """(sees, writes) from the tables: owner or shared organisation, or a national crisis centre lead."""
    org, role, org_kind = admin_conn.execute(
        "SELECT u.organisation_id, u.role, o.kind FROM crisis.users u JOIN crisis.organisations o "
        "ON o.id = u.organisation_id WHERE u.email = %s AND u.active",
        (email,),
    ).fetchone()
    owner, status = admin_conn.execute(
        "SELECT owner_org_id, status FROM crisis.situations WHERE id = %s", (situation_id,)
    ).fetchone()
    shared = (
        admin_conn.execute(
            "SELECT count(*) FROM crisis.situation_shares WHERE situation_id = %s AND organisation_id = %s",
            (situation_id, org),
        ).fetchone()[0]
        > 0
    )
    sees = org == owner or shared or (org_kind == "national_crisis_centre" and role in ("coordinator", "admin"))
    writes = sees and role in ("editor", "coordinator", "admin") and status in ("draft", "active")
    return sees, writes


def _probe(session, ows: str, wfst, email: str, situation_id: int, anchor: tuple) -> dict[str, bool]:
    """Whether each request type gives the caller anything of this situation (or lets it write there)."""
    anchor_id, x, y, count = anchor
    bbox = f"{x - 200},{y - 200},{x + 200},{y + 200}"
    wms = f"{ows}?SERVICE=WMS&VERSION=1.3.0&CRS=EPSG:3857&BBOX={bbox}&STYLES="
    seen = {}

    r = session.get(
        f"{wms}&REQUEST=GetMap&LAYERS=anchors&WIDTH=64&HEIGHT=64&FORMAT=image/png&TRANSPARENT=TRUE"
        f'&FILTER=anchors:"situation_id" = {situation_id}',
        timeout=60,
    )
    assert r.status_code == 200, r.text
    seen["GetMap"] = image_summary(r.content, "png")[2] > 0

    r = session.get(
        f"{wms}&REQUEST=GetFeatureInfo&LAYERS=anchors&QUERY_LAYERS=anchors&WIDTH=101&HEIGHT=101"
        "&I=50&J=50&INFO_FORMAT=application/json&FEATURE_COUNT=50",
        timeout=60,
    )
    assert r.status_code == 200, r.text
    seen["GetFeatureInfo"] = anchor_id in {f["properties"]["id"] for f in r.json()["features"]}

    r = session.get(
        f"{ows}?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=anchors"
        f'&OUTPUTFORMAT=application/json&EXP_FILTER="situation_id" = {situation_id}',
        timeout=60,
    )
    assert r.status_code == 200, r.text
    features = r.json()["features"]
    assert len(features) in (0, count)
    seen["GetFeature"] = len(features) == count

    r = session.get(
        f"{wms}&REQUEST=GetLegendGraphic&LAYERS=anchors&FORMAT=application/json&WIDTH=64&HEIGHT=64", timeout=60
    )
    assert r.status_code == 200, r.text
    seen["GetLegendGraphic"] = any(node.get("symbols") or node.get("icon") for node in r.json()["nodes"])

    status, root = wfst(email, anchor_insert(situation_id, "road_block", "access matrix"))
    assert status < 500
    seen["Transaction"] = transaction_failed(root) is None and total(root, "totalInserted") == 1
    if seen["Transaction"]:
        (new_id,) = inserted_ids(root)
        delete = (
            f'<wfs:Delete typeName="anchors"><ogc:Filter><ogc:FeatureId fid="{fid("anchors", new_id)}"/>'
            "</ogc:Filter></wfs:Delete>"
        )
        assert total(wfst(email, delete)[1], "totalDeleted") == 1

    r = session.get(f"{ows}/wfs3/collections/anchors/items.json?situation_id={situation_id}&limit=1000", timeout=60)
    assert r.status_code == 200, r.text
    items = r.json()
    assert len(items["features"]) in (0, count)
    seen["wfs3 items"] = len(items["features"]) == count

    r = session.get(f"{ows}/wfs3/collections/anchors/items/{anchor_id}.json", timeout=60)
    assert r.status_code in (200, 404), r.text
    seen["wfs3 item"] = r.status_code == 200
    return seen


@pytest.mark.parametrize("email", [user[0] for user in USERS])
def test_access_matrix(email, ows, sessions, wfst, situations, admin_conn, qgis_app):
    expected, anchors = {}, {}
    for kind in KINDS:
        situation = situations[kind]
        anchors[kind] = admin_conn.execute(
            "SELECT a.id, ST_X(ST_Transform(a.geom, 3857)), ST_Y(ST_Transform(a.geom, 3857)), "
            "(SELECT count(*) FROM crisis.anchors b WHERE b.situation_id = a.situation_id) "
            "FROM crisis.anchors a WHERE a.situation_id = %s ORDER BY a.id LIMIT 1",
            (situation.id,),
        ).fetchone()
        assert anchors[kind], f"the demo {kind} has no anchor"
        sees, writes = _expected(admin_conn, email, situation.id)
        expected[kind] = {name: (writes if name == "Transaction" else sees) for name in REQUESTS}
    # The three situations are probed at once (the front has several workers; each probe writes only in its own
    # situation), each reading with a session of its own.
    sessions(email)  # the writes' session, made before the threads share it
    own = {kind: login_session(email) for kind in KINDS}
    with ThreadPoolExecutor(len(KINDS)) as pool:
        probes = {
            kind: pool.submit(_probe, own[kind], ows, wfst, email, situations[kind].id, anchors[kind]) for kind in KINDS
        }
        rows = [(kind, expected[kind], probes[kind].result()) for kind in KINDS]
    for session in own.values():
        session.close()
    wrong = [
        (kind, name, "expected " + ("allow" if expected[name] else "deny"))
        for kind, expected, seen in rows
        for name in REQUESTS
        if expected[name] != seen[name]
    ]
    assert not wrong, f"{email}: {wrong}"


def test_matrix_covers_both_answers(admin_conn, situations):
    """The demo gives every request type logins that are allowed and logins that are denied."""
    answers = {_expected(admin_conn, user[0], situations[kind].id) for user in USERS for kind in KINDS}
    assert {(True, True), (True, False), (False, False)} <= answers


def test_outsider_gets_nothing_of_antwerp(ows, sessions, admin_conn, situations):
    """By name, id, area or extent: nothing of the Antwerp incident reaches the Liège outsider."""
    session = sessions("outsider@province-liege.demo")
    incident = situations["incident"]
    x0, y0, x1, y1 = admin_conn.execute(
        "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
        "(SELECT ST_Extent(area) e FROM crisis.situations WHERE id = %s) s",
        (incident.id,),
    ).fetchone()
    for layer in ("situations", "anchors", "perimeters", "feed_entries", "weather_observations", *PLAN_LAYERS):
        r = session.get(
            f"{ows}?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME={layer}"
            f"&OUTPUTFORMAT=application/json&BBOX={y0},{x0},{y1},{x1}",
            timeout=60,
        )
        assert r.status_code == 200 and r.json()["features"] == [], layer
        r = session.get(f"{ows}/wfs3/collections/{layer}/items.json?bbox={x0},{y0},{x1},{y1}", timeout=60)
        assert r.status_code == 200 and r.json()["features"] == [], layer
    r = session.get(
        f"{ows}?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=situations"
        f"&OUTPUTFORMAT=application/json&FEATUREID=situations.{incident.id}",
        timeout=60,
    )
    assert r.json()["features"] == []
    everything = session.get(f"{ows}/wfs3/collections.json", timeout=60).text
    everything += session.get(f"{ows}?SERVICE=WMS&REQUEST=GetCapabilities", timeout=60).text
    everything += session.get(f"{ows}?SERVICE=WFS&REQUEST=GetCapabilities", timeout=60).text
    assert "Antwerp" not in everything and "Noordpolder" not in everything
    # The extents it is told are its own or the fixed service area, never one around Antwerp.
    for collection in json.loads(session.get(f"{ows}/wfs3/collections.json", timeout=60).text)["collections"]:
        for box in collection["extent"]["spatial"]["bbox"]:
            assert not (box[0] <= 4.4 <= box[2] and box[1] <= 51.3 <= box[3] and box[2] - box[0] < 3), collection["id"]


# --- the plans' layers ------------------------------------------------------------------------------------------
PLAN_REQUESTS = (
    "GetMap",
    "GetFeatureInfo",
    "GetLegendGraphic",
    "wfs3 item",
    *(f"{what} {layer}" for what in ("GetFeature", "wfs3 items") for layer in PLAN_LAYERS),
)


def _expected_plan(admin_conn, email: str, plan_id: int) -> bool:
    """Whether a login reads a plan, from the tables: its organisation owns the plan or has it shared, the plan is in
    force on a situation the login sees (_expected), or the login leads the national crisis centre."""
    org, role, org_kind = admin_conn.execute(
        "SELECT u.organisation_id, u.role, o.kind FROM crisis.users u JOIN crisis.organisations o "
        "ON o.id = u.organisation_id WHERE u.email = %s AND u.active",
        (email,),
    ).fetchone()
    owner = admin_conn.execute("SELECT owner_org_id FROM crisis.plans WHERE id = %s", (plan_id,)).fetchone()[0]
    shared = (
        admin_conn.execute(
            "SELECT count(*) FROM crisis.plan_shares WHERE plan_id = %s AND organisation_id = %s", (plan_id, org)
        ).fetchone()[0]
        > 0
    )
    in_force = [
        sid
        for (sid,) in admin_conn.execute(
            "SELECT situation_id FROM crisis.plan_activations WHERE plan_id = %s AND deactivated_at IS NULL", (plan_id,)
        )
    ]
    return (
        org == owner
        or shared
        or (org_kind == "national_crisis_centre" and role in ("coordinator", "admin"))
        or any(_expected(admin_conn, email, sid)[0] for sid in in_force)
    )


def _plans(admin_conn) -> dict[int, dict]:
    """Every plan with prepared places: its features per layer, its first place (id, Web Mercator x and y)."""
    plans = {}
    for plan_id, anchor_id, x, y in admin_conn.execute(
        "SELECT DISTINCT ON (plan_id) plan_id, id, ST_X(ST_Transform(geom, 3857)), ST_Y(ST_Transform(geom, 3857))"
        " FROM crisis.plan_anchors ORDER BY plan_id, id"
    ).fetchall():
        counts = {
            spec.name: admin_conn.execute(
                sql.SQL("SELECT count(*) FROM {} WHERE plan_id = %s").format(
                    sql.Identifier(spec.schema, spec.relation)
                ),
                (plan_id,),
            ).fetchone()[0]
            for spec in LAYERS
            if spec.scoped_by_plan
        }
        # A legend drawn from a map's content speaks of the box, not of one plan: it tells a plan apart only where
        # no other plan has a place in the box (plans imported from the same file share their places).
        others = admin_conn.execute(
            "SELECT count(*) FROM crisis.plan_anchors WHERE plan_id <> %s AND ST_Intersects(geom, ST_Transform("
            "ST_MakeEnvelope(%s - 200, %s - 200, %s + 200, %s + 200, 3857), 4326))",
            (plan_id, x, y, x, y),
        ).fetchone()[0]
        plans[plan_id] = {"anchor": (anchor_id, x, y), "counts": counts, "alone": others == 0}
    return plans


def _plan_ids_read(features: list[dict], counts: dict[int, int]) -> set[int]:
    """Those of the plans counted whose features came, each wholly or not at all."""
    read: dict[int, int] = {}
    for feature in features:
        plan = feature["properties"]["plan_id"]
        if plan in counts:
            read[plan] = read.get(plan, 0) + 1
    assert all(read[plan] == counts[plan] for plan in read), (read, counts)
    return set(read)


def _probe_plan_layers(session, ows: str, plans: dict[int, dict]) -> dict[tuple[str, int], bool]:
    """Which plans each plan layer gives the caller, through WFS and OGC API Features."""
    seen = {}
    for layer in PLAN_LAYERS:
        counts = {plan_id: plan["counts"][layer] for plan_id, plan in plans.items()}
        r = session.get(
            f"{ows}?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME={layer}&OUTPUTFORMAT=application/json",
            timeout=60,
        )
        assert r.status_code == 200, r.text
        read = _plan_ids_read(r.json()["features"], counts)
        r = session.get(f"{ows}/wfs3/collections/{layer}/items.json?limit=1000", timeout=60)
        assert r.status_code == 200, r.text
        read_api = _plan_ids_read(r.json()["features"], counts)
        for plan_id in plans:
            seen[(f"GetFeature {layer}", plan_id)] = plan_id in read
            seen[(f"wfs3 items {layer}", plan_id)] = plan_id in read_api
    return seen


def _probe_plan(session, ows: str, plan_id: int, plan: dict) -> dict[tuple[str, int], bool]:
    """Whether the map, feature info, legend and item requests around one plan's place give the caller anything."""
    seen = {}
    anchor_id, x, y = plan["anchor"]
    wms = f"{ows}?SERVICE=WMS&VERSION=1.3.0&CRS=EPSG:3857&BBOX={x - 200},{y - 200},{x + 200},{y + 200}&STYLES="
    layers = ",".join(PLAN_LAYERS)
    only = ";".join(f'{layer}:"plan_id" = {plan_id}' for layer in PLAN_LAYERS)
    r = session.get(
        f"{wms}&REQUEST=GetMap&LAYERS={layers}&WIDTH=64&HEIGHT=64&FORMAT=image/png&TRANSPARENT=TRUE&FILTER={only}",
        timeout=60,
    )
    assert r.status_code == 200, r.text
    seen[("GetMap", plan_id)] = image_summary(r.content, "png")[2] > 0
    r = session.get(
        f"{wms}&REQUEST=GetFeatureInfo&LAYERS=plan_anchors&QUERY_LAYERS=plan_anchors&WIDTH=101"
        "&HEIGHT=101&I=50&J=50&INFO_FORMAT=application/json&FEATURE_COUNT=50",
        timeout=60,
    )
    assert r.status_code == 200, r.text
    seen[("GetFeatureInfo", plan_id)] = anchor_id in {f["properties"]["id"] for f in r.json()["features"]}
    r = session.get(
        f"{wms}&REQUEST=GetLegendGraphic&LAYERS=plan_anchors&FORMAT=application/json&WIDTH=64&HEIGHT=64", timeout=60
    )
    assert r.status_code == 200, r.text
    seen[("GetLegendGraphic", plan_id)] = any(node.get("symbols") or node.get("icon") for node in r.json()["nodes"])
    r = session.get(f"{ows}/wfs3/collections/plan_anchors/items/{anchor_id}.json", timeout=60)
    assert r.status_code in (200, 404), r.text
    seen[("wfs3 item", plan_id)] = r.status_code == 200
    return seen


def _probe_plans(email: str, ows: str, plans: dict[int, dict]) -> dict[tuple[str, int], bool]:
    """Whether each request type gives the caller anything of each plan: the layers' reads and each plan's
    requests at once, each with a session of its own (they only read)."""
    own = [login_session(email) for _ in range(len(plans) + 1)]
    with ThreadPoolExecutor(len(own)) as pool:
        parts = [pool.submit(_probe_plan_layers, own[0], ows, plans)]
        parts += [
            pool.submit(_probe_plan, own[n + 1], ows, plan_id, plan) for n, (plan_id, plan) in enumerate(plans.items())
        ]
        seen = {key: value for part in parts for key, value in part.result().items()}
    for session in own:
        session.close()
    return seen


def _wrong_plan_answers(admin_conn, ows, email: str, plans: dict[int, dict]) -> list:
    codes = dict(admin_conn.execute("SELECT id, code FROM crisis.plans").fetchall())
    seen = _probe_plans(email, ows, plans)
    wrong = []
    for plan_id in plans:
        reads = _expected_plan(admin_conn, email, plan_id)
        for name in PLAN_REQUESTS:
            if name == "GetLegendGraphic" and not plans[plan_id]["alone"]:
                continue
            layer = name.rsplit(" ", 1)[-1]
            expected = reads and (layer not in PLAN_LAYERS or plans[plan_id]["counts"][layer] > 0)
            if seen[(name, plan_id)] != expected:
                wrong.append((codes[plan_id], name, "expected " + ("allow" if expected else "deny")))
    return wrong


@pytest.mark.parametrize("email", [user[0] for user in USERS])
def test_plan_layers_access_matrix(email, ows, admin_conn, qgis_app):
    """plan_zones, plan_anchors and plan_perimeters: each login reads the plans it may read, wholly, and nothing of
    the others, whatever the request."""
    plans = _plans(admin_conn)
    assert len(plans) >= 3 and sum(plan["alone"] for plan in plans.values()) >= 3
    wrong = _wrong_plan_answers(admin_conn, ows, email, plans)
    assert not wrong, f"{email}: {wrong}"


def test_plan_matrix_covers_each_way_of_reading(admin_conn):
    """The demo gives logins that read a plan as its owner, by a share, by an activation only, and logins that may
    not read it."""
    plans = _plans(admin_conn)
    ways = set()
    for email in (user[0] for user in USERS):
        uid, org = admin_conn.execute(
            "SELECT id, organisation_id FROM crisis.users WHERE email = %s", (email,)
        ).fetchone()
        for plan_id in plans:
            owner = admin_conn.execute(
                "SELECT owner_org_id = %s FROM crisis.plans WHERE id = %s", (org, plan_id)
            ).fetchone()[0]
            shared = admin_conn.execute(
                "SELECT count(*) > 0 FROM crisis.plan_shares WHERE plan_id = %s AND organisation_id = %s",
                (plan_id, org),
            ).fetchone()[0]
            reads = _expected_plan(admin_conn, email, plan_id)
            ways.add(
                "owner"
                if owner
                else "share"
                if shared
                else "activation"
                if reads and not admin_conn.execute("SELECT crisis.user_sees_all(%s)", (uid,)).fetchone()[0]
                else "reads"
                if reads
                else "denied"
            )
    assert {"owner", "share", "activation", "denied"} <= ways, ways


def test_a_plan_activated_on_a_situation_becomes_readable_to_those_who_see_it(ows, admin_conn, user_ids):
    """The flood plan of Liège, activated on a new situation of the City of Brussels, becomes readable on every plan
    layer to the City of Brussels (per crisis.visible_plan_ids), to nobody else new; withdrawn, it is not any more."""
    city, nccn = user_ids["planu@city-brussels.demo"], user_ids["coordinator@crisis-centre.demo"]

    def committed(actor: int, query, params: tuple) -> tuple:
        """One statement as `actor`, committed: the OGC front sees it at once."""
        admin_conn.commit()
        with admin_conn.transaction():
            admin_conn.execute("SELECT set_config('crisis.actor_id', %s, true)", (str(actor),))
            return admin_conn.execute(query, params).fetchone()

    flood = admin_conn.execute("SELECT id FROM crisis.plans WHERE code = 'PPUI-LG-MEUSE'").fetchone()[0]
    (sid,) = committed(
        city,
        "INSERT INTO crisis.situations (kind, status, phase, title, area, starts_at,"
        " owner_org_id, created_by, updated_by) SELECT 'test', 'active', 'none', 'OGC access test:"
        " a plan activated on a situation', ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(4.36,"
        " 50.84), 4326), 0.01)), now(), organisation_id, id, id FROM crisis.users WHERE id = %s"
        " RETURNING id",
        (city,),
    )
    plans = {plan_id: plan for plan_id, plan in _plans(admin_conn).items() if plan_id == flood}
    users = [user[0] for user in USERS]
    before = {email: _expected_plan(admin_conn, email, flood) for email in users}
    assert not before["planu@city-brussels.demo"]

    def activation(function: str) -> None:
        committed(nccn, sql.SQL("SELECT {}(%s, %s)").format(sql.Identifier("crisis", function)), (flood, sid))

    activation("activate_plan")
    try:
        after = {email: _expected_plan(admin_conn, email, flood) for email in users}
        assert {email for email in users if after[email] != before[email]} == {"planu@city-brussels.demo"}
        assert flood in {p for (p,) in admin_conn.execute("SELECT crisis.visible_plan_ids(%s)", (city,))}
        for email in users:
            assert not _wrong_plan_answers(admin_conn, ows, email, plans), email
    finally:
        activation("deactivate_plan")
    assert not _wrong_plan_answers(admin_conn, ows, "planu@city-brussels.demo", plans)
    assert not _expected_plan(admin_conn, "planu@city-brussels.demo", flood)
