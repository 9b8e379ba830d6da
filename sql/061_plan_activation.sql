-- Activating a plan on a situation, checked in the database: only the coordinators and admins of the
-- organisation that owns the situation (or of the national crisis centre) may, while the situation is draft or
-- active, and only with a plan they may read. The prepared anchors and perimeters become the situation's own,
-- remembering the plan they came from; the logbook says who activated it. Deactivation withdraws the copies
-- nobody changed since and keeps (and names) the others.
BEGIN;

ALTER TABLE crisis.anchors
    ADD COLUMN plan_id bigint REFERENCES crisis.plans (id),
    ADD COLUMN plan_feature_id bigint;
ALTER TABLE crisis.perimeters
    ADD COLUMN plan_id bigint REFERENCES crisis.plans (id),
    ADD COLUMN plan_feature_id bigint;
CREATE INDEX anchors_plan_idx ON crisis.anchors (plan_id, situation_id);
CREATE INDEX perimeters_plan_idx ON crisis.perimeters (plan_id, situation_id);
COMMENT ON COLUMN crisis.anchors.plan_id IS 'The plan this anchor was copied from when the plan was activated on the situation (NULL: placed for the situation).';
COMMENT ON COLUMN crisis.anchors.plan_feature_id IS 'The prepared anchor (plan_anchors.id) it is a copy of.';
COMMENT ON COLUMN crisis.perimeters.plan_id IS 'The plan this perimeter was copied from when the plan was activated on the situation (NULL: drawn for the situation).';
COMMENT ON COLUMN crisis.perimeters.plan_feature_id IS 'The prepared perimeter (plan_perimeters.id) it is a copy of.';

ALTER TABLE crisis.plan_activations
    ADD COLUMN deactivated_at timestamptz,
    ADD COLUMN deactivated_by bigint REFERENCES crisis.users (id);
CREATE INDEX plan_activations_deactivated_by_idx ON crisis.plan_activations (deactivated_by);
COMMENT ON COLUMN crisis.plan_activations.deactivated_at IS 'When the plan was deactivated on the situation (NULL: in force there); a new activation clears it.';

-- A plan activated on a situation is readable by those who see the situation, while it is in force there.
CREATE OR REPLACE FUNCTION crisis.can_see_plan(p_user bigint, p_plan bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT FROM crisis.users u JOIN crisis.plans p ON p.id = p_plan
        WHERE u.id = p_user AND u.active
          AND (p.owner_org_id = u.organisation_id
               OR EXISTS (SELECT FROM crisis.plan_shares sh
                          WHERE sh.plan_id = p.id AND sh.organisation_id = u.organisation_id)
               OR EXISTS (SELECT FROM crisis.plan_activations a
                          WHERE a.plan_id = p.id AND a.deactivated_at IS NULL
                            AND crisis.can_see_situation(u.id, a.situation_id))
               OR crisis.user_sees_all(u.id))
    )
$$;

CREATE OR REPLACE FUNCTION crisis.visible_plan_ids(p_user bigint) RETURNS SETOF bigint
LANGUAGE sql STABLE AS $$
    SELECT p.id FROM crisis.plans p
    WHERE crisis.user_sees_all(p_user)
       OR p.owner_org_id = (SELECT organisation_id FROM crisis.users WHERE id = p_user AND active)
       OR p.id IN (SELECT sh.plan_id FROM crisis.plan_shares sh
                   JOIN crisis.users u ON u.organisation_id = sh.organisation_id
                   WHERE u.id = p_user AND u.active)
       OR p.id IN (SELECT a.plan_id FROM crisis.plan_activations a
                   WHERE a.deactivated_at IS NULL
                     AND a.situation_id IN (SELECT crisis.visible_situation_ids(p_user)))
$$;

