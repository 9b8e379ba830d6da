-- The acting user of a write by the service role (crisis_app) is crisis.actor_id and nothing else: a client
-- sending updated_by (a WFS-T Insert or Update carries every field it likes) cannot name another author. Other
-- roles (the owner's loaders) may still name the author in updated_by when no actor is set.
BEGIN;

CREATE OR REPLACE FUNCTION crisis.stamp_feature() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    -- The service role names its user only through crisis.actor_id: an updated_by it sends names no one.
    actor bigint := CASE WHEN current_user = 'crisis_app' THEN crisis.current_actor()
                         ELSE coalesce(crisis.current_actor(), NEW.updated_by) END;
BEGIN
    IF current_user = 'crisis_app' THEN
        IF actor IS NULL THEN
            RAISE EXCEPTION '%: no acting user given for this write', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT crisis.can_write_situation(actor, NEW.situation_id) THEN
            RAISE EXCEPTION '%: user % may not write in situation %', TG_TABLE_NAME, actor, NEW.situation_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
        NEW.created_at := now();
        NEW.created_by := actor;
        IF actor IS NOT NULL THEN
            NEW.organisation_id := (SELECT organisation_id FROM crisis.users WHERE id = actor);
        END IF;
    ELSE
        IF NEW.situation_id IS DISTINCT FROM OLD.situation_id THEN
            RAISE EXCEPTION '%: feature % cannot move to another situation', TG_TABLE_NAME, OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.version IS DISTINCT FROM OLD.version THEN
            RAISE EXCEPTION '%: feature % was changed by someone else (current version %, yours %)',
                TG_TABLE_NAME, OLD.id, OLD.version, NEW.version USING ERRCODE = 'serialization_failure';
        END IF;
        NEW.version := OLD.version + 1;
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
        NEW.organisation_id := OLD.organisation_id;
    END IF;
    NEW.updated_at := now();
    NEW.updated_by := actor;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION crisis.stamp_feature() IS 'Sets author, organisation, times and version of anchors and perimeters; for the service role the author is crisis.actor_id only; enforces write rights and optimistic locking on version.';

COMMIT;
