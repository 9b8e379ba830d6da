// The situation map: the base map, then the situation's layers as vectors from /api (the same colours and
// pictograms as the QGIS styles), a legend with toggles, details on click from the data already loaded, live
// changes from the situation's stream, and the editing tools for those who may write.

import "./map_strings.js";
import { h, shortTime } from "./dom.js";
import { label, t } from "./i18n.js";
import { chooseBasemap, loadBasemaps } from "./basemap.js";
import { buildLegend } from "./legend.js";
import { MapData, readFeature } from "./map_data.js";
import { MapEditor } from "./map_edit.js";
import {
  anchorStyle, areaStyle, feedStyle, kindLabel, loadKinds, perimeterColours, perimeterStyle, planZoneStyle,
  weatherStyle,
} from "./map_style.js";

const BELGIUM = [2.5, 49.45, 6.45, 51.55];
const CLICK_ORDER = ["anchors", "feed_entries", "weather", "perimeters", "plan_zones", "area"];

function layerName(layer) {
  return { anchors: t("map.anchor"), perimeters: t("map.perimeter"), area: t("map.situationArea"),
    plan_zones: label("perimeter_kinds", "emergency_planning_zone") }[layer] || t(`map.layerNames.${layer}`);
}

function details(feature, layer, data, kinds) {
  const p = feature.getProperties();
  const rows = [];
  const add = (key, value) => {
    if (value !== null && value !== undefined && value !== "") rows.push([t(`map.fields.${key}`), String(value)]);
  };
  let title = p.label || p.title || "";
  let kind = "";
  if (layer === "anchors" || layer === "perimeters") {
    const list = layer === "anchors" ? kinds.anchors : kinds.perimeters;
    const item = list.find((k) => k.code === p.kind);
    kind = item ? kindLabel(item) : p.kind;
    if (layer === "anchors") add("status", label("anchor_statuses", p.status));
    add("notes", p.notes);
    if (p.area_m2) add("area", `${(p.area_m2 / 10000).toLocaleString(undefined, { maximumFractionDigits: 1 })} ha`);
    const who = data.author(feature);
    add("version", p.version);
    add("updated", `${shortTime(p.updated_at)}${who ? ` · ${who.name}${who.organisation ? `, ${who.organisation}` : ""}` : ""}`);
  } else if (layer === "feed_entries") {
    title = p.body;
    kind = label("feed_priorities", p.priority);
    add("channel", label("feed_channels", p.channel));
    add("author", [p.author, p.organisation].filter(Boolean).join(" · "));
    add("time", shortTime(p.created_at));
  } else if (layer === "weather") {
    title = t("weather.title");
    add("wind", p.wind_from_deg === null ? null : `${Math.round(p.wind_from_deg)}° · ${p.wind_speed_ms} m/s`);
    add("temperature", p.temperature_c === null ? null : `${p.temperature_c} °C`);
    add("time", shortTime(p.observed_at));
  } else if (layer === "plan_zones") {
    kind = p.code;
    add("risk_site", p.risk_site);
  }
  return h("article", { class: `feature feature--${layer}`, dataset: { layer, id: p.id ?? "" } },
    h("p", { class: "feature__layer" }, [layerName(layer), kind].filter(Boolean).join(" · ")),
    h("h3", { class: "feature__title" }, title || `#${p.id ?? ""}`),
    rows.length ? h("dl", { class: "feature__props" }, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])) : null);
}

/**
 * Builds the map in `target` for `situation`. Options: onStatus(text|null, isError), onFeatures(nodes|null),
 * onEntry(entryId) when a logbook location is clicked. Returns {ready, applyChange, addEntry, showPoint,
 * pickPoint, destroy}; ready resolves to the map change cursor its data was read at.
 */
