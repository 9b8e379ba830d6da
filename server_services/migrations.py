"""Forward-only SQL migrations: apply sql/NNN_*.sql in order, each in one transaction, recorded with a checksum."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import psycopg

from .config import SQL_DIR

MIGRATION_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")
_BEGIN = re.compile(r"\A(?:\s*--[^\n]*\n)*\s*BEGIN;\s*\n", re.IGNORECASE)
_COMMIT = re.compile(r"\n\s*COMMIT;\s*\Z", re.IGNORECASE)

LEDGER_DDL = """
CREATE SCHEMA IF NOT EXISTS crisis_meta;
CREATE TABLE IF NOT EXISTS crisis_meta.schema_migrations (
    name text PRIMARY KEY,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE crisis_meta.schema_migrations
    IS 'Migrations applied to this database, with the SHA-256 of each file as applied.';
"""


# Applied files whose comment lines were corrected later, never their statements: file -> {checksum it had before:
# statements_checksum it had then}. A ledger may hold the checksum of before; tests/db/test_migrations.py checks
# that the statements are still those.
CORRECTED = {
    "001_schema_roles.sql": {
        "29e23864dc7b674a6078ff02ba8e2a85047c6813177c3cfb1cc6352d4c7c6d0c": "e32ce9e713800b3341e7cce98dbe67727cd4792ebc86650ebc8f4589a3311332",  # noqa: E501 - two checksums
    },
}


class MigrationError(RuntimeError):
    """A migration cannot be applied, or an applied one was changed."""


@dataclass(frozen=True)
class Migration:
    name: str
    path: Path

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()

    @property
    def statements_checksum(self) -> str:
        """The SHA-256 of the file without its comment lines."""
        lines = (line for line in self.text.splitlines() if not line.lstrip().startswith("--"))
        return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()

    def body(self) -> str:
        """The statements between the file's own BEGIN; and COMMIT; (both are required)."""
        text = self.text
        begin, commit = _BEGIN.search(text), _COMMIT.search(text)
        if not begin or not commit:
            raise MigrationError(f"{self.name}: a migration must start with BEGIN; and end with COMMIT;")
        return text[begin.end() : commit.start()]


def discover(sql_dir: Path = SQL_DIR) -> list[Migration]:
    found = []
    for path in sorted(sql_dir.glob("*.sql")):
        if not MIGRATION_NAME.match(path.name):
            raise MigrationError(f"{path.name}: migration files are named NNN_name.sql")
        found.append(Migration(path.name, path))
    numbers = [m.name[:3] for m in found]
    if len(set(numbers)) != len(numbers):
        raise MigrationError("two migration files share a number")
    return found


def applied(conn: psycopg.Connection) -> dict[str, str]:
    conn.execute(LEDGER_DDL)
    return dict(conn.execute("SELECT name, checksum FROM crisis_meta.schema_migrations").fetchall())


def migrate(database_url: str, sql_dir: Path = SQL_DIR, log=print) -> list[str]:
    """Apply what is missing; refuse to go on if an applied file changed. Returns the names applied now."""
    migrations = discover(sql_dir)
    done_now: list[str] = []
    with psycopg.connect(database_url, autocommit=True) as conn:
        if conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]:
            log(
                "note: migrating as a superuser; the schema's owner needs no more than to own the database "
                "(scripts/setup.sh's private cluster uses crisis_owner)"
            )
        # One migrator at a time per database.
        conn.execute("SELECT pg_advisory_lock(hashtext('crisis_meta.migrate'))")
        try:
            ledger = applied(conn)
            known = {m.name for m in migrations}
            for name in ledger:
                if name not in known:
                    raise MigrationError(f"{name} was applied to this database but is no longer in {sql_dir}")
            for m in migrations:
                if m.name in ledger:
                    if ledger[m.name] != m.checksum and ledger[m.name] not in CORRECTED.get(m.name, ()):
                        raise MigrationError(
                            f"{m.name} was changed after it was applied (checksum differs); "
                            "migrations are forward-only: add a new file instead"
                        )
                    continue
                body = m.body()
                with conn.transaction():
                    conn.execute("SET LOCAL crisis.migration = 'on'")
                    conn.execute(body)
                    conn.execute(
                        "INSERT INTO crisis_meta.schema_migrations (name, checksum) VALUES (%s, %s)",
                        (m.name, m.checksum),
                    )
                log(f"applied {m.name}")
                done_now.append(m.name)
        finally:
            conn.execute("SELECT pg_advisory_unlock(hashtext('crisis_meta.migrate'))")
    return done_now
