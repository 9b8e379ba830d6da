// The situation view's start: log in or out, the language, and the routes: the list (#/), a new situation
// (#/new), one situation (#/situations/<id>) and its form (#/situations/<id>/edit).

import { ApiError, api, login, logout, session, whenUnauthorized } from "./api.js";
import { ContactDirectory, ContactsPanel, mayManageContacts } from "./contacts.js";
import { $, show } from "./dom.js";
import { FeatureList } from "./feature_list.js";
import { Logbook } from "./feed.js";
import {
  LANGUAGES, applyStrings, language, loadVocabulary, onLanguageChange, preferredLanguage, setLanguage, t,
} from "./i18n.js";
import { createSituationMap } from "./map.js";
import { openPlansPanel } from "./plans.js";
import { SituationActions } from "./situation_actions.js";
import { SituationForm } from "./situation_form.js";
import { SituationList, situationBadges } from "./situations.js";
import { followWeather } from "./weather.js";

const views = ["view-login", "view-list", "view-form", "view-situation", "view-contacts"];
let situationList = null;
let contactsPanel = null;
let contactDirectory = null;
let form = null;
let opened = null; // {map, logbook, features, actions, stopWeather} of the open situation
let current = "#/"; // the route shown; in-page links (#logbook, #entry-12) change the hash, not the route

function currentRoute() {
  if (!location.hash || location.hash.startsWith("#/")) current = location.hash || "#/";
  return current;
}

function showView(id) {
  for (const view of views) show($(view), view === id);
  document.body.dataset.view = id.replace("view-", "");
}

function notice(text) {
  const el = $("notice");
  el.textContent = text || "";
  show(el, Boolean(text));
}

function focusHeading(view) {
  const heading = $(view).querySelector("h1");
  if (heading) {
    heading.setAttribute("tabindex", "-1");
    heading.focus({ preventScroll: true });
  }
}

function closeSituation() {
  if (form) form.destroy();
  form = null;
  if (!opened) return;
  opened.logbook.destroy();
  opened.features.destroy();
  opened.actions.destroy();
  opened.stopWeather();
  opened.plans.destroy();
  if (opened.map) opened.map.destroy();
  opened = null;
  if (contactsPanel) contactsPanel.setSituation(null);
  show($("feature-info"), false);
  show($("weather"), false);
}

// --- language ---------------------------------------------------------------------------------------------
function showLanguage() {
  for (const button of $("language-switch").querySelectorAll("button")) {
    button.setAttribute("aria-pressed", String(button.dataset.language === language()));
  }
}

async function chooseLanguage(code) {
  if (!LANGUAGES.includes(code) || code === language()) return;
  setLanguage(code, { remember: true });
  if (session.token) {
    try {
      session.update(await api("/me", { method: "PATCH", body: { language: code } }));
    } catch (error) {
      notice(t("app.error", { message: error.message }));
    }
  }
}

// --- login ------------------------------------------------------------------------------------------------
function showUser(user) {
  show($("user-box"), Boolean(user));
  $("user-name").textContent = user ? user.display_name : "";
  $("user-org").textContent = user && user.organisation ? user.organisation.name : "";
  show($("contacts-directory-link"), mayManageContacts(user));
}

function showLogin(message = "") {
  closeSituation();
  showUser(null);
  showView("view-login");
  document.title = t("app.name");
  const error = $("login-error");
  error.textContent = message;
  show(error, Boolean(message));
  $("login-password").value = "";
  $("login-email").focus();
}

async function submitLogin(event) {
  event.preventDefault();
  const email = $("login-email").value.trim();
  const password = $("login-password").value;
  const error = $("login-error");
  if (!email || !password) {
    error.textContent = t("login.missing");
    show(error, true);
    return;
  }
  const button = $("login-submit");
  button.disabled = true;
  button.textContent = t("login.busy");
  try {
    const user = await login(email, password);
    setLanguage(user.language); // the account's language from now on
    show(error, false);
    $("login-password").value = "";
    await route();
  } catch (err) {
    error.textContent = err instanceof ApiError && err.status === 0 ? t("app.networkError") : err.message;
    show(error, true);
    $("login-password").select();
  } finally {
    button.disabled = false;
    button.textContent = t("login.submit");
  }
}

// --- one situation ----------------------------------------------------------------------------------------
function showSituationHead(situation) {
  const view = $("view-situation");
  view.dataset.situationId = situation.id;
  view.dataset.version = situation.version;
  view.classList.toggle("view--exercise", Boolean(situation.is_exercise));
  $("situation-title").textContent = situation.title;
  document.title = `${situation.title} · ${t("app.name")}`;
  $("situation-badges").replaceChildren(...situationBadges(situation));
  $("situation-owner").textContent = situation.owner_organisation
    ? t("situation.owner", { name: situation.owner_organisation.name }) : "";
  const banner = $("exercise-banner");
  banner.textContent = situation.kind === "test" ? t("situation.testBanner") : t("situation.exerciseBanner");
  show(banner, Boolean(situation.is_exercise));
}

