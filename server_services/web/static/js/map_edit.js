// Editing the situation map in the browser, for those who may write: anchors from the pictogram palette, zones
// drawn by hand, as rings around a point or downwind from the latest wind, vertices moved, kind, label, status
// and notes changed, features removed. Every write names the version it was based on; a conflict shows who
// changed the feature and when, their version on the map, and lets the user make the change again on top.

import { api } from "./api.js";
import { h, shortTime } from "./dom.js";
import { codes, label, t } from "./i18n.js";
import { writeGeometry } from "./map_data.js";
import { kindLabel, pictogramUrl } from "./map_style.js";


function select(name, options, value) {
  const el = h("select", { name }, options.map(([code, text]) => h("option", { value: code }, text)));
  el.value = value;
  return el;
}

function field(caption, control) {
  return h("label", { class: "field edit-field" }, h("span", {}, caption), control);
}

export class MapEditor {
  constructor({ map, target, situation, data, kinds, layers, onStatus, onFeatures, describe }) {
    Object.assign(this, { map, target, situation, data, kinds, layers, onStatus, onFeatures, describe });
    this.busy = false; // a drawing or a pick is under way: clicks are not for details
    this.interactions = [];
    this.overlay = new ol.source.Vector(); // drafts, their faults, the other version of a conflict
    this.overlayLayer = new ol.layer.Vector({
      source: this.overlay, zIndex: 90,
      style: (feature) => this.overlayStyle(feature),
    });
    this.history = new ol.source.Vector();
    this.historyLayer = new ol.layer.Vector({ source: this.history, zIndex: 80, style: new ol.style.Style({
      stroke: new ol.style.Stroke({ color: "#5b1a80", width: 2.5, lineDash: [4, 4] }),
      fill: new ol.style.Fill({ color: "rgba(91, 26, 128, 0.12)" }) }) });
    map.addLayer(this.overlayLayer);
    map.addLayer(this.historyLayer);
    this.snap = [new ol.interaction.Snap({ source: data.sources.perimeters }),
      new ol.interaction.Snap({ source: data.sources.anchors }), new ol.interaction.Snap({ source: this.overlay })];
    this.toolbar = this.buildToolbar();
    target.parentElement.append(this.toolbar);
  }

  // --- the toolbar ----------------------------------------------------------------------------------------
  buildToolbar() {
    const palette = h("div", { class: "palette", id: "anchor-palette", hidden: true, role: "listbox",
      "aria-label": t("map.edit.palette") },
    this.kinds.anchors.map((kind) => h("button", {
      type: "button", class: "palette__kind", dataset: { kind: kind.code }, title: kindLabel(kind), role: "option",
      onclick: () => {
        palette.hidden = true;
        this.placeAnchor(kind.code);
      },
    }, h("img", { src: pictogramUrl(kind.code), alt: "", width: 24, height: 24 }), h("span", {}, kindLabel(kind)))));
    const button = (id, text, onclick) => h("button", { type: "button", class: "map-button", id, onclick }, text);
    this.cancelButton = button("edit-cancel", t("map.edit.cancel"), () => this.reset());
    this.cancelButton.hidden = true;
    return h("div", { class: "edit-toolbar", id: "edit-toolbar", role: "toolbar", "aria-label": t("map.edit.tools") },
      button("edit-anchor", t("map.edit.placeAnchor"), () => { palette.hidden = !palette.hidden; }),
      button("edit-draw", t("map.edit.drawZone"), () => this.drawZone()),
      button("edit-rings", t("map.edit.rings"), () => this.generate("rings")),
      button("edit-downwind", t("map.edit.downwind"), () => this.generate("downwind")),
      this.cancelButton, palette);
  }

  overlayStyle(feature) {
    const role = feature.get("role");
    if (role === "fault") {
      return new ol.style.Style({ image: new ol.style.RegularShape({ points: 4, radius: 11, radius2: 0, angle: Math.PI / 4,
        stroke: new ol.style.Stroke({ color: "#b3261e", width: 4 }) }) });
    }
    const colour = role === "theirs" ? "#5b1a80" : "#1b5ea8";
    return new ol.style.Style({
      stroke: new ol.style.Stroke({ color: colour, width: 2.5, lineDash: role === "theirs" ? [8, 6] : undefined }),
      fill: new ol.style.Fill({ color: role === "theirs" ? "rgba(91,26,128,0.1)" : "rgba(27,94,168,0.15)" }),
      image: new ol.style.Circle({ radius: 7, fill: new ol.style.Fill({ color: colour }) }),
    });
  }

  use(...interactions) {
    for (const interaction of interactions) {
      this.map.addInteraction(interaction);
      this.interactions.push(interaction);
    }
    for (const snap of this.snap) {
      this.map.removeInteraction(snap);
      this.map.addInteraction(snap); // snapping must come after the interactions it serves
      this.interactions.push(snap);
    }
  }

