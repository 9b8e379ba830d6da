"""QGIS's own WFS and WMS providers against the platform: load the layers in a project, edit anchors and
perimeters through WFS-T, read the result back from PostGIS with its audit rows."""

from __future__ import annotations

import pytest

EDITOR = "officer@fire-antwerp.demo"


def _wfs_layer(ows: str, typename: str, authcfg: str):
    from qgis.core import QgsVectorLayer

    uri = (
        f"url='{ows}' typename='{typename}' version='1.1.0' authcfg='{authcfg}' restrictToRequestBBOX='0' "
        "pagingEnabled='false'"
    )
    layer = QgsVectorLayer(uri, typename, "WFS")
    assert layer.isValid(), layer.error().summary()
    return layer


@pytest.fixture
def qgis_project(qgis_app):
    from qgis.core import QgsProject

    project = QgsProject()
    yield project
    project.clear()


def _audit(admin_conn, table: str, row_id: int) -> list[tuple]:
    return admin_conn.execute(
        "SELECT operation, actor_id FROM crisis.audit_log WHERE table_name = %s AND row_id = %s ORDER BY id",
        (table, str(row_id)),
    ).fetchall()


def test_qgis_wfs_provider_edits_anchor_and_perimeter(
    ows, basic_authcfg, qgis_project, situations, admin_conn, user_ids
):
    from qgis.core import QgsFeature, QgsGeometry

    authcfg = basic_authcfg(EDITOR)
    anchors, perimeters = _wfs_layer(ows, "anchors", authcfg), _wfs_layer(ows, "perimeters", authcfg)
    qgis_project.addMapLayers([anchors, perimeters])
    incident = situations["incident"].id
    officer = user_ids[EDITOR]

    # Reading: exactly the rows of the situations the officer sees, in the right place.
    visible = admin_conn.execute(
        "SELECT id, ST_X(geom), ST_Y(geom) FROM crisis.anchors WHERE situation_id IN "
        "(SELECT crisis.visible_situation_ids(%s))",
        (officer,),
    ).fetchall()
    read = {f["id"]: f.geometry().asPoint() for f in anchors.getFeatures()}
    assert set(read) == {row[0] for row in visible}
    some_id, x, y = visible[0]
    assert (round(read[some_id].x(), 6), round(read[some_id].y(), 6)) == (round(x, 6), round(y, 6))

    # Add an anchor and a perimeter.
    anchor = QgsFeature(anchors.fields())
    anchor["situation_id"], anchor["kind"], anchor["label"] = incident, "decontamination_point", "Deconta (QGIS)"
    anchor.setGeometry(QgsGeometry.fromWkt("POINT(4.3071 51.2941)"))
    ok, (anchor,) = anchors.dataProvider().addFeatures([anchor])
    assert ok, anchors.dataProvider().errors()
    perimeter = QgsFeature(perimeters.fields())
    perimeter["situation_id"], perimeter["kind"], perimeter["label"] = incident, "sheltering", "Shelter (QGIS)"
    perimeter.setGeometry(
        QgsGeometry.fromWkt("MULTIPOLYGON(((4.31 51.30, 4.32 51.30, 4.32 51.31, 4.31 51.31, 4.31 51.30)))")
    )
    ok, (perimeter,) = perimeters.dataProvider().addFeatures([perimeter])
    assert ok, perimeters.dataProvider().errors()

    anchor_row = admin_conn.execute(
        "SELECT id, kind, label, created_by, version, ST_AsText(geom) FROM crisis.anchors "
        "WHERE label = 'Deconta (QGIS)'"
    ).fetchone()
    assert anchor_row[1:] == ("decontamination_point", "Deconta (QGIS)", officer, 1, "POINT(4.3071 51.2941)")
    anchor_id = anchor_row[0]
    perimeter_id, created_by, area = admin_conn.execute(
        "SELECT id, created_by, ST_Area(geom::geography) FROM crisis.perimeters WHERE label = 'Shelter (QGIS)'"
    ).fetchone()
    assert created_by == officer and 700_000 < area < 780_000  # about 696 m x 1113 m

    # Change attributes and geometry, as QGIS's editing tools do (one at a time).
    label_index = anchors.fields().indexOf("label")
    assert anchors.dataProvider().changeAttributeValues({anchor.id(): {label_index: "Deconta moved (QGIS)"}})
    assert anchors.dataProvider().changeGeometryValues({anchor.id(): QgsGeometry.fromWkt("POINT(4.3075 51.2945)")})
    assert perimeters.dataProvider().changeGeometryValues(
        {
            perimeter.id(): QgsGeometry.fromWkt(
                "MULTIPOLYGON(((4.31 51.30, 4.33 51.30, 4.33 51.31, 4.31 51.31, 4.31 51.30)))"
            )
        }
    )
    assert admin_conn.execute(
        "SELECT label, version, ST_AsText(geom), updated_by FROM crisis.anchors WHERE id = %s", (anchor_id,)
    ).fetchone() == ("Deconta moved (QGIS)", 3, "POINT(4.3075 51.2945)", officer)
    assert (
        admin_conn.execute(
            "SELECT count(*) FROM crisis.perimeter_history WHERE perimeter_id = %s", (perimeter_id,)
        ).fetchone()[0]
        == 1
    )

    # Delete both.
    assert anchors.dataProvider().deleteFeatures([anchor.id()])
    assert perimeters.dataProvider().deleteFeatures([perimeter.id()])
    assert admin_conn.execute(
        "SELECT (SELECT count(*) FROM crisis.anchors WHERE id = %s), "
        "(SELECT count(*) FROM crisis.perimeters WHERE id = %s)",
        (anchor_id, perimeter_id),
    ).fetchone() == (0, 0)
    assert _audit(admin_conn, "anchors", anchor_id) == [
        ("INSERT", officer),
        ("UPDATE", officer),
        ("UPDATE", officer),
        ("DELETE", officer),
    ]
    assert _audit(admin_conn, "perimeters", perimeter_id) == [
        ("INSERT", officer),
        ("UPDATE", officer),
        ("DELETE", officer),
    ]


