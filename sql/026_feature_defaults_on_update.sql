BEGIN;

-- What a client sends as NULL for label or notes (GDAL reads an empty value as unset and writes it back so) takes
-- the column's default on an update too, as on an insert: an empty string stays an empty string.
DROP TRIGGER anchors_feature_defaults ON crisis.anchors;
DROP TRIGGER perimeters_feature_defaults ON crisis.perimeters;
CREATE TRIGGER anchors_feature_defaults BEFORE INSERT OR UPDATE ON crisis.anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.feature_defaults();
CREATE TRIGGER perimeters_feature_defaults BEFORE INSERT OR UPDATE ON crisis.perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.feature_defaults();

COMMIT;
