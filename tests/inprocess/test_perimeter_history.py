"""A perimeter's history through the API: every earlier shape, then the current one; hidden from outsiders (moved
here from tests/api/test_perimeters.py, which read the demo's incident)."""

from __future__ import annotations

import pytest
from factories import make_organisation, make_situation, make_user


def _square(half_side: float) -> dict:
    w, s, e, n = 4.31 - half_side, 51.30 - half_side, 4.31 + half_side, 51.30 + half_side
    return {"type": "Polygon", "coordinates": [[[w, s], [e, s], [e, n], [w, n], [w, s]]]}


@pytest.fixture
def redrawn(owner_conn, as_user):
    """A perimeter drawn, then redrawn larger, by a fire officer of a service the incident is shared with."""
    fire = make_organisation(owner_conn, "fire_zone")
    officer = make_user(owner_conn, fire, "editor")
    situation = make_situation(owner_conn, shared_with=(fire,))
    caller = as_user(officer)
    path = f"/api/situations/{situation['id']}/perimeters"
    r = caller.post(path, json={"kind": "orange", "label": "first", "geometry": _square(0.004)})
    assert r.status_code == 201, r.get_data(as_text=True)
    pid = r.get_json()["properties"]["id"]
    r = caller.patch(f"{path}/{pid}", json={"label": "second", "geometry": _square(0.008), "version": 1})
    assert r.status_code == 200, r.get_data(as_text=True)
    return {"situation": situation, "officer": officer, "pid": pid}


def test_history_lists_every_shape_oldest_first(as_user, redrawn):
    sid, pid = redrawn["situation"]["id"], redrawn["pid"]
    r = as_user(redrawn["situation"]["author"]).get(f"/api/situations/{sid}/perimeters/{pid}/history")
    assert r.status_code == 200, r.get_data(as_text=True)
    items = r.get_json()["items"]
    assert [(i["version"], i["label"], i["operation"]) for i in items] == [
        (1, "first", "UPDATE"),
        (2, "second", "CURRENT"),
    ]
    assert items[0]["valid_to"] is not None and items[1]["valid_to"] is None
    assert items[0]["changed_by"]["id"] == redrawn["officer"]["id"]
    assert items[0]["geom"]["type"] == "MultiPolygon"
    first, second = (abs(i["geom"]["coordinates"][0][0][0][0] - 4.31) for i in items)
    assert first < second  # the first shape is the smaller one


def test_history_is_hidden_like_what_does_not_exist(owner_conn, as_user, redrawn):
    sid, pid = redrawn["situation"]["id"], redrawn["pid"]
    owner, outsider = as_user(redrawn["situation"]["author"]), as_user(make_user(owner_conn, role="coordinator"))
    elsewhere = make_situation(owner_conn, redrawn["situation"]["owner"], author=redrawn["situation"]["author"])
    answers = [
        outsider.get(f"/api/situations/{sid}/perimeters/{pid}/history"),
        owner.get(f"/api/situations/{sid}/perimeters/987654/history"),
        owner.get(f"/api/situations/{elsewhere['id']}/perimeters/{pid}/history"),
    ]
    assert [r.status_code for r in answers] == [404, 404, 404]
    assert answers[0].get_json() == answers[1].get_json()
