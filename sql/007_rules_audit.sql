-- Rules the database enforces for everyone: valid geometry, server-set fields, write rights, the audit log.
BEGIN;

-- Access rules, used by the API, the OGC front and the triggers below.
CREATE FUNCTION crisis.user_sees_all(p_user bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT FROM crisis.users u JOIN crisis.organisations o ON o.id = u.organisation_id
        WHERE u.id = p_user AND u.active AND o.kind = 'national_crisis_centre' AND u.role IN ('coordinator', 'admin')
    )
$$;
COMMENT ON FUNCTION crisis.user_sees_all(bigint) IS 'True for coordinators and admins of the national crisis centre, who see every situation.';

CREATE FUNCTION crisis.can_see_situation(p_user bigint, p_situation bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT FROM crisis.users u JOIN crisis.situations s ON s.id = p_situation
        WHERE u.id = p_user AND u.active
          AND (s.owner_org_id = u.organisation_id
               OR EXISTS (SELECT FROM crisis.situation_shares sh
                          WHERE sh.situation_id = s.id AND sh.organisation_id = u.organisation_id)
               OR crisis.user_sees_all(u.id))
    )
$$;
COMMENT ON FUNCTION crisis.can_see_situation(bigint, bigint) IS 'A user sees the situations its organisation owns or that are shared with it; national crisis centre coordinators see all.';

