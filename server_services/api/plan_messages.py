"""The plan library's error messages in French, Dutch and German (messages.py adds them to its catalog)."""

from __future__ import annotations

DOCUMENT_FORM = "Send the document as multipart/form-data: a `file` part, with `title` and `category`."
IMPORT_FORM = "Send the GIS file as multipart/form-data: a `file` part, with an optional `options` JSON part."

# English template -> (French, Dutch, German)
CATALOG: dict[str, tuple[str, str, str]] = {
    "A plan with the code {code} exists already.": (
        "Un plan avec le code {code} existe déjà.",
        "Er bestaat al een plan met de code {code}.",
        "Ein Plan mit dem Code {code} existiert bereits.",
    ),
    "Nothing was written: {n} feature(s) of the file are refused.": (
        "Rien n'a été écrit : {n} entité(s) du fichier sont refusées.",
        "Er werd niets geschreven: {n} object(en) van het bestand worden geweigerd.",
        "Nichts wurde geschrieben: {n} Objekt(e) der Datei werden abgelehnt.",
    ),
    "Only coordinators and admins create plans (for their own organisation).": (
        "Seuls les coordinateurs et les administrateurs créent des plans (pour leur propre organisation).",
        "Enkel coördinatoren en beheerders maken plannen aan (voor hun eigen organisatie).",
        "Nur Koordinatoren und Administratoren erstellen Pläne (für ihre eigene Organisation).",
    ),
    "Only coordinators and admins of the organisation that owns the plan change it.": (
        "Seuls les coordinateurs et les administrateurs de l'organisation propriétaire du plan le modifient.",
        "Enkel de coördinatoren en beheerders van de organisatie die eigenaar is van het plan wijzigen het.",
        "Nur die Koordinatoren und Administratoren der Organisation, der der Plan gehört, ändern ihn.",
    ),
    DOCUMENT_FORM: (
        "Envoyez le document en multipart/form-data : une partie `file`, avec `title` et `category`.",
        "Stuur het document als multipart/form-data: een deel `file`, met `title` en `category`.",
        "Senden Sie das Dokument als multipart/form-data: ein Teil `file`, mit `title` und `category`.",
    ),
    IMPORT_FORM: (
        "Envoyez le fichier SIG en multipart/form-data : une partie `file`, avec une partie JSON `options` "
        "facultative.",
        "Stuur het GIS-bestand als multipart/form-data: een deel `file`, met een optioneel JSON-deel `options`.",
        "Senden Sie die GIS-Datei als multipart/form-data: ein Teil `file`, mit einem optionalen JSON-Teil `options`.",
    ),
    "The XML document is larger than {size} MiB.": (
        "Le document XML dépasse {size} Mio.",
        "Het XML-document is groter dan {size} MiB.",
        "Das XML-Dokument ist größer als {size} MiB.",
    ),
    "The archive unpacks to more than {size} MiB.": (
        "L'archive décompressée dépasse {size} Mio.",
        "Het archief is uitgepakt groter dan {size} MiB.",
        "Das entpackte Archiv ist größer als {size} MiB.",
    ),
    "The file {name} is not a PDF, ODT or DOCX document (without macros), PNG or JPEG image.": (
        "Le fichier {name} n'est ni un document PDF, ODT ou DOCX (sans macros), ni une image PNG ou JPEG.",
        "Het bestand {name} is geen PDF-, ODT- of DOCX-document (zonder macro's) of PNG- of JPEG-afbeelding.",
        "Die Datei {name} ist kein PDF-, ODT- oder DOCX-Dokument (ohne Makros) und kein PNG- oder JPEG-Bild.",
    ),
    "The file is larger than {size} MiB.": (
        "Le fichier dépasse {size} Mio.",
        "Het bestand is groter dan {size} MiB.",
        "Die Datei ist größer als {size} MiB.",
    ),
    "The owner organisation always reads its plan; it is not shared with itself.": (
        "L'organisation propriétaire lit toujours son plan ; il ne lui est pas partagé.",
        "De eigenaar leest zijn plan altijd; het wordt niet met zichzelf gedeeld.",
        "Die Eigentümerin liest ihren Plan immer; er wird nicht mit ihr selbst geteilt.",
    ),
    "The plan was changed by someone else meanwhile; reload it.": (
        "Le plan a été modifié par quelqu'un d'autre entre-temps ; rechargez-le.",
        "Het plan werd intussen door iemand anders gewijzigd; laad het opnieuw.",
        "Der Plan wurde inzwischen von jemand anderem geändert; laden Sie ihn neu.",
    ),
    "The zip holds neither a Shapefile (.shp with .shx, .dbf, .prj) nor a KML.": (
        "Le zip ne contient ni Shapefile (.shp avec .shx, .dbf, .prj) ni KML.",
        "De zip bevat geen Shapefile (.shp met .shx, .dbf, .prj) en geen KML.",
        "Das ZIP enthält weder ein Shapefile (.shp mit .shx, .dbf, .prj) noch ein KML.",
    ),
    "This is not a GeoPackage, zipped Shapefile, KML, KMZ, GeoJSON or GML file.": (
        "Ce n'est pas un fichier GeoPackage, Shapefile zippé, KML, KMZ, GeoJSON ou GML.",
        "Dit is geen GeoPackage-, gezipt Shapefile-, KML-, KMZ-, GeoJSON- of GML-bestand.",
        "Dies ist keine GeoPackage-, gezippte Shapefile-, KML-, KMZ-, GeoJSON- oder GML-Datei.",
    ),
    "This plan is not in force on this situation.": (
        "Ce plan n'est pas en vigueur sur cette situation.",
        "Dit plan is niet van kracht op deze situatie.",
        "Dieser Plan ist in dieser Lage nicht in Kraft.",
    ),
    "an object of at most {n} file values -> kind codes": (
        "un objet d'au plus {n} valeurs du fichier -> codes de type",
        "een object van hoogstens {n} waarden van het bestand -> soortcodes",
        "ein Objekt mit höchstens {n} Werten der Datei -> Artcodes",
    ),
    "letters, digits and . _ / - only, starting with a letter or digit": (
        "lettres, chiffres et . _ / - seulement, commençant par une lettre ou un chiffre",
        "enkel letters, cijfers en . _ / -, beginnend met een letter of cijfer",
        "nur Buchstaben, Ziffern und . _ / -, beginnend mit einem Buchstaben oder einer Ziffer",
    ),
    "must be a date YYYY-MM-DD": (
        "doit être une date AAAA-MM-JJ",
        "moet een datum JJJJ-MM-DD zijn",
        "muss ein Datum JJJJ-MM-TT sein",
    ),
    "must be longitude,latitude in EPSG:4326": (
        "doit être longitude,latitude en EPSG:4326",
        "moet lengtegraad,breedtegraad in EPSG:4326 zijn",
        "muss Länge,Breite in EPSG:4326 sein",
    ),
    "required: the document as a file part": (
        "requis : le document comme partie fichier",
        "vereist: het document als bestandsdeel",
        "erforderlich: das Dokument als Dateiteil",
    ),
    "required: the GIS file as a file part": (
        "requis : le fichier SIG comme partie fichier",
        "vereist: het GIS-bestand als bestandsdeel",
        "erforderlich: die GIS-Datei als Dateiteil",
    ),
}
