"""gunicorn settings of the OGC front that the command line cannot carry (server_services/stack.py passes this
file with --config): a memory ceiling for each worker, and sync workers only.

One request must not be able to grow a worker without bound (a huge GetMap, a format that renders the whole map
in memory): each worker's address space is limited (RLIMIT_AS, soft and hard), set right after the fork and
before QGIS Server is loaded. A worker at rest takes about 0.9 GB of address space (0.25 GB resident) and a
4096 x 4096 GetMap about 1.0 GB; past the ceiling an allocation fails, the request fails or the worker ends, and
gunicorn starts another. CRISIS_OWS_WORKER_MEMORY_MB changes the ceiling (0: none).
"""

from __future__ import annotations

import os
import resource

DEFAULT_MEMORY_MB = 2048


def memory_limit_bytes(environ=os.environ) -> int | None:
    megabytes = int(environ.get("CRISIS_OWS_WORKER_MEMORY_MB", DEFAULT_MEMORY_MB))
    return megabytes * 1024 * 1024 if megabytes > 0 else None


def post_fork(server, worker):
    limit = memory_limit_bytes()
    if limit is None:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def on_starting(server):
    """The OGC front sets each request's caller and subset strings on one shared QGIS project (server.py,
    access.py): correct only while a worker serves one request at a time. A threaded or asynchronous worker class
    would let two callers' requests meet on that project, so the front does not start under one."""
    cfg = server.cfg
    if cfg.worker_class_str != "sync" or cfg.threads > 1:
        raise SystemExit(
            f"the OGC front needs gunicorn's sync workers, one request at a time per worker "
            f"(got --worker-class {cfg.worker_class_str} --threads {cfg.threads})"
        )
