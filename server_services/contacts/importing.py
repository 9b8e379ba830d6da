"""Importing contacts from CSV or vCard: the whole file checked first, a report per row (created, updated,
unchanged or refused, and why), then everything written in one transaction, or nothing."""

from __future__ import annotations

import csv
import io

import psycopg

from ..db import set_actor
from ..store.errors import ValidationFailed
from . import fields, store, vcard

FORMATS = ("csv", "vcard")
MAX_ROWS = 5000
CSV_COLUMNS = ("full_name", "function", "organisation", "phones", "email", "radio_call_sign", "availability", "notes")
_ALIASES = {
    "name": "full_name",
    "fn": "full_name",
    "title": "function",
    "org": "organisation",
    "phone": "phones",
    "tel": "phones",
    "e-mail": "email",
    "mail": "email",
    "call_sign": "radio_call_sign",
}


class UnreadableFile(ValueError):
    """A file that cannot be read at all (not CSV, not vCard)."""


def parse_csv(text: str) -> list[dict]:
    """Rows of a CSV with a header line naming the columns (CSV_COLUMNS; `,` or `;` between fields, as spreadsheets
    write them); several phone numbers in one field are separated by `|` or `;` or `,`."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines:
        raise UnreadableFile("the file is empty")
    delimiter = ";" if lines[0].count(";") > lines[0].count(",") else ","
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter)
    try:
        header = [(_ALIASES.get(h.strip().lower(), h.strip().lower())) for h in next(reader)]
        unknown = [h for h in header if h not in CSV_COLUMNS]
        if unknown or "full_name" not in header:
            raise UnreadableFile(
                "the first line must name the columns: "
                + ", ".join(CSV_COLUMNS)
                + (f" (unknown: {', '.join(unknown)[:200]})" if unknown else " (full_name is required)")
            )
        rows = []
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            if len(rows) >= MAX_ROWS:
                raise UnreadableFile(f"at most {MAX_ROWS} rows per import")
            row = {"line": reader.line_num}
            for name, value in zip(header, values, strict=False):
                value = value.strip()
                if name == "phones":
                    row[name] = [
                        p for p in (s.strip() for s in value.replace("|", ";").replace(",", ";").split(";")) if p
                    ]
                elif value:
                    row[name] = value
            if len(values) > len(header):
                row["extra"] = True
            rows.append(row)
    except csv.Error as exc:
        raise UnreadableFile(f"not a CSV file: {exc}") from None
    return rows


def parse(kind: str, text: str) -> list[dict]:
    if kind == "csv":
        return parse_csv(text)
    try:
        rows = vcard.parse(text)
    except vcard.VCardError as exc:
        raise UnreadableFile(str(exc)) from None
    if len(rows) > MAX_ROWS:
        raise UnreadableFile(f"at most {MAX_ROWS} cards per import")
    return rows


def _existing(conn, organisation_id: int) -> list[dict]:
    return conn.execute(
        "SELECT id, full_name, function, phones, email::text AS email, radio_call_sign, availability, notes, "
        "crisis.fold(full_name) AS folded, lower(email::text) AS email_key FROM crisis.contacts "
        "WHERE organisation_id = %s AND erased_at IS NULL ORDER BY id FOR UPDATE",
        (organisation_id,),
    ).fetchall()


def check(conn: psycopg.Connection, organisation: dict, rows: list[dict]) -> list[dict]:
    """One report item per row: what importing it would do, or why it is refused (all reasons at once)."""
    folded_names = conn.execute(
        "SELECT coalesce(array_agg(crisis.fold(x) ORDER BY n), '{}') AS f FROM "
        "unnest(%s::text[]) WITH ORDINALITY AS t(x, n)",
        ([str(r.get("full_name") or "") for r in rows],),
    ).fetchone()["f"]
    org_names = {organisation["slug"].lower(), fold(conn, organisation["name"])}
    existing = _existing(conn, organisation["id"])
    seen: dict[str, int] = {}
    report = []
    for index, (row, folded) in enumerate(zip(rows, folded_names, strict=True)):
        data = {k: v for k, v in row.items() if k in fields.CONTACT_FIELDS}
        clean, problems = fields.contact(data, creating=True)
        reasons = [f"{name}: {problem}" for name, problem in problems.items()]
        if row.get("extra"):
            reasons.append("more values than columns")
        other = row.get("organisation")
        if other and other.lower() not in org_names and fold(conn, other) not in org_names:
            reasons.append(
                f"organisation: the row is of another organisation ({other[:100]}); "
                f"this import is for {organisation['name']}"
            )
        key = (clean.get("email") or "").lower() or folded
        if key and key in seen:
            reasons.append(f"duplicate of row {seen[key]} (same {'e-mail' if clean.get('email') else 'name'})")
        elif key:
            seen[key] = index + 1
        match = None
        if not reasons:
            by_email = [e for e in existing if clean.get("email") and e["email_key"] == clean["email"].lower()]
            candidates = by_email or [e for e in existing if e["folded"] == folded]
            if len(candidates) > 1:
                reasons.append(
                    f"{len(candidates)} contacts of {organisation['name']} match this row; change them one by one"
                )
            elif candidates:
                match = candidates[0]
        item = {"row": index + 1, "line": row.get("line"), "full_name": str(row.get("full_name") or "")[:200]}
        if reasons:
            item.update(status="refused", reasons=reasons)
        elif match is None:
            item.update(status="created", values=clean)
        else:
            changes = {
                k: v
                for k, v in clean.items()
                if match[k] != v and not (k == "email" and (match[k] or "").lower() == v.lower())
            }
            item.update(status="updated" if changes else "unchanged", contact_id=match["id"], values=changes)
        report.append(item)
    return report


def fold(conn, value: str) -> str:
    return conn.execute("SELECT crisis.fold(%s) AS f", (value,)).fetchone()["f"]


def counts(report: list[dict]) -> dict:
    out = {"created": 0, "updated": 0, "unchanged": 0, "refused": 0}
    for item in report:
        out[item["status"]] += 1
    return out


def run(conn: psycopg.Connection, user, kind: str, text: str, organisation_id: int | None, dry_run: bool) -> dict:
    """Check the whole file; unless it is a dry run and if no row is refused, write it all in one transaction.
    A real run with refused rows writes nothing and raises ValidationFailed carrying the report."""
    try:
        rows = parse(kind, text)
    except UnreadableFile as exc:
        raise ValidationFailed(f"The file cannot be read: {exc}", {"fields": {"content": str(exc)}}) from None
    organisation_id = organisation_id or user.organisation["id"]
    with conn.transaction():
        set_actor(conn, user.id)
        organisation = conn.execute(
            "SELECT id, slug, name FROM crisis.organisations WHERE id = %s", (organisation_id,)
        ).fetchone()
        if organisation is None:
            raise ValidationFailed(details={"fields": {"organisation_id": "no such organisation"}})
        store.require_manager(conn, user, organisation_id)
        report = check(conn, organisation, rows)
        summary = {
            "dry_run": dry_run,
            "format": kind,
            "organisation": organisation,
            "counts": counts(report),
            "rows": [{k: v for k, v in item.items() if k != "values"} for item in report],
            "written": False,
        }
        if dry_run:
            return summary
        if summary["counts"]["refused"]:
            raise ValidationFailed("Nothing was imported: some rows are refused (see rows).", summary)
        for item in report:
            if item["status"] == "created":
                item["contact_id"] = store.insert(conn, item["values"], organisation_id)
                store.log_access(conn, user, item["contact_id"], "create")
            elif item["status"] == "updated":
                store.change(conn, item["contact_id"], item["values"])
                store.log_access(conn, user, item["contact_id"], "update")
        summary["rows"] = [{k: v for k, v in item.items() if k != "values"} for item in report]
        summary["written"] = True
    return summary
