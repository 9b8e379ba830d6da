"""The platform's command line: `crisis migrate | demo | build-project | start | stop | status`."""

from __future__ import annotations

import argparse
import sys

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


def _cmd_build_project(args, settings) -> int:
    from pathlib import Path

    from .ogc.project import OwsFiles, ProjectError, build_project
    from .stack import hand_over, service_user

    run_dir = Path(args.run_dir) if args.run_dir else settings.run_dir
    try:
        path = build_project(settings.app_database_url, run_dir)
    except ProjectError as exc:
        print(f"crisis: {exc}", file=sys.stderr)
        return 1
    # Run as root (`make run`): the OGC workers, as the service user, read these files and replace them.
    hand_over(OwsFiles(run_dir).folder, service_user())
    print(f"published QGIS project written: {path}")
    return 0


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crisis", description="Crisis platform administration.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("migrate", help="apply the SQL migrations that are missing")
    p.add_argument("--database-url", help="owner connection, not a superuser (default: DATABASE_URL / "
                   "var/platform.env)")
    p.set_defaults(func=_cmd_migrate)
    p = sub.add_parser("demo", help="load the demo scenario into an empty database")
    p.add_argument("--database-url")
    p.add_argument("--force", action="store_true", help="load even if the database already holds data")
    p.set_defaults(func=_cmd_demo)
    p = sub.add_parser("build-project", help="generate the QGIS project the OGC front publishes (from the database "
                       "and styles/)")
    p.add_argument("--run-dir", help="folder of the generated files (default: var/run)")
    p.set_defaults(func=_cmd_build_project)
    sub.add_parser("start", help="start the services in the background").set_defaults(func=_cmd_start)
    sub.add_parser("stop", help="stop the services").set_defaults(func=_cmd_stop)
    sub.add_parser("status", help="which services run").set_defaults(func=_cmd_status)
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
