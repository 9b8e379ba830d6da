// Contacts: the panel of a situation's people (grouped by role, tap-to-call, vCard) and the directory page for
// those who manage contacts (search, create, edit, link to the open situation). Every read is traced server-side.

import { api, authFetch, errorFrom, query, session } from "./api.js";
import "./contacts_strings.js";
import { $, h, show } from "./dom.js";
import { label, t } from "./i18n.js";

// Codes and labels of availability are the database's (crisis.contact_availabilities, /api/reference).
const AVAILABILITIES = ["available", "on_call", "unavailable"];
const tc = (key, vars) => t(`contacts.${key}`, vars);

/** "+3232011121" -> "+32 3 201 11 21" (Belgian numbers grouped as spoken; others as stored). */
export function formatPhone(e164) {
  const m = /^\+32(\d+)$/.exec(e164 || "");
  if (!m) return e164;
  const n = m[1];
  const pairs = (s) => s.replace(/(\d{2})(?=\d)/g, "$1 ");
  if (n.length === 9 && n.startsWith("4")) return `+32 ${n.slice(0, 3)} ${pairs(n.slice(3))}`;
  if (n.length === 8 && "2349".includes(n[0])) return `+32 ${n[0]} ${n.slice(1, 4)} ${pairs(n.slice(4))}`;
  if (n.length === 8) return `+32 ${n.slice(0, 2)} ${pairs(n.slice(2))}`;
  return e164;
}

export function mayManageContacts(user) {
  return Boolean(user && (user.role === "admin" || user.role === "coordinator"));
}

/** Downloads a vCard the API sends (the token goes in a header, so a plain link cannot fetch it). */
async function downloadVcard(path, filename) {
  const response = await authFetch(`/api${path}`, { headers: { Accept: "text/vcard" } });
  if (!response.ok) throw await errorFrom(response);
  const url = URL.createObjectURL(await response.blob());
  const link = h("a", { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function phoneLinks(contact) {
  return h("ul", { class: "contact__phones" }, (contact.phones || []).map((phone) => h("li", {},
    h("a", { class: "contact__phone", href: `tel:${phone}`, "aria-label": tc("call", { name: contact.full_name }) },
      formatPhone(phone)))));
}

function availabilityBadge(contact) {
  return h("span", { class: `contact__availability contact__availability--${contact.availability}` },
    label("contact_availabilities", contact.availability));
}

// --- the panel of a situation -------------------------------------------------------------------------------------
export class ContactsPanel {
  constructor() {
    this.panel = $("contacts-panel");
    this.list = $("contacts-list");
    this.status = $("contacts-status");
    this.situation = null;
    $("contacts-toggle").addEventListener("click", () => (this.panel.hidden ? this.open() : this.close()));
    $("contacts-close").addEventListener("click", () => this.close());
    $("contacts-download-all").addEventListener("click", () => this.downloadAll());
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && !this.panel.hidden) this.close();
    });
  }

  /** Follows the open situation (null when none); the panel loads when it is opened. */
  setSituation(situation) {
    this.situation = situation;
    this.list.replaceChildren();
    // The directory opened from here offers to link people to this situation.
    $("contacts-directory-link").href = situation ? `#/contacts?situation=${situation.id}` : "#/contacts";
    show($("contacts-toggle"), Boolean(situation));
    if (!situation) this.close();
    else if (!this.panel.hidden) this.load();
  }

  open() {
    show(this.panel, true);
    $("contacts-toggle").setAttribute("aria-expanded", "true");
    this.load();
    $("contacts-title").focus({ preventScroll: true });
  }

  close() {
    show(this.panel, false);
    $("contacts-toggle").setAttribute("aria-expanded", "false");
  }

  setStatus(text) {
    this.status.textContent = text || "";
    show(this.status, Boolean(text));
  }

  async load() {
    const situation = this.situation;
    if (!situation) return;
    this.setStatus(tc("loading"));
    let body;
    try {
      body = await api(`/situations/${situation.id}/contacts`);
    } catch (error) {
      if (this.situation === situation) this.setStatus(tc("failed", { message: error.message }));
      return;
    }
    if (this.situation !== situation) return;
    this.render(body.items);
  }

  render(items) {
    const groups = new Map();
    for (const item of items) {
      const role = item.role || tc("noRole");
      if (!groups.has(role)) groups.set(role, []);
      groups.get(role).push(item);
    }
    this.list.replaceChildren(...[...groups].map(([role, people]) => h("section", { class: "contact-group" },
      h("h3", { class: "contact-group__role" }, role),
      h("ul", { class: "contact-group__people" }, people.map((item) => this.person(item))))));
    this.setStatus(items.length ? "" : tc("none"));
  }

  person(item) {
    const contact = item.contact;
    const plans = item.sources.filter((s) => s.kind === "plan").map((s) => tc("fromPlan", { code: s.plan.code }));
    return h("li", { class: "contact", dataset: { contactId: contact.id } },
      h("div", { class: "contact__head" },
        h("span", { class: "contact__name" }, contact.full_name), availabilityBadge(contact)),
      h("p", { class: "contact__meta" }, [contact.function, contact.organisation.name, ...plans]
        .filter(Boolean).join(" · ")),
      phoneLinks(contact),
      contact.radio_call_sign ? h("p", { class: "contact__meta" }, `${tc("callSign")}: ${contact.radio_call_sign}`) : null,
      contact.email ? h("a", { class: "contact__email", href: `mailto:${contact.email}` }, contact.email) : null,
      h("button", { type: "button", class: "link-button contact__vcard",
        onclick: () => downloadVcard(`/contacts/${contact.id}/vcard`, `contact-${contact.id}.vcf`)
          .catch((error) => this.setStatus(tc("failed", { message: error.message }))) }, tc("download")));
  }

  downloadAll() {
    if (!this.situation) return;
    const id = this.situation.id;
    downloadVcard(`/situations/${id}/contacts/vcard`, `situation-${id}-contacts.vcf`)
      .catch((error) => this.setStatus(tc("failed", { message: error.message })));
  }
}

