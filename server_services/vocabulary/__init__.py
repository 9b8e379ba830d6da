"""The platform's code lists as exported from the database's reference tables (vocabulary.json, made by
`crisis vocabulary`): codes in form order and their labels in the four languages, for code that runs without
asking the database (validation, the OpenAPI document). tests/test_vocabulary.py keeps the file equal to the
database."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

FILE = Path(__file__).resolve().parent / "vocabulary.json"
LANGUAGES = ("en", "fr", "nl", "de")


@lru_cache(maxsize=1)
def load() -> dict:
    """{"languages": [...], "lists": {name: [{"code", "labels": {lang: label}, ...extras}, ...]}}"""
    return json.loads(FILE.read_text(encoding="utf-8"))


def lists() -> dict[str, list[dict]]:
    return load()["lists"]


def codes(name: str) -> tuple[str, ...]:
    """The codes of one list, in form order (for phases and levels: lowest first)."""
    return tuple(item["code"] for item in lists()[name])


def label(name: str, code: str | None, language: str = "en") -> str:
    """The label of a code in a language (English if the language is not one of the four); the code itself if
    the list does not hold it."""
    for item in lists()[name]:
        if item["code"] == code:
            return item["labels"].get(language) or item["labels"]["en"]
    return "" if code is None else str(code)
