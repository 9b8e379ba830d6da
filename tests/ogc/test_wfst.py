"""WFS-T through the OGC front: the database sets author, organisation, time and version, every write leaves an
audit row naming the user, stale versions and bad writes are refused and write nothing."""

from __future__ import annotations

import pytest
from support import wfs_geojson

from .helpers import anchor_insert, fid, inserted_ids, polygon_gml, total, transaction_failed

OFFICER, DOCTOR, INFO = "officer@fire-antwerp.demo", "doctor@ems-antwerp.demo", "info@comms-antwerp.demo"
PLANNER, READER = "planner@province-antwerp.demo", "reader@police-antwerp.demo"
OUTSIDER = "outsider@province-liege.demo"
SQUARE = [(4.300, 51.290), (4.302, 51.290), (4.302, 51.292), (4.300, 51.292), (4.300, 51.290)]
BIGGER = [(4.299, 51.289), (4.303, 51.289), (4.303, 51.293), (4.299, 51.293), (4.299, 51.289)]
BOW_TIE = [(4.300, 51.290), (4.302, 51.292), (4.302, 51.290), (4.300, 51.292), (4.300, 51.290)]


def update(layer: str, feature_id: int, read: int | None = None, **properties) -> str:
    """An Update of the feature; with `read`, naming the version it is based on as GDAL does (it writes back the
    version it read); without, as QGIS does (only what changed: the version last read here is the base)."""
    if read is not None:
        properties = {**properties, "version": read}
    props = "".join(
        f"<wfs:Property><wfs:Name>{k}</wfs:Name><wfs:Value>{v}</wfs:Value></wfs:Property>"
        for k, v in properties.items()
    )
    return (
        f'<wfs:Update typeName="{layer}">{props}<ogc:Filter><ogc:FeatureId fid="{fid(layer, feature_id)}"/>'
        "</ogc:Filter></wfs:Update>"
    )


def update_geometry(layer: str, feature_id: int, gml: str) -> str:
    return (
        f'<wfs:Update typeName="{layer}"><wfs:Property><wfs:Name>geometry</wfs:Name><wfs:Value>{gml}'
        f'</wfs:Value></wfs:Property><ogc:Filter><ogc:FeatureId fid="{fid(layer, feature_id)}"/>'
        "</ogc:Filter></wfs:Update>"
    )


def delete(layer: str, feature_id: int) -> str:
    return (
        f'<wfs:Delete typeName="{layer}"><ogc:Filter><ogc:FeatureId fid="{fid(layer, feature_id)}"/>'
        "</ogc:Filter></wfs:Delete>"
    )


def audit(admin_conn, table: str, row_id: int) -> list[tuple]:
    return admin_conn.execute(
        "SELECT operation, actor_id, db_user FROM crisis.audit_log WHERE table_name = %s AND row_id = %s ORDER BY id",
        (table, str(row_id)),
    ).fetchall()


def counts(admin_conn) -> tuple:
    return admin_conn.execute(
        "SELECT (SELECT count(*) FROM crisis.anchors), (SELECT count(*) FROM crisis.perimeters), "
        "(SELECT count(*) FROM crisis.audit_log), "
        "(SELECT coalesce(sum(version), 0) FROM crisis.anchors)"
    ).fetchone()