CREATE FUNCTION crisis.can_activate_plan(p_user bigint, p_plan bigint, p_situation bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT crisis.can_see_plan(p_user, p_plan) AND crisis.can_write_situation(p_user, p_situation)
       AND EXISTS (SELECT FROM crisis.users u JOIN crisis.situations s ON s.id = p_situation
                   WHERE u.id = p_user AND u.active AND u.role IN ('coordinator', 'admin')
                     AND (s.owner_org_id = u.organisation_id OR crisis.user_sees_all(u.id)))
$$;
COMMENT ON FUNCTION crisis.can_activate_plan(bigint, bigint, bigint) IS 'Coordinators and admins of the organisation that owns a situation (and national crisis centre coordinators) activate and deactivate the plans they may read on it, while it is draft or active.';

-- Raises the reason why p_user may not activate or deactivate p_plan on p_situation, if there is one.
CREATE FUNCTION crisis.require_plan_activator(p_user bigint, p_plan bigint, p_situation bigint) RETURNS void
LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF p_user IS NULL THEN
        RAISE EXCEPTION 'no acting user given (crisis.actor_id)' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT crisis.can_see_situation(p_user, p_situation) THEN
        RAISE EXCEPTION 'No such situation.' USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT crisis.can_see_plan(p_user, p_plan) THEN
        RAISE EXCEPTION 'No such plan.' USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT crisis.can_activate_plan(p_user, p_plan, p_situation) THEN
        IF NOT EXISTS (SELECT FROM crisis.situations WHERE id = p_situation AND status IN ('draft', 'active')) THEN
            RAISE EXCEPTION 'The situation is closed or archived: plans are activated on draft or active situations only.'
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        RAISE EXCEPTION 'Only coordinators and admins of the organisation that owns the situation (or of the national crisis centre) activate or deactivate plans on it.'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;
COMMENT ON FUNCTION crisis.require_plan_activator(bigint, bigint, bigint) IS 'Refuses, with the reason, a user who may not activate or deactivate a plan on a situation (no_data_found for what the user may not see).';

CREATE FUNCTION crisis.actor_name(p_user bigint) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT u.display_name || ', ' || o.name FROM crisis.users u JOIN crisis.organisations o ON o.id = u.organisation_id
    WHERE u.id = p_user
$$;
COMMENT ON FUNCTION crisis.actor_name(bigint) IS 'A user as the logbook names them: display name and organisation.';

CREATE OR REPLACE FUNCTION crisis.activate_plan(p_plan bigint, p_situation bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := crisis.current_actor();
    plan record;
    activation bigint;
    anchors_copied integer;
    perimeters_copied integer;
    marker text;
BEGIN
    PERFORM crisis.require_plan_activator(actor, p_plan, p_situation);
    SELECT id, code, title, status INTO plan FROM crisis.plans WHERE id = p_plan FOR SHARE;
    IF plan.status = 'withdrawn' THEN
        RAISE EXCEPTION 'Plan % is withdrawn: it cannot be activated.', plan.code
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    -- A second activation (even one racing this one) finds the row and changes nothing.
    INSERT INTO crisis.plan_activations AS a (plan_id, situation_id, activated_by)
    VALUES (p_plan, p_situation, actor)
    ON CONFLICT (plan_id, situation_id) DO UPDATE
        SET activated_by = EXCLUDED.activated_by, activated_at = now(), deactivated_at = NULL, deactivated_by = NULL
        WHERE a.deactivated_at IS NOT NULL
    RETURNING a.id INTO activation;
    IF activation IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO crisis.anchors (situation_id, kind, label, geom, plan_id, plan_feature_id)
    SELECT p_situation, kind, label, geom, p_plan, id FROM crisis.plan_anchors WHERE plan_id = p_plan ORDER BY id;
    GET DIAGNOSTICS anchors_copied = ROW_COUNT;
    INSERT INTO crisis.perimeters (situation_id, kind, label, geom, plan_id, plan_feature_id)
    SELECT p_situation, kind, label, geom, p_plan, id FROM crisis.plan_perimeters WHERE plan_id = p_plan ORDER BY id;
    GET DIAGNOSTICS perimeters_copied = ROW_COUNT;
    -- The logbook of an exercise says so in every entry.
    marker := CASE WHEN (SELECT is_exercise FROM crisis.situations WHERE id = p_situation) THEN 'EXERCISE - ' ELSE '' END;
    INSERT INTO crisis.feed_entries (situation_id, channel, priority, body, author_id, is_system)
    VALUES (p_situation, 'multidisciplinary', 'important',
            format('%sPlan %s "%s" activated by %s: %s prepared place(s) and %s zone(s) copied into the situation.',
                   marker, plan.code, plan.title, crisis.actor_name(actor), anchors_copied, perimeters_copied),
            actor, true);
    RETURN activation;
END
$$;
COMMENT ON FUNCTION crisis.activate_plan(bigint, bigint) IS 'Activates a plan on a situation for the acting user (crisis.actor_id), who must be allowed to (require_plan_activator): copies its prepared anchors and perimeters into the situation and writes who activated it to the logbook. Returns the activation id, or NULL if the plan was already in force there (nothing changed).';

CREATE FUNCTION crisis.deactivate_plan(p_plan bigint, p_situation bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := crisis.current_actor();
    plan record;
    activation bigint;
    removed_anchors integer;
    removed_perimeters integer;
    kept_anchors bigint[];
    kept_perimeters bigint[];
    marker text;
BEGIN
    PERFORM crisis.require_plan_activator(actor, p_plan, p_situation);
    UPDATE crisis.plan_activations SET deactivated_at = now(), deactivated_by = actor
    WHERE plan_id = p_plan AND situation_id = p_situation AND deactivated_at IS NULL
    RETURNING id INTO activation;
    IF activation IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT code, title INTO plan FROM crisis.plans WHERE id = p_plan;
    -- Version 1 is the copy as activation wrote it: anything later was changed by someone and stays.
    DELETE FROM crisis.anchors WHERE plan_id = p_plan AND situation_id = p_situation AND version = 1;
    GET DIAGNOSTICS removed_anchors = ROW_COUNT;
    DELETE FROM crisis.perimeters WHERE plan_id = p_plan AND situation_id = p_situation AND version = 1;
    GET DIAGNOSTICS removed_perimeters = ROW_COUNT;
    kept_anchors := ARRAY(SELECT id FROM crisis.anchors WHERE plan_id = p_plan AND situation_id = p_situation ORDER BY id);
    kept_perimeters := ARRAY(SELECT id FROM crisis.perimeters WHERE plan_id = p_plan AND situation_id = p_situation
                             ORDER BY id);
    marker := CASE WHEN (SELECT is_exercise FROM crisis.situations WHERE id = p_situation) THEN 'EXERCISE - ' ELSE '' END;
    INSERT INTO crisis.feed_entries (situation_id, channel, priority, body, author_id, is_system)
    VALUES (p_situation, 'multidisciplinary', 'important',
            format('%sPlan %s "%s" deactivated by %s: %s place(s) and %s zone(s) withdrawn; %s',
                   marker, plan.code, plan.title, crisis.actor_name(actor), removed_anchors, removed_perimeters,
                   CASE WHEN cardinality(kept_anchors) + cardinality(kept_perimeters) = 0
                        THEN 'nothing changed since the activation was kept.'
                        ELSE format('kept because changed since: %s place(s) and %s zone(s).',
                                    cardinality(kept_anchors), cardinality(kept_perimeters)) END),
            actor, true);
    RETURN jsonb_build_object('activation_id', activation,
                              'removed', jsonb_build_object('anchors', removed_anchors, 'perimeters', removed_perimeters),
                              'kept', jsonb_build_object('anchors', to_jsonb(kept_anchors),
                                                         'perimeters', to_jsonb(kept_perimeters)));
END
$$;
COMMENT ON FUNCTION crisis.deactivate_plan(bigint, bigint) IS 'Deactivates a plan on a situation for the acting user (same rights as activation): withdraws the copied anchors and perimeters nobody changed since, keeps the changed ones and names them in the answer and the logbook. NULL if the plan was not in force there.';

GRANT UPDATE (deactivated_at, deactivated_by, activated_at, activated_by) ON crisis.plan_activations TO crisis_app;

COMMIT;
