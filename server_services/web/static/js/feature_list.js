// The places and zones of the situation as a list beside the map: every feature reachable with the keyboard
// (and read by a screen reader), each one brought into view with its details on the map. Taken from the map's
// own layers, and redrawn as they change (live changes included); without a map, read from the OGC front's OGC
// API Features, with the same rights.

import { authFetch, errorFrom } from "./api.js";
import { $, h, show } from "./dom.js";
import { label, t } from "./i18n.js";

const LAYERS = [["perimeters", "perimeter_kinds"], ["anchors", "anchor_kinds"]];

export class FeatureList {
  constructor(situation, map) {
    this.situation = situation;
    this.map = map;
    this.toggle = $("feature-list-toggle");
    this.items = $("feature-list-items");
    this.onToggle = () => this.setOpen(this.toggle.getAttribute("aria-expanded") !== "true");
    this.toggle.addEventListener("click", this.onToggle);
    this.setOpen(false);
    $("feature-list-count").textContent = "";
    this.items.replaceChildren();
  }

  setOpen(open) {
    this.toggle.setAttribute("aria-expanded", String(open));
    show(this.items, open);
  }

  async fetchLayer(layer) {
    const url = `/ows/wfs3/collections/${layer}/items.json?situation_id=${Number(this.situation.id)}&limit=1000`;
    const response = await authFetch(url, { headers: { Accept: "application/geo+json, application/json" } });
    if (!response.ok) throw await errorFrom(response);
    const body = await response.json();
    return (body.features || []).map((f) => ({ ...f, id: `${layer}.${String(f.id).split(".").pop()}` }));
  }

  async load() {
    let groups;
    try {
      if (this.map && this.map.features) {
        await this.map.ready;
        groups = LAYERS.map(([layer, list]) => [layer, list, this.map.features(layer)]);
        if (!this.following) {
          this.following = true;
          let pending = null;
          this.map.onChange(() => {  // one redraw for a burst of changes (a plan's activation copies dozens)
            clearTimeout(pending);
            pending = setTimeout(() => { if (!this.destroyed) this.load(); }, 150);
          });
        }
      } else {
        groups = await Promise.all(LAYERS.map(async ([layer, list]) => [layer, list, await this.fetchLayer(layer)]));
      }
    } catch (error) {
      this.items.replaceChildren(h("li", { class: "form-error" }, t("app.error", { message: error.message })));
      return;
    }
    if (this.destroyed) return;
    // Redrawn only when what it lists changed (a moved vertex changes nothing here; focus and clicks stay put).
    const signature = JSON.stringify(groups.map(([, , features]) => features.map((f) =>
      [f.id, f.properties.kind, f.properties.label])));
    if (signature === this.signature) return;
    this.signature = signature;
    let count = 0;
    const nodes = [];
    for (const [layer, list, features] of groups) {
      if (!features.length) continue;
      count += features.length;
      features.sort((a, b) => label(list, a.properties.kind).localeCompare(label(list, b.properties.kind))
        || String(a.properties.label).localeCompare(String(b.properties.label)));
      nodes.push(h("li", { class: "feature-list__group" },
        h("h3", {}, t(layer === "anchors" ? "features.anchors" : "features.perimeters")),
        h("ul", {}, features.map((feature) => h("li", {},
          h("button", { type: "button", class: "feature-list__item", dataset: { feature: feature.id },
            onclick: () => this.map && this.map.showFeature(feature) },
          h("span", { class: "feature-list__kind" }, label(list, feature.properties.kind)),
          feature.properties.label ? h("span", { class: "feature-list__label" }, feature.properties.label)
            : null))))));
    }
    $("feature-list-count").textContent = `(${count})`;
    this.items.replaceChildren(...(nodes.length ? nodes : [h("li", { class: "muted" }, t("features.none"))]));
  }

  destroy() {
    this.destroyed = true;
    this.toggle.removeEventListener("click", this.onToggle);
    this.items.replaceChildren();
  }
}
