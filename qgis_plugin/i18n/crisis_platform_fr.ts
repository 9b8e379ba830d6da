<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>CrisisPlatform</name>
    <message>
      <source>(review overdue)</source>
      <translation>(révision en retard)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{organisation} · {role}</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{organisation} · {role}</translation>
    </message>
    <message>
      <source>A zone must be a polygon.</source>
      <translation>Une zone doit être un polygone.</translation>
    </message>
    <message>
      <source>A zone that points downwind from a source: a sector of the given length and opening angle, in the direction the wind blows to (the wind direction is where it comes FROM, in degrees clockwise from north), with a rounded part around the source. With a calm wind (under 0.5 m/s) the zone is a disc.</source>
      <translation>Une zone orientée sous le vent d'une source : un secteur de la longueur et de l'angle d'ouverture donnés, dans la direction vers laquelle souffle le vent (la direction du vent est celle D'OÙ il vient, en degrés dans le sens horaire depuis le nord), avec une partie arrondie autour de la source. Par vent calme (moins de 0,5 m/s), la zone est un disque.</translation>
    </message>
    <message>
      <source>Activate on the open situation</source>
      <translation>Activer sur la situation ouverte</translation>
    </message>
    <message>
      <source>Activate plan</source>
      <translation>Activer le plan</translation>
    </message>
    <message>
      <source>Add to the plan's prepared features</source>
      <translation>Ajouter aux éléments préparés du plan</translation>
    </message>
    <message>
      <source>All channels</source>
      <translation>Tous les canaux</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Tous les types</translation>
    </message>
    <message>
      <source>All phases</source>
      <translation>Toutes les phases</translation>
    </message>
    <message>
      <source>All priorities</source>
      <translation>Toutes les priorités</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <source>Anchor “{label}” added.</source>
      <translation>Point clé « {label} » ajouté.</translation>
    </message>
    <message>
      <source>Anchors</source>
      <translation>Points clés</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Zone</translation>
    </message>
    <message>
      <source>Authentication configuration</source>
      <translation>Configuration d'authentification</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Par</translation>
    </message>
    <message>
      <source>CAP (*.xml)</source>
      <translation>CAP (*.xml)</translation>
    </message>
    <message>
      <source>CAP alert</source>
      <translation>Alerte CAP</translation>
    </message>
    <message>
      <source>CAP alert saved to {path}.</source>
      <translation>Alerte CAP enregistrée dans {path}.</translation>
    </message>
    <message>
      <source>CAP alert…</source>
      <translation>Alerte CAP…</translation>
    </message>
    <message>
      <source>Centre (hazard source)</source>
      <translation>Centre (source du danger)</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Modification</translation>
    </message>
    <message>
      <source>Click the corners of the area on the map; right click ends it.</source>
      <translation>Cliquez les sommets de la zone sur la carte ; un clic droit la termine.</translation>
    </message>
    <message>
      <source>Click the map to attach a location to the entry</source>
      <translation>Cliquez sur la carte pour joindre un lieu à l'entrée</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <source>Copied {phone}.</source>
      <translation>{phone} copié.</translation>
    </message>
    <message>
      <source>Copy phone number</source>
      <translation>Copier le numéro</translation>
    </message>
    <message>
      <source>Correct selected</source>
      <translation>Corriger la sélection</translation>
    </message>
    <message>
      <source>Correcting entry #{id}</source>
      <translation>Correction de l'entrée n°{id}</translation>
    </message>
    <message>
      <source>Correction of #{id}:</source>
      <translation>Correction du n°{id} :</translation>
    </message>
    <message>
      <source>Could not write the CAP alert to {path}: {error}</source>
      <translation>Impossible d'écrire l'alerte CAP dans {path} : {error}</translation>
    </message>
    <message>
      <source>Could not write the features to send: {error}</source>
      <translation>Impossible d'écrire les entités à envoyer : {error}</translation>
    </message>
    <message>
      <source>Could not write {name} to {path}: {message}</source>
      <translation>Impossible d'écrire {name} dans {path} : {message}</translation>
    </message>
    <message>
      <source>Count features in zones</source>
      <translation>Compter les entités dans les zones</translation>
    </message>
    <message>
      <source>Count per zone</source>
      <translation>Nombre par zone</translation>
    </message>
    <message>
      <source>Count per zone kind</source>
      <translation>Nombre par type de zone</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Créer</translation>
    </message>
    <message>
      <source>Crisis platform</source>
      <translation>Plateforme de crise</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>Désactiver</translation>
    </message>
    <message>
      <source>Deactivate plan</source>
      <translation>Désactiver le plan</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <source>Downwind perimeter</source>
      <translation>Périmètre sous le vent</translation>
    </message>
    <message>
      <source>Downwind zone</source>
      <translation>Zone sous le vent</translation>
    </message>
    <message>
      <source>Downwind, wind from {deg:.0f}° at {speed:.1f} m/s</source>
      <translation>Sous le vent, vent du {deg:.0f}° à {speed:.1f} m/s</translation>
    </message>
    <message>
      <source>Draw the area of a new situation on the map (right click ends it)</source>
      <translation>Dessinez la zone d'une nouvelle situation sur la carte (un clic droit la termine)</translation>
    </message>
    <message>
      <source>Draw zone</source>
      <translation>Dessiner une zone</translation>
    </message>
    <message>
      <source>Dry run (report only)</source>
      <translation>Essai à blanc (rapport seulement)</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>EXERCISE — {title}</source>
      <translation>EXERCICE — {title}</translation>
    </message>
    <message>
      <source>Entry #{id} posted.</source>
      <translation>Entrée n°{id} publiée.</translation>
    </message>
    <message>
      <source>Exercises</source>
      <translation>Exercices</translation>
    </message>
    <message>
      <source>Export situation to GeoPackage</source>
      <translation>Exporter la situation en GeoPackage</translation>
    </message>
    <message>
      <source>Feature {n}: {reason}</source>
      <translation>Entité {n} : {reason}</translation>
    </message>
    <message>
      <source>Features inside any zone</source>
      <translation>Entités dans l'une des zones</translation>
    </message>
    <message>
      <source>Features inside the zones</source>
      <translation>Entités dans les zones</translation>
    </message>
    <message>
      <source>Features per layer</source>
      <translation>Entités par couche</translation>
    </message>
    <message>
      <source>Feed locations</source>
      <translation>Lieux du journal</translation>
    </message>
    <message>
      <source>Fill in the latest wind observed at the situation</source>
      <translation>Reprendre le dernier vent observé sur la situation</translation>
    </message>
    <message>
      <source>For each zone of a situation (for example its perimeters layer), how many features of a point layer (schools, hospitals, addresses) lie inside, and which ones. A point inside nested zones counts in each of them. Give a situation id to keep only that situation's zones.</source>
      <translation>Pour chaque zone d'une situation (par exemple sa couche de périmètres), combien d'entités d'une couche de points (écoles, hôpitaux, adresses) s'y trouvent, et lesquelles. Un point situé dans des zones imbriquées compte dans chacune. Indiquez l'identifiant d'une situation pour ne garder que ses zones.</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>GeoPackage</source>
      <translation>GeoPackage</translation>
    </message>
    <message>
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <source>Give one radius for each of the red, orange and yellow zones.</source>
      <translation>Donnez un rayon pour chacune des zones rouge, orange et jaune.</translation>
    </message>
    <message>
      <source>Import prepared zones into a plan</source>
      <translation>Importer des zones préparées dans un plan</translation>
    </message>
    <message>
      <source>In force on</source>
      <translation>En vigueur sur</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Kinds of the field's values (JSON, e.g. {"A": "red"})</source>
      <translation>Types des valeurs du champ (JSON, p. ex. {"A": "red"})</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Libellé</translation>
    </message>
    <message>
      <source>Label field</source>
      <translation>Champ du libellé</translation>
    </message>
    <message>
      <source>Label of the {kind}:</source>
      <translation>Libellé du point « {kind} » :</translation>
    </message>
    <message>
      <source>Latest wind</source>
      <translation>Dernier vent</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Longueur</translation>
    </message>
    <message>
      <source>Length (m)</source>
      <translation>Longueur (m)</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>En direct</translation>
    </message>
    <message>
      <source>Live feed interrupted ({error}); reconnecting in {seconds} s.</source>
      <translation>Journal en direct interrompu ({error}) ; reconnexion dans {seconds} s.</translation>
    </message>
    <message>
      <source>Loading contacts…</source>
      <translation>Chargement des contacts…</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <source>Log in to the crisis platform</source>
      <translation>Se connecter à la plateforme de crise</translation>
    </message>
    <message>
      <source>Log in to the crisis platform first.</source>
      <translation>Connectez-vous d'abord à la plateforme de crise.</translation>
    </message>
    <message>
      <source>Log in…</source>
      <translation>Se connecter…</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Se déconnecter</translation>
    </message>
    <message>
      <source>Logbook</source>
      <translation>Main courante</translation>
    </message>
    <message>
      <source>Logged in as {name} ({organisation}).</source>
      <translation>Connecté en tant que {name} ({organisation}).</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Mode</translation>
    </message>
    <message>
      <source>New anchor</source>
      <translation>Nouveau point clé</translation>
    </message>
    <message>
      <source>New situation</source>
      <translation>Nouvelle situation</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Nouvelle…</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Prochaine révision</translation>
    </message>
    <message>
      <source>No one is named in this situation yet.</source>
      <translation>Personne n'est encore désigné dans cette situation.</translation>
    </message>
    <message>
      <source>No situation open.</source>
      <translation>Aucune situation ouverte.</translation>
    </message>
    <message>
      <source>No wind observed at this situation yet; type the wind in.</source>
      <translation>Aucun vent observé sur cette situation pour l'instant ; saisissez le vent.</translation>
    </message>
    <message>
      <source>Not allowed: {message}</source>
      <translation>Non autorisé : {message}</translation>
    </message>
    <message>
      <source>Not found (or not shared with your organisation).</source>
      <translation>Introuvable (ou non partagé avec votre organisation).</translation>
    </message>
    <message>
      <source>Not logged in.</source>
      <translation>Non connecté.</translation>
    </message>
    <message>
      <source>Only plans covering the open situation</source>
      <translation>Seulement les plans couvrant la situation ouverte</translation>
    </message>
    <message>
      <source>Only the coordinators and admins who lead the situation activate plans on it.</source>
      <translation>Seuls les coordinateurs et administrateurs qui dirigent la situation y activent des plans.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open a situation first.</source>
      <translation>Ouvrez d'abord une situation.</translation>
    </message>
    <message>
      <source>Open a situation to see its contacts.</source>
      <translation>Ouvrez une situation pour voir ses contacts.</translation>
    </message>
    <message>
      <source>Open situation</source>
      <translation>Ouvrir la situation</translation>
    </message>
    <message>
      <source>Opening angle</source>
      <translation>Angle d'ouverture</translation>
    </message>
    <message>
      <source>Opening angle (degrees)</source>
      <translation>Angle d'ouverture (degrés)</translation>
    </message>
    <message>
      <source>Opening {title}…</source>
      <translation>Ouverture de {title}…</translation>
    </message>
    <message>
      <source>Orange and yellow as rings (else discs)</source>
      <translation>Orange et jaune en anneaux (sinon disques)</translation>
    </message>
    <message>
      <source>Orange and yellow zones as rings</source>
      <translation>Zones orange et jaune en anneaux</translation>
    </message>
    <message>
      <source>Orange radius</source>
      <translation>Rayon orange</translation>
    </message>
    <message>
      <source>Orange zone radius (m)</source>
      <translation>Rayon de la zone orange (m)</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autres</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Propriétaire</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <source>Perimeter history</source>
      <translation>Historique des périmètres</translation>
    </message>
    <message>
      <source>Perimeter history…</source>
      <translation>Historique des périmètres…</translation>
    </message>
    <message>
      <source>Perimeters</source>
      <translation>Périmètres</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Pick a kind, then click the map where it is.</source>
      <translation>Choisissez un type, puis cliquez sur la carte à l'endroit voulu.</translation>
    </message>
    <message>
      <source>Pick an anchor kind in the palette first.</source>
      <translation>Choisissez d'abord un type de point clé dans la palette.</translation>
    </message>
    <message>
      <source>Place downwind zone</source>
      <translation>Placer la zone sous le vent</translation>
    </message>
    <message>
      <source>Place rings</source>
      <translation>Placer les cercles</translation>
    </message>
    <message>
      <source>Plan id</source>
      <translation>Identifiant du plan</translation>
    </message>
    <message>
      <source>Plan {code} deactivated: {removed} feature(s) withdrawn, {kept} kept (changed since).</source>
      <translation>Plan {code} désactivé : {removed} élément(s) retiré(s), {kept} conservé(s) (modifiés depuis).</translation>
    </message>
    <message>
      <source>Plan {code} in force: {anchors} place(s) and {perimeters} zone(s) in the situation.</source>
      <translation>Plan {code} en vigueur : {anchors} lieu(x) et {perimeters} zone(s) dans la situation.</translation>
    </message>
    <message>
      <source>Plans</source>
      <translation>Plans</translation>
    </message>
    <message>
      <source>Platform address</source>
      <translation>Adresse de la plateforme</translation>
    </message>
    <message>
      <source>Points to count</source>
      <translation>Points à compter</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Publier</translation>
    </message>
    <message>
      <source>Post feed entry</source>
      <translation>Publier une entrée du journal</translation>
    </message>
    <message>
      <source>Prepared places</source>
      <translation>Lieux préparés</translation>
    </message>
    <message>
      <source>Prepared zones</source>
      <translation>Zones préparées</translation>
    </message>
    <message>
      <source>QGIS's authentication manager could not store the login.</source>
      <translation>Le gestionnaire d'authentification de QGIS n'a pas pu enregistrer l'identifiant.</translation>
    </message>
    <message>
      <source>QGIS's authentication manager is not available.</source>
      <translation>Le gestionnaire d'authentification de QGIS n'est pas disponible.</translation>
    </message>
    <message>
      <source>Radius around the source (m)</source>
      <translation>Rayon autour de la source (m)</translation>
    </message>
    <message>
      <source>Reconnecting</source>
      <translation>Reconnexion</translation>
    </message>
    <message>
      <source>Red radius</source>
      <translation>Rayon rouge</translation>
    </message>
    <message>
      <source>Red zone radius (m)</source>
      <translation>Rayon de la zone rouge (m)</translation>
    </message>
    <message>
      <source>Red, orange and yellow safety zones around a point, with radii in metres (computed in Belgian Lambert 2008). The orange and yellow zones are rings around the inner zone, or full discs.</source>
      <translation>Zones de sécurité rouge, orange et jaune autour d'un point, avec des rayons en mètres (calculées en Lambert belge 2008). Les zones orange et jaune sont des anneaux autour de la zone intérieure, ou des disques pleins.</translation>
    </message>
    <message>
      <source>Redraw the existing zone of this kind</source>
      <translation>Redessiner la zone existante de ce type</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <source>Replace the plan's prepared features</source>
      <translation>Remplacer les éléments préparés du plan</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <source>Rings around a point</source>
      <translation>Cercles autour d'un point</translation>
    </message>
    <message>
      <source>Rings perimeter</source>
      <translation>Périmètre en cercles</translation>
    </message>
    <message>
      <source>Risk site</source>
      <translation>Site à risque</translation>
    </message>
    <message>
      <source>Role / person</source>
      <translation>Rôle / personne</translation>
    </message>
    <message>
      <source>Safety zones</source>
      <translation>Zones de sécurité</translation>
    </message>
    <message>
      <source>Save CAP alert</source>
      <translation>Enregistrer l'alerte CAP</translation>
    </message>
    <message>
      <source>Save a CAP 1.2 alert with the red, orange and yellow zones</source>
      <translation>Enregistrer une alerte CAP 1.2 avec les zones rouge, orange et jaune</translation>
    </message>
    <message>
      <source>Search codes, titles and descriptions</source>
      <translation>Rechercher codes, titres et descriptions</translation>
    </message>
    <message>
      <source>Search titles and descriptions</source>
      <translation>Rechercher dans les titres et descriptions</translation>
    </message>
    <message>
      <source>Sends the features of a layer (zones as polygons, places as points, in any coordinate system) to the crisis platform as the prepared zones and places of a plan. The platform maps the kind field's values to its kinds (guessed from names like Rood/Rouge/red or PC-Ops, or given as a JSON map), checks the whole layer first and writes everything or nothing; a dry run only reports. Only the coordinators and admins of the organisation that owns the plan may import.</source>
      <translation>Envoie les entités d'une couche (zones en polygones, lieux en points, dans n'importe quel système de coordonnées) à la plateforme de crise comme zones et lieux préparés d'un plan. La plateforme associe les valeurs du champ de type à ses types (devinés à partir de noms comme Rood/Rouge/red ou PC-Ops, ou donnés en JSON), vérifie d'abord toute la couche et écrit tout ou rien ; un essai à blanc ne fait que le rapport. Seuls les coordinateurs et administrateurs de l'organisation propriétaire du plan peuvent importer.</translation>
    </message>
    <message>
      <source>Show on map</source>
      <translation>Afficher sur la carte</translation>
    </message>
    <message>
      <source>Situation area</source>
      <translation>Zone de la situation</translation>
    </message>
    <message>
      <source>Situation contacts</source>
      <translation>Contacts de la situation</translation>
    </message>
    <message>
      <source>Situation id</source>
      <translation>Identifiant de la situation</translation>
    </message>
    <message>
      <source>Situation tools</source>
      <translation>Outils de la situation</translation>
    </message>
    <message>
      <source>Situation “{title}” created.</source>
      <translation>Situation « {title} » créée.</translation>
    </message>
    <message>
      <source>Situations</source>
      <translation>Situations</translation>
    </message>
    <message>
      <source>Source point</source>
      <translation>Point source</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>The anchors layer of the situation is not loaded; open the situation again.</source>
      <translation>La couche des points clés de la situation n'est pas chargée ; rouvrez la situation.</translation>
    </message>
    <message>
      <source>The crisis platform at {url} does not answer ({error}).</source>
      <translation>La plateforme de crise à {url} ne répond pas ({error}).</translation>
    </message>
    <message>
      <source>The crisis platform had an error (HTTP {status}); try again later.</source>
      <translation>La plateforme de crise a rencontré une erreur (HTTP {status}) ; réessayez plus tard.</translation>
    </message>
    <message>
      <source>The kinds of the values are not valid JSON: {error}</source>
      <translation>Les types des valeurs ne sont pas du JSON valide : {error}</translation>
    </message>
    <message>
      <source>The layer to import cannot be read.</source>
      <translation>La couche à importer ne peut pas être lue.</translation>
    </message>
    <message>
      <source>The layer {name} could not be read from the platform.</source>
      <translation>La couche {name} n'a pas pu être lue depuis la plateforme.</translation>
    </message>
    <message>
      <source>The length of the downwind zone must be positive.</source>
      <translation>La longueur de la zone sous le vent doit être positive.</translation>
    </message>
    <message>
      <source>The opening angle must be between 0 and 360 degrees.</source>
      <translation>L'angle d'ouverture doit être compris entre 0 et 360 degrés.</translation>
    </message>
    <message>
      <source>The password is kept in QGIS's authentication database, never in plain settings.</source>
      <translation>Le mot de passe est conservé dans la base d'authentification de QGIS, jamais dans les paramètres en clair.</translation>
    </message>
    <message>
      <source>The perimeters layer of the situation is not loaded; open the situation again.</source>
      <translation>La couche des périmètres de la situation n'est pas chargée ; rouvrez la situation.</translation>
    </message>
    <message>
      <source>The platform address must start with http:// or https://</source>
      <translation>L'adresse de la plateforme doit commencer par http:// ou https://</translation>
    </message>
    <message>
      <source>The platform answered with HTTP status {status}.</source>
      <translation>La plateforme a répondu avec le statut HTTP {status}.</translation>
    </message>
    <message>
      <source>The platform does not accept changes on the layer {name}.</source>
      <translation>La plateforme n'accepte pas de modifications sur la couche {name}.</translation>
    </message>
    <message>
      <source>The platform does not accept new features on the layer {name}.</source>
      <translation>La plateforme n'accepte pas de nouvelles entités sur la couche {name}.</translation>
    </message>
    <message>
      <source>The platform refused the change: {errors}</source>
      <translation>La plateforme a refusé la modification : {errors}</translation>
    </message>
    <message>
      <source>The radii must be positive and grow from the red to the yellow zone.</source>
      <translation>Les rayons doivent être positifs et croître de la zone rouge à la zone jaune.</translation>
    </message>
    <message>
      <source>The radius around the source must be smaller than the length.</source>
      <translation>Le rayon autour de la source doit être inférieur à la longueur.</translation>
    </message>
    <message>
      <source>The saved login of the crisis platform was not found; log in again.</source>
      <translation>L'identifiant enregistré de la plateforme de crise est introuvable ; reconnectez-vous.</translation>
    </message>
    <message>
      <source>The situation has no red, orange or yellow zone to announce.</source>
      <translation>La situation n'a aucune zone rouge, orange ou jaune à annoncer.</translation>
    </message>
    <message>
      <source>The situation is {status}: it can no longer be changed.</source>
      <translation>La situation est {status} : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
      <source>The title needs at least 3 characters.</source>
      <translation>Le titre doit compter au moins 3 caractères.</translation>
    </message>
    <message>
      <source>The zone is empty.</source>
      <translation>La zone est vide.</translation>
    </message>
    <message>
      <source>The zone of the same kind is redrawn; its earlier shape stays in the history</source>
      <translation>La zone du même type est redessinée ; sa forme précédente reste dans l'historique</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Unexpected answer from the platform.</source>
      <translation>Réponse inattendue de la plateforme.</translation>
    </message>
    <message>
      <source>Unexpected error: {error}</source>
      <translation>Erreur inattendue : {error}</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Jusqu'au</translation>
    </message>
    <message>
      <source>Use the latest observed wind</source>
      <translation>Utiliser le dernier vent observé</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Weather</source>
      <translation>Météo</translation>
    </message>
    <message>
      <source>What happened, what was decided, what is needed…</source>
      <translation>Ce qui s'est passé, ce qui a été décidé, ce qu'il faut…</translation>
    </message>
    <message>
      <source>Wind from (degrees)</source>
      <translation>Vent du (degrés)</translation>
    </message>
    <message>
      <source>Wind from / speed</source>
      <translation>Vent du / vitesse</translation>
    </message>
    <message>
      <source>Wind from {deg:.0f}° at {speed} m/s, observed {when}.</source>
      <translation>Vent du {deg:.0f}° à {speed} m/s, observé le {when}.</translation>
    </message>
    <message>
      <source>Wind speed (m/s)</source>
      <translation>Vitesse du vent (m/s)</translation>
    </message>
    <message>
      <source>Write the entry first.</source>
      <translation>Rédigez d'abord l'entrée.</translation>
    </message>
    <message>
      <source>Writes a situation's area, anchors, perimeters, weather observations and whole feed (as the logged-in user may see them) into one GeoPackage. Uses the saved login unless another authentication configuration and platform address are given.</source>
      <translation>Écrit la zone, les points clés, les périmètres, les observations météo et tout le journal d'une situation (tels que l'utilisateur connecté peut les voir) dans un seul GeoPackage. Utilise l'identifiant enregistré, sauf si une autre configuration d'authentification et une autre adresse de plateforme sont données.</translation>
    </message>
    <message>
      <source>Wrong e-mail or password (or the account is locked).</source>
      <translation>E-mail ou mot de passe erroné (ou compte verrouillé).</translation>
    </message>
    <message>
      <source>Yellow radius</source>
      <translation>Rayon jaune</translation>
    </message>
    <message>
      <source>Yellow zone radius (m)</source>
      <translation>Rayon de la zone jaune (m)</translation>
    </message>
    <message>
      <source>Your organisation may read this situation but not change it.</source>
      <translation>Votre organisation peut consulter cette situation mais pas la modifier.</translation>
    </message>
    <message>
      <source>Your role ({role}) may only read situations.</source>
      <translation>Votre rôle ({role}) permet seulement de consulter les situations.</translation>
    </message>
    <message>
      <source>Zone kind</source>
      <translation>Type de zone</translation>
    </message>
    <message>
      <source>Zone kind field</source>
      <translation>Champ du type de zone</translation>
    </message>
    <message>
      <source>Zones (perimeters)</source>
      <translation>Zones (périmètres)</translation>
    </message>
    <message>
      <source>Zones and places</source>
      <translation>Zones et lieux</translation>
    </message>
    <message>
      <source>[EXERCISE] {title}</source>
      <translation>[EXERCICE] {title}</translation>
    </message>
    <message>
      <source>current</source>
      <translation>actuelle</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>supprimée</translation>
    </message>
    <message>
      <source>e.g. chlorine leak, first estimate</source>
      <translation>p. ex. fuite de chlore, première estimation</translation>
    </message>
    <message>
      <source>name@organisation.be</source>
      <translation>nom@organisation.be</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>sans motif</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <source>on the map</source>
      <translation>sur la carte</translation>
    </message>
    <message>
      <source>redrawn</source>
      <translation>redessinée</translation>
    </message>
    <message>
      <source>the server closed the stream</source>
      <translation>le serveur a fermé le flux</translation>
    </message>
    <message>
      <source>{added} zone(s) added, {redrawn} redrawn.</source>
      <translation>{added} zone(s) ajoutée(s), {redrawn} redessinée(s).</translation>
    </message>
    <message>
      <source>{anchors} place(s) and {perimeters} zone(s); written: {written}</source>
      <translation>{anchors} lieu(x) et {perimeters} zone(s) ; écrit : {written}</translation>
    </message>
    <message>
      <source>{code} prepared places</source>
      <translation>{code} lieux préparés</translation>
    </message>
    <message>
      <source>{code} prepared zones</source>
      <translation>{code} zones préparées</translation>
    </message>
    <message>
      <source>{ha:.1f} ha drawn on the map</source>
      <translation>{ha:.1f} ha dessinés sur la carte</translation>
    </message>
    <message>
      <source>{kind} {label}: {count} feature(s)</source>
      <translation>{kind} {label} : {count} entité(s)</translation>
    </message>
    <message>
      <source>{n} layer(s) of the situation could not be loaded.</source>
      <translation>{n} couche(s) de la situation n'a (n'ont) pas pu être chargée(s).</translation>
    </message>
    <message>
      <source>{n} people named in this situation.</source>
      <translation>{n} personne(s) désignée(s) dans cette situation.</translation>
    </message>
    <message>
      <source>{n} perimeter(s); select one to see its earlier shapes.</source>
      <translation>{n} périmètre(s) ; choisissez-en un pour voir ses formes antérieures.</translation>
    </message>
    <message>
      <source>{n} plan(s)</source>
      <translation>{n} plan(s)</translation>
    </message>
    <message>
      <source>{n} situation(s)</source>
      <translation>{n} situation(s)</translation>
    </message>
    <message>
      <source>{n} version(s); select one to see it on the map.</source>
      <translation>{n} version(s) ; sélectionnez-en une pour la voir sur la carte.</translation>
    </message>
    <message>
      <source>{plan} (in force on the open situation)</source>
      <translation>{plan} (en vigueur sur la situation ouverte)</translation>
    </message>
  </context>
</TS>
