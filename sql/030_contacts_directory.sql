-- The contacts directory: need-to-know in SQL, accent- and case-insensitive search, E.164 phones, every access
-- traced, and the person's rights (erasure that reaches the audit log, retention purge).
BEGIN;

-- pg_trgm comes with the set-up (template1); unaccent is a trusted extension the database owner may create.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

-- unaccent() is only STABLE (it reads a dictionary chosen by search_path); naming the dictionary makes the
-- result depend on the text alone, which an index needs.
CREATE FUNCTION crisis.fold(p_text text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT lower(public.unaccent('public.unaccent'::regdictionary, p_text))
$$;
COMMENT ON FUNCTION crisis.fold(text) IS 'Text folded for search: lower case, accents removed ("Geneviève" -> "genevieve").';

CREATE FUNCTION crisis.is_e164(p_phones text[]) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(bool_and(p ~ '^\+[1-9][0-9]{5,14}$'), true) FROM unnest(p_phones) AS p
$$;
COMMENT ON FUNCTION crisis.is_e164(text[]) IS 'True when every number is in E.164 form (+ country code and number, digits only).';

-- Numbers written before this migration (the demo wrote "+32 3 001 11 21") become E.164; a Belgian national
-- number (0...) gets the country code, an international prefix (00...) becomes "+".
UPDATE crisis.contacts SET phones = ARRAY(
    SELECT CASE WHEN d LIKE '+%' THEN d WHEN d LIKE '00%' THEN '+' || substr(d, 3)
                WHEN d LIKE '0%' THEN '+32' || substr(d, 2) ELSE '+' || d END
    FROM unnest(phones) WITH ORDINALITY AS x(p, n), regexp_replace(p, '[^0-9+]', '', 'g') AS d
    WHERE d <> '' ORDER BY n)
WHERE NOT crisis.is_e164(phones);

ALTER TABLE crisis.contacts
    ADD COLUMN version integer NOT NULL DEFAULT 1,
    ADD COLUMN erased_at timestamptz,
    ADD COLUMN erased_by bigint REFERENCES crisis.users (id),
    ADD CONSTRAINT contacts_phones_e164 CHECK (crisis.is_e164(phones) AND cardinality(phones) <= 8),
    ADD CONSTRAINT contacts_function_length CHECK (length(function) <= 200),
    ADD CONSTRAINT contacts_email_shape CHECK (email IS NULL OR (length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')),
    ADD CONSTRAINT contacts_call_sign_length CHECK (length(radio_call_sign) <= 60),
    ADD CONSTRAINT contacts_notes_length CHECK (length(notes) <= 5000),
    -- A tombstone holds no personal field: what the person was is gone, that they were is kept.
    ADD CONSTRAINT contacts_tombstone_empty CHECK (erased_at IS NULL OR (
        full_name = '(erased)' AND function = '' AND phones = '{}' AND email IS NULL AND radio_call_sign IS NULL
        AND notes = ''));
CREATE INDEX contacts_erased_by_idx ON crisis.contacts (erased_by);
CREATE INDEX contacts_erased_at_idx ON crisis.contacts (erased_at) WHERE erased_at IS NOT NULL;
-- Search: folded name, function and call sign by trigrams (any part of a word, "genev" finds "Geneviève").
CREATE INDEX contacts_search_idx ON crisis.contacts
    USING gin (crisis.fold(full_name || ' ' || function || ' ' || coalesce(radio_call_sign, '')) gin_trgm_ops);
CREATE INDEX contacts_sort_idx ON crisis.contacts (crisis.fold(full_name), id);
CREATE INDEX organisations_search_idx ON crisis.organisations USING gin (crisis.fold(name) gin_trgm_ops);
COMMENT ON COLUMN crisis.contacts.version IS 'Incremented by every change: a change that names an older version is refused.';
COMMENT ON COLUMN crisis.contacts.erased_at IS 'Set when the person''s data was erased (GDPR): the row stays as a tombstone so that the access log and the audit log still name a contact.';

-- A person holds one role per situation and per plan.
CREATE UNIQUE INDEX contact_links_situation_once ON crisis.contact_links (situation_id, contact_id)
    WHERE situation_id IS NOT NULL;
CREATE UNIQUE INDEX contact_links_plan_once ON crisis.contact_links (plan_id, contact_id) WHERE plan_id IS NOT NULL;
ALTER TABLE crisis.contact_links ADD CONSTRAINT contact_links_role_length CHECK (length(role) <= 200);

ALTER TABLE crisis.contact_access_log DROP CONSTRAINT contact_access_log_action_check,
    ADD CONSTRAINT contact_access_log_action_check
        CHECK (action IN ('read', 'list', 'export', 'create', 'update', 'link', 'unlink', 'erase'));
CREATE INDEX contact_access_log_at_idx ON crisis.contact_access_log (at);
COMMENT ON COLUMN crisis.contact_access_log.action IS 'read (the card), list (shown in a list or search), export (vCard, subject access), create, update, link, unlink, erase.';

-- Need-to-know. A user sees a contact (not erased) of its own organisation, or linked to a situation it sees or to a
-- plan it may read; coordinators and admins of the national crisis centre see all. The user's side is decided first,
-- on the requested id, as crisis.can_see_situation does.
CREATE FUNCTION crisis.can_see_contact(p_user bigint, p_contact bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT FROM crisis.users u JOIN crisis.organisations o ON o.id = u.organisation_id
        WHERE u.id = p_user AND u.active
          AND ((o.kind = 'national_crisis_centre' AND u.role IN ('coordinator', 'admin'))
               OR EXISTS (SELECT FROM crisis.contacts c
                          WHERE c.id = p_contact AND c.organisation_id = u.organisation_id)
               OR EXISTS (SELECT FROM crisis.contact_links l
                          WHERE l.contact_id = p_contact
                            AND ((l.situation_id IS NOT NULL AND crisis.can_see_situation(u.id, l.situation_id))
                                 OR (l.plan_id IS NOT NULL AND crisis.can_see_plan(u.id, l.plan_id)))))
    ) AND EXISTS (SELECT FROM crisis.contacts c WHERE c.id = p_contact AND c.erased_at IS NULL)
$$;
COMMENT ON FUNCTION crisis.can_see_contact(bigint, bigint) IS 'Need-to-know: a contact of the user''s own organisation, or linked to a situation the user sees or a plan it may read; national crisis centre coordinators see all. Erased contacts are seen by no one.';

-- The same rule for lists and search, set-based: one row saying what the user sees, so that a query over
-- 100,000 contacts tests three cheap conditions per row instead of calling can_see_contact for each.
CREATE FUNCTION crisis.contact_scope(p_user bigint)
RETURNS TABLE (sees_all boolean, organisation_id bigint, linked bigint[])
LANGUAGE sql STABLE AS $$
    SELECT crisis.user_sees_all(u.id), u.organisation_id,
           CASE WHEN crisis.user_sees_all(u.id) THEN '{}'::bigint[] ELSE ARRAY(
               SELECT DISTINCT l.contact_id FROM crisis.contact_links l
               WHERE l.situation_id IN (SELECT crisis.visible_situation_ids(u.id))
                  OR l.plan_id IN (SELECT crisis.visible_plan_ids(u.id))) END
    FROM crisis.users u WHERE u.id = p_user AND u.active
$$;
COMMENT ON FUNCTION crisis.contact_scope(bigint) IS 'What contacts a user sees, for set-based filtering (the rule of can_see_contact): all of them, those of one organisation, and those linked to its visible situations and plans. No row for an unknown or inactive user.';

-- Who manages a contact (create, change, link, import): coordinators and admins of its organisation.
CREATE FUNCTION crisis.can_manage_contacts(p_user bigint, p_organisation bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT FROM crisis.users u WHERE u.id = p_user AND u.active
                   AND u.organisation_id = p_organisation AND u.role IN ('coordinator', 'admin'))
$$;
COMMENT ON FUNCTION crisis.can_manage_contacts(bigint, bigint) IS 'Coordinators and admins of an organisation create, change and link its contacts.';

-- Who answers for a contact's data (access log, subject access export, erasure): admins of its organisation.
CREATE FUNCTION crisis.can_administer_contact(p_user bigint, p_contact bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT FROM crisis.users u JOIN crisis.contacts c ON c.organisation_id = u.organisation_id
                   WHERE u.id = p_user AND u.active AND u.role = 'admin' AND c.id = p_contact)
$$;
COMMENT ON FUNCTION crisis.can_administer_contact(bigint, bigint) IS 'Admins of the contact''s organisation read its access log, export what is held about the person and erase it.';

-- The service role writes contacts and their links only on behalf of a user who manages that organisation.
CREATE FUNCTION crisis.check_contact_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := crisis.current_actor();
    org bigint;
BEGIN
    IF current_user <> 'crisis_app' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_TABLE_NAME = 'contacts' THEN
        org := CASE WHEN TG_OP = 'DELETE' THEN OLD.organisation_id ELSE NEW.organisation_id END;
        IF TG_OP = 'UPDATE' AND (OLD.organisation_id <> NEW.organisation_id OR OLD.erased_at IS NOT NULL
                                 OR NEW.erased_at IS NOT NULL) THEN
            RAISE EXCEPTION 'contacts: contact % cannot move to another organisation or be erased this way', OLD.id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'contacts: a contact is erased (crisis.erase_contact), not deleted'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSE
        SELECT c.organisation_id INTO org FROM crisis.contacts c
        WHERE c.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.contact_id ELSE NEW.contact_id END;
    END IF;
    IF actor IS NULL OR NOT crisis.can_manage_contacts(actor, org) THEN
        RAISE EXCEPTION '%: user % may not change the contacts of organisation %', TG_TABLE_NAME, actor, org
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION crisis.check_contact_write() IS 'The service role writes contacts and contact links only for a user (crisis.actor_id) who manages the contact''s organisation; contacts are erased, never deleted.';

-- The GDPR tasks (erasure, purge) run as the owner inside SECURITY DEFINER functions that set crisis.gdpr while
-- they work: only they may rewrite the audit log and shorten the access log. The setting alone grants nothing to
-- the service role (current_user is checked), which may set any crisis.* value in its own session.
CREATE FUNCTION crisis.in_gdpr_task() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce(current_setting('crisis.gdpr', true), '') = 'on' AND current_user <> 'crisis_app'
$$;
COMMENT ON FUNCTION crisis.in_gdpr_task() IS 'True inside crisis.erase_contact and crisis.purge_contact_data (run as the owner), which alone may change the audit log and the contact access log.';

CREATE OR REPLACE FUNCTION crisis.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF crisis.in_migration()
       OR (crisis.in_gdpr_task() AND TG_TABLE_NAME IN ('audit_log', 'contact_access_log') AND TG_OP <> 'TRUNCATE') THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused (post a correction instead)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
COMMENT ON FUNCTION crisis.refuse_change() IS 'Trigger that makes a table append-only: UPDATE, DELETE and TRUNCATE are refused except inside a migration (and, for the audit and contact access logs, inside the GDPR erasure and purge).';

CREATE TRIGGER contacts_check_write BEFORE INSERT OR UPDATE OR DELETE ON crisis.contacts
    FOR EACH ROW EXECUTE FUNCTION crisis.check_contact_write();
CREATE TRIGGER contact_links_check_write BEFORE INSERT OR UPDATE OR DELETE ON crisis.contact_links
    FOR EACH ROW EXECUTE FUNCTION crisis.check_contact_write();

-- Audit rows keep what a row was; for an erased person the personal fields of those copies go too.
CREATE FUNCTION crisis.scrub_contact_json(p_row jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_row IS NULL THEN NULL
                ELSE p_row || jsonb_build_object('full_name', '(erased)', 'function', '', 'phones', '[]'::jsonb,
                                                 'email', NULL, 'radio_call_sign', NULL, 'notes', '') END
$$;
COMMENT ON FUNCTION crisis.scrub_contact_json(jsonb) IS 'A contacts row as JSON (an audit copy) with its personal fields blanked.';

-- Erasure (GDPR art. 17) by an admin of the contact's organisation, named by crisis.actor_id: the personal
-- fields are blanked (the row stays as a tombstone), its links are removed, and every audit row that copied the
-- person's data (of the contact and of its links) is blanked the same way. The logbook is evidence and is not
-- rewritten. Returns false if there is no such contact (or it was erased already).
CREATE FUNCTION crisis.erase_contact(p_contact bigint) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crisis, public AS $$
DECLARE
    actor bigint := crisis.current_actor();
    target crisis.contacts;
BEGIN
    PERFORM set_config('crisis.gdpr', 'on', true);
    SELECT * INTO target FROM crisis.contacts WHERE id = p_contact AND erased_at IS NULL FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM set_config('crisis.gdpr', 'off', true);
        RETURN false;
    END IF;
    IF actor IS NULL OR NOT crisis.can_administer_contact(actor, p_contact) THEN
        RAISE EXCEPTION 'contacts: user % may not erase contact %', actor, p_contact
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO crisis.contact_access_log (contact_id, user_id, action) VALUES (p_contact, actor, 'erase');
    DELETE FROM crisis.contact_links WHERE contact_id = p_contact;
    UPDATE crisis.contacts SET full_name = '(erased)', function = '', phones = '{}', email = NULL,
                               radio_call_sign = NULL, notes = '', availability = 'unavailable',
                               erased_at = now(), erased_by = actor, version = version + 1, updated_at = now()
    WHERE id = p_contact;
    UPDATE crisis.audit_log SET before = crisis.scrub_contact_json(before), after = crisis.scrub_contact_json(after)
    WHERE table_name = 'contacts' AND row_id = p_contact::text;
    UPDATE crisis.audit_log SET before = CASE WHEN before IS NULL THEN NULL ELSE before || '{"role": ""}' END,
                                after = CASE WHEN after IS NULL THEN NULL ELSE after || '{"role": ""}' END
    WHERE table_name = 'contact_links'
      AND (before ->> 'contact_id' = p_contact::text OR after ->> 'contact_id' = p_contact::text);
    PERFORM set_config('crisis.gdpr', 'off', true);
    RETURN true;
END
$$;
COMMENT ON FUNCTION crisis.erase_contact(bigint) IS 'GDPR erasure by an admin of the contact''s organisation (crisis.actor_id): blanks the person''s fields (tombstone), removes the links, blanks the audit rows that copied them, logs the erasure.';

-- Retention: access-log rows and erased tombstones older than the retention go, with their audit copies; one
-- audit row records the purge. For the owner only (`crisis purge`), never for the service role.
CREATE FUNCTION crisis.purge_contact_data(p_months integer, OUT access_rows bigint, OUT tombstones bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crisis, public AS $$
DECLARE
    cutoff timestamptz := now() - make_interval(months => p_months);
    ids text[];
BEGIN
    IF p_months IS NULL OR p_months < 1 THEN
        RAISE EXCEPTION 'the retention is at least one month' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM set_config('crisis.gdpr', 'on', true);
    WITH gone AS (DELETE FROM crisis.contact_access_log WHERE at < cutoff RETURNING id)
    SELECT coalesce(array_agg(id::text), '{}') INTO ids FROM gone;
    access_rows := cardinality(ids);
    DELETE FROM crisis.audit_log WHERE table_name = 'contact_access_log' AND row_id = ANY (ids);
    WITH gone AS (DELETE FROM crisis.contacts WHERE erased_at < cutoff RETURNING id)
    SELECT coalesce(array_agg(id::text), '{}') INTO ids FROM gone;
    tombstones := cardinality(ids);
    DELETE FROM crisis.audit_log WHERE table_name = 'contacts' AND row_id = ANY (ids);
    DELETE FROM crisis.audit_log WHERE table_name = 'contact_links'
      AND coalesce(before ->> 'contact_id', after ->> 'contact_id') = ANY (ids);
    IF access_rows > 0 OR tombstones > 0 THEN
        INSERT INTO crisis.audit_log (table_name, operation, actor_id, after)
        VALUES ('contact_access_log', 'DELETE', crisis.current_actor(),
                jsonb_build_object('purge', jsonb_build_object('before', cutoff, 'retention_months', p_months,
                                                               'access_rows', access_rows, 'tombstones', tombstones)));
    END IF;
    PERFORM set_config('crisis.gdpr', 'off', true);
END
$$;
COMMENT ON FUNCTION crisis.purge_contact_data(integer) IS 'Retention (`crisis purge`): deletes contact access-log rows and erased tombstones older than p_months months, with their audit copies; records one audit row.';

REVOKE EXECUTE ON FUNCTION crisis.purge_contact_data(integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION crisis.erase_contact(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crisis.erase_contact(bigint) TO crisis_app;
GRANT UPDATE ON crisis.contact_links TO crisis_app;

COMMIT;
