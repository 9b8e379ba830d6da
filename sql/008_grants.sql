-- The service role: reads what it serves, writes only where the platform writes; never updates or deletes the logbook or the audit log.
BEGIN;

GRANT USAGE ON SCHEMA crisis TO crisis_app;
REVOKE ALL ON ALL TABLES IN SCHEMA crisis FROM crisis_app;
GRANT SELECT ON ALL TABLES IN SCHEMA crisis TO crisis_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA crisis TO crisis_app;

GRANT INSERT ON crisis.situations, crisis.situation_shares, crisis.sitreps,
                crisis.anchors, crisis.perimeters,
                crisis.feed_entries, crisis.feed_attachments,
                crisis.users, crisis.api_tokens,
                crisis.contacts, crisis.contact_links, crisis.contact_access_log,
                crisis.plans, crisis.plan_shares, crisis.plan_documents, crisis.plan_anchors, crisis.plan_perimeters,
                crisis.plan_activations, crisis.plan_exercises,
                crisis.weather_observations
    TO crisis_app;
GRANT UPDATE ON crisis.situations, crisis.anchors, crisis.perimeters, crisis.users, crisis.api_tokens,
                crisis.contacts, crisis.plans, crisis.plan_anchors, crisis.plan_perimeters
    TO crisis_app;
GRANT DELETE ON crisis.anchors, crisis.perimeters, crisis.situation_shares, crisis.api_tokens,
                crisis.contacts, crisis.contact_links, crisis.plan_shares, crisis.plan_anchors, crisis.plan_perimeters
    TO crisis_app;

REVOKE UPDATE, DELETE, TRUNCATE ON crisis.feed_entries, crisis.feed_attachments, crisis.audit_log,
                                   crisis.perimeter_history, crisis.contact_access_log FROM crisis_app;

COMMIT;