CREATE FUNCTION crisis.can_write_situation(p_user bigint, p_situation bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT crisis.can_see_situation(p_user, p_situation)
       AND EXISTS (SELECT FROM crisis.users u WHERE u.id = p_user AND u.role IN ('editor', 'coordinator', 'admin'))
       AND EXISTS (SELECT FROM crisis.situations s WHERE s.id = p_situation AND s.status IN ('draft', 'active'))
$$;
COMMENT ON FUNCTION crisis.can_write_situation(bigint, bigint) IS 'Editors, coordinators and admins write in the situations they see, while the situation is draft or active.';

CREATE FUNCTION crisis.visible_situation_ids(p_user bigint) RETURNS SETOF bigint
LANGUAGE sql STABLE AS $$
    SELECT s.id FROM crisis.situations s
    WHERE crisis.user_sees_all(p_user)
       OR s.owner_org_id = (SELECT organisation_id FROM crisis.users WHERE id = p_user AND active)
       OR s.id IN (SELECT sh.situation_id FROM crisis.situation_shares sh
                   JOIN crisis.users u ON u.organisation_id = sh.organisation_id
                   WHERE u.id = p_user AND u.active)
$$;
COMMENT ON FUNCTION crisis.visible_situation_ids(bigint) IS 'The ids of the situations a user may see (same rule as can_see_situation), for set-based filtering.';

-- Geometry: non-empty, valid, within WGS84 bounds. TG_ARGV[0] names the geometry column.
CREATE FUNCTION crisis.check_geometry() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    g geometry;
    reason text;
BEGIN
    EXECUTE format('SELECT ($1).%I', TG_ARGV[0]) INTO g USING NEW;
    IF g IS NULL THEN
        RETURN NEW;
    END IF;
    IF ST_IsEmpty(g) THEN
        RAISE EXCEPTION '%.%: empty geometry', TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = 'check_violation';
    END IF;
    IF ST_XMin(g) < -180 OR ST_XMax(g) > 180 OR ST_YMin(g) < -90 OR ST_YMax(g) > 90 THEN
        RAISE EXCEPTION '%.%: coordinates out of range for EPSG:4326 (longitude -180..180, latitude -90..90)',
            TG_TABLE_NAME, TG_ARGV[0] USING ERRCODE = 'check_violation';
    END IF;
    IF NOT ST_IsValid(g) THEN
        reason := ST_IsValidReason(g);
        RAISE EXCEPTION '%.%: invalid geometry: %', TG_TABLE_NAME, TG_ARGV[0], reason
            USING ERRCODE = 'check_violation', HINT = 'Polygons must not self-intersect (no bow-ties); rings must be closed.';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION crisis.check_geometry() IS 'Refuses empty, invalid (self-intersecting) or out-of-range geometries with a clear message.';

CREATE TRIGGER situations_check_geometry BEFORE INSERT OR UPDATE OF area ON crisis.situations
    FOR EACH ROW EXECUTE FUNCTION crisis.check_geometry('area');
CREATE TRIGGER anchors_check_geometry BEFORE INSERT OR UPDATE OF geom ON crisis.anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.check_geometry('geom');
CREATE TRIGGER perimeters_check_geometry BEFORE INSERT OR UPDATE OF geom ON crisis.perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.check_geometry('geom');
CREATE TRIGGER feed_entries_check_geometry BEFORE INSERT ON crisis.feed_entries
    FOR EACH ROW EXECUTE FUNCTION crisis.check_geometry('location');
CREATE TRIGGER plans_check_geometry BEFORE INSERT OR UPDATE OF zone ON crisis.plans
    FOR EACH ROW EXECUTE FUNCTION crisis.check_geometry('zone');
CREATE TRIGGER plan_anchors_check_geometry BEFORE INSERT OR UPDATE OF geom ON crisis.plan_anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.check_geometry('geom');
CREATE TRIGGER plan_perimeters_check_geometry BEFORE INSERT OR UPDATE OF geom ON crisis.plan_perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.check_geometry('geom');
CREATE TRIGGER weather_observations_check_geometry BEFORE INSERT OR UPDATE OF geom ON crisis.weather_observations
    FOR EACH ROW EXECUTE FUNCTION crisis.check_geometry('geom');

-- Anchors and perimeters: author, organisation, times and version are the server's, whatever the client sends.
-- The actor is crisis.actor_id, or else the updated_by the OGC front wrote into the request.
-- A client that sends a version other than the current one is writing over a change it has not seen: refused.
CREATE FUNCTION crisis.stamp_feature() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := coalesce(crisis.current_actor(), NEW.updated_by);
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
COMMENT ON FUNCTION crisis.stamp_feature() IS 'Sets author, organisation, times and version of anchors and perimeters; enforces write rights for the service role and optimistic locking on version.';
CREATE TRIGGER anchors_stamp BEFORE INSERT OR UPDATE ON crisis.anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.stamp_feature();
CREATE TRIGGER perimeters_stamp BEFORE INSERT OR UPDATE ON crisis.perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.stamp_feature();

CREATE FUNCTION crisis.check_feature_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := crisis.current_actor();
BEGIN
    IF current_user = 'crisis_app' AND (actor IS NULL OR NOT crisis.can_write_situation(actor, OLD.situation_id)) THEN
        RAISE EXCEPTION '%: user % may not delete in situation %', TG_TABLE_NAME, actor, OLD.situation_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
END
$$;
COMMENT ON FUNCTION crisis.check_feature_delete() IS 'The service role deletes anchors and perimeters only on behalf of a user (crisis.actor_id) who may write the situation.';
CREATE TRIGGER anchors_check_delete BEFORE DELETE ON crisis.anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.check_feature_delete();
CREATE TRIGGER perimeters_check_delete BEFORE DELETE ON crisis.perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.check_feature_delete();

-- The service role posts to a feed only on behalf of a user who may write the situation.
CREATE FUNCTION crisis.check_feed_write() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_user = 'crisis_app' THEN
        IF NEW.author_id IS NULL OR NOT crisis.can_write_situation(NEW.author_id, NEW.situation_id) THEN
            RAISE EXCEPTION 'feed_entries: user % may not post in situation %', NEW.author_id, NEW.situation_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER feed_entries_check_write BEFORE INSERT ON crisis.feed_entries
    FOR EACH ROW EXECUTE FUNCTION crisis.check_feed_write();

-- Every earlier shape of a perimeter goes to perimeter_history.
CREATE FUNCTION crisis.perimeter_keep_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crisis, public AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NOT (OLD.geom IS DISTINCT FROM NEW.geom OR OLD.kind IS DISTINCT FROM NEW.kind
                                 OR OLD.label IS DISTINCT FROM NEW.label) THEN
        RETURN NULL;
    END IF;
    INSERT INTO crisis.perimeter_history (perimeter_id, situation_id, version, kind, label, geom, valid_from, valid_to, changed_by, operation)
    VALUES (OLD.id, OLD.situation_id, OLD.version, OLD.kind, OLD.label, OLD.geom, OLD.updated_at, now(),
            CASE WHEN TG_OP = 'UPDATE' THEN NEW.updated_by ELSE crisis.current_actor() END, TG_OP);
    RETURN NULL;
END
$$;
CREATE TRIGGER perimeters_keep_history AFTER UPDATE OR DELETE ON crisis.perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.perimeter_keep_history();

-- The audit log: who, what, when, before and after, for every write to every table.
CREATE TABLE crisis.audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    table_name text NOT NULL,
    operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    row_id text,
    actor_id bigint,
    db_user text NOT NULL DEFAULT session_user,
    txid bigint NOT NULL DEFAULT txid_current(),
    before jsonb,
    after jsonb
);
CREATE INDEX audit_log_table_row_idx ON crisis.audit_log (table_name, row_id);
CREATE INDEX audit_log_actor_idx ON crisis.audit_log (actor_id);
CREATE INDEX audit_log_at_idx ON crisis.audit_log (at);
COMMENT ON TABLE crisis.audit_log IS 'One row per written row of every table: who (platform user and database role), what, when, before and after. Append-only; secrets and file contents are left out.';
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON crisis.audit_log
    FOR EACH ROW EXECUTE FUNCTION crisis.refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON crisis.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION crisis.refuse_change();

