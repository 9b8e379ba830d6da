-- One vocabulary: every code list of the platform is a reference table with its labels in English, French,
-- Dutch and German, in the order a form lists it (sort_order). The columns that take a code refer to their
-- table (foreign keys instead of the CHECK lists of the first migrations), so a code exists in one place only.
-- The API serves these tables (/api/reference); the plugin's and the styles' offline copies are generated
-- from their export (server_services/vocabulary/); tests/test_vocabulary.py fails on any difference.
BEGIN;

CREATE TABLE crisis.situation_kinds (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.situation_kinds IS 'Kinds of situation: a real incident, a planned event, an exercise, a technical test (the last two are never real data).';
INSERT INTO crisis.situation_kinds VALUES
    ('incident', 'Incident', 'Incident', 'Incident', 'Schadenslage', 10),
    ('event', 'Planned event', 'Événement planifié', 'Gepland evenement', 'Geplante Veranstaltung', 20),
    ('exercise', 'Exercise', 'Exercice', 'Oefening', 'Übung', 30),
    ('test', 'Technical test', 'Test technique', 'Technische test', 'Technischer Test', 40);

CREATE TABLE crisis.situation_statuses (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.situation_statuses IS 'The lifecycle of a situation: draft, active, closed, archived (labels agree with "la situation" in French).';
INSERT INTO crisis.situation_statuses VALUES
    ('draft', 'Draft', 'Brouillon', 'Ontwerp', 'Entwurf', 10),
    ('active', 'Active', 'Active', 'Actief', 'Aktiv', 20),
    ('closed', 'Closed', 'Clôturée', 'Afgesloten', 'Abgeschlossen', 30),
    ('archived', 'Archived', 'Archivée', 'Gearchiveerd', 'Archiviert', 40);

CREATE TABLE crisis.coordination_phases (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.coordination_phases IS 'Coordination phases (Royal Decree of 22 May 2019), lowest first: sort_order says which change raises the phase.';
INSERT INTO crisis.coordination_phases VALUES
    ('none', 'Operational only', 'Opérationnelle uniquement', 'Alleen operationeel', 'Nur operativ', 10),
    ('communal', 'Communal phase', 'Phase communale', 'Gemeentelijke fase', 'Kommunale Phase', 20),
    ('provincial', 'Provincial phase', 'Phase provinciale', 'Provinciale fase', 'Provinziale Phase', 30),
    ('federal', 'Federal phase', 'Phase fédérale', 'Federale fase', 'Föderale Phase', 40);

CREATE TABLE crisis.activation_levels (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.activation_levels IS 'Activation levels of the national emergency plan, lowest first (a situation without one has none).';
INSERT INTO crisis.activation_levels VALUES
    ('standby', 'Stand-by', 'Veille', 'Stand-by', 'Bereitschaft', 10),
    ('pre_alert', 'Pre-alert', 'Pré-alerte', 'Vooralarm', 'Voralarm', 20),
    ('alert', 'Alert', 'Alerte', 'Alarm', 'Alarm', 30);

CREATE TABLE crisis.anchor_statuses (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.anchor_statuses IS 'Whether a key place is planned, in use or no longer in use.';
INSERT INTO crisis.anchor_statuses VALUES
    ('planned', 'Planned', 'Prévu', 'Gepland', 'Geplant', 10),
    ('active', 'Active', 'Actif', 'Actief', 'Aktiv', 20),
    ('inactive', 'Inactive', 'Inactif', 'Inactief', 'Inaktiv', 30);

CREATE TABLE crisis.disciplines (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.disciplines IS 'The five disciplines: D1 rescue, D2 medical, D3 police, D4 logistics, D5 information.';
INSERT INTO crisis.disciplines VALUES
    ('D1', 'D1 rescue', 'D1 secours', 'D1 hulpverlening', 'D1 Rettung', 10),
    ('D2', 'D2 medical', 'D2 médical', 'D2 medisch', 'D2 Sanitätsdienst', 20),
    ('D3', 'D3 police', 'D3 police', 'D3 politie', 'D3 Polizei', 30),
    ('D4', 'D4 logistics', 'D4 logistique', 'D4 logistiek', 'D4 Logistik', 40),
    ('D5', 'D5 information', 'D5 information', 'D5 informatie', 'D5 Information', 50);

CREATE TABLE crisis.feed_channels (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.feed_channels IS 'Logbook channels: the multidisciplinary feed, one per discipline (same labels as crisis.disciplines) and the coordination cell''s.';
INSERT INTO crisis.feed_channels VALUES
    ('multidisciplinary', 'Multidisciplinary', 'Multidisciplinaire', 'Multidisciplinair', 'Multidisziplinär', 10),
    ('D1', 'D1 rescue', 'D1 secours', 'D1 hulpverlening', 'D1 Rettung', 20),
    ('D2', 'D2 medical', 'D2 médical', 'D2 medisch', 'D2 Sanitätsdienst', 30),
    ('D3', 'D3 police', 'D3 police', 'D3 politie', 'D3 Polizei', 40),
    ('D4', 'D4 logistics', 'D4 logistique', 'D4 logistiek', 'D4 Logistik', 50),
    ('D5', 'D5 information', 'D5 information', 'D5 informatie', 'D5 Information', 60),
    ('coordination', 'Coordination cell', 'Cellule de coordination', 'Coördinatiecel', 'Koordinierungszelle', 70);

CREATE TABLE crisis.feed_priorities (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.feed_priorities IS 'Priorities of logbook entries, lowest first.';
INSERT INTO crisis.feed_priorities VALUES
    ('info', 'Info', 'Info', 'Info', 'Info', 10),
    ('important', 'Important', 'Important', 'Belangrijk', 'Wichtig', 20),
    ('urgent', 'Urgent', 'Urgent', 'Dringend', 'Dringend', 30);

CREATE TABLE crisis.user_roles (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.user_roles IS 'Roles of a login: admins and coordinators lead, editors write, readers read.';
INSERT INTO crisis.user_roles VALUES
    ('admin', 'Administrator', 'Administrateur', 'Beheerder', 'Administrator', 10),
    ('coordinator', 'Coordinator', 'Coordinateur', 'Coördinator', 'Koordinator', 20),
    ('editor', 'Editor', 'Rédacteur', 'Redacteur', 'Bearbeiter', 30),
    ('reader', 'Reader', 'Lecteur', 'Lezer', 'Leser', 40);

CREATE TABLE crisis.languages (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.languages IS 'The languages the platform speaks; a language''s label in itself (label_<code>) is its own name.';
INSERT INTO crisis.languages VALUES
    ('en', 'English', 'Anglais', 'Engels', 'Englisch', 10),
    ('fr', 'French', 'Français', 'Frans', 'Französisch', 20),
    ('nl', 'Dutch', 'Néerlandais', 'Nederlands', 'Niederländisch', 30),
    ('de', 'German', 'Allemand', 'Duits', 'Deutsch', 40);

CREATE TABLE crisis.plan_kinds (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.plan_kinds IS 'Kinds of emergency plan: general, particular (risk site), monodisciplinary, internal.';
INSERT INTO crisis.plan_kinds VALUES
    ('PGUI', 'General emergency plan (PGUI)', 'Plan général d''urgence et d''intervention (PGUI)', 'Algemeen nood- en interventieplan (ANIP)', 'Allgemeiner Notfall- und Interventionsplan (ANIP)', 10),
    ('PPUI', 'Particular emergency plan (PPUI)', 'Plan particulier d''urgence et d''intervention (PPUI)', 'Bijzonder nood- en interventieplan (BNIP)', 'Besonderer Notfall- und Interventionsplan (BNIP)', 20),
    ('monodisciplinary', 'Monodisciplinary plan', 'Plan monodisciplinaire', 'Monodisciplinair plan', 'Monodisziplinärer Plan', 30),
    ('internal', 'Internal plan (PIU)', 'Plan interne d''urgence (PIU)', 'Intern noodplan (INP)', 'Interner Notfallplan (INP)', 40);

CREATE TABLE crisis.plan_statuses (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.plan_statuses IS 'Whether a plan is being written, in force or withdrawn.';
INSERT INTO crisis.plan_statuses VALUES
    ('draft', 'Draft', 'Projet', 'Ontwerp', 'Entwurf', 10),
    ('in_force', 'In force', 'En vigueur', 'Van kracht', 'In Kraft', 20),
    ('withdrawn', 'Withdrawn', 'Retiré', 'Ingetrokken', 'Zurückgezogen', 30);

CREATE TABLE crisis.contact_availabilities (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.contact_availabilities IS 'Whether a contact can be reached now: available, on call, unavailable.';
INSERT INTO crisis.contact_availabilities VALUES
    ('available', 'Available', 'Disponible', 'Beschikbaar', 'Verfügbar', 10),
    ('on_call', 'On call', 'De garde', 'Van wacht', 'In Rufbereitschaft', 20),
    ('unavailable', 'Unavailable', 'Indisponible', 'Niet beschikbaar', 'Nicht verfügbar', 30);

CREATE TABLE crisis.stability_classes (
    code text PRIMARY KEY, label_en text NOT NULL, label_fr text NOT NULL, label_nl text NOT NULL,
    label_de text NOT NULL, sort_order integer NOT NULL UNIQUE
);
COMMENT ON TABLE crisis.stability_classes IS 'Pasquill stability classes of the atmosphere, A (very unstable) to F (stable): how fast a plume spreads.';
INSERT INTO crisis.stability_classes VALUES
    ('A', 'A very unstable', 'A très instable', 'A zeer onstabiel', 'A sehr labil', 10),
    ('B', 'B unstable', 'B instable', 'B onstabiel', 'B labil', 20),
    ('C', 'C slightly unstable', 'C légèrement instable', 'C licht onstabiel', 'C leicht labil', 30),
    ('D', 'D neutral', 'D neutre', 'D neutraal', 'D neutral', 40),
    ('E', 'E slightly stable', 'E légèrement stable', 'E licht stabiel', 'E leicht stabil', 50),
    ('F', 'F stable', 'F stable', 'F stabiel', 'F stabil', 60);

-- The lists of the first migrations get the same shape (a form order), and one label its translations agree on.
ALTER TABLE crisis.organisation_kinds ADD COLUMN sort_order integer;
UPDATE crisis.organisation_kinds k SET sort_order = o.n * 10
FROM (VALUES ('national_crisis_centre', 1), ('province', 2), ('municipality', 3), ('fire_zone', 4),
             ('medical_service', 5), ('police_zone', 6), ('civil_protection', 7), ('communication_cell', 8),
             ('dispatch_112', 9), ('risk_site_operator', 10), ('partner_agency', 11)) AS o (code, n)
WHERE k.code = o.code;
UPDATE crisis.organisation_kinds SET sort_order = 1000 + (SELECT count(*) FROM crisis.organisation_kinds k2
                                                           WHERE k2.code < organisation_kinds.code)
WHERE sort_order IS NULL;
ALTER TABLE crisis.organisation_kinds ALTER COLUMN sort_order SET NOT NULL,
    ADD CONSTRAINT organisation_kinds_sort_order_key UNIQUE (sort_order);
COMMENT ON COLUMN crisis.organisation_kinds.sort_order IS 'The order in which forms list the kinds.';

ALTER TABLE crisis.perimeter_kinds ADD COLUMN sort_order integer;
UPDATE crisis.perimeter_kinds k SET sort_order = o.n * 10
FROM (VALUES ('red', 1), ('orange', 2), ('yellow', 3), ('emergency_planning_zone', 4), ('intervention_zone', 5),
             ('evacuation', 6), ('sheltering', 7), ('traffic_diversion', 8)) AS o (code, n)
WHERE k.code = o.code;
UPDATE crisis.perimeter_kinds SET sort_order = 1000 + draw_order WHERE sort_order IS NULL;
ALTER TABLE crisis.perimeter_kinds ALTER COLUMN sort_order SET NOT NULL,
    ADD CONSTRAINT perimeter_kinds_sort_order_key UNIQUE (sort_order);
COMMENT ON COLUMN crisis.perimeter_kinds.sort_order IS 'The order in which forms list the kinds (draw_order is the order of drawing).';

-- "Stay indoors" is "binnen blijven" in Dutch, as the plugin has always said.
UPDATE crisis.perimeter_kinds SET label_nl = 'Schuilgebied (binnen blijven)' WHERE code = 'sheltering';

-- Codes refer to their list. Each referring column is indexed (the rule of every foreign key here).
ALTER TABLE crisis.situations
    DROP CONSTRAINT situations_kind_check, DROP CONSTRAINT situations_status_check,
    DROP CONSTRAINT situations_phase_check, DROP CONSTRAINT situations_activation_level_check,
    ADD CONSTRAINT situations_kind_fkey FOREIGN KEY (kind) REFERENCES crisis.situation_kinds (code),
    ADD CONSTRAINT situations_status_fkey FOREIGN KEY (status) REFERENCES crisis.situation_statuses (code),
    ADD CONSTRAINT situations_phase_fkey FOREIGN KEY (phase) REFERENCES crisis.coordination_phases (code),
    ADD CONSTRAINT situations_activation_level_fkey FOREIGN KEY (activation_level)
        REFERENCES crisis.activation_levels (code);
CREATE INDEX situations_kind_idx ON crisis.situations (kind);
CREATE INDEX situations_phase_idx ON crisis.situations (phase);
CREATE INDEX situations_activation_level_idx ON crisis.situations (activation_level);

ALTER TABLE crisis.anchors DROP CONSTRAINT anchors_status_check,
    ADD CONSTRAINT anchors_status_fkey FOREIGN KEY (status) REFERENCES crisis.anchor_statuses (code);
CREATE INDEX anchors_status_idx ON crisis.anchors (status);

ALTER TABLE crisis.feed_entries
    DROP CONSTRAINT feed_entries_channel_check, DROP CONSTRAINT feed_entries_priority_check,
    DROP CONSTRAINT feed_entries_discipline_check,
    ADD CONSTRAINT feed_entries_channel_fkey FOREIGN KEY (channel) REFERENCES crisis.feed_channels (code),
    ADD CONSTRAINT feed_entries_priority_fkey FOREIGN KEY (priority) REFERENCES crisis.feed_priorities (code),
    ADD CONSTRAINT feed_entries_discipline_fkey FOREIGN KEY (discipline) REFERENCES crisis.disciplines (code);
CREATE INDEX feed_entries_channel_idx ON crisis.feed_entries (channel);
CREATE INDEX feed_entries_priority_idx ON crisis.feed_entries (priority);
CREATE INDEX feed_entries_discipline_idx ON crisis.feed_entries (discipline);

ALTER TABLE crisis.organisations DROP CONSTRAINT organisations_discipline_check,
    ADD CONSTRAINT organisations_discipline_fkey FOREIGN KEY (discipline) REFERENCES crisis.disciplines (code);
CREATE INDEX organisations_discipline_idx ON crisis.organisations (discipline);

ALTER TABLE crisis.users DROP CONSTRAINT users_role_check, DROP CONSTRAINT users_language_check,
    ADD CONSTRAINT users_role_fkey FOREIGN KEY (role) REFERENCES crisis.user_roles (code),
    ADD CONSTRAINT users_language_fkey FOREIGN KEY (language) REFERENCES crisis.languages (code);
CREATE INDEX users_role_idx ON crisis.users (role);
CREATE INDEX users_language_idx ON crisis.users (language);

ALTER TABLE crisis.plans
    DROP CONSTRAINT plans_kind_check, DROP CONSTRAINT plans_discipline_check, DROP CONSTRAINT plans_status_check,
    ADD CONSTRAINT plans_kind_fkey FOREIGN KEY (kind) REFERENCES crisis.plan_kinds (code),
    ADD CONSTRAINT plans_discipline_fkey FOREIGN KEY (discipline) REFERENCES crisis.disciplines (code),
    ADD CONSTRAINT plans_status_fkey FOREIGN KEY (status) REFERENCES crisis.plan_statuses (code);
CREATE INDEX plans_kind_idx ON crisis.plans (kind);
CREATE INDEX plans_discipline_idx ON crisis.plans (discipline);
CREATE INDEX plans_status_idx ON crisis.plans (status);

ALTER TABLE crisis.contacts DROP CONSTRAINT contacts_availability_check,
    ADD CONSTRAINT contacts_availability_fkey FOREIGN KEY (availability)
        REFERENCES crisis.contact_availabilities (code);
CREATE INDEX contacts_availability_idx ON crisis.contacts (availability);

ALTER TABLE crisis.weather_observations DROP CONSTRAINT weather_observations_stability_class_check,
    ADD CONSTRAINT weather_observations_stability_class_fkey FOREIGN KEY (stability_class)
        REFERENCES crisis.stability_classes (code);
CREATE INDEX weather_observations_stability_class_idx ON crisis.weather_observations (stability_class);

-- Readable by the services, audited like every table (a label change names who made it).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['situation_kinds', 'situation_statuses', 'coordination_phases', 'activation_levels',
                             'anchor_statuses', 'disciplines', 'feed_channels', 'feed_priorities', 'user_roles',
                             'languages', 'plan_kinds', 'plan_statuses', 'contact_availabilities',
                             'stability_classes']
    LOOP
        EXECUTE format('GRANT SELECT ON crisis.%I TO crisis_app', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON crisis.%I '
                       'FOR EACH ROW EXECUTE FUNCTION crisis.audit_row()', t || '_audit', t);
    END LOOP;
END
$$;

-- Every list in one relation: what /api/reference serves and what the offline copies are generated from.
CREATE VIEW crisis.vocabulary AS
SELECT v.list, v.code, v.label_en, v.label_fr, v.label_nl, v.label_de, v.sort_order
FROM (
    SELECT 'anchor_kinds' AS list, code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.anchor_kinds
    UNION ALL SELECT 'perimeter_kinds', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.perimeter_kinds
    UNION ALL SELECT 'situation_kinds', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.situation_kinds
    UNION ALL SELECT 'situation_statuses', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.situation_statuses
    UNION ALL SELECT 'coordination_phases', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.coordination_phases
    UNION ALL SELECT 'activation_levels', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.activation_levels
    UNION ALL SELECT 'anchor_statuses', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.anchor_statuses
    UNION ALL SELECT 'disciplines', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.disciplines
    UNION ALL SELECT 'feed_channels', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.feed_channels
    UNION ALL SELECT 'feed_priorities', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.feed_priorities
    UNION ALL SELECT 'user_roles', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.user_roles
    UNION ALL SELECT 'languages', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.languages
    UNION ALL SELECT 'organisation_kinds', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.organisation_kinds
    UNION ALL SELECT 'plan_kinds', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.plan_kinds
    UNION ALL SELECT 'plan_statuses', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.plan_statuses
    UNION ALL SELECT 'contact_availabilities', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.contact_availabilities
    UNION ALL SELECT 'stability_classes', code, label_en, label_fr, label_nl, label_de, sort_order FROM crisis.stability_classes
) AS v;
COMMENT ON VIEW crisis.vocabulary IS 'Every code list with its four labels and form order, one row per code: what /api/reference serves and what server_services/vocabulary exports.';
GRANT SELECT ON crisis.vocabulary TO crisis_app;

COMMIT;
