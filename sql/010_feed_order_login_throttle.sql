-- Feed entries of one situation become visible in id order (so a reader resuming "after id N" never skips one),
-- and failed logins for emails that match no account are throttled like those that do.
BEGIN;

-- An identity value is drawn before the row's triggers run, and transactions commit in any order: entry 101 could
-- be visible before entry 100, and a follower resuming after 101 would miss 100 for ever. So every writer of a
-- situation's feed waits for the one before it (an advisory lock per situation, held to the end of the
-- transaction) and only then draws the entry's id: within one situation, ids are in commit order.
CREATE FUNCTION crisis.feed_entry_order() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('crisis.feed_entries'), (NEW.situation_id % 2147483647)::integer);
    NEW.id := nextval(pg_get_serial_sequence('crisis.feed_entries', 'id'));
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION crisis.feed_entry_order() IS 'Serialises the writers of one situation''s feed and draws the entry id after the wait, so that ids within a situation follow commit order (resuming after an id never skips an entry).';
-- Named to fire before the feed_entries_check* triggers (triggers fire in name order): the write rights are then
-- checked after the wait, against the situation as the entry before left it (e.g. closed meanwhile).
CREATE TRIGGER feed_entries_acquire_order BEFORE INSERT ON crisis.feed_entries
    FOR EACH ROW EXECUTE FUNCTION crisis.feed_entry_order();

CREATE TABLE crisis.login_failures (
    email citext PRIMARY KEY,
    failed_logins integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    last_failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_last_failed_idx ON crisis.login_failures (last_failed_at);
COMMENT ON TABLE crisis.login_failures IS 'Failed logins for emails that match no account, counted like users.failed_logins so that the slow-down and the lock never tell whether an email exists. Old rows are pruned.';
CREATE TRIGGER login_failures_audit AFTER INSERT OR UPDATE OR DELETE ON crisis.login_failures
    FOR EACH ROW EXECUTE FUNCTION crisis.audit_row();

GRANT SELECT, INSERT, UPDATE, DELETE ON crisis.login_failures TO crisis_app;

COMMIT;
