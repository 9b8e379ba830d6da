"""Each demo login against each demo situation and each request type: allowed exactly where the rules say.

The expectation is worked out here from the organisations, shares and roles in the tables (not from the
database's own rule functions), then compared with what the OGC front answers.
"""

from __future__ import annotations

import json

import pytest

from server_services.demo.scenario import USERS

from .helpers import anchor_insert, fid, image_summary, inserted_ids, total, transaction_failed

KINDS = ("incident", "event", "exercise")
REQUESTS = ("GetMap", "GetFeatureInfo", "GetFeature", "GetLegendGraphic", "Transaction", "wfs3 items", "wfs3 item")


def _expected(admin_conn, email: str, situation_id: int) -> tuple[bool, bool]:
    """(sees, writes) from the tables: owner or shared organisation, or a national crisis centre lead."""
    org, role, org_kind = admin_conn.execute(
        "SELECT u.organisation_id, u.role, o.kind FROM crisis.users u JOIN crisis.organisations o "
        "ON o.id = u.organisation_id WHERE u.email = %s AND u.active", (email,)).fetchone()
    owner, status = admin_conn.execute("SELECT owner_org_id, status FROM crisis.situations WHERE id = %s",
                                       (situation_id,)).fetchone()
    shared = admin_conn.execute("SELECT count(*) FROM crisis.situation_shares WHERE situation_id = %s "
                                "AND organisation_id = %s", (situation_id, org)).fetchone()[0] > 0
    sees = org == owner or shared or (org_kind == "national_crisis_centre" and role in ("coordinator", "admin"))
    writes = sees and role in ("editor", "coordinator", "admin") and status in ("draft", "active")
    return sees, writes


def _probe(session, ows: str, wfst, email: str, situation_id: int, anchor: tuple) -> dict[str, bool]:
    """Whether each request type gives the caller anything of this situation (or lets it write there)."""
    anchor_id, x, y, count = anchor
    bbox = f"{x - 200},{y - 200},{x + 200},{y + 200}"
    wms = f"{ows}?SERVICE=WMS&VERSION=1.3.0&CRS=EPSG:3857&BBOX={bbox}&STYLES="
    seen = {}

    r = session.get(f"{wms}&REQUEST=GetMap&LAYERS=anchors&WIDTH=64&HEIGHT=64&FORMAT=image/png&TRANSPARENT=TRUE"
                    f'&FILTER=anchors:"situation_id" = {situation_id}', timeout=60)
    assert r.status_code == 200, r.text
    seen["GetMap"] = image_summary(r.content, "png")[2] > 0

    r = session.get(f"{wms}&REQUEST=GetFeatureInfo&LAYERS=anchors&QUERY_LAYERS=anchors&WIDTH=101&HEIGHT=101"
                    "&I=50&J=50&INFO_FORMAT=application/json&FEATURE_COUNT=50", timeout=60)
    assert r.status_code == 200, r.text
    seen["GetFeatureInfo"] = anchor_id in {f["properties"]["id"] for f in r.json()["features"]}

    r = session.get(f"{ows}?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=anchors"
                    f"&OUTPUTFORMAT=application/json&EXP_FILTER=\"situation_id\" = {situation_id}", timeout=60)
    assert r.status_code == 200, r.text
    features = r.json()["features"]
    assert len(features) in (0, count)
    seen["GetFeature"] = len(features) == count

    r = session.get(f"{wms}&REQUEST=GetLegendGraphic&LAYERS=anchors&FORMAT=application/json&WIDTH=64&HEIGHT=64",
                    timeout=60)
    assert r.status_code == 200, r.text
    seen["GetLegendGraphic"] = any(node.get("symbols") or node.get("icon") for node in r.json()["nodes"])

    status, root = wfst(email, anchor_insert(situation_id, "road_block", "access matrix"))
    assert status < 500
    seen["Transaction"] = transaction_failed(root) is None and total(root, "totalInserted") == 1
    if seen["Transaction"]:
        (new_id,) = inserted_ids(root)
        delete = (f'<wfs:Delete typeName="anchors"><ogc:Filter><ogc:FeatureId fid="{fid("anchors", new_id)}"/>'
                  "</ogc:Filter></wfs:Delete>")
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
    rows = []
    for kind in KINDS:
        situation = situations[kind]
        anchor = admin_conn.execute(
            "SELECT a.id, ST_X(ST_Transform(a.geom, 3857)), ST_Y(ST_Transform(a.geom, 3857)), "
            "(SELECT count(*) FROM crisis.anchors b WHERE b.situation_id = a.situation_id) "
            "FROM crisis.anchors a WHERE a.situation_id = %s ORDER BY a.id LIMIT 1", (situation.id,)).fetchone()
        assert anchor, f"the demo {kind} has no anchor"
        sees, writes = _expected(admin_conn, email, situation.id)
        seen = _probe(sessions(email), ows, wfst, email, situation.id, anchor)
        expected = {name: (writes if name == "Transaction" else sees) for name in REQUESTS}
        rows.append((kind, expected, seen))
    wrong = [(kind, name, "expected " + ("allow" if expected[name] else "deny"))
             for kind, expected, seen in rows for name in REQUESTS if expected[name] != seen[name]]
    assert not wrong, f"{email}: {wrong}"


def test_matrix_covers_both_answers(admin_conn, situations):
    """The demo gives every request type logins that are allowed and logins that are denied."""
    answers = {_expected(admin_conn, user[0], situations[kind].id) for user in USERS for kind in KINDS}
    assert {(True, True), (True, False), (False, False)} <= answers


def test_outsider_gets_nothing_of_antwerp(ows, sessions, admin_conn, situations):
    """By name, id, area or extent: nothing of the Antwerp incident reaches the Liège outsider."""
    session = sessions("outsider@province-liege.demo")
    incident = situations["incident"]
    x0, y0, x1, y1 = admin_conn.execute("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
                                        "(SELECT ST_Extent(area) e FROM crisis.situations WHERE id = %s) s",
                                        (incident.id,)).fetchone()
    for layer in ("situations", "anchors", "perimeters", "feed_entries", "weather_observations"):
        r = session.get(f"{ows}?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME={layer}"
                        f"&OUTPUTFORMAT=application/json&BBOX={y0},{x0},{y1},{x1}", timeout=60)
        assert r.status_code == 200 and r.json()["features"] == [], layer
        r = session.get(f"{ows}/wfs3/collections/{layer}/items.json?bbox={x0},{y0},{x1},{y1}", timeout=60)
        assert r.status_code == 200 and r.json()["features"] == [], layer
    r = session.get(f"{ows}?SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=situations"
                    f"&OUTPUTFORMAT=application/json&FEATUREID=situations.{incident.id}", timeout=60)
    assert r.json()["features"] == []
    everything = session.get(f"{ows}/wfs3/collections.json", timeout=60).text
    everything += session.get(f"{ows}?SERVICE=WMS&REQUEST=GetCapabilities", timeout=60).text
    everything += session.get(f"{ows}?SERVICE=WFS&REQUEST=GetCapabilities", timeout=60).text
    assert "Antwerp" not in everything and "Noordpolder" not in everything
    # The extents it is told are its own or the fixed service area, never one around Antwerp.
    for collection in json.loads(session.get(f"{ows}/wfs3/collections.json", timeout=60).text)["collections"]:
        for box in collection["extent"]["spatial"]["bbox"]:
            assert not (box[0] <= 4.4 <= box[2] and box[1] <= 51.3 <= box[3] and box[2] - box[0] < 3), collection["id"]
