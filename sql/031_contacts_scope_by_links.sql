-- Need-to-know of contacts at directory scale (100,000 contacts, a province linked to 10,000 of them): the rule is
-- unchanged, only how it is evaluated. 030's contact_scope held the ids of every linked contact in one array that
-- each candidate row scanned, and the array was rebuilt for every candidate; can_see_contact asked can_see_situation
-- and can_see_plan about every link of the contact. Here the user's side is the few situations and plans it sees,
-- computed once per statement, and a contact is tested by index probes into its own links.
BEGIN;

-- Replaced by visible_contacts (lists) and the user's side computed inside can_see_contact (cards).
DROP FUNCTION crisis.contact_scope(bigint);

-- The rule for lists and search, as an inlined set-returning SQL function: the caller's filters, order and limit
-- reach the contacts table and its indexes (trigram search, sort order, organisation) as if the query had been
-- written out. The user's side is made of uncorrelated sub-selects, each run once per statement. Three disjoint
-- branches instead of one OR, so that each has its index: all contacts for those who see all, those of the user's
-- organisation, and the others linked to a situation or plan the user sees. The last is a semi-join: the planner
-- chooses between probing each candidate's links by index (a search) and reading the links of the user's
-- situations once (the whole list). As "OR EXISTS" it would be costed as one probe per contact row, and a count of
-- the directory would look costly enough to be JIT-compiled, which takes seconds.
CREATE FUNCTION crisis.visible_contacts(p_user bigint) RETURNS SETOF crisis.contacts
LANGUAGE sql STABLE AS $$
    SELECT c.* FROM crisis.contacts c
    WHERE c.erased_at IS NULL AND (SELECT crisis.user_sees_all(p_user))
    UNION ALL
    SELECT c.* FROM crisis.contacts c
    WHERE c.erased_at IS NULL AND NOT (SELECT crisis.user_sees_all(p_user))
      AND c.organisation_id = (SELECT u.organisation_id FROM crisis.users u WHERE u.id = p_user AND u.active)
    UNION ALL
    SELECT c.* FROM crisis.contacts c
    WHERE c.erased_at IS NULL AND NOT (SELECT crisis.user_sees_all(p_user))
      AND c.organisation_id <> (SELECT u.organisation_id FROM crisis.users u WHERE u.id = p_user AND u.active)
      AND EXISTS (SELECT FROM crisis.contact_links l
                  WHERE l.contact_id = c.id
                    AND (l.situation_id = ANY (ARRAY(SELECT v FROM crisis.visible_situation_ids(p_user) v))
                         OR l.plan_id = ANY (ARRAY(SELECT v FROM crisis.visible_plan_ids(p_user) v))))
$$;
COMMENT ON FUNCTION crisis.visible_contacts(bigint) IS 'The contacts a user sees (the rule of can_see_contact), for lists and search: none for an unknown or inactive user; otherwise not erased, and all of them for national crisis centre coordinators and admins, those of its own organisation, and those linked to a situation or plan it sees.';

-- The rule for one card, the same as visible_contacts. The user's side is computed first and in full, whether or
-- not the contact exists, so that a hidden contact and a missing one take the same time; then the contact's row and
-- its links are probed by index. PL/pgSQL, not SQL: a SQL function that is not inlined (this one has sub-selects)
-- is planned again in every statement that calls it, a PL/pgSQL one keeps its plans for the session.
CREATE OR REPLACE FUNCTION crisis.can_see_contact(p_user bigint, p_contact bigint) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
DECLARE
    scope record;
BEGIN
    SELECT (o.kind = 'national_crisis_centre' AND u.role IN ('coordinator', 'admin')) AS sees_all, u.organisation_id,
           ARRAY(SELECT v FROM crisis.visible_situation_ids(u.id) v) AS situations,
           ARRAY(SELECT v FROM crisis.visible_plan_ids(u.id) v) AS plans
    INTO scope
    FROM crisis.users u JOIN crisis.organisations o ON o.id = u.organisation_id
    WHERE u.id = p_user AND u.active;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT FROM crisis.contacts c
                   WHERE c.id = p_contact AND c.erased_at IS NULL
                     AND (scope.sees_all OR c.organisation_id = scope.organisation_id
                          OR EXISTS (SELECT FROM crisis.contact_links l
                                     WHERE l.contact_id = c.id
                                       AND (l.situation_id = ANY (scope.situations) OR l.plan_id = ANY (scope.plans)))));
END
$$;
COMMENT ON FUNCTION crisis.can_see_contact(bigint, bigint) IS 'Need-to-know: a contact of the user''s own organisation, or linked to a situation the user sees or a plan it may read; national crisis centre coordinators see all. Erased contacts are seen by no one. The same rule as visible_contacts.';

COMMIT;
