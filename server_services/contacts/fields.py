"""The fields of a contact, checked and put in their stored form: phones in E.164, e-mail, lengths, availability."""

from __future__ import annotations

import re

import phonenumbers

AVAILABILITIES = ("available", "on_call", "unavailable")
CONTACT_FIELDS = ("full_name", "function", "phones", "email", "radio_call_sign", "availability", "notes")
NULLABLE = ("email", "radio_call_sign")  # null means "none"; the other fields are always there
DEFAULT_REGION = "BE"  # a number written without its country code is a Belgian national number
MAX_PHONES = 8
# The limits of the table's CHECKs (sql/006, sql/030).
MAX_NAME, MAX_FUNCTION, MAX_EMAIL, MAX_CALL_SIGN, MAX_NOTES, MAX_ROLE = 200, 200, 254, 60, 5000, 200
_EMAIL = re.compile(
    r"[^@\s\x00]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+\Z"
)


class FieldError(ValueError):
    """A value that cannot be stored; the message says why, for the person who typed it."""


def phone(value: str) -> str:
    """A phone number as typed (Belgian national formats such as "03 201 11 21" or "0478 12 34 56", or
    international ones) -> E.164 ("+3232011121"). The number must have a possible length for its country; it is not
    checked against the allocated ranges, so a newly allocated range (or the demo's fictional numbers) is never
    refused."""
    if not isinstance(value, str) or not value.strip():
        raise FieldError("a phone number is text such as +32 3 201 11 21 or 0478 12 34 56")
    text = value.strip()
    if len(text) > 40 or "\x00" in text:
        raise FieldError(f"not a phone number: {text[:40]!r}")
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        raise FieldError(f"not a phone number: {text!r}") from None
    if not phonenumbers.is_possible_number(number):
        raise FieldError(f"not a possible phone number (wrong length for its country): {text!r}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phones(values) -> list[str]:
    """A list of numbers -> E.164, without repeats, in the order given."""
    if not isinstance(values, list):
        raise FieldError("phones is a list of phone numbers")
    if len(values) > MAX_PHONES:
        raise FieldError(f"at most {MAX_PHONES} phone numbers")
    out: list[str] = []
    for value in values:
        number = phone(value)
        if number not in out:
            out.append(number)
    return out


def email(value: str) -> str:
    """An e-mail address (one @, a domain with a dot, no spaces), trimmed; its case is kept."""
    if not isinstance(value, str):
        raise FieldError("an e-mail address is text")
    text = value.strip()
    if len(text) > MAX_EMAIL or not _EMAIL.match(text):
        raise FieldError(f"not an e-mail address: {text[:80]!r}")
    return text


def text(value, name: str, max_len: int, required: bool = False) -> str | None:
    if value is None:
        if required:
            raise FieldError(f"{name} is required")
        return None
    if not isinstance(value, str):
        raise FieldError(f"{name} is text")
    value = value.strip()
    if "\x00" in value:
        raise FieldError(f"{name} must not contain NUL characters")
    if len(value) > max_len:
        raise FieldError(f"{name} is at most {max_len} characters")
    if required and len(value) < 2:
        raise FieldError(f"{name} needs at least 2 characters")
    return value


def contact(data: dict, creating: bool) -> tuple[dict, dict[str, str]]:
    """The checked fields of a contact from a dict of what was sent (only the keys present are checked, all of
    them when creating) -> (clean values, problems by field)."""
    clean: dict = {}
    problems: dict[str, str] = {}
    checks = {
        "full_name": lambda v: text(v, "full_name", MAX_NAME, required=True),
        "function": lambda v: text(v, "function", MAX_FUNCTION) or "",
        "phones": phones,
        "email": lambda v: None if v is None else email(v),
        "radio_call_sign": lambda v: text(v, "radio_call_sign", MAX_CALL_SIGN) or None,
        "availability": _availability,
        "notes": lambda v: text(v, "notes", MAX_NOTES) or "",
    }
    for name, check in checks.items():
        if name not in data:
            if creating and name == "full_name":
                problems[name] = "required"
            continue
        if data[name] is None and name not in NULLABLE:
            problems[name] = "must not be null"
            continue
        try:
            clean[name] = check(data[name])
        except FieldError as exc:
            problems[name] = str(exc)
    return clean, problems


def _availability(value) -> str:
    if value not in AVAILABILITIES:
        raise FieldError("availability is one of: " + ", ".join(AVAILABILITIES))
    return value
