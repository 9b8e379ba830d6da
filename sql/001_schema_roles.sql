-- Schema, extensions and the two roles the platform uses.
-- crisis_app: the role the services connect as; it owns nothing and gets only the rights it needs (see 008_grants.sql).
BEGIN;

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'crisis_app') THEN
        CREATE ROLE crisis_app NOLOGIN;
    END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS crisis;
COMMENT ON SCHEMA crisis IS 'Emergency planning and crisis management: situations, anchors, perimeters, feeds, plans, contacts, weather.';

-- Who is acting: the services set crisis.actor_id per transaction (SET LOCAL); NULL for migrations and loaders.
CREATE FUNCTION crisis.current_actor() RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('crisis.actor_id', true), '')::bigint
$$;
COMMENT ON FUNCTION crisis.current_actor() IS 'The platform user on whose behalf this transaction writes (GUC crisis.actor_id), or NULL.';

-- Migrations set crisis.migration = on (SET LOCAL); only then may append-only tables be changed.
CREATE FUNCTION crisis.in_migration() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('crisis.migration', true), '') = 'on'
       AND current_user <> 'crisis_app'
$$;
COMMENT ON FUNCTION crisis.in_migration() IS 'True inside a migration run by the schema owner; append-only tables may only change then.';

COMMIT;
