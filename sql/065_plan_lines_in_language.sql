-- The logbook lines that crisis.activate_plan and crisis.deactivate_plan write, in the account language of the one
-- who activates or deactivates (a logbook line is that person's statement), like the lines the API writes for the
-- other changes of a situation (server_services/store/system_lines.py). Same rights, same "activating twice changes
-- nothing": only the wording of the line changes.
BEGIN;

CREATE FUNCTION crisis.system_line_template(p_key text, p_language text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    line record;
BEGIN
    -- Each template takes its values in the same order in every language (format's %s).
    SELECT * INTO line FROM (VALUES
        ('exercise', 'EXERCISE - ', 'EXERCICE - ', 'OEFENING - ', 'ÜBUNG - '),
        ('plan_activated',
         'Plan %s "%s" activated by %s: %s prepared place(s) and %s zone(s) copied into the situation.',
         'Plan %s « %s » activé par %s : %s lieu(x) préparé(s) et %s zone(s) copiés dans la situation.',
         'Plan %s “%s” geactiveerd door %s: %s voorbereide plaats(en) en %s zone(s) naar de situatie gekopieerd.',
         'Plan %s „%s“ aktiviert von %s: %s Ort(e) und %s Zone(n) aus dem Plan in die Lage kopiert.'),
        ('plan_deactivated',
         'Plan %s "%s" deactivated by %s: %s place(s) and %s zone(s) withdrawn; %s',
         'Plan %s « %s » désactivé par %s : %s lieu(x) et %s zone(s) retirés ; %s',
         'Plan %s “%s” gedeactiveerd door %s: %s plaats(en) en %s zone(s) ingetrokken; %s',
         'Plan %s „%s“ deaktiviert von %s: %s Ort(e) und %s Zone(n) zurückgezogen; %s'),
        ('plan_nothing_kept',
         'nothing changed since the activation was kept.',
         'rien n''est conservé (aucune modification depuis l''activation).',
         'niets behouden (niets gewijzigd sinds de activering).',
         'nichts behalten (seit der Aktivierung nichts geändert).'),
        ('plan_kept',
         'kept because changed since: %s place(s) and %s zone(s).',
         'conservés car modifiés depuis : %s lieu(x) et %s zone(s).',
         'behouden omdat sindsdien gewijzigd: %s plaats(en) en %s zone(s).',
         'behalten, da seitdem geändert: %s Ort(e) und %s Zone(n).')
    ) AS t (key, en, fr, nl, de) WHERE t.key = p_key;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no system line %', p_key USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN CASE p_language WHEN 'fr' THEN line.fr WHEN 'nl' THEN line.nl WHEN 'de' THEN line.de ELSE line.en END;
END
$$;
COMMENT ON FUNCTION crisis.system_line_template(text, text) IS 'A logbook line the database writes itself (plan activation and deactivation, the exercise marker), as a format() template in one of the four languages (English when not one of them).';

CREATE FUNCTION crisis.user_language(p_user bigint) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT language FROM crisis.users WHERE id = p_user), 'en')
$$;
COMMENT ON FUNCTION crisis.user_language(bigint) IS 'The account language of a user (crisis.users.language), English for no user.';

CREATE OR REPLACE FUNCTION crisis.activate_plan(p_plan bigint, p_situation bigint) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := crisis.current_actor();
    plan record;
    activation bigint;
    anchors_copied integer;
    perimeters_copied integer;
    lang text;
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
    lang := crisis.user_language(actor);
    -- The logbook of an exercise says so in every entry.
    marker := CASE WHEN (SELECT is_exercise FROM crisis.situations WHERE id = p_situation)
                   THEN crisis.system_line_template('exercise', lang) ELSE '' END;
    INSERT INTO crisis.feed_entries (situation_id, channel, priority, body, author_id, is_system)
    VALUES (p_situation, 'multidisciplinary', 'important',
            marker || format(crisis.system_line_template('plan_activated', lang), plan.code, plan.title,
                             crisis.actor_name(actor), anchors_copied, perimeters_copied),
            actor, true);
    RETURN activation;
END
$$;
COMMENT ON FUNCTION crisis.activate_plan(bigint, bigint) IS 'Activates a plan on a situation for the acting user (crisis.actor_id), who must be allowed to (require_plan_activator): copies its prepared anchors and perimeters into the situation and writes who activated it to the logbook, in that user''s language. Returns the activation id, or NULL if the plan was already in force there (nothing changed).';

CREATE OR REPLACE FUNCTION crisis.deactivate_plan(p_plan bigint, p_situation bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := crisis.current_actor();
    plan record;
    activation bigint;
    removed_anchors integer;
    removed_perimeters integer;
    kept_anchors bigint[];
    kept_perimeters bigint[];
    lang text;
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
    lang := crisis.user_language(actor);
    marker := CASE WHEN (SELECT is_exercise FROM crisis.situations WHERE id = p_situation)
                   THEN crisis.system_line_template('exercise', lang) ELSE '' END;
    INSERT INTO crisis.feed_entries (situation_id, channel, priority, body, author_id, is_system)
    VALUES (p_situation, 'multidisciplinary', 'important',
            marker || format(crisis.system_line_template('plan_deactivated', lang), plan.code, plan.title,
                             crisis.actor_name(actor), removed_anchors, removed_perimeters,
                             CASE WHEN cardinality(kept_anchors) + cardinality(kept_perimeters) = 0
                                  THEN crisis.system_line_template('plan_nothing_kept', lang)
                                  ELSE format(crisis.system_line_template('plan_kept', lang),
                                              cardinality(kept_anchors), cardinality(kept_perimeters)) END),
            actor, true);
    RETURN jsonb_build_object('activation_id', activation,
                              'removed', jsonb_build_object('anchors', removed_anchors, 'perimeters', removed_perimeters),
                              'kept', jsonb_build_object('anchors', to_jsonb(kept_anchors),
                                                         'perimeters', to_jsonb(kept_perimeters)));
END
$$;
COMMENT ON FUNCTION crisis.deactivate_plan(bigint, bigint) IS 'Deactivates a plan on a situation for the acting user (same rights as activation): withdraws the copied anchors and perimeters nobody changed since, keeps the changed ones and names them in the answer and the logbook (in that user''s language). NULL if the plan was not in force there.';

COMMIT;
