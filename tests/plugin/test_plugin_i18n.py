"""Translations: every user-facing string is translated in French, Dutch and German, and the .qm loads."""

from __future__ import annotations

import importlib.util
import string
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build_plugin():
    spec = importlib.util.spec_from_file_location("build_plugin", ROOT / "scripts" / "build_plugin.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def compiled(build_plugin, tmp_path_factory, qgis_app):
    folder = tmp_path_factory.mktemp("qm")
    build_plugin.compile_translations(folder)
    return folder


def _fields(text: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)


@pytest.fixture(scope="module")
def plugin_strings(build_plugin) -> set[str]:
    return build_plugin.plugin_strings()  # read from every source file: once for the three languages


@pytest.mark.unit
@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_every_string_is_translated(build_plugin, plugin_strings, language):
    messages = build_plugin.ts_messages(ROOT / "qgis_plugin" / "i18n" / f"crisis_platform_{language}.ts")
    missing = sorted(s for s in plugin_strings if not messages.get(s))
    assert missing == [], f"untranslated in {language}: {missing[:10]}"
    for source, translation in messages.items():
        assert _fields(source) == _fields(translation), (language, source, translation)


@pytest.mark.parametrize(
    "language, source, expected",
    [
        ("fr", "Perimeter history…", "Historique des périmètres…"),
        ("nl", "Logbook", "Logboek"),
        ("de", "Situations", "Lagen"),
    ],
)
def test_translator_follows_the_qgis_locale(compiled, language, source, expected):
    from qgis.core import QgsSettings

    from qgis_plugin.core.i18n import install_translator, qgis_language, remove_translator, tr

    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", {"fr": "fr_BE", "nl": "nl_BE", "de": "de_DE"}[language])
    try:
        assert qgis_language() == language
        translator = install_translator(folder=compiled)
        assert translator is not None
        try:
            assert tr(source) == expected
        finally:
            remove_translator(translator)
        assert tr(source) == source
    finally:
        settings.setValue("locale/userLocale", before)


@pytest.mark.parametrize(
    "language, name, code, expected",
    [
        ("nl", "perimeter_kinds", "sheltering", "Schuilgebied (binnen blijven)"),
        ("fr", "situation_statuses", "active", "Active"),
        ("fr", "anchor_statuses", "active", "Actif"),
        ("de", "coordination_phases", "none", "Nur operativ"),
    ],
)
def test_code_lists_speak_the_qgis_language_in_the_databases_words(compiled, language, name, code, expected):
    """Kinds, statuses, phases and channels come from the generated vocabulary (the database's labels), in the
    language of the translator installed for QGIS's locale."""
    from qgis.core import QgsSettings

    from qgis_plugin.core.i18n import install_translator, remove_translator, vocabulary_label

    settings = QgsSettings()
    before = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", {"fr": "fr_BE", "nl": "nl_BE", "de": "de_BE"}[language])
    try:
        translator = install_translator(folder=compiled)
        try:
            assert vocabulary_label(name, code) == expected
        finally:
            remove_translator(translator)
    finally:
        settings.setValue("locale/userLocale", before)


def test_logbook_times_are_on_the_brussels_clock_with_the_zone_named():
    from datetime import datetime

    from qgis_plugin.core.times import brussels_time

    summer_noon = datetime.fromisoformat("2026-07-21T10:00:00+00:00")
    assert brussels_time("2026-07-21T10:00:00+00:00", now=summer_noon) == "12:00 CEST"
    assert brussels_time("2026-01-10T23:30:00Z", now=summer_noon) == "11/01 00:30 CET"
    assert brussels_time(None) == ""


def test_english_needs_no_translator(compiled):
    from qgis_plugin.core.i18n import install_translator

    assert install_translator("en", compiled) is None


def test_builtin_qm_writer_matches_lrelease(build_plugin, compiled, tmp_path, qgis_app):
    """Without Qt's tools the build writes the .qm itself; Qt reads both the same."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    ts = ROOT / "qgis_plugin" / "i18n" / "crisis_platform_fr.ts"
    messages = build_plugin.ts_messages(ts)
    ours = tmp_path / "ours.qm"
    build_plugin.write_qm(messages, ours)
    by_writer, by_lrelease = QTranslator(), QTranslator()
    assert by_writer.load(str(ours)) and by_lrelease.load(str(compiled / "crisis_platform_fr.qm"))
    for translator in (by_writer, by_lrelease):
        QCoreApplication.installTranslator(translator)
        try:
            for source, translation in messages.items():
                assert QCoreApplication.translate("CrisisPlatform", source) == translation, source
        finally:
            QCoreApplication.removeTranslator(translator)
