// The list of situations the user may see, with filters by kind, status and text. Kinds, statuses, phases and
// levels carry the database's labels (/api/reference).

import { api, query } from "./api.js";
import { $, fullTime, h, shortTime } from "./dom.js";
import { codes, label, t } from "./i18n.js";

const PAGE = 200;

function fillSelect(select, list) {
  const chosen = select.value;
  select.replaceChildren(h("option", { value: "" }, t("list.all")),
    ...codes(list).map((code) => h("option", { value: code }, label(list, code))));
  select.value = chosen;
}

/** Badges shared by the list and the situation bar. */
export function situationBadges(situation) {
  const badges = [];
  if (situation.is_exercise) {
    // The exercise marker names the kind (exercise or technical test), loud, so nobody takes it for real.
    badges.push(h("span", { class: "badge badge--exercise" },
      label("situation_kinds", situation.kind).toLocaleUpperCase(document.documentElement.lang)));
  } else {
    badges.push(h("span", { class: `badge badge--kind badge--${situation.kind}` },
      label("situation_kinds", situation.kind)));
  }
  badges.push(h("span", { class: `badge badge--status badge--${situation.status}` },
    label("situation_statuses", situation.status)));
  if (situation.phase && situation.phase !== "none") {
    badges.push(h("span", { class: "badge badge--phase" }, label("coordination_phases", situation.phase)));
  }
  if (situation.activation_level) {
    badges.push(h("span", { class: `badge badge--level badge--${situation.activation_level}` },
      t("situation.level", { level: label("activation_levels", situation.activation_level) })));
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
      [t("situation.owner", { name: owner }), shared ? t("list.sharedWith", { n: shared }) : null,
        situation.starts_at ? t("list.started", { time: shortTime(situation.starts_at) }) : null]
        .filter(Boolean).join(" · ")),
    h("span", { class: "situation-card__updated", title: fullTime(situation.updated_at) },
      t("list.updated", { time: shortTime(situation.updated_at) }))));
}

export class SituationList {
  constructor() {
    this.form = $("situation-filters");
    this.list = $("situation-list");
    this.count = $("situation-count");
    this.request = null;
    this.relabel();
    this.form.addEventListener("change", () => this.load());
    this.form.addEventListener("submit", (event) => { event.preventDefault(); this.load(); });
    let typing = null;
    $("filter-q").addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => this.load(), 300);
    });
  }

  /** The filters' options in the page's language. */
  relabel() {
    fillSelect($("filter-kind"), "situation_kinds");
    fillSelect($("filter-status"), "situation_statuses");
  }

  async load() {
    if (this.request) this.request.abort();
    this.request = new AbortController();
    if ($("filter-kind").options.length < 2) this.relabel(); // the lists arrived after the first drawing
    const filters = Object.fromEntries(new FormData(this.form));
    this.count.textContent = t("app.loading");
    this.list.setAttribute("aria-busy", "true");
    try {
      const body = await api(`/situations${query({ ...filters, limit: PAGE })}`, { signal: this.request.signal });
      this.render(body.items, body.total);
    } catch (error) {
      if (error.name === "AbortError") return;
      this.count.textContent = t("app.error", { message: error.message });
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
    this.count.textContent = items.length ? t("list.count", { n: total }) : t("list.none");
  }
}
