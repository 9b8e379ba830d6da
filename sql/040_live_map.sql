-- The live map: every change to an anchor or perimeter, whoever made it (browser, QGIS, WFS-T, API, a plan's
-- activation), is logged in order per situation and rung on the doorbell channel crisis_map, so that the live
-- stream of the situation announces it and a reconnecting map catches up from the last change it saw.
BEGIN;

CREATE SCHEMA crisis_live;
COMMENT ON SCHEMA crisis_live IS 'What the live streams replay from: derived from the audited tables, not audited itself.';
GRANT USAGE ON SCHEMA crisis_live TO crisis_app;

CREATE TABLE crisis_live.map_changes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    situation_id bigint NOT NULL,
    layer text NOT NULL CHECK (layer IN ('anchors', 'perimeters')),
    feature_id bigint NOT NULL,
    operation text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    version integer NOT NULL,
    changed_by bigint,
    changed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX map_changes_situation_idx ON crisis_live.map_changes (situation_id, id);
COMMENT ON TABLE crisis_live.map_changes IS 'One row per written anchor or perimeter, in commit order within a situation: the live map''s events and what a reconnecting map replays (the feature itself is read from its table).';
GRANT SELECT ON crisis_live.map_changes TO crisis_app;

-- As for the logbook (sql/010): the writers of one situation's map wait for each other before drawing the change's
-- id, so that ids within a situation follow commit order and "after id N" never skips a change.
CREATE FUNCTION crisis.log_map_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = crisis, public AS $$
DECLARE
    r record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    change bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('crisis_live.map_changes'), (r.situation_id % 2147483647)::integer);
    INSERT INTO crisis_live.map_changes (situation_id, layer, feature_id, operation, version, changed_by)
    VALUES (r.situation_id, TG_TABLE_NAME, r.id, TG_OP, r.version,
            CASE WHEN TG_OP = 'DELETE' THEN crisis.current_actor() ELSE r.updated_by END)
    RETURNING id INTO change;
    PERFORM pg_notify('crisis_map', r.situation_id::text || ':' || change::text);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION crisis.log_map_change() IS 'Logs a written anchor or perimeter in crisis_live.map_changes (ids in commit order per situation) and rings crisis_map with "<situation_id>:<change id>".';
CREATE TRIGGER anchors_log_map_change AFTER INSERT OR UPDATE OR DELETE ON crisis.anchors
    FOR EACH ROW EXECUTE FUNCTION crisis.log_map_change();
CREATE TRIGGER perimeters_log_map_change AFTER INSERT OR UPDATE OR DELETE ON crisis.perimeters
    FOR EACH ROW EXECUTE FUNCTION crisis.log_map_change();

-- Perimeter shapes, computed here for every client (the API, and through it the browser) the way the QGIS plugin
-- computes them (qgis_plugin/core/geometry.py): in Belgian Lambert 2008 metres, circles of 32 segments per
-- quarter; tests/plugin checks that both agree.
CREATE FUNCTION crisis.safety_rings(p_center geometry, p_radii double precision[], p_rings boolean DEFAULT true)
RETURNS TABLE (kind text, label text, inner_radius_m double precision, outer_radius_m double precision,
               geom geometry)
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    kinds text[] := ARRAY['red', 'orange', 'yellow'];
    center geometry;
    previous geometry;
    disc geometry;
    prev_radius double precision := 0;
BEGIN
    IF p_center IS NULL OR GeometryType(p_center) <> 'POINT' THEN
        RAISE EXCEPTION 'the centre of the rings must be a point' USING ERRCODE = 'check_violation';
    END IF;
    IF coalesce(array_length(p_radii, 1), 0) <> 3 THEN
        RAISE EXCEPTION 'give one radius for each of the red, orange and yellow zones' USING ERRCODE = 'check_violation';
    END IF;
    IF p_radii[1] <= 0 OR p_radii[2] <= p_radii[1] OR p_radii[3] <= p_radii[2] OR p_radii[3] > 100000 THEN
        RAISE EXCEPTION 'the radii must be positive, grow from the red to the yellow zone, and stay within 100 km'
            USING ERRCODE = 'check_violation';
    END IF;
    center := ST_Transform(ST_SetSRID(p_center, 4326), 3812);
    FOR i IN 1..3 LOOP
        disc := ST_Buffer(center, p_radii[i], 32);
        kind := kinds[i];
        geom := ST_Multi(ST_Transform(CASE WHEN p_rings AND previous IS NOT NULL THEN ST_Difference(disc, previous)
                                           ELSE disc END, 4326));
        inner_radius_m := CASE WHEN p_rings THEN prev_radius ELSE 0 END;
        outer_radius_m := p_radii[i];
        label := CASE WHEN p_rings AND prev_radius > 0 THEN prev_radius::numeric::text || '-' ELSE '0-' END
                 || p_radii[i]::numeric::text || ' m';
        RETURN NEXT;
        prev_radius := p_radii[i];
        previous := disc;
    END LOOP;
