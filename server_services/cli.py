"""The platform's command line: `crisis migrate | demo | build-project | vocabulary | start | stop | status | purge`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .config import ConfigError, load_settings


def _cmd_migrate(args, settings) -> int:
    from .migrations import migrate

    applied = migrate(args.database_url or settings.owner_database_url)
    print(f"migrations: {len(applied)} applied now" if applied else "migrations: up to date")
    return 0


def _cmd_demo(args, settings) -> int:
    from .demo import load_demo

    loaded = load_demo(args.database_url or settings.owner_database_url, force=args.force)
    print("demo scenario loaded" if loaded else "demo scenario: the database is not empty, nothing loaded")
    return 0


def _cmd_triggers(args, settings) -> int:
    import psycopg

    from .config import SQL_DIR
    from .triggers import chains

    with psycopg.connect(args.database_url or settings.owner_database_url) as conn:
        (SQL_DIR / "README.md").write_text(chains(conn))
    print(f"written: {SQL_DIR / 'README.md'}")
    return 0


def _build_for_service_user(app_database_url: str, run_dir, user):
    """As root (`make run`), for OGC workers that run as the service user: the project is built in a folder of
    root's own and then moved into the OGC folder, owned by that user. Root never opens a file in a folder the
    service user writes in (a link planted there would make root write elsewhere)."""
    import fcntl
    import shutil
    import tempfile
    from contextlib import suppress

    from .ogc.project import OwsFiles, build_project

    target = OwsFiles(run_dir)
    target.folder.mkdir(parents=True, exist_ok=True)
    os.lchown(target.folder, user.uid, user.gid)
    staging = OwsFiles(Path(tempfile.mkdtemp(prefix=".build-", dir=run_dir)))
    lock = None
    try:
        staging.folder.mkdir(mode=0o700)
        # The workers' lock on their service file (pgservice.py), taken without creating or following anything.
        with suppress(OSError):
            lock = os.open(
                target.service_file.with_suffix(".lock"), os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
            )
            fcntl.flock(lock, fcntl.LOCK_EX)
        with suppress(OSError):  # the per-user sections of the running workers are kept (pgservice.write_base)
            fd = os.open(target.service_file, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
            with os.fdopen(fd, "rb") as current:
                text = current.read(1 << 20)
            fd = os.open(staging.service_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as copy:
                copy.write(text)
        build_project(app_database_url, staging.run_dir)
        for source, destination in ((staging.service_file, target.service_file), (staging.project, target.project)):
            os.chown(source, user.uid, user.gid)
            os.replace(source, destination)
    finally:
        if lock is not None:
            os.close(lock)
        shutil.rmtree(staging.run_dir, ignore_errors=True)
    return target.project


def _cmd_build_project(args, settings) -> int:
    from .ogc.project import ProjectError, build_project
    from .stack import service_user

    run_dir = Path(args.run_dir) if args.run_dir else settings.run_dir
    user = service_user()
    try:
        if user is None:
            path = build_project(settings.app_database_url, run_dir)
        else:
            path = _build_for_service_user(settings.app_database_url, run_dir, user)
    except ProjectError as exc:
        print(f"crisis: {exc}", file=sys.stderr)
        return 1
    print(f"published QGIS project written: {path}")
    return 0


def _cmd_vocabulary(args, settings) -> int:
    import psycopg

    from . import vocabulary
    from .config import ROOT
    from .vocabulary import export

    if args.from_file:
        data = vocabulary.load()
    else:
        with psycopg.connect(args.database_url or settings.app_database_url) as conn:
            data = export.read_database(conn)
    changed = export.write(data, check=args.check)
    for path in changed:
        print(f"{'differs' if args.check else 'written'}: {path.relative_to(ROOT)}")
    if not changed:
        print("vocabulary: every copy is the database's")
    return 1 if args.check and changed else 0


def _cmd_start(args, settings) -> int:
    from .stack import default_stack

    stack = default_stack(settings)
    stack.start()
    print(f"""
The crisis platform is running:
  web pages     {stack.origin}/
  service API   {stack.origin}/api   (health: {stack.origin}/api/health)
  OGC services  {stack.origin}/ows   (WMS 1.3.0, WFS 1.1.0 + Transaction, OGC API Features at /ows/wfs3)
  logs          {settings.log_dir}