async function openSituation(id) {
  closeSituation();
  showView("view-situation");
  $("situation-title").textContent = t("app.loading");
  $("situation-badges").replaceChildren();
  $("situation-owner").textContent = "";
  show($("exercise-banner"), false);
  show($("situation-actions"), false);
  let situation;
  try {
    situation = await api(`/situations/${id}`);
  } catch (error) {
    if (error.status === 401) return;
    $("situation-title").textContent = error.status === 404 ? t("situation.notFound")
      : t("app.error", { message: error.message });
    $("entries").replaceChildren();
    show($("entry-form"), false);
    show($("entry-readonly"), false);
    return;
  }
  if (currentRoute() !== `#/situations/${id}`) return; // the user moved on meanwhile
  showSituationHead(situation);
  focusHeading("view-situation");

  let map = null;
  const status = $("map-status");
  if (typeof ol === "undefined") {
    status.textContent = t("map.libraryMissing");
    status.classList.add("map-status--error");
    show(status, true);
  } else {
    map = createSituationMap($("map"), situation, {
      onStatus: (text, isError = false) => {
        status.textContent = text || "";
        status.classList.toggle("map-status--error", isError);
        show(status, Boolean(text));
      },
      onFeatures: (nodes) => {
        $("feature-info-body").replaceChildren(...(nodes || []));
        show($("feature-info"), Boolean(nodes));
      },
      // A logbook location clicked on the map: its entry in the logbook.
      onEntry: (id) => opened && opened.logbook.jumpTo({ preventDefault() {} }, id),
    });
  }
  const logbook = new Logbook(situation, session.user, {
    onShowLocation: (lonLat, urgent, id) => map && map.showPoint(lonLat, urgent, id),
    onEntry: (entry) => map && map.addEntry(entry),
    pickLocation: map ? () => map.pickPoint() : null,
    onFatal: (code) => {
      if (code === 401) showLogin(t("app.sessionExpired"));
      else notice(t("situation.notFound"));
    },
  });
  const features = new FeatureList(situation, map);
  const actions = new SituationActions(situation, {
    onChanged: (changed) => {
      showSituationHead(changed);
      logbook.setSituation(changed);
    },
  });
  opened = { map, logbook, features, actions, stopWeather: followWeather(situation.id),
    plans: openPlansPanel(situation, map) };
  logbook.start(map ? { mapCursor: map.ready, onMapChange: (change) => map.applyChange(change) } : {});
  features.load();
  contactsPanel.setSituation(situation);
}

// --- routing ------------------------------------------------------------------------------------------------
async function route() {
  notice("");
  if (!session.token) {
    showLogin();
    return;
  }
  showUser(session.user);
  try {
    await loadVocabulary(api);
  } catch (error) {
    if (error.status === 401) return;
    notice(t("app.error", { message: error.message }));
  }
  const hash = currentRoute();
  const situation = hash.match(/^#\/situations\/(\d+)$/);
  if (situation) {
    await openSituation(Number(situation[1]));
    return;
  }
  const contacts = hash.match(/^#\/contacts(?:\?situation=(\d+))?$/);
  if (contacts) {
    closeSituation();
    showView("view-contacts");
    contactDirectory = contactDirectory || new ContactDirectory();
    contactDirectory.show(contacts[1] ? Number(contacts[1]) : null);
    focusHeading("view-contacts");
    return;
  }
  const edit = hash.match(/^#\/situations\/(\d+)\/edit$/);
  if (hash === "#/new" || edit) {
    closeSituation();
    showView("view-form");
    form = new SituationForm(session.user, edit ? Number(edit[1]) : null);
    await form.open();
    focusHeading("view-form");
    return;
  }
  closeSituation();
  document.title = t("app.name");
  showView("view-list");
  show($("new-situation"), ["coordinator", "admin"].includes(session.user && session.user.role));
  situationList = situationList || new SituationList();
  situationList.load();
  focusHeading("view-list");
}

function boot() {
  const user = session.user;
  setLanguage(user && user.language ? user.language : preferredLanguage());
  applyStrings();
  showLanguage();
  contactsPanel = new ContactsPanel();
  onLanguageChange(() => {
    showLanguage();
    if (situationList) situationList.relabel();
    route(); // every view is drawn again in the new language
  });
  for (const button of $("language-switch").querySelectorAll("button")) {
    button.addEventListener("click", () => chooseLanguage(button.dataset.language));
  }
  whenUnauthorized(() => {
    session.clear();
    showLogin(t("app.sessionExpired"));
  });
  $("login-form").addEventListener("submit", submitLogin);
  $("logout").addEventListener("click", async () => {
    await logout();
    history.replaceState(null, "", "#/");
    showLogin();
  });
  $("feature-info-close").addEventListener("click", () => show($("feature-info"), false));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("feature-info").hidden) show($("feature-info"), false);
  });
  for (const link of document.querySelectorAll(".jump-bar a")) {
    link.addEventListener("click", (event) => {
      const target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target || target.hidden) return;
      event.preventDefault();
      target.scrollIntoView({ block: "start" });
      (target.querySelector("textarea") || target).focus({ preventScroll: true });
    });
  }
  // A page left behind holds no live stream: a browser opens at most six connections to one origin, and a stream
  // kept by a page in the back-forward cache would hold one of them.
  window.addEventListener("pagehide", () => closeSituation());
  window.addEventListener("pageshow", (event) => {
    if (event.persisted) route();
  });
  window.addEventListener("hashchange", () => {
    // In-page links (#entry-12, #logbook...) are not routes.
    if (location.hash.startsWith("#/") || location.hash === "") route();
  });
  route();
}

boot();
