"""The trigger chains of the data model, in firing order, as sql/README.md lists them (`crisis triggers`).

PostgreSQL fires a table's row triggers of one timing in the alphabetical order of their names: the order the
rules apply in (defaults before checks, checks before stamping, stamping before the audit) is the order of these
names, which is easy to break by adding one. sql/README.md is written from the database by this module, and a
test compares it with pg_trigger so that a change of order is seen.
"""

from __future__ import annotations

import psycopg

# Triggers of the crisis schemas, in the order PostgreSQL fires them for each table and event.
TRIGGERS = """
SELECT c.relname AS table_name, n.nspname AS schema_name, t.tgname AS name,
       CASE WHEN t.tgtype & 2 <> 0 THEN 'BEFORE' WHEN t.tgtype & 64 <> 0 THEN 'INSTEAD OF' ELSE 'AFTER' END
           AS timing,
       CASE WHEN t.tgtype & 1 <> 0 THEN 'row' ELSE 'statement' END AS level,
       concat_ws(' OR ', CASE WHEN t.tgtype & 4 <> 0 THEN 'INSERT' END,
                 CASE WHEN t.tgtype & 16 <> 0 THEN 'UPDATE' END, CASE WHEN t.tgtype & 8 <> 0 THEN 'DELETE' END,
                 CASE WHEN t.tgtype & 32 <> 0 THEN 'TRUNCATE' END) AS events,
       p.proname AS function
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_proc p ON p.oid = t.tgfoid
WHERE NOT t.tgisinternal AND n.nspname LIKE 'crisis%%'
ORDER BY n.nspname, c.relname, CASE WHEN t.tgtype & 2 <> 0 THEN 0 WHEN t.tgtype & 64 <> 0 THEN 1 ELSE 2 END,
         t.tgtype & 1 DESC, t.tgname COLLATE "C"
"""

HEADER = """# The data model's trigger chains

Written by `crisis triggers` from a migrated database (`tests/db/test_trigger_chains.py` fails when this file
and the database disagree): for each table, its triggers in the order PostgreSQL fires them — BEFORE, then
AFTER; row triggers of one timing in the alphabetical order of their names. The rules of the model live in
these chains (server-set ids and authors, geometry checks, versions, write rights, the audit log, history,
notifications), so a new rule takes a name that places it where it must run, one concept per migration.
"""


def chains(conn: psycopg.Connection) -> str:
    """The markdown of sql/README.md for the database behind `conn`."""
    lines = [HEADER.rstrip("\n")]
    current = None
    for table, schema, name, timing, level, events, function in conn.execute(TRIGGERS).fetchall():
        if (schema, table) != current:
            current = (schema, table)
            lines += [
                "",
                f"## {schema}.{table}",
                "",
                "| # | timing | events | trigger | function |",
                "| --- | --- | --- | --- | --- |",
            ]
            number = 0
        number += 1
        level_note = "" if level == "row" else " (per statement)"
        lines.append(f"| {number} | {timing}{level_note} | {events} | `{name}` | `{function}()` |")
    return "\n".join(lines) + "\n"
