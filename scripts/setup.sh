#!/usr/bin/env bash
# Set-up shared by `make run` and `make test`: Debian packages that are missing, the .venv,
# and (unless DATABASE_URL is set) a private PostGIS cluster under var/. Safe to run again.
#   scripts/setup.sh run    what the platform needs
#   scripts/setup.sh test   the same, plus what the tests need (a browser, OGC clients)
set -euo pipefail

mode=${1:-run}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
VAR=${CRISIS_VAR_DIR:-$here/var}
PGPORT=${PGPORT:-55432}
PGBIN=/usr/lib/postgresql/15/bin

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages -----------------------------------------------------------------------------
packages=(postgresql-15 postgresql-15-postgis-3 postgresql-contrib qgis-server python3-qgis gdal-bin
          python3-gdal python3-venv python3-pip nginx-light openssl ca-certificates qttools5-dev-tools
          libjemalloc2)
if [ "$mode" = test ]; then
    packages+=(chromium chromium-driver python3-mock xvfb)
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # Debian starts the packaged nginx and PostgreSQL clusters; the platform runs its own.
    as_root systemctl disable --now nginx >/dev/null 2>&1 || as_root service nginx stop >/dev/null 2>&1 || true
fi

# --- Python environment --------------------------------------------------------------------------
if [ ! -x .venv/bin/python ]; then
    say "creating .venv (Debian's python3, with system site packages for PyQGIS)"
    /usr/bin/python3 -m venv --system-site-packages .venv
fi
stamp=".venv/.installed-$(cat setup.cfg pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
    say "installing the platform into .venv"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    rm -f .venv/.installed-*
    touch "$stamp"
fi

# --- Browser libraries of the web situation view (OpenLayers, pinned by package-lock.json) -----------
if ! command -v npm >/dev/null 2>&1; then
    say "installing Node.js and npm"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
web=server_services/web
if [ ! -f "$web/node_modules/.package-lock.json" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
    say "installing the web view's libraries (npm ci)"
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi

mkdir -p "$VAR/log" "$VAR/run"

# --- Database ------------------------------------------------------------------------------------
if [ -n "${DATABASE_URL:-}" ]; then
    say "using the database in DATABASE_URL (no private cluster)"
    exit 0
fi

secret() {  # a password kept in var/secrets, made once
    local f="$VAR/secrets/$1"
    mkdir -p "$VAR/secrets"; chmod 700 "$VAR/secrets"
    [ -s "$f" ] || (umask 077; openssl rand -hex 24 > "$f")
    cat "$f"
}
admin_pw=$(secret admin.password)
app_pw=$(secret app.password)

# initdb refuses root: as root the cluster belongs to the postgres user.
if [ "$(id -u)" = 0 ]; then
    pguser=postgres
    run_pg() { (cd / && runuser -u postgres -- "$@"); }
else
    pguser=$(id -un)
    run_pg() { "$@"; }
fi

pgdir="$VAR/pg"
if [ ! -e "$pgdir" ]; then
    mkdir -p "$pgdir"
    [ "$(id -u)" = 0 ] && chown "$pguser" "$pgdir"
    if ! run_pg test -w "$pgdir"; then
        # The cluster user cannot reach the checkout (e.g. under a private home): keep the data
        # in a folder of its own and link it into var/.
        rmdir "$pgdir"
        # A name of this checkout's own (kept in var/): a later checkout at the same path gets a new cluster.
        [ -s "$VAR/.cluster-id" ] || openssl rand -hex 8 > "$VAR/.cluster-id"
        alt="/var/lib/crisis-platform/$(cat "$VAR/.cluster-id")"
        mkdir -p "$alt"; chown "$pguser" "$alt"; chmod 700 "$alt"
        ln -s "$alt" "$pgdir"
    fi
fi
# PostgreSQL gets the real path: through the var/pg link it would still have to cross the checkout.
pgdir=$(readlink -f "$pgdir")
data="$pgdir/data"; sock="$pgdir/run"; pglog="$pgdir/log"
run_pg mkdir -p "$sock" "$pglog"

if [ ! -f "$data/PG_VERSION" ]; then
    say "creating the private PostGIS cluster in $data"
    pwfile=$(mktemp); printf '%s\n' "$admin_pw" > "$pwfile"; chown "$pguser" "$pwfile"
    run_pg "$PGBIN/initdb" -D "$data" -U crisis_admin --pwfile="$pwfile" --auth=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
fi

if ! run_pg "$PGBIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    say "starting PostgreSQL on 127.0.0.1:$PGPORT"
    run_pg "$PGBIN/pg_ctl" -D "$data" -l "$pglog/postgresql.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $sock -c max_connections=400 -c shared_buffers=512MB" start >/dev/null \
        || die "PostgreSQL did not start; see $pglog/postgresql.log"
fi
ln -sf "$pglog/postgresql.log" "$VAR/log/postgresql.log" 2>/dev/null || true

admin_url="postgresql://crisis_admin:$admin_pw@127.0.0.1:$PGPORT/crisis"
psql_admin() { PGPASSWORD="$admin_pw" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U crisis_admin "$@"; }
if ! psql_admin -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'crisis'" | grep -q 1; then
    psql_admin -d postgres -c "CREATE DATABASE crisis"
fi
psql_admin -d postgres -c "DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'crisis_app') THEN CREATE ROLE crisis_app; END IF;
    ALTER ROLE crisis_app LOGIN PASSWORD '$app_pw';
END \$\$;"

umask 077
cat > "$VAR/platform.env" <<ENV
# Written by scripts/setup.sh for the private cluster; DATABASE_URL in the environment overrides it.
CRISIS_ADMIN_DATABASE_URL=$admin_url
CRISIS_APP_DATABASE_URL=postgresql://crisis_app:$app_pw@127.0.0.1:$PGPORT/crisis
CRISIS_PRIVATE_CLUSTER=1
PGPORT=$PGPORT
ENV
