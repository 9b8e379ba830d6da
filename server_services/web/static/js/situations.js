// The list of situations the user may see, with filters by kind, status and text.

import { api, query } from "./api.js";
import { $, h, shortTime, fullTime } from "./dom.js";
import { t } from "./i18n.js";

const KINDS = ["incident", "event", "exercise", "test"];
const STATUSES = ["draft", "active", "closed", "archived"];
const PAGE = 200;

function fillSelect(select, values, table, allLabel) {
  select.replaceChildren(h("option", { value: "" }, allLabel),
    ...values.map((value) => h("option", { value }, t(`${table}.${value}`))));
}

/** Badges shared by the list and the situation bar. */
export function situationBadges(situation) {
  const badges = [];
  if (situation.is_exercise || situation.kind === "exercise") {
    badges.push(h("span", { class: "badge badge--exercise" }, t("exercise").toUpperCase()));
  } else if (situation.kind === "test") {
    badges.push(h("span", { class: "badge badge--exercise" }, t("kinds.test").toUpperCase()));
  }
  if (!badges.length) {  // the exercise/test marker already names the kind
    badges.push(h("span", { class: `badge badge--kind badge--${situation.kind}` }, t(`kinds.${situation.kind}`)));
  }
  badges.push(h("span", { class: `badge badge--status badge--${situation.status}` },
    t(`statuses.${situation.status}`)));
  if (situation.phase && situation.phase !== "none") {
    badges.push(h("span", { class: "badge badge--phase" },
      t("phaseLabel", { phase: t(`phases.${situation.phase}`) })));
  }
  if (situation.activation_level) {
    badges.push(h("span", { class: `badge badge--level badge--${situation.activation_level}` },
      t("activationLabel", { level: t(`activationLevels.${situation.activation_level}`) })));
  }
  return badges;
}

function situationItem(situation) {
  const owner = situation.owner_organisation ? situation.owner_organisation.name : "";
  const shared = (situation.shared_with || []).length;
  return h("li", {
    class: `situation-card${situation.is_exercise ? " situation-card--exercise" : ""}`,
    dataset: { id: situation.id, kind: situation.kind, status: situation.status },
  },
  h("a", { class: "situation-card__link", href: `#/situations/${situation.id}` },
    h("span", { class: "badges" }, situationBadges(situation)),
    h("span", { class: "situation-card__title" }, situation.title),
    h("span", { class: "situation-card__meta" },
      [t("owner", { name: owner }), shared ? t("sharedWith", { n: shared }) : null,
        situation.starts_at ? t("started", { time: shortTime(situation.starts_at) }) : null]
        .filter(Boolean).join(" · ")),
    h("span", { class: "situation-card__updated", title: fullTime(situation.updated_at) },
      t("updated", { time: shortTime(situation.updated_at) }))));
}

export class SituationList {
  constructor() {
    this.form = $("situation-filters");
    this.list = $("situation-list");
    this.count = $("situation-count");
    this.request = null;
    fillSelect($("filter-kind"), KINDS, "kinds", t("all"));
    fillSelect($("filter-status"), STATUSES, "statuses", t("all"));
    this.form.addEventListener("change", () => this.load());
    this.form.addEventListener("submit", (event) => { event.preventDefault(); this.load(); });
    let typing = null;
    $("filter-q").addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => this.load(), 300);
    });
  }

  async load() {
    if (this.request) this.request.abort();
    this.request = new AbortController();
    const filters = Object.fromEntries(new FormData(this.form));
    this.count.textContent = t("loading");
    this.list.setAttribute("aria-busy", "true");
    try {
      const body = await api(`/situations${query({ ...filters, limit: PAGE })}`, { signal: this.request.signal });
      this.render(body.items, body.total);
    } catch (error) {
      if (error.name === "AbortError") return;
      this.count.textContent = t("errorGeneric", { message: error.message });
    } finally {
      this.list.removeAttribute("aria-busy");
    }
  }

  render(items, total) {
    // Active ones first, then the most recently updated.
    const order = { active: 0, draft: 1, closed: 2, archived: 3 };
    items.sort((a, b) => (order[a.status] ?? 9) - (order[b.status] ?? 9)
      || String(b.updated_at).localeCompare(String(a.updated_at)));
    this.list.replaceChildren(...items.map(situationItem));
    this.count.textContent = items.length ? t("situationCount", { n: total }) : t("noSituations");
  }
}
