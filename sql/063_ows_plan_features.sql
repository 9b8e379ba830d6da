-- The prepared anchors and perimeters of the plans, published by the OGC front as the read-only layers plan_anchors
-- and plan_perimeters beside plan_zones: keyed by id, in the order of id (paging by offset, sql/024), carrying
-- plan_id for the plan visibility rule of their access filter (crisis.visible_plan_ids) and the plan's code and title
-- so that a client tells the plans apart. Joined to the plan, neither view can be written through, and the service
-- role may only read them.
BEGIN;

CREATE VIEW crisis.plan_anchor_features AS
SELECT a.id, a.plan_id, p.code AS plan_code, p.title AS plan_title, a.kind, a.label, a.geom
FROM crisis.plan_anchors a
JOIN crisis.plans p ON p.id = a.plan_id
ORDER BY a.id;
COMMENT ON VIEW crisis.plan_anchor_features IS 'Published as the read-only OGC layer plan_anchors (feature id plan_anchors.<id>): the anchors prepared in plans, with the code and title of their plan, in the order of id.';

CREATE VIEW crisis.plan_perimeter_features AS
SELECT z.id, z.plan_id, p.code AS plan_code, p.title AS plan_title, z.kind, z.label, z.geom
FROM crisis.plan_perimeters z
JOIN crisis.plans p ON p.id = z.plan_id
ORDER BY z.id;
COMMENT ON VIEW crisis.plan_perimeter_features IS 'Published as the read-only OGC layer plan_perimeters (feature id plan_perimeters.<id>): the perimeters prepared in plans, with the code and title of their plan, in the order of id.';

GRANT SELECT ON crisis.plan_anchor_features, crisis.plan_perimeter_features TO crisis_app;

COMMIT;
