"""One domain layer below both fronts: the SQL lives in server_services/store (and the contacts' package), routes
only translate HTTP, the domain layer imports no front, and the OGC front (a QGIS Server worker) loads no Flask."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "server_services"

# Statements, as SQL is written in this code base (upper case); English prose does not match.
_SQL_TEXT = re.compile(
    r"\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+[\w.]+\s+(AS\s+\w+\s+)?SET|DELETE\s+FROM|"
    r"WITH\s+\w+\s+AS\s*\(|LISTEN\s+\w|NOTIFY\s+\w)"
)
_DB_CALLS = {"execute", "executemany", "copy"}


def sql_in(source: str) -> list[str]:
    """Where a module's source holds SQL: database calls, psycopg.sql, or statement text."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _DB_CALLS:
            found.append(f"line {node.lineno}: .{node.func.attr}(...)")
        elif isinstance(node, ast.ImportFrom) and node.module == "psycopg" and any(a.name == "sql" for a in node.names):
            found.append(f"line {node.lineno}: from psycopg import sql")
        elif isinstance(node, ast.Import | ast.ImportFrom) and "psycopg.sql" in (
            [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
        ):
            found.append(f"line {node.lineno}: import psycopg.sql")
        elif isinstance(node, ast.Attribute) and node.attr == "sql" and getattr(node.value, "id", None) == "psycopg":
            found.append(f"line {node.lineno}: psycopg.sql")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and _SQL_TEXT.search(node.value):
            found.append(f"line {node.lineno}: {_SQL_TEXT.search(node.value).group(0)!r}")
    return found


def _defines_blueprint(tree: ast.AST) -> bool:
    return any(
        isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "Blueprint"
        for node in ast.walk(tree)
    )


ROUTE_MODULES = sorted(
    p
    for p in PACKAGE.rglob("*.py")
    if "node_modules" not in p.parts and _defines_blueprint(ast.parse(p.read_text(encoding="utf-8")))
)


@pytest.mark.unit
def test_the_route_modules_are_found():
    names = {p.relative_to(PACKAGE).as_posix() for p in ROUTE_MODULES}
    assert {"api/situations.py", "api/users.py", "api/reference.py", "web/views.py"} <= names


@pytest.mark.unit
@pytest.mark.parametrize("path", ROUTE_MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_route_module_holds_sql(path):
    """Routes only translate HTTP into calls of the domain layer (server_services/store)."""
    assert sql_in(path.read_text(encoding="utf-8")) == []


@pytest.mark.unit
def test_the_command_line_holds_no_sql():
    assert sql_in((PACKAGE / "cli.py").read_text(encoding="utf-8")) == []


@pytest.mark.unit
@pytest.mark.parametrize(
    "source",
    [
        'bp = Blueprint("x", __name__)\ndef f():\n    return conn().execute("SELECT 1").fetchone()\n',
        'Q = """\nUPDATE crisis.users AS u SET role = %s\n"""\n',
        "from psycopg import sql\n",
        'Q = "DELETE FROM crisis.x WHERE id = %s"\n',
        "import psycopg\nq = psycopg.sql.SQL('x')\n",
    ],
)
def test_the_sql_finder_finds_sql(source):
    assert sql_in(source)


@pytest.mark.unit
def test_the_sql_finder_lets_prose_and_http_methods_be():
    assert sql_in('"""Select a plan, then update it."""\nbp.route("/x", methods=["DELETE", "UPDATE"])\n') == []


# --- imports ---------------------------------------------------------------------------------------------------


def _module_file(name: str) -> Path | None:
    path = ROOT.joinpath(*name.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


class _Imports(ast.NodeVisitor):
    """Every import of a module, those inside functions included; `if TYPE_CHECKING:` blocks left out."""

    def __init__(self, package: str):
        self.package, self.found = package, set()

    def visit_If(self, node: ast.If) -> None:  # noqa: N802 (ast API)
        if getattr(node.test, "id", None) != "TYPE_CHECKING":
            self.generic_visit(node)

    def visit_Import(self, node: ast.Import) -> None:  # noqa: N802
        self.found.update(alias.name for alias in node.names)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802
        if node.level:
            parts = self.package.split(".")
            base = parts[: len(parts) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        self.found.add(target)
        self.found.update(f"{target}.{a.name}" for a in node.names if _module_file(f"{target}.{a.name}"))


def imported_by(roots: list[str]) -> set[str]:
    """The modules that `roots` import, followed through the project's own modules (and their packages)."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = _module_file(name)
        if path is None:
            continue
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        visitor = _Imports(package)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8")))
        for found in visitor.found:
            parts = found.split(".")
            todo += [".".join(parts[:i]) for i in range(1, len(parts) + 1)]
    return seen


def _modules(package: str) -> list[str]:
    folder = ROOT.joinpath(*package.split("."))
    return [package] + [f"{package}.{p.stem}" for p in sorted(folder.glob("*.py")) if p.stem != "__init__"]


def _under(names: set[str], *prefixes: str) -> list[str]:
    return sorted(n for n in names if any(n == p or n.startswith(p + ".") for p in prefixes))


FRONTS = ("flask", "werkzeug", "server_services.api", "server_services.web", "server_services.ogc")
# pyogrio and geopandas carry a GDAL of their own: never beside QGIS's in an OGC worker.
OTHER_GDAL = ("pyogrio", "geopandas", "fiona")


@pytest.mark.unit
def test_the_domain_layer_imports_no_front():
    """Both fronts and the CLI call the store; the store calls none of them, and needs no QGIS."""
    imported = imported_by(_modules("server_services.store") + _modules("server_services.contacts"))
    assert _under(imported, *FRONTS, "qgis", *OTHER_GDAL) == []


@pytest.mark.unit
def test_the_ogc_front_imports_no_flask_nor_the_api():
    roots = [m for m in _modules("server_services.ogc") if m != "server_services.ogc.wsgi"]
    imported = imported_by(roots + ["server_services.ogc.wsgi"])
    assert _under(imported, "flask", "werkzeug", "server_services.api", "server_services.web", *OTHER_GDAL) == []
    assert "server_services.store.accounts" in imported  # the same authentication as the API's


_LOADED = """
import importlib, json, pkgutil, sys
import server_services.ogc, server_services.store
for package in (server_services.store, server_services.ogc):
    for module in pkgutil.iter_modules(package.__path__):
        if module.name != "wsgi":  # it builds the app (reads the settings); its one import is .app
            importlib.import_module(f"{package.__name__}.{module.name}")
print(json.dumps(sorted(sys.modules)))
"""


def test_loading_the_ogc_front_and_the_store_loads_no_flask():
    """As a QGIS Server worker does: import the OGC app (and every module of the front and of the store)."""
    done = subprocess.run([sys.executable, "-c", _LOADED], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "server_services.ogc.app" in loaded and "server_services.store.situations" in loaded
    assert _under(loaded, "flask", "werkzeug", "server_services.api", "server_services.web", *OTHER_GDAL) == []
