// What those who lead a situation do from its bar: edit it, move it through its lifecycle, raise or lower its
// phase and activation level (with the reason, written to the logbook), share it with organisations or withdraw
// it. The API has the last word on rights; every change names the version it was decided on.

import { api, query } from "./api.js";
import { $, h, show } from "./dom.js";
import { codes, label, t } from "./i18n.js";

// The lifecycle (server_services/store/situations.py TRANSITIONS) and the word of each move.
const MOVES = {
  draft: [["active", "actions.activate"], ["archived", "actions.archive"]],
  active: [["closed", "actions.close"]],
  closed: [["active", "actions.reopen"], ["archived", "actions.archive"]],
  archived: [],
};

function field(id, labelKey, control) {
  return h("div", { class: "field" }, h("label", { for: id }, t(labelKey)), control);
}

export class SituationActions {
  constructor(situation, { onChanged = () => {} } = {}) {
    this.situation = situation;
    this.onChanged = onChanged;
    this.bar = $("situation-actions");
    this.dialog = $("action-dialog");
    this.render();
  }

  render() {
    const s = this.situation;
    if (!s.permissions || !s.permissions.can_manage) {
      this.bar.replaceChildren();
      show(this.bar, false);
      return;
    }
    const open = ["draft", "active"].includes(s.status);
    const buttons = [];
    if (open) buttons.push(h("a", { class: "button button--ghost", href: `#/situations/${s.id}/edit` }, t("actions.edit")));
    for (const [status, key] of MOVES[s.status] || []) {
      buttons.push(h("button", { type: "button", class: "button button--ghost", dataset: { action: status },
        onclick: () => this.askStatus(status, key) }, t(key)));
    }
    if (open) {
      buttons.push(h("button", { type: "button", class: "button button--ghost", dataset: { action: "phase" },
        onclick: () => this.askLevel("phase") }, t("actions.phase")));
      buttons.push(h("button", { type: "button", class: "button button--ghost", dataset: { action: "level" },
        onclick: () => this.askLevel("activation_level") }, t("actions.level")));
    }
    buttons.push(h("button", { type: "button", class: "button button--ghost", dataset: { action: "share" },
      onclick: () => this.openShares() }, t("actions.share")));
    this.bar.replaceChildren(...buttons);
    show(this.bar, true);
  }

  changed(situation) {
    this.situation = situation;
    this.render();
    this.onChanged(situation);
  }

  // --- one dialog for every action ----------------------------------------------------------------------
  openDialog(title, body, confirmKey, onConfirm) {
    $("action-dialog-title").textContent = title;
    $("action-dialog-body").replaceChildren(...body);
    const error = $("action-dialog-error");
    show(error, false);
    const cancel = h("button", { type: "button", class: "button button--ghost",
      onclick: () => this.dialog.close() }, t(confirmKey ? "app.cancel" : "app.close"));
    const buttons = [cancel];
    if (confirmKey) {
      const confirm = h("button", { type: "button", class: "button button--primary", id: "action-dialog-confirm" },
        t(confirmKey));
      confirm.addEventListener("click", async () => {
        confirm.disabled = true;
        show(error, false);
        try {
          const situation = await onConfirm();
          this.dialog.close();
          this.changed(situation);
        } catch (err) {
          error.textContent = err.status === 409 && err.details && err.details.current_version
            ? t("actions.changedMeanwhile") : err.message;
          show(error, true);
        } finally {
          confirm.disabled = false;
        }
      });
      buttons.push(confirm);
    }
    $("action-dialog-buttons").replaceChildren(...buttons);
    this.dialog.showModal();
    const first = this.dialog.querySelector("select, textarea, input");
    if (first) first.focus();
  }

  reasonField() {
    return field("action-reason", "actions.reason",
      h("textarea", { id: "action-reason", rows: 3, maxlength: 1000 }));
  }

  reason() {
    const text = ($("action-reason") || { value: "" }).value.trim();
    return text ? { reason: text } : {};
  }

