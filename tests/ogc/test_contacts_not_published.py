"""Contacts are personal data: never published through /ows, whatever is asked and by whom."""

from __future__ import annotations

import re

import pytest
from support import wfs_geojson

COORDINATOR = "coordinator@crisis-centre.demo"  # sees every situation and every contact
NAMES = ("Goossens", "Vermeulen", "+3230041424", "katrien.goossens")


@pytest.mark.parametrize(
    "params",
    [
        {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetCapabilities"},
        {"SERVICE": "WMS", "VERSION": "1.3.0", "REQUEST": "GetCapabilities"},
        {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "DescribeFeatureType"},
    ],
)
def test_capabilities_name_no_contact_layer(sessions, ows, params):
    r = sessions(COORDINATOR).get(ows, params=params, timeout=60)
    assert r.status_code == 200
    # The service's own ContactInformation (who runs it) is not a layer; no layer or type is a contact table.
    assert not re.search(r"<(?:\w+:)?Name>[^<]*contact", r.text, re.IGNORECASE)
    assert not re.search(r'name="[^"]*contact', r.text, re.IGNORECASE)
    assert not any(name in r.text for name in NAMES)


@pytest.mark.parametrize("typename", ["contacts", "contact_links", "contact_access_log", "crisis.contacts"])
def test_get_feature_of_a_contact_table_is_refused(sessions, ows, typename):
    r = sessions(COORDINATOR).get(
        ows,
        params=wfs_geojson(typename),
        timeout=60,
    )
    assert "Exception" in r.text and not any(name in r.text for name in NAMES)
    wms = sessions(COORDINATOR).get(
        ows,
        params={
            "SERVICE": "WMS",
            "VERSION": "1.3.0",
            "REQUEST": "GetMap",
            "LAYERS": typename,
            "STYLES": "",
            "CRS": "EPSG:3857",
            "BBOX": "474000,6668000,495000,6689000",
            "WIDTH": "64",
            "HEIGHT": "64",
            "FORMAT": "image/png",
        },
        timeout=60,
    )
    assert "image/png" not in wms.headers.get("Content-Type", "")


def test_ogc_api_features_has_no_contact_collection(sessions, ows):
    collections = sessions(COORDINATOR).get(f"{ows}/wfs3/collections.json", timeout=60)
    assert collections.status_code == 200 and "contact" not in collections.text.lower()
    items = sessions(COORDINATOR).get(f"{ows}/wfs3/collections/contacts/items.json", timeout=60)
    assert items.status_code >= 400 and not any(name in items.text for name in NAMES)


def test_the_published_feed_layer_carries_no_contact_field(sessions, ows):
    r = sessions(COORDINATOR).get(
        ows,
        params=wfs_geojson("feed_entries,anchors,situations"),
        timeout=60,
    )
    assert r.status_code == 200 and not any(name in r.text for name in NAMES)
