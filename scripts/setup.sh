#!/usr/bin/env bash
# Set-up shared by `make run` and `make test`: Debian packages that are missing, the .venv,
# and (unless DATABASE_URL is set) a private PostGIS cluster under var/. Safe to run again.
#   scripts/setup.sh run    what the platform needs
#   scripts/setup.sh test   the same, plus what the tests need (a browser, OGC clients)
# Roles of the private cluster: crisis_admin, its superuser, used here only (password in var/secrets, root's);
# crisis_owner, no superuser, owns the crisis database (migrations, demo, test fixtures: var/platform.env,
# root's); crisis_app, what the services connect as. Run as root, it also makes the system user `crisis` that
# the services run as.
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
          libjemalloc2 acl qgis-common)
if [ "$mode" = test ]; then
    packages+=(chromium chromium-driver python3-mock xvfb python3-mapscript)
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
# OpenLayers reduced to what the page uses (src/ol.js -> build/ol.js, esbuild from package-lock.json).
if [ ! -f "$web/build/ol.js" ] || [ -n "$(find "$web/src" "$web/package-lock.json" -newer "$web/build/ol.js" 2>/dev/null)" ]; then
    say "building the web view's OpenLayers bundle (npm run build)"
    (cd "$web" && npm run --silent build)
fi

mkdir -p "$VAR/log" "$VAR/run"
# The service user goes through var/ to var/run; var/secrets and var/platform.env stay root's alone.
chmod 755 "$VAR" "$VAR/log" "$VAR/run"

# --- The services' own system user (as root; not as a user, then the services run as that user) -----
service_user=crisis
if [ "$(id -u)" = 0 ]; then
    if ! id -u "$service_user" >/dev/null 2>&1; then
        say "creating the system user $service_user that the services run as"
        useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
            "$service_user"
    fi
    # It reads the code and the .venv: a checkout under a private folder (e.g. /root) gets a search-only ACL
    # on the folders above it for this user, and nothing more.
    reads() { (cd / && runuser -u "$service_user" -- test -r "$here/server_services/stack.py" -a -x "$here/.venv/bin/python"); }
    if ! reads; then
        dir=$here
        while [ "$dir" != / ]; do
            dir=$(dirname "$dir")
            (cd / && runuser -u "$service_user" -- test -x "$dir") || setfacl -m "u:$service_user:x" "$dir"
        done
        if ! reads; then  # files not readable for others (a umask of 077): the code and the .venv, not var/
            setfacl -m "u:$service_user:rx" "$here"
            setfacl -R -m "u:$service_user:rX" "$here/server_services" "$here/styles" "$here/.venv"
        fi
        reads || die "the user $service_user cannot read $here; give it read access (the services run as it)"
    fi
fi

# --- Database ------------------------------------------------------------------------------------
if [ -n "${DATABASE_URL:-}" ]; then
    say "using the database in DATABASE_URL (no private cluster)"
    exit 0
fi

secret() {  # a password kept in var/secrets (root's, or the user's who runs this), made once
    local f="$VAR/secrets/$1"
    mkdir -p "$VAR/secrets"; chmod 700 "$VAR/secrets"
    [ -s "$f" ] || (umask 077; openssl rand -hex 24 > "$f")
    chmod 600 "$f"
    cat "$f"
}
admin_pw=$(secret admin.password)   # the cluster's superuser, crisis_admin: this script only
owner_pw=$(secret owner.password)   # crisis_owner: migrations, the demo loader, the test fixtures
app_pw=$(secret app.password)       # crisis_app: the services

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

# --- Roles, database, extensions (as the superuser, which nothing else uses) -------------------------
psql_super() { PGPASSWORD="$admin_pw" PGOPTIONS="-c client_min_messages=warning" \
               psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U crisis_admin "$@"; }
