"""The API's error messages in French, Dutch and German. Code raises errors in English; the one place that turns
errors into answers (errors.py) translates the message and the field messages into the caller's language: the
Accept-Language of the request, else the language of the account, else English. A message is found by its
English template ({name} stands for a value: a file name, a status...); codes of the platform's lists given as
{status} or {channel} are named with the database's label in that language."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import vocabulary
from . import map_messages, plan_messages

LANGUAGES = vocabulary.LANGUAGES

# Values of these placeholders are codes of a list: shown as its label, in quotes.
_CODE_LISTS = {
    "status": "situation_statuses",
    "old": "situation_statuses",
    "new": "situation_statuses",
    "channel": "feed_channels",
}

# English template -> (French, Dutch, German)
CATALOG: dict[str, tuple[str, str, str]] = {
    # errors.py: the defaults of each kind of error
    "The service failed to answer this request.": (
        "Le service n'a pas pu répondre à cette demande.",
        "De dienst kon dit verzoek niet beantwoorden.",
        "Der Dienst konnte diese Anfrage nicht beantworten.",
    ),
    "The request body is not valid JSON.": (
        "Le corps de la demande n'est pas du JSON valide.",
        "De inhoud van het verzoek is geen geldige JSON.",
        "Der Inhalt der Anfrage ist kein gültiges JSON.",
    ),
    "Some fields are missing or invalid.": (
        "Des champs manquent ou ne sont pas valides.",
        "Sommige velden ontbreken of zijn ongeldig.",
        "Einige Felder fehlen oder sind ungültig.",
    ),
    "Log in first: send a bearer token or HTTP Basic credentials.": (
        "Connectez-vous d'abord : envoyez un jeton (bearer) ou des identifiants HTTP Basic.",
        "Meld u eerst aan: stuur een bearer-token of HTTP Basic-gegevens.",
        "Melden Sie sich zuerst an: senden Sie ein Bearer-Token oder HTTP-Basic-Anmeldedaten.",
    ),
    "You may not do this.": ("Vous n'êtes pas autorisé à faire ceci.", "U mag dit niet doen.", "Das dürfen Sie nicht."),
    "No such resource.": ("Cette ressource n'existe pas.", "Deze bron bestaat niet.", "Diese Ressource gibt es nicht."),
    "The resource changed or already exists.": (
        "La ressource a changé ou existe déjà.",
        "De bron is gewijzigd of bestaat al.",
        "Die Ressource wurde geändert oder existiert bereits.",
    ),
    "The request or one of its files is too large.": (
        "La demande ou l'un de ses fichiers est trop volumineux.",
        "Het verzoek of een van de bestanden is te groot.",
        "Die Anfrage oder eine ihrer Dateien ist zu groß.",
    ),
    "This type of content is not accepted.": (
        "Ce type de contenu n'est pas accepté.",
        "Dit soort inhoud wordt niet aanvaard.",
        "Diese Art von Inhalt wird nicht angenommen.",
    ),
    "Too many failed logins from here; wait before trying again.": (
        "Trop de connexions échouées depuis cet endroit ; attendez avant de réessayer.",
        "Te veel mislukte aanmeldingen vanaf hier; wacht voor u het opnieuw probeert.",
        "Zu viele fehlgeschlagene Anmeldungen von hier; warten Sie, bevor Sie es erneut versuchen.",
    ),
    "Too many failed logins from here; try again in {seconds} s.": (
        "Trop de connexions échouées depuis cet endroit ; réessayez dans {seconds} s.",
        "Te veel mislukte aanmeldingen vanaf hier; probeer het opnieuw over {seconds} s.",
        "Zu viele fehlgeschlagene Anmeldungen von hier; versuchen Sie es in {seconds} s erneut.",
    ),
    "The service is busy or its database does not answer; try again.": (
        "Le service est occupé ou sa base de données ne répond pas ; réessayez.",
        "De dienst is bezet of de databank antwoordt niet; probeer het opnieuw.",
        "Der Dienst ist ausgelastet oder seine Datenbank antwortet nicht; versuchen Sie es erneut.",
    ),
    "Too many password checks at once; try again in a moment.": (
        "Trop de vérifications de mot de passe en même temps ; réessayez dans un instant.",
        "Te veel wachtwoordcontroles tegelijk; probeer het zo dadelijk opnieuw.",
        "Zu viele Passwortprüfungen gleichzeitig; versuchen Sie es gleich noch einmal.",
    ),
    "The requested URL was not found on the server. If you entered the URL manually please check your spelling and "
    "try again.": (
        "Cette adresse n'existe pas sur le serveur.",
        "Dit adres bestaat niet op de server.",
        "Diese Adresse gibt es auf dem Server nicht.",
    ),
    "The method is not allowed for the requested URL.": (
        "Cette méthode n'est pas permise pour cette adresse.",
        "Deze methode is niet toegestaan voor dit adres.",
        "Diese Methode ist für diese Adresse nicht erlaubt.",
    ),
    # logging in
    "The email or the password is wrong.": (
        "L'adresse e-mail ou le mot de passe est incorrect.",
        "Het e-mailadres of het wachtwoord is fout.",
        "Die E-Mail-Adresse oder das Passwort ist falsch.",
    ),
    "Malformed HTTP Basic credentials.": (
        "Identifiants HTTP Basic mal formés.",
        "Onjuist opgebouwde HTTP Basic-gegevens.",
        "Fehlerhafte HTTP-Basic-Anmeldedaten.",
    ),
    "The token is unknown, expired or revoked: log in again.": (
        "Le jeton est inconnu, expiré ou révoqué : reconnectez-vous.",
        "Het token is onbekend, verlopen of ingetrokken: meld u opnieuw aan.",
        "Das Token ist unbekannt, abgelaufen oder widerrufen: melden Sie sich erneut an.",
    ),
    "Use HTTP Basic (email and password) or Authorization: Bearer <token>.": (
        "Utilisez HTTP Basic (e-mail et mot de passe) ou Authorization: Bearer <jeton>.",
        "Gebruik HTTP Basic (e-mail en wachtwoord) of Authorization: Bearer <token>.",
        "Verwenden Sie HTTP Basic (E-Mail und Passwort) oder Authorization: Bearer <Token>.",
    ),
    # requests
    "Requests from pages of other sites may not change anything here.": (
        "Les demandes venant de pages d'autres sites ne peuvent rien modifier ici.",
        "Verzoeken van pagina's van andere sites mogen hier niets wijzigen.",
        "Anfragen von Seiten anderer Websites dürfen hier nichts ändern.",
    ),
    "Send the body as application/json.": (
        "Envoyez le corps en application/json.",
        "Stuur de inhoud als application/json.",
        "Senden Sie den Inhalt als application/json.",
    ),
    "Send the body as application/json, or as multipart/form-data with files.": (
        "Envoyez le corps en application/json, ou en multipart/form-data avec des fichiers.",
        "Stuur de inhoud als application/json, of als multipart/form-data met bestanden.",
        "Senden Sie den Inhalt als application/json oder als multipart/form-data mit Dateien.",
    ),
    "The body must be a JSON object.": (
        "Le corps doit être un objet JSON.",
        "De inhoud moet een JSON-object zijn.",
        "Der Inhalt muss ein JSON-Objekt sein.",
    ),
    # situations
    "No such situation.": (
        "Cette situation n'existe pas ou n'est pas partagée avec votre organisation.",
        "Deze situatie bestaat niet of is niet gedeeld met uw organisatie.",
        "Diese Lage gibt es nicht, oder sie ist nicht für Ihre Organisation freigegeben.",
    ),
    "Only coordinators and admins create situations.": (
        "Seuls les coordinateurs et les administrateurs créent des situations.",
        "Alleen coördinatoren en beheerders maken situaties aan.",
        "Nur Koordinatoren und Administratoren legen Lagen an.",
    ),
    "You create situations for your own organisation only.": (
        "Vous ne créez des situations que pour votre propre organisation.",
        "U maakt alleen situaties aan voor uw eigen organisatie.",
        "Sie legen Lagen nur für Ihre eigene Organisation an.",
    ),
    "The situation is {status}: reopen it before changing it.": (
        "La situation est {status} : rouvrez-la avant de la modifier.",
        "De situatie is {status}: heropen ze voor u ze wijzigt.",
        "Die Lage ist {status}: öffnen Sie sie erneut, bevor Sie sie ändern.",
    ),
    "The situation is {status}: reopen it first.": (
        "La situation est {status} : rouvrez-la d'abord.",
        "De situatie is {status}: heropen ze eerst.",
        "Die Lage ist {status}: öffnen Sie sie zuerst erneut.",
    ),
    "The situation was changed by someone else meanwhile; reload it.": (
        "La situation a été modifiée par quelqu'un d'autre entre-temps ; rechargez-la.",
        "De situatie werd intussen door iemand anders gewijzigd; laad ze opnieuw.",
        "Die Lage wurde inzwischen von jemand anderem geändert; laden Sie sie neu.",
    ),
    "A situation cannot go from {old} to {new}; allowed from there: {allowed}.": (
        "Une situation ne peut pas passer de {old} à {new} ; possible depuis là : {allowed}.",
        "Een situatie kan niet van {old} naar {new} gaan; van daaruit mogelijk: {allowed}.",
        "Eine Lage kann nicht von {old} zu {new} wechseln; von dort möglich: {allowed}.",
    ),
    "Only coordinators and admins of the owner organisation (or of the national crisis centre) manage this "
    "situation.": (
        "Seuls les coordinateurs et administrateurs de l'organisation propriétaire (ou du centre de crise national) "
        "gèrent cette situation.",
        "Alleen coördinatoren en beheerders van de eigenaar (of van het Nationaal Crisiscentrum) beheren deze "
        "situatie.",
        "Nur Koordinatoren und Administratoren der Eigentümerorganisation (oder des Nationalen Krisenzentrums) "
        "verwalten diese Lage.",
    ),
    "No such organisation.": (
        "Cette organisation n'existe pas.",
        "Deze organisatie bestaat niet.",
        "Diese Organisation gibt es nicht.",
    ),
    "The owner organisation always sees its situation; it is not shared with itself.": (
        "L'organisation propriétaire voit toujours sa situation ; elle n'est pas partagée avec elle-même.",
        "De eigenaar ziet zijn situatie altijd; ze wordt niet met zichzelf gedeeld.",
        "Die Eigentümerorganisation sieht ihre Lage immer; sie wird nicht mit sich selbst geteilt.",
    ),
    "No such plan.": ("Ce plan n'existe pas.", "Dit plan bestaat niet.", "Diesen Plan gibt es nicht."),
    "The plan has no emergency planning zone.": (
        "Le plan n'a pas de zone de planification d'urgence.",
        "Het plan heeft geen noodplanningszone.",
        "Der Plan hat keine Notfallplanungszone.",
    ),
    # the logbook
    "The situation is {status}: its logbook is closed.": (
        "La situation est {status} : sa main courante est fermée.",
        "De situatie is {status}: haar logboek is gesloten.",
        "Die Lage ist {status}: ihr Einsatztagebuch ist geschlossen.",
    ),
    "Your role may read this logbook but not write in it.": (
        "Votre rôle permet de lire cette main courante, pas d'y écrire.",
        "Uw rol mag dit logboek lezen, maar er niet in schrijven.",
        "Ihre Rolle darf dieses Einsatztagebuch lesen, aber nicht hineinschreiben.",
    ),
    "You may not post in the {channel} feed.": (
        "Vous ne pouvez pas écrire dans le canal {channel}.",
        "U mag niet schrijven in het kanaal {channel}.",
        "Sie dürfen nicht in den Kanal {channel} schreiben.",
    ),
    "The situation changed meanwhile; try again.": (
        "La situation a changé entre-temps ; réessayez.",
        "De situatie is intussen gewijzigd; probeer het opnieuw.",
        "Die Lage hat sich inzwischen geändert; versuchen Sie es erneut.",
    ),
    "This Idempotency-Key was already used for a different post.": (
        "Cette Idempotency-Key a déjà servi pour un autre message.",
        "Deze Idempotency-Key werd al gebruikt voor een ander bericht.",
        "Dieser Idempotency-Key wurde schon für einen anderen Eintrag verwendet.",
    ),
    "No such feed entry.": (
        "Cette entrée de la main courante n'existe pas.",
        "Deze logboekregel bestaat niet.",
        "Diesen Eintrag gibt es nicht.",
    ),
    "No such attachment.": (
        "Cette pièce jointe n'existe pas.",
        "Deze bijlage bestaat niet.",
        "Diesen Anhang gibt es nicht.",
    ),
    "At most {count} files per entry.": (
        "Au plus {count} fichiers par entrée.",
        "Hoogstens {count} bestanden per bericht.",
        "Höchstens {count} Dateien pro Eintrag.",
    ),
    "Send the entry as application/json, or as multipart/form-data with an `entry` JSON part and `attachments` "
    "files.": (
        "Envoyez l'entrée en application/json, ou en multipart/form-data avec une partie JSON `entry` et des "
        "fichiers `attachments`.",
        "Stuur het bericht als application/json, of als multipart/form-data met een JSON-deel `entry` en "
        "bestanden `attachments`.",
        "Senden Sie den Eintrag als application/json oder als multipart/form-data mit einem JSON-Teil `entry` "
        "und Dateien `attachments`.",
    ),
    "The file {name} is empty.": (
        "Le fichier {name} est vide.",
        "Het bestand {name} is leeg.",
        "Die Datei {name} ist leer.",
    ),
    "The file {name} is larger than {size} MiB.": (
        "Le fichier {name} dépasse {size} Mio.",
        "Het bestand {name} is groter dan {size} MiB.",
        "Die Datei {name} ist größer als {size} MiB.",
    ),
    "The file {name} is not a PNG, JPEG, PDF or UTF-8 text file.": (
        "Le fichier {name} n'est pas un fichier PNG, JPEG, PDF ou texte UTF-8.",
        "Het bestand {name} is geen PNG-, JPEG-, PDF- of UTF-8-tekstbestand.",
        "Die Datei {name} ist keine PNG-, JPEG-, PDF- oder UTF-8-Textdatei.",
    ),
    "The file {name} is declared {declared} but its content is {actual}.": (
        "Le fichier {name} est déclaré {declared} mais son contenu est {actual}.",
        "Het bestand {name} is opgegeven als {declared}, maar de inhoud is {actual}.",
        "Die Datei {name} ist als {declared} angegeben, ihr Inhalt ist aber {actual}.",
    ),
    "Too many live feeds on this worker; reconnect in a moment.": (
        "Trop de flux en direct sur ce serveur ; reconnectez-vous dans un instant.",
        "Te veel live-feeds op deze server; maak zo dadelijk opnieuw verbinding.",
        "Zu viele Live-Feeds auf diesem Server; verbinden Sie sich gleich erneut.",
    ),
    "No such list.": ("Cette liste n'existe pas.", "Deze lijst bestaat niet.", "Diese Liste gibt es nicht."),
    "No such perimeter.": (
        "Ce périmètre n'existe pas.",
        "Deze perimeter bestaat niet.",
        "Diesen Bereich gibt es nicht.",
    ),
    # accounts
    "No such user.": (
        "Cet utilisateur n'existe pas.",
        "Deze gebruiker bestaat niet.",
        "Diesen Benutzer gibt es nicht.",
    ),
    "Only the admins of this organisation (or the national crisis centre) list its users.": (
        "Seuls les administrateurs de cette organisation (ou le centre de crise national) en listent les utilisateurs.",
        "Alleen de beheerders van deze organisatie (of het Nationaal Crisiscentrum) zien haar gebruikers.",
        "Nur die Administratoren dieser Organisation (oder das Nationale Krisenzentrum) sehen ihre Benutzer.",
    ),
    "Only the admins of this organisation (or the national crisis centre) add users to it.": (
        "Seuls les administrateurs de cette organisation (ou le centre de crise national) y ajoutent des utilisateurs.",
        "Alleen de beheerders van deze organisatie (of het Nationaal Crisiscentrum) voegen er gebruikers aan toe.",
        "Nur die Administratoren dieser Organisation (oder das Nationale Krisenzentrum) fügen ihr Benutzer hinzu.",
    ),
    "A user with this email already exists.": (
        "Un utilisateur avec cette adresse e-mail existe déjà.",
        "Er bestaat al een gebruiker met dit e-mailadres.",
        "Es gibt bereits einen Benutzer mit dieser E-Mail-Adresse.",
    ),
    "Only the admins of your organisation change your role, password or access.": (
        "Seuls les administrateurs de votre organisation changent votre rôle, votre mot de passe ou votre accès.",
        "Alleen de beheerders van uw organisatie wijzigen uw rol, wachtwoord of toegang.",
        "Nur die Administratoren Ihrer Organisation ändern Ihre Rolle, Ihr Passwort oder Ihren Zugang.",
    ),
    "You cannot change your own role or deactivate yourself; ask another admin.": (
        "Vous ne pouvez pas changer votre propre rôle ni vous désactiver ; demandez à un autre administrateur.",
        "U kunt uw eigen rol niet wijzigen en uzelf niet uitschakelen; vraag het een andere beheerder.",
        "Sie können Ihre eigene Rolle nicht ändern und sich nicht selbst deaktivieren; fragen Sie einen anderen "
        "Administrator.",
    ),
    # contacts
    "The contact was changed by someone else meanwhile; reload it.": (
        "Le contact a été modifié par quelqu'un d'autre entre-temps ; rechargez-le.",
        "Het contact werd intussen door iemand anders gewijzigd; laad het opnieuw.",
        "Der Kontakt wurde inzwischen von jemand anderem geändert; laden Sie ihn neu.",
    ),
    "Only the admins of the contact's organisation erase its contacts.": (
        "Seuls les administrateurs de l'organisation du contact effacent ses contacts.",
        "Alleen de beheerders van de organisatie van het contact wissen haar contacten.",
        "Nur die Administratoren der Organisation des Kontakts löschen ihre Kontakte.",
    ),
    "Only the admins of the contact's organisation read this.": (
        "Seuls les administrateurs de l'organisation du contact lisent ceci.",
        "Alleen de beheerders van de organisatie van het contact lezen dit.",
        "Nur die Administratoren der Organisation des Kontakts lesen dies.",
    ),
    "Only the coordinators and admins of the contact's organisation manage its contacts.": (
        "Seuls les coordinateurs et administrateurs de l'organisation du contact gèrent ses contacts.",
        "Alleen de coördinatoren en beheerders van de organisatie van het contact beheren haar contacten.",
        "Nur die Koordinatoren und Administratoren der Organisation des Kontakts verwalten ihre Kontakte.",
    ),
    "No such contact.": ("Ce contact n'existe pas.", "Dit contact bestaat niet.", "Diesen Kontakt gibt es nicht."),
    "No such link of this contact.": (
        "Ce lien du contact n'existe pas.",
        "Deze koppeling van het contact bestaat niet.",
        "Diese Verknüpfung des Kontakts gibt es nicht.",
    ),
    "No such {name}.": ("Introuvable : {name}.", "Bestaat niet: {name}.", "Nicht vorhanden: {name}."),
    "Nothing was imported: some rows are refused (see rows).": (
        "Rien n'a été importé : des lignes sont refusées (voir rows).",
        "Er werd niets ingevoerd: sommige rijen worden geweigerd (zie rows).",
        "Nichts wurde eingelesen: einige Zeilen werden abgelehnt (siehe rows).",
    ),
    "The file cannot be read: {reason}": (
        "Le fichier ne peut pas être lu : {reason}",
        "Het bestand kan niet gelezen worden: {reason}",
        "Die Datei kann nicht gelesen werden: {reason}",
    ),
    "give a situation_id or a plan_id (one of them)": (
        "donnez un situation_id ou un plan_id (l'un des deux)",
        "geef een situation_id of een plan_id (een van beide)",
        "geben Sie eine situation_id oder eine plan_id an (eines von beiden)",
    ),
    "not a phone number: {text}": (
        "pas un numéro de téléphone : {text}",
        "geen telefoonnummer: {text}",
        "keine Telefonnummer: {text}",
    ),
    "not a possible phone number (wrong length for its country): {text}": (
        "numéro de téléphone impossible (mauvaise longueur pour son pays) : {text}",
        "onmogelijk telefoonnummer (verkeerde lengte voor het land): {text}",
        "unmögliche Telefonnummer (falsche Länge für ihr Land): {text}",
    ),
    "at most {count} phone numbers": (
        "au plus {count} numéros de téléphone",
        "hoogstens {count} telefoonnummers",
        "höchstens {count} Telefonnummern",
    ),
    "not an e-mail address: {text}": (
        "pas une adresse e-mail : {text}",
        "geen e-mailadres: {text}",
        "keine E-Mail-Adresse: {text}",
    ),
    "{name} is required": ("{name} est obligatoire", "{name} is verplicht", "{name} ist erforderlich"),
    "{name} must not contain NUL characters": (
        "{name} ne peut pas contenir de caractère NUL",
        "{name} mag geen NUL-tekens bevatten",
        "{name} darf keine NUL-Zeichen enthalten",
    ),
    "{name} is at most {count} characters": (
        "{name} compte au plus {count} caractères",
        "{name} is hoogstens {count} tekens lang",
        "{name} hat höchstens {count} Zeichen",
    ),
    "availability is one of: {choices}": (
        "availability est l'une des valeurs : {choices}",
        "availability is een van deze: {choices}",
        "availability ist einer dieser Werte: {choices}",
    ),
    "a phone number is text such as +32 3 201 11 21 or 0478 12 34 56": (
        "un numéro de téléphone est un texte comme +32 3 201 11 21 ou 0478 12 34 56",
        "een telefoonnummer is tekst zoals +32 3 201 11 21 of 0478 12 34 56",
        "eine Telefonnummer ist Text wie +32 3 201 11 21 oder 0478 12 34 56",
    ),
    "phones is a list of phone numbers": (
        "phones est une liste de numéros de téléphone",
        "phones is een lijst van telefoonnummers",
        "phones ist eine Liste von Telefonnummern",
    ),
    "an e-mail address is text": (
        "une adresse e-mail est un texte",
        "een e-mailadres is tekst",
        "eine E-Mail-Adresse ist Text",
    ),
    "{name} is text": ("{name} est un texte", "{name} is tekst", "{name} ist Text"),
    "{name} needs at least 2 characters": (
        "{name} demande au moins 2 caractères",
        "{name} heeft minstens 2 tekens nodig",
        "{name} braucht mindestens 2 Zeichen",
    ),
    "line {line}: {name} outside BEGIN:VCARD ... END:VCARD": (
        "ligne {line} : {name} hors de BEGIN:VCARD ... END:VCARD",
        "regel {line}: {name} buiten BEGIN:VCARD ... END:VCARD",
        "Zeile {line}: {name} außerhalb von BEGIN:VCARD ... END:VCARD",
    ),
    "the last card has no END:VCARD": (
        "la dernière carte n'a pas de END:VCARD",
        "de laatste kaart heeft geen END:VCARD",
        "die letzte Karte hat kein END:VCARD",
    ),
    "line {line}: not a vCard property: {name}": (
        "ligne {line} : pas une propriété vCard : {name}",
        "regel {line}: geen vCard-eigenschap: {name}",
        "Zeile {line}: keine vCard-Eigenschaft: {name}",
    ),
    "line {line}: vCard version {version} (4.0 or 3.0 expected)": (
        "ligne {line} : vCard version {version} (4.0 ou 3.0 attendue)",
        "regel {line}: vCard-versie {version} (4.0 of 3.0 verwacht)",
        "Zeile {line}: vCard-Version {version} (4.0 oder 3.0 erwartet)",
    ),
    "line {line}: BEGIN:VCARD inside a card": (
        "ligne {line} : BEGIN:VCARD à l'intérieur d'une carte",
        "regel {line}: BEGIN:VCARD binnen een kaart",
        "Zeile {line}: BEGIN:VCARD innerhalb einer Karte",
    ),
    # field messages
    "unknown field": ("champ inconnu", "onbekend veld", "unbekanntes Feld"),
    "required": ("obligatoire", "verplicht", "erforderlich"),
    "must not be null": ("ne peut pas être vide (null)", "mag niet leeg (null) zijn", "darf nicht leer (null) sein"),
    "must be a string": ("doit être un texte", "moet een tekst zijn", "muss ein Text sein"),
    "must not contain NUL characters": (
        "ne peut pas contenir de caractère NUL",
        "mag geen NUL-tekens bevatten",
        "darf keine NUL-Zeichen enthalten",
    ),
    "length must be between {min} and {max} characters": (
        "doit compter entre {min} et {max} caractères",
        "moet tussen {min} en {max} tekens lang zijn",
        "muss zwischen {min} und {max} Zeichen lang sein",
    ),
    "must be one of: {choices}": (
        "doit être l'une des valeurs : {choices}",
        "moet een van deze zijn: {choices}",
        "muss einer dieser Werte sein: {choices}",
    ),
    "must be an integer": ("doit être un nombre entier", "moet een geheel getal zijn", "muss eine ganze Zahl sein"),
    "must be between {min} and {max}": (
        "doit être entre {min} et {max}",
        "moet tussen {min} en {max} liggen",
        "muss zwischen {min} und {max} liegen",
    ),
    "must be true or false": ("doit être true ou false", "moet true of false zijn", "muss true oder false sein"),
    "must be an ISO 8601 date and time, e.g. 2026-07-21T09:30:00+02:00": (
        "doit être une date et une heure ISO 8601, p. ex. 2026-07-21T09:30:00+02:00",
        "moet een ISO 8601-datum en -tijd zijn, bv. 2026-07-21T09:30:00+02:00",
        "muss ein Datum mit Uhrzeit nach ISO 8601 sein, z. B. 2026-07-21T09:30:00+02:00",
    ),
    "must be a GeoJSON Point": (
        "doit être un Point GeoJSON",
        "moet een GeoJSON-Point zijn",
        "muss ein GeoJSON-Point sein",
    ),
    "must be a GeoJSON Polygon or MultiPolygon": (
        "doit être un Polygon ou un MultiPolygon GeoJSON",
        "moet een GeoJSON-Polygon of -MultiPolygon zijn",
        "muss ein GeoJSON-Polygon oder -MultiPolygon sein",
    ),
    "coordinates must be a non-empty list of polygons": (
        "coordinates doit être une liste non vide de polygones",
        "coordinates moet een niet-lege lijst van veelhoeken zijn",
        "coordinates muss eine nicht leere Liste von Polygonen sein",
    ),
    "each polygon must be a non-empty list of rings": (
        "chaque polygone doit être une liste non vide d'anneaux",
        "elke veelhoek moet een niet-lege lijst van ringen zijn",
        "jedes Polygon muss eine nicht leere Liste von Ringen sein",
    ),
    "each ring needs at least 4 positions": (
        "chaque anneau demande au moins 4 positions",
        "elke ring heeft minstens 4 posities nodig",
        "jeder Ring braucht mindestens 4 Positionen",
    ),
    "each ring must be closed (first position = last position)": (
        "chaque anneau doit être fermé (première position = dernière position)",
        "elke ring moet gesloten zijn (eerste positie = laatste positie)",
        "jeder Ring muss geschlossen sein (erste Position = letzte Position)",
    ),
    "at most {count} positions": (
        "au plus {count} positions",
        "hoogstens {count} posities",
        "höchstens {count} Positionen",
    ),
    "a position is [longitude, latitude]": (
        "une position est [longitude, latitude]",
        "een positie is [lengtegraad, breedtegraad]",
        "eine Position ist [Länge, Breite]",
    ),
    "coordinates must be finite numbers": (
        "les coordonnées doivent être des nombres finis",
        "coördinaten moeten eindige getallen zijn",
        "Koordinaten müssen endliche Zahlen sein",
    ),
    "coordinates out of range for EPSG:4326 (longitude -180..180, latitude -90..90)": (
        "coordonnées hors limites pour EPSG:4326 (longitude -180..180, latitude -90..90)",
        "coördinaten buiten bereik voor EPSG:4326 (lengtegraad -180..180, breedtegraad -90..90)",
        "Koordinaten außerhalb des Bereichs von EPSG:4326 (Länge -180..180, Breite -90..90)",
    ),
    "must be minx,miny,maxx,maxy in EPSG:4326 with min <= max": (
        "doit être minx,miny,maxx,maxy en EPSG:4326 avec min <= max",
        "moet minx,miny,maxx,maxy in EPSG:4326 zijn met min <= max",
        "muss minx,miny,maxx,maxy in EPSG:4326 mit min <= max sein",
    ),
    "must be an email address": (
        "doit être une adresse e-mail",
        "moet een e-mailadres zijn",
        "muss eine E-Mail-Adresse sein",
    ),
    "1 to 200 printable characters": (
        "1 à 200 caractères imprimables",
        "1 tot 200 afdrukbare tekens",
        "1 bis 200 druckbare Zeichen",
    ),
    "required: the entry as a JSON part": (
        "obligatoire : l'entrée en partie JSON",
        "verplicht: het bericht als JSON-deel",
        "erforderlich: der Eintrag als JSON-Teil",
    ),
    "must be the id of a feed entry": (
        "doit être le numéro d'une entrée de la main courante",
        "moet het nummer van een logboekregel zijn",
        "muss die Nummer eines Eintrags sein",
    ),
    "use either cursor (older entries) or after (newer entries)": (
        "utilisez soit cursor (entrées plus anciennes), soit after (plus récentes)",
        "gebruik ofwel cursor (oudere berichten), ofwel after (nieuwere)",
        "verwenden Sie entweder cursor (ältere Einträge) oder after (neuere)",
    ),
}
CATALOG.update(plan_messages.CATALOG)
CATALOG.update(map_messages.CATALOG)


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[re.Pattern, str]]:
    """Templates with placeholders, as regular expressions over the English text."""
    out = []
    for template in CATALOG:
        if "{" not in template:
            continue
        parts = re.split(r"\{(\w+)\}", template)
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        out.append((re.compile(regex + r"\Z", re.DOTALL), template))
    return out


def _value(name: str, value: str, language: str) -> str:
    if name in _CODE_LISTS:
        return (
            f"« {vocabulary.label(_CODE_LISTS[name], value, language)} »"
            if language == "fr"
            else f"“{vocabulary.label(_CODE_LISTS[name], value, language)}”"
        )
    return value


def translate(message: str, language: str) -> str:
    """The message in `language`; the English text itself when the catalog does not hold it."""
    if language not in LANGUAGES or language == "en" or not isinstance(message, str):
        return message
    index = LANGUAGES.index(language) - 1
    if message in CATALOG:
        return CATALOG[message][index]
    for pattern, template in _patterns():
        match = pattern.match(message)
        if match:
            values = {k: _value(k, v, language) for k, v in match.groupdict().items()}
            return CATALOG[template][index].format(**values)
    return message


def negotiate(accept_language: str | None, account_language: str | None = None) -> str:
    """The first of the four languages the Accept-Language header names (by its q-values), else the account's
    language, else English."""
    ranked = []
    for n, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, n, primary))
    if ranked:
        return min(ranked)[2]
    return account_language if account_language in LANGUAGES else "en"
