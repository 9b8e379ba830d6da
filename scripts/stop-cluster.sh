#!/usr/bin/env bash
# Stop the private PostgreSQL cluster that scripts/setup.sh started (nothing to do with DATABASE_URL).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
data=$(readlink -f "${CRISIS_VAR_DIR:-$here/var}/pg")/data
[ -f "$data/PG_VERSION" ] || exit 0
if [ "$(id -u)" = 0 ]; then
    cd / && runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$data" status >/dev/null 2>&1 || exit 0
    cd / && runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$data" -m fast stop >/dev/null
else
    /usr/lib/postgresql/15/bin/pg_ctl -D "$data" status >/dev/null 2>&1 || exit 0
    /usr/lib/postgresql/15/bin/pg_ctl -D "$data" -m fast stop >/dev/null
fi
echo "database stopped"
