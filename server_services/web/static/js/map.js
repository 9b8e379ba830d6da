// The situation map: our OGC front's WMS (the same QGIS styles as on the desktop), fetched with the bearer
// token, on a neutral background (no external tiles on the closed network), with feature details on click.

import { authFetch, errorFrom } from "./api.js";
import { h, shortTime } from "./dom.js";
import { label, t } from "./i18n.js";

const WMS_LAYERS = ["situations", "perimeters", "anchors"]; // bottom to top
const INFO_LAYERS = ["anchors", "perimeters", "situations"];
const BELGIUM = [2.5, 49.45, 6.45, 51.55];
const REFRESH_MS = 60000; // perimeters are redrawn in QGIS meanwhile
// Technical fields of the OGC layers that mean nothing to a reader.
const HIDDEN_FIELDS = new Set(["id", "situation", "situation_id", "organisation", "organisation_id", "created_by",
  "updated_by", "geom", "area", "pictogram", "fill_colour", "draw_order"]);

function filterFor(situationId) {
  // WMS FILTER: one clause per layer; the OGC front parses it and rebuilds the SQL itself.
  return WMS_LAYERS.map((layer) => `${layer}:"situation_id" = ${Number(situationId)}`).join(";");
}

/** Loads a WMS image with fetch() so the Authorization header goes along; hands it over as a blob: URL. */
function authImageLoader(onState) {
  let pending = 0;
  return (image, src) => {
    pending += 1;
    onState({ loading: true });
    const img = image.getImage();
    authFetch(src)
      .then(async (response) => {
        const type = response.headers.get("Content-Type") || "";
        if (!response.ok || !type.startsWith("image/")) {
          // QGIS Server answers an exception report in XML; its text is the message.
          const text = await response.text();
          const match = text.match(/<ServiceException[^>]*>([^<]*)</);
          throw new Error(match ? match[1].trim() : `HTTP ${response.status}`);
        }
        return response.blob();
      })
      .then((blob) => {
        const url = URL.createObjectURL(blob);
        img.addEventListener("load", () => URL.revokeObjectURL(url), { once: true });
        img.src = url;
        onState({ loaded: true });
      })
      .catch((error) => {
        img.src = ""; // tells OpenLayers the image failed
        onState({ error: error.message });
      })
      .finally(() => {
        pending -= 1;
        if (!pending) onState({ loading: false });
      });
  };
}

const FIELD_ORDER = ["status", "notes", "version", "updated_at", "created_at"];
const FIELDS = ["label", "kind", "status", "notes", "version", "updated_at", "created_at"];
// The code list of each layer's kind (the database's labels, /api/reference).
const KIND_LISTS = { anchors: "anchor_kinds", perimeters: "perimeter_kinds", situations: "situation_kinds" };

function fieldKey(name) {
  return name.toLowerCase().replace(/\s+/g, "_");
}

/** The field's label: the layer's alias when it has one, else a readable form of the column name. */
function fieldLabel(key, name) {
  if (FIELDS.includes(key)) return t(`map.field.${key}`);
  return name.includes("_") ? name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, " ") : name;
}

function formatValue(key, value, layer) {
  if (value === null || value === undefined || value === "") return null;
  if (/_at$/.test(key) && typeof value === "string" && !Number.isNaN(Date.parse(value))) return shortTime(value);
  if (key === "status" && typeof value === "string") {
    return label(layer === "situations" ? "situation_statuses" : "anchor_statuses", value);
  }
  return String(value);
}

/** The details panel's content for GeoJSON features whose ids are "<layer>.<id>" (GetFeatureInfo answers). */
export function describeFeatures(collection) {
  const features = (collection.features || []).slice();
  const rank = (f) => INFO_LAYERS.indexOf(String(f.id || "").split(".")[0]);
  features.sort((a, b) => rank(a) - rank(b));
  if (!features.length) return [h("p", { class: "muted" }, t("map.nothingHere"))];
  return features.map((feature) => {
    const layer = String(feature.id || "").split(".")[0];
    const props = feature.properties || {};
    const entries = Object.entries(props).map(([name, value]) => [fieldKey(name), name, value]);
    const title = entries.find(([key]) => key === "label" || key === "title");
    const kind = entries.find(([key]) => key === "kind");
    const rank = (key) => (FIELD_ORDER.includes(key) ? FIELD_ORDER.indexOf(key) : FIELD_ORDER.length);
    const rows = entries
      .filter(([key]) => !HIDDEN_FIELDS.has(key) && key !== "label" && key !== "title" && key !== "kind")
      .sort((a, b) => rank(a[0]) - rank(b[0]))
      .map(([key, name, value]) => [fieldLabel(key, name), formatValue(key, value, layer)])
      .filter(([, value]) => value !== null);
    const layerName = { anchors: t("map.anchor"), perimeters: t("map.perimeter"),
      situations: t("map.situationArea") }[layer];
    const kindName = kind && KIND_LISTS[layer] ? label(KIND_LISTS[layer], kind[2]) : kind && kind[2];
    return h("article", { class: `feature feature--${layer}` },
      h("p", { class: "feature__layer" }, [layerName || layer, kindName].filter(Boolean).join(" · ")),
      h("h3", { class: "feature__title" }, title ? String(title[2]) : `#${feature.id}`),
      rows.length ? h("dl", { class: "feature__props" },
        rows.map(([name, value]) => [h("dt", {}, name), h("dd", {}, value)])) : null);
  });
}

