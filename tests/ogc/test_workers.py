"""The OGC front's worker processes as the platform starts them."""

from __future__ import annotations

from pathlib import Path

from server_services.stack import JEMALLOC


def _children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def test_ogc_workers_allocate_with_jemalloc(platform):
    """QGIS Server allocates and frees small blocks for every attribute it writes: the OGC workers run with
    jemalloc (libjemalloc2, installed by scripts/setup.sh), which makes a large GetFeature about a sixth faster."""
    assert JEMALLOC is not None, "libjemalloc2 is not installed: scripts/setup.sh installs it"
    master = platform.running()["ows"]
    workers = _children(master)
    assert workers, "the OGC front has no worker processes"
    for pid in [master, *workers]:
        assert str(JEMALLOC) in Path(f"/proc/{pid}/maps").read_text(), f"process {pid} runs without jemalloc"