def test_anchor_insert_update_delete_are_the_users(wfst, read, situations, admin_conn, user_ids):
    incident = situations["incident"].id
    forged = (
        "<qgs:id>987654</qgs:id><qgs:version>77</qgs:version><qgs:created_by>1</qgs:created_by>"
        "<qgs:updated_by>1</qgs:updated_by><qgs:organisation_id>1</qgs:organisation_id>"
        "<qgs:created_at>2001-01-01T00:00:00Z</qgs:created_at>"
    )
    status, root = wfst(OFFICER, anchor_insert(incident, "press_point", "Press point (WFS-T)", extra=forged))
    assert status == 200 and transaction_failed(root) is None and total(root, "totalInserted") == 1
    (anchor_id,) = inserted_ids(root)
    row = admin_conn.execute(
        "SELECT a.id, a.version, a.created_by, a.updated_by, o.slug, a.created_at > now() - interval '1 hour', "
        "a.status, a.notes, ST_X(a.geom), ST_Y(a.geom) FROM crisis.anchors a "
        "JOIN crisis.organisations o ON o.id = a.organisation_id WHERE a.id = %s",
        (anchor_id,),
    ).fetchone()
    assert row == (anchor_id, 1, user_ids[OFFICER], user_ids[OFFICER], "fire-antwerp", True, "active", "", 4.30, 51.29)
    assert anchor_id != 987654
    assert audit(admin_conn, "anchors", anchor_id) == [("INSERT", user_ids[OFFICER], "crisis_app")]

    status, root = wfst(DOCTOR, update("anchors", anchor_id, read=1, label="Press point moved"))
    assert transaction_failed(root) is None and total(root, "totalUpdated") == 1
    assert admin_conn.execute(
        "SELECT label, version, updated_by, created_by FROM crisis.anchors WHERE id = %s", (anchor_id,)
    ).fetchone() == ("Press point moved", 2, user_ids[DOCTOR], user_ids[OFFICER])

    assert read(INFO, "anchors", anchor_id) == {anchor_id: 2}
    status, root = wfst(INFO, delete("anchors", anchor_id))
    assert transaction_failed(root) is None and total(root, "totalDeleted") == 1
    assert admin_conn.execute("SELECT count(*) FROM crisis.anchors WHERE id = %s", (anchor_id,)).fetchone()[0] == 0
    assert audit(admin_conn, "anchors", anchor_id) == [
        ("INSERT", user_ids[OFFICER], "crisis_app"),
        ("UPDATE", user_ids[DOCTOR], "crisis_app"),
        ("DELETE", user_ids[INFO], "crisis_app"),
    ]


def test_perimeter_history_keeps_earlier_shapes(wfst, read, situations, admin_conn, user_ids):
    incident = situations["incident"].id
    status, root = wfst(
        PLANNER,
        f"<wfs:Insert><qgs:perimeters><qgs:situation_id>{incident}</qgs:situation_id>"
        "<qgs:kind>intervention_zone</qgs:kind>"
        "<qgs:label>Intervention zone (WFS-T)</qgs:label>"
        f"<qgs:geometry>{polygon_gml(SQUARE)}</qgs:geometry></qgs:perimeters></wfs:Insert>",
    )
    assert transaction_failed(root) is None, root
    (perimeter_id,) = inserted_ids(root)
    status, root = wfst(PLANNER, update_geometry("perimeters", perimeter_id, polygon_gml(BIGGER)))
    assert transaction_failed(root) is None and total(root, "totalUpdated") == 1
    area = admin_conn.execute(
        "SELECT ST_Area(geom::geography) FROM crisis.perimeters WHERE id = %s", (perimeter_id,)
    ).fetchone()[0]
    assert 120_000 < area < 130_000  # 0.004 x 0.004 degrees at 51.29 N: 278 m x 445 m
    read(OFFICER, "perimeters", perimeter_id)
    status, root = wfst(OFFICER, delete("perimeters", perimeter_id))
    assert transaction_failed(root) is None and total(root, "totalDeleted") == 1
    history = admin_conn.execute(
        "SELECT version, operation, changed_by, round(ST_Area(geom::geography)) FROM crisis.perimeter_history "
        "WHERE perimeter_id = %s ORDER BY version",
        (perimeter_id,),
    ).fetchall()
    assert [(v, op, who) for v, op, who, _ in history] == [
        (1, "UPDATE", user_ids[PLANNER]),
        (2, "DELETE", user_ids[OFFICER]),
    ]
    assert 30_000 < history[0][3] < 32_000 and history[1][3] > 120_000
    assert [a[:2] for a in audit(admin_conn, "perimeters", perimeter_id)] == [
        ("INSERT", user_ids[PLANNER]),
        ("UPDATE", user_ids[PLANNER]),
        ("DELETE", user_ids[OFFICER]),
    ]


