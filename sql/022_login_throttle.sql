-- Login throttling without lockouts. Failed logins are counted per (account, client address) and per client
-- address; past a few failures the next attempt of that key waits an exponentially growing back-off, and one
-- inside it is refused before any password is checked. Nothing is counted per account alone: a wrong password
-- sent from one address never stops the account's owner logging in from another.
-- Replaces the lock of users.locked_until and crisis.login_failures (010), which let anyone lock anyone out.
-- Also: crisis.can_see_situation takes the same time for a hidden situation as for an absent one.
BEGIN;

-- Short-lived and pruned: kept out of the audited crisis schema, so that failed logins leave no audit row and
-- what was typed as an email is never stored (accounts are named by a hash).
CREATE SCHEMA crisis_login;
COMMENT ON SCHEMA crisis_login IS 'Login throttling state: short-lived, pruned, not audited.';

CREATE TABLE crisis_login.throttle (
    client text NOT NULL CHECK (length(client) BETWEEN 1 AND 64),
    account bytea NOT NULL,
    failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_failed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client, account)
);
CREATE INDEX throttle_last_failed_idx ON crisis_login.throttle (last_failed_at);
COMMENT ON TABLE crisis_login.throttle IS 'Failed logins per client address (account = empty) and per (client address, SHA-256 of the lower-cased email). A count restarts after a quiet window; rows older than it are pruned.';

-- When the key may try again: free failures first, then 1 s, 2 s, 4 s ... up to the cap after the last one.
CREATE FUNCTION crisis_login.retry_at(failures integer, last_failed_at timestamptz, free integer, cap_s integer)
RETURNS timestamptz
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN failures >= free
                THEN last_failed_at + make_interval(secs => least(cap_s, 2 ^ least(failures - free, 30))) END
$$;
COMMENT ON FUNCTION crisis_login.retry_at(integer, timestamptz, integer, integer) IS 'The earliest time a key with this many failures may try again; NULL while it has free failures left.';

-- One attempt: both rows locked (in key order, so that concurrent attempts cannot deadlock), then either the
-- seconds still to wait (nothing counted) or 0 after counting the attempt as a failure before the password is
-- checked: concurrent attempts cannot all slip through before the first one is counted. A success uncounts it.
CREATE FUNCTION crisis_login.attempt(p_client text, p_account bytea, p_account_free integer,
                                     p_client_free integer, p_cap_s integer, p_window_s integer)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    wait_s double precision := 0;
    r record;
BEGIN
    INSERT INTO crisis_login.throttle (client, account) VALUES (p_client, ''), (p_client, p_account)
    ON CONFLICT DO NOTHING;
    FOR r IN SELECT * FROM crisis_login.throttle WHERE client = p_client AND account IN ('', p_account)
             ORDER BY account FOR UPDATE
    LOOP
        IF r.last_failed_at > now() - make_interval(secs => p_window_s) THEN
            wait_s := greatest(wait_s, extract(epoch FROM crisis_login.retry_at(
                r.failures, r.last_failed_at, CASE WHEN r.account = '' THEN p_client_free ELSE p_account_free END,
                p_cap_s) - now()));
        END IF;
    END LOOP;
    IF wait_s > 0 THEN
        RETURN ceil(wait_s)::integer;
    END IF;
    UPDATE crisis_login.throttle
    SET failures = CASE WHEN last_failed_at > now() - make_interval(secs => p_window_s) THEN failures + 1 ELSE 1 END,
        last_failed_at = now()
    WHERE client = p_client AND account IN ('', p_account);
    -- Each counted attempt adds at most two rows and removes up to 100 stale ones: the table stays bounded.
    -- Rows another attempt holds are skipped, not waited for (two attempts never wait on each other here).
    DELETE FROM crisis_login.throttle WHERE ctid IN (
        SELECT ctid FROM crisis_login.throttle WHERE last_failed_at < now() - make_interval(secs => p_window_s)
        ORDER BY last_failed_at LIMIT 100 FOR UPDATE SKIP LOCKED);
    RETURN 0;
END
$$;
COMMENT ON FUNCTION crisis_login.attempt(text, bytea, integer, integer, integer, integer) IS 'Starts a login attempt: seconds to wait (nothing counted), or 0 with the attempt counted as a failure until crisis_login.succeeded or crisis_login.uncount.';

CREATE FUNCTION crisis_login.uncount(p_client text, p_account bytea) RETURNS void
LANGUAGE sql AS $$
    UPDATE crisis_login.throttle SET failures = greatest(failures - 1, 0)
    WHERE client = p_client AND account IN ('', p_account)
$$;
COMMENT ON FUNCTION crisis_login.uncount(text, bytea) IS 'Takes back an attempt that crisis_login.attempt counted but that was never checked (the service was busy).';

CREATE FUNCTION crisis_login.succeeded(p_client text, p_account bytea) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM crisis_login.throttle WHERE client = p_client AND account = p_account;
    UPDATE crisis_login.throttle SET failures = greatest(failures - 1, 0) WHERE client = p_client AND account = '';
$$;
COMMENT ON FUNCTION crisis_login.succeeded(text, bytea) IS 'A right password: the account forgets this client''s failures; the client''s own count is not a failure more (its earlier failures stay).';

GRANT USAGE ON SCHEMA crisis_login TO crisis_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON crisis_login.throttle TO crisis_app;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA crisis_login TO crisis_app;

-- "Hidden" and "does not exist" must not be told apart by time. The rule is unchanged (a user sees the situations
-- its organisation owns or that are shared with it; national crisis centre coordinators and admins see all), but
-- the user's side is decided first and the same way whether or not the situation exists, and without a nested
-- function call (each costs a plan). Callers pass the requested id, not a row's, so that it runs before any row
-- is read (a one-time filter).
CREATE OR REPLACE FUNCTION crisis.can_see_situation(p_user bigint, p_situation bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT FROM crisis.users u JOIN crisis.organisations o ON o.id = u.organisation_id
        WHERE u.id = p_user AND u.active
          AND ((o.kind = 'national_crisis_centre' AND u.role IN ('coordinator', 'admin'))
               OR EXISTS (SELECT FROM crisis.situations s
                          WHERE s.id = p_situation AND s.owner_org_id = u.organisation_id)
               OR EXISTS (SELECT FROM crisis.situation_shares sh
                          WHERE sh.situation_id = p_situation AND sh.organisation_id = u.organisation_id))
    ) AND EXISTS (SELECT FROM crisis.situations s WHERE s.id = p_situation)
$$;

-- The old lock goes. Its audit rows go too: the typed emails of 010's table, and the users rows that changed
-- nothing but the failure counter (noise from anonymous callers, not a platform user's write).
DELETE FROM crisis.audit_log WHERE table_name = 'login_failures';
DELETE FROM crisis.audit_log
WHERE table_name = 'users' AND operation = 'UPDATE'
  AND before - 'failed_logins' - 'locked_until' = after - 'failed_logins' - 'locked_until';
DROP TABLE crisis.login_failures;
ALTER TABLE crisis.users DROP COLUMN failed_logins, DROP COLUMN locked_until;

COMMIT;
