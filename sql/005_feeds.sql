-- The logbook: append-only feed entries, their attachments, and the NOTIFY doorbell.
BEGIN;

CREATE TABLE crisis.feed_entries (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    situation_id bigint NOT NULL REFERENCES crisis.situations (id),
    channel text NOT NULL CHECK (channel IN ('multidisciplinary', 'D1', 'D2', 'D3', 'D4', 'D5', 'coordination')),
    priority text NOT NULL DEFAULT 'info' CHECK (priority IN ('info', 'important', 'urgent')),
    body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 10000),
    location geometry(Point, 4326),
    author_id bigint REFERENCES crisis.users (id),
    organisation_id bigint REFERENCES crisis.organisations (id),
    discipline text CHECK (discipline IN ('D1', 'D2', 'D3', 'D4', 'D5')),
    corrects_id bigint REFERENCES crisis.feed_entries (id),
    is_system boolean NOT NULL DEFAULT false,
    idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    search_vector tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', body) || to_tsvector('english', body) || to_tsvector('french', body)
        || to_tsvector('dutch', body) || to_tsvector('german', body)
    ) STORED,
    CONSTRAINT feed_entries_idempotency_unique UNIQUE (author_id, idempotency_key)
);
CREATE INDEX feed_entries_situation_idx ON crisis.feed_entries (situation_id, id DESC);
CREATE INDEX feed_entries_location_gix ON crisis.feed_entries USING gist (location);
CREATE INDEX feed_entries_author_idx ON crisis.feed_entries (author_id);
CREATE INDEX feed_entries_organisation_idx ON crisis.feed_entries (organisation_id);
CREATE INDEX feed_entries_corrects_idx ON crisis.feed_entries (corrects_id);
CREATE INDEX feed_entries_search_idx ON crisis.feed_entries USING gin (search_vector);
COMMENT ON TABLE crisis.feed_entries IS 'The logbook (main courante): time-ordered, append-only entries per situation and channel. A correction is a new entry naming the one it corrects.';

CREATE TABLE crisis.feed_attachments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed_entry_id bigint NOT NULL REFERENCES crisis.feed_entries (id),
    filename text NOT NULL CHECK (filename ~ '^[^/\\\x00]{1,200}$'),
    content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'application/pdf', 'text/plain')),
    size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
    sha256 bytea NOT NULL CHECK (length(sha256) = 32),
    content bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK (length(content) = size_bytes)
);
CREATE INDEX feed_attachments_entry_idx ON crisis.feed_attachments (feed_entry_id);
COMMENT ON TABLE crisis.feed_attachments IS 'Files attached to a feed entry, stored in the database with the entry (same transaction). Append-only.';

-- A correction must point into the same situation.
CREATE FUNCTION crisis.feed_entry_check() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.corrects_id IS NOT NULL AND NOT EXISTS (
        SELECT FROM crisis.feed_entries e WHERE e.id = NEW.corrects_id AND e.situation_id = NEW.situation_id
    ) THEN
        RAISE EXCEPTION 'feed entry % corrected by this entry is not in situation %', NEW.corrects_id, NEW.situation_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF NEW.author_id IS NOT NULL THEN
        SELECT u.organisation_id, o.discipline INTO NEW.organisation_id, NEW.discipline
        FROM crisis.users u JOIN crisis.organisations o ON o.id = u.organisation_id
        WHERE u.id = NEW.author_id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER feed_entries_check BEFORE INSERT ON crisis.feed_entries
    FOR EACH ROW EXECUTE FUNCTION crisis.feed_entry_check();

-- The doorbell: listeners on channel crisis_feed get "<situation_id>:<entry_id>"; the table stays the truth.
CREATE FUNCTION crisis.feed_entry_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('crisis_feed', NEW.situation_id::text || ':' || NEW.id::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER feed_entries_notify AFTER INSERT ON crisis.feed_entries
    FOR EACH ROW EXECUTE FUNCTION crisis.feed_entry_notify();

-- Append-only for everyone but a migration.
CREATE FUNCTION crisis.refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF crisis.in_migration() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION '% is append-only: % refused (post a correction instead)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
COMMENT ON FUNCTION crisis.refuse_change() IS 'Trigger that makes a table append-only: UPDATE, DELETE and TRUNCATE are refused except inside a migration.';
CREATE TRIGGER feed_entries_append_only BEFORE UPDATE OR DELETE ON crisis.feed_entries
    FOR EACH ROW EXECUTE FUNCTION crisis.refuse_change();
CREATE TRIGGER feed_entries_no_truncate BEFORE TRUNCATE ON crisis.feed_entries
    FOR EACH STATEMENT EXECUTE FUNCTION crisis.refuse_change();
CREATE TRIGGER feed_attachments_append_only BEFORE UPDATE OR DELETE ON crisis.feed_attachments
    FOR EACH ROW EXECUTE FUNCTION crisis.refuse_change();
CREATE TRIGGER feed_attachments_no_truncate BEFORE TRUNCATE ON crisis.feed_attachments
    FOR EACH STATEMENT EXECUTE FUNCTION crisis.refuse_change();
CREATE TRIGGER perimeter_history_append_only BEFORE UPDATE OR DELETE ON crisis.perimeter_history
    FOR EACH ROW EXECUTE FUNCTION crisis.refuse_change();

COMMIT;
