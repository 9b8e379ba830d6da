"""Translations: tr() for every user-facing string, and the QTranslator that follows QGIS's locale."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..definitions.labels import label

CONTEXT = "CrisisPlatform"
LANGUAGES = ("en", "fr", "nl", "de")
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
_installed: list[str] = []  # the language of the translator installed last


def vocabulary_label(name: str, code: str | None, language: str | None = None) -> str:
    """The label of a code of one of the platform's lists (kinds, statuses, phases, channels...) in the plugin's
    language: the database's own words, from the generated vocabulary, never a translation of our own."""
    return label(name, code, language or (_installed[-1] if _installed else qgis_language()))


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def qgis_language() -> str:
    """The two-letter language QGIS runs in: QGIS writes locale/userLocale at start for plugins to follow."""
    locale = QgsSettings().value("locale/userLocale", "") or QgsApplication.locale() or "en"
    return str(locale)[:2].lower()


def qm_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"crisis_platform_{language}.qm"


def install_translator(language: str | None = None, folder: Path = I18N_DIR) -> QTranslator | None:
    """Load and install the .qm for the language; None for English or when no .qm is there."""
    language = language or qgis_language()
    _installed.append(language if language in LANGUAGES else "en")
    path = qm_path(language, folder)
    if language == "en" or not path.exists():
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: QTranslator | None) -> None:
    if _installed:
        _installed.pop()
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