def test_qgis_wfs_provider_is_refused_where_the_user_may_not_write(
    ows, basic_authcfg, qgis_app, situations, admin_conn
):
    from qgis.core import QgsFeature, QgsGeometry

    reader = _wfs_layer(ows, "anchors", basic_authcfg("reader@police-antwerp.demo"))
    officer = _wfs_layer(ows, "anchors", basic_authcfg(EDITOR))
    before = admin_conn.execute("SELECT count(*) FROM crisis.anchors").fetchone()[0]
    for layer, situation in ((reader, situations["incident"].id), (officer, situations["exercise"].id)):
        feature = QgsFeature(layer.fields())
        feature["situation_id"], feature["kind"], feature["label"] = situation, "road_block", "not allowed"
        feature.setGeometry(QgsGeometry.fromWkt("POINT(4.30 51.29)"))
        ok, _ = layer.dataProvider().addFeatures([feature])
        assert not ok
    # QGIS tells each why (a reader's QGIS offers editing: it cannot know the user's role).
    assert "No permissions to do WFS changes" in " ".join(reader.dataProvider().errors())
    assert "permission denied" in " ".join(officer.dataProvider().errors())
    assert admin_conn.execute("SELECT count(*) FROM crisis.anchors").fetchone()[0] == before

    # A bad shape: refused, and QGIS tells the user why.
    perimeters = _wfs_layer(ows, "perimeters", basic_authcfg(EDITOR))
    bow_tie = QgsFeature(perimeters.fields())
    bow_tie["situation_id"], bow_tie["kind"] = situations["incident"].id, "red"
    bow_tie.setGeometry(
        QgsGeometry.fromWkt("MULTIPOLYGON(((4.30 51.29, 4.31 51.30, 4.31 51.29, 4.30 51.30, 4.30 51.29)))")
    )
    ok, _ = perimeters.dataProvider().addFeatures([bow_tie])
    assert not ok and "Self-intersection" in " ".join(perimeters.dataProvider().errors())


