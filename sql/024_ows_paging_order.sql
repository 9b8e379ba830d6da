-- Every published relation comes in the order of its key, so that a client paging with offsets (GDAL, OWSLib,
-- QGIS's OGC API Features provider, none of which names a sort order) sees each feature exactly once.
BEGIN;

CREATE OR REPLACE VIEW crisis.anchor_features AS
SELECT id, situation_id, kind, label, status, notes, geom, version, organisation_id, created_by, created_at,
       updated_by, updated_at
FROM crisis.anchors
ORDER BY id;
COMMENT ON VIEW crisis.anchor_features IS 'Published as the OGC layer anchors (feature id anchors.<id>), in the order of id; written through by WFS-T, the table''s triggers apply.';

CREATE OR REPLACE VIEW crisis.perimeter_features AS
SELECT id, situation_id, kind, label, notes, geom, version, organisation_id, created_by, created_at,
       updated_by, updated_at
FROM crisis.perimeters
ORDER BY id;
COMMENT ON VIEW crisis.perimeter_features IS 'Published as the OGC layer perimeters (feature id perimeters.<id>), in the order of id; written through by WFS-T, the table''s triggers apply.';

CREATE OR REPLACE VIEW crisis.situation_areas AS
SELECT s.id AS situation_id, s.kind, s.status, s.phase, s.activation_level, s.title, s.description,
       s.is_exercise, s.starts_at, s.ends_at, s.owner_org_id, o.name AS owner_organisation,
       s.version, s.created_at, s.updated_at, s.area
FROM crisis.situations s
JOIN crisis.organisations o ON o.id = s.owner_org_id
ORDER BY s.id;

CREATE OR REPLACE VIEW crisis.located_feed_entries AS
SELECT e.id, e.situation_id, e.channel, e.priority, e.body, e.author_id, u.display_name AS author_name,
       e.organisation_id, o.name AS organisation_name, e.discipline, e.corrects_id, e.is_system, e.created_at,
       e.location
FROM crisis.feed_entries e
LEFT JOIN crisis.users u ON u.id = e.author_id
LEFT JOIN crisis.organisations o ON o.id = e.organisation_id
WHERE e.location IS NOT NULL
ORDER BY e.id;

CREATE OR REPLACE VIEW crisis.plan_zones AS
SELECT p.id AS plan_id, p.code, p.kind, p.discipline, p.title, p.risk_site, p.status, p.owner_org_id,
       o.name AS owner_organisation, p.approved_on, p.next_review_on, p.zone AS geom
FROM crisis.plans p
JOIN crisis.organisations o ON o.id = p.owner_org_id
WHERE p.zone IS NOT NULL
ORDER BY p.id;

CREATE VIEW crisis.weather_observation_features AS
SELECT id, situation_id, observed_at, geom, wind_from_deg, wind_speed_ms, temperature_c, precipitation_mm,
       stability_class, source, created_at
FROM crisis.weather_observations
ORDER BY id;
COMMENT ON VIEW crisis.weather_observation_features IS 'Published as the OGC layer weather_observations, in the order of id.';
GRANT SELECT ON crisis.weather_observation_features TO crisis_app;

COMMIT;
