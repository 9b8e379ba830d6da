"""How `make test` shares the suites between two pytest-xdist workers (`-n 2 --dist loadgroup`).

One serial run keeps about 1.3 of the 2 cores busy: each test waits on a chain of client, server and database.
Two workers keep both busy. The tests on one running platform go to one worker together, so that each platform
(and its browser) starts once: the API and OGC suites share the main platform, the browser suites have one of
their own. Every other module (own servers, or none) is a group of its own and fills in beside them. The browser
suites go out first, as they take the longest, then the shared platform's.

The groups are decided where the tests are collected (in each worker, from the fixtures a test uses) and read
by the scheduler in the controlling process from a file per worker. xdist's own loadgroup passes the group in a
suffix of the node id, which pytest 9.2 no longer lets it change (pytest-dev/pytest-xdist#1386): its groups
are silently ignored there.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest

FIRST_GROUPS = ("platform:tests/web", "platform:tests")
_GROUPS_DIR = pytest.StashKey[Path]()


def worker_group(item: pytest.Item) -> str:
    """`platform:<folder of the conftest that starts it>` for a test on a running platform, else its module."""
    platform = item._fixtureinfo.name2fixturedefs.get("platform")
    if platform:
        return f"platform:{platform[-1].baseid}"  # tests: the shared one; tests/web: the browsers'
    return item.nodeid.split("::")[0]


def _groups_dir(config: pytest.Config) -> Path | None:
    """The folder the workers write their groups to (made by the controlling process), if this run has one."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:
        return Path(workerinput["crisis_groups"]) if "crisis_groups" in workerinput else None
    return config.stash.get(_GROUPS_DIR, None)


def _grouping(config: pytest.Config) -> bool:
    return config.getvalue("dist") == "loadgroup" if config.pluginmanager.hasplugin("xdist") else False


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """Controlling process, once per worker: where that worker writes its groups."""
    config = node.config
    if not _grouping(config):
        return
    if _GROUPS_DIR not in config.stash:
        config.stash[_GROUPS_DIR] = Path(tempfile.mkdtemp(prefix="crisis-test-groups-"))
    node.workerinput["crisis_groups"] = str(config.stash[_GROUPS_DIR])


def pytest_unconfigure(config: pytest.Config) -> None:
    if _GROUPS_DIR in config.stash:
        shutil.rmtree(config.stash[_GROUPS_DIR], ignore_errors=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In each worker: the longest groups first, and the groups written down for the scheduler."""
    folder = _groups_dir(config)
    if folder is None or not hasattr(config, "workerinput"):
        return
    groups = {item: worker_group(item) for item in items}
    rank = {name: i for i, name in enumerate(FIRST_GROUPS)}
    items.sort(key=lambda item: rank.get(groups[item], len(rank)))
    target = folder / f"{config.workerinput['workerid']}.json"
    target.write_text(json.dumps({item.nodeid: group for item, group in groups.items()}), encoding="utf-8")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    """Controlling process: xdist's scope scheduler, with our groups as its scopes."""
    if not _grouping(config):
        return None
    from xdist.scheduler import LoadScopeScheduling

    config.option.loadscopereorder = False  # the workers' order (longest first), not the number of tests

    class SuiteScheduling(LoadScopeScheduling):
        groups: dict[str, str] | None = None

        def _split_scope(self, nodeid: str) -> str:
            if self.groups is None:  # every worker has collected (and written its file) by the first call
                self.groups = {}
                for path in sorted(config.stash[_GROUPS_DIR].glob("*.json")):
                    self.groups.update(json.loads(path.read_text(encoding="utf-8")))
            return self.groups.get(nodeid, nodeid.split("::")[0])

    return SuiteScheduling(config, log)
