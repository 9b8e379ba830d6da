// The situation view's start: log in or out, and move between the list and one situation (#/situations/<id>).

import { ApiError, api, login, logout, session, whenUnauthorized } from "./api.js";
import { ContactDirectory, ContactsPanel, mayManageContacts } from "./contacts.js";
import { $, show } from "./dom.js";
import { Logbook } from "./feed.js";
import { applyStrings, setLanguage, t } from "./i18n.js";
import { createSituationMap } from "./map.js";
import { SituationList, situationBadges } from "./situations.js";
import { followWeather } from "./weather.js";

const views = ["view-login", "view-list", "view-situation", "view-contacts"];
let situationList = null;
let opened = null; // {map, logbook, stopWeather} of the open situation
let contactsPanel = null;
let contactDirectory = null;

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
  if (!opened) return;
  opened.logbook.destroy();
  opened.stopWeather();
  if (opened.map) opened.map.destroy();
  opened = null;
  if (contactsPanel) contactsPanel.setSituation(null);
  show($("feature-info"), false);
  show($("weather"), false);
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
    error.textContent = t("loginMissing");
    show(error, true);
    return;
  }
  const button = $("login-submit");
  button.disabled = true;
  button.textContent = t("loggingIn");
  try {
    const user = await login(email, password);
    setLanguage(user.language);
    show(error, false);
    $("login-password").value = "";
    route();
  } catch (err) {
    error.textContent = err instanceof ApiError && err.status === 0 ? t("networkError") : err.message;
    show(error, true);
    $("login-password").select();
  } finally {
    button.disabled = false;
    button.textContent = t("login");
  }
}

// --- one situation ----------------------------------------------------------------------------------------
async function openSituation(id) {
  closeSituation();
  showView("view-situation");
  $("situation-title").textContent = t("loading");
  $("situation-badges").replaceChildren();
  $("situation-owner").textContent = "";
  show($("exercise-banner"), false);
  let situation;
  try {
    situation = await api(`/situations/${id}`);
  } catch (error) {
    if (error.status === 401) return;
    $("situation-title").textContent = error.status === 404 ? t("notFound") : t("errorGeneric", { message: error.message });
    return;
  }
  if (location.hash !== `#/situations/${id}`) return; // the user moved on meanwhile
  const view = $("view-situation");
  view.dataset.situationId = situation.id;
  view.classList.toggle("view--exercise", Boolean(situation.is_exercise || situation.kind === "test"));
  $("situation-title").textContent = situation.title;
  $("situation-title").title = situation.title; // a long title is cut on one line
  document.title = `${situation.title} · ${t("appName")}`;
  $("situation-badges").replaceChildren(...situationBadges(situation));
  $("situation-owner").textContent = situation.owner_organisation
    ? t("owner", { name: situation.owner_organisation.name }) : "";
  const banner = $("exercise-banner");
  banner.textContent = situation.is_exercise ? t("exerciseBanner") : t("testBanner");
  show(banner, Boolean(situation.is_exercise || situation.kind === "test"));
  focusHeading("view-situation");

  let map = null;
  const status = $("map-status");
  if (typeof ol === "undefined") {
    status.textContent = t("mapLibraryMissing");
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
    });
  }
  const logbook = new Logbook(situation, session.user, {
    onShowLocation: (lonLat, urgent) => map && map.showPoint(lonLat, urgent),
    onFatal: (code) => {
      if (code === 401) showLogin(t("sessionExpired"));
      else notice(t("notFound"));
    },
  });
  opened = { map, logbook, stopWeather: followWeather(situation.id) };
  logbook.start();
  contactsPanel.setSituation(situation);
}

// --- routing ------------------------------------------------------------------------------------------------
function route() {
  notice("");
  if (!session.token) {
    showLogin();
    return;
  }
  showUser(session.user);
  const match = location.hash.match(/^#\/situations\/(\d+)$/);
  if (match) {
    openSituation(Number(match[1]));
    return;
  }
  const contacts = location.hash.match(/^#\/contacts(?:\?situation=(\d+))?$/);
  if (contacts) {
    closeSituation();
    showView("view-contacts");
    contactDirectory = contactDirectory || new ContactDirectory();
    contactDirectory.show(contacts[1] ? Number(contacts[1]) : null);
    focusHeading("view-contacts");
    return;
  }
  closeSituation();
  document.title = t("appName");
  showView("view-list");
  situationList = situationList || new SituationList();
  situationList.load();
  focusHeading("view-list");
}

function boot() {
  const user = session.user;
  if (user && user.language) setLanguage(user.language);
  applyStrings();
  contactsPanel = new ContactsPanel();
  whenUnauthorized(() => {
    session.clear();
    showLogin(t("sessionExpired"));
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
  window.addEventListener("hashchange", () => {
    // In-page links to logbook entries (#entry-12) are not routes.
    if (!location.hash.startsWith("#entry-")) route();
  });
  route();
}

boot();