END
$$;
COMMENT ON FUNCTION crisis.safety_rings(geometry, double precision[], boolean) IS 'Red, orange and yellow zones around a point (EPSG:4326): the red a disc, the others rings (or discs); radii in metres, innermost first. The same construction as the plugin''s rings tool.';

CREATE FUNCTION crisis.downwind_zone(p_source geometry, p_wind_from_deg double precision, p_length_m double precision,
                                     p_opening_deg double precision DEFAULT 60,
                                     p_upwind_radius_m double precision DEFAULT NULL,
                                     p_wind_speed_ms double precision DEFAULT NULL)
RETURNS geometry
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    source geometry;
    upwind double precision := coalesce(p_upwind_radius_m, greatest(50.0, 0.1 * p_length_m));
    downwind double precision;
    steps integer;
    arc geometry[];
    azimuth double precision;
    sector geometry;
BEGIN
    IF p_source IS NULL OR GeometryType(p_source) <> 'POINT' THEN
        RAISE EXCEPTION 'the source of the downwind zone must be a point' USING ERRCODE = 'check_violation';
    END IF;
    IF p_length_m IS NULL OR p_length_m <= 0 OR p_length_m > 100000 THEN
        RAISE EXCEPTION 'the length of the downwind zone must be positive (at most 100 km)' USING ERRCODE = 'check_violation';
    END IF;
    IF p_opening_deg IS NULL OR NOT (p_opening_deg > 0 AND p_opening_deg < 360) THEN
        RAISE EXCEPTION 'the opening angle must be between 0 and 360 degrees' USING ERRCODE = 'check_violation';
    END IF;
    IF upwind < 0 OR upwind >= p_length_m THEN
        RAISE EXCEPTION 'the radius around the source must be smaller than the length' USING ERRCODE = 'check_violation';
    END IF;
    source := ST_Transform(ST_SetSRID(p_source, 4326), 3812);
    -- A calm wind has no direction: the plume can go anywhere.
    IF p_wind_speed_ms IS NOT NULL AND p_wind_speed_ms < 0.5 THEN
        RETURN ST_Multi(ST_Transform(ST_Buffer(source, p_length_m, 32), 4326));
    END IF;
    IF p_wind_from_deg IS NULL THEN
        RAISE EXCEPTION 'no wind direction: record a weather observation or give the direction'
            USING ERRCODE = 'check_violation';
    END IF;
    downwind := mod((p_wind_from_deg + 180.0)::numeric, 360)::double precision;
    steps := greatest(8, ceil(p_opening_deg / 2.0)::integer);
    arc := ARRAY[source];
    FOR i IN 0..steps LOOP
        azimuth := radians(downwind - p_opening_deg / 2.0 + p_opening_deg * i / steps);
        arc := arc || ST_SetSRID(ST_MakePoint(ST_X(source) + p_length_m * sin(azimuth),
                                              ST_Y(source) + p_length_m * cos(azimuth)), 3812);
    END LOOP;
    sector := ST_MakePolygon(ST_MakeLine(arc || source));
    IF upwind > 0 THEN
        sector := ST_Union(sector, ST_Buffer(source, upwind, 32));
    END IF;
    RETURN ST_Multi(ST_Transform(sector, 4326));
END
$$;
COMMENT ON FUNCTION crisis.downwind_zone(geometry, double precision, double precision, double precision, double precision, double precision) IS 'A sector from a source point (EPSG:4326) pointing where the wind blows to (wind_from + 180), with a rounded part around the source; a disc in calm wind (below 0.5 m/s). The same construction as the plugin''s downwind tool.';

COMMIT;