def test_two_writers_cannot_overwrite_each_other(wfst, read, situations, admin_conn, user_ids):
    """Both read version 1. The first writes; the second, whether it names the version it read (as GDAL does) or
    not (QGIS: the version it was last sent here), is told who changed the feature since, and nothing of its
    transaction is written; with what it has read again it may go on."""
    incident = situations["incident"].id
    status, root = wfst(PLANNER, anchor_insert(incident, "staging_area", "Staging (versions)"))
    (anchor_id,) = inserted_ids(root)
    assert read(OFFICER, "anchors", anchor_id) == read(DOCTOR, "anchors", anchor_id) == {anchor_id: 1}
    first = wfst(OFFICER, update("anchors", anchor_id, label="Staging north"))[1]
    assert transaction_failed(first) is None and total(first, "totalUpdated") == 1
    before = counts(admin_conn)
    for action in (
        update("anchors", anchor_id, label="Staging south"),
        delete("anchors", anchor_id),
        update("anchors", anchor_id, read=1, label="Staging south"),
        anchor_insert(incident, "press_point", "written with a stale update")
        + update("anchors", anchor_id, notes="stale"),
    ):
        status, second = wfst(DOCTOR, action)
        message = transaction_failed(second)
        assert status == 200 and message and "changed by someone else" in message, message
        assert f"anchors {anchor_id}" in message and "now version 2" in message
        assert counts(admin_conn) == before
    officer = admin_conn.execute("SELECT display_name FROM crisis.users WHERE email = %s", (OFFICER,)).fetchone()[0]
    when = admin_conn.execute(
        "SELECT to_char(updated_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD HH24:MI:SS') "
        "FROM crisis.anchors WHERE id = %s",
        (anchor_id,),
    ).fetchone()[0]
    assert officer in message and when in message  # on the clock the crisis cells keep
    assert admin_conn.execute("SELECT label, version FROM crisis.anchors WHERE id = %s", (anchor_id,)).fetchone() == (
        "Staging north",
        2,
    )
    # Having read again, the second writer may go on.
    assert read(DOCTOR, "anchors", anchor_id) == {anchor_id: 2}
    third = wfst(DOCTOR, update("anchors", anchor_id, label="Staging south"))[1]
    assert transaction_failed(third) is None and total(third, "totalUpdated") == 1
    # The first writer, whose last read or write was version 2, is refused: the doctor wrote since.
    stale = wfst(OFFICER, update("anchors", anchor_id, label="Staging north again"))[1]
    assert "changed by someone else" in transaction_failed(stale)
    read(PLANNER, "anchors", anchor_id)
    wfst(PLANNER, delete("anchors", anchor_id))
    assert admin_conn.execute("SELECT count(*) FROM crisis.anchors WHERE id = %s", (anchor_id,)).fetchone()[0] == 0


def test_an_edit_must_be_based_on_a_read(wfst, situations, admin_conn):
    """A client that never read the feature here, and names no version, is not writing over what it saw."""
    (anchor_id,) = inserted_ids(wfst(PLANNER, anchor_insert(situations["incident"].id, "road_block", "unread"))[1])
    before = counts(admin_conn)
    for action in (update("anchors", anchor_id, label="blind"), delete("anchors", anchor_id)):
        message = transaction_failed(wfst(INFO, action)[1])
        assert message and "read the feature" in message, message
    assert counts(admin_conn) == before


def test_a_writer_goes_on_after_its_own_writes(wfst, read, situations, admin_conn, user_ids):
    """QGIS's WFS client sends the new shape and the new label of one feature as two transactions, based on the
    version it read: the second follows the caller's own write and is no conflict; nor is a version sent that
    only the caller's own writes have replaced."""
    status, root = wfst(PLANNER, anchor_insert(situations["incident"].id, "road_block", "Road block (own writes)"))
    (anchor_id,) = inserted_ids(root)
    read(OFFICER, "anchors", anchor_id)
    point = '<gml:Point srsName="EPSG:4326"><gml:pos>4.305 51.291</gml:pos></gml:Point>'
    for action in (
        update_geometry("anchors", anchor_id, point),
        update("anchors", anchor_id, label="Road block N"),
        update("anchors", anchor_id, read=2, notes="closed both ways"),
    ):
        root = wfst(OFFICER, action)[1]
        assert transaction_failed(root) is None and total(root, "totalUpdated") == 1
    assert admin_conn.execute(
        "SELECT label, notes, version, ST_AsText(geom), updated_by FROM crisis.anchors WHERE id = %s", (anchor_id,)
    ).fetchone() == ("Road block N", "closed both ways", 4, "POINT(4.305 51.291)", user_ids[OFFICER])
    # Named as GDAL names features in WFS 1.1.0 (gml:GmlObjectId).
    by_gml_id = f'<gml:GmlObjectId gml:id="{fid("anchors", anchor_id)}"/>'
    root = wfst(OFFICER, f'<wfs:Delete typeName="anchors"><ogc:Filter>{by_gml_id}</ogc:Filter></wfs:Delete>')[1]
    assert transaction_failed(root) is None and total(root, "totalDeleted") == 1


