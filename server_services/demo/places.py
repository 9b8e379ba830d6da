"""Places of the scenario as (lon, lat) in EPSG:4326: the Antwerp port site, Brussels on 21 July, Liège's Meuse."""

from __future__ import annotations

from .build import offset

# --- Port of Antwerp, right bank: the (fictional) Seveso upper-tier site of Noordpolder Chemicals NV, Scheldelaan.
# The hazard source is the rail loading station of the chlorine unit; other places are set from it by bearing and
# distance so that "upwind" (south-west) and "downwind" (north-east) hold by construction.
SOURCE = (4.3085, 51.2955)
SITE_GATE = offset(*SOURCE, 250, 420)
PC_OPS_WEST = offset(*SOURCE, 215, 750)  # prepared command post for the prevailing south-westerly winds
PC_OPS_NORTH_EAST = offset(*SOURCE, 45, 1800)  # prepared for north-easterly winds; downwind today
PMA_SOUTH = offset(*SOURCE, 195, 1150)
STAGING_SOUTH = offset(*SOURCE, 205, 1700)
REGROUPMENT = offset(*SOURCE, 220, 1300)
AMBULANCE_PARK = offset(*SOURCE, 190, 1350)
DECONTAMINATION = offset(*SOURCE, 225, 450)
TRIAGE_GATE = offset(*SOURCE, 232, 380)
HELICOPTER_ZONE = offset(*SOURCE, 185, 2300)
PROVINCIAL_BUILDING = (4.4140, 51.2035)  # Provinciehuis, Koningin Elisabethlei 22, Antwerp
PORT_HOUSE = (4.4060, 51.2280)  # Havenhuis, Zaha Hadidplein: press centre
RECEPTION_EKEREN = (4.4230, 51.2810)  # sports hall in Ekeren, south-east of the port, upwind
ROAD_BLOCK_SCHELDELAAN_SOUTH = (4.2935, 51.2795)
ROAD_BLOCK_A12_EKEREN = (4.3590, 51.2935)
ROAD_BLOCK_SCHELDELAAN_NORTH = (4.2950, 51.3340)
ROAD_BLOCK_BERENDRECHT = (4.3240, 51.3390)
BERENDRECHT = (4.3170, 51.3430)
STABROEK = (4.3660, 51.3320)
SCHELDELAAN = [(4.2900, 51.2700), (4.2980, 51.2900), (4.2990, 51.3100), (4.2930, 51.3350)]
A12 = [(4.3900, 51.2600), (4.3650, 51.2850), (4.3480, 51.3100), (4.3370, 51.3400), (4.3250, 51.3650)]
# A rough outline of the province of Antwerp (the general plan's zone).
PROVINCE_ANTWERP = [
    (4.22, 51.37),
    (4.38, 51.44),
    (4.55, 51.48),
    (4.76, 51.50),
    (4.93, 51.45),
    (5.10, 51.43),
    (5.24, 51.30),
    (5.24, 51.15),
    (5.05, 51.06),
    (4.80, 51.03),
    (4.55, 50.97),
    (4.40, 51.02),
    (4.25, 51.06),
    (4.21, 51.15),
    (4.25, 51.25),
]

# --- Brussels, national day: the royal tribune on the Place des Palais / Paleizenplein, the defile on Rue Royale.
PLACE_DU_TRONE = (4.3655, 50.8405)
BRUSSELS_TOWN_HALL = (4.3516, 50.8464)
PARC_DE_BRUXELLES_GATE = (4.3637, 50.8436)
PLACE_ROYALE = (4.3600, 50.8422)
PRESS_TRIBUNE = (4.3612, 50.8411)
RUE_DUCALE = (4.3668, 50.8440)
MONT_DES_ARTS = (4.3570, 50.8440)
SURLET_DE_CHOKIER = (4.3690, 50.8490)
CINQUANTENAIRE = (4.3920, 50.8400)
ROYALE_X_LOI = (4.3640, 50.8463)
REGENCE_X_ROYALE = (4.3585, 50.8414)
DUCALE_X_LOI = (4.3662, 50.8457)
REGENT_X_TRONE = (4.3668, 50.8414)
RUE_ROYALE = [(4.3603, 50.8427), (4.3629, 50.8497), (4.3660, 50.8547)]
RUE_DE_LA_LOI = [(4.3627, 50.8465), (4.3700, 50.8452), (4.3750, 50.8440)]
INTERVENTION_ZONE_BRUSSELS = [
    (4.3585, 50.8405),
    (4.3600, 50.8425),
    (4.3625, 50.8470),
    (4.3665, 50.8462),
    (4.3672, 50.8440),
    (4.3668, 50.8408),
    (4.3630, 50.8398),
]
YELLOW_ZONE_BRUSSELS = [
    (4.3540, 50.8385),
    (4.3560, 50.8440),
    (4.3600, 50.8520),
    (4.3660, 50.8515),
    (4.3700, 50.8460),
    (4.3710, 50.8400),
    (4.3640, 50.8375),
]

# --- Liège: Outremeuse, the island between the Meuse and the Dérivation.
OUTREMEUSE = [
    (5.5755, 50.6455),
    (5.5800, 50.6470),
    (5.5870, 50.6455),
    (5.5920, 50.6400),
    (5.5935, 50.6340),
    (5.5900, 50.6290),
    (5.5830, 50.6280),
    (5.5790, 50.6320),
    (5.5765, 50.6380),
]
PLACE_DE_L_YSER = (5.5805, 50.6420)
PLACE_DU_CONGRES = (5.5872, 50.6392)
PROVINCIAL_PALACE_LIEGE = (5.5730, 50.6457)  # Palais provincial, Place Saint-Lambert
PRESS_POINT_LIEGE = (5.5724, 50.6453)
GUILLEMINS = (5.5665, 50.6245)
COUNTRY_HALL = (5.5640, 50.5835)  # Sart-Tilman, on the heights
TOWN_HALL_LIEGE = (5.5737, 50.6446)
SAUVENIERE = (5.5680, 50.6430)
PONT_DES_ARCHES = (5.5778, 50.6440)
PONT_KENNEDY = (5.5772, 50.6372)
PONT_DE_FRAGNEE = (5.5720, 50.6250)
AUTOMOBILE_BOULEVARD = (5.5620, 50.6180)
MEUSE = [
    (5.5880, 50.6120),
    (5.5720, 50.6220),
    (5.5770, 50.6370),
    (5.5780, 50.6440),
    (5.5900, 50.6520),
    (5.6050, 50.6600),
    (5.6250, 50.6700),
]
DERIVATION = [(5.5880, 50.6250), (5.5920, 50.6350), (5.5920, 50.6450), (5.6000, 50.6520)]