CREATE FUNCTION crisis.audit_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crisis, public AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - 'password_hash' - 'token_hash' - 'content' - 'search_vector' END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - 'password_hash' - 'token_hash' - 'content' - 'search_vector' END;
BEGIN
    INSERT INTO crisis.audit_log (table_name, operation, row_id, actor_id, before, after)
    VALUES (TG_TABLE_NAME, TG_OP, coalesce(new_row, old_row) ->> 'id',
            coalesce(crisis.current_actor(),
                     (new_row ->> 'updated_by')::bigint, (new_row ->> 'author_id')::bigint,
                     (new_row ->> 'created_by')::bigint),
            old_row, new_row);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION crisis.audit_row() IS 'Audit trigger: writes one audit_log row per written row.';

DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'crisis' AND c.relkind = 'r' AND c.relname <> 'audit_log'
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON crisis.%I FOR EACH ROW EXECUTE FUNCTION crisis.audit_row()',
                       t || '_audit', t);
    END LOOP;
END
$$;

-- Plan activation: copy the prepared anchors and perimeters of a plan into a situation, once.
CREATE FUNCTION crisis.activate_plan(p_plan bigint, p_situation bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    activation bigint;
BEGIN
    INSERT INTO crisis.plan_activations (plan_id, situation_id, activated_by)
    VALUES (p_plan, p_situation, crisis.current_actor())
    ON CONFLICT (plan_id, situation_id) DO NOTHING
    RETURNING id INTO activation;
    IF activation IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO crisis.anchors (situation_id, kind, label, geom)
    SELECT p_situation, kind, label, geom FROM crisis.plan_anchors WHERE plan_id = p_plan ORDER BY id;
    INSERT INTO crisis.perimeters (situation_id, kind, label, geom)
    SELECT p_situation, kind, label, geom FROM crisis.plan_perimeters WHERE plan_id = p_plan ORDER BY id;
    RETURN activation;
END
$$;
COMMENT ON FUNCTION crisis.activate_plan(bigint, bigint) IS 'Activates a plan on a situation: copies its prepared anchors and perimeters into it. Returns the activation id, or NULL if it was already active there.';

COMMIT;
