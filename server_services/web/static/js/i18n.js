// Every text the page shows, by language: add a language by adding a table with the same keys.

const STRINGS = {
  en: {
    appName: "Crisis platform",
    skipToContent: "Skip to content",
    loginTitle: "Log in",
    loginIntro: "Situation view for crisis cells and disciplines.",
    email: "Email",
    password: "Password",
    login: "Log in",
    loggingIn: "Logging in…",
    logout: "Log out",
    apiDocs: "API documentation",
    ogcServices: "OGC services (WMS/WFS)",
    loginMissing: "Enter your email and password.",
    sessionExpired: "Your session has ended: log in again.",
    situations: "Situations",
    kind: "Kind",
    status: "Status",
    search: "Search",
    all: "All",
    allChannels: "All channels",
    situationCount: "{n} situation(s)",
    noSituations: "No situation matches these filters.",
    loading: "Loading…",
    owner: "Owner: {name}",
    sharedWith: "shared with {n} organisation(s)",
    updated: "updated {time}",
    started: "started {time}",
    backToList: "← All situations",
    exercise: "Exercise",
    exerciseBanner: "EXERCISE — this is not a real emergency. Data shown belong to an exercise.",
    testBanner: "TEST — technical test, not a real emergency.",
    phaseLabel: "{phase} phase",
    activationLabel: "Level: {level}",
    mapHelp: "Map of the situation. Use the arrow keys to pan and + or − to zoom; click a place or a zone to see its details.",
    mapLoading: "Loading map…",
    mapFailed: "The map layers could not be loaded ({message}).",
    mapLibraryMissing: "The map library is not installed on the server (run npm ci in server_services/web).",
    noArea: "This situation has no area yet: the map shows Belgium.",
    featureInfo: "Details",
    nothingHere: "Nothing here: click an anchor or a perimeter.",
    close: "Close",
    anchor: "Anchor",
    perimeter: "Perimeter",
    situationArea: "Situation area",
    weather: "Weather",
    windFrom: "Wind from",
    windSpeed: "Wind speed",
    temperature: "Temperature",
    stability: "Stability",
    observedAt: "Observed {time}",
    windArrow: "Wind from {dir} ({deg}°); the arrow points downwind, towards {to}.",
    noWeather: "No weather observation.",
    logbook: "Logbook",
    channel: "Channel",
    priority: "Priority",
    urgentOnly: "Urgent only",
    entryText: "New entry",
    entryPlaceholder: "What happened, what was decided, what is needed… (Ctrl+Enter posts)",
    showChannel: "Show channel",
    post: "Post",
    posting: "Posting…",
    cancel: "Cancel",
    correct: "Correct",
    correctThis: "Post a correction of entry #{id}",
    correcting: "Correction of entry #{id}",
    corrects: "Corrects #{id}",
    correctedBy: "Corrected by #{ids}",
    showOnMap: "Show on map",
    loadOlder: "Load older entries",
    noEntries: "No entry in this logbook yet.",
    noEntriesFiltered: "No entry matches this filter.",
    live: "Live",
    connecting: "Connecting…",
    reconnecting: "Reconnecting…",
    offline: "Not live",
    system: "system",
    attachment: "Attachment: {name}",
    newEntries: "{n} new entry(ies)",
    entryPosted: "Entry #{id} posted.",
    readOnly: "You can read this logbook but not write to it.",
    notFound: "This situation does not exist or is not shared with your organisation.",
    networkError: "The server cannot be reached. Check the network and try again.",
    errorGeneric: "Something went wrong: {message}",
    kinds: { incident: "Incident", event: "Event", exercise: "Exercise", test: "Test" },
    statuses: { draft: "Draft", active: "Active", closed: "Closed", archived: "Archived" },
    phases: { none: "No coordination", communal: "Communal", provincial: "Provincial", federal: "Federal" },
    activationLevels: { standby: "Stand-by", pre_alert: "Pre-alert", alert: "Alert" },
    channels: {
      multidisciplinary: "Multidisciplinary",
      D1: "D1 Rescue",
      D2: "D2 Medical",
      D3: "D3 Police",
      D4: "D4 Logistics",
      D5: "D5 Information",
      coordination: "Coordination",
    },
    priorities: { info: "Info", important: "Important", urgent: "Urgent" },
    compass: ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"],
    anchorStatuses: { planned: "Planned", active: "Active", inactive: "Inactive" },
    featureFields: {
      label: "Label", kind: "Kind", status: "Status", notes: "Notes", version: "Version",
      updated_at: "Updated", created_at: "Created",
    },
  },
};

let language = "en";

export function setLanguage(code) {
  if (STRINGS[code]) {
    language = code;
    document.documentElement.lang = code;
  }
}

function lookup(key) {
  let value = STRINGS[language];
  for (const part of key.split(".")) {
    value = value == null ? undefined : value[part];
  }
  if (value === undefined && language !== "en") {
    value = key.split(".").reduce((v, part) => (v == null ? undefined : v[part]), STRINGS.en);
  }
  return value;
}

/** The text for `key` ("kinds.incident" reaches into tables), with {name} placeholders filled from `vars`. */
export function t(key, vars = {}) {
  const value = lookup(key);
  if (typeof value !== "string") {
    return value === undefined ? key : value;
  }
  return value.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
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
  document.title = t("appName");
}

/** Adds the texts of one part of the page (e.g. contacts_strings.js) under `namespace`, one table per language
 * ({ en: {...}, fr: {...} }): keys are then "namespace.key". Languages the page does not speak are left out. */
export function addStrings(namespace, tables) {
  for (const [code, table] of Object.entries(tables)) {
    if (STRINGS[code]) STRINGS[code][namespace] = table;
  }
}
