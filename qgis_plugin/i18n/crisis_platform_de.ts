<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
  <context>
    <name>CrisisPlatform</name>
    <message>
      <source>(review overdue)</source>
      <translation>(Überprüfung überfällig)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{organisation} · {role}</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{organisation} · {role}</translation>
    </message>
    <message>
      <source>A zone must be a polygon.</source>
      <translation>Eine Zone muss ein Polygon sein.</translation>
    </message>
    <message>
      <source>A zone that points downwind from a source: a sector of the given length and opening angle, in the direction the wind blows to (the wind direction is where it comes FROM, in degrees clockwise from north), with a rounded part around the source. With a calm wind (under 0.5 m/s) the zone is a disc.</source>
      <translation>Eine Zone, die von einer Quelle aus in Windrichtung zeigt: ein Sektor mit der angegebenen Länge und dem Öffnungswinkel, in die Richtung, in die der Wind weht (die Windrichtung ist die, AUS der er kommt, in Grad im Uhrzeigersinn ab Norden), mit einem abgerundeten Teil um die Quelle. Bei Windstille (unter 0,5 m/s) ist die Zone ein Kreis.</translation>
    </message>
    <message>
      <source>Activate on the open situation</source>
      <translation>In der offenen Lage aktivieren</translation>
    </message>
    <message>
      <source>Activate plan</source>
      <translation>Plan aktivieren</translation>
    </message>
    <message>
      <source>Add to the plan's prepared features</source>
      <translation>Zu den vorbereiteten Elementen des Plans hinzufügen</translation>
    </message>
    <message>
      <source>All channels</source>
      <translation>Alle Kanäle</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Alle Arten</translation>
    </message>
    <message>
      <source>All phases</source>
      <translation>Alle Phasen</translation>
    </message>
    <message>
      <source>All priorities</source>
      <translation>Alle Prioritäten</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle Status</translation>
    </message>
    <message>
      <source>Anchor “{label}” added.</source>
      <translation>Schlüsselpunkt „{label}“ hinzugefügt.</translation>
    </message>
    <message>
      <source>Anchors</source>
      <translation>Schlüsselpunkte</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Gebiet</translation>
    </message>
    <message>
      <source>Authentication configuration</source>
      <translation>Authentifizierungskonfiguration</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>CAP (*.xml)</source>
      <translation>CAP (*.xml)</translation>
    </message>
    <message>
      <source>CAP alert</source>
      <translation>CAP-Warnung</translation>
    </message>
    <message>
      <source>CAP alert saved to {path}.</source>
      <translation>CAP-Warnung in {path} gespeichert.</translation>
    </message>
    <message>
      <source>CAP alert…</source>
      <translation>CAP-Warnung…</translation>
    </message>
    <message>
      <source>Centre (hazard source)</source>
      <translation>Mittelpunkt (Gefahrenquelle)</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <source>Click the corners of the area on the map; right click ends it.</source>
      <translation>Klicken Sie die Ecken des Gebiets auf der Karte an; ein Rechtsklick schließt es ab.</translation>
    </message>
    <message>
      <source>Click the map to attach a location to the entry</source>
      <translation>Klicken Sie auf die Karte, um dem Eintrag einen Ort hinzuzufügen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Schließen</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Verbinden…</translation>
    </message>
    <message>
      <source>Copied {phone}.</source>
      <translation>{phone} kopiert.</translation>
    </message>
    <message>
      <source>Copy phone number</source>
      <translation>Telefonnummer kopieren</translation>
    </message>
    <message>
      <source>Correct selected</source>
      <translation>Auswahl berichtigen</translation>
    </message>
    <message>
      <source>Correcting entry #{id}</source>
      <translation>Berichtigung von Eintrag Nr. {id}</translation>
    </message>
    <message>
      <source>Correction of #{id}:</source>
      <translation>Berichtigung von Nr. {id}:</translation>
    </message>
    <message>
      <source>Could not write the CAP alert to {path}: {error}</source>
      <translation>Die CAP-Warnung konnte nicht nach {path} geschrieben werden: {error}</translation>
    </message>
    <message>
      <source>Could not write the features to send: {error}</source>
      <translation>Die zu sendenden Objekte konnten nicht geschrieben werden: {error}</translation>
    </message>
    <message>
      <source>Could not write {name} to {path}: {message}</source>
      <translation>{name} konnte nicht nach {path} geschrieben werden: {message}</translation>
    </message>
    <message>
      <source>Count features in zones</source>
      <translation>Objekte in Zonen zählen</translation>
    </message>
    <message>
      <source>Count per zone</source>
      <translation>Anzahl je Zone</translation>
    </message>
    <message>
      <source>Count per zone kind</source>
      <translation>Anzahl je Zonenart</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Anlegen</translation>
    </message>
    <message>
      <source>Crisis platform</source>
      <translation>Krisenplattform</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>Deaktivieren</translation>
    </message>
    <message>
      <source>Deactivate plan</source>
      <translation>Plan deaktivieren</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschreibung</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Dokumente</translation>
    </message>
    <message>
      <source>Downwind perimeter</source>
      <translation>Perimeter in Windrichtung</translation>
    </message>
    <message>
      <source>Downwind zone</source>
      <translation>Zone in Windrichtung</translation>
    </message>
    <message>
      <source>Downwind, wind from {deg:.0f}° at {speed:.1f} m/s</source>
      <translation>In Windrichtung, Wind aus {deg:.0f}° mit {speed:.1f} m/s</translation>
    </message>
    <message>
      <source>Draw the area of a new situation on the map (right click ends it)</source>
      <translation>Das Gebiet einer neuen Lage auf der Karte zeichnen (ein Rechtsklick schließt es ab)</translation>
    </message>
    <message>
      <source>Draw zone</source>
      <translation>Zone zeichnen</translation>
    </message>
    <message>
      <source>Dry run (report only)</source>
      <translation>Probelauf (nur Bericht)</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>EXERCISE — {title}</source>
      <translation>ÜBUNG — {title}</translation>
    </message>
    <message>
      <source>Entry #{id} posted.</source>
      <translation>Eintrag Nr. {id} veröffentlicht.</translation>
    </message>
    <message>
      <source>Exercises</source>
      <translation>Übungen</translation>
    </message>
    <message>
      <source>Export situation to GeoPackage</source>
      <translation>Lage als GeoPackage exportieren</translation>
    </message>
    <message>
      <source>Feature {n}: {reason}</source>
      <translation>Objekt {n}: {reason}</translation>
    </message>
    <message>
      <source>Features inside any zone</source>
      <translation>Objekte in irgendeiner Zone</translation>
    </message>
    <message>
      <source>Features inside the zones</source>
      <translation>Objekte in den Zonen</translation>
    </message>
    <message>
      <source>Features per layer</source>
      <translation>Objekte je Layer</translation>
    </message>
    <message>
      <source>Feed locations</source>
      <translation>Orte des Einsatztagebuchs</translation>
    </message>
    <message>
      <source>Fill in the latest wind observed at the situation</source>
      <translation>Den zuletzt an der Lage beobachteten Wind übernehmen</translation>
    </message>
    <message>
      <source>For each zone of a situation (for example its perimeters layer), how many features of a point layer (schools, hospitals, addresses) lie inside, and which ones. A point inside nested zones counts in each of them. Give a situation id to keep only that situation's zones.</source>
      <translation>Für jede Zone einer Lage (zum Beispiel ihren Perimeter-Layer): wie viele Objekte eines Punktlayers (Schulen, Krankenhäuser, Adressen) darin liegen, und welche. Ein Punkt in verschachtelten Zonen zählt in jeder davon. Geben Sie eine Lage-ID an, um nur die Zonen dieser Lage zu behalten.</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Ab</translation>
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
      <translation>Geben Sie je einen Radius für die rote, orange und gelbe Zone an.</translation>
    </message>
    <message>
      <source>Import prepared zones into a plan</source>
      <translation>Vorbereitete Zonen in einen Plan importieren</translation>
    </message>
    <message>
      <source>In force on</source>
      <translation>In Kraft für</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
    <message>
      <source>Kinds of the field's values (JSON, e.g. {"A": "red"})</source>
      <translation>Arten der Feldwerte (JSON, z. B. {"A": "red"})</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Bezeichnung</translation>
    </message>
    <message>
      <source>Label field</source>
      <translation>Feld der Bezeichnung</translation>
    </message>
    <message>
      <source>Label of the {kind}:</source>
      <translation>Bezeichnung des Schlüsselpunkts „{kind}“:</translation>
    </message>
    <message>
      <source>Latest wind</source>
      <translation>Letzter Wind</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Länge</translation>
    </message>
    <message>
      <source>Length (m)</source>
      <translation>Länge (m)</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Live</translation>
    </message>
    <message>
      <source>Live feed interrupted ({error}); reconnecting in {seconds} s.</source>
      <translation>Live-Einsatztagebuch unterbrochen ({error}); neue Verbindung in {seconds} s.</translation>
    </message>
    <message>
      <source>Loading contacts…</source>
      <translation>Kontakte werden geladen…</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Laden…</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Ort</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Anmelden</translation>
    </message>
    <message>
      <source>Log in to the crisis platform</source>
      <translation>Bei der Krisenplattform anmelden</translation>
    </message>
    <message>
      <source>Log in to the crisis platform first.</source>
      <translation>Melden Sie sich zuerst bei der Krisenplattform an.</translation>
    </message>
    <message>
      <source>Log in…</source>
      <translation>Anmelden…</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Abmelden</translation>
    </message>
    <message>
      <source>Logbook</source>
      <translation>Einsatztagebuch</translation>
    </message>
    <message>
      <source>Logged in as {name} ({organisation}).</source>
      <translation>Angemeldet als {name} ({organisation}).</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Modus</translation>
    </message>
    <message>
      <source>New anchor</source>
      <translation>Neuer Schlüsselpunkt</translation>
    </message>
    <message>
      <source>New situation</source>
      <translation>Neue Lage</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Neu…</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Nächste Überprüfung</translation>
    </message>
    <message>
      <source>No one is named in this situation yet.</source>
      <translation>In dieser Lage ist noch niemand benannt.</translation>
    </message>
    <message>
      <source>No situation open.</source>
      <translation>Keine Lage geöffnet.</translation>
    </message>
    <message>
      <source>No wind observed at this situation yet; type the wind in.</source>
      <translation>Noch kein Wind an dieser Lage beobachtet; geben Sie den Wind ein.</translation>
    </message>
    <message>
      <source>Not allowed: {message}</source>
      <translation>Nicht erlaubt: {message}</translation>
    </message>
    <message>
      <source>Not found (or not shared with your organisation).</source>
      <translation>Nicht gefunden (oder nicht mit Ihrer Organisation geteilt).</translation>
    </message>
    <message>
      <source>Not logged in.</source>
      <translation>Nicht angemeldet.</translation>
    </message>
    <message>
      <source>Only plans covering the open situation</source>
      <translation>Nur Pläne, die die offene Lage abdecken</translation>
    </message>
    <message>
      <source>Only the coordinators and admins who lead the situation activate plans on it.</source>
      <translation>Nur die Koordinatoren und Administratoren, die die Lage leiten, aktivieren darin Pläne.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Öffnen</translation>
    </message>
    <message>
      <source>Open a situation first.</source>
      <translation>Öffnen Sie zuerst eine Lage.</translation>
    </message>
    <message>
      <source>Open a situation to see its contacts.</source>
      <translation>Öffnen Sie eine Lage, um ihre Kontakte zu sehen.</translation>
    </message>
    <message>
      <source>Open situation</source>
      <translation>Lage öffnen</translation>
    </message>
    <message>
      <source>Opening angle</source>
      <translation>Öffnungswinkel</translation>
    </message>
    <message>
      <source>Opening angle (degrees)</source>
      <translation>Öffnungswinkel (Grad)</translation>
    </message>
    <message>
      <source>Opening {title}…</source>
      <translation>{title} wird geöffnet…</translation>
    </message>
    <message>
      <source>Orange and yellow as rings (else discs)</source>
      <translation>Orange und Gelb als Ringe (sonst Kreisflächen)</translation>
    </message>
    <message>
      <source>Orange and yellow zones as rings</source>
      <translation>Orange und gelbe Zone als Ringe</translation>
    </message>
    <message>
      <source>Orange radius</source>
      <translation>Radius Orange</translation>
    </message>
    <message>
      <source>Orange zone radius (m)</source>
      <translation>Radius der orangen Zone (m)</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Weitere</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Eigentümer</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <source>Perimeter history</source>
      <translation>Verlauf der Perimeter</translation>
    </message>
    <message>
      <source>Perimeter history…</source>
      <translation>Verlauf der Perimeter…</translation>
    </message>
    <message>
      <source>Perimeters</source>
      <translation>Perimeter</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Phase</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Pick a kind, then click the map where it is.</source>
      <translation>Wählen Sie eine Art und klicken Sie dann auf die Stelle in der Karte.</translation>
    </message>
    <message>
      <source>Pick an anchor kind in the palette first.</source>
      <translation>Wählen Sie zuerst eine Art von Schlüsselpunkt in der Palette.</translation>
    </message>
    <message>
      <source>Place downwind zone</source>
      <translation>Zone in Windrichtung setzen</translation>
    </message>
    <message>
      <source>Place rings</source>
      <translation>Ringe setzen</translation>
    </message>
    <message>
      <source>Plan id</source>
      <translation>Plan-ID</translation>
    </message>
    <message>
      <source>Plan {code} deactivated: {removed} feature(s) withdrawn, {kept} kept (changed since).</source>
      <translation>Plan {code} deaktiviert: {removed} Element(e) zurückgezogen, {kept} behalten (seitdem geändert).</translation>
    </message>
    <message>
      <source>Plan {code} in force: {anchors} place(s) and {perimeters} zone(s) in the situation.</source>
      <translation>Plan {code} in Kraft: {anchors} Ort(e) und {perimeters} Zone(n) in der Lage.</translation>
    </message>
    <message>
      <source>Plans</source>
      <translation>Pläne</translation>
    </message>
    <message>
      <source>Platform address</source>
      <translation>Adresse der Plattform</translation>
    </message>
    <message>
      <source>Points to count</source>
      <translation>Zu zählende Punkte</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Veröffentlichen</translation>
    </message>
    <message>
      <source>Post feed entry</source>
      <translation>Eintrag im Einsatztagebuch veröffentlichen</translation>
    </message>
    <message>
      <source>Prepared places</source>
      <translation>Vorbereitete Orte</translation>
    </message>
    <message>
      <source>Prepared zones</source>
      <translation>Vorbereitete Zonen</translation>
    </message>
    <message>
      <source>QGIS's authentication manager could not store the login.</source>
      <translation>Die Authentifizierungsverwaltung von QGIS konnte die Anmeldung nicht speichern.</translation>
    </message>
    <message>
      <source>QGIS's authentication manager is not available.</source>
      <translation>Die Authentifizierungsverwaltung von QGIS ist nicht verfügbar.</translation>
    </message>
    <message>
      <source>Radius around the source (m)</source>
      <translation>Radius um die Quelle (m)</translation>
    </message>
    <message>
      <source>Reconnecting</source>
      <translation>Neue Verbindung</translation>
    </message>
    <message>
      <source>Red radius</source>
      <translation>Radius Rot</translation>
    </message>
    <message>
      <source>Red zone radius (m)</source>
      <translation>Radius der roten Zone (m)</translation>
    </message>
    <message>
      <source>Red, orange and yellow safety zones around a point, with radii in metres (computed in Belgian Lambert 2008). The orange and yellow zones are rings around the inner zone, or full discs.</source>
      <translation>Rote, orange und gelbe Sicherheitszonen um einen Punkt, mit Radien in Metern (berechnet in Belgischem Lambert 2008). Die orange und gelbe Zone sind Ringe um die innere Zone oder volle Kreisflächen.</translation>
    </message>
    <message>
      <source>Redraw the existing zone of this kind</source>
      <translation>Die bestehende Zone dieser Art neu zeichnen</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Aktualisieren</translation>
    </message>
    <message>
      <source>Replace the plan's prepared features</source>
      <translation>Die vorbereiteten Elemente des Plans ersetzen</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <source>Rings around a point</source>
      <translation>Ringe um einen Punkt</translation>
    </message>
    <message>
      <source>Rings perimeter</source>
      <translation>Perimeter in Ringen</translation>
    </message>
    <message>
      <source>Risk site</source>
      <translation>Risikostandort</translation>
    </message>
    <message>
      <source>Role / person</source>
      <translation>Rolle / Person</translation>
    </message>
    <message>
      <source>Safety zones</source>
      <translation>Sicherheitszonen</translation>
    </message>
    <message>
      <source>Save CAP alert</source>
      <translation>CAP-Warnung speichern</translation>
    </message>
    <message>
      <source>Save a CAP 1.2 alert with the red, orange and yellow zones</source>
      <translation>Eine CAP-1.2-Warnung mit der roten, orangen und gelben Zone speichern</translation>
    </message>
    <message>
      <source>Search codes, titles and descriptions</source>
      <translation>Codes, Titel und Beschreibungen durchsuchen</translation>
    </message>
    <message>
      <source>Search titles and descriptions</source>
      <translation>In Titeln und Beschreibungen suchen</translation>
    </message>
    <message>
      <source>Sends the features of a layer (zones as polygons, places as points, in any coordinate system) to the crisis platform as the prepared zones and places of a plan. The platform maps the kind field's values to its kinds (guessed from names like Rood/Rouge/red or PC-Ops, or given as a JSON map), checks the whole layer first and writes everything or nothing; a dry run only reports. Only the coordinators and admins of the organisation that owns the plan may import.</source>
      <translation>Sendet die Objekte einer Ebene (Zonen als Polygone, Orte als Punkte, in beliebigem Koordinatensystem) als vorbereitete Zonen und Orte eines Plans an die Krisenplattform. Die Plattform ordnet die Werte des Artfelds ihren Arten zu (erraten aus Namen wie Rood/Rouge/red oder PC-Ops, oder als JSON angegeben), prüft zuerst die ganze Ebene und schreibt alles oder nichts; ein Probelauf berichtet nur. Nur die Koordinatoren und Administratoren der Organisation, der der Plan gehört, dürfen importieren.</translation>
    </message>
    <message>
      <source>Show on map</source>
      <translation>Auf der Karte zeigen</translation>
    </message>
    <message>
      <source>Situation area</source>
      <translation>Gebiet der Lage</translation>
    </message>
    <message>
      <source>Situation contacts</source>
      <translation>Kontakte der Lage</translation>
    </message>
    <message>
      <source>Situation id</source>
      <translation>Lage-ID</translation>
    </message>
    <message>
      <source>Situation tools</source>
      <translation>Werkzeuge der Lage</translation>
    </message>
    <message>
      <source>Situation “{title}” created.</source>
      <translation>Lage „{title}“ angelegt.</translation>
    </message>
    <message>
      <source>Situations</source>
      <translation>Lagen</translation>
    </message>
    <message>
      <source>Source point</source>
      <translation>Quellpunkt</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The anchors layer of the situation is not loaded; open the situation again.</source>
      <translation>Der Layer der Schlüsselpunkte der Lage ist nicht geladen; öffnen Sie die Lage erneut.</translation>
    </message>
    <message>
      <source>The crisis platform at {url} does not answer ({error}).</source>
      <translation>Die Krisenplattform unter {url} antwortet nicht ({error}).</translation>
    </message>
    <message>
      <source>The crisis platform had an error (HTTP {status}); try again later.</source>
      <translation>Bei der Krisenplattform ist ein Fehler aufgetreten (HTTP {status}); versuchen Sie es später erneut.</translation>
    </message>
    <message>
      <source>The kinds of the values are not valid JSON: {error}</source>
      <translation>Die Arten der Werte sind kein gültiges JSON: {error}</translation>
    </message>
    <message>
      <source>The layer to import cannot be read.</source>
      <translation>Die zu importierende Ebene kann nicht gelesen werden.</translation>
    </message>
    <message>
      <source>The layer {name} could not be read from the platform.</source>
      <translation>Der Layer {name} konnte nicht von der Plattform gelesen werden.</translation>
    </message>
    <message>
      <source>The length of the downwind zone must be positive.</source>
      <translation>Die Länge der Zone in Windrichtung muss positiv sein.</translation>
    </message>
    <message>
      <source>The opening angle must be between 0 and 360 degrees.</source>
      <translation>Der Öffnungswinkel muss zwischen 0 und 360 Grad liegen.</translation>
    </message>
    <message>
      <source>The password is kept in QGIS's authentication database, never in plain settings.</source>
      <translation>Das Passwort wird in der Authentifizierungsdatenbank von QGIS aufbewahrt, niemals lesbar in den Einstellungen.</translation>
    </message>
    <message>
      <source>The perimeters layer of the situation is not loaded; open the situation again.</source>
      <translation>Der Perimeter-Layer der Lage ist nicht geladen; öffnen Sie die Lage erneut.</translation>
    </message>
    <message>
      <source>The platform address must start with http:// or https://</source>
      <translation>Die Adresse der Plattform muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
      <source>The platform answered with HTTP status {status}.</source>
      <translation>Die Plattform antwortete mit HTTP-Status {status}.</translation>
    </message>
    <message>
      <source>The platform does not accept changes on the layer {name}.</source>
      <translation>Die Plattform nimmt keine Änderungen am Layer {name} an.</translation>
    </message>
    <message>
      <source>The platform does not accept new features on the layer {name}.</source>
      <translation>Die Plattform nimmt keine neuen Objekte im Layer {name} an.</translation>
    </message>
    <message>
      <source>The platform refused the change: {errors}</source>
      <translation>Die Plattform hat die Änderung abgelehnt: {errors}</translation>
    </message>
    <message>
      <source>The radii must be positive and grow from the red to the yellow zone.</source>
      <translation>Die Radien müssen positiv sein und von der roten zur gelben Zone wachsen.</translation>
    </message>
    <message>
      <source>The radius around the source must be smaller than the length.</source>
      <translation>Der Radius um die Quelle muss kleiner als die Länge sein.</translation>
    </message>
    <message>
      <source>The saved login of the crisis platform was not found; log in again.</source>
      <translation>Die gespeicherte Anmeldung für die Krisenplattform wurde nicht gefunden; melden Sie sich erneut an.</translation>
    </message>
    <message>
      <source>The situation has no red, orange or yellow zone to announce.</source>
      <translation>Die Lage hat keine rote, orange oder gelbe Zone zu melden.</translation>
    </message>
    <message>
      <source>The situation is {status}: it can no longer be changed.</source>
      <translation>Die Lage ist {status}: sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
      <source>The title needs at least 3 characters.</source>
      <translation>Der Titel braucht mindestens 3 Zeichen.</translation>
    </message>
    <message>
      <source>The zone is empty.</source>
      <translation>Die Zone ist leer.</translation>
    </message>
    <message>
      <source>The zone of the same kind is redrawn; its earlier shape stays in the history</source>
      <translation>Die Zone derselben Art wird neu gezeichnet; ihre frühere Form bleibt im Verlauf</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Unexpected answer from the platform.</source>
      <translation>Unerwartete Antwort der Plattform.</translation>
    </message>
    <message>
      <source>Unexpected error: {error}</source>
      <translation>Unerwarteter Fehler: {error}</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Bis</translation>
    </message>
    <message>
      <source>Use the latest observed wind</source>
      <translation>Den zuletzt beobachteten Wind verwenden</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Weather</source>
      <translation>Wetter</translation>
    </message>
    <message>
      <source>What happened, what was decided, what is needed…</source>
      <translation>Was geschah, was beschlossen wurde, was gebraucht wird…</translation>
    </message>
    <message>
      <source>Wind from (degrees)</source>
      <translation>Wind aus (Grad)</translation>
    </message>
    <message>
      <source>Wind from / speed</source>
      <translation>Wind aus / Geschwindigkeit</translation>
    </message>
    <message>
      <source>Wind from {deg:.0f}° at {speed} m/s, observed {when}.</source>
      <translation>Wind aus {deg:.0f}° mit {speed} m/s, beobachtet am {when}.</translation>
    </message>
    <message>
      <source>Wind speed (m/s)</source>
      <translation>Windgeschwindigkeit (m/s)</translation>
    </message>
    <message>
      <source>Write the entry first.</source>
      <translation>Schreiben Sie zuerst den Eintrag.</translation>
    </message>
    <message>
      <source>Writes a situation's area, anchors, perimeters, weather observations and whole feed (as the logged-in user may see them) into one GeoPackage. Uses the saved login unless another authentication configuration and platform address are given.</source>
      <translation>Schreibt das Gebiet, die Schlüsselpunkte, die Perimeter, die Wetterbeobachtungen und das ganze Einsatztagebuch einer Lage (so wie der angemeldete Benutzer sie sehen darf) in ein GeoPackage. Verwendet die gespeicherte Anmeldung, außer es werden eine andere Authentifizierungskonfiguration und Plattformadresse angegeben.</translation>
    </message>
    <message>
      <source>Wrong e-mail or password (or the account is locked).</source>
      <translation>Falsche E-Mail-Adresse oder falsches Passwort (oder das Konto ist gesperrt).</translation>
    </message>
    <message>
      <source>Yellow radius</source>
      <translation>Radius Gelb</translation>
    </message>
    <message>
      <source>Yellow zone radius (m)</source>
      <translation>Radius der gelben Zone (m)</translation>
    </message>
    <message>
      <source>Your organisation may read this situation but not change it.</source>
      <translation>Ihre Organisation darf diese Lage lesen, aber nicht ändern.</translation>
    </message>
    <message>
      <source>Your role ({role}) may only read situations.</source>
      <translation>Ihre Rolle ({role}) darf Lagen nur lesen.</translation>
    </message>
    <message>
      <source>Zone kind</source>
      <translation>Zonenart</translation>
    </message>
    <message>
      <source>Zone kind field</source>
      <translation>Feld der Zonenart</translation>
    </message>
    <message>
      <source>Zones (perimeters)</source>
      <translation>Zonen (Perimeter)</translation>
    </message>
    <message>
      <source>Zones and places</source>
      <translation>Zonen und Orte</translation>
    </message>
    <message>
      <source>[EXERCISE] {title}</source>
      <translation>[ÜBUNG] {title}</translation>
    </message>
    <message>
      <source>current</source>
      <translation>aktuell</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>gelöscht</translation>
    </message>
    <message>
      <source>e.g. chlorine leak, first estimate</source>
      <translation>z. B. Chlorleck, erste Schätzung</translation>
    </message>
    <message>
      <source>name@organisation.be</source>
      <translation>name@organisation.be</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <source>on the map</source>
      <translation>auf der Karte</translation>
    </message>
    <message>
      <source>redrawn</source>
      <translation>neu gezeichnet</translation>
    </message>
    <message>
      <source>the server closed the stream</source>
      <translation>der Server hat den Datenstrom geschlossen</translation>
    </message>
    <message>
      <source>{added} zone(s) added, {redrawn} redrawn.</source>
      <translation>{added} Zone(n) hinzugefügt, {redrawn} neu gezeichnet.</translation>
    </message>
    <message>
      <source>{anchors} place(s) and {perimeters} zone(s); written: {written}</source>
      <translation>{anchors} Ort(e) und {perimeters} Zone(n); geschrieben: {written}</translation>
    </message>
    <message>
      <source>{code} prepared places</source>
      <translation>{code} vorbereitete Orte</translation>
    </message>
    <message>
      <source>{code} prepared zones</source>
      <translation>{code} vorbereitete Zonen</translation>
    </message>
    <message>
      <source>{ha:.1f} ha drawn on the map</source>
      <translation>{ha:.1f} ha auf der Karte gezeichnet</translation>
    </message>
    <message>
      <source>{kind} {label}: {count} feature(s)</source>
      <translation>{kind} {label}: {count} Objekt(e)</translation>
    </message>
    <message>
      <source>{n} layer(s) of the situation could not be loaded.</source>
      <translation>{n} Layer der Lage konnte(n) nicht geladen werden.</translation>
    </message>
    <message>
      <source>{n} people named in this situation.</source>
      <translation>{n} Person(en) in dieser Lage benannt.</translation>
    </message>
    <message>
      <source>{n} perimeter(s); select one to see its earlier shapes.</source>
      <translation>{n} Perimeter; wählen Sie einen, um seine früheren Formen zu sehen.</translation>
    </message>
    <message>
      <source>{n} plan(s)</source>
      <translation>{n} Plan/Pläne</translation>
    </message>
    <message>
      <source>{n} situation(s)</source>
      <translation>{n} Lage(n)</translation>
    </message>
    <message>
      <source>{n} version(s); select one to see it on the map.</source>
      <translation>{n} Version(en); wählen Sie eine aus, um sie auf der Karte zu sehen.</translation>
    </message>
    <message>
      <source>{plan} (in force on the open situation)</source>
      <translation>{plan} (in Kraft in der offenen Lage)</translation>
    </message>
  </context>
</TS>
