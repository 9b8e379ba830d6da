// The live logbook of one situation: entries newest first, search and filters, the form to post (with photos and
// files), previews of images, and the live stream. Times on the Brussels clock, zone named in the head.

import { api, authFetch, errorFrom, query } from "./api.js";
import { $, h, randomKey, show, timeElement } from "./dom.js";
import { brusselsToIso, codes, formatBytes, label, t, zoneName } from "./i18n.js";
import { followStream } from "./sse.js";

const PAGE = 50;
const MAX_FILES = 10;
const MAX_BYTES = 10 * 1024 * 1024; // what the API takes per file

/** The channels `user` may post in; the API applies the same rule (store/feeds.py may_post_in) and has the last word. */
export function writableChannels(user) {
  const channels = codes("feed_channels");
  if (!user) return ["multidisciplinary"];
  if (user.role === "coordinator" || user.role === "admin") return channels;
  const discipline = user.organisation && user.organisation.discipline;
  return ["multidisciplinary", discipline && channels.includes(discipline) ? discipline : "coordination"];
}

function newestFirst(a, b) {
  return String(b.created_at).localeCompare(String(a.created_at)) || b.id - a.id;
}

async function fetchBlob(attachment) {
  // Files need the bearer token, so they cannot be plain links or <img src>.
  const response = await authFetch(attachment.url);
  if (!response.ok) throw await errorFrom(response);
  return response.blob();
}

