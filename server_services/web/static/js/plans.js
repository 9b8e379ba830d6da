// The Plans panel of the situation view: the plans in force on the situation, the library (search, by default
// the plans whose zone meets the situation's area), a plan's card with its documents, activation and
// deactivation for those who lead the situation, and the plans' zones on the map.

import { api, authFetch, errorFrom, query } from "./api.js";
import { h, show } from "./dom.js";
import { codes, label, shortTime, t } from "./i18n.js";

const kindLabel = (kind) => label("plan_kinds", kind);

/** Saves a stored document: fetched with the token, handed to the browser as a download. */
async function download(doc, onError) {
  try {
    const response = await authFetch(doc.download_url);
    if (!response.ok) throw await errorFrom(response);
    const url = URL.createObjectURL(await response.blob());
    const link = h("a", { href: url, download: doc.filename || "document" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  } catch (error) {
    onError(error);
  }
}

function safeLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export class PlansPanel {
  constructor(situation, situationMap) {
    this.situation = situation;
    this.situationMap = situationMap; // the map (createSituationMap), null when OpenLayers did not load
    this.active = [];
    this.canActivate = false;
    this.card = null;
    this.request = null;
    this.build();
    this.loadActive();
  }

  build() {
    this.toggle = h("button", {
      type: "button", class: "button button--ghost plans-toggle", id: "plans-toggle", "aria-expanded": "false",
      "aria-controls": "plans-panel", onclick: () => this.setOpen(this.panel.hidden),
    }, t("plans.button"));
    this.status = h("p", { class: "plans-panel__status", role: "status", "aria-live": "polite" });
    this.activeList = h("ul", { class: "plans-list", id: "plans-active" });
    this.results = h("ul", { class: "plans-list", id: "plans-results" });
    this.cardBox = h("div", { class: "plans-card", id: "plans-card", hidden: true });
    this.search = h("input", { type: "search", id: "plans-q", autocomplete: "off", "aria-label": t("plans.search") });
    this.kind = h("select", { id: "plans-kind", "aria-label": t("plans.kind") },
      h("option", { value: "" }, t("plans.allKinds")), codes("plan_kinds").map((k) => h("option", { value: k }, kindLabel(k))));
    this.covering = h("input", { type: "checkbox", id: "plans-covering", checked: true });
    this.showZones = h("input", { type: "checkbox", id: "plans-show-zones" });
    const form = h("form", { class: "plans-search", role: "search", onsubmit: (e) => { e.preventDefault(); this.loadLibrary(); } },
      this.search, this.kind,
      h("label", { class: "check" }, this.covering, " ", t("plans.covering")),
      h("button", { type: "submit", class: "button button--ghost" }, t("plans.searchButton")));
    this.kind.addEventListener("change", () => this.loadLibrary());
    this.covering.addEventListener("change", () => this.loadLibrary());
    this.showZones.addEventListener("change", () => this.updateZones());
    this.panel = h("aside", { class: "plans-panel card", id: "plans-panel", hidden: true, "aria-labelledby": "plans-title" },
      h("div", { class: "plans-panel__head" },
        h("h2", { id: "plans-title" }, t("plans.title")),
        h("button", { type: "button", class: "icon-button", "aria-label": t("app.close"), title: t("app.close"),
          onclick: () => this.setOpen(false) }, "×")),
      this.status,
      this.situationMap ? h("label", { class: "check plans-panel__zones" }, this.showZones, " ", t("plans.showZones")) : null,
      h("h3", {}, t("plans.inForce")), this.activeList,
      h("h3", {}, t("plans.library")), form, this.results,
      this.cardBox);
    document.getElementById("contacts-toggle").after(this.toggle); // the situation's people, then its plans
    document.querySelector("#view-situation .map-wrap").append(this.panel);
  }

  setOpen(open) {
    show(this.panel, open);
    this.toggle.setAttribute("aria-expanded", String(open));
    if (open && !this.libraryLoaded) this.loadLibrary();
  }

  say(text, isError = false) {
    this.status.textContent = text || "";
    this.status.classList.toggle("form-error", isError);
  }

  fail(error) {
    if (error && error.name === "AbortError") return;
    this.say(t("app.error", { message: error.message }), true);
  }

  async loadActive() {
    try {
      const body = await api(`/situations/${this.situation.id}/plans`);
      this.active = body.items;
      this.canActivate = body.can_activate;
      this.renderActive();
      this.updateZones();
      if (this.found) this.renderResults(this.found); // the activate buttons follow what is in force
    } catch (error) {
      this.fail(error);
    }
  }

  renderActive() {
    this.toggle.textContent = this.active.length ? t("plans.buttonCount", { n: this.active.length }) : t("plans.button");
    this.activeList.replaceChildren(...(this.active.length ? this.active.map((plan) => this.item(plan, true))
      : [h("li", { class: "muted" }, t("plans.noneInForce"))]));
  }

  async loadLibrary() {
    if (this.request) this.request.abort();
    this.request = new AbortController();
    this.libraryLoaded = true;
    const params = { q: this.search.value.trim(), kind: this.kind.value, limit: 100,
      situation_id: this.covering.checked ? this.situation.id : "" };
    this.results.setAttribute("aria-busy", "true");
    try {
      const body = await api(`/plans${query(params)}`, { signal: this.request.signal });
      this.found = body.items;
      this.renderResults(body.items);
    } catch (error) {
      this.fail(error);
    } finally {
      this.results.removeAttribute("aria-busy");
    }
  }

  renderResults(items) {
    this.results.replaceChildren(...(items.length ? items.map((plan) => this.item(plan, false))
      : [h("li", { class: "muted" }, t("plans.noneFound"))]));
  }

  item(plan, inForce) {
    const isActive = this.active.some((p) => p.id === plan.id);
    const actions = [h("button", { type: "button", class: "link-button", onclick: () => this.openCard(plan.id) },
      t("plans.open"))];
    if (this.canActivate && inForce) {
      actions.push(h("button", { type: "button", class: "link-button plans-deactivate",
        onclick: () => this.deactivate(plan) }, t("plans.deactivate")));
    } else if (this.canActivate && !isActive) {
      actions.push(h("button", { type: "button", class: "button button--primary plans-activate",
        onclick: (event) => this.activate(plan, event.currentTarget) }, t("plans.activate")));
    }
    const meta = [kindLabel(plan.kind), plan.owner_organisation ? plan.owner_organisation.name : null,
      inForce && plan.activation ? t("plans.activatedBy", {
        name: plan.activation.activated_by ? plan.activation.activated_by.display_name : "?",
        time: shortTime(plan.activation.activated_at) }) : null,
      !inForce && isActive ? t("plans.alreadyInForce") : null].filter(Boolean).join(" · ");
    return h("li", { class: "plans-item", dataset: { planId: plan.id, code: plan.code } },
      h("span", { class: "plans-item__title" }, `${plan.code} — ${plan.title}`),
      h("span", { class: "plans-item__meta muted" }, meta),
      h("span", { class: "plans-item__actions" }, actions));
  }

  async activate(plan, button) {
    if (button) button.disabled = true;
    this.say(t("plans.activating", { code: plan.code }));
    try {
      const answer = await api(`/situations/${this.situation.id}/plans`, { method: "POST", body: { plan_id: plan.id } });
      this.say(t("plans.activated", { code: plan.code, anchors: answer.activation.anchors,
        perimeters: answer.activation.perimeters }));
      await this.loadActive();
      await this.refreshZones(); // its copied places and zones reach the map on the live stream
    } catch (error) {
      this.fail(error);
      if (button) button.disabled = false;
    }
  }

  async deactivate(plan) {
    this.say(t("plans.deactivating", { code: plan.code }));
    try {
      const answer = await api(`/situations/${this.situation.id}/plans/${plan.id}`, { method: "DELETE" });
      this.say(t("plans.deactivated", { code: plan.code,
        removed: answer.removed.anchors + answer.removed.perimeters,
        kept: answer.kept.anchors.length + answer.kept.perimeters.length }));
      await this.loadActive();
      await this.refreshZones(); // its copied places and zones reach the map on the live stream
    } catch (error) {
      this.fail(error);
    }
  }

  async openCard(planId) {
    try {
      this.card = await api(`/plans/${planId}`);
      this.renderCard(this.card);
      this.updateZones();
    } catch (error) {
      this.fail(error);
    }
  }

  renderCard(card) {
    const fact = (label, value) => (value ? [h("dt", {}, label), h("dd", {}, value)] : []);
    const documents = card.documents.map((doc) => {
      const link = safeLink(doc.link);
      const title = `${doc.title} (${t(`plans.category.${doc.category}`)})`;
      if (doc.download_url) {
        return h("li", {}, h("button", { type: "button", class: "link-button plans-document",
          onclick: () => download(doc, (error) => this.fail(error)) }, title));
      }
      return h("li", {}, link ? h("a", { href: link, target: "_blank", rel: "noopener noreferrer" }, title) : title);
    });
    this.cardBox.replaceChildren(
      h("div", { class: "plans-card__head" },
        h("h3", {}, `${card.code} — ${card.title}`),
        h("button", { type: "button", class: "icon-button", "aria-label": t("app.close"), title: t("app.close"),
          onclick: () => { show(this.cardBox, false); this.card = null; this.updateZones(); } }, "×")),
      h("dl", { class: "plans-card__facts" },
        fact(t("plans.kind"), kindLabel(card.kind)),
        fact(t("plans.owner"), card.owner_organisation && card.owner_organisation.name),
        fact(t("plans.status"), label("plan_statuses", card.status)),
        fact(t("plans.riskSite"), card.risk_site),
        fact(t("plans.nextReview"), card.next_review_on
          ? `${card.next_review_on}${card.review_overdue ? ` (${t("plans.overdue")})` : ""}` : null),
        fact(t("plans.prepared"), t("plans.preparedCount", { anchors: card.anchors.features.length,
          perimeters: card.perimeters.features.length }))),
      card.description ? h("p", { class: "plans-card__description" }, card.description) : null,
      h("h4", {}, t("plans.documents")),
      documents.length ? h("ul", { class: "plans-card__documents" }, documents) : h("p", { class: "muted" }, t("plans.noDocuments")),
      card.exercises.length ? h("h4", {}, t("plans.exercises")) : null,
      card.exercises.length ? h("ul", {}, card.exercises.map((x) => h("li", {}, `${x.held_on}: ${x.evaluation}`))) : null);
    show(this.cardBox, true);
  }

  /** The zones of the plans in force (the map's plan zones layer) and, for a plan looked at but not in force,
   * its prepared zone and places drawn apart; both while the box is ticked. */
  updateZones() {
    if (!this.situationMap) return;
    const on = this.showZones.checked;
    this.situationMap.setLayerVisible("plan_zones", on);
    const card = this.card;
    const looking = on && card && !this.active.some((p) => p.id === card.id);
    this.situationMap.preview(looking ? [
      ...(card.zone ? [{ type: "Feature", id: `plan.${card.id}`, geometry: card.zone, properties: { title: card.title } }] : []),
      ...card.perimeters.features, ...card.anchors.features] : null);
  }

  /** After an activation or deactivation: the plan zones layer read again. */
  async refreshZones() {
    if (!this.situationMap) return;
    try {
      await this.situationMap.reloadLayer("plan_zones");
    } catch (error) {
      if (error.name !== "AbortError") this.say(error.message, true);
    }
    this.updateZones();
  }

  destroy() {
    if (this.request) this.request.abort();
    if (this.situationMap) this.situationMap.preview(null);
    this.toggle.remove();
    this.panel.remove();
  }
}

/** The panel for the open situation (and its map, if drawn); call destroy() when the situation closes. */
export function openPlansPanel(situation, situationMap) {
  return new PlansPanel(situation, situationMap);
}