@pytest.mark.parametrize(
    "chosen_by",
    [
        '<ogc:FeatureId fid="{id}"/>',
        '<ogc:FeatureId fid="perimeters.{id}"/>',
        '<ogc:FeatureId fid="anchors.{id}@@1"/>',
        "<ogc:PropertyIsEqualTo><ogc:PropertyName>id</ogc:PropertyName><ogc:Literal>{id}</ogc:Literal>"
        "</ogc:PropertyIsEqualTo>",
        '<ogc:FeatureId fid="anchors.{id}"/><ogc:PropertyIsEqualTo><ogc:PropertyName>id</ogc:PropertyName>'
        "<ogc:Literal>{id}</ogc:Literal></ogc:PropertyIsEqualTo>",
    ],
)
def test_edits_name_features_by_their_ids(chosen_by, wfst, situations, admin_conn):
    """An Update or Delete that chooses features otherwise than by the ids GetFeature gave could overwrite a
    change it never saw: refused, nothing written."""
    anchor_id = admin_conn.execute(
        "SELECT id FROM crisis.anchors WHERE situation_id = %s ORDER BY id LIMIT 1", (situations["incident"].id,)
    ).fetchone()[0]
    before = counts(admin_conn)
    condition = chosen_by.format(id=anchor_id)
    for action in (
        f'<wfs:Update typeName="anchors"><wfs:Property><wfs:Name>label</wfs:Name><wfs:Value>x</wfs:Value>'
        f"</wfs:Property><ogc:Filter>{condition}</ogc:Filter></wfs:Update>",
        f'<wfs:Delete typeName="anchors"><ogc:Filter>{condition}</ogc:Filter></wfs:Delete>',
    ):
        status, root = wfst(PLANNER, action)
        assert 400 <= status < 500 and "ids GetFeature gives" in transaction_failed(root)
    assert counts(admin_conn) == before


REASONS = {
    "self-intersecting perimeter": "invalid geometry: Self-intersection",
    "point as a perimeter": "Geometry type (MultiPoint) does not match column type (MultiPolygon)",
    "polygon as an anchor": "Geometry type (MultiPolygon) does not match column type (Point)",
    "unknown anchor kind": "Key (kind)=(tea_room) is not present",
    "unknown perimeter kind": "Key (kind)=(purple) is not present",
    "coordinates out of range": "coordinates out of range",
    "situation not shared with the user": "permission denied",
    "situation of another province": "permission denied",
    "reader": "No permissions",
    "no situation": "permission denied",
}


