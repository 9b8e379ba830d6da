// The page in four languages. Texts live in one dictionary per language (i18n/en.js, fr.js, nl.js, de.js), with
// namespaced keys ("logbook.search"): to add texts, add the same keys to the four files, in a block of your
// panel's own namespace (tests/web fail on a key missing from one of them). Labels of codes (kinds, statuses,
// phases, channels, priorities...) are never written here: label(list, code) gives the database's own words,
// loaded from /api/reference. Times are shown on the Brussels clock with the zone named; numbers in the
// language's own way.

import de from "./i18n/de.js";
import en from "./i18n/en.js";
import fr from "./i18n/fr.js";
import nl from "./i18n/nl.js";

export const LANGUAGES = ["en", "fr", "nl", "de"];
const STRINGS = { en, fr, nl, de };
export const TIME_ZONE = "Europe/Brussels";
const LANGUAGE_KEY = "crisis.language";

let current = "en";
const listeners = new Set();

/** The first of the four languages the browser asks for (before login), else English. */
export function browserLanguage() {
  for (const tag of navigator.languages || [navigator.language || ""]) {
    const code = String(tag).slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(code)) return code;
  }
  return "en";
}

/** The language chosen last on this device (the switch), else the browser's. */
export function preferredLanguage() {
  const chosen = localStorage.getItem(LANGUAGE_KEY);
  return LANGUAGES.includes(chosen) ? chosen : browserLanguage();
}

export function language() {
  return current;
}

/** Switches the page's language: the lang attribute, every data-i18n text, and whoever listens. */
export function setLanguage(code, { remember = false } = {}) {
  if (!LANGUAGES.includes(code)) return;
  const changed = code !== current;
  current = code;
  document.documentElement.lang = code;
  if (remember) localStorage.setItem(LANGUAGE_KEY, code);
  applyStrings();
  if (changed) for (const listener of listeners) listener(code);
}

/** Calls back after each change of language (a panel redraws its texts); returns a function that stops it. */
export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The dictionaries themselves, for the tests that compare their keys. */
export function dictionaries() {
  return STRINGS;
}

function fill(text, vars) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/**
 * The text of `key` in the page's language, {name} filled from `vars`. With vars.n, "<key>.one" or "<key>.other"
 * is taken by the language's plural rules when the dictionary has them. A key missing from a language falls back
 * to English (a test makes sure none is missing), and to the key itself.
 */
export function t(key, vars = {}) {
  const table = STRINGS[current];
  let value;
  if (typeof vars.n === "number") {
    const form = new Intl.PluralRules(current).select(vars.n);
    value = table[`${key}.${form}`] ?? table[`${key}.other`] ?? en[`${key}.${form}`] ?? en[`${key}.other`];
    vars = { ...vars, n: formatNumber(vars.n) };
  }
  value = value ?? table[key] ?? en[key];
  if (value === undefined) return key;
  return typeof value === "string" ? fill(value, vars) : value;
}

/** Fills data-i18n (text) and data-i18n-attr ("attr:key;attr:key") under `root`. */
export function applyStrings(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of el.dataset.i18nAttr.split(";")) {
      const [attr, key] = pair.split(":");
      el.setAttribute(attr.trim(), t(key.trim()));
    }
  }
  if (root === document && !document.title.includes("·")) document.title = t("app.name");
}

// --- the code lists of the database ------------------------------------------------------------------------
let vocabulary = null; // {lists: {name: [{code, labels}]}}

/** Loads /api/reference once (after login); `fetchJson(path)` is the API client's GET. */
export async function loadVocabulary(fetchJson) {
  if (!vocabulary) vocabulary = await fetchJson("/reference");
  return vocabulary;
}

export function vocabularyLoaded() {
  return Boolean(vocabulary);
}

/** The codes of one list in form order (phases and levels lowest first). */
export function codes(list) {
  return vocabulary && vocabulary.lists[list] ? vocabulary.lists[list].map((item) => item.code) : [];
}