export function createSituationMap(target, situation, { onStatus = () => {}, onFeatures = () => {},
  onEntry = () => {} } = {}) {
  const data = new MapData(situation.id);
  const controller = new AbortController();
  const hiddenKinds = new Set();
  const highlighted = { entry: null };
  const layers = {
    area: new ol.layer.Vector({ source: new ol.source.Vector(), style: areaStyle, className: "area-layer" }),
    plan_zones: new ol.layer.Vector({ source: data.sources.plan_zones, style: planZoneStyle, visible: false,
      className: "plan-zones-layer" }),
    perimeters: new ol.layer.Vector({ source: data.sources.perimeters, className: "perimeters-layer", declutter: "labels" }),
    weather: new ol.layer.Vector({ source: data.sources.weather, style: weatherStyle }),
    feed_entries: new ol.layer.Vector({
      source: data.sources.feed_entries,
      style: (f, r) => feedStyle(f, r, f.get("id") === highlighted.entry),
    }),
    anchors: new ol.layer.Vector({
      source: data.sources.anchors, className: "anchors-layer", declutter: "labels",
      style: (f, r) => (hiddenKinds.has(f.get("kind")) ? null : anchorStyle(f, r)),
    }),
  };
  for (const [name, layer] of Object.entries(layers)) layer.set("name", name);
  if (situation.area) layers.area.getSource().addFeature(readFeature({ type: "Feature", geometry: situation.area,
    properties: { title: situation.title } }));

  const markers = new ol.source.Vector();
  const markerLayer = new ol.layer.Vector({
    source: markers, zIndex: 100,
    style: (feature) => new ol.style.Style({ image: new ol.style.Circle({
      radius: 17, stroke: new ol.style.Stroke({ color: feature.get("urgent") ? "#b3261e" : "#1b5ea8", width: 3 }) }) }),
  });

  // A plan's prepared zone and places while its card is open (plans.js), outlined above the plan zones.
  const previewSource = new ol.source.Vector();
  const previewLayer = new ol.layer.Vector({ source: previewSource, className: "plan-preview-layer", zIndex: 50,
    style: new ol.style.Style({ stroke: planZoneStyle.getStroke(), fill: planZoneStyle.getFill(),
      image: new ol.style.Circle({ radius: 5, fill: new ol.style.Fill({ color: "#7b3294" }),
        stroke: new ol.style.Stroke({ color: "#fff", width: 1.5 }) }) }) });

  const view = new ol.View({ projection: "EPSG:3857", maxZoom: 20, minZoom: 5 });
  const map = new ol.Map({
    target,
    layers: [layers.area, layers.plan_zones, layers.perimeters, layers.weather, layers.feed_entries, layers.anchors,
      previewLayer, markerLayer],
    view,
    controls: ol.control.defaults.defaults({ rotate: false, attributionOptions: { collapsible: false } }).extend([
      new ol.control.ScaleLine({ units: "metric" }),
    ]),
    keyboardEventTarget: target,
  });
  const extent = ol.proj.transformExtent(situation.bbox || BELGIUM, "EPSG:4326", "EPSG:3857");
  const right = target.clientWidth > 760 ? Math.min(200, target.clientWidth * 0.2) : 48;
  view.fit(extent, { padding: [56, right, 40, 72], maxZoom: 16 });
  if (!situation.bbox) onStatus(t("map.noArea"));

  let editor = null;
  let kinds = null;
  let basemaps = [];
  const legendBox = h("div", { class: "legend card", id: "map-legend", hidden: true });
  const legendButton = h("button", { type: "button", class: "map-button legend-toggle", id: "legend-toggle",
    "aria-expanded": "false", "aria-controls": "map-legend" }, t("map.legend"));
  legendButton.addEventListener("click", () => {
    legendBox.hidden = !legendBox.hidden;
    legendButton.setAttribute("aria-expanded", String(!legendBox.hidden));
  });
  target.parentElement.append(legendButton, legendBox);

  onStatus(t("map.loading"));
  const ready = (async () => {
    const [loadedKinds, cursor, loadedBasemaps] = await Promise.all([loadKinds(), data.load(controller.signal),
      loadBasemaps()]);
    kinds = loadedKinds;
    basemaps = loadedBasemaps;
    basemaps.slice().reverse().forEach((layer) => map.getLayers().insertAt(0, layer));
    layers.perimeters.setStyle(perimeterStyle(perimeterColours(kinds.perimeters)));
    buildLegend(legendBox, { layers, basemaps, kinds, hiddenKinds, changed: () => layers.anchors.changed(),
      onBasemap: (id) => chooseBasemap(basemaps, id) });
    if (situation.permissions && situation.permissions.can_write) {
      editor = new MapEditor({ map, target, situation, data, kinds, layers, onStatus, onFeatures, describe });
    }
    onStatus(null);
    target.dataset.ready = "true";
    return cursor;
  })();
  ready.catch((error) => {
    if (error.name !== "AbortError") onStatus(t("map.failed", { message: error.message }), true);
  });

  function describe(feature, layer) {
    return details(feature, layer, data, kinds);
  }

  let picking = false;
  map.on("singleclick", (event) => {
    if (!kinds || picking || (editor && editor.busy)) return;
    const found = [];
    map.forEachFeatureAtPixel(event.pixel, (feature, layer) => {
      const name = layer && layer.get("name");
      if (name && !found.some(([f]) => f === feature)) found.push([feature, name]);
    }, { hitTolerance: 4 });
    found.sort((a, b) => CLICK_ORDER.indexOf(a[1]) - CLICK_ORDER.indexOf(b[1]));
    if (!found.length) {
      onFeatures([h("p", { class: "muted" }, t("map.nothingHere"))]);
      return;
    }
    onFeatures(found.map(([feature, name]) => {
      const node = describe(feature, name);
      if (editor) editor.decorate(node, feature, name);
      return node;
    }));
    const entry = found.find(([, name]) => name === "feed_entries");
    if (entry) {
      highlighted.entry = entry[0].get("id");
      layers.feed_entries.changed();
      onEntry(highlighted.entry);
    }
  });
  map.on("pointermove", (event) => {
    if (event.dragging) return;
    target.classList.toggle("map--pointer", map.hasFeatureAtPixel(event.pixel, { hitTolerance: 4,
      layerFilter: (layer) => Boolean(layer.get("name")) && layer.get("name") !== "area" }));
  });

  // Tests and tools reach the map through its element; nothing global.
  target.crisisMap = { map, data, layers, get editor() { return editor; } };

  return {
    ready,
    applyChange(change) {
      data.apply(change);
      if (editor) editor.changed(change);
    },
    addEntry(entry) {
      data.addEntry(entry);
    },
    /** Brings one feature (GeoJSON, id "<layer>.<id>", from the list of places and zones beside the map) into
     * view with its details: what a click on the map does, for those who do not use a mouse. */
    showFeature(geojson) {
      const [layer] = String(geojson.id).split(".");
      const feature = (data.sources[layer] && data.sources[layer].getFeatureById(geojson.id))
        || (geojson.geometry ? readFeature(geojson) : null);
      if (!feature) return; // removed meanwhile
      view.fit(feature.getGeometry().getExtent(), { padding: [60, 60, 60, 60], maxZoom: 17, duration: 300 });
      if (!kinds) return;
      const node = describe(feature, layer);
      if (editor) editor.decorate(node, feature, layer);
      onFeatures([node]);
    },
    /** The features of a layer as the map holds them: {id, properties} (the list of places and zones). */
    features(name) {
      return data.sources[name].getFeatures().map((f) => ({ id: f.getId(), properties: f.getProperties() }));
    },
    /** listener(layer, feature, "added" | "changed" | "removed") for each change the map takes in. */
    onChange(listener) {
      data.onChange(listener);
    },
    /** Reads a layer again (the plan zones once a plan is activated or withdrawn). */
    reloadLayer(name) {
      return data.reload(name, controller.signal);
    },
    /** Shows or hides a layer; the legend's box follows. */
    setLayerVisible(name, visible) {
      layers[name].setVisible(visible);
    },
    /** Draws features that are not the situation's (a plan's zone and places being looked at), or none. */
    preview(geojsonFeatures) {
      previewSource.clear(true);
      if (geojsonFeatures && geojsonFeatures.length) previewSource.addFeatures(geojsonFeatures.map(readFeature));
    },
    showPoint(lonLat, urgent = false, entryId = null) {
      markers.clear();
      const point = ol.proj.fromLonLat(lonLat);
      markers.addFeature(new ol.Feature({ geometry: new ol.geom.Point(point), urgent }));
      highlighted.entry = entryId;
      layers.feed_entries.changed();
      view.animate({ center: point, zoom: Math.max(view.getZoom() || 14, 15), duration: 400 });
    },
    pickPoint() {
      return new Promise((resolve) => {
        onStatus(t("map.pickHint"));
        target.classList.add("map--picking");
        picking = true;
        map.once("singleclick", (event) => {
          setTimeout(() => { picking = false; });
          target.classList.remove("map--picking");
          onStatus(null);
          resolve(ol.proj.toLonLat(event.coordinate).map((v) => Math.round(v * 1e7) / 1e7));
        });
      });
    },
    destroy() {
      controller.abort();
      if (editor) editor.destroy();
      legendButton.remove();
      legendBox.remove();
      delete target.crisisMap;
      delete target.dataset.ready;
      map.setTarget(null);
    },
  };
}
