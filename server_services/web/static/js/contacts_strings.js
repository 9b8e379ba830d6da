// The texts of the contacts panel and directory, in the page's four languages (keys "contacts.<key>").

import { addStrings } from "./i18n.js";

addStrings("contacts", {
  en: {
    open: "Contacts", title: "Contacts of this situation", close: "Close", loading: "Loading contacts…",
    none: "No one is named in this situation yet.", failed: "The contacts could not be loaded ({message}).",
    noRole: "Other", fromPlan: "plan {code}", downloadAll: "All as vCard", download: "vCard", call: "Call {name}",
    directory: "Contact directory", search: "Search name, function, organisation", availability: "Availability",
    all: "All", results: "{n} contact(s)", newContact: "New contact", edit: "Edit", save: "Save", saved: "Saved.",
    fullName: "Name", function: "Function", phones: "Phone numbers (one per line)", email: "E-mail",
    callSign: "Radio call sign", notes: "Notes", organisation: "Organisation", namedIn: "Named in",
    linkTo: "Link to {title}", role: "Role here", linked: "Linked to the situation.", notFound: "No such contact.",
    back: "← Back to the situation", notAllowed: "You may not manage contacts.", choose: "Choose a contact.",
  },
  fr: {
    open: "Contacts", title: "Contacts de cette situation", close: "Fermer", loading: "Chargement des contacts…",
    none: "Personne n'est encore désigné dans cette situation.",
    failed: "Les contacts n'ont pas pu être chargés ({message}).",
    noRole: "Autres", fromPlan: "plan {code}", downloadAll: "Tous en vCard", download: "vCard",
    call: "Appeler {name}", directory: "Annuaire des contacts", search: "Chercher nom, fonction, organisation",
    availability: "Disponibilité", all: "Tous", results: "{n} contact(s)", newContact: "Nouveau contact", edit: "Modifier",
    save: "Enregistrer", saved: "Enregistré.", fullName: "Nom", function: "Fonction",
    phones: "Numéros de téléphone (un par ligne)", email: "E-mail", callSign: "Indicatif radio", notes: "Notes",
    organisation: "Organisation", namedIn: "Désigné dans", linkTo: "Lier à {title}", role: "Rôle ici",
    linked: "Lié à la situation.", notFound: "Contact introuvable.", back: "← Retour à la situation",
    notAllowed: "Vous ne pouvez pas gérer les contacts.", choose: "Choisissez un contact.",
  },
  nl: {
    open: "Contacten", title: "Contacten van deze situatie", close: "Sluiten", loading: "Contacten laden…",
    none: "Er is nog niemand aangeduid in deze situatie.", failed: "De contacten konden niet geladen worden ({message}).",
    noRole: "Overige", fromPlan: "plan {code}", downloadAll: "Allemaal als vCard", download: "vCard",
    call: "{name} bellen", directory: "Contactenlijst", search: "Zoek naam, functie, organisatie",
    availability: "Beschikbaarheid", all: "Alle", results: "{n} contact(en)", newContact: "Nieuw contact", edit: "Bewerken",
    save: "Opslaan", saved: "Opgeslagen.", fullName: "Naam", function: "Functie",
    phones: "Telefoonnummers (één per regel)", email: "E-mail", callSign: "Roepnaam (radio)", notes: "Notities",
    organisation: "Organisatie", namedIn: "Aangeduid in", linkTo: "Koppelen aan {title}", role: "Rol hier",
    linked: "Gekoppeld aan de situatie.", notFound: "Dit contact bestaat niet.", back: "← Terug naar de situatie",
    notAllowed: "U mag geen contacten beheren.", choose: "Kies een contact.",
  },
  de: {
    open: "Kontakte", title: "Kontakte dieser Lage", close: "Schließen", loading: "Kontakte werden geladen…",
    none: "In dieser Lage ist noch niemand benannt.", failed: "Die Kontakte konnten nicht geladen werden ({message}).",
    noRole: "Weitere", fromPlan: "Plan {code}", downloadAll: "Alle als vCard", download: "vCard",
    call: "{name} anrufen", directory: "Kontaktverzeichnis", search: "Name, Funktion, Organisation suchen",
    availability: "Erreichbarkeit", all: "Alle", results: "{n} Kontakt(e)", newContact: "Neuer Kontakt", edit: "Bearbeiten",
    save: "Speichern", saved: "Gespeichert.", fullName: "Name", function: "Funktion",
    phones: "Telefonnummern (eine pro Zeile)", email: "E-Mail", callSign: "Funkrufname", notes: "Notizen",
    organisation: "Organisation", namedIn: "Benannt in", linkTo: "Mit {title} verknüpfen", role: "Rolle hier",
    linked: "Mit der Lage verknüpft.", notFound: "Kontakt nicht gefunden.", back: "← Zurück zur Lage",
    notAllowed: "Sie dürfen keine Kontakte verwalten.", choose: "Wählen Sie einen Kontakt.",
  },
});
