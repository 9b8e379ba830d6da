"""vCard 4.0 (RFC 6350): contacts written for a phone's address book, and read back for an import."""

from __future__ import annotations

import re

MEDIA_TYPE = "text/vcard"
AVAILABILITY = "X-CRISIS-AVAILABILITY"  # extension properties (RFC 6350 6.10) for what vCard has no name for
CALL_SIGN = "X-CRISIS-CALL-SIGN"
MAX_LINE = 75  # octets per line before folding (RFC 6350 3.2)


class VCardError(ValueError):
    """Text that is not a vCard."""


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > MAX_LINE:
            out.append(current)
            current, size = " ", 1
        current += char
        size += width
    out.append(current)
    return "\r\n".join(out)


def _name_parts(full_name: str) -> str:
    """N (family;given;;;) from a full name: the last word is taken as the family name."""
    words = full_name.split()
    if len(words) < 2:
        return f"{_escape(full_name)};;;;"
    return f"{_escape(words[-1])};{_escape(' '.join(words[:-1]))};;;"


def card(contact: dict) -> str:
    """One contact (a card or an item of a situation's list: full_name, function, organisation, phones,
    email, radio_call_sign, availability, notes; missing ones left out) as a vCard 4.0."""
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"FN:{_escape(contact['full_name'])}",
        f"N:{_name_parts(contact['full_name'])}",
    ]
    organisation = (contact.get("organisation") or {}).get("name")
    if organisation:
        lines.append(f"ORG:{_escape(organisation)}")
    if contact.get("function"):
        lines.append(f"TITLE:{_escape(contact['function'])}")
    if contact.get("role"):
        lines.append(f"ROLE:{_escape(contact['role'])}")
    for i, number in enumerate(contact.get("phones") or []):
        kind = "cell" if number.startswith(("+324", "+316", "+336", "+337", "+491")) else "voice"
        lines.append(f"TEL;VALUE=uri;TYPE={kind}{';PREF=1' if i == 0 else ''}:tel:{number}")
    if contact.get("email"):
        lines.append(f"EMAIL;TYPE=work:{_escape(contact['email'])}")
    if contact.get("radio_call_sign"):
        lines.append(f"{CALL_SIGN}:{_escape(contact['radio_call_sign'])}")
    if contact.get("availability"):
        lines.append(f"{AVAILABILITY}:{contact['availability']}")
    if contact.get("notes"):
        lines.append(f"NOTE:{_escape(contact['notes'])}")
    if contact.get("id") is not None:
        lines.append(f"UID:urn:crisis-platform:contact:{int(contact['id'])}")
    lines.append("END:VCARD")
    return "".join(_fold(line) + "\r\n" for line in lines)


def cards(contacts: list[dict]) -> str:
    return "".join(card(c) for c in contacts)


# --- reading -----------------------------------------------------------------------------------------------------

_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.DOTALL)


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split_components(value: str) -> list[str]:
    """A structured value (N, ORG) split on unescaped semicolons."""
    return [_unescape(part) for part in re.split(r"(?<!\\);", value)]


def parse(text: str) -> list[dict]:
    """vCards (4.0, or 3.0 as many phones export) -> dicts with the contact fields found, each with the line
    where its card begins (`line`) and the raw `organisation` text of ORG. Raises VCardError for what is not a
    vCard at all; a card's missing fields are left for the import's checks."""
    out: list[dict] = []
    current: dict | None = None
    for number, line in _unfolded(text):
        match = _PROPERTY.match(line)
        if not match:
            raise VCardError(f"line {number}: not a vCard property: {line[:60]!r}")
        # Parameters (TYPE, PREF, VALUE) carry nothing the directory stores.
        name, value = match.group(1).upper(), match.group(3)
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if current is not None:
                raise VCardError(f"line {number}: BEGIN:VCARD inside a card")
            current = {"line": number, "phones": []}
        elif current is None:
            raise VCardError(f"line {number}: {name} outside BEGIN:VCARD ... END:VCARD")
        elif name == "END":
            out.append(current)
            current = None
        else:
            _read_property(current, name, value, number)
    if current is not None:
        raise VCardError("the last card has no END:VCARD")
    for item in out:
        if "full_name" not in item and item.get("n"):
            item["full_name"] = item["n"]
        item.pop("n", None)
    return out


def _unfolded(text: str) -> list[tuple[int, str]]:
    """(line number, logical line): folded lines joined again (RFC 6350 3.2), blank lines left out."""
    unfolded: list[tuple[int, str]] = []
    for number, line in enumerate(re.split(r"\r\n|\n|\r", text), start=1):
        if line[:1] in (" ", "\t") and unfolded:
            unfolded[-1] = (unfolded[-1][0], unfolded[-1][1] + line[1:])
        elif line.strip():
            unfolded.append((number, line))
    return unfolded


# Properties read as they are into a field of the card.
_TEXT_FIELDS = {"FN": "full_name", "TITLE": "function", "NOTE": "notes", CALL_SIGN: "radio_call_sign"}


def _read_property(card: dict, name: str, value: str, number: int) -> None:
    """One property into the card's fields; properties the directory has no field for are passed over."""
    if name in _TEXT_FIELDS:
        card[_TEXT_FIELDS[name]] = _unescape(value)
    elif name == "VERSION":
        if value.strip() not in ("4.0", "3.0"):
            raise VCardError(f"line {number}: vCard version {value.strip()!r} (4.0 or 3.0 expected)")
    elif name == "ORG":
        card["organisation"] = _split_components(value)[0]
    elif name == "TEL":
        number_text = _unescape(value)
        card["phones"].append(number_text[4:] if number_text.lower().startswith("tel:") else number_text)
    elif name == "EMAIL":
        card.setdefault("email", _unescape(value))
    elif name == AVAILABILITY:
        card["availability"] = value.strip()
    elif name == "N" and "full_name" not in card:
        family, given, *_ = _split_components(value) + ["", ""]
        card["n"] = " ".join(p for p in (given, family) if p)