async function download(attachment) {
  const url = URL.createObjectURL(await fetchBlob(attachment));
  const link = h("a", { href: url, download: attachment.filename || "attachment" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function isImage(type) {
  return type === "image/png" || type === "image/jpeg";
}

// The filters under "More filters" (the search stays in view).
const REFINING = ["feed-channel-filter", "feed-organisation", "feed-since", "feed-until", "feed-urgent-only"];

export class Logbook {
  /** situation: the API's situation; user: /api/me; hooks: onShowLocation(lonLat, urgent), onFatal(status). */
  constructor(situation, user, { onShowLocation = () => {}, onFatal = () => {}, onEntry = () => {},
    pickLocation = null } = {}) {
    this.situation = situation;
    this.user = user;
    this.onShowLocation = onShowLocation;
    this.onFatal = onFatal;
    this.onEntry = onEntry; // each entry posted here or arriving live (the map shows those with a place)
    this.pickLocation = pickLocation; // () -> Promise<[lon, lat]>: a place picked on the map
    this.location = null; // [lon, lat] of the entry being written
    this.entries = new Map(); // id -> entry, every entry that was loaded
    this.correctedBy = new Map(); // id -> [ids of the entries that correct it]
    this.nodes = new Map(); // id -> <li>
    this.organisations = new Map(); // id -> name, for the organisation filter
    this.cursor = null; // next page (older) for the current filter
    this.stream = null;
    this.correcting = null;
    this.idempotencyKey = null;
    this.files = []; // files chosen for the next entry
    this.urls = new Set(); // object URLs to give back
    this.list = $("entries");
    this.listeners = [];
    this.previews = new IntersectionObserver((seen) => this.loadPreviews(seen), { rootMargin: "200px" });
    this.setUpTools();
    this.setUpForm();
  }

  // --- wiring -----------------------------------------------------------------------------------------
  listen(el, type, handler) {
    el.addEventListener(type, handler);
    this.listeners.push([el, type, handler]);
  }

  setUpTools() {
    $("logbook-clock").textContent = t("logbook.clock", { zone: zoneName() });
    $("feed-filters").reset();
    $("feed-channel-filter").replaceChildren(h("option", { value: "" }, t("logbook.allChannels")),
      ...codes("feed_channels").map((c) => h("option", { value: c }, label("feed_channels", c))));
    for (const org of [this.situation.owner_organisation, ...(this.situation.shared_with || [])]) {
      if (org) this.organisations.set(org.id, org.name);
    }
    this.fillOrganisations();
    for (const id of REFINING) this.listen($(id), "change", () => { this.countRefining(); this.reload(); });
    let typing = null;
    this.listen($("feed-q"), "input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => this.reload(), 350);
    });
    this.listen($("feed-filters"), "submit", (event) => { event.preventDefault(); this.reload(); });
    this.listen($("feed-clear"), "click", () => {
      $("feed-filters").reset();
      this.countRefining();
      this.reload();
    });
    this.countRefining();
    this.listen($("feed-more"), "click", () => this.loadOlder());
  }

  /** The closed filters say how many of them are set. */
  countRefining() {
    const n = REFINING.filter((id) => ($(id).type === "checkbox" ? $(id).checked : $(id).value !== "")).length;
    $("feed-refine-summary").textContent = n ? t("logbook.refineCount", { n }) : t("logbook.refine");
  }

  fillOrganisations() {
    const select = $("feed-organisation");
    const chosen = select.value;
    const names = [...this.organisations.entries()].sort((a, b) => a[1].localeCompare(b[1]));
    select.replaceChildren(h("option", { value: "" }, t("logbook.allOrganisations")),
      ...names.map(([id, name]) => h("option", { value: id }, name)));
    select.value = chosen;
  }

  /** Why this user sees no form to post, or null when the form is there. */
  readOnlyReason() {
    const s = this.situation;
    if (s.permissions && s.permissions.can_write) return null;
    if (!["draft", "active"].includes(s.status)) {
      return t("logbook.closedReason", { status: label("situation_statuses", s.status) });
    }
    if (this.user && this.user.role === "reader") {
      return t("logbook.readerReason", { role: label("user_roles", "reader") });
    }
    return t("logbook.noWriteReason");
  }

  setUpForm() {
    const form = $("entry-form");
    const reason = this.readOnlyReason();
    show(form, !reason);
    show($("jump-post"), !reason);
    $("entry-readonly").textContent = reason || "";
    show($("entry-readonly"), Boolean(reason));
    if (reason) return;
    this.setWritableChannels(writableChannels(this.user));
    $("entry-priority").replaceChildren(...codes("feed_priorities").map((p) =>
      h("option", { value: p }, label("feed_priorities", p))));
    $("entry-priority").value = "info";
    $("entry-body").value = "";
    this.setFiles([]);
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
    for (const id of ["entry-photo", "entry-file"]) {
      this.listen($(id), "change", (event) => {
        this.setFiles([...this.files, ...event.target.files]);
        event.target.value = "";
      });
    }
    show($("entry-locate"), Boolean(this.pickLocation));
    this.setLocation(null);
    if (this.pickLocation) {
      this.listen($("entry-locate"), "click", async () => this.setLocation(await this.pickLocation()));
      this.listen($("entry-location-clear"), "click", () => this.setLocation(null));
    }
  }

  setLocation(lonLat) {
    this.location = lonLat;
    this.idempotencyKey = null;
    $("entry-location-text").textContent = lonLat
      ? t("map.placeChosen", { lon: lonLat[0].toFixed(5), lat: lonLat[1].toFixed(5) }) : "";
    show($("entry-location"), Boolean(lonLat));
  }

  /** The situation changed (its lifecycle): the form follows its rights. */
  setSituation(situation) {
    this.situation = situation;
    for (const [el, type, handler] of this.listeners.filter(([el]) => el.closest("#entry-form"))) {
      el.removeEventListener(type, handler);
    }
    this.listeners = this.listeners.filter(([el]) => !el.closest("#entry-form"));
    this.setUpForm();
  }

  setWritableChannels(channels) {
    const select = $("entry-channel");
    const previous = select.value;
    select.replaceChildren(...channels.map((c) => h("option", { value: c }, label("feed_channels", c))));
    // A discipline writes in its own feed first; a crisis cell in the multidisciplinary one.
    const own = channels.length === 2 ? channels.find((c) => /^D\d$/.test(c)) : undefined;
    select.value = channels.includes(previous) ? previous : own || "multidisciplinary";
  }

  // --- files chosen for the next entry ------------------------------------------------------------------
  setFiles(files) {
    const error = $("entry-error");
    const kept = [];
    for (const file of files) {
      if (file.size > MAX_BYTES) {
        error.textContent = t("entry.fileTooLarge", { name: file.name, size: formatBytes(MAX_BYTES) });
        show(error, true);
      } else if (kept.length < MAX_FILES) {
        kept.push(file);
      }
    }
    this.files = kept;
    this.idempotencyKey = null;
    const list = $("entry-chosen");
    list.replaceChildren(...kept.map((file, n) => {
      let preview = null;
      if (isImage(file.type)) {
        const url = URL.createObjectURL(file);
        this.urls.add(url);
        preview = h("img", { src: url, alt: "", class: "file-thumb" });
      }
      return h("li", { class: "chosen-file" }, preview,
        h("span", { class: "chosen-file__name" }, `${file.name} (${formatBytes(file.size)})`),
        h("button", { type: "button", class: "icon-button", "aria-label": t("entry.removeFile", { name: file.name }),
          onclick: () => this.setFiles(this.files.filter((_, i) => i !== n)) }, "×"));
    }));
  }

  // --- filters ------------------------------------------------------------------------------------------
  get filter() {
    return {
      q: $("feed-q").value.trim(),
      channel: $("feed-channel-filter").value,
      organisation: $("feed-organisation").value,
      since: brusselsToIso($("feed-since").value),
      until: brusselsToIso($("feed-until").value),
      priority: $("feed-urgent-only").checked ? "urgent" : "",
    };
  }

  filtered() {
    return Object.values(this.filter).some(Boolean);
  }

  /** Whether an entry (from the stream) belongs in the list as filtered; a text search is the server's. */
  matches(entry) {
    const f = this.filter;
    if (f.q) return false;
    return (!f.channel || entry.channel === f.channel) && (!f.priority || entry.priority === f.priority)
      && (!f.organisation || (entry.organisation && String(entry.organisation.id) === f.organisation))
      && (!f.since || entry.created_at >= f.since) && (!f.until || entry.created_at < f.until);
  }

  // --- loading ----------------------------------------------------------------------------------------
  /** Loads the entries and follows the live stream; with a map (mapCursor: the map change its layers were read
   * at), the map's changes come on the same stream to onMapChange. */
  async start({ mapCursor = null, onMapChange = null } = {}) {
    await this.reload();
    const last = Math.max(0, ...this.entries.keys());
    const cursor = mapCursor ? await mapCursor.catch(() => null) : null;
    const withMap = cursor !== null && onMapChange !== null;
    this.stream = followStream(`/api/situations/${this.situation.id}/feed/stream${withMap ? "?map=1" : ""}`, {
      lastEventId: withMap ? `${last}.${cursor}` : last,
      onEvent: (event) => (event.event === "map_change"
        ? withMap && onMapChange(JSON.parse(event.data)) : this.onStreamEvent(event)),
      onState: (state) => this.showLiveState(state),
      onFatal: (status) => this.onFatal(status),
    });
  }

  async fetchPage(cursor) {
    const body = await api(`/situations/${this.situation.id}/feed${query({ ...this.filter, cursor, limit: PAGE })}`);
    for (const entry of body.items) this.remember(entry);
    this.cursor = body.next_cursor;
    show($("feed-more"), Boolean(this.cursor));
    return body.items;
  }

  async reload() {
    this.list.setAttribute("aria-busy", "true");
    try {
      this.shown = new Set((await this.fetchPage(null)).map((e) => e.id));
      this.renderAll();
    } catch (error) {
      this.renderMessage(t("app.error", { message: error.message }), true);
    } finally {
      this.list.removeAttribute("aria-busy");
    }
  }

  async loadOlder() {
    if (!this.cursor) return;
    try {
      for (const entry of await this.fetchPage(this.cursor)) this.shown.add(entry.id);
      this.renderAll();
    } catch (error) {
      this.renderMessage(t("app.error", { message: error.message }), true);
    }
  }

  remember(entry) {
    const known = this.entries.has(entry.id);
    this.entries.set(entry.id, entry);
    if (entry.organisation && !this.organisations.has(entry.organisation.id)) {
      this.organisations.set(entry.organisation.id, entry.organisation.name);
      this.fillOrganisations();
    }
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
    this.onEntry(entry);
    if (this.remember(entry)) this.placeEntry(entry, true);
  }

  showLiveState(state) {
    const el = $("live-state");
    const text = { live: t("logbook.live"), connecting: t("logbook.connecting"),
      reconnecting: t("logbook.reconnecting"), closed: t("logbook.offline") };
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
    const visible = [...this.entries.values()].filter((e) => this.shown.has(e.id)).sort(newestFirst);
    if (!visible.length) {
      this.renderMessage(this.filtered() ? t("logbook.noneFiltered") : t("logbook.none"));
    } else {
      this.list.replaceChildren(...visible.map((e) => this.entryNode(e)));
    }
    requestAnimationFrame(() => this.list.setAttribute("aria-live", "polite"));
  }

  /** Puts one entry where it belongs (newest first), without redrawing the others. */
  placeEntry(entry, fresh = false) {
    if (entry.corrects_id) this.refreshNode(entry.corrects_id);
    if (!this.matches(entry)) return;
    this.shown.add(entry.id);
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

  attachmentNode(attachment) {
    const name = t("entry.attachment", { name: attachment.filename, size: formatBytes(attachment.size_bytes) });
    const fail = (err) => {
      $("entry-error").textContent = t("app.error", { message: err.message });
      show($("entry-error"), !$("entry-form").hidden);
    };
    if (isImage(attachment.content_type)) {
      const img = h("img", { class: "entry__thumb", alt: t("entry.photo", { name: attachment.filename }),
        dataset: { url: attachment.url } });
      const button = h("button", { type: "button", class: "thumb-button", "aria-label": t("entry.openPhoto", {
        name: attachment.filename }), onclick: () => this.openImage(attachment).catch(fail) }, img);
      this.previews.observe(img);
      return h("li", { class: "entry__file entry__file--image" }, button,
        h("button", { type: "button", class: "link-button", onclick: () => download(attachment).catch(fail) }, name));
    }
    return h("li", { class: "entry__file" }, h("button", {
      type: "button", class: "link-button", onclick: () => download(attachment).catch(fail) }, name));
  }

  loadPreviews(seen) {
    for (const item of seen) {
      if (!item.isIntersecting) continue;
      const img = item.target;
      this.previews.unobserve(img);
      fetchBlob({ url: img.dataset.url }).then((blob) => {
        const url = URL.createObjectURL(blob);
        this.urls.add(url);
        img.src = url;
      }).catch(() => { img.alt = `${img.alt} (${t("entry.previewFailed")})`; });
    }
  }

  async openImage(attachment) {
    const url = URL.createObjectURL(await fetchBlob(attachment));
    this.urls.add(url);
    $("image-dialog-title").textContent = attachment.filename;
    $("image-dialog-img").src = url;
    $("image-dialog-img").alt = t("entry.photo", { name: attachment.filename });
    $("image-dialog-download").onclick = () => download(attachment);
    $("image-dialog").showModal();
  }

  entryNode(entry) {
    const canWrite = !this.readOnlyReason();
    const correctedBy = this.correctedBy.get(entry.id) || [];
    const author = entry.author ? entry.author.display_name : t("logbook.system");
    const organisation = entry.organisation ? entry.organisation.name : "";
    const location = entry.location && entry.location.type === "Point" ? entry.location.coordinates : null;
    const actions = [];
    if (location) {
      actions.push(h("button", {
        type: "button", class: "link-button", dataset: { action: "show-on-map" },
        onclick: () => this.onShowLocation(location, entry.priority === "urgent", entry.id),
      }, t("entry.showOnMap")));
    }
    if (canWrite && !entry.is_system) {
      actions.push(h("button", {
        type: "button", class: "link-button", "aria-label": t("entry.correctThis", { id: entry.id }),
        dataset: { action: "correct" }, onclick: () => this.setCorrecting(entry),
      }, t("entry.correct")));
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
      h("span", { class: `chip chip--${entry.channel}` }, label("feed_channels", entry.channel)),
      entry.priority !== "info"
        ? h("span", { class: `prio prio--${entry.priority}` }, label("feed_priorities", entry.priority)) : null,
      h("span", { class: "entry__id" }, `#${entry.id}`)),
    entry.corrects_id ? h("p", { class: "entry__corrects" },
      h("a", { href: `#entry-${entry.corrects_id}`, onclick: (e) => this.jumpTo(e, entry.corrects_id) },
        `↳ ${t("entry.corrects", { id: entry.corrects_id })}`)) : null,
    h("p", { class: "entry__body" }, entry.body),
    (entry.attachments || []).length
      ? h("ul", { class: "entry__files" }, entry.attachments.map((a) => this.attachmentNode(a))) : null,
    correctedBy.length ? h("p", { class: "entry__corrected-by" },
      t("entry.correctedBy", { ids: correctedBy.join(", #") })) : null,
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
      $("feed-filters").reset();
      this.shown.add(id);
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
      $("entry-correcting-text").textContent = t("entry.correcting", { id: entry.id });
      // The correction goes to the corrected entry's feed when the user may write there, at its priority.
      if ([...$("entry-channel").options].some((o) => o.value === entry.channel)) $("entry-channel").value = entry.channel;
      $("entry-priority").value = entry.priority;
      $("entry-body").focus();
    } else {
      $("entry-priority").value = "info";
    }
  }

  async post() {
    const text = $("entry-body").value.trim();
    const error = $("entry-error");
    show(error, false);
    if (!text) {
      error.textContent = t("entry.empty");
      show(error, true);
      $("entry-body").focus();
      return;
    }
    const button = $("entry-submit");
    button.disabled = true;
    button.textContent = t("entry.posting");
    // The same key on a retry of the same text: the server then answers the entry it already has.
    this.idempotencyKey = this.idempotencyKey || randomKey();
    const entry = {
      channel: $("entry-channel").value,
      priority: $("entry-priority").value,
      body: text,
      ...(this.correcting ? { corrects_id: this.correcting } : {}),
      ...(this.location ? { location: { type: "Point", coordinates: this.location } } : {}),
    };
    let body = entry;
    if (this.files.length) {
      body = new FormData();
      body.append("entry", JSON.stringify(entry));
      for (const file of this.files) body.append("attachments", file, file.name);
    }
    try {
      const posted = await api(`/situations/${this.situation.id}/feed`, {
        method: "POST", headers: { "Idempotency-Key": this.idempotencyKey }, body,
      });
      this.onEntry(posted);
      if (this.remember(posted)) {
        this.placeEntry(posted, true);
      } else {
        this.refreshNode(posted.id);
      }
      this.setLocation(null);
      $("entry-body").value = "";
      this.setFiles([]);
      this.setCorrecting(null);
      this.idempotencyKey = null;
      this.list.scrollTop = 0;
    } catch (err) {
      if (err.status === 403 && Array.isArray(err.details.allowed) && err.details.allowed.length) {
        this.setWritableChannels(err.details.allowed);
      }
      const fields = err.details && err.details.fields ? Object.values(err.details.fields).join("; ") : "";
      error.textContent = [err.code === "network" ? t("app.networkError") : err.message, fields]
        .filter(Boolean).join(" ");
      show(error, true);
    } finally {
      button.disabled = false;
      button.textContent = t("entry.post");
    }
  }

  destroy() {
    if (this.stream) this.stream.stop();
    this.previews.disconnect();
    for (const [el, type, handler] of this.listeners) el.removeEventListener(type, handler);
    this.listeners = [];
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls.clear();
    this.list.replaceChildren();
    show($("feed-more"), false);
  }
}