  reset() {
    for (const interaction of this.interactions) {
      if (typeof interaction.setActive === "function") this.map.removeInteraction(interaction);
      else interaction.dispose(); // a click listener standing in for an interaction
    }
    this.interactions = [];
    this.overlay.clear();
    // The click that ended a drawing is seen by the map as a single click a moment later: not for details.
    clearTimeout(this.idle);
    this.idle = setTimeout(() => { this.busy = false; }, 400);
    this.cancelButton.hidden = true;
    this.onStatus(null);
  }

  start(hint) {
    this.reset();
    clearTimeout(this.idle);
    this.busy = true;
    this.cancelButton.hidden = false;
    this.onStatus(hint);
  }

  /** A refused write: the reason on the map, and the place of a geometry fault marked. */
  refused(error) {
    const location = error.details && error.details.location;
    if (location && location.coordinates) {
      this.overlay.addFeature(new ol.Feature({ geometry: new ol.geom.Point(ol.proj.fromLonLat(location.coordinates)),
        role: "fault" }));
    }
    this.onStatus(t("map.edit.refused", { message: error.message }), true);
  }

  async write(method, path, body) {
    return api(`/situations/${this.situation.id}${path}`, { method, body });
  }

  // --- anchors --------------------------------------------------------------------------------------------
  placeAnchor(kind) {
    this.start(t("map.edit.placeHint"));
    const draw = new ol.interaction.Draw({ type: "Point", source: this.overlay });
    draw.on("drawend", async (event) => {
      this.map.removeInteraction(draw);
      try {
        const saved = await this.write("POST", "/anchors", { kind, geometry: writeGeometry(event.feature.getGeometry()) });
        const feature = this.data.put("anchors", saved);
        this.reset();
        this.showForm(feature, "anchors");
      } catch (error) {
        this.reset();
        this.refused(error);
      }
    });
    this.use(draw);
  }

  // --- zones ----------------------------------------------------------------------------------------------
  drawZone() {
    this.start(t("map.edit.drawHint"));
    const draw = new ol.interaction.Draw({ type: "Polygon", source: this.overlay });
    draw.on("drawend", (event) => {
      this.map.removeInteraction(draw);
      event.feature.set("role", "draft");
      event.feature.set("kind", "red");
      this.onStatus(t("map.edit.adjustHint"));
      this.use(new ol.interaction.Modify({ source: this.overlay }));
      this.showDraftForm([event.feature]);
    });
    this.use(draw);
  }

  /** Rings around a point, or a zone downwind of it from the latest wind: computed by the server, then adjusted. */
  generate(shape) {
    this.start(t(shape === "rings" ? "map.edit.ringsHint" : "map.edit.downwindHint"));
    const pick = (event) => {
      this.map.un("singleclick", pick);
      const point = { type: "Point", coordinates: ol.proj.toLonLat(event.coordinate) };
      const request = shape === "rings"
        ? this.write("POST", "/perimeters/rings", { center: point })
        : this.write("POST", "/perimeters/downwind", { source: point, length_m: 2000 });
      request.then((answer) => {
        const features = (answer.features || [answer]).map((geojson) => {
          const feature = new ol.format.GeoJSON().readFeature(geojson, { featureProjection: "EPSG:3857" });
          feature.set("role", "draft");
          if (shape === "downwind") {
            feature.set("label", t("map.edit.downwindLabel", {
              deg: Math.round(answer.properties.wind_from_deg), speed: answer.properties.wind_speed_ms ?? "?" }));
          }
          return feature;
        });
        this.overlay.addFeatures(features);
        this.onStatus(t("map.edit.adjustHint"));
        this.use(new ol.interaction.Modify({ source: this.overlay }));
        this.showDraftForm(features);
      }).catch((error) => {
        this.reset();
        this.refused(error);
      });
    };
    this.map.on("singleclick", pick);
    this.interactions.push({ dispose: () => this.map.un("singleclick", pick) });
  }