Stop it with `make stop`.""")
    return 0


def _cmd_stop(args, settings) -> int:
    from .stack import default_stack

    default_stack(settings).stop()
    print("services stopped")
    return 0


def _cmd_status(args, settings) -> int:
    from .stack import default_stack

    running = default_stack(settings).running()
    for name, pid in running.items():
        print(f"{name:8} " + (f"running (pid {pid})" if pid else "stopped"))
    return 0 if all(running.values()) else 1


DEFAULT_RETENTION_MONTHS = 24


def _cmd_purge(args, settings) -> int:
    """Retention of personal data (run daily from cron): contact access-log rows and erased contacts' tombstones
    older than the retention go, with their audit copies (crisis.purge_contact_data, as the schema owner)."""
    import psycopg

    from .contacts import gdpr

    months = args.months
    if months is None:
        months = int(os.environ.get("CRISIS_CONTACT_RETENTION_MONTHS", DEFAULT_RETENTION_MONTHS))
    if months < 1:
        print("crisis: the retention is at least one month", file=sys.stderr)
        return 2
    with psycopg.connect(args.database_url or settings.owner_database_url) as conn:
        access_rows, tombstones = gdpr.purge(conn, months)
    print(f"purge (retention {months} months): {access_rows} contact access-log rows, {tombstones} erased contacts")
    return 0


def _cmd_seed_tiles(args, settings) -> int:
    """Fills the tile cache for an area (the running platform's renderer draws the embedded map), so that the base
    map is there where the network will fail."""
    from .basemap.seed import seed
    from .stack import default_stack

    stack = default_stack(settings)
    names = None if args.basemap == "all" else [args.basemap]
    bbox = tuple(float(v) for v in args.bbox.split(","))
    levels = tuple(int(v) for v in args.levels.split("-"))
    done = seed(stack, bbox, levels, names)
    if done.returncode != 0:
        print(f"crisis: seeding failed: {(done.stderr or done.stdout)[-2000:]}", file=sys.stderr)
        return 1
    print(f"tile cache seeded for {args.bbox}, levels {args.levels}: {stack.tile_cache}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crisis", description="Crisis platform administration.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("migrate", help="apply the SQL migrations that are missing")
    p.add_argument(
        "--database-url", help="owner connection, not a superuser (default: DATABASE_URL / var/platform.env)"
    )
    p.set_defaults(func=_cmd_migrate)
    p = sub.add_parser("demo", help="load the demo scenario into an empty database")
    p.add_argument("--database-url")
    p.add_argument("--force", action="store_true", help="load even if the database already holds data")
    p.set_defaults(func=_cmd_demo)
    p = sub.add_parser(
        "build-project", help="generate the QGIS project the OGC front publishes (from the database and styles/)"
    )
    p.add_argument("--run-dir", help="folder of the generated files (default: var/run)")
    p.set_defaults(func=_cmd_build_project)
    p = sub.add_parser("triggers", help="write the trigger chains in firing order (sql/README.md) from the database")
    p.add_argument("--database-url", help="owner connection (default: DATABASE_URL / var/platform.env)")
    p.set_defaults(func=_cmd_triggers)
    p = sub.add_parser(
        "vocabulary",
        help="export the code lists of the database to server_services/vocabulary/"
        "vocabulary.json and generate the plugin's and the styles' copies from it",
    )
    p.add_argument("--database-url", help="default: the services' connection (APP_DATABASE_URL)")
    p.add_argument("--from-file", action="store_true", help="regenerate the copies from vocabulary.json alone")
    p.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file would change")
    p.set_defaults(func=_cmd_vocabulary)
    sub.add_parser("start", help="start the services in the background").set_defaults(func=_cmd_start)
    p = sub.add_parser("seed-tiles", help="fill the base map's tile cache for an area before going to the field")
    p.add_argument("--bbox", default="2.5,49.45,6.45,51.55", help="min lon,min lat,max lon,max lat (EPSG:4326)")
    p.add_argument("--levels", default="0-12", help="zoom levels, e.g. 8-15")
    p.add_argument("--basemap", default="all", help="embedded, configured or all")
    p.set_defaults(func=_cmd_seed_tiles)
    sub.add_parser("stop", help="stop the services").set_defaults(func=_cmd_stop)
    sub.add_parser("status", help="which services run").set_defaults(func=_cmd_status)
    p = sub.add_parser(
        "purge",
        help="delete personal data past its retention: contact access-log rows and erased contacts (daily from cron)",
    )
    p.add_argument(
        "--months",
        type=int,
        help=f"retention in months (default: CRISIS_CONTACT_RETENTION_MONTHS, else {DEFAULT_RETENTION_MONTHS})",
    )
    p.add_argument("--database-url", help="owner connection (default: DATABASE_URL / var/platform.env)")
    p.set_defaults(func=_cmd_purge)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"crisis: {exc}", file=sys.stderr)
        return 2
    try:
        return args.func(args, settings)
    except ConfigError as exc:
        print(f"crisis: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # one place turns failures into a message and an exit code
        from .migrations import MigrationError
        from .stack import StackError

        if isinstance(exc, MigrationError | StackError):
            print(f"crisis: {exc}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
