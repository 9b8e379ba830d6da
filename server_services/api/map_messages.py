"""The map's error messages in French, Dutch and German (messages.py adds them to its catalog)."""

from __future__ import annotations

# English template -> (French, Dutch, German)
CATALOG: dict[str, tuple[str, str, str]] = {
    "No wind is known for this situation: record a weather observation or give the wind direction.": (
        "Aucun vent n'est connu pour cette situation : enregistrez une observation météo ou indiquez la direction "
        "du vent.",
        "Voor deze situatie is geen wind bekend: registreer een weerwaarneming of geef de windrichting op.",
        "Für diese Lage ist kein Wind bekannt: erfassen Sie eine Wetterbeobachtung oder geben Sie die Windrichtung an.",
    ),
    "The shape is not valid: {reason}. Nothing was written; move the vertices so that the outline does not cross "
    "itself.": (
        "La forme n'est pas valide : {reason}. Rien n'a été écrit ; déplacez les sommets pour que le contour ne se "
        "croise pas.",
        "De vorm is niet geldig: {reason}. Er werd niets geschreven; verplaats de hoekpunten zodat de omtrek zichzelf "
        "niet snijdt.",
        "Die Form ist nicht gültig: {reason}. Nichts wurde geschrieben; verschieben Sie die Eckpunkte, damit sich der "
        "Umriss nicht selbst schneidet.",
    ),
    "The situation is {status}: its map can no longer be changed.": (
        "La situation est {status} : sa carte ne peut plus être modifiée.",
        "De situatie is {status}: de kaart kan niet meer gewijzigd worden.",
        "Die Lage ist {status}: ihre Karte kann nicht mehr geändert werden.",
    ),
    "Your role may read this map but not change it.": (
        "Votre rôle permet de lire cette carte mais pas de la modifier.",
        "Uw rol mag deze kaart lezen maar niet wijzigen.",
        "Ihre Rolle darf diese Karte lesen, aber nicht ändern.",
    ),
    "Key place {id} was changed by {name} at {at} (now version {now}; your edit was based on version {base}). "
    "Nothing was written.": (
        "Le point clé {id} a été modifié par {name} à {at} (version {now} désormais ; votre modification partait de "
        "la version {base}). Rien n'a été écrit.",
        "Sleutelplaats {id} werd gewijzigd door {name} om {at} (nu versie {now}; uw wijziging ging uit van versie "
        "{base}). Er werd niets geschreven.",
        "Schlüsselort {id} wurde von {name} um {at} geändert (jetzt Version {now}; Ihre Änderung beruhte auf "
        "Version {base}). Nichts wurde geschrieben.",
    ),
    "Perimeter {id} was changed by {name} at {at} (now version {now}; your edit was based on version {base}). "
    "Nothing was written.": (
        "Le périmètre {id} a été modifié par {name} à {at} (version {now} désormais ; votre modification partait de "
        "la version {base}). Rien n'a été écrit.",
        "Perimeter {id} werd gewijzigd door {name} om {at} (nu versie {now}; uw wijziging ging uit van versie "
        "{base}). Er werd niets geschreven.",
        "Bereich {id} wurde von {name} um {at} geändert (jetzt Version {now}; Ihre Änderung beruhte auf "
        "Version {base}). Nichts wurde geschrieben.",
    ),
    "The key place was removed meanwhile.": (
        "Le point clé a été supprimé entre-temps.",
        "De sleutelplaats werd intussen verwijderd.",
        "Der Schlüsselort wurde inzwischen entfernt.",
    ),
    "The perimeter was removed meanwhile.": (
        "Le périmètre a été supprimé entre-temps.",
        "De perimeter werd intussen verwijderd.",
        "Der Bereich wurde inzwischen entfernt.",
    ),
    "No such key place.": (
        "Ce point clé n'existe pas.",
        "Deze sleutelplaats bestaat niet.",
        "Diesen Schlüsselort gibt es nicht.",
    ),
    # field messages
    "must be a number between {minimum} and {maximum}": (
        "doit être un nombre entre {minimum} et {maximum}",
        "moet een getal tussen {minimum} en {maximum} zijn",
        "muss eine Zahl zwischen {minimum} und {maximum} sein",
    ),
    "three radii in metres (red, orange, yellow), each above 0 and at most 100000": (
        "trois rayons en mètres (rouge, orange, jaune), chacun supérieur à 0 et d'au plus 100000",
        "drie stralen in meter (rood, oranje, geel), elk groter dan 0 en hoogstens 100000",
        "drei Radien in Metern (rot, orange, gelb), jeder über 0 und höchstens 100000",
    ),
}
