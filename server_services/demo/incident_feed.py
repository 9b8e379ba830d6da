"""The logbook of the Antwerp chlorine leak: about fifty entries over three hours, across channels and disciplines."""

from __future__ import annotations

from . import places as p

DISPATCH = "dispatcher@dispatch-antwerp.demo"
FIRE = "officer@fire-antwerp.demo"
MEDICAL = "doctor@ems-antwerp.demo"
INFO = "info@comms-antwerp.demo"
POLICE = "commander@police-antwerp.demo"
LOGISTICS = "officer@civil-protection.demo"
PROVINCE = "planner@province-antwerp.demo"
CITY = "planu@city-antwerp.demo"
NCCN = "coordinator@crisis-centre.demo"

# Minutes after the 112 call at which the story's decisions fall (incident.py draws the map to match).
PERIMETERS_DRAWN = 9
COMMUNAL_PHASE = 20
SHELTERING_DECIDED = 24
PROVINCIAL_PHASE = 55
PERIMETERS_REDRAWN = 83
SHELTERING_REDUCED = 148

# key, minute after the 112 call, author, channel, priority, body, location or None, corrected key or None, system
ENTRIES = [
    ("call", 0, DISPATCH, "multidisciplinary", "urgent",
     "112: melding werknemer Noordpolder Chemicals NV, Scheldelaan: lek aan een ketelwagen chloor op het "
     "laadstation (spoor 3). Geelgroene wolk zichtbaar, 2 werknemers onwel.", p.SOURCE, None, False),
    ("alert_d1", 1, DISPATCH, "D1", "urgent",
     "Alarmering HVZ Antwerpen: post Noord, CBRN-team en meetploeg. Code rood gevaarlijke stoffen (UN 1017 chloor).",
     None, None, False),
    ("alert_d2", 2, DISPATCH, "D2", "urgent",
     "MUG ZNA Middelheim, PIT Noord en 3 ambulances gestuurd. Blootstelling aan chloor, 2 slachtoffers gemeld.",
     None, None, False),
    ("first_engine", 7, FIRE, "D1", "urgent",
     "First engine on scene. Leak confirmed at the bottom valve of a 60 m3 chlorine rail tank wagon, estimated "
     "1-2 kg/s. Yellow-green cloud drifting north-east. Water curtain being set up downwind.", p.SOURCE, None, False),
    ("zones", PERIMETERS_DRAWN, FIRE, "multidisciplinary", "urgent",
     "Dir-SI: red zone 300 m around the loading station and 1.2 km downwind, orange 800 m / 2.5 km, yellow "
     "1.5 km / 5 km towards the north-east. CP-Ops at the prepared location west (Scheldelaan), upwind.",
     p.PC_OPS_WEST, None, False),
    ("dir_med", 11, MEDICAL, "D2", "important",
     "Dir-Med en route. Two site workers with respiratory complaints brought to the gate by the company first aid "
     "team; VMP to be set up at the prepared location south.", None, None, False),
    ("socials_1", 13, INFO, "D5", "important",
     "Eerste bericht sociale media: 'Incident in het havengebied, Scheldelaan. Hulpdiensten ter plaatse. Vermijd "
     "de omgeving.' BE-Alert-bericht voorbereid voor Lillo, Berendrecht en Stabroek.", None, None, False),
    ("planu_informed", 15, PROVINCE, "coordination", "info",
     "PLANU provincie verwittigd door 112. BNIP Noordpolder Chemicals klaargelegd; gouverneur geïnformeerd.",
     None, None, False),
    ("block_south", 17, POLICE, "D3", "important",
     "Wegafsluiting Scheldelaan zuid en Kanaaldok B2 opgesteld. Verkeer omgeleid via de A12.",
     p.ROAD_BLOCK_SCHELDELAAN_SOUTH, None, False),
    ("measure_1", 18, FIRE, "D1", "info",
     "Measurement team 1: 12 ppm Cl2 at 200 m NE of the source, 1.5 ppm at the fence 600 m NE. Upwind < 0.1 ppm.",
     None, None, False),
    ("phase_communal", COMMUNAL_PHASE, CITY, "coordination", "important",
     "Coördinatiefase: gemeentelijke fase afgekondigd door de burgemeester van Antwerpen. CC-GEM samengeroepen.",
     None, None, True),
    ("pma_open", 22, MEDICAL, "D2", "urgent",
     "VMP operational at the prepared location south. 4 victims triaged: 1 T1 (severe dyspnoea), 3 T3.",
     p.PMA_SOUTH, None, False),
    ("be_alert_1", SHELTERING_DECIDED, INFO, "D5", "urgent",
     "BE-Alert verstuurd (sms en spraak) naar Lillo, Berendrecht en Stabroek: 'Chloorlek in de haven. Ga naar "
     "binnen, sluit ramen en deuren, zet ventilatie uit.'", None, None, False),
    ("calls_1", 26, DISPATCH, "multidisciplinary", "info",
     "112: 14 oproepen van bewoners uit Berendrecht en Stabroek (chloorgeur). Advies binnen te blijven gegeven.",
     None, None, False),
    ("valve_attempt", 28, FIRE, "D1", "important",
     "Two teams in gas-tight suits attempting to close the valve. Decontamination point set up at the exit of the "
     "red zone, upwind.", p.DECONTAMINATION, None, False),
    ("a12_closed", 30, POLICE, "D3", "important",
     "A12 in beide richtingen afgesloten tussen Ekeren en Zandvliet; verkeer omgeleid via E19 en R1.",
     p.ROAD_BLOCK_A12_EKEREN, None, False),
    ("cp_left", 33, LOGISTICS, "D4", "info",
     "Civiele Bescherming Brasschaat vertrokken met CBRN-detectie, verlichting en decontaminatiecapaciteit. "
     "ETA 25 min.", None, None, False),
    ("t1_transport", 35, MEDICAL, "D2", "important",
     "T1 victim transported to ZNA Middelheim by the MUG. Hospitals of the MIP informed: ZNA Middelheim, AZ Klina, "
     "GZA Sint-Augustinus.", None, None, False),
    ("nccn_1", 37, NCCN, "coordination", "info",
     "NCCN : permanence informée, suivi de la situation. Soutien disponible pour la province (experts CBRN, "
     "SPF Santé publique - DG Environnement).", None, None, False),
    ("advice_prov", 40, PROVINCE, "coordination", "important",
     "Advies aan de gouverneur: provinciale fase afkondigen. De pluim reikt over de gemeentegrens naar Stabroek "
     "en de BNIP-zone is betrokken.", None, None, False),
    ("press_point", 42, INFO, "D5", "info",
     "Perspunt ingericht in het Havenhuis; eerste persbriefing over 30 minuten.", p.PORT_HOUSE, None, False),
    ("leak_reduced", 45, FIRE, "D1", "important",
     "Valve partly closed; leak rate reduced to an estimated 0.5 kg/s. Water curtain maintained downwind.",
     None, None, False),
    ("amb_park", 47, DISPATCH, "multidisciplinary", "info",
     "Ambulancepark ingericht achter de VMP; 6 ambulances beschikbaar.", p.AMBULANCE_PARK, None, False),
    ("companies_evac", 53, POLICE, "D3", "important",
     "Evacuatie van 3 bedrijven binnen de oranje zone, ongeveer 140 werknemers naar het hergroeperingspunt zuid.",
     p.REGROUPMENT, None, False),
    ("phase_provincial", PROVINCIAL_PHASE, PROVINCE, "coordination", "urgent",
     "Coördinatiefase: provinciale fase afgekondigd door de gouverneur. BNIP Noordpolder Chemicals en ANIP "
     "geactiveerd; CC-PROV samengeroepen in het Provinciehuis.", None, None, True),
    ("cc_prov", 57, PROVINCE, "multidisciplinary", "important",
     "CC-PROV operationeel in het Provinciehuis (Koningin Elisabethlei). CP-Ops noordoost niet in gebruik: "
     "benedenwinds.", p.PROVINCIAL_BUILDING, None, False),
    ("press_1", 60, INFO, "D5", "important",
     "Persbericht 1 verstuurd (NL/FR/EN). Website en sociale media bijgewerkt. Infonummer 1771 geactiveerd.",
     None, None, False),
    ("measure_berendrecht", 63, FIRE, "D1", "info",
     "Measurement team 2 in Berendrecht: 0.3 ppm Cl2. Sheltering remains justified.", p.BERENDRECHT, None, False),
    ("decon_unit", 66, LOGISTICS, "D4", "important",
     "Civiele Bescherming ter plaatse; decontaminatie-unit opgesteld aan het decontaminatiepunt. Tweede meetploeg "
     "naar Stabroek.", p.DECONTAMINATION, None, False),
    ("psh", 70, MEDICAL, "D2", "info",
     "Psychosocial part of the MIP activated: reception centre (sports hall Ekeren) open for evacuated workers and "
     "relatives.", p.RECEPTION_EKEREN, None, False),
    ("calls_stabroek", 75, DISPATCH, "D2", "info",
     "112: 2 bewoners van Stabroek met ademhalingsklachten; ambulance gestuurd, vervoer naar AZ Klina.",
     p.STABROEK, None, False),
    ("wind_shift", 80, FIRE, "D1", "urgent",
     "Wind veering to 230 deg; measurable concentrations further north-east than drawn (0.8 ppm at 2.8 km). "
     "Orange and yellow zones to be enlarged.", None, None, False),
    ("zones_redrawn", PERIMETERS_REDRAWN, FIRE, "multidisciplinary", "important",
     "Orange and yellow perimeters redrawn by the Dir-PC-Ops after the wind shift (orange 3.5 km, yellow 7 km "
     "downwind). See the map.", None, None, False),
    ("block_berendrecht", 85, POLICE, "D3", "info",
     "Extra wegafsluiting Berendrecht (grens Stabroek) en Scheldelaan noord ter hoogte van de sluis van Zandvliet.",
     p.ROAD_BLOCK_BERENDRECHT, None, False),
    ("be_alert_2", 88, INFO, "D5", "urgent",
     "BE-Alert uitgebreid naar Hoevenen: schuilen. Scholen in Stabroek en Hoevenen houden de kinderen binnen.",
     None, None, False),
    ("victims_count", 90, MEDICAL, "D2", "important",
     "Balance: 14 victims seen at the VMP: 1 T1, 2 T2, 11 T3; 4 transported (Middelheim 2, Klina 1, "
     "Sint-Augustinus 1).", None, None, False),
    ("victims_correction", 93, MEDICAL, "D2", "important",
     "Correction: 3 transported (Middelheim 1, Klina 1, Sint-Augustinus 1); the T1 victim was counted twice.",
     None, "victims_count", False),
    ("nccn_expert", 95, NCCN, "coordination", "info",
     "NCCN : un expert CBRN de la DG Environnement est en route vers le CC-PROV.", None, None, False),
    ("runoff", 98, LOGISTICS, "D4", "info",
     "Bluswater wordt opgevangen in het opvangbekken van de site (schuimdijken) om lozing in het dok te vermijden.",
     None, None, False),
    ("briefing_2", 105, INFO, "D5", "info",
     "Persbriefing 2 met gouverneur en burgemeester. Boodschap: schuilen blijft van kracht in Lillo, "
     "Berendrecht, Stabroek en Hoevenen.", p.PORT_HOUSE, None, False),
    ("traffic", 108, POLICE, "D3", "info",
     "Verkeer: files op E19 en R1 door de omleiding; Liefkenshoektunnel richting Lillo afgesloten.",
     None, None, False),
    ("sitrep_1", 115, PROVINCE, "coordination", "info",
     "Situatierapport 1 verspreid naar NCCN en de burgemeesters.", None, None, False),
    ("leak_stopped", 120, FIRE, "D1", "urgent",
     "Leak stopped: bottom valve closed and blind flange fitted. Residual vapour near the wagon; water curtain "
     "continues.", p.SOURCE, None, False),
    ("end_sheltering_draft", 133, INFO, "D5", "important",
     "Draft message for the end of sheltering ready; waiting for the D1 measurements and the CC-PROV decision.",
     None, None, False),
    ("traffic_correction", 136, POLICE, "D3", "important",
     "Correctie: de Liefkenshoektunnel is NIET afgesloten; enkel de afrit Lillo/Scheldelaan is dicht.",
     None, "traffic", False),
    ("cc_decision", 140, PROVINCE, "coordination", "important",
     "Beslissing CC-PROV: rode zone blijft tot de overslag van de lading klaar is; schuilen in Berendrecht en Lillo "
     "(niet meer benedenwinds) wordt opgeheven zodra D1 twee keer < 0.1 ppm meet.", None, None, False),
    ("measure_clear", 145, FIRE, "D1", "info",
     "Measurements Berendrecht and Lillo: < 0.1 ppm twice, 15 minutes apart.", p.BERENDRECHT, None, False),
    ("be_alert_3", SHELTERING_REDUCED, INFO, "D5", "important",
     "BE-Alert: einde schuilmaatregel in Berendrecht en Lillo; ramen openen en verluchten. Stabroek en "
     "Hoevenen: schuilen blijft.", None, None, False),
    ("pma_reduced", 152, MEDICAL, "D2", "info",
     "VMP in reduced mode; one MUG remains on standby at the CP-Ops.", p.PC_OPS_WEST, None, False),
    ("nccn_2", 156, NCCN, "coordination", "info",
     "NCCN : pas de passage en phase fédérale nécessaire. Suivi maintenu par la permanence.", None, None, False),
    ("transfer_start", 160, DISPATCH, "multidisciplinary", "info",
     "Overslag van de resterende chloor naar een reservewagon gestart door de exploitant (met brandweer).",
     p.SOURCE, None, False),
    ("press_3", 175, INFO, "D5", "info", "Persbericht 3 gepubliceerd (NL/FR/EN/DE).", None, None, False),
    ("transfer_progress", 178, FIRE, "D1", "info",
     "Transfer 40 % complete. No measurable chlorine outside the red zone.", None, None, False),
]