// --- the directory --------------------------------------------------------------------------------------------------
export class ContactDirectory {
  constructor() {
    this.form = $("contacts-search");
    this.results = $("contacts-results");
    this.detail = $("contacts-detail");
    this.situation = null; // {id, title} to link to, when the directory was opened from a situation
    this.timer = null;
    const select = $("contacts-availability");
    select.replaceChildren(h("option", { value: "" }, tc("all")),
      ...AVAILABILITIES.map((a) => h("option", { value: a }, label("contact_availabilities", a))));
    this.form.addEventListener("input", () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.search(), 250);
    });
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.search();
    });
    $("contacts-new").addEventListener("click", () => this.edit(null));
  }

  async show(situationId) {
    this.situation = null;
    const back = $("contacts-back");
    show(back, Boolean(situationId));
    if (situationId) {
      back.href = `#/situations/${situationId}`;
      try {
        this.situation = await api(`/situations/${situationId}`);
      } catch {
        this.situation = null;
      }
    }
    const allowed = mayManageContacts(session.user);
    show($("contacts-not-allowed"), !allowed);
    show(this.form, allowed);
    show($("contacts-new"), allowed);
    this.detail.replaceChildren(allowed ? h("p", { class: "muted" }, tc("choose")) : "");
    this.results.replaceChildren();
    if (allowed) this.search();
  }

  async search() {
    const params = { q: $("contacts-q").value.trim(), availability: $("contacts-availability").value, limit: 50 };
    try {
      const body = await api(`/contacts${query(params)}`);
      $("contacts-count").textContent = tc("results", { n: body.total });
      this.results.replaceChildren(...body.items.map((item) => h("li", { class: "directory-item" },
        h("button", { type: "button", class: "directory-item__open", dataset: { contactId: item.id },
          onclick: () => this.open(item.id) },
        h("span", { class: "contact__name" }, item.full_name),
        h("span", { class: "contact__meta" }, [item.function, item.organisation.name].filter(Boolean).join(" · ")),
        availabilityBadge(item)))));
    } catch (error) {
      $("contacts-count").textContent = tc("failed", { message: error.message });
    }
  }

  async open(id) {
    let card;
    try {
      card = await api(`/contacts/${id}`);
    } catch (error) {
      this.detail.replaceChildren(h("p", { class: "form-error" }, error.status === 404 ? tc("notFound") : error.message));
      return;
    }
    const links = card.links.map((l) => (l.situation ? l.situation.title : `${l.plan.code} ${l.plan.title}`)
      + (l.role ? ` (${l.role})` : ""));
    this.detail.replaceChildren(
      h("h2", { id: "contact-card-name" }, card.full_name),
      h("p", { class: "contact__meta" }, [card.function, card.organisation.name].filter(Boolean).join(" · ")),
      availabilityBadge(card), phoneLinks(card),
      card.email ? h("p", {}, h("a", { href: `mailto:${card.email}` }, card.email)) : null,
      card.radio_call_sign ? h("p", { class: "contact__meta" }, `${tc("callSign")}: ${card.radio_call_sign}`) : null,
      card.notes ? h("p", { class: "contact__notes" }, card.notes) : null,
      links.length ? h("p", { class: "contact__meta" }, `${tc("namedIn")}: ${links.join("; ")}`) : null,
      card.permissions.can_manage ? this.linkForm(card) : null,
      card.permissions.can_manage ? h("button", { type: "button", class: "button button--ghost", id: "contact-edit-open",
        onclick: () => this.edit(card) }, tc("edit")) : null);
  }

  linkForm(card) {
    if (!this.situation) return null;
    const role = h("input", { id: "contact-link-role", type: "text", maxlength: 200 });
    const message = h("p", { class: "muted", role: "status" });
    return h("form", { class: "contact-link", onsubmit: async (event) => {
      event.preventDefault();
      try {
        await api(`/contacts/${card.id}/links`, { method: "POST",
          body: { situation_id: this.situation.id, role: role.value.trim() } });
        message.textContent = tc("linked");
      } catch (error) {
        message.textContent = error.message;
      }
    } },
    h("label", { for: "contact-link-role" }, tc("role")), role,
    h("button", { type: "submit", class: "button button--primary", id: "contact-link-submit" },
      tc("linkTo", { title: this.situation.title })), message);
  }

  edit(card) {
    const field = (name, label, value, attrs = {}) => h("div", { class: "field" },
      h("label", { for: `contact-edit-${name}` }, label),
      attrs.rows ? h("textarea", { id: `contact-edit-${name}`, name, rows: attrs.rows }, value || "")
        : h("input", { id: `contact-edit-${name}`, name, type: attrs.type || "text", value: value || "" }));
    const availability = h("select", { id: "contact-edit-availability", name: "availability" },
      AVAILABILITIES.map((a) => h("option", { value: a, selected: (card ? card.availability : "on_call") === a },
        label("contact_availabilities", a))));
    const error = h("p", { class: "form-error", role: "alert", hidden: true });
    const form = h("form", { class: "contact-edit", id: "contact-edit" },
      field("full_name", tc("fullName"), card && card.full_name),
      field("function", tc("function"), card && card.function),
      field("phones", tc("phones"), card ? card.phones.map(formatPhone).join("\n") : "", { rows: 3 }),
      field("email", tc("email"), card && card.email, { type: "email" }),
      field("radio_call_sign", tc("callSign"), card && card.radio_call_sign),
      h("div", { class: "field" }, h("label", { for: "contact-edit-availability" }, tc("availability")), availability),
      field("notes", tc("notes"), card && card.notes, { rows: 3 }),
      error, h("button", { type: "submit", class: "button button--primary", id: "contact-edit-save" }, tc("save")));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const body = {
        full_name: data.get("full_name"), function: data.get("function"),
        phones: String(data.get("phones")).split("\n").map((p) => p.trim()).filter(Boolean),
        email: String(data.get("email")).trim() || null, radio_call_sign: String(data.get("radio_call_sign")).trim() || null,
        availability: data.get("availability"), notes: data.get("notes"),
      };
      try {
        const saved = card
          ? await api(`/contacts/${card.id}`, { method: "PATCH", body: { ...body, version: card.version } })
          : await api("/contacts", { method: "POST", body });
        this.search();
        this.open(saved.id);
      } catch (err) {
        const fields = (err.details && err.details.fields) || {};
        error.textContent = [err.message, ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`)].join(" ");
        show(error, true);
      }
    });
    this.detail.replaceChildren(h("h2", {}, card ? card.full_name : tc("newContact")), form);
  }
}
