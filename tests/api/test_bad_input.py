"""Bad input that only the whole platform shows: nginx refuses a body over its limit before the API reads it, and
nothing is written. Every field-by-field check is in process: tests/inprocess/test_validation.py."""

from __future__ import annotations

import psycopg

TABLES = ("feed_entries", "feed_attachments")


def _counts(url):
    with psycopg.connect(url) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM crisis.{t}").fetchone()[0] for t in TABLES}


def test_a_body_over_25_mib_is_refused_in_front_and_writes_nothing(clients, situations, database):
    before = _counts(database.admin_url)
    r = clients["planner@province-antwerp.demo"].post(
        f"/api/situations/{situations['incident']}/feed",
        data=b"x" * (25 * 1024 * 1024 + 10),
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code == 413
    assert _counts(database.admin_url) == before
