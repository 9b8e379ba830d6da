"""How the API reads bodies, query strings and ids (server_services/api/validation.py, http_policy.py): plain
functions, checked without a request."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest

from server_services.api.http_policy import BigintConverter
from server_services.api.validation import MAX_DEPTH, MAX_POSITIONS, Fields, bbox, parse_json_object

pytestmark = pytest.mark.unit  # needs nothing: `pytest -m unit`


def _errors(data: dict, check, allowed=None, text_values=False) -> tuple[object, dict]:
    fields = Fields(data, allowed=allowed, text_values=text_values)
    value = check(fields)
    return value, fields.errors


def test_every_problem_is_named_at_once():
    fields = Fields({"title": "", "kind": "party", "colour": "red"}, allowed={"title", "kind"})
    fields.string("title", required=True, min_len=3)
    fields.choice("kind", ("incident", "event"), required=True)
    fields.integer("version", required=True)
    with pytest.raises(Exception) as refused:
        fields.done()
    assert (refused.value.status, refused.value.code) == (422, "validation_error")
    assert set(refused.value.details["fields"]) == {"title", "kind", "version", "colour"}
    assert refused.value.details["fields"]["colour"] == "unknown field"


@pytest.mark.parametrize(
    "value, expected, error",
    [
        ("  Gas leak  ", "Gas leak", None),
        ("ab", None, "length must be between 3 and 300 characters"),
        ("a\x00bc", None, "must not contain NUL characters"),
        (42, None, "must be a string"),
        (None, None, "must not be null"),
    ],
)
def test_strings(value, expected, error):
    value, errors = _errors({"title": value}, lambda f: f.string("title", min_len=3, max_len=300))
    assert value == expected and errors.get("title") == error


@pytest.mark.parametrize(
    "value, text_values, expected",
    [
        (7, False, 7),
        ("7", True, 7),
        ("7", False, None),
        (True, False, None),
        (2**63, False, None),
        ("0x10", True, None),
        (-1, False, None),
    ],
)
def test_integers(value, text_values, expected):
    value, errors = _errors({"n": value}, lambda f: f.integer("n", minimum=0), text_values=text_values)
    assert value == expected and bool(errors) == (expected is None)


def test_null_is_none_only_where_allowed():
    assert _errors({"ends_at": None}, lambda f: f.timestamp("ends_at", nullable=True)) == (None, {})
    assert _errors({"ends_at": None}, lambda f: f.timestamp("ends_at"))[1] == {"ends_at": "must not be null"}


@pytest.mark.parametrize(
    "text, hour_utc", [("2026-07-21T09:30:00Z", 9), ("2026-07-21T09:30:00+02:00", 7), ("2026-07-21T09:30:00", 9)]
)  # no zone: UTC
def test_timestamps_are_zoned(text, hour_utc):
    assert _errors({"t": text}, lambda f: f.timestamp("t")) == (datetime(2026, 7, 21, hour_utc, 30, tzinfo=UTC), {})


@pytest.mark.parametrize("value", ["yesterday", 1784626200, "2026-13-01T00:00:00Z"])
def test_timestamps_refused(value):
    assert _errors({"t": value}, lambda f: f.timestamp("t"))[0] is None


@pytest.mark.parametrize(
    "coordinates, error",
    [
        ([4.4, 51.2], None),
        ([4.4, 51.2, 12.0], None),
        ([181, 51], "out of range"),
        ([4.4, -91], "out of range"),
        (["4.4", "51.2"], "finite numbers"),
        ([10**400, 51], "finite numbers"),
        ([float("nan"), 51], "finite numbers"),
        ([True, 51], "finite numbers"),
        ([4.4], "[longitude, latitude]"),
    ],
)
def test_points(coordinates, error):
    value, errors = _errors({"at": {"type": "Point", "coordinates": coordinates}}, lambda f: f.point("at"))
    if error is None:
        assert json.loads(value) == {"type": "Point", "coordinates": [float(c) for c in coordinates[:2]]}
    else:
        assert value is None and error in errors["at"]


def _ring(n: int) -> list[list[float]]:
    ring = [[4 + i / n, 51 + (i % 2) / 10] for i in range(n - 1)]
    return [*ring, ring[0]]


@pytest.mark.parametrize(
    "area, error",
    [
        ({"type": "Polygon", "coordinates": [[[4, 51], [5, 51], [5, 52], [4, 51]]]}, None),
        ({"type": "MultiPolygon", "coordinates": [[[[4, 51], [5, 51], [5, 52], [4, 51]]]]}, None),
        ({"type": "Polygon", "coordinates": [[[4, 51], [5, 51], [5, 52], [4, 52]]]}, "closed"),
        ({"type": "Polygon", "coordinates": [[[4, 51], [5, 51], [4, 51]]]}, "at least 4 positions"),
        ({"type": "Polygon", "coordinates": []}, "non-empty"),
        ({"type": "Point", "coordinates": [4, 51]}, "Polygon or MultiPolygon"),
        ({"type": "Polygon", "coordinates": [_ring(MAX_POSITIONS + 1)]}, f"at most {MAX_POSITIONS} positions"),
    ],
)
def test_areas_become_one_multipolygon(area, error):
    value, errors = _errors({"area": area}, lambda f: f.area("area"))
    if error is None:
        assert json.loads(value)["type"] == "MultiPolygon"
    else:
        assert value is None and error in errors["area"]


@pytest.mark.parametrize(
    "raw, refusal",
    [
        ('{"a": 1}', None),
        ("[1]", (422, "validation_error")),
        ('{"a": ', (400, "invalid_json")),
        ('{"a":' * (MAX_DEPTH - 1) + "1" + "}" * (MAX_DEPTH - 1), None),  # the leaf is the deepest level
        ('{"a":' * MAX_DEPTH + "1" + "}" * MAX_DEPTH, (400, "invalid_json")),
        ("[" * 100_000 + "]" * 100_000, (400, "invalid_json")),
        ('{"a": "\\ud800"}', (400, "invalid_json")),
        (b'{"a": "\xff"}', (400, "invalid_json")),
    ],
)
def test_json_bodies(raw, refusal):
    if refusal is None:
        assert isinstance(parse_json_object(raw), dict)
    else:
        with pytest.raises(Exception) as refused:  # the API's typed error: its status and code are the answer's
            parse_json_object(raw)
        assert (refused.value.status, refused.value.code) == refusal


@pytest.mark.parametrize(
    "text, expected",
    [
        ("4,51,5,52", [4.0, 51.0, 5.0, 52.0]),
        ("5,52,4,51", None),
        ("4,51,5", None),
        ("4,51,5,nan", None),
        ("-181,0,0,1", None),
    ],
)
def test_bbox(text, expected):
    value, errors = _errors({"bbox": text}, bbox, text_values=True)
    assert value == expected and bool(errors) == (expected is None)


@pytest.mark.parametrize(
    "digits, matches",
    [
        ("0", True),
        ("42", True),
        ("9223372036854775807", True),
        ("09223372036854775807", False),
        ("9223372036854775808", False),
        ("99999999999999999999", False),
        ("-1", False),
        ("\u0664\u0662", False),
    ],
)
def test_ids_in_paths_fit_a_bigint(digits, matches):
    assert bool(re.fullmatch(BigintConverter.regex, digits)) == matches
