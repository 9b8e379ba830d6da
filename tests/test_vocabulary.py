"""One vocabulary: the database's reference tables are the only source of the code lists. The exported file, the
plugin's and the styles' generated copies and what the web view shows must say exactly what the database says,
in every language; a copy of a label anywhere else fails here."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from server_services import vocabulary
from server_services.vocabulary import export

ROOT = Path(__file__).resolve().parents[1]
WEB_STRINGS = ROOT / "server_services" / "web" / "static" / "js" / "i18n"


@pytest.fixture(scope="module")
def database_vocabulary(database):
    import psycopg

    with psycopg.connect(database.admin_url) as conn:
        return export.read_database(conn)


def _labels(data: dict) -> dict[tuple[str, str, str], str]:
    """(list, code, language) -> label."""
    return {
        (name, item["code"], lang): label
        for name, items in data["lists"].items()
        for item in items
        for lang, label in item["labels"].items()
    }


def test_the_exported_file_is_the_database(database_vocabulary):
    """Fails when a migration changed a label or a code and `crisis vocabulary` was not run."""
    assert vocabulary.load() == database_vocabulary


def test_every_list_has_every_language(database_vocabulary):
    for name, items in database_vocabulary["lists"].items():
        for item in items:
            assert set(item["labels"]) == {"en", "fr", "nl", "de"} and all(item["labels"].values()), (name, item)


@pytest.mark.unit
def test_the_generated_copies_are_what_the_exported_file_makes():
    for path, text in export.outputs(vocabulary.load()).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.relative_to(ROOT)}: run `crisis vocabulary`"


def test_the_plugin_says_what_the_database_says(database_vocabulary):
    from qgis_plugin.definitions import anchor_kinds, feed, labels, perimeter_kinds, situations

    for (name, code, lang), label in _labels(database_vocabulary).items():
        assert labels.label(name, code, lang) == label, (name, code, lang)
    lists = database_vocabulary["lists"]
    codes = {name: [i["code"] for i in items] for name, items in lists.items()}
    assert [k.code for k in anchor_kinds.ANCHOR_KINDS] == codes["anchor_kinds"]
    assert [k.code for k in perimeter_kinds.PERIMETER_KINDS] == codes["perimeter_kinds"]
    assert [(k.fill_colour, k.draw_order) for k in perimeter_kinds.PERIMETER_KINDS] == [
        (i["fill_colour"], i["draw_order"]) for i in lists["perimeter_kinds"]
    ]
    assert list(feed.CHANNELS) == codes["feed_channels"] and list(feed.PRIORITIES) == codes["feed_priorities"]
    assert list(situations.KINDS) == codes["situation_kinds"]
    assert list(situations.PHASES) == codes["coordination_phases"]
    assert list(situations.STATUSES) == codes["situation_statuses"] and list(situations.ROLES) == codes["user_roles"]


def test_the_plugin_translates_no_label_of_its_own(database_vocabulary):
    """Its .ts files hold no code-list label (one would be a second, drifting copy)."""
    english = {item["labels"]["en"] for items in database_vocabulary["lists"].values() for item in items}
    for ts in sorted((ROOT / "qgis_plugin" / "i18n").glob("*.ts")):
        sources = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
        # Words that are also ordinary user interface words of the plugin, used as such.
        assert sources & english <= {"Exercise", "Situations"}, ts.name


def test_the_styles_say_what_the_database_says(database_vocabulary):
    from styles import definitions as d

    english = {
        name: {i["code"]: i["labels"]["en"] for i in items} for name, items in database_vocabulary["lists"].items()
    }
    assert {k.code: k.label for k in d.ANCHOR_KINDS} == english["anchor_kinds"]
    assert {k.code: k.label for k in d.PERIMETER_KINDS} == english["perimeter_kinds"]
    value_maps = {
        "situation_kinds": d.SITUATION_KINDS,
        "situation_statuses": d.SITUATION_STATUSES,
        "coordination_phases": d.PHASES,
        "activation_levels": d.ACTIVATION_LEVELS,
        "anchor_statuses": d.ANCHOR_STATUSES,
        "feed_channels": d.FEED_CHANNELS,
        "feed_priorities": d.FEED_PRIORITIES,
        "disciplines": d.DISCIPLINES,
        "plan_kinds": d.PLAN_KINDS,
        "plan_statuses": d.PLAN_STATUSES,
        "stability_classes": d.STABILITY_CLASSES,
    }
    for name, value_map in value_maps.items():
        assert {k: v for k, v in value_map.items() if k is not None} == english[name], name
    # And so the committed QML (tests/styles checks it is the generator's output) carries the same words.
    qml = (ROOT / "styles" / "qml" / "feed_entries.qml").read_text(encoding="utf-8")
    for code, label in english["feed_channels"].items():
        assert f'name="{label}" type="QString" value="{code}"' in qml


def web_strings(language: str) -> dict:
    """One dictionary of the web view (static/js/i18n/<language>.js): `"key": "text",` lines."""
    text = (WEB_STRINGS / f"{language}.js").read_text(encoding="utf-8")
    body = text[text.index("export default {") + len("export default {") : text.rindex("};")]
    out = {}
    for number, line in enumerate(body.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        match = re.fullmatch(r'"([\w.-]+)":\s*(".*"|\[.*\]),?', line)
        assert match, f'{language}.js line {number} is not one `"key": "text",`: {line}'
        assert match.group(1) not in out, f"{language}.js: {match.group(1)} twice"
        out[match.group(1)] = json.loads(match.group(2))
    return out


def test_the_web_view_holds_no_copy_of_a_label(database_vocabulary):
    """The page labels codes from /api/reference only (tests/web check that it shows them): its dictionaries
    hold no text equal to a label of a code list in the same language."""
    labels = _labels(database_vocabulary)
    for language in ("en", "fr", "nl", "de"):
        strings = {k: v for k, v in web_strings(language).items() if isinstance(v, str)}
        own = {v.casefold() for (_name, _code, lang), v in labels.items() if lang == language}
        copies = sorted(k for k, v in strings.items() if v.casefold() in own)
        assert copies == [], f"{language}: these keys copy a label of a code list: {copies}"
    # Panels that keep their texts in a module of their own (i18n.js addStrings: contacts_strings.js...).
    every_label = {v.casefold() for v in labels.values()}
    for module in sorted(WEB_STRINGS.parent.glob("*strings*.js")):
        texts = re.findall(r'"((?:[^"\\]|\\.)*)"', module.read_text(encoding="utf-8"))
        copies = sorted({text for text in texts if text.casefold() in every_label})
        assert copies == [], f"{module.name} copies labels of code lists: {copies}"
    js = "".join(p.read_text(encoding="utf-8") for p in (WEB_STRINGS.parent).glob("*.js"))
    for code_list in ("Planned event", "Coordination cell", "Operational only", "Technical test"):
        assert code_list not in js
