"""Codes and labels of the platform's code lists, from the generated copy of the database's vocabulary
(vocabulary.py): the plugin says exactly what the database, the web view and the styles say."""

from __future__ import annotations

from .vocabulary import EXTRAS, LANGUAGES, LISTS


def codes(name: str) -> tuple[str, ...]:
    """The codes of one list in form order (phases and levels lowest first)."""
    return tuple(code for code, _labels in LISTS[name])


def english(name: str) -> dict[str, str]:
    """code -> English label, in form order."""
    return {code: labels["en"] for code, labels in LISTS[name]}


def label(name: str, code: str | None, language: str = "en") -> str:
    """The label of `code` in `language` (English for a language the platform does not speak); the code itself
    when the list does not hold it (a newer server)."""
    for known, labels in LISTS[name]:
        if known == code:
            return labels.get(language) or labels["en"]
    return "" if code is None else str(code)


__all__ = ["EXTRAS", "LANGUAGES", "LISTS", "codes", "english", "label"]
