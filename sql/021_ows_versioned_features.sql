-- Anchors and perimeters as the OGC front publishes them: the same rows, keyed by (id, version).
--
-- QGIS Server names a feature by its key, so a client reads "anchors.12@@3" and writes back to that name. An
-- Update or Delete of a feature that someone else changed since the client read it names a version that no
-- longer exists and reaches no row: two writers cannot silently overwrite each other, whatever the client sends.
-- Simple views, so that PostgreSQL writes through them to the tables, whose triggers (ids, authors, versions,
-- write rights, audit, perimeter history) apply as before.
BEGIN;

CREATE VIEW crisis.anchor_features AS
SELECT id, situation_id, kind, label, status, notes, geom, version, organisation_id, created_by, created_at,
       updated_by, updated_at
FROM crisis.anchors;
COMMENT ON VIEW crisis.anchor_features IS 'Published as the OGC layer anchors, keyed by (id, version): an edit names the version it read.';

CREATE VIEW crisis.perimeter_features AS
SELECT id, situation_id, kind, label, notes, geom, version, organisation_id, created_by, created_at,
       updated_by, updated_at
FROM crisis.perimeters;
COMMENT ON VIEW crisis.perimeter_features IS 'Published as the OGC layer perimeters, keyed by (id, version): an edit names the version it read.';

GRANT SELECT, INSERT, UPDATE, DELETE ON crisis.anchor_features, crisis.perimeter_features TO crisis_app;

COMMIT;
