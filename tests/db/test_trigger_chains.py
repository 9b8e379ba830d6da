"""sql/README.md lists each table's triggers in the order PostgreSQL fires them: the file is the database's."""

from __future__ import annotations

from server_services.config import SQL_DIR
from server_services.triggers import chains


def test_sql_readme_is_the_databases_trigger_order(admin_conn):
    """After a migration that adds or renames a trigger, run `crisis triggers` and read the new order."""
    assert (SQL_DIR / "README.md").read_text() == chains(admin_conn)


def test_the_rules_of_a_feature_fire_in_order(admin_conn):
    """Defaults before the read check, the read check before the server's stamp, the audit after the write."""
    text = chains(admin_conn)
    anchors = text.split("## crisis.anchors\n", 1)[1].split("\n## ", 1)[0]
    order = [line.split("`")[1] for line in anchors.splitlines() if line.startswith("| ") and "`" in line]
    for earlier, later in (
        ("anchors_feature_defaults", "anchors_read_check"),
        ("anchors_read_check", "anchors_stamp"),
        ("anchors_stamp", "anchors_audit"),
    ):
        assert order.index(earlier) < order.index(later), order
