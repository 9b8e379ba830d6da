"""The logbook lines the platform itself writes for a change of a situation, in the four languages (those that
the database writes itself, for a plan's activation and deactivation, are in crisis.system_line_template)."""

from __future__ import annotations

from .. import vocabulary

LANGUAGES = vocabulary.LANGUAGES

# The logbook lines the platform writes for a change of a situation, in the language of the one who made it
# (a logbook line is that person's statement). {old}/{new} are codes in English, labels in the other languages.
SYSTEM: dict[str, dict[str, str]] = {
    "opened": {
        "en": "Situation opened: {title}.",
        "fr": "Situation ouverte : {title}.",
        "nl": "Situatie geopend: {title}.",
        "de": "Lage eröffnet: {title}.",
    },
    "status": {
        "en": "Situation {verb} (status {old} -> {new}).",
        "fr": "Statut de la situation : {old} → {new}.",
        "nl": "Status van de situatie: {old} → {new}.",
        "de": "Status der Lage: {old} → {new}.",
    },
    "phase_raised": {
        "en": "Coordination phase raised: {old} -> {new}.",
        "fr": "Phase de coordination relevée : {old} → {new}.",
        "nl": "Coördinatiefase verhoogd: {old} → {new}.",
        "de": "Koordinierungsphase erhöht: {old} → {new}.",
    },
    "phase_lowered": {
        "en": "Coordination phase lowered: {old} -> {new}.",
        "fr": "Phase de coordination abaissée : {old} → {new}.",
        "nl": "Coördinatiefase verlaagd: {old} → {new}.",
        "de": "Koordinierungsphase gesenkt: {old} → {new}.",
    },
    "level_raised": {
        "en": "National activation level raised: {old} -> {new}.",
        "fr": "Niveau d'activation national relevé : {old} → {new}.",
        "nl": "Nationaal activeringsniveau verhoogd: {old} → {new}.",
        "de": "Nationale Aktivierungsstufe erhöht: {old} → {new}.",
    },
    "level_lowered": {
        "en": "National activation level lowered: {old} -> {new}.",
        "fr": "Niveau d'activation national abaissé : {old} → {new}.",
        "nl": "Nationaal activeringsniveau verlaagd: {old} → {new}.",
        "de": "Nationale Aktivierungsstufe gesenkt: {old} → {new}.",
    },
    "shared": {
        "en": "Situation shared with {name}.",
        "fr": "Situation partagée avec {name}.",
        "nl": "Situatie gedeeld met {name}.",
        "de": "Lage freigegeben für {name}.",
    },
    "unshared": {
        "en": "Situation no longer shared with {name}.",
        "fr": "Situation plus partagée avec {name}.",
        "nl": "Situatie niet meer gedeeld met {name}.",
        "de": "Lage nicht mehr freigegeben für {name}.",
    },
    "reason": {
        "en": " Reason: {reason}",
        "fr": " Motif : {reason}",
        "nl": " Reden: {reason}",
        "de": " Grund: {reason}",
    },
    "none": {"en": "none", "fr": "aucun", "nl": "geen", "de": "keine"},
}


def system_line(key: str, language: str, reason: str | None = None, **values) -> str:
    """One logbook line of the platform in `language` (English when not one of the four)."""
    language = language if language in LANGUAGES else "en"
    text = SYSTEM[key][language].format(**values)
    return text + (SYSTEM["reason"][language].format(reason=reason) if reason else "")