psql_super -d postgres -c "DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'crisis_owner') THEN CREATE ROLE crisis_owner; END IF;
    -- CREATEDB: the test fixtures make databases of their own; pg_signal_backend: and drop them WITH (FORCE).
    ALTER ROLE crisis_owner LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
        PASSWORD '$owner_pw';
    IF NOT pg_has_role('crisis_owner', 'pg_signal_backend', 'MEMBER') THEN
        GRANT pg_signal_backend TO crisis_owner;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'crisis_app') THEN CREATE ROLE crisis_app; END IF;
    ALTER ROLE crisis_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS
        PASSWORD '$app_pw';
    -- No statement of a service runs longer than this (the OGC workers' own timeout is 60 s).
    ALTER ROLE crisis_app SET statement_timeout = '30s';
END \$\$;"
# Extensions that need a superuser, in template1 too: the databases the test fixtures make inherit them
# (the migrations' CREATE EXTENSION IF NOT EXISTS then has nothing to do).
extensions="CREATE EXTENSION IF NOT EXISTS postgis; CREATE EXTENSION IF NOT EXISTS citext;
            CREATE EXTENSION IF NOT EXISTS pgcrypto; CREATE EXTENSION IF NOT EXISTS pg_trgm;"
# Once per cluster: a connection to template1 makes a CREATE DATABASE of that moment (a test run) fail.
t1_stamp="cluster $(stat -c %i:%Y "$data/PG_VERSION"): $extensions"
if [ "$(cat "$pgdir/template1.extensions" 2>/dev/null)" != "$t1_stamp" ]; then
    psql_super -d template1 -c "$extensions"
    printf '%s' "$t1_stamp" > "$pgdir/template1.extensions"
fi
if ! psql_super -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'crisis'" | grep -q 1; then
    psql_super -d postgres -c "CREATE DATABASE crisis OWNER crisis_owner"
fi
psql_super -d postgres -c "ALTER DATABASE crisis OWNER TO crisis_owner"
psql_super -d crisis -c "$extensions"
# A cluster of an earlier set-up, where the superuser ran the migrations: what it made in the crisis
# database (outside the extensions) goes to crisis_owner. REASSIGN OWNED cannot take the bootstrap
# superuser's objects, hence one by one.
psql_super -d crisis -c "DO \$\$
DECLARE
    r record;
    super oid := (SELECT oid FROM pg_roles WHERE rolname = 'crisis_admin');
BEGIN
    FOR r IN SELECT n.oid, n.nspname FROM pg_namespace n
             WHERE n.nspowner = super AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'public')
               AND n.nspname NOT LIKE 'pg\\_%'
               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass
                               AND d.objid = n.oid AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER SCHEMA %I OWNER TO crisis_owner', r.nspname);
    END LOOP;
    FOR r IN SELECT c.oid, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relowner = super AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
               AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                               AND (d.deptype = 'e' OR (c.relkind = 'S' AND d.deptype IN ('a', 'i')))) LOOP
        EXECUTE format('ALTER %s %s OWNER TO crisis_owner',
                       CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                      WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END,
                       r.oid::regclass);
    END LOOP;
    FOR r IN SELECT p.oid, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE p.proowner = super AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg\\_%'
               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                               AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER %s %s OWNER TO crisis_owner',
                       CASE r.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
                       r.oid::regprocedure);
    END LOOP;
    FOR r IN SELECT t.oid, t.typtype FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
             WHERE t.typowner = super AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg\\_%'
               AND (t.typtype IN ('d', 'e', 'r')
                    OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
               AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid
                               AND d.deptype = 'e') LOOP
        EXECUTE format('ALTER %s %s OWNER TO crisis_owner',
                       CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, r.oid::regtype);
    END LOOP;
END \$\$;"

owner_url="postgresql://crisis_owner:$owner_pw@127.0.0.1:$PGPORT/crisis"
umask 077
cat > "$VAR/platform.env" <<ENV
# Written by scripts/setup.sh for the private cluster; DATABASE_URL in the environment overrides it.
# Readable by root (or the user who ran the set-up) alone: the services get only the crisis_app URL.
CRISIS_OWNER_DATABASE_URL=$owner_url
CRISIS_APP_DATABASE_URL=postgresql://crisis_app:$app_pw@127.0.0.1:$PGPORT/crisis
CRISIS_PRIVATE_CLUSTER=1
PGPORT=$PGPORT
ENV
chmod 600 "$VAR/platform.env"
