"""The OGC front refuses to start where two requests could share a worker's QGIS project at once."""

from __future__ import annotations

import subprocess
import sys

import pytest

from server_services.config import ROOT


@pytest.mark.parametrize("options", [["--worker-class", "gthread", "--threads", "4"], ["--threads", "2"]])
def test_threaded_workers_are_refused(options, tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "server_services.ogc.wsgi:app",
            "--config",
            str(ROOT / "server_services" / "ogc" / "gunicorn_conf.py"),
            "--bind",
            "127.0.0.1:0",
            *options,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode != 0
    assert "sync workers" in result.stderr + result.stdout