def _bad_writes(situations):
    incident, exercise = situations["incident"].id, situations["exercise"].id
    perimeter = (
        "<wfs:Insert><qgs:perimeters><qgs:situation_id>{sid}</qgs:situation_id><qgs:kind>{kind}</qgs:kind>"
        "<qgs:geometry>{gml}</qgs:geometry></qgs:perimeters></wfs:Insert>"
    )
    point = '<gml:Point srsName="EPSG:4326"><gml:pos>51.29 4.30</gml:pos></gml:Point>'
    return {
        "self-intersecting perimeter": (PLANNER, perimeter.format(sid=incident, kind="red", gml=polygon_gml(BOW_TIE))),
        "point as a perimeter": (PLANNER, perimeter.format(sid=incident, kind="red", gml=point)),
        "polygon as an anchor": (
            PLANNER,
            f"<wfs:Insert><qgs:anchors><qgs:situation_id>{incident}</qgs:situation_id>"
            "<qgs:kind>pc_ops</qgs:kind>"
            f"<qgs:geometry>{polygon_gml(SQUARE)}</qgs:geometry></qgs:anchors></wfs:Insert>",
        ),
        "unknown anchor kind": (PLANNER, anchor_insert(incident, kind="tea_room")),
        "unknown perimeter kind": (PLANNER, perimeter.format(sid=incident, kind="purple", gml=polygon_gml(SQUARE))),
        "coordinates out of range": (PLANNER, anchor_insert(incident, lon=4.3, lat=95.0)),
        "situation not shared with the user": (OFFICER, anchor_insert(exercise)),
        "situation of another province": (OUTSIDER, anchor_insert(incident)),
        "reader": (READER, anchor_insert(incident)),
        "no situation": (
            PLANNER,
            anchor_insert(incident).replace(f"<qgs:situation_id>{incident}</qgs:situation_id>", ""),
        ),
    }


@pytest.mark.parametrize(
    "case",
    [
        "self-intersecting perimeter",
        "point as a perimeter",
        "polygon as an anchor",
        "unknown anchor kind",
        "unknown perimeter kind",
        "coordinates out of range",
        "situation not shared with the user",
        "situation of another province",
        "reader",
        "no situation",
    ],
)
def test_bad_writes_are_refused_and_write_nothing(case, wfst, situations, admin_conn):
    email, action = _bad_writes(situations)[case]
    before = counts(admin_conn)
    status, root = wfst(email, action)
    assert status < 500
    message = transaction_failed(root)
    assert message, f"{case}: accepted"
    # An OGC exception naming the reason (QGIS shows it in its commit errors).
    assert root.tag.endswith("ExceptionReport") and REASONS[case] in message, message
    assert total(root, "totalInserted") == 0
    assert counts(admin_conn) == before


def test_updates_that_move_or_take_over_features_are_refused(wfst, situations, admin_conn, user_ids):
    incident, exercise = situations["incident"], situations["exercise"]
    anchor_id, version = admin_conn.execute(
        "SELECT id, version FROM crisis.anchors WHERE situation_id = %s ORDER BY id LIMIT 1", (incident.id,)
    ).fetchone()
    before = counts(admin_conn)
    # Into a situation the user may not write; into one it may write (features stay in their situation).
    for email, target in ((OFFICER, exercise.id), (PLANNER, situations["event"].id)):
        root = wfst(email, update("anchors", anchor_id, read=version, situation_id=target))[1]
        assert transaction_failed(root), (email, target)
    # Features of a situation the user may not see are not even found, whatever version is named (and the
    # answer does not tell whether it exists, nor who changed it).
    for named in (version, version + 1, None):
        root = wfst(OUTSIDER, update("anchors", anchor_id, read=named, label="taken over"))[1]
        assert total(root, "totalUpdated") == 0 and "changed by" not in (transaction_failed(root) or "")
    root = wfst(OUTSIDER, delete("anchors", anchor_id))[1]
    assert total(root, "totalDeleted") == 0 and "changed by" not in (transaction_failed(root) or "")
    # A reader may not update what it sees.
    status, root = wfst(READER, update("anchors", anchor_id, read=version, label="read only"))
    assert transaction_failed(root) and status < 500
    assert counts(admin_conn) == before
    assert admin_conn.execute(
        "SELECT situation_id, version FROM crisis.anchors WHERE id = %s", (anchor_id,)
    ).fetchone() == (incident.id, version)


def test_writes_are_atomic_per_action(wfst, situations, admin_conn):
    """An Insert of several features where one is bad writes none of them."""
    incident = situations["incident"].id
    good = anchor_insert(incident, "press_point", "good one")
    bad = anchor_insert(incident, "nonsense_kind", "bad one")
    inner_good = good[len("<wfs:Insert>") : -len("</wfs:Insert>")]
    inner_bad = bad[len("<wfs:Insert>") : -len("</wfs:Insert>")]
    before = counts(admin_conn)
    root = wfst(PLANNER, f"<wfs:Insert>{inner_good}{inner_bad}</wfs:Insert>")[1]
    assert transaction_failed(root)
    assert counts(admin_conn) == before


