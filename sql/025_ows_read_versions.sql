-- Two writers cannot silently overwrite each other, with feature ids that carry no version (anchors.12).
--
-- A WFS-T client names a feature by its id only. The version it based its edit on is either sent with the edit
-- (a client that writes back every attribute it read, as GDAL does: stamp_feature compares it) or, for a client
-- that sends only what changed (QGIS), the version this user last read through the OGC front or last wrote
-- there, which the front records in crisis_ows.feature_reads. An Update or Delete from the OGC front (sessions with
-- crisis.front = 'ows') of a feature changed since then is refused, inside the row lock, so that even two
-- writers in the same instant cannot overwrite each other.
BEGIN;

-- Bookkeeping of the OGC front, like crisis_login's: pruned, and kept out of the audited crisis schema (a read
-- of 10,000 features would otherwise leave 10,000 audit rows).
CREATE SCHEMA crisis_ows;
COMMENT ON SCHEMA crisis_ows IS 'What the OGC front remembers between requests: not audited, pruned.';
GRANT USAGE ON SCHEMA crisis_ows TO crisis_app;

CREATE TABLE crisis_ows.feature_reads (
    user_id bigint NOT NULL REFERENCES crisis.users (id) ON DELETE CASCADE,
    table_name text NOT NULL CHECK (table_name IN ('anchors', 'perimeters')),
    feature_id bigint NOT NULL,
    version integer NOT NULL,
    read_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, table_name, feature_id)
);
COMMENT ON TABLE crisis_ows.feature_reads IS 'The version of each anchor and perimeter that a user last read or wrote through the OGC front: the base of that user''s next WFS-T edit of it. Rows older than 30 days are pruned.';
GRANT SELECT, INSERT, UPDATE, DELETE ON crisis_ows.feature_reads TO crisis_app;

CREATE FUNCTION crisis.record_feature_reads(p_user bigint, p_table text, p_ids bigint[], p_versions integer[])
RETURNS void
LANGUAGE sql AS $$
    INSERT INTO crisis_ows.feature_reads AS r (user_id, table_name, feature_id, version)
    SELECT p_user, p_table, t.id, t.version FROM unnest(p_ids, p_versions) AS t (id, version)
    ON CONFLICT (user_id, table_name, feature_id)
    DO UPDATE SET version = EXCLUDED.version, read_at = now() WHERE r.version <> EXCLUDED.version;
    DELETE FROM crisis_ows.feature_reads WHERE read_at < now() - interval '30 days' AND random() < 0.01;
$$;
COMMENT ON FUNCTION crisis.record_feature_reads(bigint, text, bigint[], integer[]) IS 'Remembers the versions of anchors or perimeters a user has just been sent by the OGC front.';

-- The sentence a conflict is told in, by the front's check before writing and by the trigger inside the write.
CREATE FUNCTION crisis.feature_conflict(p_table text, p_id bigint, p_read integer) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    current_version integer;
    changed_at timestamptz;
    who text;
    local_time timestamp;
BEGIN
    EXECUTE format('SELECT t.version, t.updated_at, u.display_name || '', '' || o.name
                    FROM crisis.%I t LEFT JOIN crisis.users u ON u.id = t.updated_by
                    LEFT JOIN crisis.organisations o ON o.id = u.organisation_id WHERE t.id = $1', p_table)
        INTO current_version, changed_at, who USING p_id;
    local_time := changed_at AT TIME ZONE 'Europe/Brussels';
    RETURN format('%s %s was changed by someone else since you read it (version %s; now version %s, last changed '
                  'by %s at %s %s). Nothing was written: reload the layer and make your change again.',
                  p_table, p_id, p_read, current_version, coalesce(who, 'someone else'),
                  to_char(local_time, 'YYYY-MM-DD HH24:MI:SS'),
                  CASE WHEN local_time - (changed_at AT TIME ZONE 'UTC') = interval '2 hours' THEN 'CEST' ELSE 'CET' END);
END
$$;
COMMENT ON FUNCTION crisis.feature_conflict(text, bigint, integer) IS 'Says who changed an anchor or perimeter since version p_read, and when (Brussels time).';

CREATE FUNCTION crisis.check_read_version() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := crisis.current_actor();
    known integer;
BEGIN
    IF current_user = 'crisis_app' AND actor IS NOT NULL AND current_setting('crisis.front', true) = 'ows'
       AND (TG_OP = 'DELETE' OR NEW.version IS NOT DISTINCT FROM OLD.version) THEN
        SELECT version INTO known FROM crisis_ows.feature_reads
        WHERE user_id = actor AND table_name = TG_TABLE_NAME AND feature_id = OLD.id;
        IF known IS NULL THEN
            RAISE EXCEPTION '% %: read the feature (GetFeature) before changing it, or send the version you read',
                TG_TABLE_NAME, OLD.id USING ERRCODE = 'serialization_failure';
        ELSIF known <> OLD.version THEN
            RAISE EXCEPTION '%', crisis.feature_conflict(TG_TABLE_NAME, OLD.id, known)
                USING ERRCODE = 'serialization_failure';
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
COMMENT ON FUNCTION crisis.check_read_version() IS 'For OGC front writes that name no version: refuses the change of an anchor or perimeter changed since the user last read or wrote it.';
CREATE TRIGGER anchors_read_check BEFORE UPDATE OR DELETE ON crisis.anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.check_read_version();
CREATE TRIGGER perimeters_read_check BEFORE UPDATE OR DELETE ON crisis.perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.check_read_version();

CREATE FUNCTION crisis.remember_own_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    actor bigint := crisis.current_actor();
BEGIN
    IF current_user = 'crisis_app' AND actor IS NOT NULL AND current_setting('crisis.front', true) = 'ows' THEN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM crisis_ows.feature_reads WHERE table_name = TG_TABLE_NAME AND feature_id = OLD.id;
        ELSE
            PERFORM crisis.record_feature_reads(actor, TG_TABLE_NAME, ARRAY[NEW.id], ARRAY[NEW.version]);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION crisis.remember_own_write() IS 'A user''s own OGC write is the version that user knows: their next edit of the feature builds on it.';
CREATE TRIGGER anchors_remember_own_write AFTER INSERT OR UPDATE OR DELETE ON crisis.anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.remember_own_write();
CREATE TRIGGER perimeters_remember_own_write AFTER INSERT OR UPDATE OR DELETE ON crisis.perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.remember_own_write();

COMMIT;