  askStatus(status, key) {
    const s = this.situation;
    const text = t("actions.statusQuestion", {
      from: label("situation_statuses", s.status), to: label("situation_statuses", status),
    });
    this.openDialog(t(key), [h("p", {}, text), this.reasonField()], key, () => api(`/situations/${s.id}/status`, {
      method: "POST", body: { status, version: s.version, ...this.reason() },
    }));
  }

  /** Raise or lower the phase or the activation level. */
  askLevel(column) {
    const s = this.situation;
    const list = column === "phase" ? "coordination_phases" : "activation_levels";
    const path = column === "phase" ? "phase" : "activation-level";
    const options = column === "phase" ? codes(list) : ["", ...codes(list)];
    const select = h("select", { id: "action-value" }, options.map((code) => h("option", { value: code },
      code ? label(list, code) : t("actions.noLevel"))));
    select.value = s[column] || "";
    this.openDialog(t(column === "phase" ? "actions.phaseTitle" : "actions.levelTitle"),
      [field("action-value", column === "phase" ? "actions.newPhase" : "actions.newLevel", select), this.reasonField()],
      "actions.apply", () => api(`/situations/${s.id}/${path}`, {
        method: "POST", body: { [column]: select.value || null, version: s.version, ...this.reason() },
      }));
  }

  // --- shares ---------------------------------------------------------------------------------------------
  openShares() {
    const s = this.situation;
    const shared = h("ul", { class: "share-list", id: "share-current" });
    const results = h("ul", { class: "share-list", id: "share-results", "aria-live": "polite" });
    const search = h("input", { id: "share-search", type: "search", autocomplete: "off", maxlength: 200 });
    let typing = null;
    search.addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => this.searchOrganisations(search.value.trim(), results), 250);
    });
    this.showShares(shared);
    this.openDialog(t("share.title", { title: s.title }), [
      h("h3", {}, t("share.current")), shared,
      field("share-search", "share.search", search), results,
    ], null, null);
  }

  showShares(list) {
    const s = this.situation;
    list.replaceChildren(...(s.shared_with.length ? s.shared_with.map((org) => h("li", {},
      h("span", {}, org.name),
      h("button", { type: "button", class: "button button--ghost button--small", dataset: { withdraw: org.id },
        onclick: () => this.setShare(org, false, list) }, t("share.withdraw"))))
      : [h("li", { class: "muted" }, t("share.none"))]));
  }

  async searchOrganisations(text, results) {
    if (!text) {
      results.replaceChildren();
      return;
    }
    let items = [];
    try {
      items = (await api(`/organisations${query({ q: text, limit: 20 })}`)).items;
    } catch (err) {
      results.replaceChildren(h("li", { class: "form-error" }, err.message));
      return;
    }
    const s = this.situation;
    const taken = new Set([s.owner_organisation.id, ...s.shared_with.map((o) => o.id)]);
    const offered = items.filter((org) => !taken.has(org.id));
    results.replaceChildren(...(offered.length ? offered.map((org) => h("li", {},
      h("span", {}, org.name),
      h("button", { type: "button", class: "button button--primary button--small", dataset: { share: org.id },
        onclick: () => this.setShare(org, true, $("share-current"), results) }, t("share.add"))))
      : [h("li", { class: "muted" }, t("share.noMatch"))]));
  }

  async setShare(org, shared, list, results = null) {
    const error = $("action-dialog-error");
    show(error, false);
    try {
      const situation = await api(`/situations/${this.situation.id}/shares/${org.id}`,
        { method: shared ? "PUT" : "DELETE" });
      this.changed(situation);
      this.showShares(list);
      if (results) results.replaceChildren();
      const search = $("share-search");
      if (search) {
        search.value = "";
        search.focus();
      }
    } catch (err) {
      error.textContent = err.message;
      show(error, true);
    }
  }

  destroy() {
    if (this.dialog.open) this.dialog.close();
    this.bar.replaceChildren();
    show(this.bar, false);
  }
}
