-- What the OGC front publishes: one relation per layer, each carrying situation_id (plan zones: plan_id),
-- the plan visibility rule its access filter needs, and ids that only the server chooses.
BEGIN;

-- Plans: a user sees the plans its organisation owns or that are shared with it, the plans in force on a
-- situation it sees, and (national crisis centre coordinators) all of them.
CREATE FUNCTION crisis.can_see_plan(p_user bigint, p_plan bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT FROM crisis.users u JOIN crisis.plans p ON p.id = p_plan
        WHERE u.id = p_user AND u.active
          AND (p.owner_org_id = u.organisation_id
               OR EXISTS (SELECT FROM crisis.plan_shares sh
                          WHERE sh.plan_id = p.id AND sh.organisation_id = u.organisation_id)
               OR EXISTS (SELECT FROM crisis.plan_activations a
                          WHERE a.plan_id = p.id AND crisis.can_see_situation(u.id, a.situation_id))
               OR crisis.user_sees_all(u.id))
    )
$$;
COMMENT ON FUNCTION crisis.can_see_plan(bigint, bigint) IS 'A user sees the plans its organisation owns or that are shared with it, those activated on a situation it sees; national crisis centre coordinators see all.';

CREATE FUNCTION crisis.visible_plan_ids(p_user bigint) RETURNS SETOF bigint
LANGUAGE sql STABLE AS $$
    SELECT p.id FROM crisis.plans p
    WHERE crisis.user_sees_all(p_user)
       OR p.owner_org_id = (SELECT organisation_id FROM crisis.users WHERE id = p_user AND active)
       OR p.id IN (SELECT sh.plan_id FROM crisis.plan_shares sh
                   JOIN crisis.users u ON u.organisation_id = sh.organisation_id
                   WHERE u.id = p_user AND u.active)
       OR p.id IN (SELECT a.plan_id FROM crisis.plan_activations a
                   WHERE a.situation_id IN (SELECT crisis.visible_situation_ids(p_user)))
$$;
COMMENT ON FUNCTION crisis.visible_plan_ids(bigint) IS 'The ids of the plans a user may see (same rule as can_see_plan), for set-based filtering.';

-- The situations layer: the area of interest of each situation, keyed by situation_id like every other layer.
CREATE VIEW crisis.situation_areas AS
SELECT s.id AS situation_id, s.kind, s.status, s.phase, s.activation_level, s.title, s.description,
       s.is_exercise, s.starts_at, s.ends_at, s.owner_org_id, o.name AS owner_organisation,
       s.version, s.created_at, s.updated_at, s.area
FROM crisis.situations s
JOIN crisis.organisations o ON o.id = s.owner_org_id;
COMMENT ON VIEW crisis.situation_areas IS 'Published as the OGC layer situations: one row per situation with its area of interest; is_exercise marks exercises and tests.';

-- The feed_entries layer: logbook entries that carry a location (the text search column stays private).
CREATE VIEW crisis.located_feed_entries AS
SELECT e.id, e.situation_id, e.channel, e.priority, e.body, e.author_id, u.display_name AS author_name,
       e.organisation_id, o.name AS organisation_name, e.discipline, e.corrects_id, e.is_system, e.created_at,
       e.location
FROM crisis.feed_entries e
LEFT JOIN crisis.users u ON u.id = e.author_id
LEFT JOIN crisis.organisations o ON o.id = e.organisation_id
WHERE e.location IS NOT NULL;
COMMENT ON VIEW crisis.located_feed_entries IS 'Published as the OGC layer feed_entries: the logbook entries that have a location, with author and organisation names.';

-- The plan_zones layer: the emergency planning zone of each plan.
CREATE VIEW crisis.plan_zones AS
SELECT p.id AS plan_id, p.code, p.kind, p.discipline, p.title, p.risk_site, p.status, p.owner_org_id,
       o.name AS owner_organisation, p.approved_on, p.next_review_on, p.zone AS geom
FROM crisis.plans p
JOIN crisis.organisations o ON o.id = p.owner_org_id
WHERE p.zone IS NOT NULL;
COMMENT ON VIEW crisis.plan_zones IS 'Published as the OGC layer plan_zones: the emergency planning zone of every plan that has one, keyed by plan_id.';

GRANT SELECT ON crisis.situation_areas, crisis.located_feed_entries, crisis.plan_zones TO crisis_app;

-- Ids of anchors and perimeters are the server's: a client of the service role (WFS-T Insert carrying an id)
-- must not pick one (it would collide with the identity sequence later) nor renumber a feature.
CREATE FUNCTION crisis.server_sets_id() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_user = 'crisis_app' THEN
        IF TG_OP = 'INSERT' THEN
            NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id'));
        ELSIF NEW.id IS DISTINCT FROM OLD.id THEN
            RAISE EXCEPTION '%: the id of feature % cannot change', TG_TABLE_NAME, OLD.id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION crisis.server_sets_id() IS 'For the service role, anchors and perimeters get their id from the identity sequence whatever the client sent, and keep it.';
CREATE TRIGGER anchors_server_sets_id BEFORE INSERT OR UPDATE ON crisis.anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.server_sets_id();
CREATE TRIGGER perimeters_server_sets_id BEFORE INSERT OR UPDATE ON crisis.perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.server_sets_id();

-- A WFS-T Insert names only the values the client has: what it leaves out takes the column's default rather than
-- NULL (QGIS Server inserts every column it knows of).
CREATE FUNCTION crisis.feature_defaults() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'anchors' THEN
        NEW.status := coalesce(NEW.status, 'active');
    END IF;
    NEW.label := coalesce(NEW.label, '');
    NEW.notes := coalesce(NEW.notes, '');
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION crisis.feature_defaults() IS 'Anchors and perimeters inserted without label, notes (or an anchor without status) get the column defaults instead of NULL.';
CREATE TRIGGER anchors_feature_defaults BEFORE INSERT ON crisis.anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.feature_defaults();
CREATE TRIGGER perimeters_feature_defaults BEFORE INSERT ON crisis.perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.feature_defaults();

COMMIT;
