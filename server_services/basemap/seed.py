"""Filling the tile cache for an area ahead of time (`crisis seed-tiles`): MapProxy's own seeder, run as the user
the tile cache belongs to, through the running platform's renderer for the embedded map."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .config import basemaps
from .mapproxy import seed_config


def seed(
    stack,
    bbox: tuple[float, float, float, float],
    levels: tuple[int, int],
    names: list[str] | None = None,
    environ=os.environ,
) -> subprocess.CompletedProcess:
    """Seeds the base maps `names` (default: all offered) of `stack` for `bbox` (EPSG:4326) at `levels`."""
    from ..stack import service_user

    config = stack.write_mapproxy_conf()
    names = names or [b.id for b in basemaps({**environ, **stack.extra_env})]
    seed_file = stack.basemap_dir / "seed.yaml"
    seed_file.write_text(json.dumps(seed_config(bbox, levels, names)))
    user = service_user(create=False)
    drop = {}
    if user is not None:
        os.chown(seed_file, user.uid, user.gid)
        drop = {"user": user.uid, "group": user.gid, "extra_groups": []}
    command = [
        str(Path(sys.executable).with_name("mapproxy-seed")),
        "-f",
        str(config),
        "-s",
        str(seed_file),
        "-c",
        "2",
        "--seed",
        "area",
        "-q",
    ]
    return subprocess.run(  # noqa: S603 - the fixed command above
        command,
        cwd="/",
        capture_output=True,
        text=True,
        timeout=3600,
        **drop,
    )