def test_two_qgis_users_editing_one_perimeter_cannot_overwrite_each_other(
    ows, basic_authcfg, qgis_project, situations, admin_conn, user_ids
):
    """Two QGIS users load the perimeters. The first redraws a perimeter and renames it in one edit session
    (QGIS sends these as two transactions): both land. The second, whose copy is now outdated, renames the same
    perimeter: its commit fails with the reason, and PostGIS keeps the first user's work."""
    from qgis.core import QgsFeature, QgsGeometry

    planner = _wfs_layer(ows, "perimeters", basic_authcfg("planner@province-antwerp.demo"))
    officer = _wfs_layer(ows, "perimeters", basic_authcfg(EDITOR))
    qgis_project.addMapLayers([planner, officer])
    new = QgsFeature(planner.fields())
    new["situation_id"], new["kind"], new["label"] = situations["incident"].id, "orange", "Isolation (two users)"
    new.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON(((4.31 51.30, 4.32 51.30, 4.32 51.31, 4.31 51.30)))"))
    assert planner.dataProvider().addFeatures([new])[0]
    perimeter_id = admin_conn.execute(
        "SELECT id FROM crisis.perimeters WHERE label = 'Isolation (two users)'"
    ).fetchone()[0]
    planner.dataProvider().reloadData()
    officer.dataProvider().reloadData()
    mine = next(f for f in planner.getFeatures() if f["id"] == perimeter_id)
    theirs = next(f for f in officer.getFeatures() if f["id"] == perimeter_id)

    assert planner.startEditing()
    planner.changeGeometry(
        mine.id(), QgsGeometry.fromWkt("MULTIPOLYGON(((4.31 51.30, 4.33 51.30, 4.33 51.31, 4.31 51.30)))")
    )
    planner.changeAttributeValue(mine.id(), planner.fields().indexOf("label"), "Isolation (redrawn)")
    assert planner.commitChanges(), planner.commitErrors()

    assert officer.startEditing()
    officer.changeAttributeValue(theirs.id(), officer.fields().indexOf("label"), "Isolation (officer)")
    assert not officer.commitChanges()
    errors = " ".join(officer.commitErrors())
    assert "changed by someone else" in errors and "reload the layer" in errors, errors
    officer.rollBack()
    assert admin_conn.execute(
        "SELECT label, version, updated_by, ST_AsText(geom) FROM crisis.perimeters WHERE id = %s", (perimeter_id,)
    ).fetchone() == (
        "Isolation (redrawn)",
        3,
        user_ids["planner@province-antwerp.demo"],
        "MULTIPOLYGON(((4.31 51.3,4.33 51.3,4.33 51.31,4.31 51.3)))",
    )

    # Read again, the officer's change goes through.
    officer.dataProvider().reloadData()
    theirs = next(f for f in officer.getFeatures() if f["id"] == perimeter_id)
    assert theirs["version"] == 3
    assert officer.startEditing()
    officer.changeAttributeValue(theirs.id(), officer.fields().indexOf("label"), "Isolation (officer)")
    assert officer.commitChanges(), officer.commitErrors()
    assert admin_conn.execute(
        "SELECT label, version FROM crisis.perimeters WHERE id = %s", (perimeter_id,)
    ).fetchone() == ("Isolation (officer)", 4)
    assert officer.dataProvider().deleteFeatures([theirs.id()])


def test_qgis_wms_provider_renders_the_incident(ows, basic_authcfg, qgis_project, situations, admin_conn):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsRasterLayer,
        QgsRectangle,
    )
    from qgis.PyQt.QtCore import QSize

    def render(email: str):
        uri = (
            f"url={ows}&layers=perimeters&layers=anchors&styles=&styles=&format=image/png&crs=EPSG:3857"
            f"&authcfg={basic_authcfg(email)}&dpiMode=7"
        )
        layer = QgsRasterLayer(uri, "incident", "wms")
        assert layer.isValid(), layer.error().summary()
        qgis_project.addMapLayer(layer)
        settings = QgsMapSettings()
        settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
        settings.setOutputSize(QSize(400, 300))
        settings.setExtent(QgsRectangle(*extent))
        settings.setLayers([layer])
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        return sum(
            1
            for x in range(0, 400, 4)
            for y in range(0, 300, 4)
            if image.pixelColor(x, y).alpha() > 0 and image.pixelColor(x, y).name() != "#ffffff"
        )

    extent = admin_conn.execute(
        "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(ST_Transform(geom, 3857)) e "
        "FROM crisis.perimeters WHERE situation_id = %s) s",
        (situations["incident"].id,),
    ).fetchone()
    assert render("planner@province-antwerp.demo") > 100
    assert render("outsider@province-liege.demo") == 0
