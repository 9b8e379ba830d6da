#!/usr/bin/env bash
# The plugin tests drive a whole headless QGIS desktop session, in a pytest process of their own (like QGIS
# itself: one process per desktop). QGIS 3.22's network threads have been seen to deadlock or crash, rarely and
# only under heavy load, inside QGIS (the GIL held across a blocking call; pytest-timeout cannot fire then).
# An external timeout turns such a hang into a failure, and a hang or crash (not a failed test) is run again once.
set -uo pipefail
cd "$(dirname "$0")/.."
suite=tests/plugin  # unless the arguments name plugin tests themselves
for arg in "$@"; do case $arg in tests/plugin*) suite= ;; esac; done
for attempt in 1 2; do
    timeout -k 15 420 .venv/bin/python -m pytest $suite "$@"
    rc=$?
    case $rc in
        124|137|134|139) echo "plugin tests: QGIS hung or crashed (exit $rc) on attempt $attempt" >&2 ;;
        *) exit $rc ;;
    esac
done
exit 1
