-- The plan library: plans keep who changed them and a version, are searchable by text; shares say who shared;
-- documents are stored whole with their checked type, size and digest; only the owner organisation's
-- coordinators and admins change a plan and what belongs to it (checked here for the service role).
BEGIN;

ALTER TABLE crisis.plans
    ADD COLUMN version integer NOT NULL DEFAULT 1,
    ADD COLUMN created_by bigint REFERENCES crisis.users (id),
    ADD COLUMN updated_by bigint REFERENCES crisis.users (id),
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', code || ' ' || title || ' ' || description || ' ' || coalesce(risk_site, ''))
        || to_tsvector('english', title || ' ' || description || ' ' || coalesce(risk_site, ''))
        || to_tsvector('french', title || ' ' || description || ' ' || coalesce(risk_site, ''))
        || to_tsvector('dutch', title || ' ' || description || ' ' || coalesce(risk_site, ''))
        || to_tsvector('german', title || ' ' || description || ' ' || coalesce(risk_site, ''))
    ) STORED,
    ADD CONSTRAINT plans_code_shape CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{1,63}$'),
    ADD CONSTRAINT plans_description_length CHECK (length(description) <= 20000),
    ADD CONSTRAINT plans_risk_site_length CHECK (risk_site IS NULL OR length(risk_site) BETWEEN 1 AND 500),
    ADD CONSTRAINT plans_review_after_approval CHECK (next_review_on IS NULL OR approved_on IS NULL
                                                      OR next_review_on >= approved_on);
CREATE INDEX plans_created_by_idx ON crisis.plans (created_by);
CREATE INDEX plans_updated_by_idx ON crisis.plans (updated_by);
CREATE INDEX plans_kind_status_idx ON crisis.plans (kind, status);
CREATE INDEX plans_next_review_idx ON crisis.plans (next_review_on);
CREATE INDEX plans_search_idx ON crisis.plans USING gin (search_vector);
COMMENT ON COLUMN crisis.plans.version IS 'Incremented by every change; a client names the version it changed (optimistic locking).';
COMMENT ON COLUMN crisis.plans.search_vector IS 'Code, title, description and risk site for free-text search in the four languages.';

ALTER TABLE crisis.plan_shares
    ADD COLUMN shared_by bigint REFERENCES crisis.users (id),
    ADD COLUMN shared_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX plan_shares_shared_by_idx ON crisis.plan_shares (shared_by);

-- Documents: a file stored in the row (type read from its content, size and SHA-256 kept), or a link.
ALTER TABLE crisis.plan_documents
    ADD COLUMN category text NOT NULL DEFAULT 'annex' CHECK (category IN ('plan_text', 'annex', 'map')),
    ADD COLUMN filename text CHECK (filename ~ '^[^/\\\x00]{1,200}$'),
    ADD COLUMN size_bytes integer CHECK (size_bytes BETWEEN 1 AND 20971520),
    ADD COLUMN sha256 bytea CHECK (length(sha256) = 32),
    ADD COLUMN uploaded_by bigint REFERENCES crisis.users (id);
UPDATE crisis.plan_documents
SET size_bytes = length(content), sha256 = sha256(content),
    filename = 'document-' || id || CASE content_type WHEN 'text/plain' THEN '.txt' WHEN 'application/pdf' THEN '.pdf'
                                                     ELSE '' END
WHERE content IS NOT NULL;
ALTER TABLE crisis.plan_documents
    ADD CONSTRAINT plan_documents_stored_whole CHECK (
        content IS NULL OR (filename IS NOT NULL AND size_bytes = length(content) AND sha256 IS NOT NULL)),
    ADD CONSTRAINT plan_documents_type CHECK (content_type IN (
        'application/pdf', 'application/vnd.oasis.opendocument.text',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'image/png', 'image/jpeg', 'text/plain')),
    ADD CONSTRAINT plan_documents_title_length CHECK (length(btrim(title)) BETWEEN 1 AND 300),
    ADD CONSTRAINT plan_documents_link_shape CHECK (url IS NULL OR url ~ '^https?://[^[:space:]<>"]+$' AND length(url) <= 2000);
CREATE INDEX plan_documents_uploaded_by_idx ON crisis.plan_documents (uploaded_by);
COMMENT ON COLUMN crisis.plan_documents.content IS 'The file itself (PDF, ODT, DOCX, PNG, JPEG or plain text), its type read from its bytes; NULL for a link.';