def _prepared(admin_conn) -> tuple:
    """Everything a write to the plans' layers could change (or record)."""
    return admin_conn.execute(
        "SELECT (SELECT array_agg((id, kind, label, ST_AsEWKB(geom)) ORDER BY id) FROM crisis.plan_anchors)::text,"
        " (SELECT array_agg((id, kind, label, ST_AsEWKB(geom)) ORDER BY id) FROM crisis.plan_perimeters)::text,"
        " (SELECT array_agg((id, version, ST_AsEWKB(zone)) ORDER BY id) FROM crisis.plans)::text,"
        " (SELECT count(*) FROM crisis.audit_log)"
    ).fetchone()


def _plan_writes(admin_conn) -> dict[str, str]:
    ppui = admin_conn.execute("SELECT id FROM crisis.plans WHERE code = 'BNIP-PA-017'").fetchone()[0]
    anchor = admin_conn.execute("SELECT min(id) FROM crisis.plan_anchors WHERE plan_id = %s", (ppui,)).fetchone()[0]
    zone = admin_conn.execute("SELECT min(id) FROM crisis.plan_perimeters WHERE plan_id = %s", (ppui,)).fetchone()[0]
    return {
        "insert plan_anchors": (
            f"<wfs:Insert><qgs:plan_anchors><qgs:plan_id>{ppui}</qgs:plan_id><qgs:kind>pc_ops"
            '</qgs:kind><qgs:label>WFS-T</qgs:label><qgs:geometry><gml:Point srsName="EPSG:4326">'
            "<gml:pos>4.30 51.29</gml:pos></gml:Point></qgs:geometry></qgs:plan_anchors>"
            "</wfs:Insert>"
        ),
        "insert plan_perimeters": (
            f"<wfs:Insert><qgs:plan_perimeters><qgs:plan_id>{ppui}</qgs:plan_id><qgs:kind>red"
            f"</qgs:kind><qgs:geometry>{polygon_gml(SQUARE)}</qgs:geometry>"
            "</qgs:plan_perimeters></wfs:Insert>"
        ),
        "update plan_anchors": update("plan_anchors", anchor, label="Moved by WFS-T"),
        "update plan_perimeters": update_geometry("plan_perimeters", zone, polygon_gml(BIGGER)),
        "update plan_zones": update_geometry("plan_zones", ppui, polygon_gml(BIGGER)),
        "delete plan_anchors": delete("plan_anchors", anchor),
        "delete plan_perimeters": delete("plan_perimeters", zone),
        "delete plan_zones": delete("plan_zones", ppui),
    }


@pytest.mark.parametrize(
    "case",
    [
        "insert plan_anchors",
        "insert plan_perimeters",
        "update plan_anchors",
        "update plan_perimeters",
        "update plan_zones",
        "delete plan_anchors",
        "delete plan_perimeters",
        "delete plan_zones",
    ],
)
def test_the_plans_layers_are_read_only(case, wfst, ows, sessions, admin_conn):
    """Not even the planner who manages the PPUI writes through plan_anchors, plan_perimeters or plan_zones: a plan's
    prepared places and zones change through the plan library (its API and import), nothing is written."""
    action = _plan_writes(admin_conn)[case]
    layer = case.split()[1]
    if not case.startswith("insert"):  # the planner reads the feature first, as a client does before it edits
        named = action.split('fid="', 1)[1].split('"', 1)[0]
        response = sessions(PLANNER).get(
            ows,
            params=wfs_geojson(layer, FEATUREID=named),
            timeout=60,
        )
        assert [f["id"] for f in response.json()["features"]] == [named]
    before = _prepared(admin_conn)
    status, root = wfst(PLANNER, action)
    assert status < 500
    assert f"No capabilities to do WFS changes on layer '{layer}'" in (transaction_failed(root) or ""), case
    assert sum(total(root, what) for what in ("totalInserted", "totalUpdated", "totalDeleted")) == 0
    admin_conn.rollback()
    assert _prepared(admin_conn) == before
