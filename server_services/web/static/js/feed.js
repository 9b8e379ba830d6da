// The live logbook of one situation: entries newest first, filters, the form to post, and the live stream.

import { api, authFetch, errorFrom, query } from "./api.js";
import { $, h, randomKey, show, timeElement } from "./dom.js";
import { t } from "./i18n.js";
import { followStream } from "./sse.js";

export const CHANNELS = ["multidisciplinary", "D1", "D2", "D3", "D4", "D5", "coordination"];
export const PRIORITIES = ["info", "important", "urgent"];
const PAGE = 50;

/** The channels `user` may post in; the API applies the same rule (feed_store.may_post_in) and has the last word. */
export function writableChannels(user) {
  if (!user) return ["multidisciplinary"];
  if (user.role === "coordinator" || user.role === "admin") return CHANNELS.slice();
  const discipline = user.organisation && user.organisation.discipline;
  return ["multidisciplinary", discipline && CHANNELS.includes(discipline) ? discipline : "coordination"];
}

function newestFirst(a, b) {
  return String(b.created_at).localeCompare(String(a.created_at)) || b.id - a.id;
}

async function download(attachment) {
  // The file needs the bearer token, so it cannot be a plain link.
  const response = await authFetch(attachment.url);
  if (!response.ok) throw await errorFrom(response);
  const url = URL.createObjectURL(await response.blob());
  const link = h("a", { href: url, download: attachment.filename || "attachment" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export class Logbook {
  /** situation: the API's situation; user: /api/me; hooks: onShowLocation(lonLat, urgent), onFatal(status). */
  constructor(situation, user, { onShowLocation = () => {}, onFatal = () => {} } = {}) {
    this.situation = situation;
    this.user = user;
    this.onShowLocation = onShowLocation;
    this.onFatal = onFatal;
    this.entries = new Map(); // id -> entry, every channel that was loaded
    this.correctedBy = new Map(); // id -> [ids of the entries that correct it]
    this.nodes = new Map(); // id -> <li>
    this.cursor = null; // next page (older) for the current filter
    this.stream = null;
    this.correcting = null;
    this.idempotencyKey = null;
    this.list = $("entries");
    this.listeners = [];
    this.setUpTools();
    this.setUpForm();
  }

  // --- wiring -----------------------------------------------------------------------------------------
  listen(el, type, handler) {
    el.addEventListener(type, handler);
    this.listeners.push([el, type, handler]);
  }

  setUpTools() {
    const filter = $("feed-channel-filter");
    filter.replaceChildren(h("option", { value: "" }, t("allChannels")),
      ...CHANNELS.map((c) => h("option", { value: c }, t(`channels.${c}`))));
    $("feed-urgent-only").checked = false;
    this.listen(filter, "change", () => this.reload());
    this.listen($("feed-urgent-only"), "change", () => this.reload());
    this.listen($("feed-more"), "click", () => this.loadOlder());
  }

  setUpForm() {
    const form = $("entry-form");
    const canWrite = Boolean(this.situation.permissions && this.situation.permissions.can_write);
    show(form, canWrite);
    if (!canWrite) return;
    this.setWritableChannels(writableChannels(this.user));
    $("entry-priority").replaceChildren(...PRIORITIES.map((p) => h("option", { value: p }, t(`priorities.${p}`))));
    $("entry-priority").value = "info";
    $("entry-body").value = "";
    this.setCorrecting(null);
    this.listen(form, "submit", (event) => {
      event.preventDefault();
      this.post();
    });
    this.listen($("entry-body"), "keydown", (event) => {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.post();
      }
    });
    this.listen($("entry-body"), "input", () => { this.idempotencyKey = null; });
    this.listen($("entry-correcting-cancel"), "click", () => this.setCorrecting(null));
  }

  setWritableChannels(channels) {
    const select = $("entry-channel");
    const previous = select.value;
    select.replaceChildren(...channels.map((c) => h("option", { value: c }, t(`channels.${c}`))));
    // A discipline writes in its own feed first; a crisis cell in the multidisciplinary one.
    const own = channels.length === 2 ? channels.find((c) => /^D\d$/.test(c)) : undefined;
    select.value = channels.includes(previous) ? previous : own || "multidisciplinary";
  }

  get filter() {
    return { channel: $("feed-channel-filter").value, priority: $("feed-urgent-only").checked ? "urgent" : "" };
  }

  matches(entry) {
    const { channel, priority } = this.filter;
    return (!channel || entry.channel === channel) && (!priority || entry.priority === priority);
  }

  // --- loading ----------------------------------------------------------------------------------------
  async start() {
    await this.reload();
    const last = Math.max(0, ...this.entries.keys());
    this.stream = followStream(`/api/situations/${this.situation.id}/feed/stream`, {
      lastEventId: last,
      onEvent: (event) => this.onStreamEvent(event),
      onState: (state) => this.showLiveState(state),
      onFatal: (status) => this.onFatal(status),
    });
  }

  async fetchPage(cursor) {
    const body = await api(`/situations/${this.situation.id}/feed${query({ ...this.filter, cursor, limit: PAGE })}`);
    for (const entry of body.items) this.remember(entry);
    this.cursor = body.next_cursor;
    show($("feed-more"), Boolean(this.cursor));
  }

  async reload() {
    this.list.setAttribute("aria-busy", "true");
    try {
      await this.fetchPage(null);
      this.renderAll();
    } catch (error) {
      this.renderMessage(t("errorGeneric", { message: error.message }), true);
    } finally {
      this.list.removeAttribute("aria-busy");
    }
  }

  async loadOlder() {
    if (!this.cursor) return;
    try {
      await this.fetchPage(this.cursor);
      this.renderAll();
    } catch (error) {
      this.renderMessage(t("errorGeneric", { message: error.message }), true);
    }
  }

  remember(entry) {
    const known = this.entries.has(entry.id);
    this.entries.set(entry.id, entry);
    if (entry.corrects_id && !known) {
      const list = this.correctedBy.get(entry.corrects_id) || [];
      list.push(entry.id);
      this.correctedBy.set(entry.corrects_id, list);
    }
    return !known;
  }

  onStreamEvent(event) {
    if (event.event !== "feed_entry") return;
    let entry;
    try {
      entry = JSON.parse(event.data);
    } catch {
      return;
    }
    if (entry.situation_id !== this.situation.id) return;
    if (this.remember(entry)) this.placeEntry(entry, true);
  }

  showLiveState(state) {
    const el = $("live-state");
    const text = { live: t("live"), connecting: t("connecting"), reconnecting: t("reconnecting"), closed: t("offline") };
    el.className = `live live--${state}`;
    el.textContent = text[state] || "";
  }

  // --- rendering --------------------------------------------------------------------------------------
  renderMessage(text, error = false) {
    this.list.replaceChildren(h("li", { class: error ? "entries__empty form-error" : "entries__empty" }, text));
  }

  renderAll() {
    // Announce only what arrives later, not the whole list again.
    this.list.setAttribute("aria-live", "off");
    this.nodes.clear();
    const visible = [...this.entries.values()].filter((e) => this.matches(e)).sort(newestFirst);
    if (!visible.length) {
      this.renderMessage(this.entries.size && (this.filter.channel || this.filter.priority)
        ? t("noEntriesFiltered") : t("noEntries"));
    } else {
      this.list.replaceChildren(...visible.map((e) => this.entryNode(e)));
    }
    requestAnimationFrame(() => this.list.setAttribute("aria-live", "polite"));
  }

  /** Puts one entry where it belongs (newest first), without redrawing the others. */
  placeEntry(entry, fresh = false) {
    if (entry.corrects_id) this.refreshNode(entry.corrects_id);
    if (!this.matches(entry)) return;
    const node = this.entryNode(entry);
    if (fresh) node.classList.add("entry--fresh");
    const empty = this.list.querySelector(".entries__empty");
    if (empty) empty.remove();
    const after = [...this.nodes.entries()]
      .filter(([id]) => id !== entry.id)
      .map(([id, el]) => [this.entries.get(id), el])
      .sort((a, b) => newestFirst(a[0], b[0]))
      .find(([other]) => newestFirst(entry, other) < 0);
    this.list.insertBefore(node, after ? after[1] : null);
  }

  refreshNode(id) {
    const old = this.nodes.get(id);
    if (old && this.entries.has(id)) old.replaceWith(this.entryNode(this.entries.get(id)));
  }

  entryNode(entry) {
    const canWrite = Boolean(this.situation.permissions && this.situation.permissions.can_write);
    const correctedBy = this.correctedBy.get(entry.id) || [];
    const author = entry.author ? entry.author.display_name : t("system");
    const organisation = entry.organisation ? entry.organisation.name : "";
    const location = entry.location && entry.location.type === "Point" ? entry.location.coordinates : null;
    const actions = [];
    if (location) {
      actions.push(h("button", {
        type: "button", class: "link-button",
        onclick: () => this.onShowLocation(location, entry.priority === "urgent"),
      }, t("showOnMap")));
    }
    if (canWrite && !entry.is_system) {
      actions.push(h("button", {
        type: "button", class: "link-button", "aria-label": t("correctThis", { id: entry.id }),
        onclick: () => this.setCorrecting(entry),
      }, t("correct")));
    }
    const node = h("li", {
      class: [
        "entry", `entry--${entry.priority}`, entry.is_system ? "entry--system" : "",
        correctedBy.length ? "entry--corrected" : "", entry.corrects_id ? "entry--correction" : "",
      ].filter(Boolean).join(" "),
      id: `entry-${entry.id}`,
      tabindex: "-1",
      dataset: { id: entry.id, channel: entry.channel, priority: entry.priority },
    },
    h("div", { class: "entry__meta" },
      timeElement(entry.created_at),
      h("span", { class: `chip chip--${entry.channel}` }, t(`channels.${entry.channel}`)),
      entry.priority !== "info"
        ? h("span", { class: `prio prio--${entry.priority}` }, t(`priorities.${entry.priority}`)) : null,
      h("span", { class: "entry__id" }, `#${entry.id}`)),
    entry.corrects_id ? h("p", { class: "entry__corrects" },
      h("a", { href: `#entry-${entry.corrects_id}`, onclick: (e) => this.jumpTo(e, entry.corrects_id) },
        `↳ ${t("corrects", { id: entry.corrects_id })}`)) : null,
    h("p", { class: "entry__body" }, entry.body),
    (entry.attachments || []).length ? h("ul", { class: "entry__files" }, entry.attachments.map((a) =>
      h("li", {}, h("button", {
        type: "button", class: "link-button",
        onclick: () => download(a).catch((err) => alert(t("errorGeneric", { message: err.message }))),
      }, t("attachment", { name: a.filename }))))) : null,
    correctedBy.length ? h("p", { class: "entry__corrected-by" },
      t("correctedBy", { ids: correctedBy.join(", #") })) : null,
    h("div", { class: "entry__foot" },
      h("span", { class: "entry__author" }, [author, organisation].filter(Boolean).join(" · ")),
      actions.length ? h("span", { class: "entry__actions" }, actions) : null));
    this.nodes.set(entry.id, node);
    return node;
  }

  async jumpTo(event, id) {
    event.preventDefault();
    if (!this.entries.has(id)) {
      try {
        this.remember(await api(`/situations/${this.situation.id}/feed/${id}`));
      } catch {
        return;
      }
    }
    if (!this.nodes.has(id)) {
      $("feed-channel-filter").value = "";
      $("feed-urgent-only").checked = false;
      this.renderAll();
    }
    const node = this.nodes.get(id);
    if (!node) return;
    node.scrollIntoView({ block: "center", behavior: "smooth" });
    node.classList.remove("entry--target");
    void node.offsetWidth; // restart the highlight animation
    node.classList.add("entry--target");
    node.focus({ preventScroll: true });
  }

  // --- posting ----------------------------------------------------------------------------------------
  setCorrecting(entry) {
    this.correcting = entry ? entry.id : null;
    this.idempotencyKey = null;
    show($("entry-correcting"), Boolean(entry));
    if (entry) {
      $("entry-correcting-text").textContent = t("correcting", { id: entry.id });
      // The correction goes to the corrected entry's feed when the user may write there.
      if ([...$("entry-channel").options].some((o) => o.value === entry.channel)) $("entry-channel").value = entry.channel;
      $("entry-body").focus();
    }
  }

  async post() {
    const text = $("entry-body").value.trim();
    const error = $("entry-error");
    show(error, false);
    if (!text) {
      error.textContent = t("errorGeneric", { message: t("entryText") });
      show(error, true);
      $("entry-body").focus();
      return;
    }
    const button = $("entry-submit");
    button.disabled = true;
    button.textContent = t("posting");
    // The same key on a retry of the same text: the server then answers the entry it already has.
    this.idempotencyKey = this.idempotencyKey || randomKey();
    try {
      const entry = await api(`/situations/${this.situation.id}/feed`, {
        method: "POST",
        headers: { "Idempotency-Key": this.idempotencyKey },
        body: {
          channel: $("entry-channel").value,
          priority: $("entry-priority").value,
          body: text,
          ...(this.correcting ? { corrects_id: this.correcting } : {}),
        },
      });
      if (this.remember(entry)) this.placeEntry(entry, true);
      $("entry-body").value = "";
      $("entry-priority").value = "info";
      this.setCorrecting(null);
      this.idempotencyKey = null;
      this.list.scrollTop = 0;
    } catch (err) {
      if (err.status === 403 && Array.isArray(err.details.allowed) && err.details.allowed.length) {
        this.setWritableChannels(err.details.allowed.filter((c) => CHANNELS.includes(c)));
      }
      const fields = err.details && err.details.fields ? Object.values(err.details.fields).join("; ") : "";
      error.textContent = [err.code === "network" ? t("networkError") : err.message, fields]
        .filter(Boolean).join(" ");
      show(error, true);
    } finally {
      button.disabled = false;
      button.textContent = t("post");
    }
  }

  destroy() {
    if (this.stream) this.stream.stop();
    for (const [el, type, handler] of this.listeners) el.removeEventListener(type, handler);
    this.listeners = [];
    this.list.replaceChildren();
    show($("feed-more"), false);
  }
}