ALTER TABLE crisis.plan_anchors ADD CONSTRAINT plan_anchors_label_length CHECK (length(label) <= 200);
ALTER TABLE crisis.plan_perimeters ADD CONSTRAINT plan_perimeters_label_length CHECK (length(label) <= 200);

-- Who manages a plan: the coordinators and admins of the organisation that owns it.
CREATE FUNCTION crisis.can_manage_plan(p_user bigint, p_plan bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT FROM crisis.users u JOIN crisis.plans p ON p.id = p_plan
        WHERE u.id = p_user AND u.active AND u.role IN ('coordinator', 'admin') AND p.owner_org_id = u.organisation_id
    )
$$;
COMMENT ON FUNCTION crisis.can_manage_plan(bigint, bigint) IS 'Coordinators and admins of the owner organisation change a plan, its shares, documents and prepared anchors and perimeters.';

-- The service role writes plans only on behalf of a user who manages them; author, times and version are the
-- server's.
CREATE FUNCTION crisis.stamp_plan() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := crisis.current_actor();
BEGIN
    IF current_user = 'crisis_app' THEN
        IF actor IS NULL THEN
            RAISE EXCEPTION 'plans: no acting user given for this write' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'INSERT' AND NOT EXISTS (
               SELECT FROM crisis.users u WHERE u.id = actor AND u.active AND u.role IN ('coordinator', 'admin')
                                           AND u.organisation_id = NEW.owner_org_id)
           OR TG_OP = 'UPDATE' AND NOT crisis.can_manage_plan(actor, OLD.id) THEN
            RAISE EXCEPTION 'plans: user % may not manage plans of organisation %', actor,
                coalesce(OLD.owner_org_id, NEW.owner_org_id) USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
        NEW.created_at := now();
        NEW.created_by := coalesce(actor, NEW.created_by);
    ELSE
        IF NEW.owner_org_id IS DISTINCT FROM OLD.owner_org_id AND current_user = 'crisis_app' THEN
            RAISE EXCEPTION 'plans: the owner of plan % cannot change', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        NEW.version := OLD.version + 1;
        NEW.created_at := OLD.created_at;
        NEW.created_by := OLD.created_by;
    END IF;
    NEW.updated_at := now();
    NEW.updated_by := coalesce(actor, NEW.updated_by);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION crisis.stamp_plan() IS 'Plans: for the service role only their owner organisation''s coordinators and admins write; version, author and times are set here.';
CREATE TRIGGER plans_stamp BEFORE INSERT OR UPDATE ON crisis.plans
    FOR EACH ROW EXECUTE FUNCTION crisis.stamp_plan();

CREATE FUNCTION crisis.check_plan_part_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := crisis.current_actor();
    plan bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.plan_id ELSE NEW.plan_id END;
BEGIN
    IF current_user = 'crisis_app' AND (actor IS NULL OR NOT crisis.can_manage_plan(actor, plan)
                                        OR TG_OP = 'UPDATE' AND NEW.plan_id IS DISTINCT FROM OLD.plan_id) THEN
        RAISE EXCEPTION '%: user % may not change plan %', TG_TABLE_NAME, actor, plan
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION crisis.check_plan_part_write() IS 'Shares, documents and prepared anchors and perimeters of a plan: the service role writes them only for a user who manages the plan.';
CREATE TRIGGER plan_shares_check_write BEFORE INSERT OR UPDATE OR DELETE ON crisis.plan_shares
    FOR EACH ROW EXECUTE FUNCTION crisis.check_plan_part_write();
CREATE TRIGGER plan_documents_check_write BEFORE INSERT OR UPDATE OR DELETE ON crisis.plan_documents
    FOR EACH ROW EXECUTE FUNCTION crisis.check_plan_part_write();
CREATE TRIGGER plan_anchors_check_write BEFORE INSERT OR UPDATE OR DELETE ON crisis.plan_anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.check_plan_part_write();
CREATE TRIGGER plan_perimeters_check_write BEFORE INSERT OR UPDATE OR DELETE ON crisis.plan_perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.check_plan_part_write();

GRANT DELETE ON crisis.plan_documents TO crisis_app;
GRANT UPDATE ON crisis.plan_documents TO crisis_app;

COMMIT;
