"""Migrations: each one transaction, forward-only, same schema from empty every time, changed files refused."""

from __future__ import annotations

import shutil
import subprocess

import psycopg
import pytest

from server_services.migrations import CORRECTED, MigrationError, discover, migrate


def _quiet(*_):
    pass


@pytest.mark.unit
def test_every_migration_is_one_transaction():
    migrations = discover()
    assert len(migrations) >= 8
    for m in migrations:
        text = m.text
        assert text.lstrip().startswith("--") or text.lstrip().startswith("BEGIN;"), m.name
        m.body()  # raises if BEGIN;/COMMIT; are missing
        # No statement after the closing COMMIT and no other transaction control inside.
        inner = m.body().upper()
        for word in ("\nCOMMIT;", "\nROLLBACK;", "\nBEGIN;"):
            assert word not in inner, f"{m.name} has {word.strip()} inside its transaction"


def test_a_file_without_begin_commit_is_refused(tmp_path, database_factory):
    (tmp_path / "001_bad.sql").write_text("CREATE TABLE crisis_bad (id int);\n")
    db = database_factory()
    with pytest.raises(MigrationError, match="BEGIN"):
        migrate(db.admin_url, sql_dir=tmp_path, log=_quiet)


def _schema_dump(url: str) -> str:
    out = subprocess.run(
        [
            "pg_dump",
            "--schema-only",
            "--no-owner",
            "--no-privileges",
            "--schema=crisis",
            "--schema=crisis_meta",
            "--dbname",
            url,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # Comment lines carry versions, and \restrict lines a random key per dump.
    return "\n".join(line for line in out.splitlines() if not line.startswith(("--", "\\restrict", "\\unrestrict")))


def test_upgrading_from_empty_gives_the_same_schema_twice(database_factory):
    first, second = database_factory(), database_factory()
    applied = migrate(first.admin_url, log=_quiet)
    assert applied == [m.name for m in discover()]
    migrate(second.admin_url, log=_quiet)
    assert migrate(first.admin_url, log=_quiet) == []  # a second run applies nothing
    assert _schema_dump(first.admin_url) == _schema_dump(second.admin_url)


def test_a_changed_applied_file_is_refused(tmp_path, database_factory):
    sql_dir = tmp_path / "sql"
    shutil.copytree(discover()[0].path.parent, sql_dir)
    db = database_factory()
    migrate(db.admin_url, sql_dir=sql_dir, log=_quiet)
    target = sorted(sql_dir.glob("*.sql"))[2]
    target.write_text(target.read_text().replace("COMMIT;", "-- edited after the fact\nCOMMIT;"))
    with pytest.raises(MigrationError, match="changed after it was applied"):
        migrate(db.admin_url, sql_dir=sql_dir, log=_quiet)


@pytest.mark.unit
def test_corrected_files_changed_only_their_comments():
    by_name = {m.name: m for m in discover()}
    for name, before in CORRECTED.items():
        assert by_name[name].checksum not in before, name
        assert by_name[name].statements_checksum in before.values(), f"{name}: a statement changed, not a comment"


def test_a_database_that_applied_a_file_before_its_comments_were_corrected_still_migrates(database_factory):
    db = database_factory()
    migrate(db.admin_url, log=_quiet)
    name, before = next(iter(CORRECTED.items()))
    with psycopg.connect(db.admin_url) as conn:
        conn.execute(
            "UPDATE crisis_meta.schema_migrations SET checksum = %s WHERE name = %s", (next(iter(before)), name)
        )
    assert migrate(db.admin_url, log=_quiet) == []


def test_a_failing_migration_leaves_nothing_behind(tmp_path, database_factory):
    sql_dir = tmp_path / "sql"
    shutil.copytree(discover()[0].path.parent, sql_dir)
    (sql_dir / "900_broken.sql").write_text(
        "BEGIN;\nCREATE TABLE crisis.half_done (id int);\nSELECT no_such_function();\nCOMMIT;\n"
    )
    db = database_factory()
    with pytest.raises(psycopg.Error):
        migrate(db.admin_url, sql_dir=sql_dir, log=_quiet)
    with psycopg.connect(db.admin_url) as conn:
        assert conn.execute("SELECT to_regclass('crisis.half_done')").fetchone()[0] is None
        names = [r[0] for r in conn.execute("SELECT name FROM crisis_meta.schema_migrations")]
    assert "900_broken.sql" not in names
    assert len(names) == len(discover())
