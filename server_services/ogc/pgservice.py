"""The libpq service file the published project connects through, so that no credential is written in a .qgs.

One section for reading (the crisis_app role) and, made on demand, one per acting user for WFS-T writes: its
`options` set the GUC crisis.actor_id for the whole session, so the database's triggers (write rights, author,
audit, DELETE) know the user without any SQL from the client's request.
"""

from __future__ import annotations

import fcntl
import os
import re
from contextlib import contextmanager
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict

BASE_SERVICE = "crisis_ows"


def actor_service(user_id: int) -> str:
    return f"{BASE_SERVICE}_actor_{int(user_id)}"


def _section(name: str, params: dict[str, str]) -> str:
    lines = [f"[{name}]"]
    for key, value in params.items():
        value = str(value)
        if "\n" in value or "\r" in value:
            raise ValueError(f"connection parameter {key} holds a line break")
        lines.append(f"{key}={value}")
    return "\n".join(lines) + "\n\n"


def _params(database_url: str) -> dict[str, str]:
    params = {k: v for k, v in conninfo_to_dict(database_url).items() if v is not None and k != "options"}
    params.setdefault("application_name", "crisis-ows")
    return params


@contextmanager
def _locked(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _replace(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(text)
    os.replace(tmp, path)


_ACTOR_SECTION = re.compile(rf"^\[{BASE_SERVICE}_actor_(\d+)\]$", re.MULTILINE)


def _actor_section(database_url: str, user_id: int) -> str:
    params = _params(database_url)
    params["options"] = f"-c crisis.actor_id={int(user_id)} -c crisis.front=ows"
    params["application_name"] = f"crisis-ows-actor-{int(user_id)}"
    return _section(actor_service(user_id), params)


def write_base(path: Path, database_url: str) -> None:
    """(Re)write the file for this database. Actor sections already there are written again (a running
    worker may still open connections through them); others come on demand."""
    with _locked(path):
        actors = sorted({int(i) for i in _ACTOR_SECTION.findall(path.read_text())}) if path.exists() else []
        _replace(
            path,
            "# Written by server_services/ogc/pgservice.py; regenerated at each start.\n\n"
            + _section(BASE_SERVICE, _params(database_url))
            + "".join(_actor_section(database_url, user_id) for user_id in actors),
        )


def ensure_actor(path: Path, database_url: str, user_id: int) -> str:
    """The service name whose sessions act as user_id (section added if missing)."""
    name = actor_service(user_id)
    with _locked(path):
        text = path.read_text() if path.exists() else ""
        if f"[{name}]\n" not in text:
            _replace(path, text + _actor_section(database_url, user_id))
    return name