/** The database's label of `code` in the page's language; the code itself if unknown. */
export function label(list, code) {
  const items = vocabulary && vocabulary.lists[list];
  const item = items && items.find((i) => i.code === code);
  if (!item) return code == null ? "" : String(code);
  return item.labels[current] || item.labels.en;
}

// --- times and numbers ------------------------------------------------------------------------------------
const formats = new Map();
function format(kind) {
  const key = `${current}:${kind}`;
  if (!formats.has(key)) {
    const base = { timeZone: TIME_ZONE, hourCycle: "h23" };
    const options = {
      time: { ...base, hour: "2-digit", minute: "2-digit" },
      dayTime: { ...base, day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
      full: { ...base, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit",
        minute: "2-digit", second: "2-digit", timeZoneName: "short" },
      zone: { timeZone: TIME_ZONE, timeZoneName: "short" },
      day: { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" },
      input: { ...base, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" },
    }[kind];
    formats.set(key, new Intl.DateTimeFormat(kind === "input" ? "sv-SE" : current, options));
  }
  return formats.get(key);
}

function brusselsDay(date) {
  return format("day").format(date);
}

/** The name of the Brussels zone at that moment in the page's language ("CEST", "UTC+2"...). */
export function zoneName(date = new Date()) {
  const part = format("zone").formatToParts(date).find((p) => p.type === "timeZoneName");
  return part ? part.value : "";
}

/** "14:05" today, "3 Mar, 14:05" another day, on the Brussels clock. */
export function shortTime(iso) {
  if (!iso) return "";
  const date = new Date(iso);
  return brusselsDay(date) === brusselsDay(new Date()) ? format("time").format(date) : format("dayTime").format(date);
}

/** The whole date and time with the zone named. */
export function fullTime(iso) {
  return iso ? format("full").format(new Date(iso)) : "";
}

/** A Brussels wall-clock time "2026-07-21T14:05" (a datetime-local input) as an ISO instant; "" for none. */
export function brusselsToIso(value) {
  if (!value) return "";
  const asUtc = new Date(`${value}:00Z`);
  // The zone's offset at that moment: the difference between the UTC reading and Brussels's reading of it.
  const shown = new Date(`${format("input").format(asUtc).replace(" ", "T")}:00Z`);
  return new Date(asUtc.getTime() - (shown.getTime() - asUtc.getTime())).toISOString();
}

/** An ISO instant as a Brussels wall-clock value for a datetime-local input. */
export function isoToBrussels(iso) {
  return iso ? format("input").format(new Date(iso)).replace(" ", "T") : "";
}

export function formatNumber(value, options = {}) {
  return new Intl.NumberFormat(current, options).format(value);
}

/** A file size: "2.4 MB" in the page's language. */
export function formatBytes(bytes) {
  const units = [["megabyte", 1e6], ["kilobyte", 1e3]];
  for (const [unit, size] of units) {
    if (bytes >= size) return formatNumber(bytes / size, { style: "unit", unit, maximumFractionDigits: 1 });
  }
  return formatNumber(bytes, { style: "unit", unit: "byte" });
}

/** Adds the texts of one part of the page kept in a module of its own (e.g. contacts_strings.js) under
 * `namespace`, one table per language ({ en: {...}, fr: {...} }; nested tables give "namespace.a.b" keys).
 * Languages the page does not speak are left out. The dictionaries of i18n/ are the simpler place for new texts. */
export function addStrings(namespace, tables) {
  const flatten = (prefix, table, into) => {
    for (const [key, value] of Object.entries(table)) {
      if (value && typeof value === "object" && !Array.isArray(value)) flatten(`${prefix}.${key}`, value, into);
      else into[`${prefix}.${key}`] = value;
    }
  };
  for (const [code, table] of Object.entries(tables)) {
    if (STRINGS[code]) flatten(namespace, table, STRINGS[code]);
  }
}
