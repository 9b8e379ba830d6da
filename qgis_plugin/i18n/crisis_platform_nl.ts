<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
  <context>
    <name>CrisisPlatform</name>
    <message>
      <source>(review overdue)</source>
      <translation>(herziening achterstallig)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{organisation} · {role}</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{organisation} · {role}</translation>
    </message>
    <message>
      <source>A zone must be a polygon.</source>
      <translation>Een zone moet een polygoon zijn.</translation>
    </message>
    <message>
      <source>A zone that points downwind from a source: a sector of the given length and opening angle, in the direction the wind blows to (the wind direction is where it comes FROM, in degrees clockwise from north), with a rounded part around the source. With a calm wind (under 0.5 m/s) the zone is a disc.</source>
      <translation>Een zone die vanaf een bron met de wind mee wijst: een sector met de opgegeven lengte en openingshoek, in de richting waarheen de wind waait (de windrichting is waar hij VANDAAN komt, in graden met de klok mee vanaf het noorden), met een afgerond deel rond de bron. Bij windstilte (minder dan 0,5 m/s) is de zone een cirkel.</translation>
    </message>
    <message>
      <source>Activate on the open situation</source>
      <translation>Activeren op de open situatie</translation>
    </message>
    <message>
      <source>Activate plan</source>
      <translation>Plan activeren</translation>
    </message>
    <message>
      <source>Add to the plan's prepared features</source>
      <translation>Toevoegen aan de voorbereide elementen van het plan</translation>
    </message>
    <message>
      <source>All channels</source>
      <translation>Alle kanalen</translation>
    </message>
    <message>
      <source>All kinds</source>
      <translation>Alle soorten</translation>
    </message>
    <message>
      <source>All phases</source>
      <translation>Alle fasen</translation>
    </message>
    <message>
      <source>All priorities</source>
      <translation>Alle prioriteiten</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Alle statussen</translation>
    </message>
    <message>
      <source>Anchor “{label}” added.</source>
      <translation>Sleutelpunt “{label}” toegevoegd.</translation>
    </message>
    <message>
      <source>Anchors</source>
      <translation>Sleutelpunten</translation>
    </message>
    <message>
      <source>Area</source>
      <translation>Gebied</translation>
    </message>
    <message>
      <source>Authentication configuration</source>
      <translation>Authenticatieconfiguratie</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Door</translation>
    </message>
    <message>
      <source>CAP (*.xml)</source>
      <translation>CAP (*.xml)</translation>
    </message>
    <message>
      <source>CAP alert</source>
      <translation>CAP-alarm</translation>
    </message>
    <message>
      <source>CAP alert saved to {path}.</source>
      <translation>CAP-alarm opgeslagen in {path}.</translation>
    </message>
    <message>
      <source>CAP alert…</source>
      <translation>CAP-alarm…</translation>
    </message>
    <message>
      <source>Centre (hazard source)</source>
      <translation>Middelpunt (bron van gevaar)</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Wijziging</translation>
    </message>
    <message>
      <source>Click the corners of the area on the map; right click ends it.</source>
      <translation>Klik de hoeken van het gebied op de kaart aan; rechtsklikken sluit het af.</translation>
    </message>
    <message>
      <source>Click the map to attach a location to the entry</source>
      <translation>Klik op de kaart om een locatie aan het bericht toe te voegen</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Sluiten</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Verbinden…</translation>
    </message>
    <message>
      <source>Copied {phone}.</source>
      <translation>{phone} gekopieerd.</translation>
    </message>
    <message>
      <source>Copy phone number</source>
      <translation>Telefoonnummer kopiëren</translation>
    </message>
    <message>
      <source>Correct selected</source>
      <translation>Selectie corrigeren</translation>
    </message>
    <message>
      <source>Correcting entry #{id}</source>
      <translation>Correctie van bericht nr. {id}</translation>
    </message>
    <message>
      <source>Correction of #{id}:</source>
      <translation>Correctie van nr. {id}:</translation>
    </message>
    <message>
      <source>Could not write the CAP alert to {path}: {error}</source>
      <translation>Kon het CAP-alarm niet schrijven naar {path}: {error}</translation>
    </message>
    <message>
      <source>Could not write the features to send: {error}</source>
      <translation>De te verzenden objecten konden niet worden geschreven: {error}</translation>
    </message>
    <message>
      <source>Could not write {name} to {path}: {message}</source>
      <translation>Kon {name} niet naar {path} schrijven: {message}</translation>
    </message>
    <message>
      <source>Count features in zones</source>
      <translation>Objecten in zones tellen</translation>
    </message>
    <message>
      <source>Count per zone</source>
      <translation>Aantal per zone</translation>
    </message>
    <message>
      <source>Count per zone kind</source>
      <translation>Aantal per soort zone</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Aanmaken</translation>
    </message>
    <message>
      <source>Crisis platform</source>
      <translation>Crisisplatform</translation>
    </message>
    <message>
      <source>Deactivate</source>
      <translation>Deactiveren</translation>
    </message>
    <message>
      <source>Deactivate plan</source>
      <translation>Plan deactiveren</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beschrijving</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation>Documenten</translation>
    </message>
    <message>
      <source>Downwind perimeter</source>
      <translation>Benedenwindse perimeter</translation>
    </message>
    <message>
      <source>Downwind zone</source>
      <translation>Benedenwindse zone</translation>
    </message>
    <message>
      <source>Downwind, wind from {deg:.0f}° at {speed:.1f} m/s</source>
      <translation>Benedenwinds, wind uit {deg:.0f}° met {speed:.1f} m/s</translation>
    </message>
    <message>
      <source>Draw the area of a new situation on the map (right click ends it)</source>
      <translation>Teken het gebied van een nieuwe situatie op de kaart (rechtsklikken sluit het af)</translation>
    </message>
    <message>
      <source>Draw zone</source>
      <translation>Zone tekenen</translation>
    </message>
    <message>
      <source>Dry run (report only)</source>
      <translation>Proefrun (enkel verslag)</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>EXERCISE — {title}</source>
      <translation>OEFENING — {title}</translation>
    </message>
    <message>
      <source>Entry #{id} posted.</source>
      <translation>Bericht nr. {id} geplaatst.</translation>
    </message>
    <message>
      <source>Exercises</source>
      <translation>Oefeningen</translation>
    </message>
    <message>
      <source>Export situation to GeoPackage</source>
      <translation>Situatie exporteren naar GeoPackage</translation>
    </message>
    <message>
      <source>Feature {n}: {reason}</source>
      <translation>Object {n}: {reason}</translation>
    </message>
    <message>
      <source>Features inside any zone</source>
      <translation>Objecten binnen een van de zones</translation>
    </message>
    <message>
      <source>Features inside the zones</source>
      <translation>Objecten binnen de zones</translation>
    </message>
    <message>
      <source>Features per layer</source>
      <translation>Objecten per laag</translation>
    </message>
    <message>
      <source>Feed locations</source>
      <translation>Locaties van het logboek</translation>
    </message>
    <message>
      <source>Fill in the latest wind observed at the situation</source>
      <translation>De laatst waargenomen wind bij de situatie invullen</translation>
    </message>
    <message>
      <source>For each zone of a situation (for example its perimeters layer), how many features of a point layer (schools, hospitals, addresses) lie inside, and which ones. A point inside nested zones counts in each of them. Give a situation id to keep only that situation's zones.</source>
      <translation>Voor elke zone van een situatie (bijvoorbeeld haar perimeterlaag): hoeveel objecten van een puntlaag (scholen, ziekenhuizen, adressen) erin liggen, en welke. Een punt in geneste zones telt in elk ervan mee. Geef een situatie-id op om alleen de zones van die situatie te houden.</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Van</translation>
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
      <translation>Geef één straal voor elk van de rode, oranje en gele zones.</translation>
    </message>
    <message>
      <source>Import prepared zones into a plan</source>
      <translation>Voorbereide zones in een plan importeren</translation>
    </message>
    <message>
      <source>In force on</source>
      <translation>Van kracht op</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Soort</translation>
    </message>
    <message>
      <source>Kinds of the field's values (JSON, e.g. {"A": "red"})</source>
      <translation>Soorten van de waarden van het veld (JSON, bv. {"A": "red"})</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Label</translation>
    </message>
    <message>
      <source>Label field</source>
      <translation>Veld met het label</translation>
    </message>
    <message>
      <source>Label of the {kind}:</source>
      <translation>Label van het sleutelpunt “{kind}”:</translation>
    </message>
    <message>
      <source>Latest wind</source>
      <translation>Laatste wind</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Lengte</translation>
    </message>
    <message>
      <source>Length (m)</source>
      <translation>Lengte (m)</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Live</translation>
    </message>
    <message>
      <source>Live feed interrupted ({error}); reconnecting in {seconds} s.</source>
      <translation>Live logboek onderbroken ({error}); opnieuw verbinden over {seconds} s.</translation>
    </message>
    <message>
      <source>Loading contacts…</source>
      <translation>Contacten laden…</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Laden…</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Locatie</translation>
    </message>
    <message>
      <source>Log in</source>
      <translation>Aanmelden</translation>
    </message>
    <message>
      <source>Log in to the crisis platform</source>
      <translation>Aanmelden bij het crisisplatform</translation>
    </message>
    <message>
      <source>Log in to the crisis platform first.</source>
      <translation>Meld u eerst aan bij het crisisplatform.</translation>
    </message>
    <message>
      <source>Log in…</source>
      <translation>Aanmelden…</translation>
    </message>
    <message>
      <source>Log out</source>
      <translation>Afmelden</translation>
    </message>
    <message>
      <source>Logbook</source>
      <translation>Logboek</translation>
    </message>
    <message>
      <source>Logged in as {name} ({organisation}).</source>
      <translation>Aangemeld als {name} ({organisation}).</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Modus</translation>
    </message>
    <message>
      <source>New anchor</source>
      <translation>Nieuw sleutelpunt</translation>
    </message>
    <message>
      <source>New situation</source>
      <translation>Nieuwe situatie</translation>
    </message>
    <message>
      <source>New…</source>
      <translation>Nieuw…</translation>
    </message>
    <message>
      <source>Next review</source>
      <translation>Volgende herziening</translation>
    </message>
    <message>
      <source>No one is named in this situation yet.</source>
      <translation>Er is nog niemand aangeduid in deze situatie.</translation>
    </message>
    <message>
      <source>No situation open.</source>
      <translation>Geen situatie geopend.</translation>
    </message>
    <message>
      <source>No wind observed at this situation yet; type the wind in.</source>
      <translation>Nog geen wind waargenomen bij deze situatie; vul de wind zelf in.</translation>
    </message>
    <message>
      <source>Not allowed: {message}</source>
      <translation>Niet toegestaan: {message}</translation>
    </message>
    <message>
      <source>Not found (or not shared with your organisation).</source>
      <translation>Niet gevonden (of niet gedeeld met uw organisatie).</translation>
    </message>
    <message>
      <source>Not logged in.</source>
      <translation>Niet aangemeld.</translation>
    </message>
    <message>
      <source>Only plans covering the open situation</source>
      <translation>Enkel plannen die de open situatie dekken</translation>
    </message>
    <message>
      <source>Only the coordinators and admins who lead the situation activate plans on it.</source>
      <translation>Enkel de coördinatoren en beheerders die de situatie leiden, activeren er plannen op.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Openen</translation>
    </message>
    <message>
      <source>Open a situation first.</source>
      <translation>Open eerst een situatie.</translation>
    </message>
    <message>
      <source>Open a situation to see its contacts.</source>
      <translation>Open een situatie om haar contacten te zien.</translation>
    </message>
    <message>
      <source>Open situation</source>
      <translation>Situatie openen</translation>
    </message>
    <message>
      <source>Opening angle</source>
      <translation>Openingshoek</translation>
    </message>
    <message>
      <source>Opening angle (degrees)</source>
      <translation>Openingshoek (graden)</translation>
    </message>
    <message>
      <source>Opening {title}…</source>
      <translation>{title} openen…</translation>
    </message>
    <message>
      <source>Orange and yellow as rings (else discs)</source>
      <translation>Oranje en geel als ringen (anders schijven)</translation>
    </message>
    <message>
      <source>Orange and yellow zones as rings</source>
      <translation>Oranje en gele zones als ringen</translation>
    </message>
    <message>
      <source>Orange radius</source>
      <translation>Straal oranje</translation>
    </message>
    <message>
      <source>Orange zone radius (m)</source>
      <translation>Straal oranje zone (m)</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Overige</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Eigenaar</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Wachtwoord</translation>
    </message>
    <message>
      <source>Perimeter history</source>
      <translation>Geschiedenis van de perimeters</translation>
    </message>
    <message>
      <source>Perimeter history…</source>
      <translation>Geschiedenis van de perimeters…</translation>
    </message>
    <message>
      <source>Perimeters</source>
      <translation>Perimeters</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoon</translation>
    </message>
    <message>
      <source>Pick a kind, then click the map where it is.</source>
      <translation>Kies een soort en klik dan op de kaart waar het zich bevindt.</translation>
    </message>
    <message>
      <source>Pick an anchor kind in the palette first.</source>
      <translation>Kies eerst een soort sleutelpunt in het palet.</translation>
    </message>
    <message>
      <source>Place downwind zone</source>
      <translation>Benedenwindse zone plaatsen</translation>
    </message>
    <message>
      <source>Place rings</source>
      <translation>Ringen plaatsen</translation>
    </message>
    <message>
      <source>Plan id</source>
      <translation>Plan-id</translation>
    </message>
    <message>
      <source>Plan {code} deactivated: {removed} feature(s) withdrawn, {kept} kept (changed since).</source>
      <translation>Plan {code} gedeactiveerd: {removed} element(en) ingetrokken, {kept} behouden (sindsdien gewijzigd).</translation>
    </message>
    <message>
      <source>Plan {code} in force: {anchors} place(s) and {perimeters} zone(s) in the situation.</source>
      <translation>Plan {code} van kracht: {anchors} plaats(en) en {perimeters} zone(s) in de situatie.</translation>
    </message>
    <message>
      <source>Plans</source>
      <translation>Plannen</translation>
    </message>
    <message>
      <source>Platform address</source>
      <translation>Adres van het platform</translation>
    </message>
    <message>
      <source>Points to count</source>
      <translation>Te tellen punten</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Plaatsen</translation>
    </message>
    <message>
      <source>Post feed entry</source>
      <translation>Bericht in het logboek plaatsen</translation>
    </message>
    <message>
      <source>Prepared places</source>
      <translation>Voorbereide plaatsen</translation>
    </message>
    <message>
      <source>Prepared zones</source>
      <translation>Voorbereide zones</translation>
    </message>
    <message>
      <source>QGIS's authentication manager could not store the login.</source>
      <translation>De authenticatiebeheerder van QGIS kon de aanmelding niet opslaan.</translation>
    </message>
    <message>
      <source>QGIS's authentication manager is not available.</source>
      <translation>De authenticatiebeheerder van QGIS is niet beschikbaar.</translation>
    </message>
    <message>
      <source>Radius around the source (m)</source>
      <translation>Straal rond de bron (m)</translation>
    </message>
    <message>
      <source>Reconnecting</source>
      <translation>Opnieuw verbinden</translation>
    </message>
    <message>
      <source>Red radius</source>
      <translation>Straal rood</translation>
    </message>
    <message>
      <source>Red zone radius (m)</source>
      <translation>Straal rode zone (m)</translation>
    </message>
    <message>
      <source>Red, orange and yellow safety zones around a point, with radii in metres (computed in Belgian Lambert 2008). The orange and yellow zones are rings around the inner zone, or full discs.</source>
      <translation>Rode, oranje en gele veiligheidszones rond een punt, met stralen in meter (berekend in Belgische Lambert 2008). De oranje en gele zones zijn ringen rond de binnenste zone, of volle schijven.</translation>
    </message>
    <message>
      <source>Redraw the existing zone of this kind</source>
      <translation>De bestaande zone van deze soort hertekenen</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Vernieuwen</translation>
    </message>
    <message>
      <source>Replace the plan's prepared features</source>
      <translation>De voorbereide elementen van het plan vervangen</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Verslag</translation>
    </message>
    <message>
      <source>Rings around a point</source>
      <translation>Ringen rond een punt</translation>
    </message>
    <message>
      <source>Rings perimeter</source>
      <translation>Perimeter in ringen</translation>
    </message>
    <message>
      <source>Risk site</source>
      <translation>Risicosite</translation>
    </message>
    <message>
      <source>Role / person</source>
      <translation>Rol / persoon</translation>
    </message>
    <message>
      <source>Safety zones</source>
      <translation>Veiligheidszones</translation>
    </message>
    <message>
      <source>Save CAP alert</source>
      <translation>CAP-alarm opslaan</translation>
    </message>
    <message>
      <source>Save a CAP 1.2 alert with the red, orange and yellow zones</source>
      <translation>Een CAP 1.2-alarm met de rode, oranje en gele zones opslaan</translation>
    </message>
    <message>
      <source>Search codes, titles and descriptions</source>
      <translation>Zoeken in codes, titels en beschrijvingen</translation>
    </message>
    <message>
      <source>Search titles and descriptions</source>
      <translation>Zoeken in titels en beschrijvingen</translation>
    </message>
    <message>
      <source>Sends the features of a layer (zones as polygons, places as points, in any coordinate system) to the crisis platform as the prepared zones and places of a plan. The platform maps the kind field's values to its kinds (guessed from names like Rood/Rouge/red or PC-Ops, or given as a JSON map), checks the whole layer first and writes everything or nothing; a dry run only reports. Only the coordinators and admins of the organisation that owns the plan may import.</source>
      <translation>Stuurt de objecten van een laag (zones als polygonen, plaatsen als punten, in om het even welk coördinatenstelsel) naar het crisisplatform als de voorbereide zones en plaatsen van een plan. Het platform koppelt de waarden van het soortveld aan zijn soorten (geraden uit namen als Rood/Rouge/red of CP-Ops, of gegeven als JSON), controleert eerst de hele laag en schrijft alles of niets; een proefrun geeft enkel het verslag. Enkel de coördinatoren en beheerders van de organisatie die eigenaar is van het plan mogen importeren.</translation>
    </message>
    <message>
      <source>Show on map</source>
      <translation>Op de kaart tonen</translation>
    </message>
    <message>
      <source>Situation area</source>
      <translation>Gebied van de situatie</translation>
    </message>
    <message>
      <source>Situation contacts</source>
      <translation>Contacten van de situatie</translation>
    </message>
    <message>
      <source>Situation id</source>
      <translation>Situatie-id</translation>
    </message>
    <message>
      <source>Situation tools</source>
      <translation>Hulpmiddelen van de situatie</translation>
    </message>
    <message>
      <source>Situation “{title}” created.</source>
      <translation>Situatie “{title}” aangemaakt.</translation>
    </message>
    <message>
      <source>Situations</source>
      <translation>Situaties</translation>
    </message>
    <message>
      <source>Source point</source>
      <translation>Bronpunt</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>The anchors layer of the situation is not loaded; open the situation again.</source>
      <translation>De laag met sleutelpunten van de situatie is niet geladen; open de situatie opnieuw.</translation>
    </message>
    <message>
      <source>The crisis platform at {url} does not answer ({error}).</source>
      <translation>Het crisisplatform op {url} antwoordt niet ({error}).</translation>
    </message>
    <message>
      <source>The crisis platform had an error (HTTP {status}); try again later.</source>
      <translation>Er trad een fout op bij het crisisplatform (HTTP {status}); probeer het later opnieuw.</translation>
    </message>
    <message>
      <source>The kinds of the values are not valid JSON: {error}</source>
      <translation>De soorten van de waarden zijn geen geldige JSON: {error}</translation>
    </message>
    <message>
      <source>The layer to import cannot be read.</source>
      <translation>De te importeren laag kan niet gelezen worden.</translation>
    </message>
    <message>
      <source>The layer {name} could not be read from the platform.</source>
      <translation>De laag {name} kon niet van het platform gelezen worden.</translation>
    </message>
    <message>
      <source>The length of the downwind zone must be positive.</source>
      <translation>De lengte van de benedenwindse zone moet positief zijn.</translation>
    </message>
    <message>
      <source>The opening angle must be between 0 and 360 degrees.</source>
      <translation>De openingshoek moet tussen 0 en 360 graden liggen.</translation>
    </message>
    <message>
      <source>The password is kept in QGIS's authentication database, never in plain settings.</source>
      <translation>Het wachtwoord wordt bewaard in de authenticatiedatabank van QGIS, nooit leesbaar in de instellingen.</translation>
    </message>
    <message>
      <source>The perimeters layer of the situation is not loaded; open the situation again.</source>
      <translation>De perimeterlaag van de situatie is niet geladen; open de situatie opnieuw.</translation>
    </message>
    <message>
      <source>The platform address must start with http:// or https://</source>
      <translation>Het adres van het platform moet beginnen met http:// of https://</translation>
    </message>
    <message>
      <source>The platform answered with HTTP status {status}.</source>
      <translation>Het platform antwoordde met HTTP-status {status}.</translation>
    </message>
    <message>
      <source>The platform does not accept changes on the layer {name}.</source>
      <translation>Het platform aanvaardt geen wijzigingen op de laag {name}.</translation>
    </message>
    <message>
      <source>The platform does not accept new features on the layer {name}.</source>
      <translation>Het platform aanvaardt geen nieuwe objecten op de laag {name}.</translation>
    </message>
    <message>
      <source>The platform refused the change: {errors}</source>
      <translation>Het platform weigerde de wijziging: {errors}</translation>
    </message>
    <message>
      <source>The radii must be positive and grow from the red to the yellow zone.</source>
      <translation>De stralen moeten positief zijn en toenemen van de rode naar de gele zone.</translation>
    </message>
    <message>
      <source>The radius around the source must be smaller than the length.</source>
      <translation>De straal rond de bron moet kleiner zijn dan de lengte.</translation>
    </message>
    <message>
      <source>The saved login of the crisis platform was not found; log in again.</source>
      <translation>De bewaarde aanmelding voor het crisisplatform werd niet gevonden; meld u opnieuw aan.</translation>
    </message>
    <message>
      <source>The situation has no red, orange or yellow zone to announce.</source>
      <translation>De situatie heeft geen rode, oranje of gele zone om te melden.</translation>
    </message>
    <message>
      <source>The situation is {status}: it can no longer be changed.</source>
      <translation>De situatie is {status}: ze kan niet meer gewijzigd worden.</translation>
    </message>
    <message>
      <source>The title needs at least 3 characters.</source>
      <translation>De titel moet minstens 3 tekens hebben.</translation>
    </message>
    <message>
      <source>The zone is empty.</source>
      <translation>De zone is leeg.</translation>
    </message>
    <message>
      <source>The zone of the same kind is redrawn; its earlier shape stays in the history</source>
      <translation>De zone van dezelfde soort wordt hertekend; haar vorige vorm blijft in de geschiedenis</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titel</translation>
    </message>
    <message>
      <source>Unexpected answer from the platform.</source>
      <translation>Onverwacht antwoord van het platform.</translation>
    </message>
    <message>
      <source>Unexpected error: {error}</source>
      <translation>Onverwachte fout: {error}</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Tot</translation>
    </message>
    <message>
      <source>Use the latest observed wind</source>
      <translation>De laatst waargenomen wind gebruiken</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versie</translation>
    </message>
    <message>
      <source>Weather</source>
      <translation>Weer</translation>
    </message>
    <message>
      <source>What happened, what was decided, what is needed…</source>
      <translation>Wat er gebeurde, wat er beslist werd, wat er nodig is…</translation>
    </message>
    <message>
      <source>Wind from (degrees)</source>
      <translation>Wind uit (graden)</translation>
    </message>
    <message>
      <source>Wind from / speed</source>
      <translation>Wind uit / snelheid</translation>
    </message>
    <message>
      <source>Wind from {deg:.0f}° at {speed} m/s, observed {when}.</source>
      <translation>Wind uit {deg:.0f}° met {speed} m/s, waargenomen op {when}.</translation>
    </message>
    <message>
      <source>Wind speed (m/s)</source>
      <translation>Windsnelheid (m/s)</translation>
    </message>
    <message>
      <source>Write the entry first.</source>
      <translation>Schrijf eerst het bericht.</translation>
    </message>
    <message>
      <source>Writes a situation's area, anchors, perimeters, weather observations and whole feed (as the logged-in user may see them) into one GeoPackage. Uses the saved login unless another authentication configuration and platform address are given.</source>
      <translation>Schrijft het gebied, de sleutelpunten, de perimeters, de weerwaarnemingen en het volledige logboek van een situatie (zoals de aangemelde gebruiker ze mag zien) naar één GeoPackage. Gebruikt de bewaarde aanmelding, tenzij een andere authenticatieconfiguratie en een ander platformadres opgegeven worden.</translation>
    </message>
    <message>
      <source>Wrong e-mail or password (or the account is locked).</source>
      <translation>Verkeerd e-mailadres of wachtwoord (of de account is vergrendeld).</translation>
    </message>
    <message>
      <source>Yellow radius</source>
      <translation>Straal geel</translation>
    </message>
    <message>
      <source>Yellow zone radius (m)</source>
      <translation>Straal gele zone (m)</translation>
    </message>
    <message>
      <source>Your organisation may read this situation but not change it.</source>
      <translation>Uw organisatie mag deze situatie inzien maar niet wijzigen.</translation>
    </message>
    <message>
      <source>Your role ({role}) may only read situations.</source>
      <translation>Uw rol ({role}) mag situaties alleen inzien.</translation>
    </message>
    <message>
      <source>Zone kind</source>
      <translation>Soort zone</translation>
    </message>
    <message>
      <source>Zone kind field</source>
      <translation>Veld met de soort zone</translation>
    </message>
    <message>
      <source>Zones (perimeters)</source>
      <translation>Zones (perimeters)</translation>
    </message>
    <message>
      <source>Zones and places</source>
      <translation>Zones en plaatsen</translation>
    </message>
    <message>
      <source>[EXERCISE] {title}</source>
      <translation>[OEFENING] {title}</translation>
    </message>
    <message>
      <source>current</source>
      <translation>huidig</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>verwijderd</translation>
    </message>
    <message>
      <source>e.g. chlorine leak, first estimate</source>
      <translation>bv. chloorlek, eerste schatting</translation>
    </message>
    <message>
      <source>name@organisation.be</source>
      <translation>naam@organisatie.be</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>geen reden opgegeven</translation>
    </message>
    <message>
      <source>none</source>
      <translation>geen</translation>
    </message>
    <message>
      <source>on the map</source>
      <translation>op de kaart</translation>
    </message>
    <message>
      <source>redrawn</source>
      <translation>hertekend</translation>
    </message>
    <message>
      <source>the server closed the stream</source>
      <translation>de server sloot de stroom</translation>
    </message>
    <message>
      <source>{added} zone(s) added, {redrawn} redrawn.</source>
      <translation>{added} zone(s) toegevoegd, {redrawn} hertekend.</translation>
    </message>
    <message>
      <source>{anchors} place(s) and {perimeters} zone(s); written: {written}</source>
      <translation>{anchors} plaats(en) en {perimeters} zone(s); geschreven: {written}</translation>
    </message>
    <message>
      <source>{code} prepared places</source>
      <translation>{code} voorbereide plaatsen</translation>
    </message>
    <message>
      <source>{code} prepared zones</source>
      <translation>{code} voorbereide zones</translation>
    </message>
    <message>
      <source>{ha:.1f} ha drawn on the map</source>
      <translation>{ha:.1f} ha getekend op de kaart</translation>
    </message>
    <message>
      <source>{kind} {label}: {count} feature(s)</source>
      <translation>{kind} {label}: {count} object(en)</translation>
    </message>
    <message>
      <source>{n} layer(s) of the situation could not be loaded.</source>
      <translation>{n} la(a)g(en) van de situatie kon(den) niet geladen worden.</translation>
    </message>
    <message>
      <source>{n} people named in this situation.</source>
      <translation>{n} perso(o)n(en) aangeduid in deze situatie.</translation>
    </message>
    <message>
      <source>{n} perimeter(s); select one to see its earlier shapes.</source>
      <translation>{n} perimeter(s); kies er een om de vroegere vormen te zien.</translation>
    </message>
    <message>
      <source>{n} plan(s)</source>
      <translation>{n} plan(nen)</translation>
    </message>
    <message>
      <source>{n} situation(s)</source>
      <translation>{n} situatie(s)</translation>
    </message>
    <message>
      <source>{n} version(s); select one to see it on the map.</source>
      <translation>{n} versie(s); selecteer er een om ze op de kaart te zien.</translation>
    </message>
    <message>
      <source>{plan} (in force on the open situation)</source>
      <translation>{plan} (van kracht op de open situatie)</translation>
    </message>
  </context>
</TS>