/**
 * Builds the map in `target` for `situation`. Options: onStatus(text|null), onFeatures(nodes|null).
 * Returns {refresh(), showPoint(lonLat, urgent), destroy()}.
 */
export function createSituationMap(target, situation, { onStatus = () => {}, onFeatures = () => {} } = {}) {
  const wmsSource = new ol.source.ImageWMS({
    url: "/ows",
    serverType: "qgis",
    ratio: 1.25,
    params: {
      LAYERS: WMS_LAYERS.join(","),
      STYLES: "",
      FORMAT: "image/png",
      TRANSPARENT: true,
      VERSION: "1.3.0",
      FILTER: filterFor(situation.id),
    },
    imageLoadFunction: authImageLoader((state) => {
      if (state.error) onStatus(t("map.failed", { message: state.error }), true);
      else if (state.loaded) onStatus(null);
      else if (state.loading) onStatus(t("map.loading"));
    }),
  });
  const wmsLayer = new ol.layer.Image({ source: wmsSource, className: "wms-layer" });

  const graticule = new ol.layer.Graticule({
    strokeStyle: new ol.style.Stroke({ color: "rgba(80, 96, 112, 0.16)", width: 1 }),
    showLabels: false,
    wrapX: false,
  });

  const markers = new ol.source.Vector();
  const markerLayer = new ol.layer.Vector({
    source: markers,
    // A ring, so that the pictogram under it stays readable.
    style: (feature) => [
      new ol.style.Style({ image: new ol.style.Circle({ radius: 17, stroke: new ol.style.Stroke({ color: "#fff", width: 6 }) }) }),
      new ol.style.Style({
        image: new ol.style.Circle({
          radius: 17,
          stroke: new ol.style.Stroke({ color: feature.get("urgent") ? "#b3261e" : "#1b5ea8", width: 3 }),
        }),
      }),
    ],
  });

  const view = new ol.View({ projection: "EPSG:3857", maxZoom: 20, minZoom: 5 });
  const map = new ol.Map({
    target,
    layers: [graticule, wmsLayer, markerLayer],
    view,
    controls: ol.control.defaults.defaults({ attribution: false, rotate: false }).extend([
      new ol.control.ScaleLine({ units: "metric" }),
    ]),
    keyboardEventTarget: target,
  });

  const extent4326 = situation.bbox || BELGIUM;
  const extent = ol.proj.transformExtent(extent4326, "EPSG:4326", "EPSG:3857");
  // Keep the situation clear of the weather box in the top right corner of a wide map.
  // Labels of places near the edge of the area reach outside it: leave room on the left too.
  const right = target.clientWidth > 760 ? Math.min(200, target.clientWidth * 0.2) : 48;
  view.fit(extent, { padding: [56, right, 40, 72], maxZoom: 16 });
  if (!situation.bbox) onStatus(t("map.noArea"));

  let infoRequest = null;
  map.on("singleclick", async (event) => {
    const url = wmsSource.getFeatureInfoUrl(event.coordinate, view.getResolution(), "EPSG:3857", {
      INFO_FORMAT: "application/json",
      QUERY_LAYERS: INFO_LAYERS.join(","),
      FEATURE_COUNT: 10,
      FI_POINT_TOLERANCE: 14,
      FI_LINE_TOLERANCE: 8,
      FI_POLYGON_TOLERANCE: 4,
      WITH_GEOMETRY: "false",
    });
    if (!url) return;
    if (infoRequest) infoRequest.abort();
    infoRequest = new AbortController();
    onFeatures([h("p", { class: "muted" }, t("app.loading"))]);
    try {
      const response = await authFetch(url, { signal: infoRequest.signal });
      if (!response.ok) throw await errorFrom(response);
      onFeatures(describeFeatures(await response.json()));
    } catch (error) {
      if (error.name !== "AbortError") onFeatures([h("p", { class: "form-error" }, t("app.error", { message: error.message }))]);
    }
  });

  const timer = setInterval(() => {
    if (!document.hidden) wmsSource.refresh();
  }, REFRESH_MS);

  return {
    map,
    refresh: () => wmsSource.refresh(),
    /** Brings one feature (GeoJSON in EPSG:4326, id "<layer>.<id>") into view and shows its details: what the
     * list of features beside the map does for those who do not use a mouse. */
    showFeature(feature) {
      const geometry = new ol.format.GeoJSON().readGeometry(feature.geometry,
        { dataProjection: "EPSG:4326", featureProjection: "EPSG:3857" });
      view.fit(geometry.getExtent(), { padding: [60, 60, 60, 60], maxZoom: 17, duration: 300 });
      onFeatures(describeFeatures({ features: [feature] }));
    },
    /** Marks one place (a logbook entry's location) and brings it into view. */
    showPoint(lonLat, urgent = false) {
      markers.clear();
      const point = ol.proj.fromLonLat(lonLat);
      markers.addFeature(new ol.Feature({ geometry: new ol.geom.Point(point), urgent }));
      view.animate({ center: point, zoom: Math.max(view.getZoom() || 14, 15), duration: 400 });
    },
    destroy() {
      clearInterval(timer);
      if (infoRequest) infoRequest.abort();
      map.setTarget(null);
    },
  };
}