  showDraftForm(drafts) {
    const rows = drafts.map((draft) => {
      const kind = select("kind", this.kinds.perimeters.map((k) => [k.code, kindLabel(k)]), draft.get("kind") || "orange");
      const labelInput = h("input", { type: "text", name: "label", maxlength: 200, value: draft.get("label") || "" });
      return { draft, kind, labelInput };
    });
    const error = h("p", { class: "form-error", role: "alert", hidden: true });
    const save = h("button", { type: "submit", class: "button button--primary", id: "draft-save" },
      t(drafts.length > 1 ? "map.edit.saveZones" : "map.edit.saveZone", { n: drafts.length }));
    const form = h("form", { class: "edit-form", id: "draft-form" },
      h("h3", { class: "feature__title" }, t("map.edit.newZones", { n: drafts.length })),
      rows.map((row, i) => h("div", { class: "edit-row" },
        field(t("map.fields.kind") + (drafts.length > 1 ? ` ${i + 1}` : ""), row.kind),
        field(t("map.fields.label"), row.labelInput))),
      error, h("div", { class: "edit-actions" }, save,
        h("button", { type: "button", class: "button button--ghost", onclick: () => { this.reset(); this.onFeatures(null); } },
          t("map.edit.cancel"))));
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      save.disabled = true;
      for (const row of rows.slice()) {
        try {
          const saved = await this.write("POST", "/perimeters", { kind: row.kind.value, label: row.labelInput.value,
            geometry: writeGeometry(row.draft.getGeometry()) });
          this.data.put("perimeters", saved);
          this.overlay.removeFeature(row.draft);
          rows.splice(rows.indexOf(row), 1);
        } catch (err) {
          this.refused(err);
          error.textContent = err.message;
          error.hidden = false;
          save.disabled = false;
          return;
        }
      }
      this.reset();
      this.onFeatures(null);
      this.onStatus(t("map.edit.saved"));
      setTimeout(() => this.onStatus(null), 2500);
    });
    this.onFeatures([form]);
  }

  // --- one feature: form, move, remove, history --------------------------------------------------------------
  decorate(node, feature, layer) {
    if (layer !== "anchors" && layer !== "perimeters") return;
    const actions = h("div", { class: "edit-actions" },
      h("button", { type: "button", class: "link-button", dataset: { action: "edit" },
        onclick: () => this.showForm(feature, layer) }, t("map.edit.edit")),
      h("button", { type: "button", class: "link-button", dataset: { action: "move" },
        onclick: () => this.reshape(feature, layer) }, t(layer === "anchors" ? "map.edit.move" : "map.edit.reshape")),
      h("button", { type: "button", class: "link-button", dataset: { action: "delete" },
        onclick: () => this.remove(feature, layer) }, t("map.edit.delete")),
      layer === "perimeters" ? h("button", { type: "button", class: "link-button", dataset: { action: "history" },
        onclick: () => this.showHistory(feature) }, t("map.edit.history")) : null);
    node.append(actions);
  }

  showForm(feature, layer, notice = null) {
    const p = feature.getProperties();
    const list = layer === "anchors" ? this.kinds.anchors : this.kinds.perimeters;
    const kind = select("kind", list.map((k) => [k.code, kindLabel(k)]), p.kind);
    const labelInput = h("input", { type: "text", name: "label", maxlength: 200, value: p.label || "" });
    const status = layer === "anchors"
      ? select("status", codes("anchor_statuses").map((s) => [s, label("anchor_statuses", s)]), p.status) : null;
    const notes = h("textarea", { name: "notes", rows: 2, maxlength: 4000 });
    notes.value = p.notes || "";
    const error = h("p", { class: "form-error", role: "alert", hidden: true });
    const form = h("form", { class: "edit-form", id: "feature-form", dataset: { layer, id: p.id } },
      h("h3", { class: "feature__title" }, t(layer === "anchors" ? "map.edit.anchorTitle" : "map.edit.zoneTitle",
        { id: p.id, version: p.version })),
      notice, field(t("map.fields.kind"), kind), field(t("map.fields.label"), labelInput),
      status ? field(t("map.fields.status"), status) : null, field(t("map.fields.notes"), notes), error,
      h("div", { class: "edit-actions" },
        h("button", { type: "submit", class: "button button--primary", id: "feature-save" }, t("map.edit.save")),
        h("button", { type: "button", class: "button button--ghost", id: "feature-delete",
          onclick: () => this.remove(feature, layer) }, t("map.edit.delete"))));
    const before = { kind: p.kind, label: p.label || "", notes: p.notes || "", status: p.status };
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const fields = { kind: kind.value, label: labelInput.value, notes: notes.value };
      if (status) fields.status = status.value;
      // Only what this user changed: made again after a conflict, it lands on the other version without undoing
      // what the other person changed there.
      const changes = Object.fromEntries(Object.entries(fields).filter(([name, value]) => value !== before[name]));
      if (!Object.keys(changes).length) {
        this.onFeatures([this.describe(feature, layer)]);
        return;
      }
      this.update(feature, layer, changes, p.version, error);
    });
    this.onFeatures([form]);
  }

  async update(feature, layer, changes, version, errorBox = null) {
    try {
      const saved = await this.write("PATCH", `/${layer}/${feature.get("id")}`, { version, ...changes });
      const current = this.data.put(layer, saved);
      this.overlay.clear();
      this.onStatus(t("map.edit.saved"));
      setTimeout(() => this.onStatus(null), 2500);
      this.onFeatures([this.describe(current, layer)]);
      return true;
    } catch (error) {
      if (error.status === 409 && error.details.current) {
        this.conflict(feature, layer, changes, error);
      } else {
        this.refused(error);
        if (errorBox) {
          errorBox.textContent = error.message;
          errorBox.hidden = false;
        }
      }
      return false;
    }
  }

  /** Someone else changed the feature since this edit's version: nothing was written. Their version is shown
   * (drawn dashed when the shape differs), and the user may make the same change again on top of it. */
  conflict(feature, layer, changes, error) {
    const theirs = this.data.put(layer, error.details.current);
    this.overlay.clear();
    if (changes.geometry) {
      const mine = new ol.Feature({ geometry: new ol.format.GeoJSON().readGeometry(changes.geometry,
        { featureProjection: "EPSG:3857" }), role: "draft" });
      this.overlay.addFeature(mine);
    }
    const who = error.details.changed_by || {};
    const box = h("div", { class: "conflict", id: "conflict", role: "alert" },
      h("p", { class: "conflict__message" }, error.message),
      h("p", { class: "muted" }, t("map.edit.conflictWho", {
        name: [who.name, who.organisation].filter(Boolean).join(", ") || "?",
        time: shortTime(error.details.changed_at), version: theirs.get("version") })),
      h("div", { class: "edit-actions" },
        h("button", { type: "button", class: "button button--primary", id: "conflict-redo",
          onclick: () => this.update(theirs, layer, changes, theirs.get("version")) }, t("map.edit.redo")),
        h("button", { type: "button", class: "button button--ghost", id: "conflict-keep",
          onclick: () => { this.overlay.clear(); this.onFeatures([this.describe(theirs, layer)]); } },
        t("map.edit.keepTheirs"))));
    this.onStatus(t("map.edit.conflictStatus"), true);
    this.onFeatures([box, this.describe(theirs, layer)]);
  }

  reshape(feature, layer) {
    this.start(t(layer === "anchors" ? "map.edit.moveHint" : "map.edit.reshapeHint"));
    const version = feature.get("version");
    const before = feature.getGeometry().clone();
    const modify = new ol.interaction.Modify({ features: new ol.Collection([feature]) });
    modify.on("modifyend", async () => {
      const geometry = writeGeometry(feature.getGeometry());
      this.reset();
      const ok = await this.update(feature, layer, { geometry }, version);
      if (!ok && feature.get("version") === version) feature.setGeometry(before); // refused: back as it is
    });
    this.use(modify);
  }

  async remove(feature, layer) {
    if (!window.confirm(t("map.edit.confirmDelete", { label: feature.get("label") || `#${feature.get("id")}` }))) return;
    try {
      await api(`/situations/${this.situation.id}/${layer}/${feature.get("id")}?version=${feature.get("version")}`,
        { method: "DELETE" });
      this.data.remove(layer, feature.get("id"));
      this.onFeatures(null);
      this.onStatus(t("map.edit.removed"));
      setTimeout(() => this.onStatus(null), 2500);
    } catch (error) {
      if (error.status === 409 && error.details.current) this.conflict(feature, layer, {}, error);
      else this.refused(error);
    }
  }

  async showHistory(feature) {
    let versions;
    try {
      versions = (await api(`/situations/${this.situation.id}/perimeters/${feature.get("id")}/history`)).items;
    } catch (error) {
      this.refused(error);
      return;
    }
    const slider = h("input", { type: "range", id: "history-slider", min: 0, max: versions.length - 1,
      value: versions.length - 1, step: 1, "aria-label": t("map.edit.historySlider") });
    const caption = h("p", { class: "history__caption", id: "history-caption", "aria-live": "polite" });
    const format = new ol.format.GeoJSON();
    const show = () => {
      const v = versions[Number(slider.value)];
      this.history.clear();
      this.history.addFeature(new ol.Feature(format.readGeometry(v.geom, { featureProjection: "EPSG:3857" })));
      caption.textContent = t("map.edit.historyVersion", {
        version: v.version, label: v.label, from: shortTime(v.valid_from),
        to: v.valid_to ? shortTime(v.valid_to) : t("map.edit.now"),
        who: v.changed_by ? v.changed_by.display_name : "?" });
    };
    slider.addEventListener("input", show);
    show();
    this.onFeatures([h("div", { class: "history", id: "history" },
      h("h3", { class: "feature__title" }, t("map.edit.historyTitle", { label: feature.get("label") || `#${feature.get("id")}` })),
      slider, caption,
      h("button", { type: "button", class: "button button--ghost", onclick: () => { this.history.clear(); this.onFeatures(null); } },
        t("app.close")))]);
  }

  /** A live change arrived: a draft of the same feature keeps going; the details panel is the user's. */
  changed() {}

  destroy() {
    this.reset();
    this.map.removeLayer(this.overlayLayer);
    this.map.removeLayer(this.historyLayer);
    this.toolbar.remove();
  }
}
