-- crisis_login.attempt measured the back-off against now(), the start of its transaction. Two attempts of one key
-- at the same moment both start, one waits for the other's row lock, and the waiting one then saw the other's
-- failure as counted after its own "now": it told the client to wait a second too long (Retry-After 2 for a
-- back-off of 1 s). The time is now read once the rows are locked (clock_timestamp()), and a counted failure is
-- stamped with that same time. Same rule, same arguments, same answers otherwise.
BEGIN;

CREATE OR REPLACE FUNCTION crisis_login.attempt(p_client text, p_account bytea, p_account_free integer,
                                                p_client_free integer, p_cap_s integer, p_window_s integer)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    wait_s double precision := 0;
    at timestamptz;
    r record;
BEGIN
    INSERT INTO crisis_login.throttle (client, account) VALUES (p_client, ''), (p_client, p_account)
    ON CONFLICT DO NOTHING;
    -- Both rows locked in key order (concurrent attempts cannot deadlock), then the time is read.
    PERFORM FROM crisis_login.throttle WHERE client = p_client AND account IN ('', p_account)
    ORDER BY account FOR UPDATE;
    at := clock_timestamp();
    FOR r IN SELECT * FROM crisis_login.throttle WHERE client = p_client AND account IN ('', p_account) LOOP
        IF r.last_failed_at > at - make_interval(secs => p_window_s) THEN
            wait_s := greatest(wait_s, extract(epoch FROM crisis_login.retry_at(
                r.failures, r.last_failed_at, CASE WHEN r.account = '' THEN p_client_free ELSE p_account_free END,
                p_cap_s) - at));
        END IF;
    END LOOP;
    IF wait_s > 0 THEN
        RETURN ceil(wait_s)::integer;
    END IF;
    UPDATE crisis_login.throttle
    SET failures = CASE WHEN last_failed_at > at - make_interval(secs => p_window_s) THEN failures + 1 ELSE 1 END,
        last_failed_at = at
    WHERE client = p_client AND account IN ('', p_account);
    -- Each counted attempt adds at most two rows and removes up to 100 stale ones: the table stays bounded.
    -- Rows another attempt holds are skipped, not waited for (two attempts never wait on each other here).
    DELETE FROM crisis_login.throttle WHERE ctid IN (
        SELECT ctid FROM crisis_login.throttle WHERE last_failed_at < at - make_interval(secs => p_window_s)
        ORDER BY last_failed_at LIMIT 100 FOR UPDATE SKIP LOCKED);
    RETURN 0;
END
$$;
COMMENT ON FUNCTION crisis_login.attempt(text, bytea, integer, integer, integer, integer) IS 'Starts a login attempt: seconds to wait (nothing counted), or 0 with the attempt counted as a failure until crisis_login.succeeded or crisis_login.uncount.';

COMMIT;
